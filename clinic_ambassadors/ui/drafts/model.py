"""The drafts table: loads page by page on the writer thread (canFetchMore/fetchMore)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from clinic_ambassadors.core.drafts import DraftState
from clinic_ambassadors.core.posts import DraftFilter, DraftRecord
from clinic_ambassadors.services import drafts as service
from clinic_ambassadors.services.session import Session
from clinic_ambassadors.ui.lazy_model import Index, LazyTableModel
from clinic_ambassadors.ui.workflow_text import state_label


CHANNEL_NAMES = {"linkedin": "LinkedIn", "instagram": "Instagram", "x": "X",
                 "facebook": "Facebook", "xing": "XING", "tiktok": "TikTok"}


FLAG_STATES = frozenset({DraftState.IDEA, DraftState.DRAFT, DraftState.IN_REVIEW,
                         DraftState.CHANGES_REQUESTED, DraftState.APPROVED, DraftState.SCHEDULED})


def channel_name(code: str) -> str:
    return CHANNEL_NAMES.get(code, code)


class DraftTableModel(LazyTableModel[DraftRecord, DraftFilter]):
    COLS = 7
    COL_TITLE, COL_AUTHOR, COL_STATE, COL_CHANNELS, COL_TOPIC, COL_PLANNED, COL_REVISION = range(7)
    DraftRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, session: Session, parent: Any = None) -> None:
        super().__init__(session, DraftFilter(), service.count, service.page, parent)
        #: Drafts whose author withdrew consent: shown with a warning until they end.
        self._flagged: frozenset[str] = frozenset()

    def reload(self) -> None:
        super().reload()
        from clinic_ambassadors.services.onboarding import flagged_drafts
        from clinic_ambassadors.ui import ops

        ops.run(None, self._session, flagged_drafts).success(self._set_flagged)

    def _set_flagged(self, ids: list[str]) -> None:
        self._flagged = frozenset(ids)
        if self._rows:
            self.dataChanged.emit(self.index(0, self.COL_TITLE),
                                  self.index(len(self._rows) - 1, self.COL_TITLE))

    def is_flagged(self, d: DraftRecord) -> bool:
        return d.id in self._flagged and d.state in FLAG_STATES

    def draft(self, row: int) -> DraftRecord | None:
        return self.row_item(row)

    def drafts(self) -> list[DraftRecord]:
        return list(self._rows)

    # --- Qt model API --------------------------------------------------------
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
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_STATE and \
                d.approved_without_review:
            return self.tr("Approved without review: nobody but the author read it before it "
                           "counted as approved (review was off or skipped).")
        if role == Qt.ItemDataRole.ForegroundRole and col == self.COL_STATE and \
                d.approved_without_review:
            from PySide6.QtGui import QColor

            return QColor("#8a5a00")
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_TITLE:
            if self.is_flagged(d):
                return self.tr("The author withdrew their consent: do not publish this draft; "
                               "see the offboarding checklist.") + "\n\n" + d.text[:300]
            return d.text[:300]
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == self.COL_TITLE:
            title = d.title or self.tr("(untitled)")
            return ("⚠ " + title) if self.is_flagged(d) else title
        if col == self.COL_AUTHOR:
            return d.author_name
        if col == self.COL_STATE:
            text = state_label(d.state)
            if d.approved_without_review:
                text += " – " + self.tr("without review")
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
