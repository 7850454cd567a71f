"""Item models for the reviewer's queue (a list) and the manager's overview (a table).

The queue is small by nature (what waits for one person), so it is loaded whole in
one writer call and handed over with ``set_entries``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from clinic_ambassadors.ui.timefmt import local_time
from clinic_ambassadors.ui.reviews.loading import QueueEntry

Index = QModelIndex | QPersistentModelIndex
EntryRole = Qt.ItemDataRole.UserRole + 1


class QueueModel(QAbstractListModel):
    """One row per draft waiting for me: title, then author and since when."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[QueueEntry] = []

    def set_entries(self, entries: list[QueueEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> QueueEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def entries(self) -> list[QueueEntry]:
        return list(self._entries)

    def row_of(self, draft_id: str) -> int:
        for i, e in enumerate(self._entries):
            if e.draft.id == draft_id:
                return i
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        d = entry.draft
        title = d.title or self.tr("(no title)")
        since = local_time(entry.item.submitted_at)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("{0}\n{1}\nwaiting since {2}").format(title, d.author_name, since)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("{0}, by {1}, waiting since {2}").format(title, d.author_name, since)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Revision {0}").format(d.current_revision)
        if role == EntryRole:
            return entry
        return None


class OverviewModel(QAbstractTableModel):
    """All drafts in review and whom they wait for (read-only, for the practice manager)."""

    COL_TITLE, COL_AUTHOR, COL_SINCE, COL_STEP, COL_WAITING = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[QueueEntry] = []

    def set_entries(self, entries: list[QueueEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> QueueEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = [self.tr("Title"), self.tr("Author"), self.tr("In review since"),
                 self.tr("Step"), self.tr("Waiting for")]
        return names[section] if 0 <= section < 5 else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        if role == EntryRole:
            return entry
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        col = index.column()
        if col == self.COL_TITLE:
            return entry.draft.title or self.tr("(no title)")
        if col == self.COL_AUTHOR:
            return entry.draft.author_name
        if col == self.COL_SINCE:
            return local_time(entry.item.submitted_at)
        if col == self.COL_STEP:
            return "" if entry.item.step is None else str(entry.item.step + 1)
        if col == self.COL_WAITING:
            return ", ".join(entry.waiting_for_names) or self.tr("nobody (check the review "
                                                                 "policy)")
        return None
