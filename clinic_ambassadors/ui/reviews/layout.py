"""How the Reviews page makes room on a narrow screen.

At 900 px the main window leaves the page about 700 px: too little for the queue beside
a review that shows the text, its findings, the reviewer's checklist and the comments.
There the queue moves above the review (a short list, still driven by J/K) instead of
pushing the page wider than the window; with room to spare it sits beside it again.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QLayoutItem, QSplitter, QWidget


class QueueSplitter(QSplitter):
    """The queue beside the review when both fit at their minimum widths, else above it.

    Its minimum width is that of the stacked arrangement, so a narrow window never has to
    scroll sideways; whether the side-by-side one fits is decided on each resize.
    """

    #: Height of the queue above the review: two drafts; the handle drags it taller.
    STACKED_QUEUE_HEIGHT = 110
    #: Width of the queue beside the review.
    BESIDE_QUEUE_WIDTH = 250
    #: Below this width the queue goes above the review even when both would just fit
    #: beside each other: squeezed to their minimums, the text column is too narrow to read.
    BESIDE_FROM = 850

    def __init__(self, queue: QWidget, review: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.addWidget(queue)
        self.addWidget(review)
        self.setStretchFactor(1, 1)
        self.setChildrenCollapsible(False)
        self.setSizes([self.BESIDE_QUEUE_WIDTH, 900])
        self._share_pending = False

    @property
    def stacked(self) -> bool:
        return self.orientation() == Qt.Orientation.Vertical

    def beside_width(self) -> int:
        """The least width at which the queue still fits beside the review."""
        return (sum(_min_width(self.widget(i)) for i in range(self.count()))
                + self.handleWidth() * (self.count() - 1))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = super().minimumSizeHint()
        widest = max((_min_width(self.widget(i)) for i in range(self.count())), default=0)
        return QSize(widest, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        if self.arrange(event.size().width()):
            self._share_pending = True
        super().resizeEvent(event)
        if self._share_pending:
            self._share(event.size())

    def _share(self, size: QSize) -> None:
        """Give the queue its share once the new extent is known. While the splitter is
        still too small for both (it is being laid out), the share is given again later."""
        total = (size.height() if self.stacked else size.width()) - self.handleWidth()
        queue = self.STACKED_QUEUE_HEIGHT if self.stacked else self.BESIDE_QUEUE_WIDTH
        review = self.widget(1)
        need = review.minimumSizeHint() if review is not None else QSize()
        self.setSizes([queue, max(total - queue, 0)])
        self._share_pending = total - queue < (need.height() if self.stacked else need.width())

    def arrange(self, width: int) -> bool:
        """Side by side from ``beside_width`` (and ``BESIDE_FROM``) on, stacked below it.
        True when the arrangement changed."""
        stacked = width < max(self.beside_width(), self.BESIDE_FROM)
        if stacked == self.stacked:
            return False
        self.setOrientation(Qt.Orientation.Vertical if stacked else Qt.Orientation.Horizontal)
        self.updateGeometry()
        return True


class FlowRow(QLayout):
    """Widgets in a row, right-aligned, that wrap onto further rows when the row is full."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt API
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt API
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt API
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        shown = self._shown()
        width = sum(i.sizeHint().width() for i in shown) + self._spacing * max(len(shown) - 1, 0)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt API
        """As wide as the widest widget: the others go onto rows of their own."""
        shown = self._shown()
        return QSize(max((i.sizeHint().width() for i in shown), default=0),
                     max((i.sizeHint().height() for i in shown), default=0))

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _place(self, rect: QRect, move: bool) -> int:
        rows: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            w = item.sizeHint().width()
            if rows[-1] and used + self._spacing + w > rect.width():
                rows.append([])
                used = 0
            used += (self._spacing if rows[-1] else 0) + w
            rows[-1].append(item)
        y = rect.y()
        for row in rows:
            if not row:
                continue
            height = max(i.sizeHint().height() for i in row)
            width = sum(i.sizeHint().width() for i in row) + self._spacing * (len(row) - 1)
            x = rect.x() + max(rect.width() - width, 0)
            for item in row:
                size = item.sizeHint()
                if move:
                    item.setGeometry(QRect(QPoint(x, y), size))
                x += size.width() + self._spacing
            y += height + self._spacing
        return max(y - rect.y() - self._spacing, 0)


class ActionButtons(QWidget):
    """Where the reviewer decides: "2 of 5" on the left, the decisions on the right, wrapping
    onto a second row rather than widening the page."""

    def __init__(self, position: QLabel, buttons: Sequence[QWidget],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewActions")
        self.flow = FlowRow()
        for button in buttons:
            self.flow.addWidget(button)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(position, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(self.flow, 1)


def _min_width(widget: QWidget | None) -> int:
    if widget is None or widget.isHidden():
        return 0
    return max(widget.minimumWidth(), widget.minimumSizeHint().width())
