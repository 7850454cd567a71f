"""Managing who may use a programme: profiles, their roles and PINs, and the link
between an ambassador on the roster and the profile they log in with.

Without this a new programme would be stuck with the one profile the set-up made:
no reviewers (so no review policy) and no ambassador logins (so no drafts and no
ambassador onboarding ticks). Only managers change profiles, every change is audited,
and a programme always keeps at least one manager.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from sqlite_utils import Database

from clinic_ambassadors.core.ambassadors import Ambassador
from clinic_ambassadors.core.errors import DomainError, NotFound, ValidationError
from clinic_ambassadors.core.programme import Profile, Role
from clinic_ambassadors.services import ambassadors as ambassador_service
from clinic_ambassadors.services.programme import hash_pin
from clinic_ambassadors.services.writes import reading, transaction
from clinic_ambassadors.storage import audit
from clinic_ambassadors.storage import programme as programme_store
from clinic_ambassadors.storage.audit import Actor
from clinic_ambassadors.storage.connection import ProgrammeFile

ENTITY = "profile"


class ProfileRefused(DomainError):
    """A profile change the rules do not allow.

    Codes: ``not_a_manager`` (only managers change profiles), ``last_manager`` (the
    programme would lose its last manager), ``already_linked`` (the ambassador has a
    profile already).
    """

    code = "profile_refused"
    default = "This change to the profiles is not allowed."


@dataclass(frozen=True)
class ProfileRow:
    """A profile with the ambassador it is linked to, for the People table."""

    profile: Profile
    ambassador_id: str | None = None
    ambassador_name: str | None = None


@dataclass(frozen=True)
class UnlinkedAmbassador:
    id: str
    name: str


# --- storage helpers (SQL on the profiles table) -------------------------------------------

def _profile(db: Database, profile_id: str) -> Profile:
    for p in programme_store.profiles(db):
        if p.id == profile_id:
            return p
    raise NotFound()


def _managers(db: Database) -> list[Profile]:
    return [p for p in programme_store.profiles(db) if p.has(Role.MANAGER)]


def _require_manager(db: Database, actor: Actor) -> None:
    if actor.id is None:  # the system (migrations, demo) may always
        return
    if not any(p.id == actor.id for p in _managers(db)):
        raise ProfileRefused("not_a_manager", "Only a practice manager may change profiles.")


def _linked_ambassador(db: Database, profile_id: str) -> tuple[str, str] | None:
    row = db.execute("SELECT id, name FROM ambassadors WHERE profile_id = ? LIMIT 1",
                     [profile_id]).fetchone()
    return (row[0], row[1]) if row else None


def _link(db: Database, actor: Actor, profile_id: str, ambassador_id: str | None) -> None:
    """Point one ambassador at the profile (and no other ambassador at it)."""
    old = _linked_ambassador(db, profile_id)
    if old and old[0] == ambassador_id:
        return
    if ambassador_id is not None:
        row = db.execute("SELECT name, profile_id FROM ambassadors WHERE id = ?",
                         [ambassador_id]).fetchone()
        if row is None:
            raise NotFound()
        if row[1] and row[1] != profile_id:
            raise ProfileRefused("already_linked", "This ambassador already has a profile.")
    db.execute("UPDATE ambassadors SET profile_id = NULL WHERE profile_id = ?", [profile_id])
    if ambassador_id is not None:
        db.execute("UPDATE ambassadors SET profile_id = ?, updated_at = ? WHERE id = ?",
                   [profile_id, audit.now_iso(), ambassador_id])
    audit.record(db, actor, ENTITY, profile_id, "link_ambassador", "",
                 {"ambassador_id": ambassador_id, "previous": old[0] if old else None})


def _validate(name: str | None, roles: Iterable[Role] | None, pin: str | None) -> None:
    problems: list[tuple[str, str]] = []
    if name is not None:
        if not name.strip():
            problems.append(("name", "required"))
        elif len(name.strip()) > 200:
            problems.append(("name", "too_long"))
    if roles is not None and not frozenset(roles):
        problems.append(("roles", "required"))
    if pin and (not pin.isdigit() or not 4 <= len(pin) <= 12):
        problems.append(("pin", "invalid_pin"))
    if problems:
        raise ValidationError(problems)


def _roles_data(roles: Iterable[Role]) -> list[str]:
    return sorted(Role(r).value for r in roles)


# --- use cases -----------------------------------------------------------------------------

def list_profiles_with_links(pf: ProgrammeFile) -> list[ProfileRow]:
    def load(db: Database) -> list[ProfileRow]:
        links = {r[0]: (r[1], r[2]) for r in db.execute(
            "SELECT profile_id, id, name FROM ambassadors WHERE profile_id IS NOT NULL")}
        return [ProfileRow(p, *links.get(p.id, (None, None)))
                for p in programme_store.profiles(db)]
    return reading(pf, load)


def unlinked_ambassadors(pf: ProgrammeFile) -> list[UnlinkedAmbassador]:
    """Ambassadors (not alumni) without a profile: the choices for "Link to ambassador"."""
    return reading(pf, lambda db: [UnlinkedAmbassador(r[0], r[1]) for r in db.execute(
        "SELECT id, name FROM ambassadors WHERE profile_id IS NULL AND status != 'alumni'"
        " ORDER BY name COLLATE NOCASE")])


def add_profile(pf: ProgrammeFile, actor: Actor, name: str, roles: Iterable[Role],
                pin: str = "", ambassador_id: str | None = None) -> Profile:
    roles = frozenset(Role(r) for r in roles)
    _validate(name, roles, pin)
    if ambassador_id is not None and Role.AMBASSADOR not in roles:
        raise ValidationError([("roles", "ambassador_role_needed")])
    with transaction(pf) as db:
        _require_manager(db, actor)
        prof = programme_store.add_profile(db, name, roles, hash_pin(pin) if pin else None)
        audit.record(db, actor, ENTITY, prof.id, "create", prof.name,
                     {"roles": _roles_data(roles), "pin": bool(pin)})
        if ambassador_id is not None:
            _link(db, actor, prof.id, ambassador_id)
    return prof


def set_roles(pf: ProgrammeFile, actor: Actor, profile_id: str,
              roles: Iterable[Role]) -> Profile:
    """Change roles; refuses ``last_manager``. Losing the ambassador role drops the link."""
    roles = frozenset(Role(r) for r in roles)
    _validate(None, roles, None)
    with transaction(pf) as db:
        _require_manager(db, actor)
        old = _profile(db, profile_id)
        if old.has(Role.MANAGER) and Role.MANAGER not in roles and \
                len(_managers(db)) <= 1:
            raise ProfileRefused("last_manager",
                                 "A programme must keep at least one practice manager.")
        if old.roles == roles:
            return old
        if old.has(Role.REVIEWER) and Role.REVIEWER not in roles:
            from clinic_ambassadors.services.review_policy import without_reviewer

            without_reviewer(db, actor, profile_id)
        db.execute("UPDATE profiles SET roles = ? WHERE id = ?",
                   [json.dumps(_roles_data(roles)), profile_id])
        audit.record(db, actor, ENTITY, profile_id, "set_roles", old.name,
                     {"roles": [_roles_data(old.roles), _roles_data(roles)]})
        if Role.AMBASSADOR not in roles and _linked_ambassador(db, profile_id):
            _link(db, actor, profile_id, None)
        return _profile(db, profile_id)


def set_pin(pf: ProgrammeFile, actor: Actor, profile_id: str, pin: str) -> Profile:
    """Set a new PIN, or clear it with ``""``. The audit event never holds the PIN."""
    pin = pin.strip()
    _validate(None, None, pin)
    with transaction(pf) as db:
        _require_manager(db, actor)
        old = _profile(db, profile_id)
        db.execute("UPDATE profiles SET pin_hash = ? WHERE id = ?",
                   [hash_pin(pin) if pin else None, profile_id])
        audit.record(db, actor, ENTITY, profile_id, "set_pin" if pin else "clear_pin", old.name)
        return _profile(db, profile_id)


def link_ambassador(pf: ProgrammeFile, actor: Actor, profile_id: str,
                    ambassador_id: str | None) -> None:
    with transaction(pf) as db:
        _require_manager(db, actor)
        prof = _profile(db, profile_id)
        if ambassador_id is not None and not prof.has(Role.AMBASSADOR):
            raise ValidationError([("roles", "ambassador_role_needed")])
        _link(db, actor, profile_id, ambassador_id)


def save_with_profile(pf: ProgrammeFile, actor: Actor, amb: Ambassador,
                      create_profile: bool) -> Ambassador:
    """Save the ambassador; optionally give them an ambassador profile linked to them.

    The save runs first (with its validation and onboarding guard); the profile and the
    link are then written together in one transaction, so there is never a profile
    without its link.
    """
    stored = ambassador_service.save(pf, actor, amb)
    if not create_profile or stored.profile_id:
        return stored
    prof = add_profile(pf, actor, stored.name, frozenset({Role.AMBASSADOR}),
                       ambassador_id=stored.id)
    return ambassador_service.get(pf, stored.id) if prof else stored
