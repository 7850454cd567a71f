"""Ambassadors: the people who post, with their channels, consents and time budget."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from enum import Enum
from urllib.parse import urlparse


class AmbassadorStatus(str, Enum):
    CANDIDATE = "candidate"
    ONBOARDING = "onboarding"
    ACTIVE = "active"
    PAUSED = "paused"
    ALUMNI = "alumni"


class JobRole(str, Enum):
    DOCTOR = "doctor"
    NURSE = "nurse"
    MFA = "mfa"
    THERAPIST = "therapist"
    ADMIN = "admin"
    MANAGER = "manager"
    TRAINEE = "trainee"
    OTHER = "other"


class Network(str, Enum):
    LINKEDIN = "linkedin"
    INSTAGRAM = "instagram"
    FACEBOOK = "facebook"
    X = "x"
    XING = "xing"
    TIKTOK = "tiktok"
    OTHER = "other"


class ConsentKind(str, Enum):
    PARTICIPATION = "participation"
    PHOTO = "photo"


@dataclass(frozen=True)
class Channel:
    network: Network
    handle: str = ""
    url: str = ""
    followers: int = 0


@dataclass(frozen=True)
class Consent:
    kind: ConsentKind
    version: str
    signed_on: date
    withdrawn_on: date | None = None

    @property
    def active(self) -> bool:
        return self.withdrawn_on is None


@dataclass(frozen=True)
class Ambassador:
    id: str
    name: str
    job_role: JobRole = JobRole.OTHER
    department: str = ""
    email: str = ""
    status: AmbassadorStatus = AmbassadorStatus.CANDIDATE
    time_budget_hours: float = 2.0
    cadence_target: int = 2
    topics: tuple[str, ...] = ()
    notes: str = ""
    channels: tuple[Channel, ...] = ()
    consents: tuple[Consent, ...] = ()
    profile_id: str | None = None
    updated_at: str = ""

    def with_changes(self, **changes: object) -> Ambassador:
        return replace(self, **changes)  # type: ignore[arg-type]

    def consent(self, kind: ConsentKind) -> Consent | None:
        """The latest consent of this kind, withdrawn or not."""
        found = [c for c in self.consents if c.kind == kind]
        return max(found, key=lambda c: c.signed_on) if found else None

    def has_active_consent(self, kind: ConsentKind) -> bool:
        latest = self.consent(kind)
        return latest is not None and latest.active


EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MAX_NAME = 200
MAX_TEXT = 10_000


@dataclass(frozen=True)
class Problem:
    field: str
    code: str


def validate_ambassador(a: Ambassador) -> list[Problem]:
    """Everything a person could get wrong in the form, as (field, code) problems."""
    problems: list[Problem] = []
    name = a.name.strip()
    if not name:
        problems.append(Problem("name", "required"))
    elif len(name) > MAX_NAME:
        problems.append(Problem("name", "too_long"))
    if a.email.strip() and not EMAIL_RE.match(a.email.strip()):
        problems.append(Problem("email", "invalid_email"))
    if not 0 <= a.time_budget_hours <= 80:
        problems.append(Problem("time_budget_hours", "out_of_range"))
    if not 0 <= a.cadence_target <= 100:
        problems.append(Problem("cadence_target", "out_of_range"))
    if len(a.notes) > MAX_TEXT or len(a.department) > MAX_NAME:
        problems.append(Problem("notes", "too_long"))
    for i, ch in enumerate(a.channels):
        if ch.followers < 0:
            problems.append(Problem(f"channels.{i}.followers", "negative"))
        if ch.url.strip() and not is_valid_url(ch.url.strip()):
            problems.append(Problem(f"channels.{i}.url", "invalid_url"))
    for i, c in enumerate(a.consents):
        if c.withdrawn_on is not None and c.withdrawn_on < c.signed_on:
            problems.append(Problem(f"consents.{i}.withdrawn_on", "before_signed"))
    return problems


def is_valid_url(text: str) -> bool:
    parsed = urlparse(text)
    return parsed.scheme in ("http", "https") and bool(parsed.netloc) and " " not in text


@dataclass(frozen=True)
class AmbassadorFilter:
    search: str = ""
    statuses: frozenset[AmbassadorStatus] = field(default_factory=frozenset)
