"""Engine behaviour: offsets, normalisation, languages, context, merging, errors."""

from __future__ import annotations

import pytest

from clinic_ambassadors.core.checker import (
    CheckContext,
    Checker,
    Finding,
    Severity,
    custom_rule,
    detect_language,
    load_rules,
    normalise,
)

CHECKER = Checker(load_rules())


def ids(findings: list[Finding]) -> set[str]:
    return {f.rule_id for f in findings}


def test_empty_and_blank_text_have_no_findings() -> None:
    assert CHECKER.check("") == []
    assert CHECKER.check(" \n\t ") == []


def test_invalid_lang_is_rejected() -> None:
    with pytest.raises(ValueError, match="lang"):
        CHECKER.check("Hallo", lang="fr")


@pytest.mark.parametrize(
    "text",
    [
        "🎉🎉 Unsere Zahnreinigung ist garantiert schmerzfrei!",
        "Unsere Zahnreinigung ist garan\u00adtiert schmerzfrei!",
        "Unsere\u00a0Zahnreinigung ist\u200b garantiert\u00a0 schmerzfrei!",
        "Unsere Zahnreinigung\r\nist\r\n\r\ngarantiert schmerzfrei!",
        "👩‍⚕️ Unsere Zahnreinigung ist ga\u200drantiert schmerzfrei!",
    ],
)
def test_offsets_point_into_the_original_text(text: str) -> None:
    findings = CHECKER.check(text, "de")
    hwg01 = [f for f in findings if f.rule_id == "HWG-01"]
    assert hwg01 and hwg01[0].severity is Severity.BLOCK
    original = text[hwg01[0].start : hwg01[0].end]
    assert original.replace("\u00ad", "").replace("\u200d", "").lower().startswith("garantiert")
    hwg02 = [f for f in findings if f.rule_id == "HWG-02"]
    assert text[hwg02[0].start : hwg02[0].end] == "schmerzfrei"


def test_normalise_maps_removed_and_collapsed_characters() -> None:
    text = "a\u00a0\u00a0b\u00adc\r\nd"
    norm = normalise(text)
    assert norm.text == "a bc d"
    assert norm.original_start(2) == 3  # "b"
    assert norm.original_end(4) == 6  # end of "c" skips the soft hyphen
    assert norm.original_start(4) == 6 and norm.original_end(5) == 8  # CRLF -> one space


def test_decomposed_umlauts_and_maths_letters_match() -> None:
    decomposed = "Die Behandlung ist schmerzfrei und nebenwirkungsfrei fu\u0308r alle."
    assert "HWG-02" in ids(CHECKER.check(decomposed, "de"))
    bold = "𝐠𝐚𝐫𝐚𝐧𝐭𝐢𝐞𝐫𝐭 schmerzfrei mit unserer Lasertherapie"
    found = [f for f in CHECKER.check(bold, "de") if f.rule_id == "HWG-01"]
    assert found and bold[found[0].start : found[0].end] == "𝐠𝐚𝐫𝐚𝐧𝐭𝐢𝐞𝐫𝐭"


def test_hashtags_and_odd_case_are_matched() -> None:
    text = "Ergebnis nach der Lippenunterspritzung 💋 #VorherNachher #SCHMERZFREI"
    findings = CHECKER.check(text)
    assert {"HWG-04", "HWG-02", "HWG-05"} <= ids(findings)
    assert next(f for f in findings if f.rule_id == "HWG-04").severity is Severity.BLOCK


def test_findings_are_sorted_and_each_place_is_reported() -> None:
    text = "Frau Meier war da. Später kam Herr Schulz wegen Schmerzen zur Wundkontrolle."
    found = [f for f in CHECKER.check(text, "de") if f.rule_id == "PID-01"]
    assert [text[f.start : f.end] for f in found] == ["Frau Meier", "Herr Schulz"]
    starts = [f.start for f in CHECKER.check(text, "de")]
    assert starts == sorted(starts)


def test_overlapping_hits_of_one_rule_are_merged() -> None:
    text = "Sie ist schmerzfrei ohne Schmerzen"  # "ohne Schmerzen" and "keine" patterns overlap
    rule = custom_rule("ohne Schmerz", Severity.WARN)
    rule2 = custom_rule("Schmerzen", Severity.WARN, rule_id="X-2")
    regex_rule = custom_rule(r"ohne \w+|\w+ Schmerzen", Severity.WARN, is_regex=True, rule_id="X-3")
    findings = Checker([rule, rule2, regex_rule]).check(text)
    x3 = [f for f in findings if f.rule_id == "X-3"]
    assert len(x3) == 1 and text[x3[0].start : x3[0].end] == "ohne Schmerzen"


