"""`clinic-ambassadors export-calendar`: a readable .ics on success, exit 2 with a clear
message on a bad path or an unreadable file, and the programme file left untouched."""

from __future__ import annotations

import io
from datetime import date

import pytest
from icalendar import Calendar

from clinic_ambassadors.cli import main


@pytest.fixture
def demo(tmp_path):
    path = tmp_path / "demo.sqlite"
    assert main(["demo", "--no-gui", "--db", str(path)], stdout=io.StringIO()) == 0
    return path


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_export_writes_a_calendar_that_reads_back(demo, tmp_path):
    before = demo.read_bytes()
    out = tmp_path / "posts.ics"
    code, stdout, stderr = run("export-calendar", "--db", str(demo), "--out", str(out))
    assert (code, stderr) == (0, "")
    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert f"Calendar with {len(events)} post(s) written to {out}" in stdout
    titles = {str(e["summary"]) for e in events}
    # The demo's scheduled post and both published ones (one of them archived since).
    assert {"Sommerfest-Rückblick", "Tag der offenen Tür", "Ein Jahr im Team"} <= titles
    assert "Lippen vorher/nachher" not in titles  # withdrawn: never posted
    assert all(isinstance(e.decoded("dtstart"), date) for e in events)
    summer = next(e for e in events if str(e["summary"]) == "Sommerfest-Rückblick")
    assert "State: Scheduled" in str(summer["description"])
    assert "Ambassador: Aylin Demir" in str(summer["description"])
    assert "Channels: Instagram, Facebook" in str(summer["description"])
    assert demo.read_bytes() == before  # read-only: an export never changes the programme


def test_export_in_german(demo, tmp_path):
    out = tmp_path / "beitraege.ics"
    assert run("export-calendar", "--db", str(demo), "--lang", "de", "--out", str(out))[0] == 0
    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    summer = next(e for e in events if str(e["summary"]) == "Sommerfest-Rückblick")
    assert "Status: Geplant" in str(summer["description"])
    assert "Kanäle: Instagram, Facebook" in str(summer["description"])


def test_missing_programme_file_exits_2(tmp_path):
    code, _, stderr = run("export-calendar", "--db", str(tmp_path / "none.sqlite"),
                          "--out", str(tmp_path / "x.ics"))
    assert code == 2
    assert "does not exist" in stderr
    assert not (tmp_path / "x.ics").exists()
    assert not (tmp_path / "none.sqlite").exists()  # never created by an export


def test_a_file_that_is_no_programme_exits_2(tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("not a database", encoding="utf-8")
    code, _, stderr = run("export-calendar", "--db", str(text), "--out", str(tmp_path / "x.ics"))
    assert code == 2
    assert "not a Clinic Ambassadors programme file" in stderr
    assert text.read_text(encoding="utf-8") == "not a database"
    code, _, stderr = run("export-calendar", "--db", str(tmp_path),
                          "--out", str(tmp_path / "x.ics"))
    assert code == 2 and "could not be read" in stderr


def test_bad_output_path_exits_2(demo, tmp_path):
    code, _, stderr = run("export-calendar", "--db", str(demo),
                          "--out", str(tmp_path / "missing" / "posts.ics"))
    assert code == 2
    assert "The calendar could not be written to" in stderr and "missing" in stderr
    code, _, stderr = run("export-calendar", "--db", str(demo), "--out", str(tmp_path))
    assert code == 2 and "could not be written" in stderr


def test_out_is_required(demo, capsys):
    with pytest.raises(SystemExit) as info:
        main(["export-calendar", "--db", str(demo)])
    assert info.value.code == 2
    assert "--out" in capsys.readouterr().err
