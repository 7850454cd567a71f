"""The list of findings next to the editor, with a details pane that explains each one.

One row per rule (see ``findings_model``). Enter or a click on a row selects the rule's
first place in the text; Enter again, or the arrows above the explanation, go on to the
next place. The underlines in the text stay per place.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from clinic_ambassadors.core.checker import Finding
from clinic_ambassadors.core.errors import DomainError
from clinic_ambassadors.ui.checker.findings_model import FindingsModel, counts_text
from clinic_ambassadors.ui.checker.texts import finding_html
from clinic_ambassadors.ui.messages import error_text


def failure_detail(exc: BaseException) -> str:
    """What went wrong with a check, as one sentence for "The check could not run: …"."""
    if isinstance(exc, (DomainError, OSError)):
        return error_text(exc)
    text = str(exc).strip() or type(exc).__name__
    return text if text.endswith((".", "!", "?")) else text + "."


STATUS_STYLE = "color: #555555; padding: 8px 2px;"
FAILED_STYLE = ("background: #fdecea; color: #8c1b1b; padding: 8px; border: 1px solid #f5c2c0;"
                " border-radius: 4px;")


class FindingsList(QWidget):
    """Counts, the list (one row per rule) and the explanation of the current finding.

    ``activated(finding)`` fires on click or Enter with the place to select: the rule's
    first place, then (Enter or a click again, or the arrows) the next. Before the first
    result the list says that the text is being checked, never "No findings"; a check that
    failed is said as such (``set_failed``) and ``retry_requested`` asks for another try.
    """

    activated = Signal(object)
    current_changed = Signal(object)
    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findingsList")
        self.model = FindingsModel(self)
        self._checking = False
        self._state = "result"  # "pending" before the first result, "failed" after an error
        self._active_row: int | None = None  # the row whose place is selected in the text

        self.header = QLabel()
        self.header.setObjectName("findingsHeader")
        self.header.setAccessibleName(self.tr("Findings summary"))
        self.header.setWordWrap(True)
        self.header.setStyleSheet("font-weight: 600; padding: 2px 0 4px 0;")

        self.view = QListView()
        self.view.setObjectName("findingsView")
        self.view.setAccessibleName(self.tr("Findings"))
        self.view.setAccessibleDescription(self.tr(
            "Enter selects the passage in the text; Enter again goes to the next place."))
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setIconSize(QSize(14, 14))
        self.view.setSpacing(2)
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.clicked.connect(self._on_clicked)
        self.view.selectionModel().currentChanged.connect(self._on_current)
        self.view.installEventFilter(self)

        self.empty = QLabel()
        self.empty.setObjectName("findingsEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setStyleSheet(STATUS_STYLE)
        self.empty.setText(self.empty_text())

        self.status = QLabel()
        self.status.setObjectName("findingsStatus")
        self.status.setAccessibleName(self.tr("State of the check"))
        self.status.setWordWrap(True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.status.linkActivated.connect(lambda _link: self.retry_requested.emit())

        self.status_page = QWidget()  # the status as tall as its text, not the whole pane
        self.status_page.setObjectName("findingsStatusPage")
        status_lay = QVBoxLayout(self.status_page)
        status_lay.setContentsMargins(0, 0, 0, 0)
        status_lay.addWidget(self.status)
        status_lay.addStretch(1)

        self.stack = QStackedWidget()
        self.stack.setObjectName("findingsStack")
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.status_page)

        self.place_label = QLabel()
        self.place_label.setObjectName("findingPlace")
        self.place_label.setAccessibleName(self.tr("Place of the finding"))
        self.previous_button = self._arrow("previousPlace", Qt.ArrowType.LeftArrow,
                                           self.tr("Previous place (Shift+Enter)"))
        self.previous_button.setAccessibleName(self.tr("Previous place"))
        self.previous_button.clicked.connect(lambda: self.go_to_place(-1))
        self.next_button = self._arrow("nextPlace", Qt.ArrowType.RightArrow,
                                       self.tr("Next place (Enter)"))
        self.next_button.setAccessibleName(self.tr("Next place"))
        self.next_button.clicked.connect(lambda: self.go_to_place(1))
        self.place_bar = QWidget()
        self.place_bar.setObjectName("findingPlaceBar")
        bar = QHBoxLayout(self.place_bar)
        bar.setContentsMargins(0, 2, 0, 2)
        bar.addWidget(self.place_label, 1)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.next_button)

        self.details = QTextBrowser()
        self.details.setObjectName("findingDetails")
        self.details.setAccessibleName(self.tr("Explanation of the finding"))
        self.details.setOpenExternalLinks(False)
        self.details.setPlaceholderText(self.tr("Choose a finding to see why it matters and "
                                                "what to do instead."))
        self.details_box = QWidget()
        self.details_box.setObjectName("findingDetailsBox")
        box = QVBoxLayout(self.details_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.place_bar)
        box.addWidget(self.details, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("findingsSplitter")
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.details_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([300, 300])

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.header)
        lay.addWidget(self.splitter, 1)
        self.set_findings([])

    def _arrow(self, name: str, arrow: Qt.ArrowType, tip: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setArrowType(arrow)
        button.setToolTip(tip)
        return button

    def empty_text(self) -> str:
        return self.tr("No findings. The checker looks for legal risk, not style: your voice "
                       "is yours.")

    # --- public --------------------------------------------------------------------------
    def set_findings(self, findings: Sequence[Finding]) -> None:
        previous = self.current_finding()
        self._state = "result"
        self._active_row = None
        self.model.set_findings(findings)
        has = bool(findings)
        self.stack.setCurrentWidget(self.view if has else self.empty)
        self.details_box.setVisible(has)
        self._update_header()
        row = 0
        if previous is not None:  # keep the reader's place when the list is refreshed
            for i, group in enumerate(self.model.groups()):
                if (group.rule_id, group.severity) == (previous.rule_id, previous.severity):
                    row = i
                    break
        if has:
            self.view.setCurrentIndex(self.model.index(row, 0))
        else:
            self.details.clear()
            self._update_place_bar()

    def set_pending(self) -> None:
        """No result yet: say that the text is being checked (not "No findings")."""
        self._show_status("pending", STATUS_STYLE, html.escape(self.tr(
            "The text is being checked; the findings appear here in a moment.")))

    def set_failed(self, message: str) -> None:
        """The check could not run: ``message`` instead of the findings, with a retry link."""
        again = html.escape(self.tr("Check again"))
        text = html.escape(message).replace("\n", "<br>")
        self._show_status("failed", FAILED_STYLE,
                          f"<p style='margin:0 0 6px 0'>{text}</p><a href='retry'>{again}</a>")

    @property
    def state(self) -> str:
        """One of "result" (findings or none), "pending" (not checked yet), "failed"."""
        return self._state

    def findings(self) -> list[Finding]:
        return self.model.findings()

    def set_checking(self, checking: bool) -> None:
        """Show that a check is running (the list shows the previous result meanwhile)."""
        if checking != self._checking:
            self._checking = checking
            self._update_header()

    def current_finding(self) -> Finding | None:
        index = self.view.currentIndex()
        return self.model.finding(index.row()) if index.isValid() else None

    def set_current_row(self, row: int) -> None:
        self.view.setCurrentIndex(self.model.index(row, 0))

    def header_text(self) -> str:
        return self.header.text()

    def activate_current(self, step: int = 1) -> None:
        """Select the current rule's place in the text: its first place, then the next ones."""
        index = self.view.currentIndex()
        if not index.isValid():
            return
        row = index.row()
        if row == self._active_row:
            self.model.set_place(row, self.model.place(row) + step)
        else:
            self.model.set_place(row, 0 if step > 0 else -1)
            self._active_row = row
        self._place_changed(row)

    def go_to_place(self, step: int) -> None:
        """The next (``step`` 1) or previous (-1) place of the current rule."""
        index = self.view.currentIndex()
        if not index.isValid():
            return
        self.model.set_place(index.row(), self.model.place(index.row()) + step)
        self._active_row = index.row()
        self._place_changed(index.row())

    # --- events --------------------------------------------------------------------------
    def _show_status(self, state: str, style: str, text: str) -> None:
        self._state = state
        self._active_row = None
        self.model.set_findings([])
        self.status.setStyleSheet(style)
        self.status.setText(text)
        self.stack.setCurrentWidget(self.status_page)
        self.details_box.hide()
        self.details.clear()
        self._update_header()

    def _update_header(self) -> None:
        if self._state == "pending" or (self._state == "failed" and self._checking):
            text = self.tr("Checking…")
        elif self._state == "failed":
            text = self.tr("Not checked")
        else:
            text = counts_text(self.model.groups())
            if self._checking:
                text += " · " + self.tr("checking…")
        self.header.setText(text)

    def _update_place_bar(self) -> None:
        index = self.view.currentIndex()
        group = self.model.group(index.row()) if index.isValid() else None
        many = group is not None and len(group.places) > 1
        if many and group is not None:
            loc = QLocale()
            self.place_label.setText(self.tr("Place {0} of {1}").format(
                loc.toString(self.model.place(index.row()) + 1), loc.toString(len(group.places))))
        self.place_bar.setVisible(many)

    def _show_current(self) -> None:
        finding = self.current_finding()
        if finding is None:
            self.details.clear()
        else:
            self.details.setHtml(finding_html(finding))
        self._update_place_bar()
        self.current_changed.emit(finding)

    def _place_changed(self, row: int) -> None:
        self._show_current()
        finding = self.model.finding(row)
        if finding is not None:
            self.activated.emit(finding)

    def _on_current(self, current: QModelIndex, previous: QModelIndex) -> None:
        if previous.isValid() and previous.row() != current.row():
            self.model.set_place(previous.row(), 0)  # a rule left behind starts afresh
        if not current.isValid() or current.row() != self._active_row:
            self._active_row = None
        self._show_current()

    def _on_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            if index != self.view.currentIndex():
                self.view.setCurrentIndex(index)
            self.activate_current()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (watched is self.view and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            if self.view.currentIndex().isValid():
                back = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self.activate_current(-1 if back else 1)
                return True
        return super().eventFilter(watched, event)
