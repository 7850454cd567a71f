"""One draft as the reviewer sees it: the text with findings underlined, what changed,
the findings explained, the comment thread and a slot for the reviewer's checklist."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QChildEvent, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from clinic_ambassadors.core.drafts import Decision
from clinic_ambassadors.core.textdiff import diff_html, word_diff
from clinic_ambassadors.ui.checker.findings_list import FindingsList
from clinic_ambassadors.ui.checker.highlighter import FindingsHighlighter
from clinic_ambassadors.ui.checker.offsets import TextOffsets
from clinic_ambassadors.ui.checker.texts import finding_title
from clinic_ambassadors.core.drafts import StepRule
from clinic_ambassadors.ui.reviews.images import ReviewImages
from clinic_ambassadors.ui.reviews.loading import DraftReview, HistoryEntry, StepProgress
from clinic_ambassadors.ui.timefmt import local_time
from clinic_ambassadors.ui.workflow_text import state_label

QUOTE_LIMIT = 300


class ChecklistSlot(QWidget):
    """Where the reviewer's checklist part goes; invisible while nothing is put in it."""

    filled = Signal(bool)  # shown (something was put in) or hidden again
    ticked = Signal()  # an item of the shown checklist was ticked or unticked (and stored)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewerChecklistSlot")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self._filled = False
        self.setVisible(False)

    def childEvent(self, event: QChildEvent) -> None:  # noqa: N802 - Qt API
        super().childEvent(event)
        child = event.child()
        if event.added() and child.isWidgetType():
            self._show(True)
        elif event.removed():
            self._show(any(c is not child and c.isWidgetType() for c in self.children()))

    def show_reviewer_part(self, session: Any, actor: Any, roles: Any, draft_id: str) -> None:
        """Show the reviewer's part of the draft's pre-publication checklist (read again
        when it is already the one shown)."""
        from clinic_ambassadors.core.checklists import Kind
        from clinic_ambassadors.ui.checklists.panel import ChecklistPanel

        current = self.findChild(ChecklistPanel)
        if current is not None and current.entity_id == draft_id:
            current.reload()
            return
        if current is not None:
            self.layout().removeWidget(current)
            current.deleteLater()
        panel = ChecklistPanel(session, actor, roles, kind=Kind.PRE_PUBLICATION,
                               entity_id=draft_id, part="reviewer", show_header=True,
                               parent=self)
        panel.changed.connect(lambda _id: self.ticked.emit())
        self.layout().addWidget(panel)

    def _show(self, on: bool) -> None:
        self.setVisible(on)
        if on != self._filled:
            self._filled = on
            self.filled.emit(on)


