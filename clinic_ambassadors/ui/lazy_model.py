"""A table model that loads page by page on the writer thread (canFetchMore/fetchMore),
so a list of 50,000 rows opens as fast as one of 50. Subclasses name the service calls
and the columns."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Signal

from clinic_ambassadors.services.session import Session
from clinic_ambassadors.ui import ops

PAGE = 200
Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")
Filter = TypeVar("Filter")


class LazyTableModel(QAbstractTableModel, Generic[Row, Filter]):
    """``count_fn(pf, filter)`` and ``page_fn(pf, filter, offset, limit)`` feed the rows."""

    loaded = Signal()
    COLS = 0

    def __init__(self, session: Session, initial_filter: Filter,
                 count_fn: Callable[..., int], page_fn: Callable[..., list[Row]],
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._session = session
        self._count_fn, self._page_fn = count_fn, page_fn
        self._rows: list[Row] = []
        self._total = 0
        self._filter = initial_filter
        self._loading = False
        self._generation = 0

    def set_filter(self, flt: Filter) -> None:
        self._filter = flt
        self.reload()

    @property
    def filter(self) -> Filter:
        return self._filter

    def reload(self) -> None:
        self._generation += 1
        generation, flt = self._generation, self._filter
        self._loading = True
        count_fn, page_fn = self._count_fn, self._page_fn

        def load(pf: Any) -> tuple[int, list[Row]]:
            return count_fn(pf, flt), page_fn(pf, flt, 0, PAGE)

        ops.run(None, self._session, load).success(
            lambda result: self._reset(generation, *result)
        ).failure(lambda exc: self._failed(generation, exc))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._loading = False
        from clinic_ambassadors.ui.messages import show_error

        show_error(None, exc)

    def _reset(self, generation: int, total: int, rows: list[Row]) -> None:
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
        ops.run(None, self._session, self._page_fn, flt, offset, PAGE).success(
            lambda rows: self._append(generation, offset, rows)
        ).failure(lambda exc: self._failed(generation, exc))

    def _append(self, generation: int, offset: int, rows: list[Row]) -> None:
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

    def row_item(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else self.COLS
