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


@migrations(name="0002_drafts_and_vacancies")
def m0002_drafts_and_vacancies(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE vacancies (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            department TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','filled','cancelled')),
            opened_on TEXT,
            filled_on TEXT,
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE drafts (
            id TEXT PRIMARY KEY,
            ambassador_id TEXT NOT NULL REFERENCES ambassadors(id),
            author_profile_id TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL DEFAULT '',
            topic TEXT NOT NULL DEFAULT '',
            channels TEXT NOT NULL DEFAULT '[]',
            vacancy_id TEXT REFERENCES vacancies(id) ON DELETE SET NULL,
            planned_date TEXT,
            state TEXT NOT NULL,
            current_revision INTEGER NOT NULL DEFAULT 1,
            paused INTEGER NOT NULL DEFAULT 0,
            workflow TEXT NOT NULL DEFAULT '{}',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX drafts_state ON drafts(state);
        CREATE INDEX drafts_ambassador ON drafts(ambassador_id);
        CREATE INDEX drafts_planned ON drafts(planned_date);
        CREATE INDEX drafts_updated ON drafts(updated_at DESC, id);
        CREATE TABLE draft_revisions (
            id TEXT PRIMARY KEY,
            draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            title TEXT NOT NULL,
            text TEXT NOT NULL,
            saved_by TEXT,
            saved_at TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            UNIQUE (draft_id, number)
        );
        CREATE TABLE review_decisions (
            id TEXT PRIMARY KEY,
            draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            reviewer_id TEXT NOT NULL,
            decision TEXT NOT NULL CHECK (decision IN ('approve','request_changes','reject')),
            comment TEXT NOT NULL DEFAULT '',
            at TEXT NOT NULL,
            revision INTEGER NOT NULL,
            step INTEGER NOT NULL DEFAULT 0,
            block_override_reason TEXT,
            signature TEXT
        );
        CREATE INDEX review_decisions_draft ON review_decisions(draft_id, seq);
        CREATE TABLE draft_comments (
            id TEXT PRIMARY KEY,
            draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
            author_profile_id TEXT,
            author_name TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL,
            quote TEXT NOT NULL DEFAULT '',
            revision INTEGER NOT NULL,
            at TEXT NOT NULL,
            resolved INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX draft_comments_draft ON draft_comments(draft_id, at);
        CREATE TABLE draft_images (
            id TEXT PRIMARY KEY,
            draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
            filename TEXT NOT NULL DEFAULT '',
            mime TEXT NOT NULL DEFAULT '',
            data BLOB NOT NULL,
            caption TEXT NOT NULL DEFAULT '',
            added_at TEXT NOT NULL
        );
        CREATE TABLE image_people (
            id TEXT PRIMARY KEY,
            image_id TEXT NOT NULL REFERENCES draft_images(id) ON DELETE CASCADE,
            ambassador_id TEXT REFERENCES ambassadors(id),
            person_name TEXT NOT NULL DEFAULT '',
            external_consent INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE publications (
            id TEXT PRIMARY KEY,
            draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
            network TEXT NOT NULL,
            url TEXT NOT NULL,
            published_on TEXT NOT NULL,
            tracking_link TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        );
        CREATE TABLE checker_terms (
            id TEXT PRIMARY KEY,
            term TEXT NOT NULL,
            is_regex INTEGER NOT NULL DEFAULT 0,
            severity TEXT NOT NULL CHECK (severity IN ('block','warn','info')),
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        );
        """
    )
    db["drafts"].enable_fts(["title", "text"], create_triggers=True, tokenize="unicode61 remove_diacritics 2")


@migrations(name="0003_checklists_and_incidents")
def m0003_checklists_and_incidents(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE checklist_templates (
            id TEXT NOT NULL,
            version INTEGER NOT NULL,
            kind TEXT NOT NULL,
            toml TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT 'shipped' CHECK (source IN ('shipped','edited')),
            created_at TEXT NOT NULL,
            created_by TEXT,
            PRIMARY KEY (id, version)
        );
        CREATE TABLE checklist_instances (
            id TEXT PRIMARY KEY,
            template_id TEXT NOT NULL,
            template_version INTEGER NOT NULL,
            attached_kind TEXT NOT NULL
                CHECK (attached_kind IN ('programme','ambassador','draft','incident')),
            entity_id TEXT,
            started_at TEXT NOT NULL,
            closed_at TEXT,
            FOREIGN KEY (template_id, template_version)
                REFERENCES checklist_templates(id, version)
        );
        CREATE INDEX checklist_instances_entity ON checklist_instances(attached_kind, entity_id);
        CREATE TABLE checklist_events (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            instance_id TEXT NOT NULL REFERENCES checklist_instances(id) ON DELETE CASCADE,
            item_id TEXT NOT NULL,
            ticked INTEGER NOT NULL,
            actor_id TEXT,
            actor_role TEXT NOT NULL,
            at TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX checklist_events_instance ON checklist_events(instance_id, seq);
        CREATE TABLE incidents (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            severity TEXT NOT NULL DEFAULT 'medium' CHECK (severity IN ('low','medium','high')),
            description TEXT NOT NULL DEFAULT '',
            draft_id TEXT REFERENCES drafts(id) ON DELETE SET NULL,
            ambassador_id TEXT REFERENCES ambassadors(id),
            pause_scope TEXT NOT NULL DEFAULT 'none'
                CHECK (pause_scope IN ('none','programme','ambassador')),
            started_at TEXT NOT NULL,
            closed_at TEXT,
            resolution TEXT NOT NULL DEFAULT '',
            created_by TEXT
        );
        CREATE TABLE incident_paused_drafts (
            incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
            draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
            PRIMARY KEY (incident_id, draft_id)
        );
        CREATE TABLE incident_timeline (
            id TEXT PRIMARY KEY,
            incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            actor_id TEXT,
            text TEXT NOT NULL
        );
        """
    )
