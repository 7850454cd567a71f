"""Tell German from English posts so rules and messages fit the author's language."""

from __future__ import annotations

import re

_TOKEN = re.compile(r"[a-zäöüß']+")
_SAMPLE = 4000

_GERMAN = frozenset(
    """der die das den dem des und ist sind nicht ich wir ihr sie es ein eine einen einem einer
    mit auf für bei zu zum zur im in von vom auch noch nur schon sehr heute mein meine unser
    unsere uns euch dich mich mir dir wie was wer wenn aber oder weil dass hier jetzt mal doch
    kein keine war waren wird werden hat haben habe bin bist gibt über nach vor aus als am an
    so da man alle viel viele immer neue neuen tag team praxis jahre jahren arbeit gerne gern
    danke kollegen kolleginnen kollegin suchen bewirb dann wieder ganz""".split()
)
_ENGLISH = frozenset(
    """the and is are was were not i we you they he she it a an with on for at to of in from
    also only very today my our us your me this that these those what who when but or because
    here now just no be been being has have had am there all many always new day team work
    thanks colleagues looking join apply proud love how why can will would our it's i'm we're
    don't""".split()
)


_SHARED = _GERMAN & _ENGLISH
_GERMAN = _GERMAN - _SHARED
_ENGLISH = _ENGLISH - _SHARED


def language_evidence(text: str, umlauts: bool = True) -> tuple[int, int]:
    """How many German and English marker words (and, if asked, words with umlauts) the
    start of ``text`` has."""
    sample = text[:_SAMPLE].lower()
    de = en = 0
    for token in _TOKEN.findall(sample):
        if token in _GERMAN:
            de += 1
        if token in _ENGLISH:
            en += 1
        if umlauts and ("ä" in token or "ö" in token or "ü" in token or "ß" in token):
            de += 1
    return de, en


def detect_language(text: str) -> str:
    """Return ``"de"`` or ``"en"``; German wins ties because the app's users are German."""
    de, en = language_evidence(text)
    return "en" if en > de else "de"


def recognised(text: str) -> bool:
    """False when the text shows no sign of German or English (Turkish, Arabic, a list of
    names): it is then checked as German, and the person should be told so."""
    return sum(language_evidence(text, umlauts=False)) >= 2  # Turkish has ü and ö too
