"""What :func:`apply` returns: a refusal with a stable code, or the new snapshot and its events.

``details`` and ``data`` hold only JSON-friendly values (str, int, bool, None, lists,
dicts) so the service can write them to the audit log as they are.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar

from clinic_ambassadors.core.drafts.enums import Action, DraftState, EventCode, RefusalCode
from clinic_ambassadors.core.drafts.snapshot import DraftSnapshot

#: Fallback text for logs and developers; the UI translates the code instead.
DEFAULT_TEXT: Mapping[RefusalCode, str] = {
    RefusalCode.WRONG_STATE: "This action is not possible in the draft's current state.",
    RefusalCode.NOT_PERMITTED: "You may not do this for another person's draft.",
    RefusalCode.SELF_APPROVAL: "Nobody approves or overrides checks on their own draft.",
    RefusalCode.SELF_REVIEW: "Nobody reviews their own draft.",
    RefusalCode.NOT_A_REVIEWER: "You are not a reviewer for the current review step.",
    RefusalCode.ALREADY_DECIDED: "You already approved this step for this revision.",
    RefusalCode.NO_ELIGIBLE_REVIEWER: "A review step has no reviewer other than the author.",
    RefusalCode.COMMENT_REQUIRED: "Say what should change.",
    RefusalCode.REASON_REQUIRED: "Give a reason.",
    RefusalCode.OVERRIDE_REASON_REQUIRED: "Overriding a block needs a written reason.",
    RefusalCode.OVERRIDE_NOT_NEEDED: "There is no such open block finding.",
    RefusalCode.BLOCK_FINDINGS: "The text has open block findings.",
    RefusalCode.CHECKLIST_INCOMPLETE: "Checklist items are still open.",
    RefusalCode.MISSING_PHOTO_CONSENT: "A person in an image has no valid photo consent.",
    RefusalCode.SKIP_NOT_ALLOWED: "The programme's review policy does not allow skipping review.",
    RefusalCode.OPEN_CHANGE_REQUEST: "A reviewer asked for changes to this revision.",
    RefusalCode.PLANNED_DATE_REQUIRED: "Choose a date.",
    RefusalCode.PLANNED_DATE_IN_PAST: "The planned date is in the past.",
    RefusalCode.URL_REQUIRED: "Enter the post's address.",
    RefusalCode.INVALID_URL: "The address must start with http:// or https://.",
    RefusalCode.NETWORK_REQUIRED: "Choose the network.",
    RefusalCode.PUBLISHED_ON_REQUIRED: "Enter the date of publication.",
    RefusalCode.PUBLISHED_IN_FUTURE: "The date of publication is in the future.",
    RefusalCode.DRAFT_PAUSED: "The draft is paused (crisis mode).",
    RefusalCode.ALREADY_PAUSED: "The draft is already paused.",
    RefusalCode.NOT_PAUSED: "The draft is not paused.",
    RefusalCode.REVISION_NOT_NEWER: "A new revision must have a higher number.",
}


@dataclass(frozen=True)
class Refused:
    code: RefusalCode
    details: Mapping[str, Any] = field(default_factory=dict)
    accepted: ClassVar[bool] = False

    def __str__(self) -> str:
        text = DEFAULT_TEXT.get(self.code, str(self.code))
        return f"{text} [{self.code}] {dict(self.details)}" if self.details else text


@dataclass(frozen=True)
class DraftEvent:
    """One audit-log entry produced by an accepted action."""

    action: Action
    from_state: DraftState
    to_state: DraftState
    summary: EventCode
    actor_id: str
    at: datetime
    draft_id: str
    revision: int
    data: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Accepted:
    draft: DraftSnapshot
    events: tuple[DraftEvent, ...]
    accepted: ClassVar[bool] = True


Outcome = Accepted | Refused


def make_event(
    before: DraftSnapshot,
    after: DraftSnapshot,
    action: Action,
    summary: EventCode,
    actor_id: str,
    at: datetime,
    data: Mapping[str, Any] | None = None,
) -> DraftEvent:
    return DraftEvent(
        action=action,
        from_state=before.state,
        to_state=after.state,
        summary=summary,
        actor_id=actor_id,
        at=at,
        draft_id=after.id,
        revision=after.current_revision,
        data=dict(data or {}),
    )
