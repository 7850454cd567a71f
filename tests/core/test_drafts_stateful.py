"""Random sequences of actions by random people must never break the workflow's promises."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import hypothesis.strategies as st
from hypothesis import HealthCheck, settings
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from clinic_ambassadors.core.drafts import (
    CLEARED_STATES,
    Accepted,
    Action,
    ActionContext,
    ApprovalBasis,
    Decision,
    DraftSnapshot,
    DraftState,
    PhotoConsentProblem,
    Refused,
    ReviewMode,
    ReviewPolicy,
    ReviewStep,
    RevisionFacts,
    StepRule,
    apply,
    review_progress,
)

AUTHOR = "author"
PEOPLE = [AUTHOR, "doc-a", "doc-b", "lead", "outsider", "manager"]
START = datetime(2025, 1, 6, 8, 0, tzinfo=UTC)

POLICIES = {
    "none": ReviewPolicy.none(["doc-a"]),
    "optional": ReviewPolicy.optional(["doc-a", "doc-b"]),
    "required": ReviewPolicy.required(["doc-a", "doc-b"]),
    "required-author-listed": ReviewPolicy.required([AUTHOR, "doc-a"]),
    "multi-any": ReviewPolicy.multi_step(
        ReviewStep(frozenset({"doc-a", "doc-b"}), StepRule.ANY),
        ReviewStep(frozenset({"lead"}), StepRule.ANY),
    ),
    "multi-all": ReviewPolicy.multi_step(
        ReviewStep(frozenset({"doc-a", "doc-b", AUTHOR}), StepRule.ALL),
        ReviewStep(frozenset({"lead", "doc-a"}), StepRule.ANY),
    ),
}

#: Half the time the author acts; otherwise anyone, reviewers and outsiders alike.
actors = st.one_of(st.just(AUTHOR), st.sampled_from(PEOPLE))
texts = st.sampled_from(["", "  ", "Bitte Patientenbezug entfernen.", "ok"])
facts = st.builds(
    RevisionFacts,
    block_findings=st.lists(st.sampled_from(["hwg-1", "patient-data", "salary"]), max_size=2).map(
        tuple
    ),
    missing_author_items=st.lists(st.sampled_from(["a1", "a2"]), max_size=1).map(tuple),
    missing_reviewer_items=st.lists(st.sampled_from(["r1"]), max_size=1).map(tuple),
    photo_consent_problems=st.lists(
        st.builds(PhotoConsentProblem, st.just("img"), st.sampled_from(["p1", "p2"])), max_size=1
    ).map(tuple),
)
# Mostly clean facts, so drafts get far enough to reach the interesting states.
clean = st.just(RevisionFacts())
likely_facts = st.one_of(clean, clean, clean, clean, facts)
REVIEWERS = ["doc-a", "doc-b", "lead"]


def approved_by_every_step(policy: ReviewPolicy, d: DraftSnapshot) -> bool:
    """An oracle written apart from review_progress: each step's approvals on this revision."""
    mine = [x for x in d.decisions if x.revision == d.current_revision]
    resets = [i for i, x in enumerate(mine) if x.decision is not Decision.APPROVE]
    since = mine[resets[-1] + 1 :] if resets else mine
    for index, step in enumerate(policy.steps):
        who = {x.reviewer_id for x in since if x.step == index} & step.reviewer_ids - {AUTHOR}
        needed = step.reviewer_ids - {AUTHOR}
        if not who or (step.rule is StepRule.ALL and who != needed):
            return False
    return True


