"""Ambassador checklists: the onboarding gate before "active", offboarding on withdrawal.

``check_status_change`` and ``on_ambassador_saved`` run inside
``services.ambassadors.save``'s transaction; ``guard_status_change`` is the same gate
for callers that want the refusal on record (a refusal rolls back the save, so it is
audited in its own short transaction).
"""

from __future__ import annotations

import json
from datetime import date

from sqlite_utils import Database

from clinic_ambassadors.core.ambassadors import Ambassador, AmbassadorStatus, Consent, ConsentKind
from clinic_ambassadors.core.checklists import Kind
from clinic_ambassadors.core.drafts import DraftState
from clinic_ambassadors.core.errors import DomainError, NotFound
from clinic_ambassadors.core.programme import Role
from clinic_ambassadors.services import checklists
from clinic_ambassadors.services.writes import reading, transaction
from clinic_ambassadors.storage import ambassadors as ambassador_store
from clinic_ambassadors.storage import audit
from clinic_ambassadors.storage import programme as programme_store
from clinic_ambassadors.storage.audit import Actor
from clinic_ambassadors.storage.connection import ProgrammeFile

ENTITY = "ambassador"
#: Drafts that still lie ahead of publication and must be looked at after a withdrawal.
PLANNED_STATES = (DraftState.IDEA, DraftState.DRAFT, DraftState.IN_REVIEW,
                  DraftState.CHANGES_REQUESTED, DraftState.APPROVED, DraftState.SCHEDULED)
FLAG_ACTION = "flagged_consent_withdrawn"


class ActivationRefused(DomainError):
    """Status "active" refused for who asked: ``not_a_manager`` (only a practice manager sets
    people active) or ``self_activation`` (nobody sets their own record active while another
    manager could)."""

    code = "activation_refused"
    default = "You may not set this ambassador active."


class OnboardingIncomplete(DomainError):
    """Status "active" refused: ``data["items"]`` are the open item ids, ``data["names"]``
    their texts as {"de": [...], "en": [...]}."""

    code = "onboarding_incomplete"
    default = "Required onboarding items are still open."


def missing_onboarding(db: Database, ambassador_id: str) -> tuple[list[str], dict[str, list[str]]]:
    """Open required items of the ambassador's latest onboarding checklist (all when none)."""
    inst = checklists.latest_instance(db, Kind.AMBASSADOR_ONBOARDING, ambassador_id)
    if inst is None:
        template = checklists.active_template(db, Kind.AMBASSADOR_ONBOARDING)
        missing = [i for i in template.items if i.required]
    else:
        missing = checklists.load_view(db, inst).missing()
    ids = [i.id for i in missing]
    names = {lang: [i.text(lang) for i in missing] for lang in ("de", "en")}
    return ids, names


def needs_gate(old: Ambassador | None, new: Ambassador) -> bool:
    """Becoming active needs the onboarding items, except when coming back from a pause.

    A new record is no exception: someone typed into the roster as "active" would post
    without the training, agreement and consents the gate stands for.
    """
    if new.status is not AmbassadorStatus.ACTIVE:
        return False
    return old is None or old.status not in (AmbassadorStatus.ACTIVE, AmbassadorStatus.PAUSED)


def becomes_active(old: Ambassador | None, new: Ambassador) -> bool:
    return new.status is AmbassadorStatus.ACTIVE and (
        old is None or old.status is not AmbassadorStatus.ACTIVE)


def check_activator(db: Database, actor: Actor, old: Ambassador | None, new: Ambassador) -> None:
    """Only a practice manager sets someone active, and not themselves.

    The one exception is a practice whose only manager is also an ambassador: refusing them
    would leave nobody who could, so they may, and the audit log shows who did.
    """
    if actor.id is None or not becomes_active(old, new):
        return
    managers = [p.id for p in programme_store.profiles(db) if p.has(Role.MANAGER)]
    if actor.id not in managers:
        raise ActivationRefused("not_a_manager", "Only a practice manager sets an ambassador "
                                "active.", ambassador_id=new.id)
    own = actor.id in {new.profile_id, old.profile_id if old else None}
    if own and len(managers) > 1:
        raise ActivationRefused("self_activation", "Nobody sets their own record active; "
                                "another practice manager does.", ambassador_id=new.id)


