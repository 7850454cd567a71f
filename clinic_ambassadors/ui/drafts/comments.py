"""Comments next to the text; a comment may quote the passage selected in the editor."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from clinic_ambassadors.core.posts import Comment
from clinic_ambassadors.ui.timefmt import local_time
from clinic_ambassadors.ui.workflow_text import quoted

QuoteRole = Qt.ItemDataRole.UserRole + 1


def selected_text(editor: QPlainTextEdit) -> str:
    return editor.textCursor().selectedText().replace("\u2029", "\n")


class CommentsPanel(QWidget):
    """``submitted(text, quote)`` asks the editor to store a comment."""

    submitted = Signal(str, str)

    def __init__(self, editor: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commentsPanel")
        self._editor = editor
        self._quote = ""
        self.list = QListWidget()
        self.list.setObjectName("commentList")
        self.list.setAccessibleName(self.tr("Comments"))
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.setAlternatingRowColors(True)
        self.quote_label = QLabel()
        self.quote_label.setObjectName("commentQuote")
        self.quote_label.setWordWrap(True)
        self.quote_label.setStyleSheet("color: #444; background: #f3f3f3; padding: 4px;"
                                       " border-left: 3px solid #9aa5b1;")
        self.clear_quote = QToolButton()
        self.clear_quote.setObjectName("clearQuoteButton")
        self.clear_quote.setText("×")
        self.clear_quote.setAccessibleName(self.tr("Do not quote the selection"))
        self.clear_quote.setToolTip(self.tr("Do not quote the selection"))
        self.input = QPlainTextEdit()
        self.input.setObjectName("commentInput")
        self.input.setAccessibleName(self.tr("New comment"))
        self.input.setPlaceholderText(self.tr("Write a comment. Select a passage in the text "
                                              "first to quote it. (Ctrl+Return adds it)"))
        self.input.setTabChangesFocus(True)
        self.input.setMaximumHeight(90)
        self.add_button = QPushButton(self.tr("Add &comment"))
        self.add_button.setObjectName("addCommentButton")
        self.add_button.setAccessibleName(self.tr("Add comment"))

        quote_row = QHBoxLayout()
        quote_row.addWidget(self.quote_label, 1)
        quote_row.addWidget(self.clear_quote, 0, Qt.AlignmentFlag.AlignTop)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.list, 1)
        lay.addLayout(quote_row)
        lay.addWidget(self.input)
        lay.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignRight)

        editor.selectionChanged.connect(self._selection_changed)
        self.clear_quote.clicked.connect(lambda: self.set_quote(""))
        self.add_button.clicked.connect(self.submit)
        self.list.itemClicked.connect(self._show_quote)
        add = QShortcut(QKeySequence("Ctrl+Return"), self.input, activated=self.submit)
        add.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.set_quote("")

    def quote(self) -> str:
        return self._quote

    def set_quote(self, text: str) -> None:
        self._quote = text.strip()
        shown = self._quote if len(self._quote) <= 160 else self._quote[:159] + "…"
        self.quote_label.setText(self.tr("Quoting: “{0}”").format(shown))
        self.quote_label.setVisible(bool(self._quote))
        self.clear_quote.setVisible(bool(self._quote))

    def _selection_changed(self) -> None:
        self.set_quote(selected_text(self._editor))

    def submit(self) -> None:
        text = self.input.toPlainText().strip()
        if text:
            self.submitted.emit(text, self._quote)

    def comment_added(self) -> None:
        self.input.clear()
        self.set_quote("")

    def set_comments(self, comments: Sequence[Comment]) -> None:
        self.list.clear()
        for c in comments:
            head = f"<b>{html.escape(c.author_name)}</b> · {local_time(c.at)} · " + \
                self.tr("revision {0}").format(c.revision)
            body = ""
            if c.quote:
                body += ("<div style='color:#555; font-style:italic'>„" +
                         html.escape(c.quote[:300]) + "“</div>")
            body += "<div>" + html.escape(c.text).replace("\n", "<br>") + "</div>"
            item = QListWidgetItem()
            item.setData(QuoteRole, c.quote)
            item.setText(f"{c.author_name} · {local_time(c.at)}\n" +
                         (quoted(c.quote[:120]) + "\n" if c.quote else "") + c.text)
            item.setToolTip(head + body)
            self.list.addItem(item)
        self.list.scrollToBottom()

    def texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _show_quote(self, item: QListWidgetItem) -> None:
        """Clicking a comment with a quote selects that passage in the text, if still there."""
        quote = item.data(QuoteRole)
        if not quote:
            return
        found = self._editor.document().find(quote.replace("\n", "\u2029"), 0,
                                             QTextDocument.FindFlag.FindCaseSensitively)
        if found.isNull():
            found = self._editor.document().find(quote.split("\n")[0], 0)
        if not found.isNull():
            cursor = QTextCursor(found)
            self._editor.setTextCursor(cursor)
            self._editor.ensureCursorVisible()
