"""The programme (one per file) and the app's user profiles."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Role(str, Enum):
    MANAGER = "manager"
    REVIEWER = "reviewer"
    AMBASSADOR = "ambassador"


@dataclass(frozen=True)
class Profile:
    id: str
    name: str
    roles: frozenset[Role] = field(default_factory=frozenset)
    has_pin: bool = False

    def has(self, role: Role) -> bool:
        return role in self.roles


@dataclass(frozen=True)
class Programme:
    id: str
    clinic_name: str
    language: str = "de"
    per_person_figures: bool = False
    goal_applications_per_quarter: int = 0
    is_demo: bool = False
