"""Every (state, action) pair: allowed ones reach the documented state, others are refused."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from clinic_ambassadors.core.drafts import (
    TRANSITIONS,
    Accepted,
    Action,
    ActionContext,
    Approval,
    ApprovalBasis,
    DraftSnapshot,
    DraftState,
    RefusalCode,
    Refused,
    ReviewMode,
    ReviewPolicy,
    apply,
)

S = DraftState
A = Action
AUTHOR, DOC = "amb-1", "doc-1"
AT = datetime(2025, 3, 10, 9, 0, tzinfo=UTC)
POLICIES = {
    ReviewMode.NONE: ReviewPolicy.none([DOC]),
    ReviewMode.OPTIONAL: ReviewPolicy.optional([DOC]),
    ReviewMode.REQUIRED: ReviewPolicy.required([DOC]),
}

# (action, from) -> to, under policy "required"; everything else is wrong_state.
ALLOWED = {
    (A.START_DRAFT, S.IDEA): S.DRAFT,
    (A.SUBMIT, S.DRAFT): S.IN_REVIEW,
    (A.SUBMIT, S.CHANGES_REQUESTED): S.IN_REVIEW,
    (A.APPROVE, S.IN_REVIEW): S.APPROVED,
    (A.REQUEST_CHANGES, S.IN_REVIEW): S.CHANGES_REQUESTED,
    (A.REJECT, S.IN_REVIEW): S.WITHDRAWN,
    (A.OVERRIDE_BLOCK, S.DRAFT): S.DRAFT,
    (A.OVERRIDE_BLOCK, S.CHANGES_REQUESTED): S.CHANGES_REQUESTED,
    (A.OVERRIDE_BLOCK, S.IN_REVIEW): S.IN_REVIEW,
    (A.SCHEDULE, S.APPROVED): S.SCHEDULED,
    (A.SCHEDULE, S.SCHEDULED): S.SCHEDULED,
    (A.UNSCHEDULE, S.SCHEDULED): S.APPROVED,
    (A.PUBLISH, S.APPROVED): S.PUBLISHED,
    (A.PUBLISH, S.SCHEDULED): S.PUBLISHED,
    (A.ARCHIVE, S.PUBLISHED): S.ARCHIVED,
    (A.EDIT, S.IDEA): S.IDEA,
    (A.EDIT, S.DRAFT): S.DRAFT,
    (A.EDIT, S.CHANGES_REQUESTED): S.CHANGES_REQUESTED,
    (A.EDIT, S.IN_REVIEW): S.IN_REVIEW,
    (A.EDIT, S.APPROVED): S.IN_REVIEW,
    (A.EDIT, S.SCHEDULED): S.IN_REVIEW,
    (A.PAUSE, S.SCHEDULED): S.SCHEDULED,
    (A.RESUME, S.SCHEDULED): S.SCHEDULED,
    **{
        (A.WITHDRAW, s): S.WITHDRAWN
        for s in (S.IDEA, S.DRAFT, S.IN_REVIEW, S.CHANGES_REQUESTED, S.APPROVED, S.SCHEDULED)
    },
    # skip_review is refused by policy "required" (skip_not_allowed), not by state:
    (A.SKIP_REVIEW, S.DRAFT): None,
    (A.SKIP_REVIEW, S.CHANGES_REQUESTED): None,
    (A.SKIP_REVIEW, S.IN_REVIEW): None,
}
REVIEWER_ACTIONS = {A.APPROVE, A.REQUEST_CHANGES, A.REJECT, A.OVERRIDE_BLOCK}


def snapshot_in(state: DraftState, action: Action) -> DraftSnapshot:
    """A consistent draft in ``state`` that has what ``action`` needs."""
    draft = DraftSnapshot("draft-1", AUTHOR, state=state, current_revision=2)
    if state in (S.APPROVED, S.SCHEDULED, S.PUBLISHED, S.ARCHIVED):
        draft = replace(draft, approval=Approval(ApprovalBasis.REVIEW, 2, AT))
    if state is S.SCHEDULED:
        draft = replace(draft, planned_date=date(2025, 3, 20), paused=action is A.RESUME)
    if action is A.OVERRIDE_BLOCK:
        draft = replace(draft, block_findings=("hwg-before-after",))
    return draft


def context_for(action: Action, policy: ReviewPolicy) -> ActionContext:
    return ActionContext(
        actor_id=DOC if action in REVIEWER_ACTIONS else AUTHOR,
        at=AT,
        policy=policy,
        comment="Bitte Patientenbezug entfernen.",
        reason="Nicht passend.",
        override_reason="Vorher-Nachher ist hier ein Praxisumbau, kein Patient.",
        planned_date=date(2025, 3, 21),
        url="https://www.linkedin.com/posts/abc",
        network="linkedin",
        published_on=date(2025, 3, 10),
    )


CASES = [(state, action) for state in DraftState for action in Action]


@pytest.mark.parametrize(("state", "action"), CASES, ids=lambda v: str(v))
def test_transition_table_under_required_policy(state: DraftState, action: Action) -> None:
    draft = snapshot_in(state, action)
    outcome = apply(draft, action, context_for(action, POLICIES[ReviewMode.REQUIRED]))
    if (action, state) not in ALLOWED:
        assert isinstance(outcome, Refused)
        assert outcome.code is RefusalCode.WRONG_STATE
        assert outcome.details["state"] == state
        assert outcome.details["action"] == action
        return
    expected = ALLOWED[(action, state)]
    if expected is None:
        assert isinstance(outcome, Refused)
        assert outcome.code is RefusalCode.SKIP_NOT_ALLOWED
        return
    assert isinstance(outcome, Accepted), outcome
    assert outcome.draft.state is expected
    assert outcome.events, "every accepted action is audited"
    first, last = outcome.events[0], outcome.events[-1]
    assert first.from_state is state and last.to_state is expected
    assert all(
        e.action is action and e.actor_id == outcome.events[0].actor_id for e in outcome.events
    )


def test_transitions_table_matches_the_machine() -> None:
    for action, states in TRANSITIONS.items():
        listed = {s for (a, s) in ALLOWED if a is action}
        assert listed == set(states), action


@pytest.mark.parametrize(
    ("action", "state", "mode", "expected"),
    [
        (A.SUBMIT, S.DRAFT, ReviewMode.NONE, S.APPROVED),
        (A.SUBMIT, S.DRAFT, ReviewMode.OPTIONAL, S.IN_REVIEW),
        (A.SKIP_REVIEW, S.DRAFT, ReviewMode.OPTIONAL, S.APPROVED),
        (A.SKIP_REVIEW, S.CHANGES_REQUESTED, ReviewMode.OPTIONAL, S.APPROVED),
        (A.SKIP_REVIEW, S.IN_REVIEW, ReviewMode.OPTIONAL, S.APPROVED),
        (A.SKIP_REVIEW, S.DRAFT, ReviewMode.NONE, S.APPROVED),
        (A.EDIT, S.APPROVED, ReviewMode.NONE, S.DRAFT),
        (A.EDIT, S.SCHEDULED, ReviewMode.NONE, S.DRAFT),
        (A.EDIT, S.APPROVED, ReviewMode.OPTIONAL, S.IN_REVIEW),
    ],
)
def test_policy_dependent_targets(action, state, mode, expected) -> None:
    outcome = apply(snapshot_in(state, action), action, context_for(action, POLICIES[mode]))
    assert isinstance(outcome, Accepted), outcome
    assert outcome.draft.state is expected


@pytest.mark.parametrize("action", [a for a in Action if a not in REVIEWER_ACTIONS])
def test_outsider_cannot_act_for_the_author(action: Action) -> None:
    state = next(s for (a, s) in ALLOWED if a is action)
    draft = snapshot_in(state, action)
    ctx = replace(context_for(action, POLICIES[ReviewMode.OPTIONAL]), actor_id="someone-else")
    outcome = apply(draft, action, ctx)
    assert isinstance(outcome, Refused)
    assert outcome.code is RefusalCode.NOT_PERMITTED


@pytest.mark.parametrize(
    ("action", "state", "allowed"),
    [
        (A.START_DRAFT, S.IDEA, True),
        (A.SCHEDULE, S.APPROVED, True),
        (A.PUBLISH, S.SCHEDULED, True),
        (A.WITHDRAW, S.IN_REVIEW, True),
        (A.ARCHIVE, S.PUBLISHED, True),
        (A.PAUSE, S.SCHEDULED, True),
        (A.SUBMIT, S.DRAFT, False),
        (A.EDIT, S.DRAFT, False),
        (A.SKIP_REVIEW, S.DRAFT, False),
    ],
)
def test_manager_may_organise_but_not_write_or_submit(action, state, allowed) -> None:
    ctx = replace(
        context_for(action, POLICIES[ReviewMode.OPTIONAL]), actor_id="pm-1", actor_is_manager=True
    )
    outcome = apply(snapshot_in(state, action), action, ctx)
    assert isinstance(outcome, Accepted) is allowed, outcome
    if not allowed:
        assert outcome.code is RefusalCode.NOT_PERMITTED


@pytest.mark.parametrize(("state", "action"), CASES, ids=lambda v: str(v))
def test_apply_never_mutates_its_input(state: DraftState, action: Action) -> None:
    draft = snapshot_in(state, action)
    copy = replace(draft)
    apply(draft, action, context_for(action, POLICIES[ReviewMode.REQUIRED]))
    assert draft == copy
