"""Crisis mode: report an incident, work its crisis checklist, hold scheduled posts, close.

Pausing goes through the draft workflow (``Action.PAUSE``) so every paused draft has its
own audit event; the incident remembers exactly which drafts *it* paused and resumes
only those on close (and not those another open incident still holds).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from sqlite_utils import Database

from clinic_ambassadors.core.checklists import Kind, overdue
from clinic_ambassadors.core.drafts import Action, DraftState
from clinic_ambassadors.core.errors import DomainError, ValidationError
from clinic_ambassadors.core.posts import DraftFilter
from clinic_ambassadors.services import checklists
from clinic_ambassadors.services import drafts as draft_service
from clinic_ambassadors.services.writes import reading, transaction
from clinic_ambassadors.storage import audit
from clinic_ambassadors.storage import drafts as draft_store
from clinic_ambassadors.storage import incidents as store
from clinic_ambassadors.storage.audit import Actor
from clinic_ambassadors.storage.connection import ProgrammeFile
from clinic_ambassadors.storage.incidents import IncidentRecord, TimelineNote

ENTITY = "incident"
MAX_TITLE = 300
MAX_TEXT = 10_000


class Severity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class PauseScope(StrEnum):
    NONE = "none"
    PROGRAMME = "programme"
    AMBASSADOR = "ambassador"


class IncidentClosed(DomainError):
    code = "incident_closed"
    default = "The incident is already closed."


@dataclass(frozen=True)
class IncidentView:
    """An incident with its crisis checklist, paused drafts and timeline."""

    incident: IncidentRecord
    checklist: checklists.ChecklistView | None
    paused: tuple[tuple[str, str, str, bool], ...]  # (draft id, title, state, paused now)
    timeline: tuple[TimelineNote, ...]

    def overdue_ids(self, now: datetime) -> list[str]:
        if self.checklist is None:
            return []
        return [i.id for i in overdue(self.checklist.template, self.checklist.events,
                                      self.checklist.started_at(), now)]


def _now() -> datetime:
    return datetime.now(UTC)


def _scheduled_in_scope(db: Database, scope: PauseScope, ambassador_id: str | None) -> list[str]:
    if scope is PauseScope.NONE:
        return []
    flt = DraftFilter(states=frozenset({DraftState.SCHEDULED}),
                      ambassador_id=ambassador_id if scope is PauseScope.AMBASSADOR else None)
    return [d.id for d in draft_store.page(db, flt, 0, 100_000) if not d.paused]


def report_incident(pf: ProgrammeFile, actor: Actor, title: str, *,
                    severity: Severity | str = Severity.MEDIUM, description: str = "",
                    draft_id: str | None = None, ambassador_id: str | None = None,
                    pause_scope: PauseScope | str = PauseScope.NONE,
                    started_at: datetime | None = None) -> IncidentRecord:
    """Create the incident, start its crisis checklist and pause posts in scope, atomically."""
    severity, pause_scope = Severity(severity), PauseScope(pause_scope)
    problems = []
    if not title.strip():
        problems.append(("title", "required"))
    if len(title) > MAX_TITLE:
        problems.append(("title", "too_long"))
    if len(description) > MAX_TEXT:
        problems.append(("notes", "too_long"))
    if pause_scope is PauseScope.AMBASSADOR and not ambassador_id:
        problems.append(("ambassador", "required"))
    if problems:
        raise ValidationError(problems)
    start = (started_at or _now()).astimezone(UTC).isoformat(timespec="seconds")
    rec = IncidentRecord(str(uuid.uuid4()), title.strip(), severity.value, description.strip(),
                         draft_id, ambassador_id, pause_scope.value, start, None, "", actor.id)
    with transaction(pf) as db:
        store.insert(db, rec)
        checklists.start_instance(db, actor, Kind.CRISIS_RESPONSE, rec.id, started_at=start)
        paused = []
        for scheduled_id in _scheduled_in_scope(db, pause_scope, ambassador_id):
            draft_service.act(pf, actor, scheduled_id, Action.PAUSE)  # nested: a savepoint
            store.add_paused(db, rec.id, scheduled_id)
            paused.append(scheduled_id)
        audit.record(db, actor, ENTITY, rec.id, "report", rec.title,
                     {"severity": rec.severity, "pause_scope": rec.pause_scope,
                      "ambassador_id": ambassador_id, "draft_id": draft_id, "paused": paused})
    return rec


def close_incident(pf: ProgrammeFile, actor: Actor, incident_id: str,
                   resolution: str) -> list[str]:
    """Close with a resolution and resume exactly the drafts this incident paused.

    Returns the resumed draft ids. Drafts that meanwhile left "scheduled", were resumed
    by hand, or are still held by another open incident stay as they are.
    """
    if not resolution.strip():
        raise ValidationError([("resolution", "required")])
    resumed: list[str] = []
    with transaction(pf) as db:
        rec = store.get(db, incident_id)
        if not rec.is_open:
            raise IncidentClosed(incident_id=incident_id)
        for draft_id in store.paused_drafts(db, incident_id):
            draft = draft_store.get(db, draft_id)
            if draft.state is not DraftState.SCHEDULED or not draft.paused:
                continue
            if store.held_by_other_open(db, incident_id, draft_id):
                continue
            draft_service.act(pf, actor, draft_id, Action.RESUME)
            resumed.append(draft_id)
        store.close(db, incident_id, resolution.strip())
        inst = checklists.latest_instance(db, Kind.CRISIS_RESPONSE, incident_id)
        if inst is not None:
            from clinic_ambassadors.storage import checklists as checklist_store

            checklist_store.close_instance(db, inst.id)
        audit.record(db, actor, ENTITY, incident_id, "close", rec.title,
                     {"resolution": resolution.strip(), "resumed": resumed})
    return resumed


def add_note(pf: ProgrammeFile, actor: Actor, incident_id: str, text: str) -> TimelineNote:
    if not text.strip():
        raise ValidationError([("notes", "required")])
    if len(text) > MAX_TEXT:
        raise ValidationError([("notes", "too_long")])
    with transaction(pf) as db:
        rec = store.get(db, incident_id)
        note = store.add_note(db, incident_id, actor.id, text.strip())
        audit.record(db, actor, ENTITY, incident_id, "note", rec.title, {"note_id": note.id})
    return note


def incidents(pf: ProgrammeFile, open_only: bool = False) -> list[IncidentRecord]:
    return reading(pf, lambda db: store.listing(db, open_only))


def incident_view(pf: ProgrammeFile, incident_id: str) -> IncidentView:
    def build(db: Database) -> IncidentView:
        rec = store.get(db, incident_id)
        inst = checklists.latest_instance(db, Kind.CRISIS_RESPONSE, incident_id)
        paused = []
        for draft_id in store.paused_drafts(db, incident_id):
            d = draft_store.get(db, draft_id)
            paused.append((d.id, d.title, d.state.value, d.paused))
        return IncidentView(rec, checklists.load_view(db, inst) if inst else None,
                            tuple(paused), tuple(store.timeline(db, incident_id)))

    return reading(pf, build)


def scheduled_count(pf: ProgrammeFile, ambassador_id: str | None = None) -> int:
    """How many scheduled, not yet paused posts a pause would hold (shown before reporting)."""
    scope = PauseScope.AMBASSADOR if ambassador_id else PauseScope.PROGRAMME
    return reading(pf, lambda db: len(_scheduled_in_scope(db, scope, ambassador_id)))
