"""Rule packs: loading, vocabulary and clear errors for broken files."""

from __future__ import annotations

from pathlib import Path

import pytest

from clinic_ambassadors.core.checker import Checker, RuleFileError, Severity, load_rules

GOOD = """
[vocabulary]
fruit = ['apfel', 'birne']

[[rule]]
id = "T-01"
severity = "warn"
patterns = ['@{fruit}\\b']
basis = "Test"
message = { de = "Obst", en = "Fruit" }
suggestion = { de = "Weg damit", en = "Remove it" }
match = ["Ein Apfel"]
no_match = ["Ein Auto"]
[[rule.not_near]]
patterns = ['kuchen']
words = 2
"""


def write(folder: Path, name: str, content: str) -> Path:
    path = folder / name
    path.write_text(content, encoding="utf-8")
    return path


def test_loads_a_pack_with_vocabulary_and_conditions(tmp_path: Path) -> None:
    write(tmp_path, "fruit.toml", GOOD)
    write(tmp_path, "_notes.toml", "this is not a rule pack")
    (rule,) = load_rules(tmp_path)
    assert rule.id == "T-01" and rule.area == "fruit" and rule.severity is Severity.WARN
    checker = Checker([rule])
    assert [f.rule_id for f in checker.check("Eine Birne bitte")] == ["T-01"]
    assert checker.check("Apfel Kuchen") == []


def test_default_rules_load_from_resources() -> None:
    assert len(load_rules()) >= 36


def test_malformed_toml_names_file_and_line(tmp_path: Path) -> None:
    write(tmp_path, "broken.toml", GOOD.replace('severity = "warn"', "severity = warn"))
    with pytest.raises(RuleFileError) as error:
        load_rules(tmp_path)
    assert "broken.toml" in str(error.value) and "line 7" in str(error.value)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (('severity = "warn"', 'severity = "fatal"'), "severity"),
        (("@{fruit}\\b", "(unclosed"), "bad pattern"),
        (("@{fruit}", "@{vegetable}"), "unknown vocabulary"),
        (('basis = "Test"', ""), "basis"),
        (('en = "Fruit"', 'fr = "Fruit"'), "'message' needs"),
        (('id = "T-01"', 'id = "T-01"\ncolour = "red"'), "unknown key"),
    ],
)
def test_invalid_rules_give_clear_errors(tmp_path: Path, change: tuple[str, str], expected: str) -> None:
    content = GOOD.replace(*change)
    assert content != GOOD
    write(tmp_path, "fruit.toml", content)
    with pytest.raises(RuleFileError, match=expected) as error:
        load_rules(tmp_path)
    assert "fruit.toml" in str(error.value)


def test_duplicate_ids_across_files(tmp_path: Path) -> None:
    write(tmp_path, "a.toml", GOOD)
    write(tmp_path, "b.toml", GOOD.split("[[rule]]", 1)[1].join(["[[rule]]", ""]))
    with pytest.raises(RuleFileError, match="T-01"):
        load_rules(tmp_path)


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(RuleFileError, match="not found"):
        load_rules(tmp_path / "nope")
