"""Clinic-specific terms a practice manager adds in the app (internal projects, partners)."""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from typing import Any

from clinic_ambassadors.core.checker.model import FLAGS, LANGUAGES, Rule, Severity


@lru_cache(maxsize=1)
def _templates() -> dict[str, Any]:
    from clinic_ambassadors.resource_files import resource_path

    with resource_path("rules", "_custom.toml").open("rb") as handle:
        return tomllib.load(handle)["custom_rule"]


def _slug(term: str) -> str:
    slug = re.sub(r"\W+", "-", term.strip().upper(), flags=re.UNICODE).strip("-")
    return slug[:40] or "TERM"


def custom_rule(
    term: str,
    severity: Severity,
    *,
    is_regex: bool = False,
    note: str = "",
    rule_id: str | None = None,
) -> Rule:
    """A rule that flags ``term`` as a whole word, ignoring case.

    Plain terms match with any run of spaces between their words. A regex that
    does not compile raises ``ValueError`` saying what is wrong with it.
    """
    if not isinstance(severity, Severity):
        raise ValueError(f"severity must be a Severity, not {severity!r}")
    term = term.strip()
    if not term:
        raise ValueError("The term is empty; enter a word or phrase to flag.")
    if is_regex:
        try:
            re.compile(term, FLAGS)
        except re.error as exc:
            raise ValueError(f"The pattern {term!r} is not a valid regular expression: {exc}") from None
        if re.compile(term, FLAGS).fullmatch(""):
            raise ValueError(f"The pattern {term!r} also matches empty text; make it more specific.")
        body = term
    else:
        body = r"\s+".join(re.escape(word) for word in term.split())
    pattern = rf"(?<!\w)(?:{body})(?!\w)"
    templates = _templates()
    fill = {"term": term, "note": note.strip()}
    message = {}
    for lang in LANGUAGES:
        text = templates["message"][lang].format(**fill)
        if fill["note"]:
            text += " " + templates["note"][lang].format(**fill)
        message[lang] = text
    return Rule(
        id=rule_id or f"CUSTOM-{_slug(term)}",
        area="custom",
        languages=("any",),
        severity=severity,
        patterns=(pattern,),
        title={lang: templates["title"][lang].format(**fill) for lang in LANGUAGES},
        message=message,
        suggestion={lang: templates["suggestion"][lang].format(**fill) for lang in LANGUAGES},
        basis=templates["basis"],
        source="custom",
        regex=re.compile(pattern, FLAGS),
    )
