"""The roster table: loads page by page on the writer thread (canFetchMore/fetchMore)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from clinic_ambassadors.core.ambassadors import Ambassador, AmbassadorFilter, ConsentKind
from clinic_ambassadors.services import ambassadors as service
from clinic_ambassadors.services.session import Session
from clinic_ambassadors.ui.lazy_model import Index, LazyTableModel
from clinic_ambassadors.ui.labels import job_role_label, network_label, status_label


class AmbassadorTableModel(LazyTableModel[Ambassador, AmbassadorFilter]):
    COLS = 7
    COL_NAME, COL_ROLE, COL_DEPARTMENT, COL_STATUS, COL_CHANNELS, COL_FOLLOWERS, COL_CONSENT = range(7)
    AmbassadorRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, session: Session, parent: Any = None) -> None:
        super().__init__(session, AmbassadorFilter(), service.count, service.page, parent)

    def ambassador(self, row: int) -> Ambassador | None:
        return self.row_item(row)

    # --- Qt model API --------------------------------------------------------
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