def test_language_detection() -> None:
    assert detect_language("Heute war ein toller Tag mit dem Team in der Praxis.") == "de"
    assert detect_language("Today was a great day with the team at our clinic.") == "en"
    assert detect_language("") == "de"
    assert detect_language("Grüße aus der Küche") == "de"


def test_language_selects_rules_and_messages() -> None:
    text = "Wir suchen eine MFA in Teilzeit. Bewirb dich jetzt!"
    assert "AGG-01" in ids(CHECKER.check(text, "de"))
    assert "AGG-01" not in ids(CHECKER.check(text, "en"))  # German-only rule
    finding = next(f for f in CHECKER.check(text, "de") if f.rule_id == "AGG-01")
    assert "Stellenangebot" in finding.message("de")
    assert "job post" in finding.message("en")
    assert finding.suggestion("en") and finding.basis.startswith("§")


def test_context_images_and_doctor() -> None:
    text = "Spannender Befund heute auf dem Bildschirm 😮"
    assert "PID-09" not in ids(CHECKER.check(text, "de"))
    assert "PID-09" in ids(CHECKER.check(text, "de", CheckContext(has_images=True)))
    product = "Meine Lieblingscreme für trockene Hände 👐"
    nurse = next(f for f in CHECKER.check(product) if f.rule_id == "HWG-09")
    doctor = next(
        f for f in CHECKER.check(product, context=CheckContext(author_is_doctor=True))
        if f.rule_id == "HWG-09"
    )
    assert (nurse.severity, doctor.severity) == (Severity.WARN, Severity.BLOCK)


def test_country_context() -> None:
    text = "Wir suchen eine Ordinationsassistenz (m/w/d) – bewirb dich!"
    assert "AT-01" not in ids(CHECKER.check(text, "de"))
    assert "AT-01" in ids(CHECKER.check(text, "de", CheckContext(country="AT")))


def test_severity_order_and_values() -> None:
    assert Severity.BLOCK > Severity.WARN > Severity.INFO
    assert max([Severity.INFO, Severity.BLOCK, Severity.WARN]) is Severity.BLOCK
    assert [s.value for s in Severity] == ["block", "warn", "info"]


def test_custom_rule_whole_word_case_insensitive() -> None:
    rule = custom_rule("Projekt Phoenix", Severity.BLOCK, note="intern bis Q3")
    checker = Checker([rule])
    text = "Bald startet PROJEKT\u00a0 phoenix bei uns!"
    found = checker.check(text)
    assert len(found) == 1 and found[0].severity is Severity.BLOCK
    assert text[found[0].start : found[0].end] == "PROJEKT\u00a0 phoenix"
    assert checker.check("Projekt Phoenixfeder") == []
    assert "intern bis Q3" in found[0].message("de") and "intern bis Q3" in found[0].message("en")
    assert found[0].rule_id.startswith("CUSTOM-")


def test_custom_regex_and_bad_regex() -> None:
    rule = custom_rule(r"Medi(?:Partner|Shop)", Severity.WARN, is_regex=True, rule_id="C-1")
    assert [f.rule_id for f in Checker([rule]).check("Danke an MediShop!")] == ["C-1"]
    assert Checker([rule]).check("MediShopping") == []
    with pytest.raises(ValueError, match="not a valid regular expression"):
        custom_rule("Medi(Shop", Severity.WARN, is_regex=True)
    with pytest.raises(ValueError, match="empty"):
        custom_rule("a*", Severity.WARN, is_regex=True)
    with pytest.raises(ValueError):
        custom_rule("   ", Severity.WARN)


def test_checker_rejects_duplicate_ids() -> None:
    rule = custom_rule("x", Severity.INFO, rule_id="SAME")
    with pytest.raises(ValueError, match="SAME"):
        Checker([rule, custom_rule("y", Severity.INFO, rule_id="SAME")])


def test_one_megabyte_text_is_checked() -> None:
    block = "Heute war Teamevent in der Praxis 🎉 Wir suchen eine MFA (m/w/d), ich arbeite gern hier. "
    text = block * (1_000_000 // len(block)) + "Frau Müller kam mit Schmerzen."
    findings = CHECKER.check(text, "de")
    assert any(f.rule_id == "PID-01" and f.start > 900_000 for f in findings)
