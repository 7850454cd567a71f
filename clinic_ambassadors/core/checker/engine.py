"""Run rules over a post and return findings with offsets into the original text."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from clinic_ambassadors.core.checker.gates import LiteralIndex
from clinic_ambassadors.core.checker.language import detect_language
from clinic_ambassadors.core.checker.learned import MIN_WORDS, RiskModel, default_model
from clinic_ambassadors.core.checker.model import (
    CheckContext,
    Condition,
    ConditionKind,
    Finding,
    Rule,
    Severity,
)
from clinic_ambassadors.core.checker.normalise import normalise
from clinic_ambassadors.core.checker.plan import Plan
from clinic_ambassadors.core.checker.prefilter import is_exotic, shape

_WORD = re.compile(r"\S+")
_SPACES = re.compile(r"\s+")
EXCERPT_LIMIT = 120
VALID_LANGS = ("de", "en", "auto")
_GLOBAL = (ConditionKind.ANYWHERE, ConditionKind.ABSENT)


class _Scan:
    """Per-text caches so several rules can share word positions and pattern hits."""

    def __init__(self, text: str, checker: Checker) -> None:
        self.text = text
        self.plans = checker._plans
        lowered = text.lower()
        self.exotic = is_exotic(text)
        if self.exotic:
            self.present = checker._old_index.present(lowered)
        else:
            self.present = checker._index.present(shape(lowered))
        self._starts: list[int] | None = None
        self._ends: list[int] = []
        self._active: dict[int, re.Pattern[str] | None] = {}
        self._found: dict[int, bool] = {}

    def _words(self) -> tuple[list[int], list[int]]:
        if self._starts is None:
            spans = [m.span() for m in _WORD.finditer(self.text)]
            self._starts = [start for start, _end in spans]
            self._ends = [end for _start, end in spans]
        return self._starts, self._ends

    def window(self, start: int, end: int, words: int) -> tuple[int, int]:
        starts, ends = self._words()
        if not starts:
            return start, end
        first = max(bisect_right(starts, start) - 1, 0)
        last = max(bisect_left(starts, end) - 1, first)
        return (
            min(starts[max(first - words, 0)], start),
            max(ends[min(last + words, len(ends) - 1)], end),
        )

    def active(self, plan: Plan) -> re.Pattern[str] | None:
        """The plan's regex reduced to the patterns that may match this text, or None."""
        key = id(plan)
        if key not in self._active:
            self._active[key] = plan.select(self.present, self.exotic)
        return self._active[key]

    def holds(self, condition: Condition, start: int, end: int) -> bool:
        regex = self.active(self.plans[id(condition)])
        kind = condition.kind
        if kind is ConditionKind.ANYWHERE or kind is ConditionKind.ABSENT:
            key = id(condition.regex)
            if key not in self._found:
                self._found[key] = regex is not None and regex.search(self.text) is not None
            return self._found[key] == (kind is ConditionKind.ANYWHERE)
        near = False
        if regex is not None:
            lo, hi = self.window(start, end, condition.words)
            near = regex.search(self.text, lo, hi) is not None
        return near if kind is ConditionKind.NEAR else not near


def _excerpt(text: str) -> str:
    flat = _SPACES.sub(" ", text).strip()
    return flat if len(flat) <= EXCERPT_LIMIT else flat[: EXCERPT_LIMIT - 1] + "…"


@dataclass(frozen=True)
class _Applicable:
    patterns: tuple[Rule, ...]
    combining: tuple[Rule, ...]
    learned: tuple[Rule, ...]


