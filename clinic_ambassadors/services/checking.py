"""The checker as the programme uses it: shipped rules plus the clinic's own terms."""

from __future__ import annotations

import uuid
from functools import lru_cache

from clinic_ambassadors.core.checker import Checker, Finding, Rule, Severity, custom_rule, load_rules
from clinic_ambassadors.core.errors import ValidationError
from clinic_ambassadors.storage import audit
from clinic_ambassadors.storage.audit import Actor, now_iso
from clinic_ambassadors.storage.connection import ProgrammeFile
from clinic_ambassadors.services.writes import reading, transaction


@lru_cache(maxsize=1)
def shipped_rules() -> tuple[Rule, ...]:
    return tuple(load_rules())


def clinic_terms(pf: ProgrammeFile) -> list[dict]:
    return reading(pf, lambda db: list(db.query(
        "SELECT * FROM checker_terms ORDER BY term COLLATE NOCASE")))


def clinic_rules(pf: ProgrammeFile) -> list[Rule]:
    return list(_clinic_rules(_terms_key(pf)))


TermsKey = tuple[tuple[str, str, bool, str, str], ...]


def _terms_key(pf: ProgrammeFile) -> TermsKey:
    return tuple((t["id"], t["term"], bool(t["is_regex"]), t["severity"], t["note"])
                 for t in clinic_terms(pf))


@lru_cache(maxsize=16)
def _clinic_rules(key: TermsKey) -> tuple[Rule, ...]:
    rules = []
    for term_id, term, is_regex, severity, note in key:
        try:
            rules.append(custom_rule(term, Severity(severity), is_regex=is_regex, note=note,
                                     rule_id=f"CLINIC-{term_id[:8]}"))
        except ValueError:
            continue  # a pattern that no longer compiles is skipped, not fatal
    return tuple(rules)


def checker_for(pf: ProgrammeFile) -> Checker:
    """Building a checker costs most of a second; reuse it while the clinic's terms stay."""
    return _checker(_terms_key(pf))


@lru_cache(maxsize=16)
def _checker(key: TermsKey) -> Checker:
    return Checker(list(shipped_rules()) + list(_clinic_rules(key)))


def check_text(pf: ProgrammeFile, text: str, lang: str = "auto") -> list[Finding]:
    return checker_for(pf).check(text, lang=lang)


def add_term(pf: ProgrammeFile, actor: Actor, term: str, severity: Severity, is_regex: bool = False,
             note: str = "") -> str:
    term = term.strip()
    if not term:
        raise ValidationError([("term", "required")])
    if len(term) > 500:
        raise ValidationError([("term", "too_long")])
    try:
        custom_rule(term, severity, is_regex=is_regex, note=note)
    except ValueError as exc:
        raise ValidationError([("term", "invalid_pattern")]) from exc
    term_id = str(uuid.uuid4())
    with transaction(pf) as db:
        db.execute("INSERT INTO checker_terms (id, term, is_regex, severity, note, created_at)"
                   " VALUES (?,?,?,?,?,?)",
                   [term_id, term, int(is_regex), severity.value, note, now_iso()])
        audit.record(db, actor, "checker_term", term_id, "create", term,
                     {"severity": severity.value, "regex": is_regex})
    return term_id


def remove_term(pf: ProgrammeFile, actor: Actor, term_id: str) -> None:
    with transaction(pf) as db:
        row = db.execute("SELECT term FROM checker_terms WHERE id = ?", [term_id]).fetchone()
        db.execute("DELETE FROM checker_terms WHERE id = ?", [term_id])
        audit.record(db, actor, "checker_term", term_id, "delete", row[0] if row else "")
