"""Use cases for the roster: list, save with validation, change status, archive."""

from __future__ import annotations

from dataclasses import fields

from clinic_ambassadors.core.ambassadors import (
    Ambassador,
    AmbassadorFilter,
    AmbassadorStatus,
    validate_ambassador,
)
from clinic_ambassadors.core.errors import ValidationError
from clinic_ambassadors.storage import ambassadors as store
from clinic_ambassadors.storage import audit
from clinic_ambassadors.storage.audit import Actor
from clinic_ambassadors.storage.connection import ProgrammeFile
from clinic_ambassadors.services import onboarding
from clinic_ambassadors.services.writes import reading, transaction

ENTITY = "ambassador"


def count(pf: ProgrammeFile, flt: AmbassadorFilter | None = None) -> int:
    return reading(pf, lambda db: store.count(db, flt))


def page(pf: ProgrammeFile, flt: AmbassadorFilter | None = None, offset: int = 0,
         limit: int = 200) -> list[Ambassador]:
    return reading(pf, lambda db: store.page(db, flt, offset, limit))


def get(pf: ProgrammeFile, ambassador_id: str) -> Ambassador:
    return reading(pf, lambda db: store.get(db, ambassador_id))


def changed_fields(old: Ambassador | None, new: Ambassador) -> list[str]:
    if old is None:
        return []
    skip = {"updated_at", "id"}
    return [f.name for f in fields(Ambassador)
            if f.name not in skip and getattr(old, f.name) != getattr(new, f.name)]


def save(pf: ProgrammeFile, actor: Actor, amb: Ambassador,
         status_guard: object | None = None) -> Ambassador:
    """Validate, then write the ambassador and its audit event in one transaction."""
    problems = validate_ambassador(amb)
    if problems:
        raise ValidationError([(p.field, p.code) for p in problems])
    onboarding.guard_status_change(pf, actor, amb)  # refusals are audited in their own transaction
    with transaction(pf) as db:
        try:
            old: Ambassador | None = store.get(db, amb.id)
        except Exception:
            old = None
        stored, is_new = store.save(db, amb)
        onboarding.on_ambassador_saved(db, actor, old, stored)
        if is_new:
            audit.record(db, actor, ENTITY, amb.id, "create", stored.name,
                         {"status": stored.status.value, "job_role": stored.job_role.value})
        else:
            changed = changed_fields(old, stored)
            data: dict[str, object] = {"fields": changed}
            if old is not None and old.status != stored.status:
                data["status"] = [old.status.value, stored.status.value]
            audit.record(db, actor, ENTITY, amb.id, "update", stored.name, data)
    return stored


def set_status(pf: ProgrammeFile, actor: Actor, ambassador_id: str,
               status: AmbassadorStatus) -> Ambassador:
    amb = get(pf, ambassador_id)
    return save(pf, actor, amb.with_changes(status=status))


def archive(pf: ProgrammeFile, actor: Actor, ambassador_id: str) -> Ambassador:
    """Ambassadors are never deleted: leaving makes them alumni, history stays."""
    return set_status(pf, actor, ambassador_id, AmbassadorStatus.ALUMNI)
