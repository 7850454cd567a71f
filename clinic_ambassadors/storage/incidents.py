"""Incidents (crisis records), the drafts an incident paused, and its timeline notes."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlite_utils import Database

from clinic_ambassadors.core.errors import NotFound
from clinic_ambassadors.storage.audit import now_iso


@dataclass(frozen=True)
class IncidentRecord:
    id: str
    title: str
    severity: str
    description: str
    draft_id: str | None
    ambassador_id: str | None
    pause_scope: str
    started_at: str
    closed_at: str | None
    resolution: str
    created_by: str | None

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


@dataclass(frozen=True)
class TimelineNote:
    id: str
    incident_id: str
    at: str
    actor_id: str | None
    actor_name: str
    text: str


def _record(r: dict) -> IncidentRecord:
    return IncidentRecord(r["id"], r["title"], r["severity"], r["description"], r["draft_id"],
                          r["ambassador_id"], r["pause_scope"], r["started_at"], r["closed_at"],
                          r["resolution"], r["created_by"])


def insert(db: Database, rec: IncidentRecord) -> None:
    db.execute(
        "INSERT INTO incidents (id, title, severity, description, draft_id, ambassador_id,"
        " pause_scope, started_at, closed_at, resolution, created_by)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        [rec.id, rec.title, rec.severity, rec.description, rec.draft_id, rec.ambassador_id,
         rec.pause_scope, rec.started_at, rec.closed_at, rec.resolution, rec.created_by])


def get(db: Database, incident_id: str) -> IncidentRecord:
    rows = list(db.query("SELECT * FROM incidents WHERE id = ?", [incident_id]))
    if not rows:
        raise NotFound()
    return _record(rows[0])


def listing(db: Database, open_only: bool = False) -> list[IncidentRecord]:
    """Open incidents first (newest first), then closed ones (newest first)."""
    sql = "SELECT * FROM incidents"
    if open_only:
        sql += " WHERE closed_at IS NULL"
    sql += " ORDER BY closed_at IS NOT NULL, started_at DESC"
    return [_record(r) for r in db.query(sql)]


def close(db: Database, incident_id: str, resolution: str, at: str | None = None) -> None:
    db.execute("UPDATE incidents SET closed_at = ?, resolution = ? WHERE id = ?",
               [at or now_iso(), resolution, incident_id])


def add_paused(db: Database, incident_id: str, draft_id: str) -> None:
    db.execute("INSERT OR IGNORE INTO incident_paused_drafts (incident_id, draft_id) VALUES (?,?)",
               [incident_id, draft_id])


def paused_drafts(db: Database, incident_id: str) -> list[str]:
    return [r[0] for r in db.execute(
        "SELECT draft_id FROM incident_paused_drafts WHERE incident_id = ? ORDER BY rowid",
        [incident_id]).fetchall()]


def held_by_other_open(db: Database, incident_id: str, draft_id: str) -> bool:
    """True when another open incident also holds this draft paused."""
    row = db.execute(
        "SELECT 1 FROM incident_paused_drafts p JOIN incidents i ON i.id = p.incident_id"
        " WHERE p.draft_id = ? AND p.incident_id != ? AND i.closed_at IS NULL LIMIT 1",
        [draft_id, incident_id]).fetchone()
    return row is not None


def add_note(db: Database, incident_id: str, actor_id: str | None, text: str,
             at: str | None = None) -> TimelineNote:
    note_id = str(uuid.uuid4())
    when = at or now_iso()
    db.execute("INSERT INTO incident_timeline (id, incident_id, at, actor_id, text)"
               " VALUES (?,?,?,?,?)", [note_id, incident_id, when, actor_id, text])
    return TimelineNote(note_id, incident_id, when, actor_id, "", text)


def timeline(db: Database, incident_id: str) -> list[TimelineNote]:
    return [TimelineNote(r["id"], r["incident_id"], r["at"], r["actor_id"], r["name"] or "",
                         r["text"])
            for r in db.query(
                "SELECT t.*, p.name AS name FROM incident_timeline t LEFT JOIN profiles p"
                " ON p.id = t.actor_id WHERE t.incident_id = ? ORDER BY t.at, t.rowid",
                [incident_id])]
