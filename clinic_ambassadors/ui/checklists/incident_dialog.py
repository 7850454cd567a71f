"""'Report an incident': title, severity, what happened, and whether to hold scheduled posts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from clinic_ambassadors.core.ambassadors import AmbassadorFilter, AmbassadorStatus
from clinic_ambassadors.services import ambassadors as ambassador_service
from clinic_ambassadors.services import incidents
from clinic_ambassadors.services.incidents import PauseScope, Severity
from clinic_ambassadors.services.session import Session
from clinic_ambassadors.storage.audit import Actor
from clinic_ambassadors.ui import ops
from clinic_ambassadors.ui.checklists.texts import error_text


def severity_label(value: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        "low": QCoreApplication.translate("Incidents", "Low"),
        "medium": QCoreApplication.translate("Incidents", "Medium"),
        "high": QCoreApplication.translate("Incidents", "High"),
    }.get(value, value)


def _ambassadors(pf: Any) -> list[tuple[str, str]]:
    people = ambassador_service.page(pf, AmbassadorFilter(statuses=frozenset(
        s for s in AmbassadorStatus if s is not AmbassadorStatus.ALUMNI)), 0, 10_000)
    return [(a.id, a.name) for a in people]


class ReportIncidentDialog(QDialog):
    """Creates the incident with its crisis checklist; optionally pauses scheduled posts."""

    reported = Signal(object)  # IncidentRecord

    def __init__(self, session: Session, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportIncidentDialog")
        self.setWindowTitle(self.tr("Report an incident"))
        self.setMinimumWidth(520)
        self.session, self.actor = session, actor
        intro = QLabel(self.tr("Stay calm and factual. The crisis checklist starts now and shows "
                               "what to do in the first hour, within 2–6 hours, within 24–72 "
                               "hours and afterwards. Never discuss patient details in public."))
        intro.setWordWrap(True)
        self.title = QLineEdit()
        self.title.setObjectName("incidentTitle")
        self.title.setAccessibleName(self.tr("What happened (short title)"))
        self.title.setPlaceholderText(self.tr("e.g. Angry comments under the Instagram post"))
        self.severity = QComboBox()
        self.severity.setObjectName("incidentSeverity")
        self.severity.setAccessibleName(self.tr("Severity"))
        for value in Severity:
            self.severity.addItem(severity_label(value.value), value.value)
        self.severity.setCurrentIndex(1)
        self.description = QPlainTextEdit()
        self.description.setObjectName("incidentDescription")
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setPlaceholderText(self.tr("Where, since when, links – no patient data."))
        self.description.setMaximumHeight(110)
        self.pause = QComboBox()
        self.pause.setObjectName("incidentPauseScope")
        self.pause.setAccessibleName(self.tr("Hold scheduled posts"))
        self.pause.addItem(self.tr("Do not hold any posts"), PauseScope.NONE.value)
        self.pause.addItem(self.tr("Hold all scheduled posts of the programme"),
                           PauseScope.PROGRAMME.value)
        self.pause.addItem(self.tr("Hold the scheduled posts of one ambassador"),
                           PauseScope.AMBASSADOR.value)
        # In a crisis the safer default is to hold everything that is scheduled.
        self.pause.setCurrentIndex(self.pause.findData(PauseScope.PROGRAMME.value))
        self.ambassador = QComboBox()
        self.ambassador.setObjectName("incidentAmbassador")
        self.ambassador.setAccessibleName(self.tr("Ambassador"))
        self.ambassador.setEnabled(False)
        self.pause_info = QLabel()
        self.pause_info.setObjectName("incidentPauseInfo")
        self.pause_info.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("incidentError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setVisible(False)

        form = QFormLayout()
        form.addRow(self.tr("&What happened:"), self.title)
        form.addRow(self.tr("&Severity:"), self.severity)
        form.addRow(self.tr("&Details:"), self.description)
        form.addRow(self.tr("&Posts:"), self.pause)
        form.addRow(self.tr("A&mbassador:"), self.ambassador)
        form.addRow("", self.pause_info)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(self.tr("Start crisis mode"),
                                         QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("reportIncidentOk")
        self.ok.setAccessibleName(self.tr("Start crisis mode"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName(
            "reportIncidentCancel")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.pause.currentIndexChanged.connect(lambda _i: self._scope_changed())
        self.ambassador.currentIndexChanged.connect(lambda _i: self._update_count())
        ops.run(self, session, _ambassadors).success(self._fill_ambassadors)

    def _fill_ambassadors(self, people: list[tuple[str, str]]) -> None:
        for amb_id, name in people:
            self.ambassador.addItem(name, amb_id)

    def _scope_changed(self) -> None:
        self.ambassador.setEnabled(self.pause.currentData() == PauseScope.AMBASSADOR.value)
        self._update_count()

    def _update_count(self) -> None:
        scope = self.pause.currentData()
        if scope == PauseScope.NONE.value:
            self.pause_info.setText("")
            return
        amb_id = self.ambassador.currentData() if scope == PauseScope.AMBASSADOR.value else None
        if scope == PauseScope.AMBASSADOR.value and amb_id is None:
            self.pause_info.setText("")
            return
        ops.run(self, self.session, incidents.scheduled_count, amb_id).success(
            lambda n: self.pause_info.setText(self.tr(
                "%n scheduled post(s) will be held until the incident is closed.", "", n)))

    def submit(self) -> None:
        scope = self.pause.currentData()
        self.ok.setEnabled(False)
        ops.run(self, self.session, incidents.report_incident, self.actor, self.title.text(),
                severity=self.severity.currentData(),
                description=self.description.toPlainText(),
                ambassador_id=self.ambassador.currentData()
                if scope == PauseScope.AMBASSADOR.value else None,
                pause_scope=scope).success(self._done).failure(self._failed)

    def _done(self, rec: Any) -> None:
        self.reported.emit(rec)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ok.setEnabled(True)
        self.error.setText(error_text(exc))
        self.error.setVisible(True)


def report_incident(window: Any) -> ReportIncidentDialog | None:
    """The File/Tools menu action and the Programme page button: open the dialog; when an
    incident was reported, show it in the Programme page's crisis tab."""
    if window.session.read_only:
        from clinic_ambassadors.storage.errors import ReadOnlyFile
        from clinic_ambassadors.ui.messages import show_error

        show_error(window, ReadOnlyFile())
        return None
    dialog = ReportIncidentDialog(window.session, window.actor, window)

    def shown(rec: Any) -> None:
        if hasattr(window, "changed"):
            window.changed.emit("incidents")
        pages = getattr(window, "pages", {})
        page = pages.get("programme") if isinstance(pages, dict) else None
        if page is not None and hasattr(page, "show_incident"):
            window.show_page("programme")
            page.show_incident(rec.id)

    dialog.reported.connect(shown)
    dialog.open()
    return dialog
