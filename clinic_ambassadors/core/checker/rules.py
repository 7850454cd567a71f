"""Load checker rules from TOML rule packs.

A rule pack is a ``*.toml`` file with ``[[rule]]`` tables; any pack may also add
named pattern lists under ``[vocabulary]`` that patterns reuse as ``@{name}``.
Files whose name starts with ``_`` are not rule packs (they hold other texts).
Errors name the file, the rule and, where tomllib knows it, the line.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from clinic_ambassadors.core.checker.gates import literal_gate
from clinic_ambassadors.core.checker.model import (
    CONTEXT_TOKENS,
    FLAGS,
    LANGUAGES,
    Adjustment,
    Condition,
    ConditionKind,
    Rule,
    Severity,
)

DEFAULT_WORDS = 15
_VOCAB_REF = re.compile(r"@\{([a-z_][a-z0-9_]*)\}")
_RULE_KEYS = {
    "id", "title", "languages", "severity", "patterns", "basis", "message", "suggestion",
    "match", "no_match", "requires_context", "adjust", "learned", "threshold", "combines", "at_least",
    *(k.value for k in ConditionKind),
}
LEARNED_KINDS = ("risky", "hard")
_ADJUST_KEYS = {"severity", "requires_context", *(k.value for k in ConditionKind)}


class RuleFileError(ValueError):
    """A rule pack cannot be used; the message names the file and what is wrong."""


def load_rules(directory: str | Path | None = None) -> list[Rule]:
    """Load every rule pack in ``directory`` (default: the app's ``resources/rules``)."""
    if directory is None:
        from clinic_ambassadors.resource_files import resource_path

        directory = resource_path("rules")
    folder = Path(directory)
    if not folder.is_dir():
        raise RuleFileError(f"Rule folder not found: {folder}")
    files = sorted(p for p in folder.glob("*.toml") if not p.name.startswith("_"))
    documents = [(path, _read(path)) for path in files]
    vocabulary: dict[str, tuple[str, ...]] = {}
    for path, doc in documents:
        for name, items in doc.get("vocabulary", {}).items():
            if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
                raise RuleFileError(f"{path}: vocabulary '{name}' must be a list of strings")
            if name in vocabulary:
                raise RuleFileError(f"{path}: vocabulary '{name}' is defined twice")
            vocabulary[name] = tuple(items)
    rules: list[Rule] = []
    seen: dict[str, Path] = {}
    for path, doc in documents:
        unknown = set(doc) - {"rule", "vocabulary"}
        if unknown:
            raise RuleFileError(f"{path}: unknown top-level table(s): {', '.join(sorted(unknown))}")
        for index, table in enumerate(doc.get("rule", []), start=1):
            rule = parse_rule(table, vocabulary, source=f"{path.name} (rule #{index})")
            if rule.id in seen:
                raise RuleFileError(f"{path}: rule id {rule.id} also defined in {seen[rule.id]}")
            seen[rule.id] = path
            rules.append(rule)
    return rules


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise RuleFileError(f"{path}: not valid TOML: {exc}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleFileError(f"{path}: cannot read rule file: {exc}") from exc


def expand(pattern: str, vocabulary: Mapping[str, Iterable[str]], where: str) -> str:
    """Replace ``@{name}`` references by a non-capturing group of the vocabulary list."""

    def replace(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in vocabulary:
            raise RuleFileError(f"{where}: unknown vocabulary @{{{name}}}")
        return "(?:" + "|".join(expand(p, vocabulary, where) for p in vocabulary[name]) + ")"

    return _VOCAB_REF.sub(replace, pattern)


def flatten(patterns: Iterable[str], vocabulary: Mapping[str, Iterable[str]], where: str) -> tuple[str, ...]:
    """Expand patterns; a pattern that is only ``@{name}`` becomes that list's items.

    Keeping items separate lets the engine skip each one by its own literal gate.
    """
    result: list[str] = []
    for pattern in patterns:
        whole = _VOCAB_REF.fullmatch(pattern)
        if whole and whole.group(1) in vocabulary:
            result.extend(flatten(vocabulary[whole.group(1)], vocabulary, where))
        else:
            result.append(expand(pattern, vocabulary, where))
    return tuple(dict.fromkeys(result))


def compile_patterns(patterns: Iterable[str], where: str) -> re.Pattern[str]:
    """One regex for a list of alternatives; a bad pattern raises with ``where`` in the text."""
    parts = list(patterns)
    for part in parts:
        try:
            re.compile(part, FLAGS)
        except re.error as exc:
            raise RuleFileError(f"{where}: bad pattern {part!r}: {exc}") from exc
    return re.compile("|".join(f"(?:{p})" for p in parts), FLAGS)


def _texts(table: Mapping[str, Any], key: str, where: str, required: bool) -> dict[str, str]:
    value = table.get(key, {})
    if not isinstance(value, dict):
        raise RuleFileError(f"{where}: '{key}' must be a table with de and en")
    if required and not all(isinstance(value.get(lang), str) and value[lang] for lang in LANGUAGES):
        raise RuleFileError(f"{where}: '{key}' needs non-empty 'de' and 'en' texts")
    return {k: str(v) for k, v in value.items()}


def _strings(value: Any, where: str, key: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RuleFileError(f"{where}: '{key}' must be a string or a list of strings")
    return tuple(value)


def _context(value: Any, where: str) -> tuple[str, ...]:
    tokens = _strings(value, where, "requires_context")
    for token in tokens:
        if token not in CONTEXT_TOKENS[:2] and not token.startswith(CONTEXT_TOKENS[2]):
            raise RuleFileError(
                f"{where}: requires_context {token!r} is not one of images, doctor, country:XX"
            )
    return tokens


def _conditions(
    table: Mapping[str, Any], vocabulary: Mapping[str, Iterable[str]], where: str
) -> tuple[Condition, ...]:
    conditions: list[Condition] = []
    for kind in ConditionKind:
        groups = table.get(kind.value, [])
        if isinstance(groups, dict):
            groups = [groups]
        if not isinstance(groups, list):
            raise RuleFileError(f"{where}: '{kind.value}' must be a list of tables")
        for group in groups:
            if not isinstance(group, dict) or "patterns" not in group:
                raise RuleFileError(f"{where}: each '{kind.value}' needs 'patterns'")
            extra = set(group) - {"patterns", "words"}
            if extra:
                raise RuleFileError(f"{where}: unknown key(s) in '{kind.value}': {sorted(extra)}")
            words = group.get("words", DEFAULT_WORDS)
            if not isinstance(words, int) or words < 0:
                raise RuleFileError(f"{where}: 'words' must be a non-negative integer")
            patterns = flatten(_strings(group["patterns"], where, "patterns"), vocabulary, where)
            regex = compile_patterns(patterns, f"{where} {kind.value}")
            gates = tuple(literal_gate(p) for p in patterns)
            conditions.append(Condition(kind, patterns, words, regex, gates))
    return tuple(conditions)


def _severity(value: Any, where: str) -> Severity:
    try:
        return Severity(value)
    except ValueError:
        raise RuleFileError(f"{where}: severity must be block, warn or info, not {value!r}") from None


def parse_rule(
    table: Mapping[str, Any], vocabulary: Mapping[str, Iterable[str]], source: str = ""
) -> Rule:
    """Build one ``Rule`` from a TOML table; raise ``RuleFileError`` on any mistake."""
    rule_id = table.get("id")
    where = f"{source} {rule_id or '(no id)'}".strip()
    if not isinstance(rule_id, str) or not rule_id:
        raise RuleFileError(f"{where}: every rule needs an 'id'")
    unknown = set(table) - _RULE_KEYS
    if unknown:
        raise RuleFileError(f"{where}: unknown key(s): {', '.join(sorted(unknown))}")
    languages = _strings(table.get("languages", ["de", "en"]), where, "languages")
    for lang in languages:
        if lang not in (*LANGUAGES, "any"):
            raise RuleFileError(f"{where}: language {lang!r} is not de, en or any")
    patterns = flatten(_strings(table.get("patterns", []), where, "patterns"), vocabulary, where)
    learned = table.get("learned")
    threshold = table.get("threshold", 0.5)
    if learned is not None:
        if learned not in LEARNED_KINDS:
            raise RuleFileError(f"{where}: 'learned' must be one of {', '.join(LEARNED_KINDS)}")
        if not isinstance(threshold, (int, float)) or not 0 < threshold < 1:
            raise RuleFileError(f"{where}: 'threshold' must be a number between 0 and 1")
        if patterns or table.get("adjust") or any(k.value in table for k in ConditionKind):
            raise RuleFileError(f"{where}: a learned rule has no patterns, conditions or adjust")
    combines = _strings(table.get("combines", []), where, "combines")
    at_least = table.get("at_least", 2)
    if combines:
        if learned is not None or patterns or table.get("adjust") or any(
                k.value in table for k in ConditionKind):
            raise RuleFileError(f"{where}: a combining rule has no patterns, conditions, "
                                "adjust or learned model")
        if not isinstance(at_least, int) or not 2 <= at_least <= len(combines):
            raise RuleFileError(f"{where}: 'at_least' must be a whole number from 2 to the "
                                "number of rules it combines")
    elif learned is None and not patterns:
        raise RuleFileError(f"{where}: a rule needs at least one pattern")
    adjustments = []
    for adjust in table.get("adjust", []):
        extra = set(adjust) - _ADJUST_KEYS
        if extra:
            raise RuleFileError(f"{where}: unknown key(s) in 'adjust': {sorted(extra)}")
        adjustments.append(
            Adjustment(
                severity=_severity(adjust.get("severity"), where),
                conditions=_conditions(adjust, vocabulary, f"{where} adjust"),
                requires_context=_context(adjust.get("requires_context", []), where),
            )
        )
    basis = table.get("basis", "")
    if not isinstance(basis, str) or not basis:
        raise RuleFileError(f"{where}: 'basis' (the legal basis) is required")
    return Rule(
        id=rule_id,
        area=source.split(" ")[0].removesuffix(".toml"),
        languages=languages,
        severity=_severity(table.get("severity"), where),
        patterns=patterns,
        title=_texts(table, "title", where, required=False),
        message=_texts(table, "message", where, required=True),
        suggestion=_texts(table, "suggestion", where, required=True),
        basis=basis,
        examples_match=_strings(table.get("match", []), where, "match"),
        examples_no_match=_strings(table.get("no_match", []), where, "no_match"),
        conditions=_conditions(table, vocabulary, where),
        requires_context=_context(table.get("requires_context", []), where),
        adjustments=tuple(adjustments),
        source=source,
        regex=compile_patterns(patterns, where) if patterns else None,
        gates=tuple(literal_gate(p) for p in patterns),
        learned=learned,
        threshold=float(threshold),
        combines=combines,
        at_least=at_least if isinstance(at_least, int) else 2,
    )