class DraftWorkflow(RuleBasedStateMachine):
    @initialize(
        policy_name=st.sampled_from(sorted(POLICIES)),
        start=st.sampled_from([DraftState.IDEA, DraftState.DRAFT]),
    )
    def setup(self, policy_name: str, start: DraftState) -> None:
        self.policy = POLICIES[policy_name]
        self.draft = DraftSnapshot("draft-1", AUTHOR, state=start)
        self.clock = START
        self.max_revision = 1
        self.history: list[DraftState] = [start]
        self.decision_count = 0

    def ctx(self, actor: str, **kw) -> ActionContext:
        self.clock += timedelta(hours=3)
        return ActionContext(
            actor, self.clock, self.policy, actor_is_manager=actor == "manager", **kw
        )

    def run(self, action: Action, ctx: ActionContext) -> None:
        before = self.draft
        outcome = apply(before, action, ctx)
        if isinstance(outcome, Refused):
            assert self.draft == before, "a refusal changes nothing"
            assert outcome.code  # every refusal has a stable code
            return
        assert isinstance(outcome, Accepted)
        after = outcome.draft
        assert outcome.events, "every accepted action is audited"
        assert outcome.events[0].from_state is before.state
        assert outcome.events[-1].to_state is after.state
        assert after.decisions[: len(before.decisions)] == before.decisions, "decisions only grow"
        assert after.overrides[: len(before.overrides)] == before.overrides
        if after.state is DraftState.PUBLISHED and before.state is not DraftState.PUBLISHED:
            assert before.state in (DraftState.APPROVED, DraftState.SCHEDULED)
        if after.state is DraftState.APPROVED and before.state not in CLEARED_STATES:
            assert action in (Action.APPROVE, Action.SUBMIT, Action.SKIP_REVIEW)
        self.draft = after
        self.history.append(after.state)

    @rule(
        actor=actors,
        action=st.sampled_from(
            [
                Action.START_DRAFT,
                Action.SUBMIT,
                Action.SKIP_REVIEW,
                Action.UNSCHEDULE,
                Action.ARCHIVE,
                Action.PAUSE,
                Action.RESUME,
            ]
        ),
    )
    def simple_action(self, actor: str, action: Action) -> None:
        self.run(action, self.ctx(actor))

    @rule(action=st.sampled_from([Action.START_DRAFT, Action.SUBMIT]))
    def the_author_moves_on(self, action: Action) -> None:
        self.run(action, self.ctx(AUTHOR))

    @rule(actor=actors, comment=texts, override=texts)
    def approve(self, actor: str, comment: str, override: str) -> None:
        self.run(Action.APPROVE, self.ctx(actor, comment=comment, override_reason=override))

    @rule(actor=actors, comment=texts)
    def request_changes(self, actor: str, comment: str) -> None:
        self.run(Action.REQUEST_CHANGES, self.ctx(actor, comment=comment))

    @rule(actor=st.sampled_from(REVIEWERS), override=st.sampled_from(["", "Kein Patient."]))
    def a_reviewer_approves(self, actor: str, override: str) -> None:
        self.run(Action.APPROVE, self.ctx(actor, override_reason=override))

    @rule(
        actor=actors,
        reason=texts,
        action=st.sampled_from([Action.REJECT, Action.WITHDRAW]),
        dice=st.integers(0, 9),
    )
    def end(self, actor: str, reason: str, action: Action, dice: int) -> None:
        if dice == 0:  # rarely, so most runs get far into the workflow
            self.run(action, self.ctx(actor, reason=reason))

    @rule(
        actor=actors,
        reason=texts,
        rules=st.lists(st.sampled_from(["hwg-1", "patient-data", "other"]), max_size=2),
    )
    def override(self, actor: str, reason: str, rules: list[str]) -> None:
        self.run(
            Action.OVERRIDE_BLOCK,
            self.ctx(actor, override_reason=reason, override_rule_ids=tuple(rules)),
        )

    @rule(actor=actors, days=st.integers(-3, 30))
    def schedule(self, actor: str, days: int) -> None:
        self.run(Action.SCHEDULE, self.ctx(actor, planned_date=self.clock.date() + timedelta(days)))

    @rule(
        actor=actors,
        url=st.sampled_from(["", "https://linkedin.com/p/1", "javascript:alert(1)"]),
        network=st.sampled_from(["", "linkedin"]),
        days=st.none() | st.integers(-5, 3),
    )
    def publish(self, actor: str, url: str, network: str, days: int | None) -> None:
        on: date | None = None if days is None else self.clock.date() + timedelta(days)
        self.run(Action.PUBLISH, self.ctx(actor, url=url, network=network, published_on=on))

    @rule(days=st.integers(-1, 0))
    def the_author_records_the_post(self, days: int) -> None:
        self.run(
            Action.PUBLISH,
            self.ctx(
                AUTHOR,
                url="https://xing.com/p/2",
                network="xing",
                published_on=self.clock.date() + timedelta(days),
            ),
        )

    @rule(actor=actors, new_facts=likely_facts, jump=st.integers(0, 2))
    def edit(self, actor: str, new_facts: RevisionFacts, jump: int) -> None:
        revision = self.draft.current_revision + jump if jump else None
        self.run(Action.EDIT, self.ctx(actor, facts=new_facts, new_revision=revision))

    @rule(new_facts=likely_facts)
    def checker_runs_again(self, new_facts: RevisionFacts) -> None:
        """The service refreshes facts about the current revision (e.g. a consent withdrawn)."""
        self.draft = self.draft.with_facts(new_facts)

    # --- invariants ----------------------------------------------------------------------

    @invariant()
    def cleared_only_with_an_approval_of_the_current_revision(self) -> None:
        d = self.draft
        if d.state not in CLEARED_STATES:
            assert d.approval is None or d.state is DraftState.WITHDRAWN
            return
        assert d.approval is not None
        assert d.approval.revision == d.current_revision
        if d.approval.basis is ApprovalBasis.REVIEW:
            assert self.policy.mode is not ReviewMode.NONE
            progress = review_progress(self.policy, d.decisions, d.current_revision, d.author_id)
            assert progress.complete
            assert approved_by_every_step(self.policy, d)
        elif d.approval.basis is ApprovalBasis.NO_REVIEW_POLICY:
            assert self.policy.mode is ReviewMode.NONE
        else:
            assert self.policy.mode is ReviewMode.OPTIONAL

    @invariant()
    def the_author_never_decides(self) -> None:
        assert all(dec.reviewer_id != AUTHOR for dec in self.draft.decisions)
        assert all(o.reviewer_id != AUTHOR and o.reason.strip() for o in self.draft.overrides)

    @invariant()
    def decisions_name_a_revision_that_existed(self) -> None:
        assert all(dec.revision <= self.draft.current_revision for dec in self.draft.decisions)
        for dec in self.draft.decisions:
            if dec.decision is Decision.REQUEST_CHANGES:
                assert dec.comment.strip()

    @invariant()
    def published_only_after_approval(self) -> None:
        if DraftState.PUBLISHED in self.history:
            first = self.history.index(DraftState.PUBLISHED)
            assert DraftState.APPROVED in self.history[:first]
            assert self.draft.publication is not None

    @invariant()
    def revisions_only_grow(self) -> None:
        assert self.draft.current_revision >= self.max_revision
        self.max_revision = self.draft.current_revision

    @invariant()
    def pause_only_when_scheduled(self) -> None:
        assert not self.draft.paused or self.draft.state is DraftState.SCHEDULED


DraftWorkflow.TestCase.settings = settings(
    max_examples=400,
    stateful_step_count=50,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestDraftWorkflow = DraftWorkflow.TestCase
