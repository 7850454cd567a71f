"""The draft workflow: states, review policies and the pure ``apply`` state machine.

Services load a :class:`DraftSnapshot` (with the checker's and checklist's facts for
the current revision), call :func:`apply`, store the new snapshot and the events of an
:class:`Accepted` outcome, or show the code of a :class:`Refused` one.
"""

from __future__ import annotations

from clinic_ambassadors.core.drafts.enums import (
    BEFORE_PUBLICATION,
    CLEARED_STATES,
    TERMINAL_STATES,
    Action,
    ApprovalBasis,
    Decision,
    DraftState,
    EventCode,
    RefusalCode,
    ReviewMode,
    Role,
    StepRule,
)
from clinic_ambassadors.core.drafts.guards import readiness_problems
from clinic_ambassadors.core.drafts.machine import TRANSITIONS, apply
from clinic_ambassadors.core.drafts.outcome import (
    DEFAULT_TEXT,
    Accepted,
    DraftEvent,
    Outcome,
    Refused,
)
from clinic_ambassadors.core.drafts.policy import (
    PolicyError,
    ReviewDecision,
    ReviewPolicy,
    ReviewProgress,
    ReviewStep,
    current_round,
    review_progress,
    steps_without_reviewer,
)
from clinic_ambassadors.core.drafts.snapshot import (
    ActionContext,
    Approval,
    BlockOverride,
    DraftSnapshot,
    PhotoConsentProblem,
    Publication,
    RevisionFacts,
    Withdrawal,
)

__all__ = [
    "BEFORE_PUBLICATION",
    "CLEARED_STATES",
    "DEFAULT_TEXT",
    "TERMINAL_STATES",
    "TRANSITIONS",
    "Accepted",
    "Action",
    "ActionContext",
    "Approval",
    "ApprovalBasis",
    "BlockOverride",
    "Decision",
    "DraftEvent",
    "DraftSnapshot",
    "DraftState",
    "EventCode",
    "Outcome",
    "PhotoConsentProblem",
    "PolicyError",
    "Publication",
    "RefusalCode",
    "Refused",
    "ReviewDecision",
    "ReviewMode",
    "ReviewPolicy",
    "ReviewProgress",
    "ReviewStep",
    "RevisionFacts",
    "Role",
    "StepRule",
    "Withdrawal",
    "apply",
    "current_round",
    "readiness_problems",
    "review_progress",
    "steps_without_reviewer",
]