def was_active_before(db: Database, ambassador_id: str) -> bool:
    """From the audit log: created as active, or once set active (a pause keeps that)."""
    for (data,) in db.execute(
            "SELECT data FROM audit_log WHERE entity = 'ambassador' AND entity_id = ?"
            " AND action IN ('create', 'update')", [ambassador_id]):
        status = json.loads(data or "{}").get("status")
        if status == AmbassadorStatus.ACTIVE.value or (
                isinstance(status, list) and AmbassadorStatus.ACTIVE.value in status[1:]):
            return True
    return False


def check_status_change(db: Database, old: Ambassador | None, new: Ambassador) -> None:
    """Raise OnboardingIncomplete if ``new`` may not become active yet."""
    resuming_never_active = (
        old is not None and old.status is AmbassadorStatus.PAUSED
        and new.status is AmbassadorStatus.ACTIVE and not was_active_before(db, new.id))
    if not needs_gate(old, new) and not resuming_never_active:
        return
    ids, names = missing_onboarding(db, new.id)
    if ids:
        raise OnboardingIncomplete(items=ids, names=names, ambassador_id=new.id)


def guard_status_change(pf: ProgrammeFile, actor: Actor, new: Ambassador) -> None:
    """Who may activate, then ``check_status_change``, against the stored record; refusals
    are audited."""
    def check(db: Database) -> None:
        try:
            old = ambassador_store.get(db, new.id)
        except NotFound:
            old = None
        check_activator(db, actor, old, new)
        check_status_change(db, old, new)

    try:
        reading(pf, check)
    except (OnboardingIncomplete, ActivationRefused) as refused:
        record_refusal(pf, actor, new.id, refused)
        raise


def record_refusal(pf: ProgrammeFile, actor: Actor, ambassador_id: str,
                   refused: DomainError) -> None:
    with transaction(pf) as db:
        audit.record(db, actor, ENTITY, ambassador_id, "refused", refused.code,
                     {"to": AmbassadorStatus.ACTIVE.value, "items": refused.data.get("items", []),
                      "reason": refused.code})


def _newly_withdrawn(old: Ambassador | None, new: Ambassador) -> list[Consent]:
    if old is None:
        return []
    before = {(c.kind, c.version, c.signed_on): c for c in old.consents}
    out = []
    for consent in new.consents:
        if consent.withdrawn_on is None:
            continue
        previous = before.get((consent.kind, consent.version, consent.signed_on))
        if previous is None or previous.withdrawn_on is None:
            out.append(consent)
    return out


def planned_drafts(db: Database, ambassador_id: str) -> list[tuple[str, str, str]]:
    """(id, title, state) of the ambassador's drafts before publication."""
    marks = ",".join("?" for _ in PLANNED_STATES)
    return [(r["id"], r["title"], r["state"]) for r in db.query(
        f"SELECT id, title, state FROM drafts WHERE ambassador_id = ? AND state IN ({marks})"
        " ORDER BY planned_date IS NULL, planned_date, created_at",
        [ambassador_id, *(s.value for s in PLANNED_STATES)])]


def on_ambassador_saved(db: Database, actor: Actor, old: Ambassador | None,
                        new: Ambassador) -> list[str]:
    """Start checklists a save implies; returns the ids of drafts flagged by a withdrawal.

    - entering "onboarding" starts an onboarding checklist unless an unfinished one runs;
    - a consent newly withdrawn starts the offboarding checklist (unless one is open)
      and flags every planned draft of the person (one audit event each).
    """
    entering = new.status is AmbassadorStatus.ONBOARDING and (
        old is None or old.status is not AmbassadorStatus.ONBOARDING)
    if entering:
        inst = checklists.latest_instance(db, Kind.AMBASSADOR_ONBOARDING, new.id)
        if inst is None or not checklists.load_view(db, inst).missing():
            checklists.start_instance(db, actor, Kind.AMBASSADOR_ONBOARDING, new.id)
    tick_recorded_consents(db, actor, new)
    withdrawn = _newly_withdrawn(old, new)
    if not withdrawn:
        return []
    kinds = sorted({c.kind.value for c in withdrawn})
    off = checklists.latest_instance(db, Kind.OFFBOARDING, new.id)
    if off is None or off.closed_at is not None:
        checklists.start_instance(db, actor, Kind.OFFBOARDING, new.id)
    flagged = []
    for draft_id, title, draft_state in planned_drafts(db, new.id):
        audit.record(db, actor, "draft", draft_id, FLAG_ACTION, title,
                     {"ambassador_id": new.id, "consents": kinds, "state": draft_state})
        flagged.append(draft_id)
    audit.record(db, actor, ENTITY, new.id, "consent_withdrawn", new.name,
                 {"consents": kinds, "flagged_drafts": flagged,
                  "on": max(c.withdrawn_on or date.min for c in withdrawn).isoformat()})
    return flagged


