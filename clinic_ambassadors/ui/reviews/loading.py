"""What the Reviews page reads, gathered in one call on the writer thread.

Plain data without Qt: the page asks for a whole picture of the queue or of one draft
at once, so the UI thread never touches the file and never sees half a draft.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from clinic_ambassadors.core.checker import Finding
from clinic_ambassadors.core.drafts import (
    Action,
    Decision,
    DraftSnapshot,
    DraftState,
    ReviewMode,
    StepRule,
    review_progress,
)
from clinic_ambassadors.core.errors import NotFound
from clinic_ambassadors.core.posts import Comment, DraftRecord
from clinic_ambassadors.services import checking, draft_editor, drafts
from clinic_ambassadors.services import programme as programme_service
from clinic_ambassadors.services.draft_editor import ImageInfo
from clinic_ambassadors.services.drafts import QueueItem
from clinic_ambassadors.services.review_policy import review_policy
from clinic_ambassadors.storage.audit import Actor
from clinic_ambassadors.storage.connection import ProgrammeFile


@dataclass(frozen=True)
class QueueEntry:
    """One row of a queue or of the overview, with reviewer names resolved."""

    item: QueueItem
    waiting_for_names: tuple[str, ...]

    @property
    def draft(self) -> DraftRecord:
        return self.item.draft


@dataclass(frozen=True)
class HistoryEntry:
    """A comment or a past decision with its comment, shown in one thread."""

    at: str
    author_name: str
    text: str
    quote: str
    revision: int
    decision: Decision | None = None


@dataclass(frozen=True)
class DraftReview:
    """Everything the reviewer sees of one draft, for its current revision."""

    draft: DraftRecord
    #: The text shown and checked: title, a line break, the post (as the workflow checks it).
    shown_text: str
    findings: tuple[Finding, ...]
    open_blocks: tuple[str, ...]
    #: The revision the reviewer last saw (decided or commented on), else the one before.
    base_revision: int | None
    base_text: str | None
    history: tuple[HistoryEntry, ...]
    #: The images with the people shown and their photo consent, and each image's bytes.
    images: tuple[ImageInfo, ...] = ()
    image_data: dict[str, bytes] = field(default_factory=dict)
    #: Where a multi-step review stands; None for single-step policies or when complete.
    progress: StepProgress | None = None


@dataclass(frozen=True)
class StepProgress:
    """The current step of a multi-step review: "step 1 of 2, 1 of 2 approvals (names)"."""

    step: int  # 1-based
    steps: int
    rule: StepRule
    approvals: int
    needed: int
    approved_names: tuple[str, ...]
    waiting_names: tuple[str, ...]


@dataclass(frozen=True)
class DecisionResult:
    """What a decision led to: the draft's new state and whom it still waits for."""

    action: Action
    state: DraftState
    title: str
    waiting_names: tuple[str, ...]


def shown_text(title: str, text: str) -> str:
    return f"{title}\n{text}"


def _names(pf: ProgrammeFile) -> dict[str, str]:
    return {p.id: p.name for p in programme_service.profiles(pf)}


def load_queue(pf: ProgrammeFile, reviewer_id: str | None) -> list[QueueEntry]:
    """Drafts waiting for ``reviewer_id`` (or all in review for None), oldest first."""
    names = _names(pf)
    return [QueueEntry(item, tuple(sorted(names.get(i, "?") for i in item.waiting_for)))
            for item in drafts.review_queue(pf, reviewer_id)]


def load_review(pf: ProgrammeFile, draft_id: str, reviewer_id: str | None) -> DraftReview:
    rec = drafts.get(pf, draft_id)
    snap = drafts.snapshot(pf, draft_id)
    text = shown_text(rec.title, rec.text)
    findings = tuple(checking.check_text(pf, text))
    names = _names(pf)
    comments: list[Comment] = drafts.comments(pf, draft_id)
    history = [HistoryEntry(c.at, c.author_name, c.text, c.quote, c.revision) for c in comments]
    history += [HistoryEntry(d.at.isoformat(), names.get(d.reviewer_id, "?"), d.comment, "",
                             d.revision, d.decision)
                for d in snap.decisions if d.comment or d.decision is not Decision.APPROVE]
    history.sort(key=lambda h: h.at)
    base = _base_revision(snap.decisions, comments, reviewer_id, rec.current_revision)
    base_text = None
    if base is not None:
        revisions = {r.number: r for r in drafts.revisions(pf, draft_id)}
        old = revisions.get(base)
        if old is None:
            base = None
        else:
            base_text = shown_text(old.title, old.text)
    images = tuple(draft_editor.images(pf, draft_id))
    data = {}
    for info in images:
        try:
            data[info.image.id] = draft_editor.image_data(pf, info.image.id)
        except NotFound:
            continue  # removed meanwhile: shown without a thumbnail
    return DraftReview(rec, text, findings, tuple(snap.open_block_findings), base, base_text,
                       tuple(history), images, data, step_progress(pf, snap, names))


def step_progress(pf: ProgrammeFile, snap: DraftSnapshot,
                  names: dict[str, str]) -> StepProgress | None:
    """Progress of a multi-step review (other policies have nothing to count)."""
    policy = review_policy(pf)
    if policy.mode is not ReviewMode.MULTI_STEP:
        return None
    progress = review_progress(policy, snap.decisions, snap.current_revision, snap.author_id)
    if progress.current_step is None:
        return None
    step = policy.steps[progress.current_step]
    eligible = step.eligible(snap.author_id)
    needed = len(eligible) if step.rule is StepRule.ALL else 1
    return StepProgress(progress.current_step + 1, len(policy.steps), step.rule,
                        len(progress.approved_by), needed,
                        tuple(sorted(names.get(i, "?") for i in progress.approved_by)),
                        tuple(sorted(names.get(i, "?") for i in progress.waiting_for)))


def decide(pf: ProgrammeFile, actor: Actor, draft_id: str, action: Action,
           **ctx: Any) -> DecisionResult:
    """Act on the draft, then read whom it still waits for (in the same writer call)."""
    rec = drafts.act(pf, actor, draft_id, action, **ctx)
    waiting: tuple[str, ...] = ()
    if rec.state == DraftState.IN_REVIEW:  # the queue reads no checker facts: cheap
        entries = [e for e in load_queue(pf, None) if e.draft.id == draft_id]
        waiting = entries[0].waiting_for_names if entries else ()
    return DecisionResult(action, rec.state, rec.title, waiting)


def _base_revision(decisions: Any, comments: list[Comment], reviewer_id: str | None,
                   current: int) -> int | None:
    seen = [d.revision for d in decisions if d.reviewer_id == reviewer_id and d.revision < current]
    seen += [c.revision for c in comments
             if c.author_profile_id == reviewer_id and c.revision < current]
    if seen:
        return max(seen)
    return current - 1 if current > 1 else None
