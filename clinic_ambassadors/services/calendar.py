"""The posting calendar: a month of planned and published drafts, for the Calendar page and
the calendar export."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from clinic_ambassadors.core.calendar import CalendarEntry, month_days, month_start
from clinic_ambassadors.services.writes import reading
from clinic_ambassadors.storage import calendar as store
from clinic_ambassadors.storage.connection import ProgrammeFile


@dataclass(frozen=True)
class MonthView:
    """What the month view shows in one read: its days and the entries on them."""

    first: date
    days: tuple[date, ...]
    entries: tuple[CalendarEntry, ...]

    @property
    def in_month(self) -> tuple[CalendarEntry, ...]:
        """Entries of the month itself (the view also shows the edges of its neighbours)."""
        return tuple(e for e in self.entries if (e.day.year, e.day.month)
                     == (self.first.year, self.first.month))

    def on(self, day: date) -> tuple[CalendarEntry, ...]:
        return tuple(e for e in self.entries if e.day == day)


def month(pf: ProgrammeFile, first: date, ambassador_id: str | None = None) -> MonthView:
    """The month containing ``first``, as whole weeks, optionally for one ambassador."""
    first = month_start(first)
    days = month_days(first)
    found = reading(pf, lambda db: store.entries(db, days[0], days[-1] + timedelta(days=1),
                                                 ambassador_id))
    return MonthView(first, days, tuple(found))


def entries(pf: ProgrammeFile, start: date | None = None, end: date | None = None,
            ambassador_id: str | None = None) -> list[CalendarEntry]:
    """Planned and published drafts with ``start <= day < end``; no bounds: all of them."""
    return reading(pf, lambda db: store.entries(db, start, end, ambassador_id))


def ambassadors(pf: ProgrammeFile) -> list[tuple[str, str]]:
    """(id, name) of the roster, for filtering the calendar by ambassador."""
    return reading(pf, store.ambassador_names)
