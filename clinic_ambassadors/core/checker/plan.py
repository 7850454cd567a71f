"""Per regex: which of its patterns may run on a text, decided once per mix of tokens.

A rule's regex is an alternation of many patterns. A pattern whose required text
(see ``prefilter``) is missing from a post cannot match, and leaving out patterns
that cannot match anywhere does not change what the alternation finds. The
decision depends only on which of the plan's tokens the text contains, so it is
cached per token mix: most posts reuse a decision made for an earlier post.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from clinic_ambassadors.core.checker.gates import start_class
from clinic_ambassadors.core.checker.model import FLAGS
from clinic_ambassadors.core.checker.prefilter import Clauses, required_clauses, shape, useful

_CACHE_LIMIT = 4096
_MISSING = object()


@dataclass(frozen=True, eq=False)
class Plan:
    """One regex split into its patterns, each with the text it needs to be worth running."""

    full: re.Pattern[str]
    patterns: tuple[str, ...]
    # Exotic texts: the loader's prefix gates, tested on the lower-cased text.
    old_gates: tuple[frozenset[str] | None, ...]
    old_tokens: frozenset[str]
    # Other texts: clauses tested on the shaped text (digits folded to 0).
    clauses: tuple[Clauses, ...]
    tokens: frozenset[str]
    _cache: dict[tuple[bool, frozenset[str]], re.Pattern[str] | None] = field(
        default_factory=dict, repr=False
    )

    @classmethod
    def build(
        cls,
        patterns: tuple[str, ...],
        gates: tuple[frozenset[str] | None, ...],
        full: re.Pattern[str],
    ) -> Plan:
        if len(gates) != len(patterns):
            gates = (None,) * len(patterns)
        clauses = tuple(_clauses(p, g) for p, g in zip(patterns, gates))
        return cls(
            full,
            patterns,
            gates,
            frozenset(lit for gate in gates for lit in gate or ()),
            clauses,
            frozenset(tok for cs in clauses for clause in cs for tok in clause),
        )

    def select(self, present: frozenset[str], exotic: bool) -> re.Pattern[str] | None:
        """The regex reduced to the patterns that may match, or ``None`` if none may."""
        seen = (self.old_tokens if exotic else self.tokens) & present
        key = (exotic, seen)
        regex = self._cache.get(key, _MISSING)
        if regex is _MISSING:
            regex = self._reduce(seen, exotic)
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            self._cache[key] = regex
        return regex  # type: ignore[return-value]

    def _reduce(self, seen: frozenset[str], exotic: bool) -> re.Pattern[str] | None:
        if exotic:
            chosen = tuple(
                i for i, gate in enumerate(self.old_gates) if gate is None or not gate.isdisjoint(seen)
            )
        else:
            chosen = tuple(
                i for i, cs in enumerate(self.clauses)
                if all(not clause.isdisjoint(seen) for clause in cs)
            )
        if not chosen:
            return None
        if len(chosen) == len(self.patterns):
            return self.full
        return subset_regex(self.patterns, chosen)


def _clauses(pattern: str, gate: frozenset[str] | None) -> Clauses:
    """The pattern's own clauses plus the loader's gate, so neither test is ever weakened."""
    clauses = required_clauses(pattern)
    if gate is not None:
        shaped = frozenset(shape(lit) for lit in gate)
        if useful(shaped) and shaped not in clauses:
            clauses = (*clauses, shaped)
    return clauses


@lru_cache(maxsize=4096)
def subset_regex(patterns: tuple[str, ...], active: tuple[int, ...]) -> re.Pattern[str]:
    """Compile the chosen patterns; a leading first-character class lets ``re`` skip fast."""
    chosen = [patterns[i] for i in active]
    body = "|".join(f"(?:{p})" for p in chosen)
    first = start_class(chosen)
    return re.compile(f"(?={first})(?:{body})" if first else body, FLAGS)
