"""One open programme file plus its writer thread: what the UI holds on to."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import Any, TypeVar

from clinic_ambassadors.services.worker import Writer
from clinic_ambassadors.storage.connection import ProgrammeFile, open_programme

T = TypeVar("T")


class Session:
    """Owns the connection; every call on it runs on the writer thread."""

    def __init__(self, pf: ProgrammeFile, writer: Writer) -> None:
        self.pf = pf
        self.writer = writer
        self.closed = False

    @classmethod
    def open(cls, path: Path | str, **kwargs: Any) -> Session:
        writer = Writer()
        try:
            pf = writer.call(open_programme, path, **kwargs)
        except Exception:
            writer.shutdown()
            raise
        return cls(pf, writer)

    @property
    def path(self) -> Path:
        return self.pf.path

    @property
    def read_only(self) -> bool:
        return self.pf.read_only

    def submit(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> Future[T]:
        """Run ``fn(pf, *args)`` on the writer thread."""
        return self.writer.submit(fn, self.pf, *args, **kwargs)

    def call(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        return self.writer.call(fn, self.pf, *args, **kwargs)

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        try:
            self.writer.call(self.pf.close)
        finally:
            self.writer.shutdown()
