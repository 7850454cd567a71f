"""Where the main window shows its pages: one page's minimum width never holds the window wide.

A plain QStackedWidget asks for the widest minimum of *all* its pages, so one wide page
(a review with its findings, the checklist template editor) kept the whole window above
1000 px. Here the stack asks only for the page on show, and a page that still needs more
room than the window has scrolls inside the window instead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QStackedWidget, QStyle, QWidget


class PageStack(QStackedWidget):
    """A stack whose size hints are those of the current page alone."""

    def _current(self) -> QWidget | None:
        return self.currentWidget()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        page = self._current()
        if page is None:
            return super().minimumSizeHint()
        return page.minimumSizeHint().expandedTo(page.minimumSize())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        page = self._current()
        return super().sizeHint() if page is None else page.sizeHint()


class PageArea(QScrollArea):
    """Scrolls the page on show when the window is smaller than that page's minimum.

    Sized by hand rather than with ``widgetResizable``: that asks the stack for its height
    for a width, which QStackedLayout answers from *every* page, hidden ones included.
    """

    def __init__(self, stack: PageStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageArea")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(False)
        self.setWidget(stack)
        self._refit_timer = QTimer(self)
        self._refit_timer.setSingleShot(True)
        self._refit_timer.setInterval(0)
        self._refit_timer.timeout.connect(self.refit)
        stack.currentChanged.connect(lambda _i: self.refit())
        stack.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # A page's layout changed (a combo box filled, a panel appeared): its minimum may have
        # too. QScrollArea does not notice that by itself.
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._refit_timer.start()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.refit()

    def refit(self) -> None:
        """Fill the viewport, but never below the page's minimum (then a scroll bar shows)."""
        stack = self.widget()
        if stack is None:
            return
        need = stack.minimumSizeHint()
        width, height = self.maximumViewportSize().width(), self.maximumViewportSize().height()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        for _ in range(2):  # one bar can bring the other one
            if need.width() > width and height == self.maximumViewportSize().height():
                height -= bar
            if need.height() > height and width == self.maximumViewportSize().width():
                width -= bar
        stack.resize(max(width, need.width()), max(height, need.height()))
