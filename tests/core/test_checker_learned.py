"""The learned risk model: its file, its plain-Python scoring and how the checker reports it."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from clinic_ambassadors.core.checker import Checker, Severity, load_rules
from clinic_ambassadors.core.checker.engine import learned_findings
from clinic_ambassadors.core.checker.learned import (
    FEATURE_VERSION,
    RiskModel,
    default_model,
    features,
)
from clinic_ambassadors.core.checker.rules import RuleFileError, parse_rule

CORPUS = Path(__file__).parent / "checker_corpus"
LEARNED = [r for r in load_rules() if r.learned is not None]


def test_the_shipped_model_was_trained_on_every_corpus_file():
    """Adding a labelled set means: measure it once (blind), then retrain and ship the model."""
    model = default_model()
    files = {p.name for p in CORPUS.glob("*.jsonl")}
    assert files <= set(model.trained_on)
    assert len(model.table) > 1000


def test_the_fast_path_and_the_explained_path_agree():
    model = default_model()
    for line in (CORPUS / "blind5.jsonl").read_text(encoding="utf-8").splitlines()[:20]:
        text = json.loads(line)["text"]
        scores = model.score(text)
        fast = model.probabilities(text)
        assert scores.risky == pytest.approx(fast[0], abs=1e-9)
        assert scores.hard == pytest.approx(fast[1], abs=1e-9)
        start, end = scores.sentence
        assert 0 <= start < end <= len(text) and text[start:end].strip() == text[start:end]


def test_features_count_words_and_padded_four_grams():
    counts = features("Oh, oh MFA!")
    assert counts["w:oh"] == 2 and counts["w:mfa"] == 1
    assert counts["c: oh,"] == 1 and counts["c: oh "] == 1  # " oh " is exactly four characters
    assert counts["c: mfa"] == 1 and counts["c:mfa!"] == 1 and counts["c:fa! "] == 1


NEUTRAL = "und dann noch was nur damit der text lang genug für das modell ist wieder belegt"


def _tiny_model(risky_weight: float, hard_weight: float) -> RiskModel:
    """Knows "zimmer" (with the given weights), "team" (calming) and some neutral words."""
    table = {f"w:{w}": [1.0, 0.0, 0.0] for w in NEUTRAL.split()}
    table |= {"w:zimmer": [1.0, risky_weight, hard_weight], "w:team": [1.0, -1.0, -1.0]}
    return RiskModel({"feature_version": FEATURE_VERSION, "intercepts": [0.0, 0.0],
                      "features": table})


def test_probabilities_follow_the_weights_and_unknown_words_are_ignored():
    model = _tiny_model(3.0, 0.5)
    risky, hard = model.probabilities("Zimmer zimmer, sonst Unbekanntes")
    assert risky == pytest.approx(1 / (1 + math.exp(-3.0)))  # one known feature: norm 1
    assert hard == pytest.approx(1 / (1 + math.exp(-0.5)))
    assert model.probabilities("Gar Unbekanntes") == (0.5, 0.5)
    assert model.probabilities("") == (0.5, 0.5)
    assert model.assess("Zimmer zimmer, sonst Unbekanntes")[2] == pytest.approx(2 / 4)


def test_a_model_for_other_features_is_refused():
    with pytest.raises(ValueError, match="retrain"):
        RiskModel({"feature_version": FEATURE_VERSION + 1, "intercepts": [0, 0], "features": {}})


def test_learned_rules_fill_gaps_and_never_repeat_a_finding():
    rules = sorted(LEARNED, key=lambda r: -r.severity.rank)
    text = "Zimmer 4 ist wieder belegt. Und dann noch was, nur damit der Text lang genug ist."
    sure = _tiny_model(5.0, 5.0)
    added = learned_findings(rules, sure, text, [])
    assert [(f.rule_id, f.severity) for f in added] == [("LRN-02", Severity.BLOCK)]
    assert text[added[0].start:added[0].end] == "Zimmer 4 ist wieder belegt."  # weighs most
    risky_only = _tiny_model(5.0, -5.0)
    assert [f.rule_id for f in learned_findings(rules, risky_only, text, [])] == ["LRN-01"]
    written = Checker(load_rules()).check("Die Behandlung ist garantiert schmerzfrei.")
    assert any(f.severity is Severity.BLOCK for f in written)
    assert learned_findings(rules, sure, text, written) == []
    calm = _tiny_model(-5.0, -5.0)
    assert learned_findings(rules, calm, text, []) == []
    assert learned_findings(rules, sure, "Zimmer 4, nur ein Titel", []) == []  # too short
    foreign = "Zimmer 4 bugün tüm ekibimizle birlikte mola odasında kahvaltı yaptık taze ekmek"
    assert learned_findings(rules, sure, foreign, []) == []  # words it never learned


def test_the_checker_reports_the_model_on_a_paraphrased_patient_story():
    text = ("Heute wieder Frühdienst, der Kaffee war kalt. Kleine Maus aus Zimmer 4 hat heute "
            "Geburtstag gefeiert, mit Torte und allen Schwestern. Morgen darf sie nach Hause, "
            "nach drei Wochen bei uns.")
    found = Checker(load_rules()).check(text, lang="de")
    assert [f.rule_id for f in found] == ["LRN-02"]
    assert text[found[0].start:found[0].end].startswith("Kleine Maus aus Zimmer 4")
    assert found[0].rule.text("message", "en").startswith("This post closely resembles")


@pytest.mark.parametrize(("table", "error"), [
    ({"learned": "maybe"}, "'learned' must be"),
    ({"learned": "risky", "threshold": 1.5}, "'threshold'"),
    ({"learned": "risky", "patterns": ["x"]}, "no patterns"),
])
def test_learned_rule_mistakes_are_named(table, error):
    base = {"id": "LRN-X", "severity": "warn", "basis": "b",
            "message": {"de": "m", "en": "m"}, "suggestion": {"de": "s", "en": "s"}}
    with pytest.raises(RuleFileError, match=error):
        parse_rule({**base, **table}, {}, "learned.toml")


def test_a_patient_story_in_a_long_harmless_text_is_not_diluted():
    """A newsletter-length text is also read a few sentences at a time."""
    story = ("Kleine Maus aus Zimmer 4 hat heute Geburtstag gefeiert, mit Torte und allen "
             "Schwestern. Morgen darf sie nach Hause, nach drei Wochen bei uns. Wir werden sie "
             "vermissen!")
    calm = ("Heute gab es im Team ein großes Frühstück mit Brötchen, Obst und Kaffee. "
            "Danke an Lena für die Organisation und an alle, die etwas mitgebracht haben. ")
    text = calm * 3 + "\n\n" + story + "\n\n" + calm * 3
    model = default_model()
    assert model.probabilities(text)[1] < 0.5  # read as a whole, the story drowns
    assert model.scan(text)[1] >= 0.5
    found = Checker(load_rules()).check(text, lang="de")
    assert [f.rule_id for f in found] == ["LRN-02"]
    assert text[found[0].start:found[0].end].startswith("Kleine Maus aus Zimmer 4")