#: Onboarding items that state one of the ambassador's own consents (the same fact).
CONSENT_ITEMS = {ConsentKind.PARTICIPATION: "agreement_signed", ConsentKind.PHOTO: "photo_consent"}


def tick_recorded_consents(db: Database, actor: Actor, amb: Ambassador) -> list[str]:
    """A consent on the record ticks its onboarding item: one fact, entered once.

    Only in a running onboarding and only for whoever may keep the roster (a manager, or
    the system); returns the items ticked.
    """
    if actor.id is not None and not any(
            p.id == actor.id and p.has(Role.MANAGER) for p in programme_store.profiles(db)):
        return []
    inst = checklists.latest_instance(db, Kind.AMBASSADOR_ONBOARDING, amb.id)
    if inst is None or inst.closed_at is not None:
        return []
    ticked = []
    for kind, item_id in CONSENT_ITEMS.items():
        consent = amb.consent(kind)
        if consent is None or not consent.active:
            continue
        note = f"signed {consent.signed_on.isoformat()}" + (
            f", version {consent.version}" if consent.version else "")
        if checklists.tick_from_record(db, actor, inst, item_id, note):
            ticked.append(item_id)
    return ticked


def flagged_drafts(pf: ProgrammeFile, ambassador_id: str | None = None) -> list[str]:
    """Drafts flagged because their author withdrew consent (newest flag first)."""
    def build(db: Database) -> list[str]:
        sql = "SELECT DISTINCT entity_id FROM audit_log WHERE entity = 'draft' AND action = ?"
        params: list[object] = [FLAG_ACTION]
        if ambassador_id is not None:
            sql += " AND json_extract(data, '$.ambassador_id') = ?"
            params.append(ambassador_id)
        return [r[0] for r in db.execute(sql + " ORDER BY seq DESC", params).fetchall()]

    return reading(pf, build)


def onboarding_view(pf: ProgrammeFile, actor: Actor,
                    ambassador_id: str) -> checklists.ChecklistView:
    result = checklists.view_for(pf, actor, Kind.AMBASSADOR_ONBOARDING, ambassador_id)
    assert result is not None
    return result


def offboarding_view(pf: ProgrammeFile, actor: Actor,
                     ambassador_id: str) -> checklists.ChecklistView | None:
    return checklists.view_for(pf, actor, Kind.OFFBOARDING, ambassador_id, create=False)


def activate(pf: ProgrammeFile, actor: Actor, ambassador_id: str) -> Ambassador:
    """Set an ambassador active through the gate (refusal audited and raised)."""
    from clinic_ambassadors.services import ambassadors as ambassador_service

    amb = ambassador_service.get(pf, ambassador_id)
    new = amb.with_changes(status=AmbassadorStatus.ACTIVE)
    guard_status_change(pf, actor, new)
    return ambassador_service.save(pf, actor, new)


def in_onboarding(pf: ProgrammeFile) -> list[tuple[Ambassador, tuple[int, int]]]:
    """Ambassadors in onboarding with (ticked, total) of their required items."""
    def build(db: Database) -> list[tuple[Ambassador, tuple[int, int]]]:
        from clinic_ambassadors.core.ambassadors import AmbassadorFilter

        people = ambassador_store.page(
            db, AmbassadorFilter(statuses=frozenset({AmbassadorStatus.ONBOARDING})), 0, 10_000)
        out = []
        for amb in people:
            inst = checklists.latest_instance(db, Kind.AMBASSADOR_ONBOARDING, amb.id)
            if inst is None:
                template = checklists.active_template(db, Kind.AMBASSADOR_ONBOARDING)
                out.append((amb, (0, sum(1 for i in template.items if i.required))))
            else:
                current = checklists.load_view(db, inst)
                from clinic_ambassadors.core.checklists import progress

                out.append((amb, progress(current.template, current.events, required_only=True)))
        return out

    return reading(pf, build)
