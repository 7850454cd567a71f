"""Reviewer actions: approve, request changes, reject, override a block finding.

A reviewer may only decide on the step that is waiting (``not_a_reviewer`` otherwise),
never on their own draft, and every decision names the revision it saw.
"""

from __future__ import annotations

import uuid
from dataclasses import replace

from clinic_ambassadors.core.drafts.enums import (
    Action,
    ApprovalBasis,
    Decision,
    DraftState,
    EventCode,
    RefusalCode,
)
from clinic_ambassadors.core.drafts.guards import first_problem, readiness_problems
from clinic_ambassadors.core.drafts.outcome import (
    Accepted,
    DraftEvent,
    Outcome,
    Refused,
    make_event,
)
from clinic_ambassadors.core.drafts.policy import ReviewDecision, review_progress
from clinic_ambassadors.core.drafts.snapshot import (
    ActionContext,
    Approval,
    BlockOverride,
    DraftSnapshot,
    Withdrawal,
)


def _deciding_step(
    draft: DraftSnapshot, ctx: ActionContext, self_code: RefusalCode
) -> int | Refused:
    """The step the actor decides on, or why they may not decide."""
    if ctx.actor_id == draft.author_id:
        return Refused(self_code, {"actor_id": ctx.actor_id})
    steps = ctx.policy.steps
    progress = review_progress(ctx.policy, draft.decisions, draft.current_revision, draft.author_id)
    if not steps or not ctx.policy.needs_review:
        return Refused(RefusalCode.NOT_A_REVIEWER, {"actor_id": ctx.actor_id, "step": None})
    # Already complete (the policy changed while in review): the last step may finish it.
    index = progress.current_step if progress.current_step is not None else len(steps) - 1
    step = steps[index]
    if ctx.actor_id not in step.eligible(draft.author_id):
        return Refused(
            RefusalCode.NOT_A_REVIEWER,
            {"actor_id": ctx.actor_id, "step": index, "step_name": step.name},
        )
    return index


def _decision(
    draft: DraftSnapshot,
    ctx: ActionContext,
    kind: Decision,
    step: int,
    comment: str,
    override_reason: str | None = None,
) -> ReviewDecision:
    return ReviewDecision(
        id=ctx.decision_id or str(uuid.uuid4()),
        reviewer_id=ctx.actor_id,
        decision=kind,
        comment=comment,
        at=ctx.at,
        revision=draft.current_revision,
        step=step,
        block_override_reason=override_reason,
    )


def approve(draft: DraftSnapshot, ctx: ActionContext) -> Outcome:
    step = _deciding_step(draft, ctx, RefusalCode.SELF_APPROVAL)
    if isinstance(step, Refused):
        return step
    progress = review_progress(ctx.policy, draft.decisions, draft.current_revision, draft.author_id)
    if ctx.actor_id in progress.approved_by:
        return Refused(RefusalCode.ALREADY_DECIDED, {"actor_id": ctx.actor_id, "step": step})
    problem = first_problem(readiness_problems(draft, reviewer_part=True, include_blocks=False))
    if problem is not None:
        return problem
    open_blocks = draft.open_block_findings
    override_reason = ctx.override_reason.strip()
    if open_blocks and not override_reason:
        return Refused(
            RefusalCode.BLOCK_FINDINGS,
            {
                "rule_ids": list(open_blocks),
                "overridden": sorted(draft.overridden_rule_ids),
                "overridable": True,
            },
        )
    decision = _decision(
        draft,
        ctx,
        Decision.APPROVE,
        step,
        ctx.comment.strip(),
        override_reason if open_blocks else None,
    )
    overrides = draft.overrides
    events: list[DraftEvent] = []
    if open_blocks:
        override = BlockOverride(
            open_blocks, ctx.actor_id, override_reason, draft.current_revision, ctx.at, decision.id
        )
        overrides = (*overrides, override)
        events.append(
            make_event(
                draft,
                draft,
                Action.APPROVE,
                EventCode.BLOCK_OVERRIDDEN,
                ctx.actor_id,
                ctx.at,
                {
                    "rule_ids": list(open_blocks),
                    "reason": override_reason,
                    "decision_id": decision.id,
                },
            )
        )
    decisions = (*draft.decisions, decision)
    after_progress = review_progress(ctx.policy, decisions, draft.current_revision, draft.author_id)
    data = {"decision_id": decision.id, "step": step, "comment": decision.comment}
    if after_progress.complete:
        after = replace(
            draft,
            state=DraftState.APPROVED,
            decisions=decisions,
            overrides=overrides,
            approval=Approval(ApprovalBasis.REVIEW, draft.current_revision, ctx.at),
        )
        summary = EventCode.APPROVED
    else:
        after = replace(draft, decisions=decisions, overrides=overrides)
        summary = EventCode.APPROVAL_RECORDED
        data |= {
            "next_step": after_progress.current_step,
            "waiting_for": sorted(after_progress.waiting_for),
        }
    events.append(make_event(draft, after, Action.APPROVE, summary, ctx.actor_id, ctx.at, data))
    return Accepted(after, tuple(events))


