"""The editable fields of a draft besides its text (channels, topic, vacancy, planned date),
and the short dialog that asks for title, ambassador and channels before a draft exists."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from clinic_ambassadors.core.posts import CHANNEL_LIMITS, DraftRecord, Vacancy, char_counts
from clinic_ambassadors.ui.drafts.model import channel_name


#: Title and text: boxed where they can be edited, flat and grey where they cannot.
TITLE_STYLE = "font-size: 16px; font-weight: 600; padding: 3px;"
TITLE_READ_ONLY = TITLE_STYLE + " border: none; background: transparent; color: #333;"
TEXT_STYLE = "font-size: 14px;"
TEXT_READ_ONLY = TEXT_STYLE + " background: #f3f4f6; color: #333;"


def show_editable(title: QLineEdit, text: QPlainTextEdit, editable: bool) -> None:
    """Read-only must look read-only, or people type into a field that ignores them."""
    title.setReadOnly(not editable)
    title.setStyleSheet(TITLE_STYLE if editable else TITLE_READ_ONLY)
    title.setFocusPolicy(Qt.FocusPolicy.StrongFocus if editable else Qt.FocusPolicy.ClickFocus)
    if not editable:
        title.setCursorPosition(0)  # readers see the start of a long title
    text.setReadOnly(not editable)
    text.setStyleSheet(TEXT_STYLE if editable else TEXT_READ_ONLY)


def note_label(name: str, accessible: str, style: str = "", hidden: bool = False) -> QLabel:
    """A word-wrapped line of information (``hidden`` until there is something to say)."""
    label = QLabel()
    label.setObjectName(name)
    label.setAccessibleName(accessible)
    label.setWordWrap(True)
    if style:
        label.setStyleSheet(style)
    if hidden:
        label.hide()
    return label


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


class NewDraftDialog(QDialog):
    """Title, ambassador and channels first: a draft is only stored once it has a real title.

    ``chosen(ambassador_id, title, channels)`` fires on OK with valid input; the page creates
    the draft and closes the dialog (or shows the service's refusal in it).
    """

    chosen = Signal(str, str, tuple)

    def __init__(self, ambassadors: list[tuple[str, str]], default: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newDraftDialog")
        self.setWindowTitle(self.tr("New draft"))
        self.title = QLineEdit()
        self.title.setObjectName("newDraftTitle")
        self.title.setAccessibleName(self.tr("Title"))
        self.title.setPlaceholderText(self.tr("What is the post about? (required)"))
        self.ambassador = QComboBox()
        self.ambassador.setObjectName("newDraftAmbassador")
        self.ambassador.setAccessibleName(self.tr("For whom"))
        if default is None and len(ambassadors) > 1:
            self.ambassador.addItem(self.tr("Choose an ambassador …"), None)
        for amb_id, name in ambassadors:
            self.ambassador.addItem(name, amb_id)
        if default is not None:
            self.ambassador.setCurrentIndex(max(self.ambassador.findData(default), 0))
        self.ambassador.setEnabled(len(ambassadors) > 1)
        self.channel_boxes: dict[str, QCheckBox] = {}
        channels = QHBoxLayout()
        channels.setContentsMargins(0, 0, 0, 0)
        for code in CHANNEL_LIMITS:
            box = QCheckBox(channel_name(code))
            box.setObjectName(f"newDraftChannel_{code}")
            box.setAccessibleName(self.tr("Channel {0}").format(channel_name(code)))
            self.channel_boxes[code] = box
            channels.addWidget(box)
        channels.addStretch(1)
        self.message = QLabel()
        self.message.setObjectName("newDraftMessage")
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #8c1b1b;")
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("newDraftButtons")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create draft"))
        ok.setObjectName("newDraftOk")
        ok.setAccessibleName(self.tr("Create draft"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("newDraftCancel")
        cancel.setAccessibleName(cancel.text().replace("&", ""))
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("For:"), self.ambassador)
        form.addRow(self.tr("Channels:"), channels)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addWidget(self.buttons)
        self.title.setFocus()

    def channels(self) -> tuple[str, ...]:
        return tuple(c for c, box in self.channel_boxes.items() if box.isChecked())

    def confirm(self) -> None:
        """Check the input here, so the person sees what is missing before anything is stored."""
        title = self.title.text().strip()
        if not title:
            self.show_error(self.tr("Please give the draft a title."))
            self.title.setFocus()
            return
        amb = self.ambassador.currentData()
        if amb is None:
            self.show_error(self.tr("Please choose the ambassador this draft is for."))
            self.ambassador.setFocus()
            return
        self.buttons.setEnabled(False)  # one draft per click, even on a slow disk
        self.chosen.emit(amb, title, self.channels())

    def show_error(self, text: str) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(text)
        self.message.show()
