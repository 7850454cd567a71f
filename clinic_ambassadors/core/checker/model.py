"""Values the checker works with: severities, rules, findings and the post's context."""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

LANGUAGES = ("de", "en")
FLAGS = re.IGNORECASE | re.UNICODE


class Severity(enum.Enum):
    """How serious a finding is; ``BLOCK > WARN > INFO``."""

    BLOCK = "block"
    WARN = "warn"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"info": 0, "warn": 1, "block": 2}[self.value]

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank < other.rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank <= other.rank

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank > other.rank

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank >= other.rank


@dataclass(frozen=True)
class CheckContext:
    """Facts about the post that are not in its text."""

    has_images: bool = False
    author_is_doctor: bool = False
    country: str = "DE"

    def satisfies(self, requirement: str) -> bool:
        """True if the context meets a ``requires_context`` token from the rule data."""
        if requirement == "images":
            return self.has_images
        if requirement == "doctor":
            return self.author_is_doctor
        if requirement.startswith("country:"):
            wanted = {c.strip().upper() for c in requirement[8:].split(",")}
            return self.country.upper() in wanted
        raise ValueError(f"unknown context requirement {requirement!r}")


CONTEXT_TOKENS = ("images", "doctor", "country:")


class ConditionKind(enum.Enum):
    """Where a second pattern must (or must not) occur relative to the hit."""

    NEAR = "near"  # within N words of the hit
    NOT_NEAR = "not_near"  # not within N words of the hit
    ANYWHERE = "anywhere"  # somewhere in the text
    ABSENT = "absent"  # nowhere in the text


@dataclass(frozen=True)
class Condition:
    kind: ConditionKind
    patterns: tuple[str, ...]
    words: int
    regex: re.Pattern[str] = field(compare=False, repr=False)
    # Per pattern: literals of which one must occur for it to match (None: always try it).
    gates: tuple[frozenset[str] | None, ...] = field(default=(), compare=False, repr=False)


@dataclass(frozen=True)
class Adjustment:
    """Changes a finding's severity when its conditions and context hold."""

    severity: Severity
    conditions: tuple[Condition, ...] = ()
    requires_context: tuple[str, ...] = ()


def _frozen(mapping: Mapping[str, str]) -> Mapping[str, str]:
    return MappingProxyType(dict(mapping))


@dataclass(frozen=True, eq=False)
class Rule:
    """One checker rule as loaded from the TOML rule packs (or made by ``custom_rule``)."""

    id: str
    area: str
    languages: tuple[str, ...]
    severity: Severity
    patterns: tuple[str, ...]
    title: Mapping[str, str]
    message: Mapping[str, str]
    suggestion: Mapping[str, str]
    basis: str
    examples_match: tuple[str, ...] = ()
    examples_no_match: tuple[str, ...] = ()
    conditions: tuple[Condition, ...] = ()
    requires_context: tuple[str, ...] = ()
    adjustments: tuple[Adjustment, ...] = ()
    source: str = ""
    regex: re.Pattern[str] | None = field(default=None, repr=False)
    # Per pattern: literals of which one must occur for it to match (None: always try it).
    gates: tuple[frozenset[str] | None, ...] = field(default=(), repr=False)
    # A rule without patterns that reports the learned model instead (see learned.py):
    # "risky" or "hard", the probability it reads, and the threshold at which it fires.
    learned: str | None = None
    threshold: float = 0.5
    # A rule without patterns that fires when at least ``at_least`` of the rules in
    # ``combines`` found something: details that are harmless alone identify together.
    combines: tuple[str, ...] = ()
    at_least: int = 2

    def __post_init__(self) -> None:
        for name in ("title", "message", "suggestion"):
            object.__setattr__(self, name, _frozen(getattr(self, name)))

    def text(self, name: str, lang: str) -> str:
        """``title``, ``message`` or ``suggestion`` in ``lang``, falling back to German."""
        values: Mapping[str, str] = getattr(self, name)
        return values.get(lang) or values.get("de") or values.get("en", "")

    @property
    def examples(self) -> Mapping[str, tuple[str, ...]]:
        return MappingProxyType({"match": self.examples_match, "no_match": self.examples_no_match})

    def applies_to(self, lang: str) -> bool:
        return "any" in self.languages or lang in self.languages


@dataclass(frozen=True)
class Finding:
    """One place in the post where a rule fired; offsets index the original text."""

    rule_id: str
    severity: Severity
    start: int
    end: int
    excerpt: str
    rule: Rule = field(compare=False, repr=False)

    def message(self, lang: str = "de") -> str:
        return self.rule.text("message", lang)

    def suggestion(self, lang: str = "de") -> str:
        return self.rule.text("suggestion", lang)

    @property
    def basis(self) -> str:
        return self.rule.basis

    def title(self, lang: str = "de") -> str:
        return self.rule.text("title", lang)
