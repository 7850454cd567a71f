"""The editable fields of a draft besides its text: channels, topic, vacancy, planned date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QWidget,
)

from clinic_ambassadors.core.posts import CHANNEL_LIMITS, DraftRecord, Vacancy, char_counts
from clinic_ambassadors.ui.drafts.model import channel_name


class DraftFields(QWidget):
    """``edited`` fires on every change the user makes (not on ``set_record``)."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftFields")
        self._quiet = False
        self.channel_boxes: dict[str, QCheckBox] = {}
        channels = QHBoxLayout()
        channels.setContentsMargins(0, 0, 0, 0)
        for code in CHANNEL_LIMITS:
            box = QCheckBox(channel_name(code))
            box.setObjectName(f"channel_{code}")
            box.setAccessibleName(self.tr("Channel {0}").format(channel_name(code)))
            box.toggled.connect(self._changed)
            self.channel_boxes[code] = box
            channels.addWidget(box)
        channels.addStretch(1)
        self.topic = QComboBox()
        self.topic.setObjectName("topicEdit")
        self.topic.setAccessibleName(self.tr("Topic"))
        self.topic.setEditable(True)
        self.topic.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.topic.editTextChanged.connect(self._changed)
        self.vacancy = QComboBox()
        self.vacancy.setObjectName("vacancyCombo")
        self.vacancy.setAccessibleName(self.tr("Linked vacancy"))
        self.vacancy.addItem(self.tr("No vacancy"), None)
        self.vacancy.currentIndexChanged.connect(self._changed)
        self.has_date = QCheckBox(self.tr("Planned for"))
        self.has_date.setObjectName("hasPlannedDate")
        self.has_date.setAccessibleName(self.tr("Has a planned date"))
        self.planned = QDateEdit(QDate.currentDate())
        self.planned.setObjectName("plannedDate")
        self.planned.setAccessibleName(self.tr("Planned date"))
        self.planned.setCalendarPopup(True)
        self.planned.setDisplayFormat("dd.MM.yyyy")
        self.planned.setEnabled(False)
        self.has_date.toggled.connect(self.planned.setEnabled)
        self.has_date.toggled.connect(self._changed)
        self.planned.dateChanged.connect(self._changed)
        date_row = QHBoxLayout()
        date_row.setContentsMargins(0, 0, 0, 0)
        date_row.addWidget(self.has_date)
        date_row.addWidget(self.planned)
        date_row.addStretch(1)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Channels:"), channels)
        topic_row = QHBoxLayout()
        topic_row.setContentsMargins(0, 0, 0, 0)
        topic_row.addWidget(self.topic, 1)
        topic_row.addWidget(self.vacancy, 1)
        form.addRow(self.tr("Topic / vacancy:"), topic_row)
        form.addRow(self.tr("Date:"), date_row)

    def _changed(self, *_args: object) -> None:
        if not self._quiet:
            self.edited.emit()

    def set_choices(self, topics: tuple[str, ...], vacancies: tuple[Vacancy, ...]) -> None:
        self._quiet = True
        topic, vacancy = self.topic.currentText(), self.vacancy.currentData()
        self.topic.clear()
        self.topic.addItems(list(topics))
        self.topic.setEditText(topic)
        while self.vacancy.count() > 1:
            self.vacancy.removeItem(1)
        for v in vacancies:
            self.vacancy.addItem(v.title + (f" ({v.department})" if v.department else ""), v.id)
        self.vacancy.setCurrentIndex(max(self.vacancy.findData(vacancy), 0) if vacancy else 0)
        self._quiet = False

    def set_record(self, rec: DraftRecord) -> None:
        self._quiet = True
        for code, box in self.channel_boxes.items():
            box.setChecked(code in rec.channels)
        self.topic.setEditText(rec.topic)
        if rec.vacancy_id and self.vacancy.findData(rec.vacancy_id) < 0:
            self.vacancy.addItem(self.tr("(vacancy)"), rec.vacancy_id)
        self.vacancy.setCurrentIndex(max(self.vacancy.findData(rec.vacancy_id), 0)
                                     if rec.vacancy_id else 0)
        self.has_date.setChecked(rec.planned_date is not None)
        if rec.planned_date:
            d = rec.planned_date
            self.planned.setDate(QDate(d.year, d.month, d.day))
        self._quiet = False

    def set_editable(self, editable: bool) -> None:
        for w in (*self.channel_boxes.values(), self.topic, self.vacancy, self.has_date):
            w.setEnabled(editable)
        self.planned.setEnabled(editable and self.has_date.isChecked())

    def channels(self) -> tuple[str, ...]:
        return tuple(c for c, box in self.channel_boxes.items() if box.isChecked())

    def planned_date(self) -> date | None:
        if not self.has_date.isChecked():
            return None
        qd = self.planned.date()
        return date(qd.year(), qd.month(), qd.day())

    def values(self) -> dict[str, object]:
        return {"topic": self.topic.currentText().strip(), "channels": self.channels(),
                "vacancy_id": self.vacancy.currentData(), "planned_date": self.planned_date()}


def count_html(text: str, channels: tuple[str, ...]) -> str:
    """'LinkedIn 120 / 3.000 · X 120 / 280' with channels over their limit in red."""
    loc = QLocale()
    counts = char_counts(text, channels)
    if not counts:
        return QLocale().toString(len(text)) + " " + QCoreApplication.translate("DraftFields", "characters")
    parts = []
    for code, (n, limit) in counts.items():
        piece = f"{channel_name(code)} {loc.toString(n)} / {loc.toString(limit)}"
        if n > limit:
            piece = f"<span style='color:#c62828; font-weight:600'>{piece} ⚠</span>"
        parts.append(piece)
    return " · ".join(parts)
