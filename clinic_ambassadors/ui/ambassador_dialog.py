"""Add or edit an ambassador. Invalid input is explained and nothing is saved."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clinic_ambassadors.core.ambassadors import (
    Ambassador,
    AmbassadorStatus,
    Channel,
    Consent,
    ConsentKind,
    JobRole,
    Network,
    validate_ambassador,
)
from clinic_ambassadors.services import ambassadors as service
from clinic_ambassadors.services import profiles as profiles_service
from clinic_ambassadors.services.session import Session
from clinic_ambassadors.storage.audit import Actor
from clinic_ambassadors.ui import ops
from clinic_ambassadors.ui.labels import job_role_label, network_label, status_label
from clinic_ambassadors.ui.messages import error_text, problem_text


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class ConsentEditor(QWidget):
    """Signed yes/no, version, date signed and an optional withdrawal date."""

    def __init__(self, kind: ConsentKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.signed = QCheckBox(self.tr("Signed"))
        self.version = QLineEdit()
        self.version.setPlaceholderText(self.tr("Version"))
        self.version.setToolTip(self.tr("Version of the signed form, e.g. 2025-1"))
        self.version.setMaximumWidth(120)
        self.signed_on = QDateEdit(_qdate(date.today()))
        self.signed_on.setCalendarPopup(True)
        self.withdrawn = QCheckBox(self.tr("Withdrawn on"))
        self.withdrawn_on = QDateEdit(_qdate(date.today()))
        self.withdrawn_on.setCalendarPopup(True)
        for w, name in ((self.signed, "signed"), (self.version, "version"),
                        (self.signed_on, "signedOn"), (self.withdrawn, "withdrawn"),
                        (self.withdrawn_on, "withdrawnOn")):
            w.setObjectName(f"{kind.value}_{name}")
            w.setAccessibleName(f"{kind.value} {name}")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        for w in (self.signed, self.version, self.signed_on, self.withdrawn, self.withdrawn_on):
            lay.addWidget(w)
        lay.addStretch()
        self.signed.toggled.connect(self._sync)
        self.withdrawn.toggled.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        on = self.signed.isChecked()
        for w in (self.version, self.signed_on, self.withdrawn):
            w.setEnabled(on)
        self.withdrawn_on.setEnabled(on and self.withdrawn.isChecked())

    def set_consent(self, consent: Consent | None) -> None:
        self.signed.setChecked(consent is not None)
        if consent:
            self.version.setText(consent.version)
            self.signed_on.setDate(_qdate(consent.signed_on))
            self.withdrawn.setChecked(consent.withdrawn_on is not None)
            if consent.withdrawn_on:
                self.withdrawn_on.setDate(_qdate(consent.withdrawn_on))
        self._sync()

    def consent(self) -> Consent | None:
        if not self.signed.isChecked():
            return None
        return Consent(self.kind, self.version.text().strip(), _pydate(self.signed_on.date()),
                       _pydate(self.withdrawn_on.date()) if self.withdrawn.isChecked() else None)


class AmbassadorDialog(QDialog):
    saved = Signal(object)

    def __init__(self, session: Session, actor: Actor, ambassador: Ambassador | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ambassadorDialog")
        self._session, self._actor = session, actor
        self._original = ambassador
        self.setWindowTitle(self.tr("Edit ambassador") if ambassador else self.tr("New ambassador"))
        self.setMinimumWidth(640)

        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #a40000; font-weight: 600;")
        self.error_label.hide()

        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.job_role = QComboBox()
        for role in JobRole:
            self.job_role.addItem(job_role_label(role), role.value)
        self.department = QLineEdit()
        self.email = QLineEdit()
        self.email.setPlaceholderText("name@praxis.de")
        self.status = QComboBox()
        for st in AmbassadorStatus:
            self.status.addItem(status_label(st), st.value)
        if ambassador is None or ambassador.status not in (AmbassadorStatus.ACTIVE,
                                                           AmbassadorStatus.PAUSED):
            # "Active" only through the onboarding gate (Programme > Onboarding > Set active)
            self._disable_status(AmbassadorStatus.ACTIVE, self.tr(
                "Set active on Programme > Onboarding once the onboarding items are ticked."))
            self._disable_status(AmbassadorStatus.PAUSED, self.tr(
                "Only an active ambassador can pause."))
            self.status.setToolTip(self.tr("New people start as candidates or in onboarding; "
                                           "a practice manager sets them active once their "
                                           "onboarding is complete."))
        if ambassador is None:
            self.status.setCurrentIndex(self.status.findData(
                AmbassadorStatus.ONBOARDING.value))
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, 80)
        self.hours.setSingleStep(0.5)
        self.hours.setSuffix(self.tr(" h/month"))
        self.hours.setValue(2.0)
        self.cadence = QSpinBox()
        self.cadence.setRange(0, 100)
        self.cadence.setSuffix(self.tr(" posts/month"))
        self.cadence.setValue(2)
        self.topics = QLineEdit()
        self.topics.setPlaceholderText(self.tr("e.g. Team, Training, Jobs (comma-separated)"))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)
        for w, name, acc in (
            (self.name, "nameEdit", self.tr("Name")), (self.job_role, "jobRoleCombo", self.tr("Job role")),
            (self.department, "departmentEdit", self.tr("Department")),
            (self.email, "emailEdit", self.tr("E-mail")), (self.status, "statusCombo", self.tr("Status")),
            (self.hours, "hoursSpin", self.tr("Time budget")),
            (self.cadence, "cadenceSpin", self.tr("Posts per month")),
            (self.topics, "topicsEdit", self.tr("Topics")), (self.notes, "notesEdit", self.tr("Notes")),
        ):
            w.setObjectName(name)
            w.setAccessibleName(acc)

        form = QFormLayout()
        form.addRow(self.tr("&Name *"), self.name)
        form.addRow(self.tr("&Job role"), self.job_role)
        form.addRow(self.tr("&Department"), self.department)
        form.addRow(self.tr("&E-mail"), self.email)
        form.addRow(self.tr("&Status"), self.status)
        form.addRow(self.tr("&Time budget (working time)"), self.hours)
        form.addRow(self.tr("&Cadence target"), self.cadence)
        form.addRow(self.tr("T&opics"), self.topics)
        form.addRow(self.tr("Notes"), self.notes)

        self.channels = QTableWidget(0, 4)
        self.channels.setObjectName("channelsTable")
        self.channels.setAccessibleName(self.tr("Channels"))
        self.channels.setHorizontalHeaderLabels(
            [self.tr("Network"), self.tr("Handle"), self.tr("Profile URL"), self.tr("Followers")])
        self.channels.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.channels.verticalHeader().hide()
        self.channels.setMinimumHeight(110)
        add_ch = QPushButton(self.tr("Add channel"))
        add_ch.setObjectName("addChannelButton")
        add_ch.clicked.connect(lambda: self._add_channel_row(None))
        rm_ch = QPushButton(self.tr("Remove channel"))
        rm_ch.setObjectName("removeChannelButton")
        rm_ch.clicked.connect(self._remove_channel_row)
        ch_box = QGroupBox(self.tr("Channels"))
        ch_lay = QVBoxLayout(ch_box)
        ch_lay.addWidget(self.channels)
        row = QHBoxLayout()
        row.addWidget(add_ch)
        row.addWidget(rm_ch)
        row.addStretch()
        ch_lay.addLayout(row)

        self.participation = ConsentEditor(ConsentKind.PARTICIPATION)
        self.photo = ConsentEditor(ConsentKind.PHOTO)
        consent_box = QGroupBox(self.tr("Consents (written, voluntary)"))
        consent_form = QFormLayout(consent_box)
        consent_form.addRow(self.tr("Participation agreement"), self.participation)
        consent_form.addRow(self.tr("Photo/video consent"), self.photo)

        self.give_profile = QCheckBox(self.tr("Give this person an app &profile (to write "
                                              "drafts and tick their onboarding items)"), self)
        self.give_profile.setObjectName("giveProfileCheck")
        self.give_profile.setAccessibleName(self.tr("Give this person an app profile"))
        self.give_profile.hide()  # shown via the layout only when they have no profile yet

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("dialogButtons")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        lay = QVBoxLayout(self)
        lay.addWidget(self.error_label)
        lay.addLayout(form)
        lay.addWidget(ch_box)
        lay.addWidget(consent_box)
        if ambassador is None or not ambassador.profile_id:
            lay.addWidget(self.give_profile)
            self.give_profile.show()
        lay.addWidget(self.buttons)
        if ambassador:
            self._load(ambassador)
        self.name.setFocus()

    def _disable_status(self, status: AmbassadorStatus, why: str) -> None:
        from PySide6.QtCore import Qt

        index = self.status.findData(status.value)
        item = self.status.model().item(index)  # type: ignore[attr-defined]
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
        item.setToolTip(why)

    def _add_channel_row(self, ch: Channel | None) -> None:
        r = self.channels.rowCount()
        self.channels.insertRow(r)
        combo = QComboBox()
        combo.setAccessibleName(self.tr("Network"))
        for n in Network:
            combo.addItem(network_label(n), n.value)
        if ch:
            combo.setCurrentIndex(list(Network).index(ch.network))
        self.channels.setCellWidget(r, 0, combo)
        self.channels.setItem(r, 1, QTableWidgetItem(ch.handle if ch else ""))
        self.channels.setItem(r, 2, QTableWidgetItem(ch.url if ch else ""))
        self.channels.setItem(r, 3, QTableWidgetItem(str(ch.followers) if ch else "0"))

    def _remove_channel_row(self) -> None:
        row = self.channels.currentRow()
        if row >= 0:
            self.channels.removeRow(row)

    def _load(self, a: Ambassador) -> None:
        self.name.setText(a.name)
        self.job_role.setCurrentIndex(list(JobRole).index(a.job_role))
        self.department.setText(a.department)
        self.email.setText(a.email)
        self.status.setCurrentIndex(list(AmbassadorStatus).index(a.status))
        self.hours.setValue(a.time_budget_hours)
        self.cadence.setValue(a.cadence_target)
        self.topics.setText(", ".join(a.topics))
        self.notes.setPlainText(a.notes)
        for ch in a.channels:
            self._add_channel_row(ch)
        self.participation.set_consent(a.consent(ConsentKind.PARTICIPATION))
        self.photo.set_consent(a.consent(ConsentKind.PHOTO))

    def _channels(self) -> tuple[list[Channel], list[tuple[str, str]]]:
        result, problems = [], []
        for r in range(self.channels.rowCount()):
            combo = self.channels.cellWidget(r, 0)
            handle = (self.channels.item(r, 1) or QTableWidgetItem()).text().strip()
            url = (self.channels.item(r, 2) or QTableWidgetItem()).text().strip()
            raw = (self.channels.item(r, 3) or QTableWidgetItem("0")).text().strip()
            raw = raw.replace(".", "").replace(",", "").replace(" ", "") or "0"
            try:
                followers = int(raw)
            except ValueError:
                problems.append((f"channels.{r}.followers", "not_a_number"))
                followers = 0
            if not handle and not url and followers == 0 and combo is None:
                continue
            result.append(Channel(Network(combo.currentData()) if combo else Network.OTHER, handle, url,
                                  followers))
        return result, problems

    def ambassador(self) -> tuple[Ambassador, list[tuple[str, str]]]:
        channels, problems = self._channels()
        base = self._original
        consents = tuple(c for c in (self.participation.consent(), self.photo.consent()) if c)
        if base is not None:  # keep older consent records the form does not show
            shown = {c.kind for c in consents} | {ConsentKind.PARTICIPATION, ConsentKind.PHOTO}
            consents = tuple(c for c in base.consents if c.kind not in shown) + consents
        amb = Ambassador(
            id=base.id if base else str(uuid.uuid4()),
            name=self.name.text().strip(),
            job_role=JobRole(self.job_role.currentData()),
            department=self.department.text().strip(),
            email=self.email.text().strip(),
            status=AmbassadorStatus(self.status.currentData()),
            time_budget_hours=self.hours.value(),
            cadence_target=self.cadence.value(),
            topics=tuple(t.strip() for t in self.topics.text().split(",") if t.strip()),
            notes=self.notes.toPlainText(),
            channels=tuple(channels),
            consents=consents,
            profile_id=base.profile_id if base else None,
        )
        problems += [(p.field, p.code) for p in validate_ambassador(amb)]
        return amb, problems

    def show_problems(self, problems: list[tuple[str, str]]) -> None:
        lines = []
        for field, code in problems:
            if code == "not_a_number":
                lines.append(self.tr("Channel {0} – followers must be a whole number.")
                             .format(int(field.split(".")[1]) + 1))
            else:
                lines.append(problem_text(field, code))
        self.error_label.setText("\n".join(lines))
        self.error_label.show()
        first = problems[0][0].split(".")[0]
        target = {"name": self.name, "email": self.email, "channels": self.channels}.get(first)
        if target is not None:
            target.setFocus()

    def submit(self) -> None:
        amb, problems = self.ambassador()
        if problems:
            self.show_problems(problems)
            return
        self.buttons.setEnabled(False)
        if self.give_profile.isChecked() and not amb.profile_id:
            op = ops.run(self, self._session, profiles_service.save_with_profile, self._actor,
                         amb, True)
        else:
            op = ops.run(self, self._session, service.save, self._actor, amb)
        op.success(
            self._saved).failure(self._save_failed)

    def _saved(self, amb: Ambassador) -> None:
        self.buttons.setEnabled(True)
        self.saved.emit(amb)
        self.accept()

    def _save_failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error_label.setText(error_text(exc))
        self.error_label.show()
