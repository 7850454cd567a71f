"""A locked file, a full disk, a damaged file, odd text: clear errors, nothing lost."""

from __future__ import annotations

import sqlite3

import pytest

from clinic_ambassadors.cli import main
from clinic_ambassadors.core.ambassadors import Ambassador
from clinic_ambassadors.core.programme import Role
from clinic_ambassadors.services import ambassadors as ambassador_service
from clinic_ambassadors.services import programme as programme_service
from clinic_ambassadors.storage import connection
from clinic_ambassadors.storage.audit import Actor
from clinic_ambassadors.storage.connection import open_programme
from clinic_ambassadors.storage.errors import CorruptDatabase, DatabaseLocked, DiskFull

ACTOR = Actor(None, "test")


@pytest.fixture
def pf(tmp_path):
    pf = open_programme(tmp_path / "p.sqlite")
    programme_service.set_up(pf, "Praxis", "Mia", frozenset({Role.MANAGER}))
    yield pf
    pf.close()


def test_locked_database_gives_locked_error_and_keeps_data(pf, monkeypatch):
    pf.conn.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(pf.path)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseLocked) as info:
            ambassador_service.save(pf, ACTOR, Ambassador(id="x", name="Lars Lock"))
        assert "busy" in str(info.value)
    finally:
        other.rollback()
        other.close()
    saved = ambassador_service.save(pf, ACTOR, Ambassador(id="x", name="Lars Lock"))
    assert saved.name == "Lars Lock"


def test_full_disk_gives_disk_full_error_and_rolls_back(pf):
    page_count = pf.conn.execute("PRAGMA page_count").fetchone()[0]
    pf.conn.execute(f"PRAGMA max_page_count = {page_count}")
    with pytest.raises(DiskFull):
        ambassador_service.save(pf, ACTOR, Ambassador(id="big", name="Big", notes="x" * 9_000))
    pf.conn.execute("PRAGMA max_page_count = 1073741823")
    assert ambassador_service.count(pf) == 0
    assert pf.db.execute("SELECT count(*) FROM audit_log WHERE entity='ambassador'").fetchone()[0] == 0


def test_emoji_and_right_to_left_text_round_trip(pf):
    name = "مريم العلي 👩‍⚕️"
    notes = "שלום – Grüße aus der Praxis 🌷\u200f"
    ambassador_service.save(pf, ACTOR, Ambassador(id="rtl", name=name, notes=notes,
                                                  department="Anmeldung 📞"))
    got = ambassador_service.get(pf, "rtl")
    assert (got.name, got.notes, got.department) == (name, notes, "Anmeldung 📞")


def test_damaged_file_is_reported_not_crashed(tmp_path):
    path = tmp_path / "damaged.sqlite"
    pf = open_programme(path)
    programme_service.set_up(pf, "Praxis", "Mia", frozenset({Role.MANAGER}))
    for i in range(300):
        ambassador_service.save(pf, ACTOR, Ambassador(id=f"a{i}", name=f"Person {i}", notes="n" * 200))
    pf.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pf.conn.execute("PRAGMA journal_mode = delete")
    pf.close()
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page * 3, min(len(data), page * 12)):
        data[offset] = 0x5A
    path.write_bytes(bytes(data))
    try:
        pf = open_programme(path)
    except CorruptDatabase:
        return  # refused with the "damaged, restore a backup" message: fine
    try:
        code = main(["check", "--db", str(path)])
    finally:
        pf.close()
    assert code != 0


