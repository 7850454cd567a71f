"""Checks shared by several actions: who acts, and whether a revision is ready to pass."""

from __future__ import annotations

from clinic_ambassadors.core.drafts.enums import Action, DraftState, RefusalCode, Role
from clinic_ambassadors.core.drafts.outcome import Refused
from clinic_ambassadors.core.drafts.snapshot import ActionContext, DraftSnapshot


def wrong_state(draft: DraftSnapshot, action: Action, allowed: frozenset[DraftState]) -> Refused:
    return Refused(
        RefusalCode.WRONG_STATE,
        {
            "action": str(action),
            "state": str(draft.state),
            "allowed_from": sorted(str(s) for s in allowed),
        },
    )


def require_author(draft: DraftSnapshot, ctx: ActionContext) -> Refused | None:
    if ctx.actor_id == draft.author_id:
        return None
    return Refused(RefusalCode.NOT_PERMITTED, {"actor_id": ctx.actor_id, "allowed": Role.AUTHOR})


def require_author_or_manager(draft: DraftSnapshot, ctx: ActionContext) -> Refused | None:
    if ctx.actor_id == draft.author_id or ctx.actor_is_manager:
        return None
    return Refused(
        RefusalCode.NOT_PERMITTED,
        {"actor_id": ctx.actor_id, "allowed": Role.AUTHOR_OR_MANAGER},
    )


def require_author_manager_or_reviewer(draft: DraftSnapshot,
                                       ctx: ActionContext) -> Refused | None:
    """Crisis holds: the medical lead (a reviewer) may hold posts as well as the manager."""
    if ctx.actor_id in ctx.policy.all_reviewers:
        return None
    return require_author_or_manager(draft, ctx)


def readiness_problems(
    draft: DraftSnapshot, *, reviewer_part: bool, include_blocks: bool = True
) -> tuple[Refused, ...]:
    """Everything that keeps the current revision from moving on, most fixable first.

    The author's checklist part, photo consents and open block findings always count;
    the reviewer's checklist part only when a reviewer is deciding.
    """
    problems: list[Refused] = []
    if draft.missing_author_items:
        problems.append(
            Refused(
                RefusalCode.CHECKLIST_INCOMPLETE,
                {"part": "author", "items": list(draft.missing_author_items)},
            )
        )
    if reviewer_part and draft.missing_reviewer_items:
        problems.append(
            Refused(
                RefusalCode.CHECKLIST_INCOMPLETE,
                {"part": "reviewer", "items": list(draft.missing_reviewer_items)},
            )
        )
    if draft.photo_consent_problems:
        problems.append(
            Refused(
                RefusalCode.MISSING_PHOTO_CONSENT,
                {
                    "problems": [
                        {"image_id": p.image_id, "person_id": p.person_id, "kind": p.kind}
                        for p in draft.photo_consent_problems
                    ]
                },
            )
        )
    open_blocks = draft.open_block_findings
    if include_blocks and open_blocks:
        problems.append(
            Refused(
                RefusalCode.BLOCK_FINDINGS,
                {
                    "rule_ids": list(open_blocks),
                    "overridden": sorted(draft.overridden_rule_ids),
                },
            )
        )
    return tuple(problems)


def first_problem(problems: tuple[Refused, ...]) -> Refused | None:
    """The refusal to return, naming the other problems so the UI can show them all."""
    if not problems:
        return None
    first = problems[0]
    if len(problems) == 1:
        return first
    also = [{"code": str(p.code), **p.details} for p in problems[1:]]
    return Refused(first.code, {**first.details, "also": also})
