"""The audit log: every change, who made it and when, chained by hashes so that
editing the file behind the app's back is detectable."""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlite_utils import Database

GENESIS = "0" * 64


@dataclass(frozen=True)
class Actor:
    id: str | None
    name: str

    @classmethod
    def system(cls) -> Actor:
        return cls(None, "system")


@dataclass(frozen=True)
class AuditEvent:
    seq: int
    id: str
    at: str
    actor_id: str | None
    actor_name: str
    entity: str
    entity_id: str | None
    action: str
    summary: str
    data: dict[str, Any]


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _digest(prev_hash: str, row: dict[str, Any]) -> str:
    fields = {k: row[k] for k in ("id", "at", "actor_id", "actor_name", "entity", "entity_id",
                                  "action", "summary", "data")}
    payload = prev_hash + json.dumps(fields, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(
    db: Database,
    actor: Actor,
    entity: str,
    entity_id: str | None,
    action: str,
    summary: str = "",
    data: dict[str, Any] | None = None,
) -> str:
    """Append an event; call inside the same transaction as the change it describes."""
    last = db.execute("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    prev_hash = last[0] if last else GENESIS
    row: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "at": now_iso(),
        "actor_id": actor.id,
        "actor_name": actor.name,
        "entity": entity,
        "entity_id": entity_id,
        "action": action,
        "summary": summary,
        "data": json.dumps(data or {}, sort_keys=True, ensure_ascii=False, default=str),
    }
    row["prev_hash"] = prev_hash
    row["hash"] = _digest(prev_hash, row)
    db.execute(
        "INSERT INTO audit_log (id, at, actor_id, actor_name, entity, entity_id, action, summary,"
        " data, prev_hash, hash) VALUES (:id, :at, :actor_id, :actor_name, :entity, :entity_id,"
        " :action, :summary, :data, :prev_hash, :hash)",
        row,
    )
    return row["id"]


def verify_chain(db: Database) -> list[int]:
    """Sequence numbers of events whose hash does not match; empty when intact."""
    broken: list[int] = []
    prev = GENESIS
    for row in db.query("SELECT * FROM audit_log ORDER BY seq"):
        if row["prev_hash"] != prev or _digest(prev, row) != row["hash"]:
            broken.append(row["seq"])
        prev = row["hash"]
    return broken


def events_for(db: Database, entity: str | None = None, entity_id: str | None = None,
               limit: int = 500) -> list[AuditEvent]:
    where, params = [], []
    if entity:
        where.append("entity = ?")
        params.append(entity)
    if entity_id:
        where.append("entity_id = ?")
        params.append(entity_id)
    sql = "SELECT * FROM audit_log"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY seq DESC LIMIT ?"
    params.append(limit)
    return [
        AuditEvent(r["seq"], r["id"], r["at"], r["actor_id"], r["actor_name"], r["entity"],
                   r["entity_id"], r["action"], r["summary"], json.loads(r["data"] or "{}"))
        for r in db.query(sql, params)
    ]
