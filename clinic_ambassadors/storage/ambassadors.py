"""Ambassadors with their channels and consents, stored as one aggregate."""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from datetime import date
from typing import Any

from sqlite_utils import Database

from clinic_ambassadors.core.ambassadors import (
    Ambassador,
    AmbassadorFilter,
    AmbassadorStatus,
    Channel,
    Consent,
    ConsentKind,
    JobRole,
    Network,
)
from clinic_ambassadors.core.errors import NotFound
from clinic_ambassadors.storage.audit import now_iso


def _where(flt: AmbassadorFilter) -> tuple[str, list[Any]]:
    clauses, params = [], []
    if flt.search.strip():
        like = "%" + flt.search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        clauses.append(
            "(name LIKE ? ESCAPE '\\' OR department LIKE ? ESCAPE '\\' OR email LIKE ? ESCAPE '\\'"
            " OR job_role LIKE ? ESCAPE '\\')"
        )
        params += [like, like, like, like]
    if flt.statuses:
        clauses.append("status IN (%s)" % ",".join("?" * len(flt.statuses)))
        params += sorted(s.value for s in flt.statuses)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def count(db: Database, flt: AmbassadorFilter | None = None) -> int:
    where, params = _where(flt or AmbassadorFilter())
    return int(db.execute(f"SELECT count(*) FROM ambassadors{where}", params).fetchone()[0])


def page(db: Database, flt: AmbassadorFilter | None = None, offset: int = 0,
         limit: int = 200) -> list[Ambassador]:
    where, params = _where(flt or AmbassadorFilter())
    rows = list(db.query(
        f"SELECT * FROM ambassadors{where} ORDER BY name COLLATE NOCASE, id LIMIT ? OFFSET ?",
        params + [limit, offset],
    ))
    return _assemble(db, rows)


def get(db: Database, ambassador_id: str) -> Ambassador:
    rows = list(db.query("SELECT * FROM ambassadors WHERE id = ?", [ambassador_id]))
    if not rows:
        raise NotFound(entity="ambassador", id=ambassador_id)
    return _assemble(db, rows)[0]


def all_ids(db: Database) -> list[str]:
    return [r[0] for r in db.execute("SELECT id FROM ambassadors ORDER BY name COLLATE NOCASE")]


def _assemble(db: Database, rows: list[dict[str, Any]]) -> list[Ambassador]:
    if not rows:
        return []
    ids = [r["id"] for r in rows]
    marks = ",".join("?" * len(ids))
    channels: dict[str, list[Channel]] = defaultdict(list)
    for c in db.query(
        f"SELECT * FROM channels WHERE ambassador_id IN ({marks}) ORDER BY position", ids
    ):
        channels[c["ambassador_id"]].append(
            Channel(Network(c["network"]), c["handle"], c["url"], int(c["followers"]))
        )
    consents: dict[str, list[Consent]] = defaultdict(list)
    for c in db.query(
        f"SELECT * FROM consents WHERE ambassador_id IN ({marks}) ORDER BY signed_on", ids
    ):
        consents[c["ambassador_id"]].append(
            Consent(
                ConsentKind(c["kind"]),
                c["version"],
                date.fromisoformat(c["signed_on"]),
                date.fromisoformat(c["withdrawn_on"]) if c["withdrawn_on"] else None,
            )
        )
    return [
        Ambassador(
            id=r["id"],
            name=r["name"],
            job_role=JobRole(r["job_role"]),
            department=r["department"],
            email=r["email"],
            status=AmbassadorStatus(r["status"]),
            time_budget_hours=float(r["time_budget_hours"]),
            cadence_target=int(r["cadence_target"]),
            topics=tuple(json.loads(r["topics"] or "[]")),
            notes=r["notes"],
            channels=tuple(channels[r["id"]]),
            consents=tuple(consents[r["id"]]),
            profile_id=r["profile_id"],
            updated_at=r["updated_at"],
        )
        for r in rows
    ]


def new_id() -> str:
    return str(uuid.uuid4())


def save(db: Database, amb: Ambassador) -> tuple[Ambassador, bool]:
    """Insert or replace; returns the stored ambassador and whether it is new."""
    stamp = now_iso()
    exists = db.execute("SELECT 1 FROM ambassadors WHERE id = ?", [amb.id]).fetchone() is not None
    row = {
        "id": amb.id,
        "name": amb.name.strip(),
        "job_role": amb.job_role.value,
        "department": amb.department.strip(),
        "email": amb.email.strip(),
        "status": amb.status.value,
        "time_budget_hours": amb.time_budget_hours,
        "cadence_target": amb.cadence_target,
        "topics": json.dumps(list(amb.topics), ensure_ascii=False),
        "notes": amb.notes,
        "profile_id": amb.profile_id,
        "updated_at": stamp,
    }
    if exists:
        sets = ", ".join(f"{k} = :{k}" for k in row if k != "id")
        db.execute(f"UPDATE ambassadors SET {sets} WHERE id = :id", row)
    else:
        row["created_at"] = stamp
        cols = ", ".join(row)
        db.execute(f"INSERT INTO ambassadors ({cols}) VALUES ({', '.join(':' + k for k in row)})", row)
    db.execute("DELETE FROM channels WHERE ambassador_id = ?", [amb.id])
    for pos, ch in enumerate(amb.channels):
        db.execute(
            "INSERT INTO channels (id, ambassador_id, position, network, handle, url, followers)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [new_id(), amb.id, pos, ch.network.value, ch.handle.strip(), ch.url.strip(), ch.followers],
        )
    db.execute("DELETE FROM consents WHERE ambassador_id = ?", [amb.id])
    for c in amb.consents:
        db.execute(
            "INSERT INTO consents (id, ambassador_id, kind, version, signed_on, withdrawn_on)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [new_id(), amb.id, c.kind.value, c.version, c.signed_on.isoformat(),
             c.withdrawn_on.isoformat() if c.withdrawn_on else None],
        )
    return get(db, amb.id), not exists
