"""The month grid: each day cell paints its drafts as coloured chips (colour = state).

Painting and hit-testing share one layout, so a double-click opens the chip under the
mouse. Arrow keys move by day and week across month edges; the page follows.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from clinic_ambassadors.core.calendar import CalendarEntry
from clinic_ambassadors.ui.pages.calendar_models import (
    EntriesRole,
    InMonthRole,
    MonthModel,
    mark,
    state_colour,
)

Index = QModelIndex | QPersistentModelIndex
PAD, GAP = 3, 2
TODAY_FILL, OTHER_MONTH_FILL, SELECTED_EDGE = "#e3edfd", "#f2f3f5", "#2f6fdb"


def chip_layout(cell: QRect, count: int, metrics: QFontMetrics) -> tuple[list[QRect], int]:
    """Rectangles of the chips that fit into ``cell`` and how many entries are left over."""
    height = metrics.height() + 4
    top = cell.top() + PAD + metrics.height() + GAP
    fit = max((cell.bottom() - PAD - top + GAP) // (height + GAP), 0)
    shown = count if count <= fit else max(fit - 1, 0)
    rects = [QRect(cell.left() + PAD, top + i * (height + GAP), cell.width() - 2 * PAD, height)
             for i in range(shown)]
    return rects, count - shown


class MonthDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        metrics = QFontMetrics(option.font)
        return QSize(9 * metrics.averageCharWidth(), 4 * (metrics.height() + 4))

    def entry_at(self, cell: QRect, entries: tuple[CalendarEntry, ...], font: QFont,
                 pos: QPoint) -> CalendarEntry | None:
        rects, _more = chip_layout(cell, len(entries), QFontMetrics(font))
        for entry, rect in zip(entries, rects):
            if rect.contains(pos):
                return entry
        return None

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        model = index.model()
        assert isinstance(model, MonthModel)
        day = model.day_at(index)
        if day is None:
            return
        entries: tuple[CalendarEntry, ...] = index.data(EntriesRole) or ()
        in_month = bool(index.data(InMonthRole))
        cell = option.rect
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = TODAY_FILL if day == model.today else ("#ffffff" if in_month else OTHER_MONTH_FILL)
        painter.fillRect(cell, QColor(fill))
        font = QFont(option.font)
        metrics = QFontMetrics(font)
        number = QRect(cell.left() + PAD + 2, cell.top() + PAD, cell.width() - 2 * PAD - 4,
                       metrics.height())
        if day == model.today:
            font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#1f2328" if in_month else "#8a8f98"))
        painter.drawText(number, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         str(day.day))
        font.setBold(False)
        painter.setFont(font)
        rects, more = chip_layout(cell, len(entries), metrics)
        for entry, rect in zip(entries, rects):
            self._chip(painter, rect, entry, metrics, in_month)
        if more:
            painter.setPen(QColor("#444a52"))
            last = rects[-1].bottom() + GAP if rects else number.bottom() + GAP
            painter.drawText(QRect(cell.left() + PAD + 2, last, cell.width() - 2 * PAD,
                                   metrics.height()),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             self.tr("+{0} more").format(more) if rects
                             else self.tr("%n post(s)", "", more))
        if option.state & QStyle.StateFlag.State_Selected:
            pen = painter.pen()
            pen.setColor(QColor(SELECTED_EDGE))
            pen.setWidth(2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(cell.adjusted(1, 1, -1, -1))
        painter.restore()

    @staticmethod
    def _chip(painter: QPainter, rect: QRect, entry: CalendarEntry, metrics: QFontMetrics,
              in_month: bool) -> None:
        colour = state_colour(entry.state)
        tint = QColor(colour)
        tint.setAlpha(45 if in_month else 25)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(tint)
        painter.drawRoundedRect(rect, 3, 3)
        painter.setBrush(colour)
        painter.drawRect(QRect(rect.left(), rect.top(), 4, rect.height()))
        text_rect = rect.adjusted(7, 0, -2, 0)
        text = metrics.elidedText(mark(entry) + (entry.title or "–"), Qt.TextElideMode.ElideRight,
                                  text_rect.width())
        painter.setPen(QColor("#1f2328" if in_month else "#6b7078"))
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         text)


class MonthGrid(QTableView):
    """``open_requested(draft_id)`` on double-click or Enter on a day with one draft;
    ``day_chosen(day)`` on a day with several (the page shows them in the agenda);
    ``step_days(n)`` for the arrow keys; ``today_requested`` for T."""

    open_requested = Signal(str)
    day_chosen = Signal(object)
    step_days = Signal(int)
    today_requested = Signal()

    def __init__(self, model: MonthModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarGrid")
        self.setModel(model)
        self.delegate = MonthDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setCornerButtonEnabled(False)
        self.setMouseTracking(True)
        for header in (self.horizontalHeader(), self.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            header.setMinimumSectionSize(24)
            header.setSectionsClickable(False)
            header.setHighlightSections(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def month_model(self) -> MonthModel:
        model = self.model()
        assert isinstance(model, MonthModel)
        return model

    def entry_at(self, pos: QPoint) -> CalendarEntry | None:
        index = self.indexAt(pos)
        if not index.isValid():
            return None
        return self.delegate.entry_at(self.visualRect(index), index.data(EntriesRole) or (),
                                      self.font(), pos)

    def _activate(self, index: QModelIndex, hit: CalendarEntry | None = None) -> None:
        day = self.month_model().day_at(index)
        if day is None:
            return
        entries = self.month_model().entries_on(day)
        if hit is None and len(entries) == 1:
            hit = entries[0]
        if hit is not None:
            self.open_requested.emit(hit.draft_id)
        elif entries:
            self.day_chosen.emit(day)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        pos = event.position().toPoint()
        index = self.indexAt(pos)
        if index.isValid():
            self._activate(index, self.entry_at(pos))
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        steps = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}
        key = Qt.Key(event.key())
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                      Qt.KeyboardModifier.KeypadModifier)
        if key in steps and plain:
            self.step_days.emit(steps[key])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._activate(self.currentIndex())
        elif key == Qt.Key.Key_T and plain:
            self.today_requested.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def select_day(self, day: date) -> None:
        index = self.month_model().index_of(day)
        if index.isValid():
            self.setCurrentIndex(index)
