"""The programme's review policy, stored in its settings.

A programme reviews by default: a file without a stored policy asks every profile with
the reviewer role ("required", any one approves), even while there is none yet, so a
draft waits instead of being approved by nobody. Only a practice manager changes the
policy, every step needs real reviewers, and switching review off must be confirmed.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from clinic_ambassadors.core.drafts import ReviewMode, ReviewPolicy, ReviewStep, StepRule
from clinic_ambassadors.core.errors import DomainError
from clinic_ambassadors.core.programme import Role
from clinic_ambassadors.storage import audit
from clinic_ambassadors.storage import programme as programme_store
from clinic_ambassadors.storage.audit import Actor
from clinic_ambassadors.storage.connection import ProgrammeFile
from clinic_ambassadors.services.writes import transaction

KEY = "review_policy"


class PolicyRefused(DomainError):
    """A review policy that may not be saved.

    Codes: ``not_a_manager``; ``step_without_reviewer`` (``data["step"]``, 0-based);
    ``not_a_reviewer`` (``data["names"]``: chosen profiles without the reviewer role);
    ``unknown_reviewer``; ``confirm_no_review`` (switching review off was not confirmed);
    ``last_reviewer`` (a role change would leave a step without reviewers).
    """

    code = "policy_refused"
    default = "This review policy cannot be saved."


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
    return stored_policy(db)


def stored_policy(db: Database) -> ReviewPolicy:
    stored = programme_store.get_setting(db, KEY)
    if stored:
        return policy_from_dict(stored)
    return ReviewPolicy.required(p.id for p in programme_store.profiles(db) if p.has(Role.REVIEWER))


def problems(db: Database, policy: ReviewPolicy) -> PolicyRefused | None:
    """Why ``policy`` cannot work in this file, or None."""
    if not policy.needs_review:
        return None
    profiles = {p.id: p for p in programme_store.profiles(db)}
    for index, step in enumerate(policy.steps):
        if not step.reviewer_ids:
            return PolicyRefused("step_without_reviewer", "Every review step needs a reviewer.",
                                 step=index)
        unknown = sorted(i for i in step.reviewer_ids if i not in profiles)
        if unknown:
            return PolicyRefused("unknown_reviewer", "A chosen reviewer no longer exists.",
                                 step=index, ids=unknown)
        lacking = sorted(profiles[i].name for i in step.reviewer_ids
                         if not profiles[i].has(Role.REVIEWER))
        if lacking:
            return PolicyRefused("not_a_reviewer", "Only profiles with the reviewer role can "
                                 "review.", step=index, names=lacking)
    return None


def _require_manager(db: Database, actor: Actor) -> None:
    if actor.id is None:  # the system (set-up, migrations, demo)
        return
    if not any(p.id == actor.id and p.has(Role.MANAGER) for p in programme_store.profiles(db)):
        raise PolicyRefused("not_a_manager", "Only a practice manager may change the review "
                            "policy.")


def write_policy(db: Database, actor: Actor, policy: ReviewPolicy) -> None:
    """Store and audit ``policy``; inside the caller's transaction, already checked."""
    programme_store.set_setting(db, KEY, policy_to_dict(policy))
    audit.record(db, actor, "programme", None, "review_policy", policy.mode.value,
                 policy_to_dict(policy))


def set_review_policy(pf: ProgrammeFile, actor: Actor, policy: ReviewPolicy, *,
                      confirm_no_review: bool = False) -> None:
    """Save the policy; refusals are audited and raised as ``PolicyRefused``.

    ``confirm_no_review`` must be given to switch review off: then a submitted draft counts
    as approved without anyone reading it, and the caller has said so to the person.
    """
    try:
        with transaction(pf) as db:
            _require_manager(db, actor)
            if policy.mode is ReviewMode.NONE and not confirm_no_review and \
                    stored_policy(db).needs_review:
                raise PolicyRefused("confirm_no_review", "Switching review off needs a "
                                    "confirmation.")
            refused = problems(db, policy)
            if refused is not None:
                raise refused
            write_policy(db, actor, policy)
    except PolicyRefused as refused:
        with transaction(pf) as db:
            audit.record(db, actor, "programme", None, "review_policy_refused", refused.code,
                         {"mode": policy.mode.value, **refused.data})
        raise


def without_reviewer(db: Database, actor: Actor, profile_id: str) -> None:
    """Take a profile that loses the reviewer role out of the stored policy (same transaction).

    Refuses with ``last_reviewer`` when a step would be left with nobody.
    """
    policy = stored_policy(db)
    if profile_id not in policy.all_reviewers:
        return
    steps = []
    for index, step in enumerate(policy.steps):
        left = step.reviewer_ids - {profile_id}
        if policy.needs_review and step.reviewer_ids and not left:
            raise PolicyRefused("last_reviewer", "This is the only reviewer of a review step.",
                                step=index)
        steps.append(ReviewStep(left, step.rule, step.name))
    if programme_store.get_setting(db, KEY):
        write_policy(db, actor, ReviewPolicy(policy.mode, tuple(steps)))
