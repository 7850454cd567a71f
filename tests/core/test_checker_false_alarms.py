"""Ordinary German must never be blocked: German capitalises every noun.

A block stops the author from submitting, so a false block is costly. PID-01 once
read "jedem Patienten Zeit geben" as patient + surname. These tests run the checker
over a few thousand words of everyday practice prose (many "Patient(in/en) + noun"
phrases) and assert no block at all, and check that real names still block.
"""

from __future__ import annotations

import itertools
import random

import pytest

from clinic_ambassadors.core.checker import Checker, Severity, load_rules

CHECKER = Checker(load_rules())

SUBJECTS = ["Jeder Patient", "Jede Patientin", "Unsere Patienten", "Viele Patientinnen", "Ein Patient"]
DATIVES = ["jedem Patienten", "jeder Patientin", "unseren Patienten", "allen Patientinnen", "dem Patienten"]
# Nouns that follow "Patient(in/en)" in everyday sentences; all capitalised, none a name.
OBJECTS = [
    "Zeit", "Ruhe", "Angst", "Mut", "Sicherheit", "Kaffee", "Tee", "Wasser", "Halt", "Trost", "Hoffnung",
    "Orientierung", "Geduld", "Respekt", "Vertrauen", "Platz", "Raum", "Hilfe", "Unterstützung", "Kraft",
    "Freude", "Aufmerksamkeit", "Wärme", "Auskunft", "Zuversicht", "Rückhalt", "Nähe", "Informationen",
    "Antworten", "Termine", "Blut", "Fieber", "Insulin", "Decken", "Obst", "Schritt", "Tag", "Montag",
]
VERBS = ["geben", "schenken", "nehmen", "anbieten", "bringen", "machen", "vermitteln", "abnehmen", "messen"]
SENTENCES = [
    "{d} {o} und Ruhe zu geben ist für uns selbstverständlich.",
    "Wir möchten {d} {o} {v}, auch wenn der Tag voll ist.",
    "{s} soll bei uns {o} spüren – das ist unser Anspruch.",
    "Es gehört zu meinem Job, {d} {o} zu {v}.",
    "Im Wartezimmer können wir {d} {o} {v}, bevor es losgeht.",
    "Unser Ziel: {d} Schritt für Schritt {o} zu {v}.",
    "{s} bekommt bei uns {o}, ohne lange zu warten.",
]
PROSE = """
Mein Arbeitstag in der Praxis beginnt um halb acht. Zuerst koche ich Kaffee für das Team, dann
schauen wir gemeinsam in den Terminplan. Jede Patientin Schritt für Schritt durch den Vormittag zu
begleiten ist unser Anspruch. Wir wollen jedem Patienten Zeit und Ruhe geben, auch wenn das Telefon
klingelt. Den Patienten Angst zu nehmen gehört genauso dazu wie ein freundliches Wort am Empfang.
Manchmal können wir einem Patienten Kaffee anbieten, während er auf das Labor wartet. Frau Doktor
Lehmann ist unsere Chefin, und Herr Doktor Berger kommt dienstags zur Sprechstunde. Frau Dr. Weber
hält morgen einen Vortrag über Hygiene. Unsere Patientinnen und Patienten schätzen kurze Wege.
Patienten Sicherheit zu geben heißt auch, Fragen ehrlich zu beantworten. Ein Patient Zeit lassen,
eine Patientin Mut machen, einem Patienten Hoffnung schenken: das klingt einfach und ist doch Arbeit.
Fr. Nachmittag ist die Praxis geschlossen, Mo. bis Do. sind wir bis 18 Uhr da. Patient Care Team und
Patient Experience sind bei uns keine Schlagworte, sondern Alltag. Der Patient Zero einer Grippewelle
ist meistens ein Kind aus der Kita, sagt unsere Ärztin immer lachend. Herr Ober, noch einen Kaffee bitte,
rief mein Kollege beim Teamessen. Unsere Patienten Tag und Nacht gut zu versorgen, ist Teamarbeit.
Wir nehmen uns für jede Patientin Zeit, und jeder Patient Ruhe und Aufmerksamkeit verdient.
"""
NAMED = [
    "Patientin Anna hat sich heute riesig über ihren Befund gefreut.",
    "Patient Herr Yilmaz wartet schon seit einer Stunde.",
    "Frau Schneider aus Zimmer 3 hat uns Kuchen gebacken.",
    "Patientin M. (54) war heute zur Kontrolle da.",
    "Unsere Patientin Meier hat sich riesig über den Befund gefreut!",
    "Der Patient Jolanta Kowalczyk wurde entlassen.",
    "Patient Max Mustermann kam mit Rückenschmerzen.",
    "Pat. K. hat den Termin verschoben.",
    "Shoutout to my patient Sarah who finally walked again!",
    "Kaffeeklatsch mit Oma Gerda aus Zimmer 12.",
]


def _ordinary_text(seed: int = 3, sentences: int = 400) -> str:
    rng = random.Random(seed)
    combos = list(itertools.product(SENTENCES, OBJECTS))
    rng.shuffle(combos)
    lines = []
    for template, obj in combos[:sentences]:
        lines.append(template.format(
            s=rng.choice(SUBJECTS), d=rng.choice(DATIVES), o=obj, v=rng.choice(VERBS)
        ))
    return PROSE + "\n".join(lines)


def _blocks(text: str) -> list[str]:
    return [
        f"{f.rule_id}: {f.excerpt}"
        for f in CHECKER.check(text, "de")
        if f.severity is Severity.BLOCK
    ]


def test_the_generated_text_is_a_few_thousand_words() -> None:
    assert len(_ordinary_text().split()) > 3000


def test_ordinary_german_prose_has_no_block_at_all() -> None:
    assert _blocks(_ordinary_text()) == []


@pytest.mark.parametrize("obj", OBJECTS)
def test_patient_followed_by_a_noun_is_no_name(obj: str) -> None:
    for form in ("Patient", "Patientin", "Patienten", "Pat."):
        text = f"Wir wollen jedem {form} {obj} geben."
        assert not [f for f in CHECKER.check(text, "de") if f.rule_id == "PID-01"], text


@pytest.mark.parametrize("text", NAMED)
def test_real_names_still_block(text: str) -> None:
    assert any(f.rule_id == "PID-01" and f.severity is Severity.BLOCK for f in CHECKER.check(text)), text


def test_a_name_inside_ordinary_prose_is_still_found() -> None:
    text = _ordinary_text(sentences=100) + "\nPatientin Anna hat uns heute Blumen mitgebracht."
    assert any("Patientin Anna" in b for b in _blocks(text))
