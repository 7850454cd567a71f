"""Combining rules: details that are only hints alone identify a person together."""

from __future__ import annotations

import pytest

from clinic_ambassadors.core.checker import Checker, Severity, load_rules
from clinic_ambassadors.core.checker.rules import RuleFileError, parse_rule

CHECKER = Checker(load_rules())
STORY = ("Heute früh kam ein älterer Herr mit seltenem Hautausschlag zu uns, den hatten wir noch "
         "nie gesehen. Zimmer 5, Station 2 kümmert sich jetzt liebevoll um ihn.")


def test_two_different_identifying_details_block_together():
    found = CHECKER.check(STORY, lang="de")
    parts = {f.rule_id for f in found if f.rule_id in CHECKER_RULE.combines}
    assert len(parts) >= 2
    combined = [f for f in found if f.rule_id == "PID-22"]
    assert len(combined) == 1 and combined[0].severity is Severity.BLOCK
    first = min((f for f in found if f.rule_id in parts), key=lambda f: f.start)
    assert (combined[0].start, combined[0].end) == (first.start, first.end)


def test_one_detail_alone_stays_a_warning():
    found = CHECKER.check("Heute war es im Nachtdienst ruhig, wir haben Kaffee getrunken.", "de")
    assert all(f.rule_id != "PID-22" for f in found)


def test_the_combination_is_quiet_when_the_text_is_blocked_anyway():
    text = "Herr Brandt (82) aus Zimmer 12 hatte heute früh einen Schlaganfall."
    found = CHECKER.check(text, lang="de")
    assert any(f.severity is Severity.BLOCK and f.rule_id != "PID-22" for f in found)
    assert all(f.rule_id != "PID-22" for f in found)


CHECKER_RULE = next(r for r in CHECKER.rules if r.id == "PID-22")

BASE = {"id": "X-1", "severity": "block", "basis": "b",
        "message": {"de": "m", "en": "m"}, "suggestion": {"de": "s", "en": "s"}}


@pytest.mark.parametrize(("table", "error"), [
    ({"combines": ["A", "B"], "at_least": 3}, "'at_least'"),
    ({"combines": ["A", "B"], "at_least": 1}, "'at_least'"),
    ({"combines": ["A", "B"], "patterns": ["x"]}, "combining rule"),
    ({"combines": ["A", "B"], "learned": "risky"}, "combining rule"),
])
def test_combining_rule_mistakes_are_named(table, error):
    with pytest.raises(RuleFileError, match=error):
        parse_rule({**BASE, **table}, {}, "pack.toml")
