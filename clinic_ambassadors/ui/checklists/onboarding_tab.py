"""Onboarding: people in onboarding with their open items, and "Set active" through the gate."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from clinic_ambassadors.core.checklists import Kind
from clinic_ambassadors.services import onboarding
from clinic_ambassadors.services.session import Session
from clinic_ambassadors.storage.audit import Actor
from clinic_ambassadors.ui import ops
from clinic_ambassadors.ui.checklists.panel import ChecklistPanel
from clinic_ambassadors.ui.checklists.texts import error_text


class OnboardingTab(QWidget):
    """Left: ambassadors in onboarding (done/required). Right: their checklist."""

    changed = Signal(str)

    def __init__(self, session: Session, actor: Actor, roles: Iterable[Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("onboardingTab")
        self.session, self.actor, self.roles = session, actor, list(roles)
        self.panel: ChecklistPanel | None = None
        self.people = QListWidget()
        self.people.setObjectName("onboardingList")
        self.people.setAccessibleName(self.tr("Ambassadors in onboarding"))
        self.people.setMinimumWidth(220)
        self.people.currentItemChanged.connect(lambda cur, _prev: self._select(cur))
        self.empty = QLabel(self.tr("Nobody is in onboarding. Set an ambassador's status to "
                                    "“Onboarding” on the Ambassadors page to start their "
                                    "checklist."))
        self.empty.setObjectName("onboardingEmpty")
        self.empty.setWordWrap(True)
        self.activate_button = QPushButton(self.tr("Set &active"))
        self.activate_button.setObjectName("activateButton")
        self.activate_button.setAccessibleName(self.tr("Set active"))
        self.activate_button.setToolTip(self.tr("Possible once every required onboarding item "
                                                "is ticked."))
        self.activate_button.setEnabled(False)
        self.activate_button.clicked.connect(self.activate)
        self.message = QLabel()
        self.message.setObjectName("onboardingMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.right = QWidget()
        self.right_layout = QVBoxLayout(self.right)
        self.right_layout.setContentsMargins(8, 0, 0, 0)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.activate_button, 0, Qt.AlignmentFlag.AlignTop)
        self.right_layout.addLayout(bottom)

        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        left_lay.addWidget(self.people)
        left_lay.addWidget(self.empty)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.right)
        split.setStretchFactor(1, 1)
        split.setSizes([260, 700])
        lay = QVBoxLayout(self)
        lay.addWidget(split)
        self.reload()

    def reload(self) -> None:
        ops.run(self, self.session, onboarding.in_onboarding).success(self._show_people)

    def _show_people(self, rows: list) -> None:
        current = self.current_id()
        self.people.blockSignals(True)
        self.people.clear()
        for amb, (done, total) in rows:
            item = QListWidgetItem(self.tr("{0} – {1} of {2}").format(amb.name, done, total))
            item.setData(Qt.ItemDataRole.UserRole, amb.id)
            item.setToolTip(self.tr("{0} of {1} required items ticked").format(done, total))
            self.people.addItem(item)
        self.people.blockSignals(False)
        self.empty.setVisible(not rows)
        self.people.setVisible(bool(rows))
        ids = [r[0].id for r in rows]
        if current in ids:
            self.people.setCurrentRow(ids.index(current))
        elif rows:
            self.people.setCurrentRow(0)
        else:
            self._select(None)

    def current_id(self) -> str | None:
        item = self.people.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def show_ambassador(self, ambassador_id: str) -> None:
        for row in range(self.people.count()):
            if self.people.item(row).data(Qt.ItemDataRole.UserRole) == ambassador_id:
                self.people.setCurrentRow(row)
                return

    def _select(self, item: QListWidgetItem | None) -> None:
        amb_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if self.panel is not None and self.panel.entity_id == amb_id:
            return
        if self.panel is not None:
            self.panel.deleteLater()
            self.panel = None
        manager = "manager" in {getattr(r, "value", r) for r in self.roles}
        self.activate_button.setEnabled(amb_id is not None and not self.session.read_only
                                        and manager)
        self.activate_button.setToolTip(
            self.tr("Possible once every required onboarding item is ticked.") if manager else
            self.tr("Only a practice manager sets an ambassador active."))
        if amb_id is None:
            return
        self.panel = ChecklistPanel(self.session, self.actor, self.roles,
                                    kind=Kind.AMBASSADOR_ONBOARDING, entity_id=amb_id)
        self.panel.changed.connect(lambda _i: (self.reload(), self.changed.emit("checklists")))
        self.right_layout.insertWidget(0, self.panel, 1)

    def activate(self) -> None:
        amb_id = self.current_id()
        if amb_id is None:
            return
        self.activate_button.setEnabled(False)
        self.message.setText("")
        ops.run(self, self.session, onboarding.activate, self.actor, amb_id).success(
            self._activated).failure(self._refused)

    def _activated(self, amb: Any) -> None:
        self.message.setStyleSheet("color: #1b5e20;")
        self.message.setText(self.tr("{0} is now active.").format(amb.name))
        self.changed.emit("ambassadors")
        self.reload()

    def _refused(self, exc: BaseException) -> None:
        self.activate_button.setEnabled(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.setText(error_text(exc))