def request_changes(draft: DraftSnapshot, ctx: ActionContext) -> Outcome:
    step = _deciding_step(draft, ctx, RefusalCode.SELF_REVIEW)
    if isinstance(step, Refused):
        return step
    comment = ctx.comment.strip()
    if not comment:
        return Refused(RefusalCode.COMMENT_REQUIRED, {})
    decision = _decision(draft, ctx, Decision.REQUEST_CHANGES, step, comment)
    after = replace(
        draft, state=DraftState.CHANGES_REQUESTED, decisions=(*draft.decisions, decision)
    )
    event = make_event(
        draft,
        after,
        Action.REQUEST_CHANGES,
        EventCode.CHANGES_REQUESTED,
        ctx.actor_id,
        ctx.at,
        {"decision_id": decision.id, "step": step, "comment": comment},
    )
    return Accepted(after, (event,))


def reject(draft: DraftSnapshot, ctx: ActionContext) -> Outcome:
    """A reviewer ends the draft: it becomes ``withdrawn`` and keeps the reason."""
    step = _deciding_step(draft, ctx, RefusalCode.SELF_REVIEW)
    if isinstance(step, Refused):
        return step
    reason = ctx.reason.strip()
    if not reason:
        return Refused(RefusalCode.REASON_REQUIRED, {})
    decision = _decision(draft, ctx, Decision.REJECT, step, reason)
    after = replace(
        draft,
        state=DraftState.WITHDRAWN,
        decisions=(*draft.decisions, decision),
        withdrawal=Withdrawal(ctx.actor_id, reason, ctx.at, draft.state, rejected=True),
    )
    event = make_event(
        draft,
        after,
        Action.REJECT,
        EventCode.REJECTED,
        ctx.actor_id,
        ctx.at,
        {"decision_id": decision.id, "step": step, "reason": reason},
    )
    return Accepted(after, (event,))


def override_block(draft: DraftSnapshot, ctx: ActionContext) -> Outcome:
    """A reviewer lets named block findings pass on this revision, with a written reason."""
    if ctx.actor_id == draft.author_id:
        return Refused(RefusalCode.SELF_APPROVAL, {"actor_id": ctx.actor_id})
    reviewers = ctx.policy.all_reviewers - {draft.author_id}
    if ctx.actor_id not in reviewers:
        return Refused(RefusalCode.NOT_A_REVIEWER, {"actor_id": ctx.actor_id, "step": None})
    open_blocks = draft.open_block_findings
    wanted = tuple(dict.fromkeys(ctx.override_rule_ids)) or open_blocks
    unknown = [r for r in wanted if r not in open_blocks]
    if not wanted or unknown:
        return Refused(
            RefusalCode.OVERRIDE_NOT_NEEDED,
            {"rule_ids": unknown, "open": list(open_blocks)},
        )
    reason = ctx.override_reason.strip()
    if not reason:
        return Refused(RefusalCode.OVERRIDE_REASON_REQUIRED, {"rule_ids": list(wanted)})
    override = BlockOverride(wanted, ctx.actor_id, reason, draft.current_revision, ctx.at)
    after = replace(draft, overrides=(*draft.overrides, override))
    event = make_event(
        draft,
        after,
        Action.OVERRIDE_BLOCK,
        EventCode.BLOCK_OVERRIDDEN,
        ctx.actor_id,
        ctx.at,
        {"rule_ids": list(wanted), "reason": reason},
    )
    return Accepted(after, (event,))
