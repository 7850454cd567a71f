"""Crisis holds: author, manager and the programme's reviewers may pause; others may not."""

from __future__ import annotations

from datetime import UTC, date, datetime

from clinic_ambassadors.core.drafts import (
    Accepted,
    Action,
    ActionContext,
    DraftSnapshot,
    DraftState,
    Refused,
    ReviewPolicy,
)

POLICY = ReviewPolicy.required(["doc"])
SCHEDULED = DraftSnapshot(id="d", author_id="author", state=DraftState.SCHEDULED,
                          planned_date=date(2030, 1, 1))


def _ctx(actor: str, manager: bool = False) -> ActionContext:
    return ActionContext(actor_id=actor, at=datetime.now(UTC), policy=POLICY,
                         actor_is_manager=manager)


def test_reviewer_may_hold_and_release_a_post():
    from clinic_ambassadors.core.drafts import apply

    held = apply(SCHEDULED, Action.PAUSE, _ctx("doc"))
    assert isinstance(held, Accepted) and held.draft.paused
    released = apply(held.draft, Action.RESUME, _ctx("doc"))
    assert isinstance(released, Accepted) and not released.draft.paused


def test_outsider_may_not_hold_a_post():
    from clinic_ambassadors.core.drafts import apply

    outcome = apply(SCHEDULED, Action.PAUSE, _ctx("someone"))
    assert isinstance(outcome, Refused) and outcome.code == "not_permitted"
    assert isinstance(apply(SCHEDULED, Action.PAUSE, _ctx("boss", manager=True)), Accepted)
