"""The values the state machine reads and writes: a draft's snapshot and the context of an action.

The snapshot carries facts the machine does not compute itself (open block findings,
missing checklist items, photo-consent problems of the current revision); the
service fills them in from the rule engine and the checklist engine before each call.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from clinic_ambassadors.core.drafts.enums import ApprovalBasis, DraftState
from clinic_ambassadors.core.drafts.policy import ReviewDecision, ReviewPolicy


@dataclass(frozen=True)
class BlockOverride:
    """A reviewer's written decision to let block findings pass on one revision."""

    rule_ids: tuple[str, ...]
    reviewer_id: str
    reason: str
    revision: int
    at: datetime
    decision_id: str | None = None


@dataclass(frozen=True)
class PhotoConsentProblem:
    """A person shown in an image without a valid photo consent."""

    image_id: str
    person_id: str
    kind: str = "missing"  # missing | withdrawn | expired: the consent module's codes


@dataclass(frozen=True)
class Approval:
    basis: ApprovalBasis
    revision: int
    at: datetime


@dataclass(frozen=True)
class Publication:
    network: str
    url: str
    published_on: date


@dataclass(frozen=True)
class Withdrawal:
    """Why a draft ended before publication; ``rejected`` when a reviewer ended it."""

    by: str
    reason: str
    at: datetime
    from_state: DraftState
    rejected: bool = False


@dataclass(frozen=True)
class RevisionFacts:
    """Checker and checklist results for one revision, as the service computed them."""

    block_findings: tuple[str, ...] = ()
    missing_author_items: tuple[str, ...] = ()
    missing_reviewer_items: tuple[str, ...] = ()
    photo_consent_problems: tuple[PhotoConsentProblem, ...] = ()


@dataclass(frozen=True)
class DraftSnapshot:
    id: str
    author_id: str
    state: DraftState = DraftState.IDEA
    current_revision: int = 1
    planned_date: date | None = None
    #: Crisis mode: a scheduled draft is held back; resuming keeps its schedule.
    paused: bool = False
    #: All decisions ever made, oldest first; only the current revision's round counts.
    decisions: tuple[ReviewDecision, ...] = ()
    block_findings: tuple[str, ...] = ()
    #: All overrides ever given; only those on the current revision count.
    overrides: tuple[BlockOverride, ...] = ()
    missing_author_items: tuple[str, ...] = ()
    missing_reviewer_items: tuple[str, ...] = ()
    photo_consent_problems: tuple[PhotoConsentProblem, ...] = ()
    approval: Approval | None = None
    publication: Publication | None = None
    withdrawal: Withdrawal | None = None

    def __post_init__(self) -> None:
        if self.current_revision < 1:
            raise ValueError("current_revision must be >= 1")
        if self.paused and self.state is not DraftState.SCHEDULED:
            raise ValueError("only a scheduled draft can be paused")

    @property
    def overridden_rule_ids(self) -> frozenset[str]:
        return frozenset(
            rule
            for o in self.overrides
            if o.revision == self.current_revision
            for rule in o.rule_ids
        )

    @property
    def open_block_findings(self) -> tuple[str, ...]:
        """Block findings on the current revision that no override covers, without repeats."""
        overridden = self.overridden_rule_ids
        return tuple(dict.fromkeys(r for r in self.block_findings if r not in overridden))

    def with_facts(self, facts: RevisionFacts) -> DraftSnapshot:
        return replace(
            self,
            block_findings=tuple(facts.block_findings),
            missing_author_items=tuple(facts.missing_author_items),
            missing_reviewer_items=tuple(facts.missing_reviewer_items),
            photo_consent_problems=tuple(facts.photo_consent_problems),
        )


@dataclass(frozen=True)
class ActionContext:
    """Who acts, when, under which policy, and the inputs a particular action needs.

    ``at`` must be timezone-aware (UTC in practice). Fields an action does not use are
    ignored.
    """

    actor_id: str
    at: datetime
    policy: ReviewPolicy
    #: The actor holds the practice-manager role (may schedule, publish, withdraw for others).
    actor_is_manager: bool = False
    #: request_changes (required), approve (optional).
    comment: str = ""
    #: reject (required), withdraw (optional).
    reason: str = ""
    #: override_block (required); approve: overrides every open block finding at once.
    override_reason: str = ""
    #: override_block: which open findings; empty means all of them.
    override_rule_ids: tuple[str, ...] = ()
    planned_date: date | None = None
    url: str = ""
    network: str = ""
    published_on: date | None = None
    #: Id for the review decision created; a random UUID when not given.
    decision_id: str | None = None
    #: edit: the number of the saved revision; current + 1 when not given.
    new_revision: int | None = None
    #: edit: checker results for the new revision; the old facts stay when not given.
    facts: RevisionFacts | None = None

    def __post_init__(self) -> None:
        if self.at.tzinfo is None:
            raise ValueError("ActionContext.at must be timezone-aware")
