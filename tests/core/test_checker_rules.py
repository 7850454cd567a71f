"""Every shipped rule proves itself on its own examples, and carries complete texts."""

from __future__ import annotations

import pytest

from clinic_ambassadors.core.checker import CheckContext, Checker, Rule, Severity, load_rules

RULES = load_rules()
CHECKER = Checker(RULES)


def _context(rule: Rule) -> CheckContext:
    """A context that satisfies the rule's ``requires_context`` (images, doctor, country)."""
    country = "DE"
    for token in rule.requires_context:
        if token.startswith("country:"):
            country = token.split(":", 1)[1].split(",")[0]
    return CheckContext(
        has_images="images" in rule.requires_context,
        author_is_doctor="doctor" in rule.requires_context,
        country=country,
    )


def _lang(rule: Rule) -> str:
    return rule.languages[0] if len(rule.languages) == 1 and rule.languages[0] != "any" else "auto"


def _cases(kind: str) -> list[tuple[Rule, str]]:
    return [(rule, text) for rule in RULES for text in getattr(rule, f"examples_{kind}")]


@pytest.mark.parametrize(
    ("rule", "text"), _cases("match"), ids=lambda v: v.id if isinstance(v, Rule) else v[:40]
)
def test_match_example_fires(rule: Rule, text: str) -> None:
    found = [f for f in CHECKER.check(text, _lang(rule), _context(rule)) if f.rule_id == rule.id]
    assert found, f"{rule.id} should fire on: {text}"
    for finding in found:
        assert text[finding.start : finding.end].strip()


@pytest.mark.parametrize(
    ("rule", "text"), _cases("no_match"), ids=lambda v: v.id if isinstance(v, Rule) else v[:40]
)
def test_no_match_example_stays_quiet(rule: Rule, text: str) -> None:
    """No finding at all; a warn/block rule may only leave an info note (severity adjustment)."""
    found = [f for f in CHECKER.check(text, _lang(rule), _context(rule)) if f.rule_id == rule.id]
    if rule.severity is Severity.INFO:
        assert not found, f"{rule.id} should not fire on: {text}"
    else:
        assert all(f.severity is Severity.INFO for f in found), f"{rule.id} fired on: {text}"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_is_complete(rule: Rule) -> None:
    for lang in ("de", "en"):
        assert rule.message.get(lang, "").strip(), f"{rule.id} lacks a {lang} message"
        assert rule.suggestion.get(lang, "").strip(), f"{rule.id} lacks a {lang} suggestion"
        assert rule.title.get(lang, "").strip(), f"{rule.id} lacks a {lang} title"
    assert rule.basis.strip()
    assert len(rule.examples_match) >= 2
    assert len(rule.examples_no_match) >= 2


def test_the_shipped_packs_cover_all_areas() -> None:
    ids = {rule.id for rule in RULES}
    assert len(ids) == len(RULES) >= 36
    for prefix in ("PID-", "HWG-", "PRO-", "UWG-", "AGG-", "AT-"):
        assert any(i.startswith(prefix) for i in ids), prefix
    assert {r.area for r in RULES} >= {"patient_identifiers", "hwg", "profession", "uwg", "agg"}


def test_block_is_reserved_for_identifiers_and_hard_bans() -> None:
    blocking = {rule.id for rule in RULES if rule.severity is Severity.BLOCK}
    # LRN-02 is the learned model's view of the same two things (patients and hard bans).
    assert blocking == {"PID-01", "PID-02", "PID-03", "PID-22", "PID-23", "HWG-01", "HWG-10",
                        "LRN-02"}
