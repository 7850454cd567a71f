"""The draft state machine: ``apply(draft, action, ctx)`` returns ``Accepted`` or ``Refused``.

Pure: no clock, no database. A refusal never changes anything; an acceptance returns a
new snapshot and the audit events to store with it. Design choices:

- ``submit`` goes to ``in_review``, or straight to ``approved`` under policy ``none``.
- ``skip_review`` (author, policies ``optional`` and ``none``) approves without review,
  from draft, changes_requested or in_review, unless a reviewer asked for changes to
  this very revision. The approval records which way it was reached.
- ``reject`` ends the draft as ``withdrawn`` and keeps the reviewer's reason.
- ``edit`` bumps the revision. In approved/scheduled it sends the draft back to
  ``in_review`` (``edited_after_approval``); under policy ``none`` back to ``draft``
  instead, so the author's checks run again on submit. In ``in_review`` the state
  stays and decisions on the old revision stop counting. Only the author edits.
- ``pause``/``resume`` (crisis mode, also by reviewers) flip ``paused`` on a scheduled draft; a paused
  draft keeps its date but cannot be published.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import timedelta
from urllib.parse import urlsplit

from clinic_ambassadors.core.drafts import review_actions
from clinic_ambassadors.core.drafts.enums import (
    BEFORE_PUBLICATION,
    Action,
    ApprovalBasis,
    Decision,
    DraftState,
    EventCode,
    RefusalCode,
    ReviewMode,
)
from clinic_ambassadors.core.drafts.guards import (
    first_problem,
    readiness_problems,
    require_author,
    require_author_manager_or_reviewer,
    require_author_or_manager,
    wrong_state,
)
from clinic_ambassadors.core.drafts.outcome import Accepted, Outcome, Refused, make_event
from clinic_ambassadors.core.drafts.policy import steps_without_reviewer
from clinic_ambassadors.core.drafts.snapshot import (
    ActionContext,
    Approval,
    DraftSnapshot,
    Publication,
    Withdrawal,
)

S = DraftState
#: The states each action may start from. Other guards apply on top.
TRANSITIONS: Mapping[Action, frozenset[DraftState]] = {
    Action.START_DRAFT: frozenset({S.IDEA}),
    Action.SUBMIT: frozenset({S.DRAFT, S.CHANGES_REQUESTED}),
    Action.SKIP_REVIEW: frozenset({S.DRAFT, S.CHANGES_REQUESTED, S.IN_REVIEW}),
    Action.APPROVE: frozenset({S.IN_REVIEW}),
    Action.REQUEST_CHANGES: frozenset({S.IN_REVIEW}),
    Action.REJECT: frozenset({S.IN_REVIEW}),
    Action.OVERRIDE_BLOCK: frozenset({S.DRAFT, S.CHANGES_REQUESTED, S.IN_REVIEW}),
    Action.SCHEDULE: frozenset({S.APPROVED, S.SCHEDULED}),
    Action.UNSCHEDULE: frozenset({S.SCHEDULED}),
    Action.PUBLISH: frozenset({S.APPROVED, S.SCHEDULED}),
    Action.ARCHIVE: frozenset({S.PUBLISHED}),
    Action.WITHDRAW: BEFORE_PUBLICATION,
    Action.EDIT: BEFORE_PUBLICATION,
    Action.PAUSE: frozenset({S.SCHEDULED}),
    Action.RESUME: frozenset({S.SCHEDULED}),
}

#: Allowed lateness for dates typed in local time and compared with a UTC clock.
_DATE_SLACK = timedelta(days=1)

Handler = Callable[[DraftSnapshot, ActionContext], Outcome]


def apply(draft: DraftSnapshot, action: Action, ctx: ActionContext) -> Outcome:
    """Try ``action`` on ``draft`` as ``ctx.actor_id`` under ``ctx.policy``."""
    allowed = TRANSITIONS[action]
    if draft.state not in allowed:
        return wrong_state(draft, action, allowed)
    return _HANDLERS[action](draft, ctx)


def _accept(
    draft: DraftSnapshot,
    after: DraftSnapshot,
    action: Action,
    summary: EventCode,
    ctx: ActionContext,
    data: Mapping[str, object] | None = None,
) -> Accepted:
    return Accepted(after, (make_event(draft, after, action, summary, ctx.actor_id, ctx.at, data),))


def _start_draft(draft: DraftSnapshot, ctx: ActionContext) -> Outcome:
    if refused := require_author_or_manager(draft, ctx):
        return refused
    after = replace(draft, state=S.DRAFT)
    return _accept(draft, after, Action.START_DRAFT, EventCode.DRAFT_STARTED, ctx)


def _approve_without_review(
    draft: DraftSnapshot, ctx: ActionContext, action: Action, summary: EventCode
) -> Outcome:
    if refused := first_problem(readiness_problems(draft, reviewer_part=False)):
        return refused
    basis = (
        ApprovalBasis.NO_REVIEW_POLICY
        if ctx.policy.mode is ReviewMode.NONE
        else ApprovalBasis.REVIEW_SKIPPED
    )
    after = replace(
        draft, state=S.APPROVED, approval=Approval(basis, draft.current_revision, ctx.at)
    )
    return _accept(draft, after, action, summary, ctx, {"basis": str(basis)})


def _submit(draft: DraftSnapshot, ctx: ActionContext) -> Outcome:
    if refused := require_author(draft, ctx):
        return refused
    if ctx.policy.mode is ReviewMode.NONE:
        return _approve_without_review(draft, ctx, Action.SUBMIT, EventCode.AUTO_APPROVED)
    if refused := first_problem(readiness_problems(draft, reviewer_part=False)):
        return refused
    stuck = steps_without_reviewer(ctx.policy, draft.author_id)
    if stuck:
        return Refused(RefusalCode.NO_ELIGIBLE_REVIEWER, {"steps": list(stuck)})
    after = replace(draft, state=S.IN_REVIEW)
    return _accept(draft, after, Action.SUBMIT, EventCode.SUBMITTED, ctx)


def _skip_review(draft: DraftSnapshot, ctx: ActionContext) -> Outcome:
    if refused := require_author(draft, ctx):
        return refused
    if ctx.policy.mode not in (ReviewMode.OPTIONAL, ReviewMode.NONE):
        return Refused(RefusalCode.SKIP_NOT_ALLOWED, {"mode": str(ctx.policy.mode)})
    requests = [
        d.id
        for d in draft.decisions
        if d.revision == draft.current_revision and d.decision is Decision.REQUEST_CHANGES
    ]
    if requests:
        return Refused(RefusalCode.OPEN_CHANGE_REQUEST, {"decision_ids": requests})
    return _approve_without_review(draft, ctx, Action.SKIP_REVIEW, EventCode.REVIEW_SKIPPED)


def _schedule(draft: DraftSnapshot, ctx: ActionContext) -> Outcome:
    if refused := require_author_or_manager(draft, ctx):
        return refused
    if ctx.planned_date is None:
        return Refused(RefusalCode.PLANNED_DATE_REQUIRED, {})
    if ctx.planned_date < (ctx.at - _DATE_SLACK).date():
        return Refused(
            RefusalCode.PLANNED_DATE_IN_PAST, {"planned_date": ctx.planned_date.isoformat()}
        )
    summary = EventCode.RESCHEDULED if draft.state is S.SCHEDULED else EventCode.SCHEDULED
    after = replace(draft, state=S.SCHEDULED, planned_date=ctx.planned_date)
    data = {
        "planned_date": ctx.planned_date.isoformat(),
        "previous_date": draft.planned_date.isoformat() if draft.planned_date else None,
    }
    return _accept(draft, after, Action.SCHEDULE, summary, ctx, data)


def _unschedule(draft: DraftSnapshot, ctx: ActionContext) -> Outcome:
    if refused := require_author_or_manager(draft, ctx):
        return refused
    after = replace(draft, state=S.APPROVED, paused=False)
    return _accept(draft, after, Action.UNSCHEDULE, EventCode.UNSCHEDULED, ctx)


def _publish(draft: DraftSnapshot, ctx: ActionContext) -> Outcome:
    if refused := require_author_or_manager(draft, ctx):
        return refused
    if draft.paused:
        return Refused(RefusalCode.DRAFT_PAUSED, {})
    url = ctx.url.strip()
    if not url:
        return Refused(RefusalCode.URL_REQUIRED, {})
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return Refused(RefusalCode.INVALID_URL, {"url": url})
    network = ctx.network.strip()
    if not network:
        return Refused(RefusalCode.NETWORK_REQUIRED, {})
    if ctx.published_on is None:
        return Refused(RefusalCode.PUBLISHED_ON_REQUIRED, {})
    if ctx.published_on > (ctx.at + _DATE_SLACK).date():
        return Refused(
            RefusalCode.PUBLISHED_IN_FUTURE, {"published_on": ctx.published_on.isoformat()}
        )
    after = replace(
        draft,
        state=S.PUBLISHED,
        paused=False,
        publication=Publication(network, url, ctx.published_on),
    )
    data = {"network": network, "url": url, "published_on": ctx.published_on.isoformat()}
    return _accept(draft, after, Action.PUBLISH, EventCode.PUBLISHED, ctx, data)


def _archive(draft: DraftSnapshot, ctx: ActionContext) -> Outcome:
    if refused := require_author_or_manager(draft, ctx):
        return refused
    return _accept(draft, replace(draft, state=S.ARCHIVED), Action.ARCHIVE, EventCode.ARCHIVED, ctx)


def _withdraw(draft: DraftSnapshot, ctx: ActionContext) -> Outcome:
    if refused := require_author_or_manager(draft, ctx):
        return refused
    reason = ctx.reason.strip()
    after = replace(
        draft,
        state=S.WITHDRAWN,
        paused=False,
        withdrawal=Withdrawal(ctx.actor_id, reason, ctx.at, draft.state),
    )
    return _accept(draft, after, Action.WITHDRAW, EventCode.WITHDRAWN, ctx, {"reason": reason})


def _edit(draft: DraftSnapshot, ctx: ActionContext) -> Outcome:
    if refused := require_author(draft, ctx):
        return refused
    revision = ctx.new_revision if ctx.new_revision is not None else draft.current_revision + 1
    if revision <= draft.current_revision:
        return Refused(
            RefusalCode.REVISION_NOT_NEWER,
            {"current": draft.current_revision, "given": revision},
        )
    state, summary, approval = draft.state, EventCode.EDITED, draft.approval
    if draft.state in (S.APPROVED, S.SCHEDULED):
        state = S.DRAFT if ctx.policy.mode is ReviewMode.NONE else S.IN_REVIEW
        summary, approval = EventCode.EDITED_AFTER_APPROVAL, None
    elif draft.state is S.IN_REVIEW:
        summary = EventCode.EDITED_IN_REVIEW
    after = replace(draft, state=state, current_revision=revision, paused=False, approval=approval)
    if ctx.facts is not None:
        after = after.with_facts(ctx.facts)
    data = {"previous_revision": draft.current_revision, "revision": revision}
    return _accept(draft, after, Action.EDIT, summary, ctx, data)


def _pause(draft: DraftSnapshot, ctx: ActionContext) -> Outcome:
    if refused := require_author_manager_or_reviewer(draft, ctx):
        return refused
    if draft.paused:
        return Refused(RefusalCode.ALREADY_PAUSED, {})
    return _accept(draft, replace(draft, paused=True), Action.PAUSE, EventCode.PAUSED, ctx)


def _resume(draft: DraftSnapshot, ctx: ActionContext) -> Outcome:
    if refused := require_author_manager_or_reviewer(draft, ctx):
        return refused
    if not draft.paused:
        return Refused(RefusalCode.NOT_PAUSED, {})
    return _accept(draft, replace(draft, paused=False), Action.RESUME, EventCode.RESUMED, ctx)


_HANDLERS: Mapping[Action, Handler] = {
    Action.START_DRAFT: _start_draft,
    Action.SUBMIT: _submit,
    Action.SKIP_REVIEW: _skip_review,
    Action.APPROVE: review_actions.approve,
    Action.REQUEST_CHANGES: review_actions.request_changes,
    Action.REJECT: review_actions.reject,
    Action.OVERRIDE_BLOCK: review_actions.override_block,
    Action.SCHEDULE: _schedule,
    Action.UNSCHEDULE: _unschedule,
    Action.PUBLISH: _publish,
    Action.ARCHIVE: _archive,
    Action.WITHDRAW: _withdraw,
    Action.EDIT: _edit,
    Action.PAUSE: _pause,
    Action.RESUME: _resume,
}
