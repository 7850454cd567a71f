"""The programme's review policy, stored in its settings."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from clinic_ambassadors.core.drafts import ReviewMode, ReviewPolicy, ReviewStep, StepRule
from clinic_ambassadors.core.programme import Role
from clinic_ambassadors.storage import audit
from clinic_ambassadors.storage import programme as programme_store
from clinic_ambassadors.storage.audit import Actor
from clinic_ambassadors.storage.connection import ProgrammeFile
from clinic_ambassadors.services.writes import transaction

KEY = "review_policy"


def policy_to_dict(policy: ReviewPolicy) -> dict[str, Any]:
    return {"mode": policy.mode.value, "steps": [
        {"reviewers": sorted(s.reviewer_ids), "rule": s.rule.value, "name": s.name}
        for s in policy.steps]}


def policy_from_dict(data: dict[str, Any]) -> ReviewPolicy:
    steps = tuple(ReviewStep(frozenset(s.get("reviewers", [])), StepRule(s.get("rule", "any")),
                             s.get("name", "")) for s in data.get("steps", []))
    return ReviewPolicy(ReviewMode(data.get("mode", "required")), steps)


def review_policy(pf: ProgrammeFile, db: Database | None = None) -> ReviewPolicy:
    """The stored policy; by default every profile with the reviewer role, any one approves."""
    db = db or pf.db
    stored = programme_store.get_setting(db, KEY)
    if stored:
        return policy_from_dict(stored)
    reviewers = [p.id for p in programme_store.profiles(db) if p.has(Role.REVIEWER)]
    if not reviewers:
        return ReviewPolicy.none()
    return ReviewPolicy.required(reviewers)


def set_review_policy(pf: ProgrammeFile, actor: Actor, policy: ReviewPolicy) -> None:
    with transaction(pf) as db:
        programme_store.set_setting(db, KEY, policy_to_dict(policy))
        audit.record(db, actor, "programme", None, "review_policy", policy.mode.value,
                     policy_to_dict(policy))
