"""The lint subcommand: inputs, output formats and exit codes."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import pytest

from clinic_ambassadors.lint_command import add_parser, run

BLOCKED = "Frau Müller kam heute mit Rückenschmerzen zu uns."
CLEAN = "Heute war Teamevent – Bowling mit der ganzen Praxis 🎳"
WARNED = "Our new laser is painless and we love it."


def lint(argv: list[str], stdin_text: str = "") -> tuple[int, str, str]:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command")
    add_parser(sub)
    args = parser.parse_args(["lint", *argv])
    out, err = io.StringIO(), io.StringIO()
    code = run(args, stdin=io.StringIO(stdin_text), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_stdin_without_paths_and_text_format() -> None:
    code, out, err = lint([], BLOCKED)
    assert code == 1 and err == ""
    assert out.startswith("-:1:1: block PID-01: ")
    assert "> Frau Müller" in out


def test_clean_text_exits_zero(tmp_path: Path) -> None:
    path = tmp_path / "post.txt"
    path.write_text(CLEAN, encoding="utf-8")
    code, out, _ = lint([str(path)])
    assert code == 0
    assert "1 text(s) checked, 0 finding(s)" in out


def test_warn_only_exits_zero_and_reports_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "post.txt"
    path.write_text("Hello!\r\n" + WARNED, encoding="utf-8")
    code, out, _ = lint([str(path)])
    assert code == 0
    assert "post.txt:2:18: warn HWG-02: " in out
    assert "misleading" in out  # English text -> English message


def test_jsonl_and_json_format(tmp_path: Path) -> None:
    path = tmp_path / "posts.jsonl"
    lines = [
        {"id": "a", "text": BLOCKED},
        {"id": "b", "text": WARNED, "lang": "de"},
        {"id": 3, "text": CLEAN},
    ]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n\n", encoding="utf-8")
    code, out, _ = lint([str(path), "--format", "json", "--lang", "en"])
    assert code == 1
    data = json.loads(out)
    assert [d["id"] for d in data] == ["a", "b", "3"]
    first = data[0]["findings"][0]
    assert set(first) == {"rule", "severity", "start", "end", "excerpt", "message", "basis"}
    assert first["rule"] == "PID-01" and first["severity"] == "block"
    assert BLOCKED[first["start"] : first["end"]] == "Frau Müller"
    assert "salutation" in first["message"]  # --lang en
    b = next(f for f in data[1]["findings"] if f["rule"] == "HWG-02")
    assert "irreführend" in b["message"]  # explicit lang in the record wins
    assert data[2]["findings"] == []


def test_stdin_dash_together_with_file(tmp_path: Path) -> None:
    path = tmp_path / "clean.txt"
    path.write_text(CLEAN, encoding="utf-8")
    code, out, _ = lint([str(path), "-", "--format", "json"], WARNED)
    assert code == 0
    assert [d["id"] for d in json.loads(out)] == ["clean.txt", "-"]


@pytest.mark.parametrize(
    ("content", "name", "expected"),
    [
        (None, "missing.txt", "missing.txt: cannot read file"),
        (b"\xff\xfe\x00bad", "latin.txt", "latin.txt: not valid UTF-8"),
        (b'{"id": 1, "text": "ok"}\n{broken\n', "posts.jsonl", "posts.jsonl:2: not valid JSON"),
        (b'{"id": 1}\n', "posts.jsonl", 'posts.jsonl:1: expected an object with a "text" string'),
        (b'{"text": "x", "lang": "fr"}\n', "posts.jsonl", "posts.jsonl:1: \"lang\" must be"),
    ],
)
def test_unreadable_input_exits_two(
    tmp_path: Path, content: bytes | None, name: str, expected: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    code, out, err = lint([str(path)])
    assert code == 2 and out == ""
    assert expected in err


def test_bad_usage_is_an_argparse_error() -> None:
    with pytest.raises(SystemExit) as exit_info:
        lint(["--lang", "fr"])
    assert exit_info.value.code == 2
