"""Run service calls on the writer thread and get the result back on the UI thread.

``run(session, fn, *args).success(cb)`` mirrors Anki's CollectionOp: the UI never
waits on the disk; errors a person can cause end up in a friendly dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
import logging
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QWidget

from clinic_ambassadors.core.errors import DomainError
from clinic_ambassadors.services.session import Session

log = logging.getLogger(__name__)


class _Dispatcher(QObject):
    finished = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        # Queued even from the UI thread, so callbacks chained after run() are in place.
        self.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _deliver(self, op: Op) -> None:
        op._deliver()


_dispatcher: _Dispatcher | None = None
_pending: set[Op] = set()


def dispatcher() -> _Dispatcher:
    global _dispatcher
    if _dispatcher is None:
        _dispatcher = _Dispatcher()
    return _dispatcher


class Op:
    """One call on the writer thread with callbacks on the UI thread."""

    def __init__(self, parent: QWidget | None) -> None:
        self._parent = parent
        self._on_success: Callable[[Any], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._future: Future[Any] | None = None

    def success(self, cb: Callable[[Any], None]) -> Op:
        self._on_success = cb
        return self

    def failure(self, cb: Callable[[BaseException], None]) -> Op:
        self._on_failure = cb
        return self

    def start(self, future: Future[Any]) -> Op:
        self._future = future
        _pending.add(self)
        signal = dispatcher().finished  # created here, on the UI thread, never on the writer
        future.add_done_callback(lambda _f: signal.emit(self))
        return self

    def _deliver(self) -> None:
        _pending.discard(self)
        assert self._future is not None
        exc = self._future.exception()
        try:
            if exc is None:
                if self._on_success:
                    self._on_success(self._future.result())
            elif not isinstance(exc, DomainError):
                log.error("unexpected error in %s", self._future, exc_info=exc)
            if exc is not None and self._on_failure:
                self._on_failure(exc)
            elif exc is not None:
                from clinic_ambassadors.ui.messages import show_error

                show_error(self._parent, exc)
        except RuntimeError as err:  # the widget was closed before the answer came
            if "already deleted" not in str(err):
                raise


def run(parent: QWidget | None, session: Session, fn: Callable[..., Any], *args: Any,
        **kwargs: Any) -> Op:
    """Start ``fn(pf, *args)`` now; chain ``.success()`` / ``.failure()`` right away."""
    op = Op(parent)
    if session.closed:  # a late timer after the file was closed: nothing to do
        return op
    future = session.submit(fn, *args, **kwargs)
    # Callbacks are attached by the caller in the same event-loop turn, before delivery.
    return op.start(future)


def pending_count() -> int:
    return len(_pending)