def test_check_command_json_and_exit_codes(tmp_path, capsys):
    path = tmp_path / "demo.sqlite"
    assert main(["demo", "--no-gui", "--db", str(path)]) == 0
    capsys.readouterr()
    assert main(["check", "--db", str(path), "--format", "json"]) == 0
    import json

    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is True and report["problems"] == []
    assert report["counts"]["ambassadors"] >= 8
    assert report["schema"]["version"] == report["schema"]["latest"]
    conn = sqlite3.connect(path)
    conn.execute("UPDATE audit_log SET summary = 'tampered' WHERE seq = 2")
    conn.commit()
    conn.close()
    assert main(["check", "--db", str(path), "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert [p["code"] for p in report["problems"]] == ["audit_chain"]


def test_demo_never_overwrites_a_real_programme(tmp_path, capsys):
    path = tmp_path / "real.sqlite"
    pf = open_programme(path)
    programme_service.set_up(pf, "Echte Praxis", "Mia", frozenset({Role.MANAGER}))
    pf.close()
    before = path.read_bytes()
    assert main(["demo", "--no-gui", "--db", str(path)]) == 2
    assert "real programme" in capsys.readouterr().err
    assert path.read_bytes() == before
    text_file = tmp_path / "notes.txt"
    text_file.write_text("meine Notizen")
    assert main(["demo", "--no-gui", "--db", str(text_file)]) == 2
    assert text_file.read_text() == "meine Notizen"


def test_demo_replaces_an_older_demo(tmp_path):
    path = tmp_path / "demo.sqlite"
    assert main(["demo", "--no-gui", "--db", str(path)]) == 0
    assert main(["demo", "--no-gui", "--db", str(path)]) == 0
    pf = open_programme(path)
    assert programme_service.get(pf).is_demo
    pf.close()


def test_network_share_detection_reads_mount_table(tmp_path, monkeypatch):
    monkeypatch.setattr(connection, "_mount_fstype", lambda p: "cifs")
    assert connection.is_network_path(tmp_path / "x.sqlite")
    monkeypatch.setattr(connection, "_mount_fstype", lambda p: "ext4")
    assert not connection.is_network_path(tmp_path / "x.sqlite")
    assert connection.is_network_path(connection.Path("//server/share/p.sqlite"))


def test_version_flag(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert "clinic-ambassadors 0.1.0" in capsys.readouterr().out


def test_empty_file_is_refused_as_empty_and_left_alone(tmp_path):
    from clinic_ambassadors.storage.errors import EmptyFile

    path = tmp_path / "empty.sqlite"
    path.write_bytes(b"")
    with pytest.raises(EmptyFile):
        open_programme(path, create=False)
    assert path.read_bytes() == b""


def test_check_json_on_a_file_that_is_not_a_database(tmp_path, capsys):
    import json

    path = tmp_path / "notes.sqlite"
    path.write_text("Notizen")
    assert main(["check", "--db", str(path), "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is False and report["problems"][0]["code"] == "not_a_database"


def test_demo_over_a_text_file_says_it_is_not_a_database(tmp_path, capsys):
    path = tmp_path / "notdb.sqlite"
    path.write_text("meine Notizen")
    assert main(["demo", "--no-gui", "--db", str(path)]) == 2
    assert "not a SQLite database" in capsys.readouterr().err
    assert path.read_text() == "meine Notizen"


def test_backup_and_restore_round_trip_keeps_the_replaced_file(tmp_path, capsys):
    path = tmp_path / "praxis.sqlite"
    pf = open_programme(path)
    programme_service.set_up(pf, "Praxis", "Mia", frozenset({Role.MANAGER}))
    ambassador_service.save(pf, ACTOR, Ambassador(id="a", name="Vor dem Backup"))
    pf.close()
    saved = tmp_path / "saved.sqlite"
    assert main(["backup", "--db", str(path), "--out", str(saved)]) == 0
    pf = open_programme(path)
    ambassador_service.save(pf, ACTOR, Ambassador(id="b", name="Nach dem Backup"))
    pf.close()
    assert main(["restore", str(saved), "--db", str(path)]) == 0
    pf = open_programme(path)
    assert [a.name for a in ambassador_service.page(pf)] == ["Vor dem Backup"]
    pf.close()
    kept = [p for p in tmp_path.iterdir() if "replaced" in p.name]
    assert len(kept) == 1
    old = open_programme(kept[0])
    assert {a.name for a in ambassador_service.page(old)} == {"Vor dem Backup", "Nach dem Backup"}
    old.close()


def test_restore_refuses_a_file_that_is_no_backup(tmp_path, capsys):
    path = tmp_path / "praxis.sqlite"
    pf = open_programme(path)
    programme_service.set_up(pf, "Praxis", "Mia", frozenset({Role.MANAGER}))
    pf.close()
    before = path.read_bytes()
    bogus = tmp_path / "bogus.sqlite"
    bogus.write_text("kein Backup")
    assert main(["restore", str(bogus), "--db", str(path)]) == 2
    assert path.read_bytes() == before