class ReviewDetail(QWidget):
    """Shows a :class:`DraftReview`; ``comment_requested(text, quote)`` adds a comment."""

    comment_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewDetail")
        self._review: DraftReview | None = None

        self.title = QLabel()
        self.title.setObjectName("reviewDraftTitle")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.meta = QLabel()
        self.meta.setObjectName("reviewDraftMeta")
        self.meta.setWordWrap(True)
        self.meta.setStyleSheet("color: #555555;")
        self.progress = QLabel()
        self.progress.setObjectName("reviewProgress")
        self.progress.setWordWrap(True)
        self.progress.setStyleSheet("color: #0d47a1; font-weight: 600;")
        self.progress.hide()
        self.blocks = QLabel()
        self.blocks.setObjectName("openBlocksNote")
        self.blocks.setWordWrap(True)
        self.blocks.setStyleSheet("background: #fdecea; color: #8c1b1b; padding: 6px;"
                                  " border: 1px solid #f0b4b4;")
        self.blocks.hide()

        self.viewer = QPlainTextEdit()
        self.viewer.setObjectName("reviewText")
        self.viewer.setAccessibleName(self.tr("Text of the draft"))
        self.viewer.setReadOnly(True)
        self.viewer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.viewer.setTabChangesFocus(True)
        self.highlighter = FindingsHighlighter(self.viewer, self)
        self.diff = QTextBrowser()
        self.diff.setObjectName("reviewDiff")
        self.diff.setAccessibleName(self.tr("Changes since the revision you last saw"))
        self.text_stack = QStackedWidget()
        self.text_stack.setObjectName("reviewTextStack")
        self.text_stack.addWidget(self.viewer)
        self.text_stack.addWidget(self.diff)
        self.show_changes = QCheckBox(self.tr("Show &changes"))
        self.show_changes.setObjectName("showChangesToggle")
        self.show_changes.setAccessibleName(self.tr("Show changes since the revision you last saw"))
        self.show_changes.toggled.connect(self._toggle_changes)
        self.no_changes = QLabel(self.tr("First revision: nothing to compare."))
        self.no_changes.setObjectName("noPreviousRevision")
        self.no_changes.setWordWrap(True)  # wraps in the narrow text column of a 900 px window
        self.no_changes.setStyleSheet("color: #555555;")

        self.images = ReviewImages()

        self.findings = FindingsList()
        self.findings.setMinimumWidth(240)
        self.findings.activated.connect(self._select_finding)
        self.checklist_slot = ChecklistSlot()

        self.history = QTextBrowser()
        self.history.setObjectName("commentThread")
        self.history.setAccessibleName(self.tr("Comments"))
        self.history.setOpenLinks(False)
        self.quote_label = QLabel()
        self.quote_label.setObjectName("quotePreview")
        self.quote_label.setWordWrap(True)
        self.quote_label.setStyleSheet("color: #555555; font-style: italic;")
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setObjectName("commentEdit")
        self.comment_edit.setAccessibleName(self.tr("New comment"))
        self.comment_edit.setPlaceholderText(self.tr(
            "Comment for the author. Select a passage in the text to quote it."))
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.setMaximumHeight(72)
        self.comment_edit.installEventFilter(self)
        self.comment_button = QPushButton(self.tr("Add co&mment"))
        self.comment_button.setObjectName("addCommentButton")
        self.comment_button.setAccessibleName(self.tr("Add comment"))
        self.comment_button.setToolTip(self.tr("Ctrl+Return in the comment box"))
        self.comment_button.clicked.connect(self.request_comment)
        self.viewer.selectionChanged.connect(self._update_quote)

        self._build_layout()
        self._update_quote()

    def _build_layout(self) -> None:
        toggle_row = QHBoxLayout()
        toggle_row.addWidget(self.show_changes)
        toggle_row.addWidget(self.no_changes, 1)
        centre = QWidget()
        c = QVBoxLayout(centre)
        c.setContentsMargins(0, 0, 0, 0)
        c.addWidget(self.title)
        c.addWidget(self.meta)
        c.addWidget(self.progress)
        c.addWidget(self.blocks)
        c.addLayout(toggle_row)
        c.addWidget(self.text_stack, 1)
        c.addWidget(self.images)

        comments_title = QLabel(self.tr("Comments"))
        comments_title.setObjectName("commentsTitle")
        comments_title.setStyleSheet("font-weight: 600;")
        comment_row = QHBoxLayout()
        comment_row.addWidget(self.comment_edit, 1)
        comment_row.addWidget(self.comment_button, 0, Qt.AlignmentFlag.AlignBottom)
        comments = QWidget()
        cm = QVBoxLayout(comments)
        cm.setContentsMargins(0, 0, 0, 0)
        cm.addWidget(comments_title)
        cm.addWidget(self.history, 1)
        cm.addWidget(self.quote_label)
        cm.addLayout(comment_row)

        # Findings, the reviewer's checklist part and the comments each get a pane of their
        # own: the checklist needs room for several items, not a corner under the findings.
        # A hidden (empty) checklist slot takes no room and shows no handle.
        self.findings.setMinimumHeight(80)
        self.checklist_slot.setMinimumHeight(200)
        comments.setMinimumHeight(150)
        self.side = QSplitter(Qt.Orientation.Vertical)
        self.side.setObjectName("reviewSideSplitter")
        self.side.addWidget(self.findings)
        self.side.addWidget(self.checklist_slot)
        self.side.addWidget(comments)
        self.side.setChildrenCollapsible(False)
        self.side.setStretchFactor(0, 1)
        self.side.setStretchFactor(1, 3)
        self.side.setStretchFactor(2, 1)
        self.side.setSizes([150, 360, 190])
        self.checklist_slot.filled.connect(self._share_side)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("reviewDetailSplitter")
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.splitter)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    # --- public --------------------------------------------------------------------------
    @property
    def review(self) -> DraftReview | None:
        return self._review

    def show_review(self, review: DraftReview) -> None:
        same_draft = self._review is not None and self._review.draft.id == review.draft.id
        self._review = review
        d = review.draft
        self.title.setText(d.title or self.tr("(no title)"))
        self.meta.setText(self.tr("by {0} · revision {1} · {2} · last saved {3}").format(
            d.author_name, d.current_revision, state_label(d.state), local_time(d.updated_at)))
        self.progress.setText(self.progress_text(review.progress))
        self.progress.setVisible(review.progress is not None)
        self.viewer.setPlainText(review.shown_text)
        self._embolden_title()
        self.highlighter.set_findings(review.findings, TextOffsets.of(review.shown_text))
        self.findings.set_findings(review.findings)
        if review.open_blocks:
            self.blocks.setText(self.tr(
                "Open block findings: {0}. Approving is refused until they are changed by the "
                "author or overridden by a reviewer with a written reason.").format(
                    self._block_names(review)))
        self.blocks.setVisible(bool(review.open_blocks))
        has_base = review.base_revision is not None and review.base_text is not None
        self.show_changes.setVisible(has_base)
        self.no_changes.setVisible(not has_base)
        if has_base:
            self.show_changes.setText(self.tr("Show &changes since revision {0}").format(
                review.base_revision))
            self.diff.setHtml(diff_html(word_diff(review.base_text or "", review.shown_text)))
        else:
            self.diff.clear()
        if not has_base or not same_draft:
            self.show_changes.setChecked(False)
        self._toggle_changes(self.show_changes.isChecked())
        self.history.setHtml(self._history_html(review.history))
        self.images.set_images(review.images, review.image_data)
        if not same_draft:
            self.comment_edit.clear()
        self._update_quote()

    def progress_text(self, progress: StepProgress | None) -> str:
        """"Step 1 of 2 · 1 of 2 approvals (Dr. Braun)" for multi-step reviews."""
        if progress is None:
            return ""
        text = self.tr("Step {0} of {1}").format(progress.step, progress.steps)
        if progress.rule is StepRule.ALL:
            text += " · " + self.tr("{0} of {1} approvals").format(progress.approvals,
                                                                   progress.needed)
            if progress.approved_names:
                text += " (" + ", ".join(progress.approved_names) + ")"
        else:
            text += " · " + self.tr("one approval needed")
        if progress.waiting_names:
            text += " · " + self.tr("waiting for: {0}").format(", ".join(progress.waiting_names))
        return text

    def _embolden_title(self) -> None:
        """The first line is the title; bold, so it reads as one (the text stays unchanged)."""
        cursor = QTextCursor(self.viewer.document().firstBlock())
        cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold)
        cursor.mergeCharFormat(fmt)

    def _block_names(self, review: DraftReview) -> str:
        titles = {f.rule_id: finding_title(f) for f in review.findings}
        return ", ".join(f"{titles[r]} ({r})" if r in titles else r for r in review.open_blocks)

    def clear(self) -> None:
        self._review = None
        self.title.clear()
        self.meta.clear()
        self.viewer.clear()
        self.highlighter.clear()
        self.findings.set_findings([])
        self.history.clear()
        self.blocks.hide()
        self.progress.hide()
        self.images.clear()

    def selected_passage(self) -> str:
        """The passage selected in the text (the quote for a comment), shortened."""
        text = self.viewer.textCursor().selectedText().replace("\u2029", "\n").strip()
        return text if len(text) <= QUOTE_LIMIT else text[:QUOTE_LIMIT - 1] + "…"

    def request_comment(self) -> None:
        text = self.comment_edit.toPlainText().strip()
        if text:
            self.comment_requested.emit(text, self.selected_passage())

    def comment_sent(self) -> None:
        self.comment_edit.clear()

    # --- internals -----------------------------------------------------------------------
    def _share_side(self, shown: bool) -> None:
        """When the checklist appears, it gets about half of the column (it was hidden
        when the sizes were set, so the splitter would give it only its minimum)."""
        if not shown:
            return
        total = sum(self.side.sizes()) or 700
        findings = max(80, total * 15 // 100)
        comments = max(150, total * 25 // 100)
        self.side.setSizes([findings, max(200, total - findings - comments), comments])

    def _toggle_changes(self, on: bool) -> None:
        self.text_stack.setCurrentWidget(self.diff if on and self._has_base() else self.viewer)

    def _has_base(self) -> bool:
        return self._review is not None and self._review.base_text is not None

    def _select_finding(self, finding: object) -> None:
        self.show_changes.setChecked(False)
        self.highlighter.select(finding)  # type: ignore[arg-type]

    def _update_quote(self) -> None:
        quote = self.selected_passage()
        self.quote_label.setVisible(bool(quote))
        if quote:
            left, right = "„", "“"
            self.quote_label.setText(self.tr("Quoting: {0}").format(f"{left}{quote}{right}"))

    def _history_html(self, history: tuple[HistoryEntry, ...]) -> str:
        if not history:
            return "<p style='color:#555555'>" + html.escape(self.tr("No comments yet.")) + "</p>"
        labels = {Decision.REQUEST_CHANGES: self.tr("requested changes"),
                  Decision.REJECT: self.tr("rejected"), Decision.APPROVE: self.tr("approved")}
        parts = []
        for h in history:
            head = self.tr("{0} · {1} · revision {2}").format(h.author_name, local_time(h.at),
                                                             h.revision)
            if h.decision is not None:
                head += " · " + labels[h.decision]
            block = f"<p style='margin:6px 0 2px 0'><b>{html.escape(head)}</b></p>"
            if h.quote:
                block += ("<p style='margin:0 0 2px 8px; color:#555555'><i>„"
                          f"{html.escape(h.quote)}“</i></p>")
            block += (f"<p style='margin:0 0 4px 0; white-space:pre-wrap'>"
                      f"{html.escape(h.text)}</p>")
            parts.append(block)
        return "".join(parts)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.comment_edit and isinstance(event, QKeyEvent) and (
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()  # Ctrl+Return here sends the comment, it never approves
                return True
            if event.type() == QEvent.Type.KeyPress:
                self.request_comment()
                return True
        return super().eventFilter(watched, event)
