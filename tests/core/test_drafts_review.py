"""Review policies, review progress and the binding of approvals to revisions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from clinic_ambassadors.core.drafts import (
    Accepted,
    Action,
    ActionContext,
    ApprovalBasis,
    Decision,
    DraftSnapshot,
    DraftState,
    EventCode,
    PolicyError,
    RefusalCode,
    Refused,
    ReviewDecision,
    ReviewMode,
    ReviewPolicy,
    ReviewStep,
    StepRule,
    apply,
    review_progress,
)

AUTHOR = "amb"
AT = datetime(2025, 5, 2, 8, 0, tzinfo=UTC)


class Flow:
    """Drives one draft through actions, failing loudly on an unexpected refusal."""

    def __init__(self, policy: ReviewPolicy, draft: DraftSnapshot | None = None) -> None:
        self.policy = policy
        self.draft = draft or DraftSnapshot("d-1", AUTHOR, state=DraftState.DRAFT)
        self.events = []
        self.tick = 0

    def ctx(self, actor: str, **kw) -> ActionContext:
        self.tick += 1
        return ActionContext(actor, AT + timedelta(minutes=self.tick), self.policy, **kw)

    def do(self, action: Action, actor: str = AUTHOR, **kw) -> DraftSnapshot:
        outcome = apply(self.draft, action, self.ctx(actor, **kw))
        assert isinstance(outcome, Accepted), outcome
        self.draft = outcome.draft
        self.events.extend(outcome.events)
        return self.draft

    def refuse(self, action: Action, actor: str = AUTHOR, **kw) -> Refused:
        before = self.draft
        outcome = apply(self.draft, action, self.ctx(actor, **kw))
        assert isinstance(outcome, Refused), outcome
        assert self.draft is before
        return outcome


def decision(reviewer, kind=Decision.APPROVE, revision=1, step=0) -> ReviewDecision:
    return ReviewDecision(f"x-{reviewer}-{step}", reviewer, kind, "", AT, revision, step)


# --- policies ---------------------------------------------------------------------------


def test_policy_none_approves_on_submit_and_records_why() -> None:
    flow = Flow(ReviewPolicy.none())
    draft = flow.do(Action.SUBMIT)
    assert draft.state is DraftState.APPROVED
    assert draft.approval.basis is ApprovalBasis.NO_REVIEW_POLICY
    assert draft.approval.revision == 1
    assert flow.events[-1].summary is EventCode.AUTO_APPROVED


def test_policy_none_still_runs_the_authors_checks() -> None:
    flow = Flow(
        ReviewPolicy.none(),
        DraftSnapshot("d", AUTHOR, DraftState.DRAFT, block_findings=("patient-data",)),
    )
    refused = flow.refuse(Action.SUBMIT)
    assert refused.code is RefusalCode.BLOCK_FINDINGS
    assert refused.details["rule_ids"] == ["patient-data"]


def test_optional_policy_submit_goes_to_review_and_author_may_skip() -> None:
    flow = Flow(ReviewPolicy.optional(["doc"]))
    assert flow.do(Action.SUBMIT).state is DraftState.IN_REVIEW
    draft = flow.do(Action.SKIP_REVIEW)
    assert draft.state is DraftState.APPROVED
    assert draft.approval.basis is ApprovalBasis.REVIEW_SKIPPED
    assert flow.events[-1].summary is EventCode.REVIEW_SKIPPED


def test_optional_policy_skip_refused_while_a_change_request_is_open() -> None:
    flow = Flow(ReviewPolicy.optional(["doc"]))
    flow.do(Action.SUBMIT)
    flow.do(Action.REQUEST_CHANGES, "doc", comment="Bitte ohne Patientenname.")
    assert flow.refuse(Action.SKIP_REVIEW).code is RefusalCode.OPEN_CHANGE_REQUEST
    flow.do(Action.SUBMIT)  # resubmitted unchanged: the request still stands
    assert flow.refuse(Action.SKIP_REVIEW).code is RefusalCode.OPEN_CHANGE_REQUEST
    flow.do(Action.EDIT)
    assert flow.do(Action.SKIP_REVIEW).state is DraftState.APPROVED


@pytest.mark.parametrize("mode", [ReviewMode.REQUIRED, ReviewMode.MULTI_STEP])
def test_skip_review_refused_when_review_is_mandatory(mode) -> None:
    policy = (
        ReviewPolicy.required(["doc"])
        if mode is ReviewMode.REQUIRED
        else ReviewPolicy.multi_step(ReviewStep(frozenset({"doc"})))
    )
    flow = Flow(policy)
    refused = flow.refuse(Action.SKIP_REVIEW)
    assert refused.code is RefusalCode.SKIP_NOT_ALLOWED
    assert refused.details["mode"] == mode


def test_required_policy_any_one_reviewer_approves() -> None:
    flow = Flow(ReviewPolicy.required(["doc-a", "doc-b"]))
    flow.do(Action.SUBMIT)
    draft = flow.do(Action.APPROVE, "doc-b")
    assert draft.state is DraftState.APPROVED
    assert draft.approval.basis is ApprovalBasis.REVIEW
    assert draft.decisions[-1].reviewer_id == "doc-b"
    assert draft.decisions[-1].revision == 1


def test_multi_step_all_waits_for_every_reviewer_then_next_step() -> None:
    policy = ReviewPolicy.multi_step(
        ReviewStep(frozenset({"doc-a", "doc-b"}), StepRule.ALL, "Ärzte"),
        ReviewStep(frozenset({"lead"}), StepRule.ANY, "Leitung"),
    )
    flow = Flow(policy)
    flow.do(Action.SUBMIT)
    assert flow.refuse(Action.APPROVE, "lead").code is RefusalCode.NOT_A_REVIEWER
    draft = flow.do(Action.APPROVE, "doc-a")
    assert draft.state is DraftState.IN_REVIEW
    assert flow.events[-1].summary is EventCode.APPROVAL_RECORDED
    assert flow.events[-1].data["waiting_for"] == ["doc-b"]
    assert flow.refuse(Action.APPROVE, "doc-a").code is RefusalCode.ALREADY_DECIDED
    flow.do(Action.APPROVE, "doc-b")
    progress = review_progress(policy, flow.draft.decisions, 1, AUTHOR)
    assert progress.current_step == 1 and progress.approved_steps == (0,)
    assert progress.waiting_for == {"lead"}
    assert flow.refuse(Action.APPROVE, "doc-a").code is RefusalCode.NOT_A_REVIEWER
    assert flow.do(Action.APPROVE, "lead").state is DraftState.APPROVED


def test_multi_step_any_step_finishes_with_one_approval() -> None:
    policy = ReviewPolicy.multi_step(
        ReviewStep(frozenset({"doc-a", "doc-b"}), StepRule.ANY),
        ReviewStep(frozenset({"lead"}), StepRule.ANY),
    )
    flow = Flow(policy)
    flow.do(Action.SUBMIT)
    flow.do(Action.APPROVE, "doc-a")
    assert flow.refuse(Action.APPROVE, "doc-b").code is RefusalCode.NOT_A_REVIEWER
    assert flow.do(Action.APPROVE, "lead").state is DraftState.APPROVED


def test_reviewer_who_is_the_author_is_never_counted() -> None:
    policy = ReviewPolicy.multi_step(ReviewStep(frozenset({AUTHOR, "doc"}), StepRule.ALL))
    flow = Flow(policy)
    flow.do(Action.SUBMIT)
    assert flow.refuse(Action.APPROVE, AUTHOR).code is RefusalCode.SELF_APPROVAL
    assert review_progress(policy, (), 1, AUTHOR).waiting_for == {"doc"}
    # a stored approval by the author (e.g. from older data) does not count either
    assert not review_progress(policy, (decision(AUTHOR),), 1, AUTHOR).approved_steps
    assert flow.do(Action.APPROVE, "doc").state is DraftState.APPROVED


def test_author_as_only_reviewer_cannot_submit_into_a_dead_end() -> None:
    flow = Flow(ReviewPolicy.required([AUTHOR]))
    refused = flow.refuse(Action.SUBMIT)
    assert refused.code is RefusalCode.NO_ELIGIBLE_REVIEWER
    assert refused.details["steps"] == [0]
    assert review_progress(ReviewPolicy.required([AUTHOR]), (), 1, AUTHOR).stalled


@pytest.mark.parametrize("action", [Action.REQUEST_CHANGES, Action.REJECT])
def test_author_cannot_review_own_draft(action) -> None:
    flow = Flow(ReviewPolicy.required([AUTHOR, "doc"]))
    flow.do(Action.SUBMIT)
    refused = flow.refuse(action, AUTHOR, comment="x", reason="x")
    assert refused.code is RefusalCode.SELF_REVIEW


@pytest.mark.parametrize("action", [Action.APPROVE, Action.REQUEST_CHANGES, Action.REJECT])
def test_outsider_cannot_decide(action) -> None:
    flow = Flow(ReviewPolicy.required(["doc"]))
    flow.do(Action.SUBMIT)
    refused = flow.refuse(action, "nurse-2", comment="x", reason="x")
    assert refused.code is RefusalCode.NOT_A_REVIEWER
    assert refused.details["step"] == 0


def test_request_changes_needs_a_comment_and_reject_a_reason() -> None:
    flow = Flow(ReviewPolicy.required(["doc"]))
    flow.do(Action.SUBMIT)
    assert (
        flow.refuse(Action.REQUEST_CHANGES, "doc", comment="  ").code
        is RefusalCode.COMMENT_REQUIRED
    )
    assert flow.refuse(Action.REJECT, "doc", reason="").code is RefusalCode.REASON_REQUIRED
    draft = flow.do(Action.REJECT, "doc", reason="Thema passt nicht zur Praxis.")
    assert draft.state is DraftState.WITHDRAWN
    assert draft.withdrawal.rejected and draft.withdrawal.reason == "Thema passt nicht zur Praxis."
    assert draft.withdrawal.from_state is DraftState.IN_REVIEW
    assert draft.decisions[-1].decision is Decision.REJECT


def test_change_request_restarts_all_steps_after_resubmission() -> None:
    policy = ReviewPolicy.multi_step(
        ReviewStep(frozenset({"doc-a"})), ReviewStep(frozenset({"lead"}))
    )
    flow = Flow(policy)
    flow.do(Action.SUBMIT)
    flow.do(Action.APPROVE, "doc-a")
    flow.do(Action.REQUEST_CHANGES, "lead", comment="Bitte Gehaltsangabe prüfen.")
    assert flow.draft.state is DraftState.CHANGES_REQUESTED
    flow.do(Action.SUBMIT)  # same revision, no edit
    progress = review_progress(policy, flow.draft.decisions, 1, AUTHOR)
    assert progress.current_step == 0 and progress.approved_steps == ()
    assert flow.refuse(Action.APPROVE, "lead").code is RefusalCode.NOT_A_REVIEWER


# --- approvals bound to revisions --------------------------------------------------------


def test_edit_after_approval_goes_back_to_review_with_reason() -> None:
    flow = Flow(ReviewPolicy.required(["doc"]))
    flow.do(Action.SUBMIT)
    flow.do(Action.APPROVE, "doc")
    flow.do(Action.SCHEDULE, planned_date=AT.date() + timedelta(days=3))
    flow.do(Action.PAUSE)
    draft = flow.do(Action.EDIT)
    assert draft.state is DraftState.IN_REVIEW
    assert draft.current_revision == 2
    assert draft.approval is None and not draft.paused
    assert draft.planned_date == AT.date() + timedelta(days=3), "the wish date is kept"
    event = flow.events[-1]
    assert event.summary is EventCode.EDITED_AFTER_APPROVAL
    assert event.from_state is DraftState.SCHEDULED
    assert event.data == {"previous_revision": 1, "revision": 2}
    assert not review_progress(flow.policy, draft.decisions, 2, AUTHOR).complete
    assert flow.do(Action.APPROVE, "doc").approval.revision == 2


def test_edit_in_review_invalidates_decisions_on_the_old_revision() -> None:
    policy = ReviewPolicy.multi_step(ReviewStep(frozenset({"doc-a", "doc-b"}), StepRule.ALL))
    flow = Flow(policy)
    flow.do(Action.SUBMIT)
    flow.do(Action.APPROVE, "doc-a")
    flow.do(Action.EDIT)
    assert flow.events[-1].summary is EventCode.EDITED_IN_REVIEW
    draft = flow.do(Action.APPROVE, "doc-b")
    assert draft.state is DraftState.IN_REVIEW, "doc-a saw only revision 1"
    assert flow.do(Action.APPROVE, "doc-a").state is DraftState.APPROVED


def test_edit_needs_a_newer_revision_number_and_may_bring_new_facts() -> None:
    from clinic_ambassadors.core.drafts import RevisionFacts

    flow = Flow(ReviewPolicy.required(["doc"]))
    refused = flow.refuse(Action.EDIT, new_revision=1)
    assert refused.code is RefusalCode.REVISION_NOT_NEWER
    draft = flow.do(Action.EDIT, new_revision=7, facts=RevisionFacts(block_findings=("hwg",)))
    assert draft.current_revision == 7 and draft.block_findings == ("hwg",)
    assert flow.refuse(Action.SUBMIT).code is RefusalCode.BLOCK_FINDINGS


def test_only_the_author_edits() -> None:
    flow = Flow(ReviewPolicy.required(["doc"]))
    flow.do(Action.SUBMIT)
    assert flow.refuse(Action.EDIT, "doc").code is RefusalCode.NOT_PERMITTED


def test_review_progress_ignores_other_revisions_and_unknown_steps() -> None:
    policy = ReviewPolicy.required(["doc"])
    decisions = (decision("doc", revision=1), decision("doc", revision=2, step=5))
    assert not review_progress(policy, decisions, 2, AUTHOR).complete
    assert review_progress(policy, decisions, 1, AUTHOR).complete


def test_review_progress_ignores_reviewers_no_longer_listed() -> None:
    assert not review_progress(
        ReviewPolicy.required(["doc-new"]), (decision("doc-old"),), 1, AUTHOR
    ).complete


def test_policy_validation() -> None:
    with pytest.raises(PolicyError) as err:
        ReviewPolicy(ReviewMode.REQUIRED, ())
    assert err.value.code == "policy_needs_one_step"
    with pytest.raises(PolicyError) as err:
        ReviewPolicy(ReviewMode.MULTI_STEP, ())
    assert err.value.code == "policy_needs_steps"
    assert review_progress(ReviewPolicy.none(), (), 1, AUTHOR).complete
