"""Review policies and the progress of a review on one revision.

An approval is bound to the revision it saw and to the review round it was given
in: a change request on the current revision closes the round, so after the author
resubmits, every step starts again. The author never counts as a reviewer.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from clinic_ambassadors.core.drafts.enums import Decision, ReviewMode, StepRule


class PolicyError(ValueError):
    """A review policy that cannot work; ``code`` is stable, the message is for developers."""

    def __init__(self, code: str, message: str = "") -> None:
        super().__init__(message or code)
        self.code = code


@dataclass(frozen=True)
class ReviewStep:
    reviewer_ids: frozenset[str]
    rule: StepRule = StepRule.ANY
    name: str = ""

    def eligible(self, author_id: str) -> frozenset[str]:
        """The reviewers who may decide on this step for a draft by ``author_id``."""
        return self.reviewer_ids - {author_id}


@dataclass(frozen=True)
class ReviewPolicy:
    """How a programme reviews drafts.

    - ``none``: submitting approves at once (after the author's checks). ``steps`` may
      still list people who may override a block finding; without them nobody can,
      and the author has to change the text.
    - ``optional``: submitting asks for review, but the author may ``skip_review``.
    - ``required``: one step; any one of its reviewers approves.
    - ``multi_step``: steps in order; each step needs "any one" or "all" of its reviewers.
    """

    mode: ReviewMode
    steps: tuple[ReviewStep, ...] = ()

    def __post_init__(self) -> None:
        if self.mode in (ReviewMode.REQUIRED, ReviewMode.OPTIONAL) and len(self.steps) != 1:
            raise PolicyError("policy_needs_one_step", f"{self.mode} needs exactly one step")
        if self.mode is ReviewMode.MULTI_STEP and not self.steps:
            raise PolicyError("policy_needs_steps", "multi_step needs at least one step")

    @classmethod
    def none(cls, override_reviewers: Iterable[str] = ()) -> ReviewPolicy:
        ids = frozenset(override_reviewers)
        return cls(ReviewMode.NONE, (ReviewStep(ids, StepRule.ANY, "override"),) if ids else ())

    @classmethod
    def optional(cls, reviewer_ids: Iterable[str]) -> ReviewPolicy:
        return cls(ReviewMode.OPTIONAL, (ReviewStep(frozenset(reviewer_ids), StepRule.ANY),))

    @classmethod
    def required(cls, reviewer_ids: Iterable[str]) -> ReviewPolicy:
        return cls(ReviewMode.REQUIRED, (ReviewStep(frozenset(reviewer_ids), StepRule.ANY),))

    @classmethod
    def multi_step(cls, *steps: ReviewStep) -> ReviewPolicy:
        return cls(ReviewMode.MULTI_STEP, tuple(steps))

    @property
    def needs_review(self) -> bool:
        return self.mode is not ReviewMode.NONE

    @property
    def all_reviewers(self) -> frozenset[str]:
        return frozenset().union(*(s.reviewer_ids for s in self.steps))


@dataclass(frozen=True)
class ReviewDecision:
    id: str
    reviewer_id: str
    decision: Decision
    comment: str
    at: datetime
    revision: int
    step: int
    block_override_reason: str | None = None


@dataclass(frozen=True)
class ReviewProgress:
    #: Index of the step that waits for decisions; None when complete (or no steps).
    current_step: int | None
    approved_steps: tuple[int, ...]
    waiting_for: frozenset[str]
    complete: bool
    #: True when the current step has no reviewer besides the author: nobody can approve.
    stalled: bool = False
    #: Reviewers who approved the current step in this round (for "all" steps).
    approved_by: frozenset[str] = field(default_factory=frozenset)


def current_round(decisions: Sequence[ReviewDecision], revision: int) -> list[ReviewDecision]:
    """Decisions that count now: on ``revision``, after its latest change request.

    ``decisions`` must be in the order they were made.
    """
    on_revision = [d for d in decisions if d.revision == revision]
    for index in range(len(on_revision) - 1, -1, -1):
        if on_revision[index].decision is not Decision.APPROVE:
            return on_revision[index + 1 :]
    return on_revision


def review_progress(
    policy: ReviewPolicy,
    decisions: Sequence[ReviewDecision],
    current_revision: int,
    author_id: str,
) -> ReviewProgress:
    """Where the review of ``current_revision`` stands under ``policy``."""
    if policy.mode is ReviewMode.NONE:
        return ReviewProgress(None, (), frozenset(), complete=True)
    counted = current_round(decisions, current_revision)
    approved_steps: list[int] = []
    current: int | None = None
    for index, step in enumerate(policy.steps):
        eligible = step.eligible(author_id)
        approvals = frozenset(
            d.reviewer_id
            for d in counted
            if d.step == index and d.decision is Decision.APPROVE and d.reviewer_id in eligible
        )
        if step.rule is StepRule.ANY:
            done = bool(approvals)
        else:
            done = bool(eligible) and eligible <= approvals
        if done:
            approved_steps.append(index)
        elif current is None:
            current = index
            waiting = eligible - approvals
            approved_by = approvals
    if current is None:
        return ReviewProgress(None, tuple(approved_steps), frozenset(), complete=True)
    return ReviewProgress(
        current_step=current,
        approved_steps=tuple(approved_steps),
        waiting_for=waiting,
        complete=False,
        stalled=not waiting,
        approved_by=approved_by,
    )


def steps_without_reviewer(policy: ReviewPolicy, author_id: str) -> tuple[int, ...]:
    """Steps nobody but the author could decide: a review there can never finish."""
    return tuple(i for i, s in enumerate(policy.steps) if not s.eligible(author_id))
