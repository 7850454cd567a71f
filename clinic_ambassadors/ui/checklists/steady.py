"""Keeps checklist rows where they are on screen while the person is ticking.

Each tick changes text above the list: the draft editor's refusal ("Required checklist
items are still open: …") and the panel's own "still open" box lose or gain a line, the
road map's "next step" changes. Without help the list jumps under the mouse and the next
quick click lands on the wrong item. So after a tick the list's content is held where it
is in the window: the list scrolls to make up for what moved it, and where it cannot (it
is at its top) a blank spacer above the list fills the room that opened. Once the pointer
leaves the checklist (or the list is hidden or built anew) the spacer goes and the layout
settles, away from the mouse. Rows themselves keep their height when ticked (see
``ItemRow``), so holding the content holds every row.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtWidgets import QBoxLayout, QScrollArea, QSizePolicy, QSpacerItem, QWidget


class SteadyRows(QObject):
    """Holds the content of ``scroll`` at its window position from :meth:`hold` until
    :meth:`release`.

    ``layout`` is the panel's layout with ``scroll`` in it; the spacer goes right above
    ``scroll``. A spacer item, not a widget: an empty one takes no layout spacing, so
    nothing moves while there is nothing to fill.
    """

    def __init__(self, panel: QWidget, layout: QBoxLayout, scroll: QScrollArea) -> None:
        super().__init__(panel)
        self.panel, self.layout, self.scroll = panel, layout, scroll
        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        layout.insertItem(layout.indexOf(scroll), self.spacer)
        self._y: int | None = None  # where the content was in the window, while held
        self._busy = False
        bar = scroll.verticalScrollBar()
        self._value = bar.value()
        bar.valueChanged.connect(self._scrolled)
        for watched in (panel, scroll):
            watched.installEventFilter(self)

    @property
    def filler(self) -> int:
        """Height of the blank space kept above the list (0 while nothing is held)."""
        return self.spacer.sizeHint().height()

    @property
    def holding(self) -> bool:
        return self._y is not None

    def hold(self) -> None:
        """From now on keep the list's content (and so its rows) where it is on screen."""
        self._y = self._content_y()

    def release(self) -> None:
        self._y = None
        if self.filler:
            self._set_filler(0)

    def keep(self) -> None:
        """Put the content back where it was (call after a change).

        Scrolling comes first; the blank spacer only where scrolling cannot help (the list
        is at its top), and it is given back first when the content comes down again.
        """
        if self._y is None or self._busy or not self.scroll.isVisibleTo(self.panel):
            return
        self._busy = True
        try:
            bar = self.scroll.verticalScrollBar()
            shift = self._content_y() - self._y  # > 0: the rows are lower than they were
            if shift > 0 and self.filler:
                self._set_filler(self.filler - min(self.filler, shift))
                shift = self._content_y() - self._y
            if shift:
                bar.setValue(bar.value() + shift)
                shift = self._content_y() - self._y
            if shift < 0:  # at the top of the list: room above it keeps the rows down
                self._set_filler(self.filler - shift)
        finally:
            self._value = self.scroll.verticalScrollBar().value()
            self._busy = False

    # --- plumbing ---------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.panel and kind in (QEvent.Type.Leave, QEvent.Type.Hide):
            self.release()  # the pointer is elsewhere now: the layout may settle
        elif kind in (QEvent.Type.Move, QEvent.Type.Resize) and self._y is not None:
            self.keep()
        return False

    def _scrolled(self, value: int) -> None:
        """The person scrolled (or Tab brought a row into view): hold the list there.

        Not when the list only lost room at its end (a scroll bar's value pulled down to
        a smaller maximum): that is a move to make up for, not a new place.
        """
        previous, self._value = self._value, value
        if self._y is None or self._busy:
            return
        clamped = value < previous and value == self.scroll.verticalScrollBar().maximum()
        if not clamped:
            self._y = self._content_y()

    def _set_filler(self, height: int) -> None:
        self.spacer.changeSize(0, height, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.layout.invalidate()
        self.layout.activate()  # now, not on the next pass: no frame with the list moved

    def _content_y(self) -> int:
        body = self.scroll.widget()
        return body.mapTo(body.window(), QPoint(0, 0)).y()
