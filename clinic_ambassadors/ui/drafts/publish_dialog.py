"""Mark as published: network, address and date of the post, plus the tracking link to paste.

The careers-page address is asked for here and remembered in the programme settings;
the tracking link is rebuilt on the writer thread whenever network or address change.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinic_ambassadors.core.posts import CHANNEL_LIMITS, DraftRecord
from clinic_ambassadors.services import careers
from clinic_ambassadors.services.session import Session
from clinic_ambassadors.storage.audit import Actor
from clinic_ambassadors.ui import ops
from clinic_ambassadors.ui.drafts.model import channel_name
from clinic_ambassadors.ui.messages import error_text


class PublishDialog(QDialog):
    published = Signal(object)  # DraftRecord

    def __init__(self, session: Session, actor: Actor, record: DraftRecord, careers_url: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("publishDialog")
        self.setWindowTitle(self.tr("Mark as published"))
        self.setMinimumWidth(560)
        self._session, self._actor, self._record = session, actor, record
        self.tracking = ""

        self.network = QComboBox()
        self.network.setObjectName("publishNetwork")
        self.network.setAccessibleName(self.tr("Network"))
        codes = list(record.channels) + [c for c in CHANNEL_LIMITS if c not in record.channels]
        for code in codes:
            self.network.addItem(channel_name(code), code)
        self.url = QLineEdit()
        self.url.setObjectName("publishUrl")
        self.url.setAccessibleName(self.tr("Address of the post"))
        self.url.setPlaceholderText("https://www.linkedin.com/posts/…")
        self.published_on = QDateEdit(QDate.currentDate())
        self.published_on.setObjectName("publishDate")
        self.published_on.setAccessibleName(self.tr("Date of publication"))
        self.published_on.setCalendarPopup(True)
        self.published_on.setDisplayFormat("dd.MM.yyyy")
        self.careers_url = QLineEdit(careers_url)
        self.careers_url.setObjectName("careersUrl")
        self.careers_url.setAccessibleName(self.tr("Careers page of the practice"))
        self.careers_url.setPlaceholderText("https://www.praxis-am-markt.de/karriere")
        self.careers_url.setToolTip(self.tr("Remembered for the whole programme."))
        self.tracking_edit = QLineEdit()
        self.tracking_edit.setObjectName("trackingLink")
        self.tracking_edit.setAccessibleName(self.tr("Tracking link"))
        self.tracking_edit.setReadOnly(True)
        self.tracking_edit.setPlaceholderText(self.tr("Enter the careers page to get a link"))
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setObjectName("copyTrackingLink")
        self.copy_button.setAccessibleName(self.tr("Copy tracking link"))
        hint = QLabel(self.tr("Put this link into your post (or your profile) so applications "
                              "can be traced back to it."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        self.message = QLabel()
        self.message.setObjectName("publishMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b71c1c;")
        self.message.hide()

        link_row = QHBoxLayout()
        link_row.addWidget(self.tracking_edit, 1)
        link_row.addWidget(self.copy_button)
        form = QFormLayout()
        form.addRow(self.tr("&Network:"), self.network)
        form.addRow(self.tr("Address of the &post:"), self.url)
        form.addRow(self.tr("Published &on:"), self.published_on)
        form.addRow(self.tr("&Careers page:"), self.careers_url)
        form.addRow(self.tr("Tracking link:"), link_row)
        for label_widget in (self.network, self.url, self.published_on, self.careers_url):
            label = form.labelForField(label_widget)
            if isinstance(label, QLabel):
                label.setBuddy(label_widget)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                        QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("publishButtons")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Mark as published"))
        ok.setObjectName("publishOk")
        ok.setAccessibleName(self.tr("Mark as published"))
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(hint)
        lay.addWidget(self.message)
        lay.addWidget(self.buttons)

        self._link_timer = QTimer(self)
        self._link_timer.setSingleShot(True)
        self._link_timer.setInterval(250)
        self._link_timer.timeout.connect(self.update_link)
        self.network.currentIndexChanged.connect(lambda _i: self._link_timer.start())
        self.careers_url.textChanged.connect(lambda _t: self._link_timer.start())
        self.copy_button.clicked.connect(self.copy_link)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.update_link()

    def update_link(self) -> None:
        ops.run(self, self._session, careers.tracking_preview, self._record.id,
                self.careers_url.text(), self.network.currentData() or "").success(self._set_link)

    def _set_link(self, link: str) -> None:
        self.tracking = link
        self.tracking_edit.setText(link)
        self.copy_button.setEnabled(bool(link))

    def copy_link(self) -> None:
        if self.tracking:
            QGuiApplication.clipboard().setText(self.tracking)

    def submit(self) -> None:
        self.message.hide()
        qd = self.published_on.date()
        ops.run(self, self._session, careers.record_publication, self._actor, self._record.id,
                network=self.network.currentData() or "", url=self.url.text().strip(),
                published_on=date(qd.year(), qd.month(), qd.day()),
                base_url=self.careers_url.text()).success(self._done).failure(self._failed)

    def _done(self, result: tuple[DraftRecord, str]) -> None:
        rec, link = result
        self._set_link(link)
        self.published.emit(rec)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(error_text(exc))
        self.message.show()
