"""The posting calendar: which draft falls on which day, and the days a month view shows.

A draft sits on its planned date until it goes out; from then on it sits on the day
it was published, because that is the day that happened.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from clinic_ambassadors.core.drafts import DraftState

#: Weeks in a month view: enough for any month, the same height for every month.
WEEKS_SHOWN = 6
#: States whose drafts appear on their planned date (everything before publication).
PLANNED_STATES = frozenset({
    DraftState.IDEA, DraftState.DRAFT, DraftState.IN_REVIEW, DraftState.CHANGES_REQUESTED,
    DraftState.APPROVED, DraftState.SCHEDULED,
})
#: States whose drafts appear on the day they were published.
PUBLISHED_STATES = frozenset({DraftState.PUBLISHED, DraftState.ARCHIVED})


class EntryKind(StrEnum):
    PLANNED = "planned"
    PUBLISHED = "published"


@dataclass(frozen=True)
class CalendarEntry:
    """One draft on one day. Holds no post text: the calendar never needs it."""

    draft_id: str
    day: date
    kind: EntryKind
    title: str
    state: DraftState
    ambassador_id: str
    ambassador_name: str = ""
    channels: tuple[str, ...] = ()
    #: Where and at which address it went out (published entries only).
    network: str = ""
    url: str = ""
    #: Held because of an incident (crisis mode).
    paused: bool = False


def month_start(day: date) -> date:
    return day.replace(day=1)


def add_months(first: date, months: int) -> date:
    """The first day of the month ``months`` after (or before) ``first``'s month."""
    index = first.year * 12 + first.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def month_days(first: date) -> tuple[date, ...]:
    """The days a month view shows: whole weeks from the Monday on or before the 1st."""
    start = month_start(first)
    start -= timedelta(days=start.weekday())
    return tuple(start + timedelta(days=i) for i in range(WEEKS_SHOWN * 7))
