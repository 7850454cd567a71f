"""Cheap literal gates that let the engine skip patterns that cannot match a text.

Python's ``re`` tries every alternative at every position, so a rule with fifty
alternatives costs fifty scans. Most alternatives begin with a literal word; if
that literal is not a substring of the (lower-cased) text, the pattern cannot
match there and need not run. A gate is the set of possible literal prefixes of
a pattern, or ``None`` when the pattern can start without one.
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

MIN_LITERAL = 2
_ZERO_WIDTH = {C.AT, C.ASSERT, C.ASSERT_NOT}


def _prefixes(items: list, limit: int = 64) -> set[str] | None:  # type: ignore[type-arg]
    """Literals of which one must occur in any match of the sequence; ``None`` if unknown.

    Elements without a literal are skipped while nothing has been collected yet (a
    later literal is still required); once a literal run has started, the first
    element that breaks it ends the run.
    """
    results = {""}
    for op, value in items:
        if op in _ZERO_WIDTH:
            continue
        if op is C.LITERAL:
            results = {r + chr(value) for r in results}
            continue
        inner: set[str] | None = None
        plain = False
        if op is C.SUBPATTERN:
            inner = _prefixes(list(value[-1]))
            plain = inner is not None and _is_plain(list(value[-1]))
        elif op is C.BRANCH:
            inner = set()
            for branch in value[1]:
                sub = _prefixes(list(branch))
                if sub is None:
                    inner = None
                    break
                inner |= sub
            plain = inner is not None and all(_is_plain(list(b)) for b in value[1])
        if results == {""}:
            if inner is None:
                continue  # skip an element that can match without a literal
            if plain:
                results = set(inner)
                if len(results) > limit:
                    return None
                continue
            return _finish(inner)
        if inner is not None and plain:
            results = {r + i for r in results for i in inner}
            if len(results) > limit:
                return None
            continue
        return _finish(results)
    return _finish(results)


def _is_plain(items: list) -> bool:  # type: ignore[type-arg]
    """True if the sequence is only literals and zero-width checks (fully known text)."""
    for op, value in items:
        if op in _ZERO_WIDTH or op is C.LITERAL:
            continue
        if op is C.SUBPATTERN and _is_plain(list(value[-1])):
            continue
        return False
    return True


def _finish(results: set[str]) -> set[str] | None:
    if any(len(r.strip()) < MIN_LITERAL for r in results):
        return None
    return results


def literal_gate(pattern: str, flags: int = re.IGNORECASE) -> frozenset[str] | None:
    """Lower-cased literals of which one must occur in a text the pattern matches."""
    try:
        parsed = _parser.parse(pattern, flags)
    except re.error:
        return None
    prefixes = _prefixes(list(parsed))
    if prefixes is None:
        return None
    return frozenset(p.lower() for p in prefixes)


def union_gate(gates: list[frozenset[str] | None]) -> frozenset[str] | None:
    """One gate for an alternation: ``None`` as soon as one part has no gate."""
    merged: set[str] = set()
    for gate in gates:
        if gate is None:
            return None
        merged |= gate
    return frozenset(merged)


def passes(gate: frozenset[str] | None, lowered: str) -> bool:
    return gate is None or any(literal in lowered for literal in gate)


class LiteralIndex:
    """Finds which gate literals occur in a text, with one small trie regex per first character.

    Each regex starts with its literal first character, so ``re`` jumps straight to
    the places where that character occurs instead of trying one big trie at every
    position. It reports the longest literal starting there; every shorter literal
    at that position is a prefix of it, so prefix closures complete the set.
    """

    def __init__(self, literals: set[str]) -> None:
        self._literals = frozenset(literals)
        by_first: dict[str, list[str]] = {}
        for literal in sorted(self._literals):
            by_first.setdefault(literal[0], []).append(literal[1:])
        self._regexes = tuple((ch, _first_char_regex(ch, rests)) for ch, rests in by_first.items())
        self._closure = {
            lit: frozenset(lit[:k] for k in range(1, len(lit) + 1) if lit[:k] in self._literals)
            for lit in self._literals
        }

    def present(self, lowered: str) -> frozenset[str]:
        longest: set[str] = set()
        for ch, regex in self._regexes:
            if ch in lowered:
                longest.update([ch + rest for rest in regex.findall(lowered)])
        found: set[str] = set()
        for literal in longest:
            found |= self._closure[literal]
        return frozenset(found)


def _first_char_regex(ch: str, rests: list[str]) -> re.Pattern[str]:
    body = _trie_pattern([r for r in rests if r])
    if "" in rests and body:
        body = f"(?:{body})?"
    return re.compile(re.escape(ch) + "(?=(" + body + "))", re.DOTALL)


def _trie_pattern(words: list[str]) -> str:
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _node_pattern(trie)


def _node_pattern(node: dict) -> str:  # type: ignore[type-arg]
    branches = [re.escape(ch) + _node_pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def gate_open(gate: frozenset[str] | None, present: frozenset[str]) -> bool:
    return gate is None or not gate.isdisjoint(present)


_MAX_FIRST = 200


@lru_cache(maxsize=8192)
def first_chars(pattern: str, flags: int = re.IGNORECASE) -> frozenset[str] | None:
    """Characters a match can start with (both cases), or ``None`` if any could."""
    try:
        parsed = _parser.parse(pattern, flags)
    except re.error:
        return None
    chars, nullable = _first(list(parsed))
    if chars is None or nullable:
        return None
    return frozenset(c for ch in chars for c in {ch, ch.lower(), ch.upper()} if len(c) == 1)


def _first(items: list) -> tuple[set[str] | None, bool]:  # type: ignore[type-arg]
    result: set[str] = set()
    for op, value in items:
        if op in _ZERO_WIDTH:
            continue
        chars, nullable = _first_one(op, value)
        if chars is None or len(result) + len(chars) > _MAX_FIRST:
            return None, False
        result |= chars
        if not nullable:
            return result, False
    return result, True


def _first_one(op, value) -> tuple[set[str] | None, bool]:  # type: ignore[no-untyped-def]
    if op is C.LITERAL:
        return {chr(value)}, False
    if op is C.IN:
        chars: set[str] = set()
        for kind, item in value:
            if kind is C.LITERAL:
                chars.add(chr(item))
            elif kind is C.RANGE and item[1] - item[0] < 64:
                chars.update(chr(c) for c in range(item[0], item[1] + 1))
            elif kind is C.CATEGORY and item is C.CATEGORY_DIGIT:
                chars.update("0123456789")
            else:
                return None, False
        return chars, False
    if op is C.SUBPATTERN:
        return _first(list(value[-1]))
    if op is C.BRANCH:
        chars = set()
        nullable = False
        for branch in value[1]:
            sub, sub_null = _first(list(branch))
            if sub is None:
                return None, False
            chars |= sub
            nullable = nullable or sub_null
        return chars, nullable
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _high, item = value
        sub, sub_null = _first(list(item))
        return sub, sub_null or low == 0
    return None, False


def start_class(patterns: list[str]) -> str | None:
    """A ``[...]`` class of possible first characters for an alternation, if known."""
    chars: set[str] = set()
    for pattern in patterns:
        first = first_chars(pattern)
        if first is None:
            return None
        chars |= first
    if not chars:
        return None
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"
