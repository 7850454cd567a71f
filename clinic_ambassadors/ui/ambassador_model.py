"""The roster table: loads page by page on the writer thread (canFetchMore/fetchMore)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from clinic_ambassadors.core.ambassadors import Ambassador, AmbassadorFilter, ConsentKind
from clinic_ambassadors.services import ambassadors as service
from clinic_ambassadors.services.session import Session
from clinic_ambassadors.ui import ops
from clinic_ambassadors.ui.labels import job_role_label, network_label, status_label

PAGE = 200
Index = QModelIndex | QPersistentModelIndex


class AmbassadorTableModel(QAbstractTableModel):
    COL_NAME, COL_ROLE, COL_DEPARTMENT, COL_STATUS, COL_CHANNELS, COL_FOLLOWERS, COL_CONSENT = range(7)
    AmbassadorRole = Qt.ItemDataRole.UserRole + 1
    loaded = Signal()

    def __init__(self, session: Session, parent: Any = None) -> None:
        super().__init__(parent)
        self._session = session
        self._rows: list[Ambassador] = []
        self._total = 0
        self._filter = AmbassadorFilter()
        self._loading = False
        self._generation = 0

    # --- loading -------------------------------------------------------------
    def set_filter(self, flt: AmbassadorFilter) -> None:
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        flt = self._filter
        self._loading = True

        def load(pf: Any) -> tuple[int, list[Ambassador]]:
            return service.count(pf, flt), service.page(pf, flt, 0, PAGE)

        ops.run(None, self._session, load).success(
            lambda result: self._reset(generation, *result)
        ).failure(lambda exc: self._failed(generation, exc))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._loading = False
        from clinic_ambassadors.ui.messages import show_error

        show_error(None, exc)

    def _reset(self, generation: int, total: int, rows: list[Ambassador]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._rows = rows
        self._total = total
        self._loading = False
        self.endResetModel()
        self.loaded.emit()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and not self._loading and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if parent.isValid() or self._loading or len(self._rows) >= self._total:
            return
        self._loading = True
        generation, offset, flt = self._generation, len(self._rows), self._filter
        ops.run(None, self._session, service.page, flt, offset, PAGE).success(
            lambda rows: self._append(generation, offset, rows)
        ).failure(lambda exc: self._failed(generation, exc))

    def _append(self, generation: int, offset: int, rows: list[Ambassador]) -> None:
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

    def ambassador(self, row: int) -> Ambassador | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # --- Qt model API --------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Name"), self.tr("Job role"), self.tr("Department"), self.tr("Status"),
                self.tr("Channels"), self.tr("Followers"), self.tr("Consents")][section] \
            if 0 <= section < 7 else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        a = self._rows[index.row()]
        col = index.column()
        if role == self.AmbassadorRole:
            return a
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_FOLLOWERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_CONSENT:
            return self._consent_text(a)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == self.COL_NAME:
            return a.name
        if col == self.COL_ROLE:
            return job_role_label(a.job_role)
        if col == self.COL_DEPARTMENT:
            return a.department
        if col == self.COL_STATUS:
            return status_label(a.status)
        if col == self.COL_CHANNELS:
            return ", ".join(network_label(c.network) for c in a.channels)
        if col == self.COL_FOLLOWERS:
            return f"{sum(c.followers for c in a.channels):,}".replace(",", ".")
        if col == self.COL_CONSENT:
            return self._consent_text(a)
        return None

    def _consent_text(self, a: Ambassador) -> str:
        parts = []
        if a.has_active_consent(ConsentKind.PARTICIPATION):
            parts.append(self.tr("agreement"))
        if a.has_active_consent(ConsentKind.PHOTO):
            parts.append(self.tr("photo"))
        if any(not c.active for c in a.consents):
            parts.append(self.tr("withdrawn"))
        return ", ".join(parts) if parts else self.tr("none")
