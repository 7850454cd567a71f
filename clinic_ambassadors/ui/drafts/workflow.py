"""The editor's workflow buttons: only the steps the signed-in person may take now."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QWidget

from clinic_ambassadors.core.drafts import BEFORE_PUBLICATION, TRANSITIONS, Action, ReviewMode
from clinic_ambassadors.core.programme import Profile, Role
from clinic_ambassadors.services.draft_editor import EditorState
from clinic_ambassadors.storage.audit import Actor
from clinic_ambassadors.ui.checker.texts import finding_title
from clinic_ambassadors.ui.drafts.publish_dialog import PublishDialog
from clinic_ambassadors.ui.drafts.workflow_dialogs import OverrideDialog, ScheduleDialog, WithdrawDialog
from clinic_ambassadors.ui.workflow_text import action_label

if TYPE_CHECKING:
    from clinic_ambassadors.ui.drafts.editor import DraftEditor

#: Button order, left to right.
ORDER = (Action.START_DRAFT, Action.SUBMIT, Action.SKIP_REVIEW, Action.OVERRIDE_BLOCK,
         Action.SCHEDULE, Action.UNSCHEDULE, Action.PUBLISH, Action.ARCHIVE, Action.WITHDRAW)
NEEDS_INPUT = {Action.OVERRIDE_BLOCK, Action.SCHEDULE, Action.PUBLISH, Action.WITHDRAW}
#: Steps that put the draft in front of others: refused without a title.
NEEDS_TITLE = {Action.SUBMIT, Action.SKIP_REVIEW, Action.SCHEDULE, Action.PUBLISH}


def available_actions(state: EditorState, profile: Profile, actor: Actor,
                      read_only: bool = False) -> list[Action]:
    """What this person may try now; the service still decides (and explains a no)."""
    if read_only:
        return []
    rec = state.record
    author = actor.id == rec.author_profile_id
    author_or_manager = author or state.actor_is_manager
    out = []
    for action in ORDER:
        if rec.state not in TRANSITIONS[action]:
            continue
        if action is Action.SUBMIT and author:
            out.append(action)
        elif action is Action.SKIP_REVIEW and author and state.policy.mode is ReviewMode.OPTIONAL:
            out.append(action)
        elif action is Action.OVERRIDE_BLOCK and not author and profile.has(Role.REVIEWER) \
                and actor.id in state.policy.all_reviewers:
            out.append(action)
        elif action in (Action.START_DRAFT, Action.SCHEDULE, Action.UNSCHEDULE, Action.PUBLISH,
                        Action.ARCHIVE, Action.WITHDRAW) and author_or_manager:
            if action is Action.WITHDRAW and rec.state not in BEFORE_PUBLICATION:
                continue
            out.append(action)
    return out


class WorkflowBar(QWidget):
    def __init__(self, editor: DraftEditor) -> None:
        super().__init__(editor)
        self.setObjectName("workflowBar")
        self.editor = editor
        self.buttons: dict[Action, QPushButton] = {}
        self.can_override = False
        self.dialog: QDialog | None = None
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        for action in ORDER:
            text = action_label(action) + ("…" if action in NEEDS_INPUT else "")
            button = QPushButton(text)
            button.setObjectName(f"action_{action.value}")
            button.setAccessibleName(action_label(action))
            button.clicked.connect(lambda _c=False, a=action: self.trigger(a))
            button.hide()
            self.buttons[action] = button
            lay.addWidget(button)
        self.buttons[Action.SUBMIT].setToolTip(self.tr("Ctrl+Return"))
        self.buttons[Action.SUBMIT].setDefault(True)
        lay.addStretch(1)

    def update_for(self, state: EditorState, profile: Profile, actor: Actor) -> None:
        actions = available_actions(state, profile, actor, self.editor.session.read_only)
        for action, button in self.buttons.items():
            button.setVisible(action in actions)
        self.can_override = Action.OVERRIDE_BLOCK in actions
        blocks = state.snapshot.open_block_findings
        override = self.buttons[Action.OVERRIDE_BLOCK]
        override.setEnabled(bool(blocks))
        override.setToolTip(self.tr("Open block findings: {0}").format(", ".join(blocks))
                            if blocks else self.tr("There is no open block finding to override."))

    def visible_actions(self) -> list[Action]:
        return [a for a, b in self.buttons.items() if not b.isHidden()]

    def submit(self) -> None:
        if Action.SUBMIT in self.visible_actions():
            self.trigger(Action.SUBMIT)

    def trigger(self, action: Action) -> None:
        editor = self.editor
        state = editor.state
        if state is None:
            return
        if action in NEEDS_TITLE and not editor.title_edit.text().strip():
            # Refused here, before the service: the reviewer needs a name for what they read.
            editor.show_message(self.tr("Please give the draft a title before you submit it."))
            if not editor.title_edit.isReadOnly():
                editor.title_edit.setFocus()
            return
        if action is Action.OVERRIDE_BLOCK:
            titles = {f.rule_id: finding_title(f) for f in editor.findings()}
            rules = [(r, titles.get(r, "")) for r in state.snapshot.open_block_findings]
            self._open(OverrideDialog(rules, lambda reason: self._finish(
                action, override_reason=reason), editor))
        elif action is Action.SCHEDULE:
            self._open(ScheduleDialog(state.record.planned_date, lambda d: self._finish(
                action, planned_date=d), editor))
        elif action is Action.WITHDRAW:
            self._open(WithdrawDialog(lambda reason: self._finish(action, reason=reason), editor))
        elif action is Action.PUBLISH:
            careers_url = editor.choices.careers_url if editor.choices else ""
            dialog = PublishDialog(editor.session, editor.actor, state.record, careers_url, editor)
            dialog.published.connect(lambda _r: editor.after_publish())
            editor.save_now(lambda: self._open(dialog))
        else:
            editor.act(action)

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.open()

    def _finish(self, action: Action, **ctx: object) -> None:
        if self.dialog is not None:
            self.dialog.accept()
            self.dialog = None
        self.editor.act(action, **ctx)
