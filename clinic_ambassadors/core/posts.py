"""What a draft says and where it goes: the content side of a draft, next to its
workflow snapshot (``core.drafts``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from clinic_ambassadors.core.drafts import DraftState


class VacancyStatus(StrEnum):
    OPEN = "open"
    FILLED = "filled"
    CANCELLED = "cancelled"


#: Character limits per network; Facebook's real limit is far above any post.
CHANNEL_LIMITS: dict[str, int] = {
    "linkedin": 3000,
    "instagram": 2200,
    "x": 280,
    "facebook": 63206,
    "xing": 3000,
    "tiktok": 4000,
}


@dataclass(frozen=True)
class Vacancy:
    id: str
    title: str
    department: str = ""
    status: VacancyStatus = VacancyStatus.OPEN
    opened_on: date | None = None
    filled_on: date | None = None
    notes: str = ""


@dataclass(frozen=True)
class DraftRecord:
    id: str
    ambassador_id: str
    author_profile_id: str
    title: str
    text: str
    state: DraftState
    current_revision: int = 1
    topic: str = ""
    channels: tuple[str, ...] = ()
    vacancy_id: str | None = None
    planned_date: date | None = None
    paused: bool = False
    author_name: str = ""
    created_at: str = ""
    updated_at: str = ""
    #: Why the draft counts as approved (``core.drafts.ApprovalBasis``), None if it never was.
    approval_basis: str | None = None

    @property
    def approved_without_review(self) -> bool:
        """Approved because the policy had no review, or the author skipped it."""
        return self.approval_basis not in (None, "review") and self.state in (
            DraftState.APPROVED, DraftState.SCHEDULED, DraftState.PUBLISHED, DraftState.ARCHIVED)


@dataclass(frozen=True)
class Revision:
    number: int
    title: str
    text: str
    saved_by: str | None
    saved_at: str
    note: str = ""


@dataclass(frozen=True)
class Comment:
    id: str
    draft_id: str
    author_profile_id: str | None
    author_name: str
    text: str
    quote: str
    revision: int
    at: str
    resolved: bool = False


@dataclass(frozen=True)
class ImagePerson:
    ambassador_id: str | None = None
    person_name: str = ""
    #: For people outside the roster: a written consent is on file elsewhere.
    external_consent: bool = False


@dataclass(frozen=True)
class DraftImage:
    id: str
    draft_id: str
    filename: str
    mime: str
    caption: str = ""
    people: tuple[ImagePerson, ...] = field(default_factory=tuple)
    size: int = 0


@dataclass(frozen=True)
class DraftFilter:
    search: str = ""
    states: frozenset[DraftState] = frozenset()
    ambassador_id: str | None = None
    channel: str | None = None
    topic: str | None = None
    week_start: date | None = None  # planned within the 7 days from this Monday


def char_counts(text: str, channels: tuple[str, ...]) -> dict[str, tuple[int, int]]:
    """(length, limit) per chosen channel; length as the networks count: code points."""
    n = len(text)
    return {c: (n, CHANNEL_LIMITS[c]) for c in channels if c in CHANNEL_LIMITS}