class Checker:
    """Checks post texts against a fixed list of rules; safe to reuse for many posts."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self.rules: tuple[Rule, ...] = tuple(rules)
        ids = [r.id for r in self.rules]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"duplicate rule ids: {', '.join(duplicates)}")
        self._plans: dict[int, Plan] = {}
        for rule in self.rules:
            if rule.regex is not None:
                self._plans[id(rule)] = Plan.build(rule.patterns, rule.gates, rule.regex)
            conditions = [*rule.conditions, *(c for a in rule.adjustments for c in a.conditions)]
            for condition in conditions:
                self._plans[id(condition)] = Plan.build(
                    condition.patterns, condition.gates, condition.regex
                )
        # (lang, context) -> rules that apply, split by how they are run: patterns,
        # combinations of other rules' findings, the learned model (most severe first).
        self._by_setting: dict[tuple[str, CheckContext], _Applicable] = {}
        plans = self._plans.values()
        self._index = LiteralIndex({tok for plan in plans for tok in plan.tokens})
        self._old_index = LiteralIndex({lit for plan in plans for lit in plan.old_tokens})

    def check(
        self, text: str, lang: str = "auto", context: CheckContext | None = None
    ) -> list[Finding]:
        """Return the findings for ``text``, sorted by position (then most severe first)."""
        if lang not in VALID_LANGS:
            raise ValueError(f"lang must be one of {', '.join(VALID_LANGS)}, not {lang!r}")
        if not text or text.isspace():
            return []
        if lang == "auto":
            lang = detect_language(text)
        context = context or CheckContext()
        norm = normalise(text)
        scan = _Scan(norm.text, self)
        findings: list[Finding] = []
        applicable = self._applicable(lang, context)
        for rule in applicable.patterns:
            if scan.active(scan.plans[id(rule)]) is None:
                continue  # no pattern of the rule can match: skip it without a scan
            spans = self._spans(rule, scan, context)
            for start, end, severity in _merge(spans):
                o_start, o_end = norm.original_start(start), norm.original_end(end)
                findings.append(
                    Finding(rule.id, severity, o_start, o_end, _excerpt(text[o_start:o_end]), rule)
                )
        for rule in applicable.combining:
            findings += combined_findings(rule, findings)
        if applicable.learned:
            findings += learned_findings(applicable.learned, default_model(), text, findings)
        findings.sort(key=lambda f: (f.start, -f.severity.rank, f.rule_id))
        return findings

    def _applicable(self, lang: str, context: CheckContext) -> _Applicable:
        """Rules for this language and context, worked out once per combination."""
        key = (lang, context)
        found = self._by_setting.get(key)
        if found is None:
            rules = [rule for rule in self.rules
                     if rule.applies_to(lang)
                     and all(context.satisfies(t) for t in rule.requires_context)]
            found = _Applicable(
                patterns=tuple(r for r in rules if r.regex is not None),
                combining=tuple(r for r in rules if r.combines),
                learned=tuple(sorted((r for r in rules if r.learned is not None),
                                     key=lambda r: -r.severity.rank)),
            )
            self._by_setting[key] = found
        return found

    @classmethod
    def _spans(
        cls, rule: Rule, scan: _Scan, context: CheckContext
    ) -> list[tuple[int, int, Severity]]:
        spans: list[tuple[int, int, Severity]] = []
        for condition in rule.conditions:  # whole-text conditions first: they may spare the scan
            if condition.kind in _GLOBAL and not scan.holds(condition, 0, 0):
                return spans
        regex = scan.active(scan.plans[id(rule)])
        if regex is None:
            return spans
        for m in regex.finditer(scan.text):
            start, end = m.span()
            if end == start:
                continue
            if not all(scan.holds(c, start, end) for c in rule.conditions):
                continue
            severity = rule.severity
            for adjust in rule.adjustments:
                if all(context.satisfies(t) for t in adjust.requires_context) and all(
                    scan.holds(c, start, end) for c in adjust.conditions
                ):
                    severity = adjust.severity
                    break
            spans.append((start, end, severity))
        return spans


def combined_findings(rule: Rule, found: Sequence[Finding]) -> list[Finding]:
    """One finding of a combining rule if enough of the rules it combines found something.

    It marks the first of those passages and stays quiet when something already found is
    at least as severe (the text is then stopped or flagged anyway)."""
    if any(f.severity >= rule.severity for f in found):
        return []
    parts = sorted((f for f in found if f.rule_id in rule.combines), key=lambda f: f.start)
    if len({f.rule_id for f in parts}) < rule.at_least:
        return []
    first = parts[0]
    return [Finding(rule.id, rule.severity, first.start, first.end, first.excerpt, rule)]


def learned_findings(
    rules: Sequence[Rule], model: RiskModel, text: str, found: Sequence[Finding]
) -> list[Finding]:
    """What the learned rules add to the written rules' ``found``.

    The most severe learned rule goes first; a learned rule speaks only where nothing
    found so far is at least as severe, so it fills gaps instead of repeating a finding.
    """
    if len(text.split()) < MIN_WORDS:
        return []  # a title, a link, a name: too little for the model to judge
    worst = max((f.severity.rank for f in found), default=-1)
    added: list[Finding] = []
    probabilities = None
    for rule in rules:
        if rule.severity.rank <= worst:
            continue
        if probabilities is None:
            probabilities = model.scan(text)
        probability = probabilities[1] if rule.learned == "hard" else probabilities[0]
        if probability >= rule.threshold:
            # Worked out only when shown: the sentence that weighs most for this rule.
            start, end = model.strongest_sentence(text, towards=rule.learned or "risky")
            added.append(Finding(rule.id, rule.severity, start, end,
                                 _excerpt(text[start:end]), rule))
            worst = rule.severity.rank
    return added


def _merge(spans: Sequence[tuple[int, int, Severity]]) -> list[tuple[int, int, Severity]]:
    """Join overlapping hits of one rule; the joined hit keeps the highest severity."""
    merged: list[tuple[int, int, Severity]] = []
    for start, end, severity in sorted(spans, key=lambda s: (s[0], s[1])):
        if merged and start < merged[-1][1]:
            p_start, p_end, p_sev = merged[-1]
            merged[-1] = (p_start, max(p_end, end), max(p_sev, severity))
        else:
            merged.append((start, end, severity))
    return merged
