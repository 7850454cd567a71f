"""The Review policy tab: none / optional / required / multi-step, reviewers per step, any/all."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinic_ambassadors.core.drafts import PolicyError, ReviewMode, ReviewPolicy, ReviewStep, StepRule
from clinic_ambassadors.core.programme import Role
from clinic_ambassadors.services import programme as programme_service
from clinic_ambassadors.services.review_policy import review_policy, set_review_policy
from clinic_ambassadors.services.session import Session
from clinic_ambassadors.storage.audit import Actor
from clinic_ambassadors.ui import ops
from clinic_ambassadors.ui.checklists.texts import error_text


def _load(pf: Any) -> tuple[ReviewPolicy, list]:
    return review_policy(pf), programme_service.profiles(pf)


class StepEditor(QGroupBox):
    """One review step: a name, its reviewers (checkable) and whether any or all decide."""

    remove_requested = Signal(object)

    def __init__(self, number: int, profiles: list, step: ReviewStep | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"reviewStep_{number}")
        self.setTitle(self.tr("Step {0}").format(number))
        self.name = QLineEdit(step.name if step else "")
        self.name.setObjectName(f"reviewStepName_{number}")
        self.name.setAccessibleName(self.tr("Name of step {0}").format(number))
        self.name.setPlaceholderText(self.tr("e.g. Medical review"))
        self.reviewers = QListWidget()
        self.reviewers.setObjectName(f"reviewStepReviewers_{number}")
        self.reviewers.setAccessibleName(self.tr("Reviewers of step {0}").format(number))
        self.reviewers.setMaximumHeight(96)
        chosen = step.reviewer_ids if step else frozenset()
        for p in profiles:
            item = QListWidgetItem(p.name + ("" if p.has(Role.REVIEWER) else
                                             "  " + self.tr("(no reviewer role)")))
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            if not p.has(Role.REVIEWER) and p.id not in chosen:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(self.tr("Only profiles with the reviewer role can review. A "
                                        "practice manager gives the role under Programme > "
                                        "People."))
            item.setCheckState(Qt.CheckState.Checked if p.id in chosen else
                               Qt.CheckState.Unchecked)
            self.reviewers.addItem(item)
        self.rule = QComboBox()
        self.rule.setObjectName(f"reviewStepRule_{number}")
        self.rule.setAccessibleName(self.tr("Who must approve in step {0}").format(number))
        self.rule.addItem(self.tr("Any one of them approves"), StepRule.ANY.value)
        self.rule.addItem(self.tr("All of them approve"), StepRule.ALL.value)
        self.rule.setCurrentIndex(self.rule.findData((step.rule if step else StepRule.ANY).value))
        self.remove = QPushButton(self.tr("Remove step"))
        self.remove.setObjectName(f"reviewStepRemove_{number}")
        self.remove.setAccessibleName(self.tr("Remove step {0}").format(number))
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        top = QHBoxLayout()
        top.addWidget(self.name, 1)
        top.addWidget(self.rule)
        top.addWidget(self.remove)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.reviewers)

    def step(self) -> ReviewStep:
        ids = frozenset(
            self.reviewers.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.reviewers.count())
            if self.reviewers.item(i).checkState() == Qt.CheckState.Checked)
        return ReviewStep(ids, StepRule(self.rule.currentData()), self.name.text().strip())


class PolicyTab(QWidget):
    changed = Signal(str)

    def __init__(self, session: Session, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("policyTab")
        self.session, self.actor = session, actor
        self.profiles: list = []
        self.steps: list[StepEditor] = []
        intro = QLabel(self.tr("Review checks legal risk, not style. Choose how drafts are "
                               "reviewed before they may be published. Nobody approves their "
                               "own draft."))
        intro.setWordWrap(True)
        self.mode = QComboBox()
        self.mode.setObjectName("reviewMode")
        self.mode.setAccessibleName(self.tr("Review mode"))
        for mode, label in ((ReviewMode.NONE, self.tr("No review (the author's checks only)")),
                            (ReviewMode.OPTIONAL, self.tr("Optional review")),
                            (ReviewMode.REQUIRED, self.tr("Review required")),
                            (ReviewMode.MULTI_STEP, self.tr("Several review steps"))):
            self.mode.addItem(label, mode.value)
        self.mode.currentIndexChanged.connect(lambda _i: self._mode_changed())
        self.steps_box = QVBoxLayout()
        self.add_step = QPushButton(self.tr("Add &step"))
        self.add_step.setObjectName("addReviewStep")
        self.add_step.setAccessibleName(self.tr("Add step"))
        self.add_step.clicked.connect(lambda: self._add_step(None))
        self.save_button = QPushButton(self.tr("&Save review policy"))
        self.save_button.setObjectName("saveReviewPolicy")
        self.save_button.setAccessibleName(self.tr("Save review policy"))
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(not session.read_only)
        self.message = QLabel()
        self.message.setObjectName("policyMessage")
        self.message.setWordWrap(True)
        self.permission_note = QLabel()
        self.permission_note.setObjectName("policyPermissionNote")
        self.permission_note.setWordWrap(True)
        self.permission_note.setStyleSheet("color: #5c4400;")
        self.permission_note.hide()
        self.confirm: QMessageBox | None = None
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Mode:")))
        row.addWidget(self.mode, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.add_step)
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.permission_note)
        lay.addLayout(row)
        lay.addLayout(self.steps_box)
        lay.addLayout(bottom)
        lay.addWidget(self.message)
        lay.addStretch(1)
        self.reload()

    def reload(self) -> None:
        ops.run(self, self.session, _load).success(self._show)

    def is_manager(self) -> bool:
        return any(p.id == self.actor.id and p.has(Role.MANAGER) for p in self.profiles)

    def _sync_permission(self) -> None:
        """Only a manager changes the policy (the service refuses others); say so here."""
        allowed = self.is_manager() and not self.session.read_only
        for widget in (self.mode, self.add_step, self.save_button):
            widget.setEnabled(allowed)
        for editor in self.steps:
            editor.setEnabled(allowed)
        why = "" if allowed else (self.tr("This file is open read-only.") if self.session.read_only
                                  else self.tr("Only a practice manager changes the review "
                                               "policy."))
        for widget in (self.mode, self.save_button):
            widget.setToolTip(why)
        self.permission_note.setText(why)
        self.permission_note.setVisible(bool(why))

    def _show(self, loaded: tuple[ReviewPolicy, list]) -> None:
        policy, self.profiles = loaded
        for editor in self.steps:
            editor.deleteLater()
        self.steps = []
        self.mode.blockSignals(True)
        self.mode.setCurrentIndex(self.mode.findData(policy.mode.value))
        self.mode.blockSignals(False)
        for step in policy.steps:
            self._add_step(step)
        self._mode_changed()
        self._sync_permission()

    def refresh_profiles(self) -> None:
        """New or changed profiles: rebuild the reviewer choices, keeping unsaved choices."""
        ops.run(self, self.session, programme_service.profiles).success(self._profiles_loaded)

    def _profiles_loaded(self, profiles: list) -> None:
        steps = [editor.step() for editor in self.steps]
        self.profiles = profiles
        for editor in self.steps:
            editor.deleteLater()
        self.steps = []
        for step in steps:
            self._add_step(step)
        self._mode_changed()
        self._sync_permission()

    def _add_step(self, step: ReviewStep | None) -> None:
        editor = StepEditor(len(self.steps) + 1, self.profiles, step)
        editor.remove_requested.connect(self._remove_step)
        self.steps.append(editor)
        self.steps_box.addWidget(editor)
        self._mode_changed()

    def _remove_step(self, editor: StepEditor) -> None:
        self.steps.remove(editor)
        editor.deleteLater()
        self._mode_changed()

    def _mode_changed(self) -> None:
        mode = ReviewMode(self.mode.currentData())
        single = mode in (ReviewMode.OPTIONAL, ReviewMode.REQUIRED)
        if (single or mode is ReviewMode.MULTI_STEP) and not self.steps:
            self._add_step(None)
            return
        while single and len(self.steps) > 1:
            self._remove_step(self.steps[-1])
        self.add_step.setVisible(mode is ReviewMode.MULTI_STEP)
        for editor in self.steps:
            editor.remove.setVisible(mode is ReviewMode.MULTI_STEP and len(self.steps) > 1)
            editor.rule.setEnabled(mode is ReviewMode.MULTI_STEP)
            editor.setVisible(mode is not ReviewMode.NONE)

    def policy(self) -> ReviewPolicy:
        mode = ReviewMode(self.mode.currentData())
        steps = [e.step() for e in self.steps]
        if mode is ReviewMode.NONE:
            return ReviewPolicy.none()
        if mode is ReviewMode.OPTIONAL:
            return ReviewPolicy.optional(steps[0].reviewer_ids)
        if mode is ReviewMode.REQUIRED:
            return ReviewPolicy.required(steps[0].reviewer_ids)
        return ReviewPolicy.multi_step(*steps)

    def save(self) -> None:
        try:
            policy = self.policy()
        except PolicyError:
            self.message.setText(self.tr("Each mode with review needs at least one step."))
            return
        if policy.mode is not ReviewMode.NONE and any(not s.reviewer_ids for s in policy.steps):
            self.message.setStyleSheet("color: #b00020;")
            self.message.setText(self.tr("Every review step needs at least one reviewer."))
            return
        if policy.mode is ReviewMode.NONE:
            self._confirm_no_review(policy)
            return
        self._store(policy, False)

    def _confirm_no_review(self, policy: ReviewPolicy) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Switch review off?"), self.tr(
            "Without review, a draft counts as approved as soon as its author submits it: no "
            "doctor reads it before it is posted. Only the checker and the author's own checklist "
            "stand between a draft and the public, and block findings can then only be removed "
            "by changing the text.\n\nThe Drafts list marks such posts “approved without "
            "review”. Switch review off?"),
            QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("confirmNoReview")
        off = box.addButton(self.tr("Switch review off"), QMessageBox.ButtonRole.DestructiveRole)
        off.setObjectName("confirmNoReviewButton")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _r: self._store(policy, True)
                             if box.clickedButton() is off else None)
        self.confirm = box
        box.open()

    def _store(self, policy: ReviewPolicy, confirmed: bool) -> None:
        def failed(exc: BaseException) -> None:
            self.message.setStyleSheet("color: #b00020;")
            self.message.setText(error_text(exc))

        ops.run(self, self.session, set_review_policy, self.actor, policy,
                confirm_no_review=confirmed).success(lambda _r: self._saved()).failure(failed)

    def _saved(self) -> None:
        self.message.setStyleSheet("color: #1b5e20;")
        self.message.setText(self.tr("Review policy saved."))
        self.changed.emit("review_policy")
