"""Stored times are UTC ISO 8601; people see them in local time and their locale's format."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale


def local_time(value: datetime | str | None, with_date: bool = True) -> str:
    """A stored UTC time shown in local time, in the UI locale's short format."""
    if value is None or value == "":
        return ""
    try:
        moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    except ValueError:
        return str(value)
    qdt = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    fmt = QLocale.FormatType.ShortFormat
    return QLocale().toString(qdt, fmt) if with_date else QLocale().toString(qdt.time(), fmt)
