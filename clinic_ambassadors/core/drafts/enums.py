"""Names of the draft workflow: states, actions, policy modes and the stable codes.

Codes are strings on purpose: they go into the audit log and the UI turns them into
German or English text, so a value once released must never change.
"""

from __future__ import annotations

from enum import StrEnum


class DraftState(StrEnum):
    IDEA = "idea"
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    CHANGES_REQUESTED = "changes_requested"
    APPROVED = "approved"
    SCHEDULED = "scheduled"
    PUBLISHED = "published"
    ARCHIVED = "archived"
    WITHDRAWN = "withdrawn"


#: States that count as "cleared for posting"; each needs an approval of the current revision.
CLEARED_STATES = frozenset(
    {DraftState.APPROVED, DraftState.SCHEDULED, DraftState.PUBLISHED, DraftState.ARCHIVED}
)
#: Final states: nothing but (for published) archiving happens after them.
TERMINAL_STATES = frozenset({DraftState.ARCHIVED, DraftState.WITHDRAWN})
#: States in which the text may still be withdrawn (everything before publication).
BEFORE_PUBLICATION = frozenset(
    {
        DraftState.IDEA,
        DraftState.DRAFT,
        DraftState.IN_REVIEW,
        DraftState.CHANGES_REQUESTED,
        DraftState.APPROVED,
        DraftState.SCHEDULED,
    }
)


class Action(StrEnum):
    START_DRAFT = "start_draft"
    SUBMIT = "submit"
    SKIP_REVIEW = "skip_review"
    APPROVE = "approve"
    REQUEST_CHANGES = "request_changes"
    REJECT = "reject"
    OVERRIDE_BLOCK = "override_block"
    SCHEDULE = "schedule"
    UNSCHEDULE = "unschedule"
    PUBLISH = "publish"
    ARCHIVE = "archive"
    WITHDRAW = "withdraw"
    EDIT = "edit"
    PAUSE = "pause"
    RESUME = "resume"


class ReviewMode(StrEnum):
    NONE = "none"
    OPTIONAL = "optional"
    REQUIRED = "required"
    MULTI_STEP = "multi_step"


class StepRule(StrEnum):
    ANY = "any"
    ALL = "all"


class Decision(StrEnum):
    APPROVE = "approve"
    REQUEST_CHANGES = "request_changes"
    REJECT = "reject"


class ApprovalBasis(StrEnum):
    """Why a draft counts as approved: the audit log must say which."""

    REVIEW = "review"
    NO_REVIEW_POLICY = "no_review_policy"
    REVIEW_SKIPPED = "review_skipped"


class Role(StrEnum):
    """Who may act, as named in refusals (``details["allowed"]``)."""

    AUTHOR = "author"
    AUTHOR_OR_MANAGER = "author_or_manager"


class RefusalCode(StrEnum):
    WRONG_STATE = "wrong_state"
    NOT_PERMITTED = "not_permitted"
    SELF_APPROVAL = "self_approval"
    SELF_REVIEW = "self_review"
    NOT_A_REVIEWER = "not_a_reviewer"
    ALREADY_DECIDED = "already_decided"
    NO_ELIGIBLE_REVIEWER = "no_eligible_reviewer"
    COMMENT_REQUIRED = "comment_required"
    REASON_REQUIRED = "reason_required"
    OVERRIDE_REASON_REQUIRED = "override_reason_required"
    OVERRIDE_NOT_NEEDED = "override_not_needed"
    BLOCK_FINDINGS = "block_findings"
    CHECKLIST_INCOMPLETE = "checklist_incomplete"
    MISSING_PHOTO_CONSENT = "missing_photo_consent"
    SKIP_NOT_ALLOWED = "skip_not_allowed"
    OPEN_CHANGE_REQUEST = "open_change_request"
    PLANNED_DATE_REQUIRED = "planned_date_required"
    PLANNED_DATE_IN_PAST = "planned_date_in_past"
    URL_REQUIRED = "url_required"
    INVALID_URL = "invalid_url"
    NETWORK_REQUIRED = "network_required"
    PUBLISHED_ON_REQUIRED = "published_on_required"
    PUBLISHED_IN_FUTURE = "published_in_future"
    DRAFT_PAUSED = "draft_paused"
    ALREADY_PAUSED = "already_paused"
    NOT_PAUSED = "not_paused"
    REVISION_NOT_NEWER = "revision_not_newer"


class EventCode(StrEnum):
    """Summary codes of audit events produced by :func:`apply`."""

    DRAFT_STARTED = "draft_started"
    SUBMITTED = "submitted"
    AUTO_APPROVED = "auto_approved"
    REVIEW_SKIPPED = "review_skipped"
    APPROVAL_RECORDED = "approval_recorded"
    APPROVED = "approved"
    CHANGES_REQUESTED = "changes_requested"
    REJECTED = "rejected"
    BLOCK_OVERRIDDEN = "block_overridden"
    SCHEDULED = "scheduled"
    RESCHEDULED = "rescheduled"
    UNSCHEDULED = "unscheduled"
    PUBLISHED = "published"
    ARCHIVED = "archived"
    WITHDRAWN = "withdrawn"
    EDITED = "edited"
    EDITED_IN_REVIEW = "edited_in_review"
    EDITED_AFTER_APPROVAL = "edited_after_approval"
    PAUSED = "paused"
    RESUMED = "resumed"
