"""Numbered schema migrations. Never edit one that has landed; add a new one."""

from __future__ import annotations

from sqlite_utils import Database, Migrations

MIGRATION_SET = "clinic_ambassadors"
migrations = Migrations(MIGRATION_SET)


@migrations(name="0001_foundation")
def m0001_foundation(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE programme (
            id TEXT PRIMARY KEY,
            clinic_name TEXT NOT NULL,
            language TEXT NOT NULL DEFAULT 'de',
            per_person_figures INTEGER NOT NULL DEFAULT 0,
            goal_applications_per_quarter INTEGER NOT NULL DEFAULT 0,
            is_demo INTEGER NOT NULL DEFAULT 0,
            settings TEXT NOT NULL DEFAULT '{}',
            created_at TEXT NOT NULL
        );
        CREATE TABLE profiles (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            roles TEXT NOT NULL DEFAULT '[]',
            pin_hash TEXT,
            public_key TEXT,
            created_at TEXT NOT NULL
        );
        CREATE TABLE ambassadors (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            job_role TEXT NOT NULL,
            department TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL CHECK (status IN
                ('candidate','onboarding','active','paused','alumni')),
            time_budget_hours REAL NOT NULL DEFAULT 0 CHECK (time_budget_hours >= 0),
            cadence_target INTEGER NOT NULL DEFAULT 0 CHECK (cadence_target >= 0),
            topics TEXT NOT NULL DEFAULT '[]',
            notes TEXT NOT NULL DEFAULT '',
            profile_id TEXT REFERENCES profiles(id) ON DELETE SET NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX ambassadors_status ON ambassadors(status);
        CREATE INDEX ambassadors_name ON ambassadors(name COLLATE NOCASE);
        CREATE TABLE channels (
            id TEXT PRIMARY KEY,
            ambassador_id TEXT NOT NULL REFERENCES ambassadors(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            network TEXT NOT NULL,
            handle TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',
            followers INTEGER NOT NULL DEFAULT 0 CHECK (followers >= 0)
        );
        CREATE INDEX channels_ambassador ON channels(ambassador_id);
        CREATE TABLE consents (
            id TEXT PRIMARY KEY,
            ambassador_id TEXT NOT NULL REFERENCES ambassadors(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('participation','photo')),
            version TEXT NOT NULL DEFAULT '',
            signed_on TEXT NOT NULL,
            withdrawn_on TEXT
        );
        CREATE INDEX consents_ambassador ON consents(ambassador_id);
        CREATE TABLE audit_log (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            at TEXT NOT NULL,
            actor_id TEXT,
            actor_name TEXT NOT NULL DEFAULT '',
            entity TEXT NOT NULL,
            entity_id TEXT,
            action TEXT NOT NULL,
            summary TEXT NOT NULL DEFAULT '',
            data TEXT NOT NULL DEFAULT '{}',
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        );
        CREATE INDEX audit_entity ON audit_log(entity, entity_id);
        """
    )


def known_names() -> list[str]:
    return [m.name for m in migrations._migrations]
