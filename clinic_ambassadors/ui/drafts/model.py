"""The drafts table: loads page by page on the writer thread (canFetchMore/fetchMore)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from clinic_ambassadors.core.posts import DraftFilter, DraftRecord
from clinic_ambassadors.services import drafts as service
from clinic_ambassadors.services.session import Session
from clinic_ambassadors.ui import ops
from clinic_ambassadors.ui.workflow_text import state_label

PAGE = 200
Index = QModelIndex | QPersistentModelIndex

CHANNEL_NAMES = {"linkedin": "LinkedIn", "instagram": "Instagram", "x": "X",
                 "facebook": "Facebook", "xing": "XING", "tiktok": "TikTok"}


def channel_name(code: str) -> str:
    return CHANNEL_NAMES.get(code, code)


class DraftTableModel(QAbstractTableModel):
    COLS = 7
    COL_TITLE, COL_AUTHOR, COL_STATE, COL_CHANNELS, COL_TOPIC, COL_PLANNED, COL_REVISION = range(7)
    DraftRole = Qt.ItemDataRole.UserRole + 1
    loaded = Signal()

    def __init__(self, session: Session, parent: Any = None) -> None:
        super().__init__(parent)
        self._session = session
        self._rows: list[DraftRecord] = []
        self._total = 0
        self._filter = DraftFilter()
        self._loading = False
        self._generation = 0

    # --- loading -------------------------------------------------------------
    def set_filter(self, flt: DraftFilter) -> None:
        self._filter = flt
        self.reload()

    @property
    def filter(self) -> DraftFilter:
        return self._filter

    def reload(self) -> None:
        self._generation += 1
        generation, flt = self._generation, self._filter
        self._loading = True

        def load(pf: Any) -> tuple[int, list[DraftRecord]]:
            return service.count(pf, flt), service.page(pf, flt, 0, PAGE)

        ops.run(None, self._session, load).success(
            lambda result: self._reset(generation, *result)
        ).failure(lambda exc: self._failed(generation, exc))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._loading = False
        from clinic_ambassadors.ui.messages import show_error

        show_error(None, exc)

    def _reset(self, generation: int, total: int, rows: list[DraftRecord]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._rows, self._total, self._loading = rows, total, False
        self.endResetModel()
        self.loaded.emit()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802 - Qt API
        return not parent.isValid() and not self._loading and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802 - Qt API
        if parent.isValid() or self._loading or len(self._rows) >= self._total:
            return
        self._loading = True
        generation, offset, flt = self._generation, len(self._rows), self._filter
        ops.run(None, self._session, service.page, flt, offset, PAGE).success(
            lambda rows: self._append(generation, offset, rows)
        ).failure(lambda exc: self._failed(generation, exc))

    def _append(self, generation: int, offset: int, rows: list[DraftRecord]) -> None:
        if generation != self._generation:
            return
        self._loading = False
        if offset != len(self._rows):
            return
        if not rows:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()
        self.loaded.emit()

    @property
    def total(self) -> int:
        return self._total

    @property
    def is_loading(self) -> bool:
        return self._loading

    def draft(self, row: int) -> DraftRecord | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def drafts(self) -> list[DraftRecord]:
        return list(self._rows)

    # --- Qt model API --------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else self.COLS

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = [self.tr("Title"), self.tr("Author"), self.tr("State"), self.tr("Channels"),
                 self.tr("Topic"), self.tr("Planned"), self.tr("Revision")]
        return names[section] if 0 <= section < self.COLS else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        d, col = self._rows[index.row()], index.column()
        if role == self.DraftRole:
            return d
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_REVISION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_TITLE:
            return d.text[:300]
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == self.COL_TITLE:
            return d.title or self.tr("(untitled)")
        if col == self.COL_AUTHOR:
            return d.author_name
        if col == self.COL_STATE:
            text = state_label(d.state)
            return text + (" – " + self.tr("paused") if d.paused else "")
        if col == self.COL_CHANNELS:
            return ", ".join(channel_name(c) for c in d.channels)
        if col == self.COL_TOPIC:
            return d.topic
        if col == self.COL_PLANNED:
            return d.planned_date.strftime("%d.%m.%Y") if d.planned_date else ""
        if col == self.COL_REVISION:
            return str(d.current_revision)
        return None
