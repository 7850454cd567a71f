"""Required-text tests that tell, before any regex runs, that a pattern cannot match.

``gates.literal_gate`` only looks at how a pattern *starts*, so patterns led by a
digit, a capital class or a quote got no gate and ran on every post. Here a
pattern is reduced to clauses: every clause is a set of strings of which at least
one must occur in any match. Clauses come from literal runs anywhere in the
pattern, from positive lookarounds and from repeats with a minimum.

Digits are folded: the texts are compared in a "shape" in which every digit is
``0``, so ``\\d{6}`` becomes the plain string ``000000`` and costs one substring
test like any word. Texts with characters for which ``str.lower`` and ``re``'s
case-insensitive matching disagree (dotless i, long s, non-ASCII digits ...) are
"exotic"; for them the engine falls back to the old literal gates alone.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from re import _casefix  # type: ignore[attr-defined]
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

Clauses = tuple[frozenset[str], ...]

_MAX_STRINGS = 64  # a literal run with more variants than this is not worth tracking
_MAX_CLASS = 10  # a character class with more members breaks a literal run
MIN_TOKEN = 3  # shorter letter/digit tokens count as always present
_ZERO_WIDTH = {C.AT, C.ASSERT_NOT}
_REPEATS = {C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT}
_DIGIT = re.compile("[1-9]")
_EXTRA = frozenset(map(chr, _casefix._EXTRA_CASES))  # i/ı, s/ſ, µ/μ ... fold beyond lower()


def shape(lowered: str) -> str:
    """The lower-cased text with every ASCII digit turned into ``0``."""
    return _DIGIT.sub("0", lowered)  # faster than str.translate on non-ASCII text


def is_exotic(text: str) -> bool:
    """True if substring tests on ``shape(text.lower())`` might miss a regex match."""
    if text.isascii():
        return False
    return any(_exotic_char(ch) for ch in set(text) if ord(ch) > 127)


@lru_cache(maxsize=4096)
def _exotic_char(ch: str) -> bool:
    lower = ch.lower()
    return (
        len(lower) != 1
        or ch in _EXTRA
        or lower in _EXTRA
        or unicodedata.category(ch) == "Nd"
    )


def required_clauses(pattern: str, flags: int = re.IGNORECASE) -> Clauses:
    """Clauses (in shape form) that every match of ``pattern`` satisfies; ``()`` if none known."""
    try:
        parsed = _parser.parse(pattern, flags)
    except re.error:
        return ()
    _strings, clauses = _sequence(list(parsed))
    return tuple(dict.fromkeys(c for c in clauses if useful(c)))


def useful(clause: frozenset[str]) -> bool:
    """Short words ("in", "an") occur in nearly every post; a clause with one is not worth testing."""
    return bool(clause) and all(_selective(s) for s in clause)


def _selective(token: str) -> bool:
    core = token.strip()
    if not core or any(ord(ch) > 127 and _exotic_char(ch) for ch in token):
        return False
    return len(core) >= MIN_TOKEN or not core.isalnum()


def _cross(left: set[str], right: set[str]) -> set[str] | None:
    joined = {a + b for a in left for b in right}
    return joined if len(joined) <= _MAX_STRINGS else None


def _sequence(items: list) -> tuple[set[str] | None, list[frozenset[str]]]:  # type: ignore[type-arg]
    """The exact strings the sequence can match (if few) and the clauses it implies."""
    clauses: list[frozenset[str]] = []
    run: set[str] = {""}  # strings the current unbroken literal run can be
    exact = True  # whether ``run`` covers the whole sequence so far

    def close() -> None:
        nonlocal run
        if run != {""}:
            clauses.append(frozenset(run))
        run = {""}

    for op, value in items:
        if op in _ZERO_WIDTH:
            continue
        if op is C.ASSERT:
            clauses.extend(_sequence(list(value[1]))[1])
            continue
        strings, inner = _element(op, value)
        clauses.extend(inner)
        if op in _REPEATS and strings is not None:
            low, high = value[0], value[1]
            head = _power(strings, low)
            joined = _cross(run, head) if head is not None else None
            if joined is not None and low == high:
                run = joined
                continue
            if joined is not None:
                run = joined
            close()
            exact = False
            if low >= 1:
                run = set(strings)  # the last repetition leads into what follows
            continue
        joined = _cross(run, strings) if strings is not None else None
        if joined is None:
            close()
            exact = False
            continue
        run = joined
    result = set(run) if exact else None
    close()
    return result, clauses


def _power(strings: set[str], count: int) -> set[str] | None:
    result: set[str] | None = {""}
    for _ in range(count):
        result = _cross(result, strings) if result is not None else None
    return result


def _element(op, value) -> tuple[set[str] | None, list[frozenset[str]]]:  # type: ignore[no-untyped-def]
    """Exact strings of one element (or ``None``) and the clauses inside it."""
    if op is C.LITERAL:
        ch = chr(value)
        if ord(ch) > 127 and _exotic_char(ch):
            return None, []
        return {shape(ch.lower())}, []
    if op is C.IN:
        return _char_class(value), []
    if op is C.SUBPATTERN:
        return _sequence(list(value[-1]))
    if op is C.ATOMIC_GROUP:
        return _sequence(list(value))
    if op is C.BRANCH:
        return _branch(value[1])
    if op in _REPEATS:
        low, _high, item = value
        strings, inner = _sequence(list(item))
        if low == 0:
            return strings, []
        if strings is not None:
            inner = [*inner, frozenset(strings)]
        return strings, inner
    return None, []


def _branch(branches: list) -> tuple[set[str] | None, list[frozenset[str]]]:  # type: ignore[type-arg]
    """An alternation implies a clause only if every branch brings one; join the best."""
    strings: set[str] | None = set()
    best: set[str] | None = set()
    for branch in branches:
        sub, clauses = _sequence(list(branch))
        strings = strings | sub if strings is not None and sub is not None else None
        candidates = [c for c in clauses if useful(c)]
        if best is not None and candidates:
            best |= max(candidates, key=_strength)
        else:
            best = None
    if strings is not None and len(strings) > _MAX_STRINGS:
        strings = None
    return strings, [frozenset(best)] if best else []


def _strength(clause: frozenset[str]) -> tuple[int, int]:
    """Prefer clauses whose shortest string is long, then those with few strings."""
    return min(len(s.strip()) for s in clause), -len(clause)


def _char_class(value: list) -> set[str] | None:  # type: ignore[type-arg]
    chars: set[str] = set()
    for kind, item in value:
        if kind is C.LITERAL:
            chars.add(chr(item))
        elif kind is C.RANGE and item[1] - item[0] < _MAX_CLASS:
            chars.update(chr(c) for c in range(item[0], item[1] + 1))
        elif kind is C.RANGE and (item[0], item[1]) == (ord("0"), ord("9")):
            chars.add("0")
        elif kind is C.CATEGORY and item is C.CATEGORY_DIGIT:
            chars.add("0")  # other decimal digits make a text exotic
        else:
            return None
    if any(ord(c) > 127 and _exotic_char(c) for c in chars):
        return None
    shaped = {shape(c.lower()) for c in chars}
    return shaped if len(shaped) <= _MAX_CLASS else None
