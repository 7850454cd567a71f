"""The one way services change the file: a transaction with its audit event."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from sqlite_utils import Database

from clinic_ambassadors.storage.connection import ProgrammeFile
from clinic_ambassadors.storage.errors import ReadOnlyFile, translate_sqlite_error

T = TypeVar("T")


@contextmanager
def transaction(pf: ProgrammeFile) -> Iterator[Database]:
    """Refuse on read-only files; turn sqlite errors into ones a person can act on."""
    if pf.read_only:
        raise ReadOnlyFile()
    try:
        with pf.db.atomic() as db:
            yield db
    except sqlite3.Error as exc:
        raise translate_sqlite_error(exc) from exc


def reading(pf: ProgrammeFile, fn: Callable[[Database], T]) -> T:
    try:
        return fn(pf.db)
    except sqlite3.Error as exc:
        raise translate_sqlite_error(exc) from exc
