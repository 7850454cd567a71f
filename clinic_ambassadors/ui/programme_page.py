"""The Programme page: setup road map, onboarding, crisis mode, templates, review policy,
checker terms. Register with ``PAGE_FACTORIES["programme"] = ProgrammePage``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clinic_ambassadors.core.checklists import Kind
from clinic_ambassadors.ui.checklists.incident_dialog import ReportIncidentDialog
from clinic_ambassadors.ui.checklists.incident_view import IncidentsView
from clinic_ambassadors.ui.checklists.onboarding_tab import OnboardingTab
from clinic_ambassadors.ui.checklists.panel import ChecklistPanel
from clinic_ambassadors.ui.checklists.policy_tab import PolicyTab
from clinic_ambassadors.ui.checklists.template_editor import TemplatesTab
from clinic_ambassadors.ui.checklists.terms_tab import TermsTab
from clinic_ambassadors.ui.profiles_tab import ProfilesTab


class ProgrammePage(QWidget):
    changed = Signal(str)

    TABS = ("roadmap", "people", "onboarding", "crisis", "checklists", "policy", "terms")

    def __init__(self, window: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programmePage")
        self.window_ = window
        session, actor = window.session, window.actor
        roles = sorted(r.value for r in window.profile.roles)
        title = QLabel(self.tr("Programme"))
        title.setObjectName("pageTitle")
        self.report_button = QPushButton(self.tr("⚠ &Report an incident"))
        self.report_button.setObjectName("reportIncidentButton")
        self.report_button.setAccessibleName(self.tr("Report an incident"))
        self.report_button.setToolTip(self.tr("Starts crisis mode: the crisis checklist against "
                                              "the clock, optionally holding scheduled posts."))
        self.report_button.setStyleSheet("QPushButton { color: #b00020; font-weight: 600; }")
        self.report_button.setEnabled(not session.read_only)
        self.report_button.clicked.connect(self.report_incident)
        head = QHBoxLayout()
        head.addWidget(title, 1)
        head.addWidget(self.report_button)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("programmeTabs")
        self.tabs.setAccessibleName(self.tr("Programme sections"))
        self.road_map = ChecklistPanel(session, actor, roles, kind=Kind.PROGRAMME_SETUP,
                                       entity_id=window.programme.id, show_next=True)
        self.road_map.setObjectName("roadMapPanel")
        self.people = ProfilesTab(window)  # announces its changes on window.changed itself
        self.onboarding = OnboardingTab(session, actor, roles)
        self.incidents = IncidentsView(session, actor, roles)
        self.templates = TemplatesTab(session, actor)
        self.policy = PolicyTab(session, actor)
        self.terms = TermsTab(session, actor)
        for widget, label in ((self.road_map, self.tr("Road map")),
                              (self.people, self.tr("People")),
                              (self.onboarding, self.tr("Onboarding")),
                              (self.incidents, self.tr("Crisis")),
                              (self.templates, self.tr("Checklists")),
                              (self.policy, self.tr("Review policy")),
                              (self.terms, self.tr("Checker terms"))):
            self.tabs.addTab(widget, label)
        for part in (self.onboarding, self.incidents, self.templates, self.policy, self.terms):
            part.changed.connect(self._forward)
        self.road_map.changed.connect(lambda _i: self._forward("checklists"))
        lay = QVBoxLayout(self)
        lay.addLayout(head)
        lay.addWidget(self.tabs, 1)
        if hasattr(window, "changed"):
            window.changed.connect(self._on_window_changed)

    def _forward(self, what: str) -> None:
        self.changed.emit(what)
        if hasattr(self.window_, "changed"):
            self.window_.changed.emit(what)

    def _on_window_changed(self, what: str) -> None:
        if what in ("ambassadors",):
            self.onboarding.reload()
            self.people.reload()
            self.policy.refresh_profiles()
        elif what == "profiles":
            self.policy.refresh_profiles()
        elif what == "incidents":
            self.incidents.reload()
        elif what == "checklists_templates":
            self.templates.reload()

    def show_tab(self, key: str) -> QWidget:
        self.tabs.setCurrentIndex(self.TABS.index(key))
        return self.tabs.currentWidget()

    def show_incident(self, incident_id: str) -> None:
        self.show_tab("crisis")
        self.incidents.show_incident(incident_id)

    def report_incident(self) -> ReportIncidentDialog:
        dialog = ReportIncidentDialog(self.window_.session, self.window_.actor, self)
        dialog.reported.connect(lambda rec: (self.show_incident(rec.id),
                                             self._forward("drafts")))
        dialog.open()
        return dialog
