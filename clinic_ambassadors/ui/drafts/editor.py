"""The draft editor: text with a live compliance check, autosave, comments, revisions, images
and the workflow buttons for what the signed-in person may do.

Autosave never loses text: a failed save (locked file, full disk) leaves everything in
the editor, says so, and tries again; closing (also with Escape) waits for the last save to
succeed and never asks in a modal dialog. Input that can never be saved as it is (a text
over the length limit, an empty draft) is not retried in a loop: the message says what to
change, goes as soon as it is changed, and only then does closing ask whether to discard
the unsaved changes (default: keep editing).

The findings pane says "Checking…" until the first result and says so when the check
could not run, so a failed check never looks like a clean text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clinic_ambassadors.core.checker import Finding
from clinic_ambassadors.core.drafts import BEFORE_PUBLICATION, DraftState
from clinic_ambassadors.core.errors import ValidationError
from clinic_ambassadors.core.posts import DraftRecord
from clinic_ambassadors.core.programme import Profile
from clinic_ambassadors.services import checking, draft_editor
from clinic_ambassadors.services import drafts as service
from clinic_ambassadors.services.draft_editor import EditorChoices, EditorState
from clinic_ambassadors.services.session import Session
from clinic_ambassadors.storage.audit import Actor
from clinic_ambassadors.ui import ops
from clinic_ambassadors.ui.checker.findings_list import FindingsList, failure_detail
from clinic_ambassadors.ui.checker.highlighter import FindingsHighlighter
from clinic_ambassadors.ui.checker.runner import CheckResult, CheckRunner
from clinic_ambassadors.ui.drafts.comments import CommentsPanel
from clinic_ambassadors.ui.drafts.fields import (
    DraftFields,
    count_html,
    note_label,
    show_editable,
)
from clinic_ambassadors.ui.drafts.images import ImagesPanel
from clinic_ambassadors.ui.drafts.publication import PublicationNote
from clinic_ambassadors.ui.drafts.revisions import RevisionsPanel
from clinic_ambassadors.ui.drafts.standing_refusal import StandingRefusal
from clinic_ambassadors.ui.drafts.unsaved import TooLong, discard_question, too_long
from clinic_ambassadors.ui.drafts.workflow import WorkflowBar
from clinic_ambassadors.ui.messages import error_text
from clinic_ambassadors.ui.workflow_text import state_label

Values = dict[str, Any]
DEFAULT_SIZE = QSize(1150, 760)


def initial_size() -> QSize:
    """The default size, but never more than 90 % of the screen's free area."""
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return DEFAULT_SIZE
    free = screen.availableGeometry()
    return QSize(min(DEFAULT_SIZE.width(), int(free.width() * 0.9)),
                 min(DEFAULT_SIZE.height(), int(free.height() * 0.9)))


