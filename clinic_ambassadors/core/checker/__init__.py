"""Pre-publication compliance checker: rule packs, the engine, language detection.

The checker explains risks (confidentiality, HWG, MBO-Ä, UWG, AGG) in posts by
clinic staff; it never rewrites a post. No Qt here.
"""

from __future__ import annotations

from clinic_ambassadors.core.checker.custom import custom_rule
from clinic_ambassadors.core.checker.engine import Checker
from clinic_ambassadors.core.checker.language import detect_language
from clinic_ambassadors.core.checker.model import (
    Adjustment,
    CheckContext,
    Condition,
    ConditionKind,
    Finding,
    Rule,
    Severity,
)
from clinic_ambassadors.core.checker.normalise import NormalisedText, normalise
from clinic_ambassadors.core.checker.rules import RuleFileError, load_rules

__all__ = [
    "Adjustment",
    "CheckContext",
    "Checker",
    "Condition",
    "ConditionKind",
    "Finding",
    "NormalisedText",
    "Rule",
    "RuleFileError",
    "Severity",
    "custom_rule",
    "detect_language",
    "load_rules",
    "normalise",
]
