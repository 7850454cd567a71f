"""Checklist items that state a fact the programme file also records, and where they disagree.

A tick is a person's word. Where the file keeps the same fact itself (the photo consent of
every person shown on a draft's images), the word and the record can contradict each
other; this module says which items claim which fact and turns recorded problems into
contradictions of those items. The services supply the problems (they read the file).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from .errors import ChecklistError, ErrorCode
from .model import Kind, Template


class Fact(StrEnum):
    """A fact the app keeps records of."""

    PHOTO_CONSENT = "photo_consent"  # every person shown on the draft's images consented
    #: The ambassador's own consents, kept on their roster record (one fact, two places).
    PARTICIPATION_CONSENT = "participation_consent"
    OWN_PHOTO_CONSENT = "own_photo_consent"


class Problem(StrEnum):
    MISSING = "missing"  # no consent on file (roster) or not marked as given (someone else)
    WITHDRAWN = "withdrawn"  # on file, but withdrawn


class Subject(StrEnum):
    """Whom a problem is about, which decides where it is fixed."""

    ROSTER = "roster"  # an ambassador: consents are kept on the Ambassadors page
    OTHER = "other"  # a patient, visitor, colleague not on the roster: marked on the image


#: Per checklist kind: the items (by id) whose tick claims a recorded fact. Linked by id,
#: so a clinic's edited template that keeps the id keeps the link, and instances on an
#: older template version are covered as well.
ITEM_FACTS: Mapping[Kind, Mapping[str, Fact]] = {
    Kind.PRE_PUBLICATION: {
        "people_consented": Fact.PHOTO_CONSENT,  # author: every person shown consented
        "review_images": Fact.PHOTO_CONSENT,  # reviewer: images checked, consent for everyone
    },
    Kind.AMBASSADOR_ONBOARDING: {
        "agreement_signed": Fact.PARTICIPATION_CONSENT,
        "photo_consent": Fact.OWN_PHOTO_CONSENT,
    },
}


@dataclass(frozen=True)
class RecordedProblem:
    """What the file says against a fact: ``subject`` is who (a name), ``where`` e.g. an image,
    ``subject_kind`` whether they are on the roster (the advice differs)."""

    fact: Fact
    problem: Problem
    subject: str
    where: str = ""
    subject_kind: Subject = Subject.ROSTER

    def as_dict(self) -> dict[str, str]:
        return {"fact": self.fact.value, "problem": self.problem.value, "subject": self.subject,
                "where": self.where, "subject_kind": self.subject_kind.value}


@dataclass(frozen=True)
class Contradiction:
    """An item whose tick (or a tick it would get) the records contradict."""

    item_id: str
    record: RecordedProblem


def linked_fact(template: Template, item_id: str) -> Fact | None:
    return ITEM_FACTS.get(template.kind, {}).get(item_id)


def contradictions(template: Template,
                   problems: Iterable[RecordedProblem]) -> tuple[Contradiction, ...]:
    """Every (item, recorded problem) pair where the item claims the problem's fact."""
    problems = tuple(problems)
    links = ITEM_FACTS.get(template.kind, {})
    out: list[Contradiction] = []
    for item in template.items:
        fact = links.get(item.id)
        if fact is not None:
            out.extend(Contradiction(item.id, p) for p in problems if p.fact is fact)
    return tuple(out)


def refuse_if_contradicted(item_id: str, found: Sequence[Contradiction]) -> None:
    """Raise ``contradicts_records`` when the records say otherwise about ``item_id``.

    Refused rather than confirmed with a note: see ``services.checklists.set_item``.
    """
    records = [c.record.as_dict() for c in found if c.item_id == item_id]
    if records:
        raise ChecklistError(ErrorCode.CONTRADICTS_RECORDS, item_id=item_id, records=records)
