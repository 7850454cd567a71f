"""Checklist templates (as TOML text), instances and their tick/untick events.

Templates are stored as the TOML they were parsed from, keyed by (id, version), so
an instance can always rebuild the exact version it started with, even after the
app ships a newer file or the clinic edits its copy.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlite_utils import Database

from clinic_ambassadors.core.checklists import ChecklistEvent, Role, Template, parse_template
from clinic_ambassadors.storage.audit import now_iso


@dataclass(frozen=True)
class StoredTemplate:
    id: str
    version: int
    kind: str
    toml: str
    source: str
    created_at: str
    created_by: str | None


@dataclass(frozen=True)
class InstanceRecord:
    id: str
    template_id: str
    template_version: int
    attached_kind: str
    entity_id: str | None
    started_at: str
    closed_at: str | None = None

    @property
    def template_key(self) -> tuple[str, int]:
        return (self.template_id, self.template_version)


def _stored(row: dict) -> StoredTemplate:
    return StoredTemplate(row["id"], int(row["version"]), row["kind"], row["toml"], row["source"],
                          row["created_at"], row["created_by"])


def _instance(row: dict) -> InstanceRecord:
    return InstanceRecord(row["id"], row["template_id"], int(row["template_version"]),
                          row["attached_kind"], row["entity_id"], row["started_at"],
                          row["closed_at"])


# --- templates -----------------------------------------------------------------------
def stored_templates(db: Database) -> list[StoredTemplate]:
    """Every stored version, newest first within each template id."""
    return [_stored(r) for r in db.query(
        "SELECT * FROM checklist_templates ORDER BY id, version DESC")]


def stored_template(db: Database, template_id: str, version: int) -> StoredTemplate | None:
    rows = list(db.query("SELECT * FROM checklist_templates WHERE id = ? AND version = ?",
                         [template_id, version]))
    return _stored(rows[0]) if rows else None


def max_version(db: Database, template_id: str) -> int:
    row = db.execute("SELECT max(version) FROM checklist_templates WHERE id = ?",
                     [template_id]).fetchone()
    return int(row[0] or 0)


def insert_template(db: Database, template: Template, toml: str, source: str,
                    created_by: str | None) -> None:
    db.execute(
        "INSERT INTO checklist_templates (id, version, kind, toml, source, created_at, created_by)"
        " VALUES (?,?,?,?,?,?,?)",
        [template.id, template.version, template.kind.value, toml, source, now_iso(), created_by])


def load_template(db: Database, template_id: str, version: int) -> Template | None:
    row = stored_template(db, template_id, version)
    if row is None:
        return None
    return parse_template(row.toml, f"{template_id}@{version}")


# --- instances -----------------------------------------------------------------------
def insert_instance(db: Database, template: Template, entity_id: str | None,
                    started_at: str | None = None) -> InstanceRecord:
    rec = InstanceRecord(str(uuid.uuid4()), template.id, template.version,
                         template.attaches_to.value, entity_id, started_at or now_iso())
    db.execute(
        "INSERT INTO checklist_instances (id, template_id, template_version, attached_kind,"
        " entity_id, started_at) VALUES (?,?,?,?,?,?)",
        [rec.id, rec.template_id, rec.template_version, rec.attached_kind, rec.entity_id,
         rec.started_at])
    return rec


def get_instance(db: Database, instance_id: str) -> InstanceRecord | None:
    rows = list(db.query("SELECT * FROM checklist_instances WHERE id = ?", [instance_id]))
    return _instance(rows[0]) if rows else None


def instances_for(db: Database, attached_kind: str, entity_id: str | None,
                  kind: str | None = None) -> list[InstanceRecord]:
    """Instances attached to one entity, newest first; ``kind`` limits to one template kind."""
    sql = ("SELECT i.* FROM checklist_instances i JOIN checklist_templates t"
           " ON t.id = i.template_id AND t.version = i.template_version"
           " WHERE i.attached_kind = ? AND i.entity_id IS ?")
    params: list[object] = [attached_kind, entity_id]
    if kind is not None:
        sql += " AND t.kind = ?"
        params.append(kind)
    sql += " ORDER BY i.started_at DESC, i.rowid DESC"
    return [_instance(r) for r in db.query(sql, params)]


def instances_of_kind(db: Database, kind: str) -> list[InstanceRecord]:
    return [_instance(r) for r in db.query(
        "SELECT i.* FROM checklist_instances i JOIN checklist_templates t"
        " ON t.id = i.template_id AND t.version = i.template_version"
        " WHERE t.kind = ? ORDER BY i.started_at DESC, i.rowid DESC", [kind])]


def close_instance(db: Database, instance_id: str, at: str | None = None) -> None:
    db.execute("UPDATE checklist_instances SET closed_at = ? WHERE id = ? AND closed_at IS NULL",
               [at or now_iso(), instance_id])


# --- events --------------------------------------------------------------------------
def events(db: Database, instance_id: str) -> list[ChecklistEvent]:
    """Events in the order of record (``seq``), which is what the engine expects."""
    return [
        ChecklistEvent(r["item_id"], bool(r["ticked"]), r["actor_id"] or "",
                       Role(r["actor_role"]), datetime.fromisoformat(r["at"]), r["note"])
        for r in db.query("SELECT * FROM checklist_events WHERE instance_id = ? ORDER BY seq",
                          [instance_id])
    ]


def add_event(db: Database, instance_id: str, event: ChecklistEvent) -> None:
    db.execute(
        "INSERT INTO checklist_events (instance_id, item_id, ticked, actor_id, actor_role, at,"
        " note) VALUES (?,?,?,?,?,?,?)",
        [instance_id, event.item_id, int(event.ticked), event.actor_id or None,
         event.actor_role.value, event.at.isoformat(), event.note])
