"""Names of draft states and actions, and the workflow's refusals, in the user's language."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from clinic_ambassadors.core.drafts import Action, DraftState


def _t(text: str) -> str:
    return QCoreApplication.translate("Workflow", text)


def state_label(state: DraftState) -> str:
    return {
        DraftState.IDEA: _t("Idea"),
        DraftState.DRAFT: _t("Draft"),
        DraftState.IN_REVIEW: _t("In review"),
        DraftState.CHANGES_REQUESTED: _t("Changes requested"),
        DraftState.APPROVED: _t("Approved"),
        DraftState.SCHEDULED: _t("Scheduled"),
        DraftState.PUBLISHED: _t("Published"),
        DraftState.ARCHIVED: _t("Archived"),
        DraftState.WITHDRAWN: _t("Withdrawn"),
    }[state]


def action_label(action: Action) -> str:
    return {
        Action.START_DRAFT: _t("Start writing"),
        Action.SUBMIT: _t("Submit for review"),
        Action.SKIP_REVIEW: _t("Approve without review"),
        Action.APPROVE: _t("Approve"),
        Action.REQUEST_CHANGES: _t("Request changes"),
        Action.REJECT: _t("Reject"),
        Action.OVERRIDE_BLOCK: _t("Override block finding"),
        Action.SCHEDULE: _t("Schedule"),
        Action.UNSCHEDULE: _t("Unschedule"),
        Action.PUBLISH: _t("Mark as published"),
        Action.ARCHIVE: _t("Archive"),
        Action.WITHDRAW: _t("Withdraw"),
        Action.EDIT: _t("Edit"),
        Action.PAUSE: _t("Pause"),
        Action.RESUME: _t("Resume"),
    }[action]


def ui_language() -> str:
    from PySide6.QtCore import QLocale

    return "de" if QLocale().language() == QLocale.Language.German else "en"


def refusal_texts(exc: Any) -> str:
    """A refusal and every further problem found with it, one paragraph each."""
    parts = [refusal_text(exc.code, getattr(exc, "data", {}), getattr(exc, "names", None))]
    for code, names in getattr(exc, "also", []):
        parts.append(refusal_text(code, {}, names))
    return "\n\n".join(parts)


def quoted(text: str) -> str:
    """``text`` in the quotation marks of the UI language („…“ in German, “…” in English)."""
    return f"„{text}“" if ui_language() == "de" else f"“{text}”"


#: How many names a refusal lists before it says "and N more".
SHOWN_ITEMS = 3


def refusal_text(code: str, details: Mapping[str, Any] | None = None,
                 names: Mapping[str, list[str]] | None = None) -> str:
    """The workflow said no: say why and what to do, naming rules or items where known."""
    details = details or {}
    texts = {
        "wrong_state": _t("This is not possible while the draft is in this state."),
        "not_permitted": _t("Only the author (or the practice manager) may do this."),
        "self_approval": _t("Nobody approves or overrides checks on their own draft. Another "
                            "reviewer has to decide."),
        "self_review": _t("Nobody reviews their own draft. Another reviewer has to decide."),
        "not_a_reviewer": _t("You are not a reviewer for the current review step."),
        "already_decided": _t("You have already approved this step for this revision."),
        "no_eligible_reviewer": _t("Nobody can review this draft yet: there is no reviewer "
                                   "besides its author. A practice manager adds one under "
                                   "Programme > People (a profile with the reviewer role); "
                                   "the draft is kept as it is."),
        "comment_required": _t("Please say what should change (a comment is required)."),
        "reason_required": _t("Please give a reason."),
        "override_reason_required": _t("Overriding a block finding needs a written reason; it "
                                       "is kept in the audit log."),
        "override_not_needed": _t("There is no open block finding to override."),
        "block_findings": _t("The text has open block findings: {0}. Change the passages, or "
                             "ask a reviewer to override them with a written reason."),
        "checklist_incomplete": _t("Required checklist items are still open: {0}."),
        "missing_photo_consent": _t("People shown in an image have no valid photo consent "
                                    "(§ 22 KUG): {0}. Remove the image or record the consent "
                                    "first."),
        "skip_not_allowed": _t("The programme's review policy does not allow skipping review."),
        "open_change_request": _t("A reviewer asked for changes to this revision; edit the text "
                                  "first."),
        "planned_date_required": _t("Choose a date."),
        "planned_date_in_past": _t("The planned date is in the past."),
        "url_required": _t("Enter the address (URL) of the published post."),
        "invalid_url": _t("The address must start with http:// or https://."),
        "network_required": _t("Choose the network."),
        "published_on_required": _t("Enter the date of publication."),
        "published_in_future": _t("The date of publication is in the future."),
        "draft_paused": _t("The draft is paused because of an open incident (crisis mode)."),
        "already_paused": _t("The draft is already paused."),
        "not_paused": _t("The draft is not paused."),
        "revision_not_newer": _t("Someone saved a newer version meanwhile; reload the draft."),
    }
    text = texts.get(code, _t("This action was refused ({0}).").format(code))
    if "{0}" in text:
        listed: Any = (names or {}).get(ui_language()) or details.get("rule_ids") or \
            details.get("items") or details.get("missing") or []
        if isinstance(listed, (list, tuple, set, frozenset)):
            listed = [quoted(n) if names else str(n) for n in listed]
            if len(listed) > SHOWN_ITEMS:  # a wall of twelve items helps nobody: name a few
                rest = len(listed) - SHOWN_ITEMS
                listed = listed[:SHOWN_ITEMS] + [_t("and {0} more").format(rest)]
            listed = "; ".join(listed)
        text = text.format(listed or "–")
    return text
