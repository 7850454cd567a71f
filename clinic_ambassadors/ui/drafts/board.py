"""The board: one column per workflow state, a card per draft (the filters apply here too)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from clinic_ambassadors.core.drafts import DraftState
from clinic_ambassadors.core.posts import DraftFilter, DraftRecord
from clinic_ambassadors.services import drafts as service
from clinic_ambassadors.services.session import Session
from clinic_ambassadors.ui import ops
from clinic_ambassadors.ui.drafts.model import channel_name
from clinic_ambassadors.ui.workflow_text import state_label

#: Cards loaded per column; the column header says when there are more.
CARDS_PER_COLUMN = 100
BOARD_STATES = tuple(DraftState)
DraftIdRole = Qt.ItemDataRole.UserRole + 1
#: Room around a card's text: item padding, border and margin from the style sheet, plus slack.
CARD_CHROME_W, CARD_CHROME_H = 32, 26


class CardList(QListWidget):
    """Cards as tall as their word-wrapped text, so author and channels never get cut off."""

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_cards()

    def text_width(self) -> int:
        return max(self.viewport().width() - 2 * self.spacing() - CARD_CHROME_W, 60)

    def card_height(self, text: str) -> int:
        flags = int(Qt.TextFlag.TextWordWrap)
        box = self.fontMetrics().boundingRect(QRect(0, 0, self.text_width(), 100_000), flags, text)
        return box.height() + CARD_CHROME_H

    def fit_cards(self) -> None:
        width = self.text_width()
        for i in range(self.count()):
            item = self.item(i)
            item.setSizeHint(QSize(width, self.card_height(item.text())))


class BoardColumn(QFrame):
    def __init__(self, state: DraftState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName(f"boardColumn_{state.value}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(190)
        self.header = QLabel()
        self.header.setObjectName("boardColumnHeader")
        self.header.setWordWrap(True)
        self.header.setStyleSheet("font-weight: 600; padding: 4px;")
        self.cards = CardList()
        self.cards.setObjectName(f"boardCards_{state.value}")
        self.cards.setAccessibleName(state_label(state))
        self.cards.setWordWrap(True)
        self.cards.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.cards.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cards.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.cards.setSpacing(3)
        self.cards.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.cards.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.cards.setStyleSheet(
            "QListWidget { background: #f4f5f7; border: none; }"
            " QListWidget::item { background: white; border: 1px solid #d0d4da;"
            " border-radius: 4px; padding: 6px; margin: 1px; color: #222; }"
            " QListWidget::item:selected { border: 2px solid #2f6fdb; color: #222; }")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.header)
        lay.addWidget(self.cards, 1)

    def set_drafts(self, rows: list[DraftRecord], total: int) -> None:
        self.cards.clear()
        for d in rows:
            lines = [d.title or self.tr("(untitled)"), d.author_name]
            meta = ", ".join(channel_name(c) for c in d.channels)
            if d.planned_date:
                meta = (meta + " · " if meta else "") + d.planned_date.strftime("%d.%m.%Y")
            if meta:
                lines.append(meta)
            item = QListWidgetItem("\n".join(lines))
            item.setData(DraftIdRole, d.id)
            item.setToolTip(d.text[:300])
            self.cards.addItem(item)
        self.cards.fit_cards()
        showing = self.tr("showing {0}").format(len(rows))
        more = f" – {showing}" if total > len(rows) else ""
        self.header.setText(f"{state_label(self.state)} ({total}){more}")

    def titles(self) -> list[str]:
        return [self.cards.item(i).text().split("\n")[0] for i in range(self.cards.count())]


class DraftBoard(QScrollArea):
    """Columns by state; ``open_requested(draft_id)`` on double-click or Enter."""

    open_requested = Signal(str)
    loaded = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftBoard")
        self.setAccessibleName(self.tr("Drafts by state"))
        self._session = session
        self._filter = DraftFilter()
        self._generation = 0
        self.columns: dict[DraftState, BoardColumn] = {}
        inner = QWidget()
        row = QHBoxLayout(inner)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        for state in BOARD_STATES:
            column = BoardColumn(state)
            column.cards.itemActivated.connect(self._activated)
            column.cards.itemDoubleClicked.connect(self._activated)
            self.columns[state] = column
            row.addWidget(column)
        self.setWidget(inner)
        self.setWidgetResizable(True)

    def set_filter(self, flt: DraftFilter) -> None:
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation, flt = self._generation, self._filter
        wanted = flt.states or frozenset(BOARD_STATES)

        def load(pf: Any) -> dict[DraftState, tuple[list[DraftRecord], int]]:
            out = {}
            for state in BOARD_STATES:
                if state not in wanted:
                    out[state] = ([], 0)
                    continue
                one = replace(flt, states=frozenset({state}))
                out[state] = (service.page(pf, one, 0, CARDS_PER_COLUMN), service.count(pf, one))
            return out

        ops.run(self, self._session, load).success(lambda res: self._show(generation, res))

    def _show(self, generation: int, result: dict[DraftState, tuple[list[DraftRecord], int]]) -> None:
        if generation != self._generation:
            return
        for state, (rows, total) in result.items():
            self.columns[state].set_drafts(rows, total)
        self.loaded.emit()

    def _activated(self, item: QListWidgetItem) -> None:
        draft_id = item.data(DraftIdRole)
        if draft_id:
            self.open_requested.emit(draft_id)

    def selected_id(self) -> str | None:
        for column in self.columns.values():
            items = column.cards.selectedItems()
            if items and column.cards.hasFocus():
                return items[0].data(DraftIdRole)
        for column in self.columns.values():
            items = column.cards.selectedItems()
            if items:
                return items[0].data(DraftIdRole)
        return None
