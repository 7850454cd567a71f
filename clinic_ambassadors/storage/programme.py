"""The programme row (one per file) and the app's user profiles."""

from __future__ import annotations

import json
import uuid
from typing import Any

from sqlite_utils import Database

from clinic_ambassadors.core.programme import Profile, Programme, Role
from clinic_ambassadors.storage.audit import now_iso


def get(db: Database) -> Programme | None:
    rows = list(db.query("SELECT * FROM programme LIMIT 1"))
    if not rows:
        return None
    r = rows[0]
    return Programme(
        id=r["id"],
        clinic_name=r["clinic_name"],
        language=r["language"],
        per_person_figures=bool(r["per_person_figures"]),
        goal_applications_per_quarter=int(r["goal_applications_per_quarter"]),
        is_demo=bool(r["is_demo"]),
    )


def create(db: Database, clinic_name: str, language: str = "de", is_demo: bool = False) -> Programme:
    pid = str(uuid.uuid4())
    db.execute(
        "INSERT INTO programme (id, clinic_name, language, is_demo, created_at) VALUES (?,?,?,?,?)",
        [pid, clinic_name.strip(), language, int(is_demo), now_iso()],
    )
    prog = get(db)
    assert prog is not None
    return prog


def update(db: Database, prog: Programme) -> None:
    db.execute(
        "UPDATE programme SET clinic_name = ?, language = ?, per_person_figures = ?,"
        " goal_applications_per_quarter = ? WHERE id = ?",
        [prog.clinic_name.strip(), prog.language, int(prog.per_person_figures),
         prog.goal_applications_per_quarter, prog.id],
    )


def get_setting(db: Database, key: str, default: Any = None) -> Any:
    row = db.execute("SELECT settings FROM programme LIMIT 1").fetchone()
    if not row:
        return default
    return json.loads(row[0] or "{}").get(key, default)


def set_setting(db: Database, key: str, value: Any) -> None:
    row = db.execute("SELECT id, settings FROM programme LIMIT 1").fetchone()
    if not row:
        return
    settings = json.loads(row[1] or "{}")
    settings[key] = value
    db.execute("UPDATE programme SET settings = ? WHERE id = ?",
               [json.dumps(settings, ensure_ascii=False), row[0]])


def profiles(db: Database) -> list[Profile]:
    return [
        Profile(r["id"], r["name"], frozenset(Role(x) for x in json.loads(r["roles"])),
                bool(r["pin_hash"]))
        for r in db.query("SELECT * FROM profiles ORDER BY name COLLATE NOCASE")
    ]


def add_profile(db: Database, name: str, roles: frozenset[Role], pin_hash: str | None = None,
                profile_id: str | None = None) -> Profile:
    pid = profile_id or str(uuid.uuid4())
    db.execute(
        "INSERT INTO profiles (id, name, roles, pin_hash, created_at) VALUES (?,?,?,?,?)",
        [pid, name.strip(), json.dumps(sorted(r.value for r in roles)), pin_hash, now_iso()],
    )
    return Profile(pid, name.strip(), roles, bool(pin_hash))


def pin_hash(db: Database, profile_id: str) -> str | None:
    row = db.execute("SELECT pin_hash FROM profiles WHERE id = ?", [profile_id]).fetchone()
    return row[0] if row else None
