"""Opening programme files: new, ours, foreign, newer, read-only."""

from __future__ import annotations

import os
import sqlite3
import stat

import pytest

from clinic_ambassadors.core.programme import Role
from clinic_ambassadors.services import programme as programme_service
from clinic_ambassadors.storage import backup
from clinic_ambassadors.storage.connection import APPLICATION_ID, open_programme, schema_version
from clinic_ambassadors.storage.errors import (
    FileMissing,
    ForeignDatabase,
    NewerVersion,
    NotADatabase,
    ReadOnlyFile,
)
from clinic_ambassadors.storage.migrations import known_names


def test_new_file_gets_every_migration(tmp_path):
    path = tmp_path / "new.sqlite"
    pf = open_programme(path)
    assert schema_version(pf.db) == len(known_names())
    assert pf.conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert pf.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert pf.journal_mode == "wal"
    assert {"ambassadors", "audit_log", "programme", "profiles"} <= set(pf.db.table_names())
    pf.close()


def test_reopen_keeps_data_and_takes_no_upgrade_backup(tmp_path):
    path = tmp_path / "p.sqlite"
    pf = open_programme(path)
    programme_service.set_up(pf, "Praxis Test", "Anna", frozenset({Role.MANAGER}))
    pf.close()
    pf = open_programme(path)
    assert programme_service.get(pf).clinic_name == "Praxis Test"
    assert pf.migrated_from is None
    pf.close()


def test_text_file_renamed_to_sqlite_is_refused_and_unchanged(tmp_path):
    path = tmp_path / "notes.sqlite"
    content = "Einkaufsliste: Kaffee, Milch\n".encode("utf-8")
    path.write_bytes(content)
    before = os.stat(path).st_mtime_ns
    with pytest.raises(NotADatabase):
        open_programme(path)
    assert path.read_bytes() == content
    assert os.stat(path).st_mtime_ns == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite"]


def test_foreign_sqlite_file_is_refused_and_unchanged(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.execute("INSERT INTO songs VALUES ('x')")
    conn.commit()
    conn.close()
    content = path.read_bytes()
    with pytest.raises(ForeignDatabase):
        open_programme(path)
    assert path.read_bytes() == content


def test_file_from_newer_version_is_refused(tmp_path):
    path = tmp_path / "future.sqlite"
    pf = open_programme(path)
    pf.db["_sqlite_migrations"].insert(
        {"migration_set": "clinic_ambassadors", "name": "9999_from_the_future",
         "applied_at": "2030-01-01"}
    )
    pf.close()
    with pytest.raises(NewerVersion) as info:
        open_programme(path)
    assert info.value.code == "newer_version"
    assert "newer version" in str(info.value)


def test_missing_file_without_create(tmp_path):
    with pytest.raises(FileMissing):
        open_programme(tmp_path / "nope.sqlite", create=False)


def test_read_only_file_opens_read_only_and_refuses_writes(tmp_path):
    path = tmp_path / "ro.sqlite"
    pf = open_programme(path)
    programme_service.set_up(pf, "Praxis RO", "Ben", frozenset({Role.MANAGER}))
    pf.conn.execute("PRAGMA journal_mode = delete")
    pf.close()
    content = path.read_bytes()
    os.chmod(path, stat.S_IRUSR | stat.S_IRGRP)
    try:
        pf = open_programme(path)
        assert pf.read_only
        assert programme_service.get(pf).clinic_name == "Praxis RO"
        with pytest.raises(ReadOnlyFile):
            programme_service.add_profile(pf, programme_service.Actor(None, "x"), "Eva",
                                          frozenset({Role.REVIEWER}))
        pf.close()
    finally:
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
    assert path.read_bytes() == content


def test_network_share_uses_rollback_journal(tmp_path):
    pf = open_programme(tmp_path / "share.sqlite", network=True)
    assert pf.journal_mode == "delete"
    assert pf.conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    pf.close()


def test_backup_taken_before_a_migration(tmp_path, monkeypatch):
    from clinic_ambassadors.storage import migrations as mig

    path = tmp_path / "old.sqlite"
    pf = open_programme(path)
    programme_service.set_up(pf, "Praxis Alt", "Cem", frozenset({Role.MANAGER}))
    pf.close()

    @mig.migrations(name="9000_test_added_column")
    def _extra(db):
        db.execute("ALTER TABLE programme ADD COLUMN test_extra TEXT")

    try:
        pf = open_programme(path)
        assert pf.migrated_from == len(known_names()) - 1
        folder = backup.backup_folder_for(path)
        saved = [p for p in folder.iterdir() if "before-upgrade" in p.name]
        assert len(saved) == 1
        old = sqlite3.connect(saved[0])
        cols = [r[1] for r in old.execute("PRAGMA table_info(programme)")]
        assert "test_extra" not in cols
        assert old.execute("SELECT clinic_name FROM programme").fetchone()[0] == "Praxis Alt"
        old.close()
        pf.close()
    finally:
        mig.migrations._migrations[:] = [m for m in mig.migrations._migrations
                                         if m.name != "9000_test_added_column"]
