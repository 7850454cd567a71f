"""Creating a programme and reading who may use it."""

from __future__ import annotations

import hashlib
import hmac
import os

from clinic_ambassadors.core.errors import ValidationError
from clinic_ambassadors.core.programme import Profile, Programme, Role
from clinic_ambassadors.storage import audit
from clinic_ambassadors.storage import programme as store
from clinic_ambassadors.storage.audit import Actor
from clinic_ambassadors.storage.connection import ProgrammeFile
from clinic_ambassadors.services.writes import reading, transaction


def get(pf: ProgrammeFile) -> Programme | None:
    return reading(pf, store.get)


def profiles(pf: ProgrammeFile) -> list[Profile]:
    return reading(pf, store.profiles)


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), salt, 200_000)
    return salt.hex() + "$" + digest.hex()


def check_pin(pf: ProgrammeFile, profile_id: str, pin: str) -> bool:
    stored = reading(pf, lambda db: store.pin_hash(db, profile_id))
    if not stored:
        return True
    salt_hex, _, digest_hex = stored.partition("$")
    candidate = hash_pin(pin, bytes.fromhex(salt_hex)).partition("$")[2]
    return hmac.compare_digest(candidate, digest_hex)


def set_up(pf: ProgrammeFile, clinic_name: str, your_name: str, roles: frozenset[Role],
           language: str = "de", pin: str = "", is_demo: bool = False,
           reviewer_name: str = "") -> tuple[Programme, Profile]:
    """The welcome flow's single write: programme row, first profile (and a reviewer), audit.

    A new programme always reviews: with no stored policy, every profile with the reviewer
    role reviews ("required", any one approves; ``services.review_policy``). That is the
    first profile when it has the role, a reviewer profile created for ``reviewer_name``,
    or whoever gets the role later (until then a draft cannot be submitted, and Today says
    to add a reviewer).
    """
    problems = []
    if not clinic_name.strip():
        problems.append(("clinic_name", "required"))
    if not your_name.strip():
        problems.append(("your_name", "required"))
    if not roles:
        problems.append(("roles", "required"))
    if pin and (not pin.isdigit() or not 4 <= len(pin) <= 12):
        problems.append(("pin", "invalid_pin"))
    if len(reviewer_name.strip()) > 200:
        problems.append(("reviewer_name", "too_long"))
    if problems:
        raise ValidationError(problems)
    with transaction(pf) as db:
        prog = store.create(db, clinic_name, language, is_demo)
        prof = store.add_profile(db, your_name, roles, hash_pin(pin) if pin else None)
        actor = Actor(prof.id, prof.name)
        audit.record(db, actor, "programme", prog.id, "create", prog.clinic_name)
        audit.record(db, actor, "profile", prof.id, "create", prof.name,
                     {"roles": sorted(r.value for r in roles)})
        if reviewer_name.strip():
            other = store.add_profile(db, reviewer_name.strip(), frozenset({Role.REVIEWER}), None)
            audit.record(db, actor, "profile", other.id, "create", other.name,
                         {"roles": [Role.REVIEWER.value]})
    return prog, prof


def add_profile(pf: ProgrammeFile, actor: Actor, name: str, roles: frozenset[Role],
                pin: str = "") -> Profile:
    if not name.strip():
        raise ValidationError([("name", "required")])
    with transaction(pf) as db:
        prof = store.add_profile(db, name, roles, hash_pin(pin) if pin else None)
        audit.record(db, actor, "profile", prof.id, "create", prof.name,
                     {"roles": sorted(r.value for r in roles)})
    return prof


def update_programme(pf: ProgrammeFile, actor: Actor, prog: Programme) -> None:
    if not prog.clinic_name.strip():
        raise ValidationError([("clinic_name", "required")])
    with transaction(pf) as db:
        store.update(db, prog)
        audit.record(db, actor, "programme", prog.id, "update", prog.clinic_name)
