"""Reviews: the reviewer's queue, one draft at a time, driven from the keyboard.

Reviewers see what waits for them, oldest first, decide, and land on the next draft.
Practice managers who do not review see a read-only overview of everything in review.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clinic_ambassadors.core.drafts import Action, DraftState
from clinic_ambassadors.core.programme import Role
from clinic_ambassadors.services import drafts as draft_service
from clinic_ambassadors.ui import ops
from clinic_ambassadors.ui.drafts.standing_refusal import StandingRefusal
from clinic_ambassadors.ui.messages import error_text
from clinic_ambassadors.ui.workflow_text import quoted
from clinic_ambassadors.ui.pages.page_area import PageStack
from clinic_ambassadors.ui.reviews.detail import ReviewDetail
from clinic_ambassadors.ui.reviews.dialogs import ReasonDialog
from clinic_ambassadors.ui.reviews.loading import (
    DecisionResult,
    DraftReview,
    QueueEntry,
    decide,
    load_queue,
    load_review,
)
from clinic_ambassadors.ui.reviews.layout import ActionButtons, QueueSplitter
from clinic_ambassadors.ui.reviews.queue_model import OverviewModel, QueueModel

CHANGED_KEY = "reviews"


class ReviewsPage(QWidget):
    """``ReviewsPage(window)``: window has .session, .actor, .profile and a .changed signal."""

    def __init__(self, window: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewsPage")
        self._window = window
        self._session = window.session
        self._actor = window.actor
        self._profile = window.profile
        self.is_reviewer = self._profile.has(Role.REVIEWER)
        self.shows_overview = not self.is_reviewer and self._profile.has(Role.MANAGER)
        self._queue_generation = 0
        self._detail_generation = 0
        self._busy = False
        self._stale = False
        self._advance_from: int | None = None
        self.loaded_once = False
        self._wanted_draft: str | None = None

        title = QLabel(self.tr("Reviews"))
        title.setObjectName("pageTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("reviewsSubtitle")
        self.subtitle.setWordWrap(True)
        self.subtitle.setStyleSheet("color: #555555;")
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setObjectName("refreshReviewsButton")
        self.refresh_button.setAccessibleName(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("F5: read the file again (others may have "
                                               "changed it)"))
        self.refresh_button.clicked.connect(self.reload)
        self.message = QLabel()
        self.message.setObjectName("reviewMessage")
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        #: A refused approval stays on screen while the reviewer ticks what it names, and
        #: shrinks with each tick (the draft editor does the same for the author).
        self.standing = StandingRefusal(self._session, self._actor, "", self.message, self)

        # Asks only the page on show for its size: the no-role note is not held as wide as
        # the queue beside a review, which would cut it off on a narrow window.
        self.stack = PageStack()
        self.stack.setObjectName("reviewsStack")
        self.queue_view = self._build_queue_view()
        self.empty = QLabel(self.tr("Nothing waiting for you. Drafts you need to review "
                                    "appear here."))
        self.empty.setObjectName("reviewsEmpty")
        self.empty.setAccessibleName(self.empty.text())
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #555555; font-size: 15px; padding: 40px;")
        self.overview_view = self._build_overview()
        self.no_role = QLabel(self.tr("Drafts are reviewed by the programme's reviewers (usually "
                                      "a doctor). Your profile has no reviewer role, so nothing "
                                      "waits for you here."))
        self.no_role.setObjectName("reviewsNoRole")
        self.no_role.setWordWrap(True)
        self.no_role.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_role.setStyleSheet("color: #555555; padding: 40px;")
        for w in (self.queue_view, self.empty, self.overview_view, self.no_role):
            self.stack.addWidget(w)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.subtitle)
        lay.addWidget(self.message)
        lay.addWidget(self.stack, 1)

        self._shortcuts()
        window.changed.connect(self._on_changed)
        if self.is_reviewer:
            self.subtitle.setText(self.tr("Drafts waiting for your decision, oldest first. J/K or "
                                          "Alt+↓/↑: next/previous · Ctrl+Return: approve."))
        elif self.shows_overview:
            self.subtitle.setText(self.tr("All drafts in review and whom they wait for. Only "
                                          "reviewers decide; this overview is read-only."))
        else:
            self.subtitle.hide()
            self.refresh_button.hide()
            self.stack.setCurrentWidget(self.no_role)
        self._update_buttons()
        self.reload()

    # --- building ------------------------------------------------------------------------
    def _build_queue_view(self) -> QWidget:
        self.queue_model = QueueModel(self)
        self.queue = QListView()
        self.queue.setObjectName("reviewQueue")
        self.queue.setAccessibleName(self.tr("Drafts waiting for you"))
        self.queue.setModel(self.queue_model)
        self.queue.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.queue.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.queue.setWordWrap(True)
        self.queue.setSpacing(2)
        self.queue.setAlternatingRowColors(True)
        self.queue.setMinimumWidth(180)
        self.queue.selectionModel().currentChanged.connect(lambda *_: self._load_current())

        self.detail = ReviewDetail()
        self.detail.comment_requested.connect(self.add_comment)
        self.detail.checklist_slot.ticked.connect(self.standing.recheck)

        self.approve_button = QPushButton(self.tr("&Approve"))
        self.approve_button.setObjectName("approveButton")
        self.approve_button.setToolTip(self.tr("Ctrl+Return"))
        self.approve_button.setStyleSheet("font-weight: 600;")
        self.changes_button = QPushButton(self.tr("Request c&hanges…"))
        self.changes_button.setObjectName("requestChangesButton")
        self.reject_button = QPushButton(self.tr("Re&ject…"))
        self.reject_button.setObjectName("rejectButton")
        self.override_button = QPushButton(self.tr("&Override block…"))
        self.override_button.setObjectName("overrideBlockButton")
        self.override_button.setToolTip(self.tr("Let the open block findings pass on this "
                                                "revision, with a written reason (audited)."))
        for b in (self.approve_button, self.changes_button, self.reject_button,
                  self.override_button):
            b.setAccessibleName(b.text().replace("&", "").rstrip("…"))
        self.approve_button.clicked.connect(lambda: self.approve())
        self.changes_button.clicked.connect(lambda: self.request_changes())
        self.reject_button.clicked.connect(lambda: self.reject())
        self.override_button.clicked.connect(lambda: self.override_block())
        self.position = QLabel()
        self.position.setObjectName("queuePosition")

        self.buttons = ActionButtons(self.position, [self.override_button, self.reject_button,
                                                     self.changes_button, self.approve_button])
        right = QWidget()
        r = QVBoxLayout(right)
        r.setContentsMargins(0, 0, 0, 0)
        r.addWidget(self.detail, 1)
        r.addWidget(self.buttons)

        self.splitter = QueueSplitter(self.queue, right)
        self.splitter.setObjectName("reviewsSplitter")
        return self.splitter

    def _build_overview(self) -> QWidget:
        self.overview_model = OverviewModel(self)
        self.overview = QTableView()
        self.overview.setObjectName("reviewOverview")
        self.overview.setAccessibleName(self.tr("All drafts in review"))
        self.overview.setModel(self.overview_model)
        self.overview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.overview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.overview.setAlternatingRowColors(True)
        # Title and reviewers share what the short columns leave and wrap there: on a narrow
        # window a long list of reviewers must not squeeze the title down to "…".
        self.overview.setWordWrap(True)
        self.overview.verticalHeader().hide()
        self.overview.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        header = self.overview.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (OverviewModel.COL_TITLE, OverviewModel.COL_WAITING):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        return self.overview

    def _shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        pairs = [("J", 1), ("K", -1), ("Alt+Down", 1), ("Alt+Up", -1),
                 ("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)]
        for keys, delta in pairs:
            QShortcut(QKeySequence(keys), self, lambda d=delta: self.move(d), context=context)
        QShortcut(QKeySequence("Ctrl+Return"), self, lambda: self.approve(), context=context)
        QShortcut(QKeySequence("Ctrl+Enter"), self, lambda: self.approve(), context=context)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.reload,
                  context=context)

    # --- loading -------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the queue again; keeps the selected draft if it still waits."""
        if not (self.is_reviewer or self.shows_overview):
            return
        self._stale = False
        self._queue_generation += 1
        generation = self._queue_generation
        reviewer = self._profile.id if self.is_reviewer else None
        ops.run(self, self._session, load_queue, reviewer).success(
            lambda entries: self._queue_loaded(generation, entries))

    def _queue_loaded(self, generation: int, entries: list[QueueEntry]) -> None:
        if generation != self._queue_generation:
            return
        self.loaded_once = True
        if self.shows_overview:
            self.overview_model.set_entries(entries)
            self.stack.setCurrentWidget(self.overview_view if entries else self.empty)
            if not entries:
                self.empty.setText(self.tr("No drafts are in review right now."))
            return
        previous = self.current_entry()
        old_row = self.queue.currentIndex().row()
        self.queue_model.set_entries(entries)
        if not entries:
            self.stack.setCurrentWidget(self.empty)
            self.detail.clear()
            self._update_buttons()
            self.position.clear()
            return
        self.stack.setCurrentWidget(self.queue_view)
        wanted, self._wanted_draft = self._wanted_draft, None
        row = self.queue_model.row_of(wanted) if wanted else -1
        if row < 0 and previous is not None:
            row = self.queue_model.row_of(previous.draft.id)
        if row < 0:
            start = self._advance_from if self._advance_from is not None else old_row
            row = min(max(start, 0), len(entries) - 1)
        self._advance_from = None
        self.select_row(row, force_load=True)

    def _load_current(self) -> None:
        entry = self.current_entry()
        self._update_position()
        if entry is None:
            return
        if self.standing.standing and self.standing.draft_id != entry.draft.id:
            self.hide_message()  # it named what another draft lacks
        self._detail_generation += 1
        generation = self._detail_generation
        self.detail.setEnabled(True)
        ops.run(self, self._session, load_review, entry.draft.id, self._profile.id).success(
            lambda review: self._review_loaded(generation, review))

    def _review_loaded(self, generation: int, review: DraftReview) -> None:
        if generation != self._detail_generation:
            return
        self.detail.show_review(review)
        self._show_checklist(review.draft.id)
        self._update_buttons()
        if self.standing.draft_id == review.draft.id:
            self.standing.recheck()  # an override, a new revision or a tick by someone else

    def _show_checklist(self, draft_id: str) -> None:
        """The reviewer's part of the pre-publication checklist, next to the findings."""
        self.detail.checklist_slot.show_reviewer_part(self._session, self._window.actor,
                                                      self._profile.roles, draft_id)

    # --- navigation ----------------------------------------------------------------------
    def current_entry(self) -> QueueEntry | None:
        index = self.queue.currentIndex()
        return self.queue_model.entry(index.row()) if index.isValid() else None

    def current_review(self) -> DraftReview | None:
        """The loaded draft, if it is the one selected in the queue."""
        entry, review = self.current_entry(), self.detail.review
        if entry is None or review is None or review.draft.id != entry.draft.id:
            return None
        return review

    def show_draft(self, draft_id: str) -> None:
        """Select ``draft_id`` in the queue (now, or when the queue has loaded)."""
        row = self.queue_model.row_of(draft_id) if self.loaded_once else -1
        if row >= 0:
            self.select_row(row)
        else:
            self._wanted_draft = draft_id

    def select_row(self, row: int, force_load: bool = False) -> None:
        index = self.queue_model.index(row, 0)
        if not index.isValid():
            return
        changed = index != self.queue.currentIndex()
        self.queue.setCurrentIndex(index)
        self.queue.scrollTo(index)
        if force_load and not changed:
            self._load_current()

    def move(self, delta: int) -> None:
        """Next (+1) or previous (-1) draft in the queue."""
        if self.stack.currentWidget() is not self.queue_view or not self.queue_model.rowCount():
            return
        row = self.queue.currentIndex().row()
        self.select_row(min(max(row + delta, 0), self.queue_model.rowCount() - 1))

    def _update_position(self) -> None:
        n = self.queue_model.rowCount()
        row = self.queue.currentIndex().row()
        self.position.setText(self.tr("{0} of {1}").format(row + 1, n) if n and row >= 0 else "")

    def _update_buttons(self) -> None:
        review = self.current_review()
        can = review is not None and not self._busy and not self._session.read_only
        for b in (self.approve_button, self.changes_button, self.reject_button):
            b.setEnabled(can)
        self.override_button.setVisible(review is not None and bool(review.open_blocks))
        self.override_button.setEnabled(can)
        self.detail.comment_button.setEnabled(can)

    # --- decisions -----------------------------------------------------------------------
    def approve(self) -> bool:
        """Approve the shown revision; refused (with the reason) while blocks are open."""
        review = self.current_review()
        if review is None or self._busy:
            return False
        self._act(review, Action.APPROVE, self.tr("Approved: {0}"))
        return True

    def request_changes(self) -> ReasonDialog | None:
        review = self.current_review()
        if review is None:
            return None
        quote = self.detail.selected_passage()
        dialog = ReasonDialog(
            self.tr("Request changes"),
            self.tr("What should the author change, and why? Your comment goes to the author; "
                    "they edit the text themselves."),
            self.tr("&Request changes"), "comment_required", "requestChangesDialog",
            f"{quoted(quote)}: " if quote else "", self)
        dialog.submitted.connect(lambda text: self._act(
            review, Action.REQUEST_CHANGES, self.tr("Changes requested: {0}"), comment=text))
        return self._open(dialog)

    def reject(self) -> ReasonDialog | None:
        review = self.current_review()
        if review is None:
            return None
        dialog = ReasonDialog(
            self.tr("Reject draft"),
            self.tr("Rejecting ends this draft; it will not be published. Please give the "
                    "author a reason."),
            self.tr("Re&ject"), "reason_required", "rejectDialog", "", self)
        dialog.submitted.connect(lambda text: self._act(
            review, Action.REJECT, self.tr("Rejected: {0}"), reason=text))
        return self._open(dialog)

    def override_block(self) -> ReasonDialog | None:
        review = self.current_review()
        if review is None or not review.open_blocks:
            return None
        dialog = ReasonDialog(
            self.tr("Override block findings"),
            self.tr("The checker found passages that must not be published as they are: {0}. "
                    "If you are sure the text is fine, write why. The reason is kept in the "
                    "audit log.").format(", ".join(review.open_blocks)),
            self.tr("&Override"), "override_reason_required", "overrideBlockDialog", "", self)
        dialog.submitted.connect(lambda text: self._act(
            review, Action.OVERRIDE_BLOCK, self.tr("Block overridden on {0}; you can approve it "
                                                   "now."), override_reason=text))
        return self._open(dialog)

    def _open(self, dialog: ReasonDialog) -> ReasonDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _act(self, review: DraftReview, action: Action, done_text: str, **ctx: Any) -> None:
        self._busy = True
        self._update_buttons()
        self.hide_message()
        row = self.queue.currentIndex().row()
        title = review.draft.title

        def done(result: DecisionResult) -> None:
            self._busy = False
            self.show_message(self.decision_text(result, done_text.format(title)))
            if action is not Action.OVERRIDE_BLOCK:
                self._advance_from = row
            self._window.changed.emit(CHANGED_KEY)
            self.reload()

        def failed(exc: BaseException) -> None:
            self._busy = False
            self._update_buttons()
            self.show_message(self.refusal(exc), error=True)
            self.standing.draft_id = review.draft.id
            self.standing.watch(exc, ctx)  # kept in step while the reviewer ticks items

        ops.run(self, self._session, decide, self._actor, review.draft.id, action,
                **ctx).success(done).failure(failed)

    def decision_text(self, result: DecisionResult, done_text: str) -> str:
        """An approval says "Approved" only when the draft is approved; under a policy that
        needs more reviewers it says whom the draft still waits for."""
        if result.action is not Action.APPROVE or result.state != DraftState.IN_REVIEW:
            return done_text
        if result.waiting_names:
            return self.tr("Your approval is recorded; still waiting for: {0}").format(
                ", ".join(result.waiting_names))
        return self.tr("Your approval is recorded; the draft is still in review.")

    def add_comment(self, text: str, quote: str) -> None:
        review = self.current_review()
        if review is None or self._session.read_only:
            return

        def done(_r: object) -> None:
            self.detail.comment_sent()
            self.show_message(self.tr("Comment added."))
            self._window.changed.emit(CHANGED_KEY)
            self._load_current()

        ops.run(self, self._session, draft_service.add_comment, self._actor, review.draft.id,
                text, quote).success(done).failure(
            lambda exc: self.show_message(self.refusal(exc), error=True))

    # --- messages ------------------------------------------------------------------------
    def refusal(self, exc: BaseException) -> str:
        """A workflow refusal with everything found with it; worded as the standing refusal
        words it when asked again, so a tick changes the list and nothing else."""
        return error_text(exc)

    def show_message(self, text: str, error: bool = False) -> None:
        self.standing.clear()  # a new message replaces a standing refusal
        self.message.setText(text)
        self.message.setProperty("error", error)
        self.message.setStyleSheet(
            "background: #fdecea; color: #8c1b1b; padding: 6px; border: 1px solid #f0b4b4;"
            if error else
            "background: #e8f5e9; color: #1b5e20; padding: 6px; border: 1px solid #a5d6a7;")
        self.message.show()

    def hide_message(self) -> None:
        self.standing.clear()
        self.message.hide()
        self.message.clear()

    # --- keeping fresh -------------------------------------------------------------------
    def _on_changed(self, what: str) -> None:
        if what != CHANGED_KEY:
            if self.isVisible():
                self.reload()
            else:
                self._stale = True

    # --- size --------------------------------------------------------------------------
    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """Tall enough for the wrapped subtitle and message at the width the page has: a
        refusal that wraps onto four lines must not squeeze the review under it."""
        hint = super().minimumSizeHint()
        lay = self.layout()
        if lay is not None and lay.hasHeightForWidth():
            width = max(self.width(), hint.width())
            hint.setHeight(max(hint.height(), lay.totalMinimumHeightForWidth(width)))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # the minimum height depends on the width (see above)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._stale:
            self.reload()
