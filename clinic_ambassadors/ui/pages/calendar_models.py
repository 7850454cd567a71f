"""Item models of the Calendar page: the month grid (6 weeks x 7 days) and the month's agenda."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from clinic_ambassadors.core.calendar import WEEKS_SHOWN, CalendarEntry, EntryKind, month_days
from clinic_ambassadors.core.drafts import DraftState
from clinic_ambassadors.ui.drafts.model import channel_name
from clinic_ambassadors.ui.workflow_text import state_label

Index = QModelIndex | QPersistentModelIndex
#: Marks in front of a title (DejaVu and Segoe UI both have these glyphs).
PUBLISHED_MARK, PAUSED_MARK = "✓", "‖"
EntriesRole = Qt.ItemDataRole.UserRole + 1
DateRole = Qt.ItemDataRole.UserRole + 2
InMonthRole = Qt.ItemDataRole.UserRole + 3
EntryRole = Qt.ItemDataRole.UserRole + 4

#: One colour per state (the legend names them); light tints fill the entries, the strong
#: colour marks their edge.
STATE_COLOURS: dict[DraftState, str] = {
    DraftState.IDEA: "#8a8f98",
    DraftState.DRAFT: "#5b7db1",
    DraftState.IN_REVIEW: "#c98a00",
    DraftState.CHANGES_REQUESTED: "#d2552b",
    DraftState.APPROVED: "#1f8a70",
    DraftState.SCHEDULED: "#2f6fdb",
    DraftState.PUBLISHED: "#2e7d32",
    DraftState.ARCHIVED: "#6f7f6f",
    DraftState.WITHDRAWN: "#a0a0a0",
}


def state_colour(state: DraftState) -> QColor:
    return QColor(STATE_COLOURS[state])


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def mark(entry: CalendarEntry) -> str:
    if entry.kind is EntryKind.PUBLISHED:
        return PUBLISHED_MARK + " "
    return PAUSED_MARK + " " if entry.paused else ""


def entry_line(entry: CalendarEntry) -> str:
    """'Title – Ambassador (State)', what the tooltip and screen readers say for an entry."""
    extra = state_label(entry.state)
    if entry.paused:
        extra += ", " + QCoreApplication.translate("CalendarPage", "held because of an incident")
    return f"{entry.title} – {entry.ambassador_name} ({extra})"


class MonthModel(QAbstractTableModel):
    """One cell per day; a cell's entries are in ``EntriesRole``, its date in ``DateRole``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.first = date.today().replace(day=1)
        self.days: tuple[date, ...] = month_days(self.first)
        self._by_day: dict[date, tuple[CalendarEntry, ...]] = {}
        self.today = date.today()

    def set_month(self, first: date, entries: tuple[CalendarEntry, ...] = ()) -> None:
        self.beginResetModel()
        self.first = first.replace(day=1)
        self.days = month_days(self.first)
        grouped: dict[date, list[CalendarEntry]] = {}
        for e in entries:
            grouped.setdefault(e.day, []).append(e)
        self._by_day = {d: tuple(es) for d, es in grouped.items()}
        self.today = date.today()
        self.endResetModel()

    def index_of(self, day: date) -> QModelIndex:
        if day not in self.days:
            return QModelIndex()
        i = self.days.index(day)
        return self.index(i // 7, i % 7)

    def day_at(self, index: Index) -> date | None:
        if not index.isValid():
            return None
        return self.days[index.row() * 7 + index.column()]

    def entries_on(self, day: date) -> tuple[CalendarEntry, ...]:
        return self._by_day.get(day, ())

    # --- Qt model API --------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else WEEKS_SHOWN

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else 7

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 7:
            return QLocale().dayName(section + 1, QLocale.FormatType.ShortFormat)
        if orientation == Qt.Orientation.Vertical and 0 <= section < WEEKS_SHOWN:
            return self.tr("Wk {0}").format(self.days[section * 7].isocalendar().week)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        day = self.day_at(index)
        if day is None or not (0 <= index.row() < WEEKS_SHOWN and 0 <= index.column() < 7):
            return None
        entries = self._by_day.get(day, ())
        if role == Qt.ItemDataRole.DisplayRole:
            return str(day.day)
        if role == EntriesRole:
            return entries
        if role == DateRole:
            return qdate(day)
        if role == InMonthRole:
            return day.month == self.first.month
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            when = QLocale().toString(qdate(day), QLocale.FormatType.LongFormat)
            if not entries:
                return when if role == Qt.ItemDataRole.AccessibleTextRole else None
            return "\n".join([when] + [entry_line(e) for e in entries])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        return None


class AgendaModel(QAbstractTableModel):
    """The month's entries in date order: the list view of the same month, for the keyboard."""

    COLS = 4
    COL_DATE, COL_TITLE, COL_AMBASSADOR, COL_STATE = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[CalendarEntry, ...] = ()

    def set_entries(self, entries: tuple[CalendarEntry, ...]) -> None:
        self.beginResetModel()
        self._rows = tuple(entries)
        self.endResetModel()

    def entry(self, row: int) -> CalendarEntry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows_on(self, day: date) -> list[int]:
        return [i for i, e in enumerate(self._rows) if e.day == day]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else self.COLS

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = [self.tr("Date"), self.tr("Title"), self.tr("Ambassador"), self.tr("State")]
        return names[section] if 0 <= section < self.COLS else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        e, col = self._rows[index.row()], index.column()
        if role == EntryRole:
            return e
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_DATE:
                return QLocale().toString(qdate(e.day), "ddd dd.MM.")
            if col == self.COL_TITLE:
                return mark(e) + (e.title or self.tr("(untitled)"))
            if col == self.COL_AMBASSADOR:
                return e.ambassador_name
            if col == self.COL_STATE:
                return state_label(e.state)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_TITLE:
            lines = [entry_line(e)]
            if e.channels:
                lines.append(", ".join(channel_name(c) for c in e.channels))
            if e.kind is EntryKind.PUBLISHED:
                lines.append(self.tr("Published on {0}").format(
                    channel_name(e.network) if e.network else "–"))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.DecorationRole and col == self.COL_STATE:
            return state_colour(e.state)
        if role == Qt.ItemDataRole.FontRole and col == self.COL_DATE and e.day == date.today():
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