class DraftEditor(QWidget):
    """A window for one draft. ``changed("drafts")`` after every write."""

    changed = Signal(str)
    state_loaded = Signal(object)  # EditorState
    saved = Signal(object)  # DraftRecord
    AUTOSAVE_MS = 2000
    RETRY_MS = 5000

    def __init__(self, session: Session, actor: Actor, profile: Profile, draft_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("draftEditor")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Draft"))
        self.resize(initial_size())
        self.session, self.actor, self.profile, self.draft_id = session, actor, profile, draft_id
        self.record: DraftRecord | None = None
        self.state: EditorState | None = None
        self.choices: EditorChoices | None = None
        self.can_edit = False
        self._saved_values: Values | None = None
        self._saving = False
        self._after_save: list[Callable[[], None]] = []
        self._closing = False
        self._populating = False
        self._message_kind = ""  # what the message above the text is about ("too_long", ...)
        self._invalid: tuple[Values, str] | None = None  # input the service refused, and why
        self.discard_box: QMessageBox | None = None

        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("draftTitle")
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.setPlaceholderText(self.tr("Title (for you and the reviewer)"))
        self.state_label = QLabel()
        self.state_label.setObjectName("draftStateLabel")
        self.state_label.setStyleSheet("padding: 3px 8px; border-radius: 8px;"
                                       " background: #e8eef7; color: #123c69;")
        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("draftText")
        self.text_edit.setAccessibleName(self.tr("Text of the post"))
        self.text_edit.setPlaceholderText(self.tr("Write your post in your own words. Underlined "
                                                  "passages may be a legal risk."))
        self.text_edit.setTabChangesFocus(True)
        self.read_only_note = note_label("readOnlyNote", self.tr("Why this draft is read-only"),
                                         "background: #eef3fb; color: #123c69; padding: 4px 8px;"
                                         " border-radius: 4px;", hidden=True)
        self.count_label = note_label("charCount", self.tr("Character count per channel"))
        self.publication = PublicationNote()
        self.fields = DraftFields()
        self.save_status = note_label("saveStatus", self.tr("Save status"))
        self.message = note_label("workflowMessage", self.tr("Message"),
                                  "background: #fdecea; color: #8c1b1b; padding: 6px;"
                                  " border: 1px solid #f5c2c0;", hidden=True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.refusal = StandingRefusal(session, actor, draft_id, self.message, self)

        self.findings_list = FindingsList()
        self.findings_list.set_pending()
        self.comments = CommentsPanel(self.text_edit)
        self.revisions = RevisionsPanel()
        self.images = ImagesPanel()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("editorTabs")
        self.tabs.setAccessibleName(self.tr("Findings, comments, revisions and images"))
        self.tabs.addTab(self.findings_list, self.tr("Findings"))
        self.tabs.addTab(self.comments, self.tr("Comments"))
        self.tabs.addTab(self.revisions, self.tr("Revisions"))
        self.tabs.addTab(self.images, self.tr("Images"))
        from clinic_ambassadors.core.checklists import Kind
        from clinic_ambassadors.ui.checklists.panel import ChecklistPanel

        self.checklist = ChecklistPanel(session, actor, profile.roles, kind=Kind.PRE_PUBLICATION,
                                        entity_id=draft_id, part="author")
        self.tabs.addTab(self.checklist, self.tr("Checklist"))
        self.tabs.setMinimumWidth(360)
        bar = self.tabs.tabBar()
        bar.setExpanding(False)
        bar.setUsesScrollButtons(False)  # every tab stays in view; text is shortened if need be
        bar.setElideMode(Qt.TextElideMode.ElideRight)
        self.workflow = WorkflowBar(self)

        self.runner = CheckRunner(self)
        self.runner.set_text_source(self.text_edit.toPlainText)
        self.highlighter = FindingsHighlighter(self.text_edit, self)

        head = QHBoxLayout()
        head.addWidget(self.title_edit, 1)
        head.addWidget(self.state_label)
        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        left_lay.addLayout(head)
        left_lay.addWidget(self.read_only_note)
        left_lay.addWidget(self.publication)
        left_lay.addWidget(self.fields)
        left_lay.addWidget(self.text_edit, 1)
        left_lay.addWidget(self.count_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("editorSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([560, 590])
        lay = QVBoxLayout(self)
        lay.addWidget(self.message)
        lay.addWidget(self.splitter, 1)
        lay.addWidget(self.workflow)
        lay.addWidget(self.save_status)

        self._autosave = QTimer(self)
        self._autosave.setObjectName("autosaveTimer")
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(self.AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_now)
        self.title_edit.textEdited.connect(lambda _t: self._edited())
        self.text_edit.textChanged.connect(self._text_changed)
        self.fields.edited.connect(self._edited)
        self.runner.result_ready.connect(self._show_findings)
        self.runner.failed.connect(self._check_failed)
        self.findings_list.retry_requested.connect(self.runner.check_now)
        self.runner.busy_changed.connect(self.findings_list.set_checking)
        self.findings_list.activated.connect(self.highlighter.select)
        self.comments.submitted.connect(self.add_comment)
        self.revisions.restore_requested.connect(self.restore_revision)
        self.images.add_requested.connect(self._add_image)
        self.images.remove_requested.connect(self._remove_image)
        self.images.people_requested.connect(self._set_people)
        self.checklist.changed.connect(lambda _id: self.refusal.recheck())
        QShortcut(QKeySequence.StandardKey.Save, self, activated=lambda: self.save_now())
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.close)
        submit = QShortcut(QKeySequence("Ctrl+Return"), left, activated=self.workflow.submit)
        submit.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._set_editable(False)
        self.reload()
        ops.run(self, session, draft_editor.choices).success(self._set_choices)
        ops.run(self, session, checking.clinic_rules).success(self.runner.set_extra_rules)

    # --- loading ---------------------------------------------------------------------
    def reload(self) -> None:
        ops.run(self, self.session, draft_editor.editor_state, self.draft_id,
                self.actor.id).success(self._apply_state)

    def _set_choices(self, choices: EditorChoices) -> None:
        self.choices = choices
        self.fields.set_choices(choices.topics, choices.vacancies)
        self.images.set_roster(choices.ambassadors)
        if self.record is not None and not self.is_dirty():
            self.fields.set_record(self.record)

    def _apply_state(self, state: EditorState, force: bool = False) -> None:
        self.state = state
        rec = state.record
        first = self.record is None
        self.record = rec
        if first or force or not self.is_dirty():
            self._populate(rec)
        self.setWindowTitle(self.tr("{0} – draft by {1}").format(rec.title or self.tr("Draft"),
                                                                  rec.author_name))
        self.state_label.setText(state_label(rec.state) +
                                 (" – " + self.tr("paused") if rec.paused else ""))
        self.can_edit = (not self.session.read_only and rec.author_profile_id == self.actor.id
                         and rec.state in BEFORE_PUBLICATION)
        self._set_editable(self.can_edit)
        self.comments.set_comments(state.comments)
        if first and state.comments and rec.state is DraftState.CHANGES_REQUESTED:
            self.tabs.setCurrentWidget(self.comments)  # the author reads what to change first
        self.tabs.setTabText(1, self.tr("Comments ({0})").format(len(state.comments)))
        self.revisions.set_revisions(state.revisions, self.can_edit)
        self.tabs.setTabText(2, self.tr("Revisions ({0})").format(len(state.revisions)))
        self.publication.set_publication(state.snapshot.publication)
        self.images.set_images(state.images)
        self.tabs.setTabText(3, self.tr("Images ({0})").format(len(state.images)) +
                             (" ⚠" if any(i.blocked for i in state.images) else ""))
        for image_id in self.images.missing_thumbnails():
            ops.run(self, self.session, draft_editor.image_data, image_id).success(
                lambda data, i=image_id: self.images.set_thumbnail(i, data))
        self.workflow.update_for(state, self.profile, self.actor)
        self.refusal.recheck()  # a consent recorded, an image or the text changed meanwhile
        self.state_loaded.emit(state)

    def _populate(self, rec: DraftRecord) -> None:
        self._populating = True
        try:
            if self.title_edit.text() != rec.title:
                self.title_edit.setText(rec.title)
            if self.text_edit.toPlainText() != rec.text:
                self.text_edit.setPlainText(rec.text)
            elif self.runner.last_result is None:
                self.runner.text_changed()
            self.fields.set_record(rec)
        finally:
            self._populating = False
        self._saved_values = self.values()
        self._update_count()

    def _set_editable(self, editable: bool) -> None:
        show_editable(self.title_edit, self.text_edit, editable)
        self.fields.set_editable(editable)
        self.images.set_editable(editable)
        show_note = not editable and self.record is not None
        if show_note:
            self.read_only_note.setText(self.read_only_reason())
        self.read_only_note.setVisible(show_note)
        if show_note:
            self.save_status.clear()

    def read_only_reason(self) -> str:
        rec = self.record
        if self.session.read_only:
            return self.tr("The file is open read-only.")
        if rec is not None and rec.author_profile_id != self.actor.id:
            return self.tr("Only the author edits this draft; you can comment{0}.").format(
                self.tr(" and override block findings") if self.workflow.can_override else "")
        return self.tr("This draft can no longer be edited.")

    # --- editing and autosave ----------------------------------------------------------
    def values(self) -> Values:
        return {"title": self.title_edit.text(), "text": self.text_edit.toPlainText(),
                **self.fields.values()}

    def is_dirty(self) -> bool:
        return self._saved_values is not None and self.values() != self._saved_values

    def _text_changed(self) -> None:
        self.runner.text_changed()
        self._update_count()
        if not self._populating:
            self._edited()

    def _edited(self) -> None:
        if self._populating or not self.can_edit:
            return
        self._update_count()
        if self._refuse_too_long():
            self._autosave.stop()  # it could never succeed: no save until it fits
            return
        self.save_status.setText(self.tr("Changed – saving in a moment …"))
        self._autosave.start(self.AUTOSAVE_MS)

    def too_long(self) -> TooLong | None:
        return too_long(self.title_edit.text(), self.text_edit.document(),
                        self.text_edit.toPlainText)

    def _refuse_too_long(self) -> bool:
        """Say so if the input is over a length limit (True), or clear that message (False)."""
        problem = self.too_long()
        if problem is None:
            if self._message_kind == "too_long":
                self.message.hide()
                self.message.clear()
                self._message_kind = ""
            return False
        self.show_message(problem.message(), kind="too_long")
        self.save_status.setText(self.tr("Not saved – too long"))
        return True

    def _update_count(self) -> None:
        self.count_label.setText(count_html(self.text_edit.toPlainText(), self.fields.channels()))

    def save_now(self, then: Callable[[], None] | None = None) -> None:
        """Save if anything changed, then run ``then`` (only after a successful save)."""
        self._autosave.stop()
        if then is not None:
            self._after_save.append(then)
        if self._saving:
            return  # _saved() looks again and runs the callbacks
        if not self.can_edit or not self.is_dirty():
            self._run_after_save()
            return
        if self._refuse_too_long():
            self._after_save.clear()  # a workflow step waits for a text that can be saved
            self._closing = False
            return
        values = self.values()
        self._saving = True
        self.save_status.setText(self.tr("Saving …"))
        ops.run(self, self.session, service.save, self.actor, self.draft_id, **values).success(
            lambda rec: self._saved(rec, values)).failure(
            lambda exc: self._save_failed(exc, values))

    def _saved(self, rec: DraftRecord, values: Values) -> None:
        self._saving = False
        self._saved_values = values
        self._invalid = None
        self.record = rec
        self.save_status.setText(self.tr("Saved · revision {0}").format(rec.current_revision))
        self.saved.emit(rec)
        self.changed.emit("drafts")
        if self.is_dirty():  # typed on while saving
            self.save_now()
            return
        if not self.refusal.standing:
            self.message.hide()
            self._message_kind = ""
        self._run_after_save()
        if not self._closing:
            self.reload()  # asks a standing refusal again once the new text is checked

    def _save_failed(self, exc: BaseException, values: Values | None = None) -> None:
        self._saving = False
        self._after_save.clear()
        closing, self._closing = self._closing, False
        if isinstance(exc, ValidationError):  # the same input would fail again: no retry loop
            self._invalid = (values if values is not None else self.values(), error_text(exc))
            self.show_message(self.tr("Not saved: {0} Your text is still here; it is saved as "
                                      "soon as you change it.").format(error_text(exc)),
                              kind="invalid")
            self.save_status.setText(self.tr("Not saved"))
            if closing:
                self._ask_discard()
            return
        self.show_message(self.tr("Not saved: {0} Your text is still here; saving is tried again "
                                  "in a moment (Ctrl+S tries now).").format(error_text(exc)))
        self.save_status.setText(self.tr("Not saved yet"))
        self._autosave.start(self.RETRY_MS)

    def _run_after_save(self) -> None:
        callbacks, self._after_save = self._after_save, []
        for cb in callbacks:
            cb()

    def show_message(self, text: str, kind: str = "other") -> None:
        self.refusal.clear()  # a new message replaces a standing refusal
        self._message_kind = kind
        self.message.setText(text)
        self.message.show()

    def _show_findings(self, result: CheckResult) -> None:
        self.highlighter.set_findings(result.findings, result.offsets)
        self.findings_list.set_findings(result.findings)
        blocks = sum(1 for f in result.findings if f.severity.value == "block")
        rules = self.findings_list.model.rowCount()  # one row per rule, as in the list
        self.tabs.setTabText(0, self.tr("Findings ({0})").format(rules) +
                             (" ⚠" if blocks else ""))

    def _check_failed(self, exc: BaseException) -> None:
        """Never "No findings" for a text that was not checked: say what happened."""
        self.highlighter.clear()  # underlines of an older text would be in the wrong places
        self.findings_list.set_failed(self.tr(
            "The compliance check could not run: {0}\nYour text is safe: the check only reads "
            "it. It runs again when you change the text.").format(failure_detail(exc)))
        self.tabs.setTabText(0, self.tr("Findings (?)"))

    def findings(self) -> list[Finding]:
        return self.highlighter.findings()

    # --- comments, revisions, images -------------------------------------------------------
    def add_comment(self, text: str, quote: str = "") -> None:
        ops.run(self, self.session, service.add_comment, self.actor, self.draft_id, text,
                quote).success(lambda _r: (self.comments.comment_added(), self._wrote()))

    def restore_revision(self, number: int) -> None:
        def restore() -> None:
            ops.run(self, self.session, service.restore_revision, self.actor, self.draft_id,
                    number).success(lambda _r: self._wrote(force=True)).failure(self._refused)

        self.save_now(restore)

    def _add_image(self, path: str) -> None:
        ops.run(self, self.session, draft_editor.add_image, self.actor, self.draft_id,
                path).success(lambda _r: self._wrote())

    def _remove_image(self, image_id: str) -> None:
        ops.run(self, self.session, draft_editor.remove_image, self.actor, self.draft_id,
                image_id).success(lambda _r: self._wrote())

    def _set_people(self, image_id: str, people: Any) -> None:
        ops.run(self, self.session, draft_editor.set_people, self.actor, self.draft_id, image_id,
                tuple(people)).success(lambda _r: self._wrote())

    # --- workflow ----------------------------------------------------------------------
    def _wrote(self, force: bool = False) -> None:
        self.changed.emit("drafts")
        self.checklist.reload()  # what the records say next to its items may have changed
        ops.run(self, self.session, draft_editor.editor_state, self.draft_id,
                self.actor.id).success(lambda st: self._apply_state(st, force=force))

    def after_publish(self) -> None:
        self._wrote()
        ops.run(self, self.session, draft_editor.choices).success(self._set_choices)

    def _refused(self, exc: BaseException, ctx: dict[str, Any] | None = None) -> None:
        """``ctx`` given (a workflow action): the message is kept in step with later fixes."""
        self.show_message(error_text(exc))
        if ctx is not None:
            self.refusal.watch(exc, ctx)
        if getattr(exc, "code", "") == "block_findings":
            self.tabs.setCurrentWidget(self.findings_list)
        self.reload()

    def act(self, action: Any, **ctx: Any) -> None:
        """Save first, then try the workflow action; a refusal is shown above the text."""
        self.refusal.clear()
        self.message.hide()

        def go() -> None:
            ops.run(self, self.session, service.act, self.actor, self.draft_id, action,
                    **ctx).success(lambda _r: self._wrote()).failure(
                lambda exc: self._refused(exc, ctx))

        self.save_now(go)

    # --- closing -----------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        """Save first; a failed save keeps the window open with the message, never a dialog.

        Only input that can never be saved as it is asks, whether to discard it.
        """
        dialog = self.workflow.dialog
        if isinstance(dialog, QDialog) and dialog.isVisible():
            dialog.reject()  # a half-filled workflow step does not survive its editor
            self.workflow.dialog = None
        if self.can_edit and (self.is_dirty() or self._saving):
            event.ignore()  # close once the last save is on disk
            if self.unsaveable_reason():
                self._ask_discard()
                return
            self._closing = True
            self.save_now(self._close_after_save)
            return
        self.runner.stop()
        super().closeEvent(event)

    def unsaveable_reason(self) -> str:
        """Why the current input can never be saved as it is ('' if it can)."""
        problem = self.too_long()
        if problem is not None:
            return problem.reason()
        if self._invalid is not None and self._invalid[0] == self.values():
            return self._invalid[1]
        return ""

    def _ask_discard(self) -> None:
        """Close with changes that cannot be saved? Default: no, keep editing."""
        if self.discard_box is not None:
            self.discard_box.raise_()
            return
        revision = self.record.current_revision if self.record is not None else 1
        box, discard = discard_question(self, self.unsaveable_reason(), revision)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: self._discard_answered(box.clickedButton() is discard))
        self.discard_box = box
        box.open()  # never exec(): the event loop keeps running

    def _discard_answered(self, discard: bool) -> None:
        self.discard_box = None
        if discard:
            self._autosave.stop()
            self.can_edit = False  # nothing left to save: let closeEvent pass
            self.close()
        else:
            self.text_edit.setFocus()

    def _close_after_save(self) -> None:
        if self._closing:
            self._closing = False
            self.can_edit = False  # nothing left to save: let closeEvent pass
            self.close()
