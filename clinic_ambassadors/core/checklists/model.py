"""Checklist templates as immutable values: kinds, roles, steps, items, bilingual text."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from .errors import ChecklistError, ErrorCode

LANGUAGES = ("de", "en")


class Kind(StrEnum):
    PROGRAMME_SETUP = "programme_setup"
    AMBASSADOR_ONBOARDING = "ambassador_onboarding"
    PRE_PUBLICATION = "pre_publication"
    CRISIS_RESPONSE = "crisis_response"
    OFFBOARDING = "offboarding"


class AttachTo(StrEnum):
    PROGRAMME = "programme"
    AMBASSADOR = "ambassador"
    DRAFT = "draft"
    INCIDENT = "incident"


#: What each kind of checklist is attached to; a template must agree with it.
KIND_ATTACHES_TO: Mapping[Kind, AttachTo] = {
    Kind.PROGRAMME_SETUP: AttachTo.PROGRAMME,
    Kind.AMBASSADOR_ONBOARDING: AttachTo.AMBASSADOR,
    Kind.PRE_PUBLICATION: AttachTo.DRAFT,
    Kind.CRISIS_RESPONSE: AttachTo.INCIDENT,
    Kind.OFFBOARDING: AttachTo.AMBASSADOR,
}


class Role(StrEnum):
    """Who may tick an item. ``author`` is the draft's author, granted per draft by the caller."""

    MANAGER = "manager"
    REVIEWER = "reviewer"
    AMBASSADOR = "ambassador"
    AUTHOR = "author"
    ANY = "any"


class Part(StrEnum):
    """The two halves of the pre-publication checklist."""

    AUTHOR = "author"
    REVIEWER = "reviewer"


class CrisisStep(StrEnum):
    BEFORE = "before"
    FIRST_HOUR = "first_hour"
    HOURS_2_6 = "hours_2_6"
    HOURS_24_72 = "hours_24_72"
    AFTERWARDS = "afterwards"


#: Default due offsets in hours from the start of an incident; items may override them.
CRISIS_DUE_HOURS: Mapping[CrisisStep, int] = {
    CrisisStep.FIRST_HOUR: 1,
    CrisisStep.HOURS_2_6: 6,
    CrisisStep.HOURS_24_72: 72,
}


def normalise_lang(lang: str) -> str:
    """Map 'de_DE', 'de-AT', 'EN' ... to 'de' or 'en'; anything else falls back to English."""
    base = lang.replace("-", "_").split("_", 1)[0].lower()
    return base if base in LANGUAGES else "en"


@dataclass(frozen=True)
class LocalText(Mapping[str, str]):
    """A text in German and English: ``t("de")``, ``t["en"]`` and ``dict(t)`` all work."""

    de: str
    en: str

    def __call__(self, lang: str) -> str:
        """The text in ``lang``, falling back to the other language when it is empty."""
        code = normalise_lang(lang)
        first, second = (self.de, self.en) if code == "de" else (self.en, self.de)
        return first or second

    def __getitem__(self, lang: str) -> str:
        if lang not in LANGUAGES:
            raise KeyError(lang)
        return str(getattr(self, lang))

    def __iter__(self) -> Iterator[str]:
        return iter(LANGUAGES)

    def __len__(self) -> int:
        return len(LANGUAGES)

    def as_dict(self) -> dict[str, str]:
        return {"de": self.de, "en": self.en}

    @classmethod
    def of(cls, value: LocalText | Mapping[str, str] | str) -> LocalText:
        """Accept a LocalText, a {de, en} mapping or one language-neutral string."""
        if isinstance(value, LocalText):
            return value
        if isinstance(value, str):
            return cls(de=value, en=value)
        return cls(de=value["de"], en=value["en"])


@dataclass(frozen=True)
class Step:
    """A phase of a road map or a time step of the crisis list, in display order."""

    id: str
    title: LocalText


@dataclass(frozen=True)
class Item:
    id: str
    text: LocalText
    required: bool
    role: Role
    help: LocalText | None = None
    basis: LocalText | None = None
    part: Part | None = None
    step: str | None = None
    owner_role: Role | None = None
    due_hours: int | None = None

    def help_text(self, lang: str) -> str:
        return self.help(lang) if self.help is not None else ""

    def basis_text(self, lang: str) -> str:
        return self.basis(lang) if self.basis is not None else ""

    def may_tick(self, roles: frozenset[Role]) -> bool:
        return self.role is Role.ANY or self.role in roles


@dataclass(frozen=True)
class Template:
    id: str
    version: int
    kind: Kind
    attaches_to: AttachTo
    title: LocalText
    items: tuple[Item, ...]
    description: LocalText | None = None
    note: LocalText | None = None
    steps: tuple[Step, ...] = field(default=())

    @property
    def key(self) -> tuple[str, int]:
        """(id, version): what an instance stores to find its exact template again."""
        return (self.id, self.version)

    def item(self, item_id: str) -> Item:
        for item in self.items:
            if item.id == item_id:
                return item
        raise ChecklistError(ErrorCode.UNKNOWN_ITEM, template_id=self.id, item_id=item_id)

    def has_item(self, item_id: str) -> bool:
        return any(item.id == item_id for item in self.items)

    def step(self, step_id: str) -> Step | None:
        return next((step for step in self.steps if step.id == step_id), None)

    def items_in_step(self, step_id: str) -> tuple[Item, ...]:
        return tuple(item for item in self.items if item.step == step_id)

    def road_map(self) -> tuple[Item, ...]:
        """Items in road-map order: by step order, then file order (stable)."""
        order = {step.id: index for index, step in enumerate(self.steps)}
        ranked = sorted(
            enumerate(self.items),
            key=lambda pair: (order.get(pair[1].step or "", len(order)), pair[0]),
        )
        return tuple(item for _, item in ranked)

    def description_text(self, lang: str) -> str:
        return self.description(lang) if self.description is not None else ""

    def note_text(self, lang: str) -> str:
        return self.note(lang) if self.note is not None else ""

    def revised(
        self,
        *,
        title: LocalText | Mapping[str, str] | None = None,
        description: LocalText | Mapping[str, str] | None = None,
        note: LocalText | Mapping[str, str] | None = None,
        items: Sequence[Item] | None = None,
        steps: Sequence[Step] | None = None,
    ) -> Template:
        """A copy with the given changes and ``version + 1``; raises TemplateError if invalid.

        Instances keep pointing at the version they started with, so old ticks stay
        meaningful after an edit.
        """
        from .structure import check_template

        changes: dict[str, object] = {"version": self.version + 1}
        if title is not None:
            changes["title"] = LocalText.of(title)
        if description is not None:
            changes["description"] = LocalText.of(description)
        if note is not None:
            changes["note"] = LocalText.of(note)
        if items is not None:
            changes["items"] = tuple(items)
        if steps is not None:
            changes["steps"] = tuple(steps)
        new = dataclasses.replace(self, **changes)  # type: ignore[arg-type]
        check_template(new)
        return new
