"""Draft use cases: create, save (every save a revision), act on the workflow.

The state machine in ``core.drafts`` decides; this module feeds it the facts of the
current revision (checker blocks, photo consents, checklist gaps) and stores what it
returns, with every event in the audit log, in one transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Any

from clinic_ambassadors.core.ambassadors import AmbassadorStatus, ConsentKind
from clinic_ambassadors.core.checker import Severity
from clinic_ambassadors.core.drafts import (
    Accepted,
    Action,
    ActionContext,
    DraftSnapshot,
    DraftState,
    PhotoConsentProblem,
    Refused,
    apply,
    RevisionFacts,
    review_progress,
)
from clinic_ambassadors.core.errors import DomainError, ValidationError
from clinic_ambassadors.core.posts import DraftFilter, DraftRecord, Revision
from clinic_ambassadors.core.programme import Role
from clinic_ambassadors.core.tracking import slugify, tracking_link
from clinic_ambassadors.services import checking, signing
from clinic_ambassadors.services.review_policy import review_policy
from clinic_ambassadors.services.writes import reading, transaction
from clinic_ambassadors.storage import ambassadors as ambassador_store
from clinic_ambassadors.storage import audit
from clinic_ambassadors.storage import draft_extras as extras
from clinic_ambassadors.storage import drafts as store
from clinic_ambassadors.storage import programme as programme_store
from clinic_ambassadors.storage.audit import Actor
from clinic_ambassadors.storage.connection import ProgrammeFile
from sqlite_utils import Database

ENTITY = "draft"
MAX_TEXT = 100_000
MAX_TITLE = 300


class WorkflowRefused(DomainError):
    """The state machine said no; ``refusal.code`` names why, ``refusal.details`` what."""

    code = "workflow_refused"

    def __init__(self, refusal: Refused, action: Action) -> None:
        self.refusal = refusal
        self.action = action
        super().__init__(code=str(refusal.code), message=str(refusal))
        self.data = dict(refusal.details)
        #: Readable names of what the refusal lists: {"de": [...], "en": [...]}.
        self.names: dict[str, list[str]] = {}
        #: Further problems found at the same time: (code, names), so all are shown at once.
        self.also: list[tuple[str, dict[str, list[str]]]] = []


class AuthorNotActive(DomainError):
    """Drafts are written and submitted only by active ambassadors (after onboarding).

    ``data``: ``name`` and ``status`` of the ambassador.
    """

    code = "author_not_active"
    default = "Only active ambassadors write and submit drafts; finish the onboarding first."


#: Actions that put a draft before a reviewer or the public: only for active authors.
ACTIVE_AUTHOR_ACTIONS = frozenset({Action.SUBMIT, Action.SKIP_REVIEW})


def _require_active(db: Database, actor: Actor, ambassador_id: str,
                    draft_id: str | None = None) -> None:
    amb = ambassador_store.get(db, ambassador_id)
    if amb.status is AmbassadorStatus.ACTIVE:
        return
    raise AuthorNotActive(name=amb.name, status=amb.status.value, ambassador_id=amb.id,
                          draft_id=draft_id)


def _record_inactive(pf: ProgrammeFile, actor: Actor, refused: AuthorNotActive) -> None:
    draft_id = refused.data.get("draft_id")
    with transaction(pf) as db:
        audit.record(db, actor, ENTITY if draft_id else "ambassador",
                     draft_id or refused.data["ambassador_id"], "refused", refused.code,
                     {"status": refused.data["status"]})


#: (db, draft record, snapshot) -> (missing author items, missing reviewer items).
#: The checklist service registers itself here; without it there are no checklist gates.
ChecklistFacts = Callable[[Database, DraftRecord], tuple[tuple[str, ...], tuple[str, ...]]]
CHECKLIST_FACTS: list[ChecklistFacts] = []


def _now() -> datetime:
    return datetime.now(UTC)


# --- reading -------------------------------------------------------------------------
def count(pf: ProgrammeFile, flt: DraftFilter | None = None) -> int:
    return reading(pf, lambda db: store.count(db, flt))


def page(pf: ProgrammeFile, flt: DraftFilter | None = None, offset: int = 0,
         limit: int = 200) -> list[DraftRecord]:
    return reading(pf, lambda db: store.page(db, flt, offset, limit))


def get(pf: ProgrammeFile, draft_id: str) -> DraftRecord:
    return reading(pf, lambda db: store.get(db, draft_id))


def revisions(pf: ProgrammeFile, draft_id: str) -> list[Revision]:
    return reading(pf, lambda db: store.revisions(db, draft_id))


def snapshot(pf: ProgrammeFile, draft_id: str) -> DraftSnapshot:
    """The workflow state with the current revision's facts filled in."""
    return reading(pf, lambda db: _snapshot_with_facts(pf, db, store.get(db, draft_id)))


def _snapshot_with_facts(pf: ProgrammeFile, db: Database, rec: DraftRecord) -> DraftSnapshot:
    return store.load_snapshot(db, rec.id).with_facts(facts_for(pf, db, rec))


def facts_for(pf: ProgrammeFile, db: Database, rec: DraftRecord) -> RevisionFacts:
    findings = checking.check_text(pf, f"{rec.title}\n{rec.text}")
    blocks = tuple(dict.fromkeys(f.rule_id for f in findings if f.severity == Severity.BLOCK))
    author_missing: tuple[str, ...] = ()
    reviewer_missing: tuple[str, ...] = ()
    for source in CHECKLIST_FACTS:
        a, r = source(db, rec)
        author_missing += a
        reviewer_missing += r
    return RevisionFacts(blocks, author_missing, reviewer_missing, photo_problems(db, rec.id))


def photo_problems(db: Database, draft_id: str) -> tuple[PhotoConsentProblem, ...]:
    problems = []
    for image in extras.images(db, draft_id):
        for i, person in enumerate(image.people):
            if person.ambassador_id:
                amb = ambassador_store.get(db, person.ambassador_id)
                consent = amb.consent(ConsentKind.PHOTO)
                if consent is None:
                    problems.append(PhotoConsentProblem(image.id, amb.id, "missing"))
                elif not consent.active:
                    problems.append(PhotoConsentProblem(image.id, amb.id, "withdrawn"))
            elif not person.external_consent:
                problems.append(PhotoConsentProblem(image.id, person.person_name or f"#{i + 1}",
                                                    "missing"))
    return tuple(problems)


# --- writing -------------------------------------------------------------------------
def _validate(title: str, text: str) -> None:
    problems = []
    if not title.strip() and not text.strip():
        problems.append(("title", "required"))
    if len(title) > MAX_TITLE:
        problems.append(("title", "too_long"))
    if len(text) > MAX_TEXT:
        problems.append(("text", "too_long"))
    if problems:
        raise ValidationError(problems)


def create(pf: ProgrammeFile, actor: Actor, ambassador_id: str, title: str, text: str = "",
           *, topic: str = "", channels: tuple[str, ...] = (), vacancy_id: str | None = None,
           planned_date: date | None = None, as_idea: bool = False) -> DraftRecord:
    _validate(title, text)
    try:
        reading(pf, lambda db: _require_active(db, actor, ambassador_id))
    except AuthorNotActive as refused:
        _record_inactive(pf, actor, refused)
        raise
    with transaction(pf) as db:
        amb = ambassador_store.get(db, ambassador_id)
        rec = DraftRecord(
            id=str(uuid.uuid4()), ambassador_id=amb.id,
            author_profile_id=amb.profile_id or actor.id or "unknown",
            title=title.strip(), text=text, topic=topic.strip(), channels=tuple(channels),
            vacancy_id=vacancy_id, planned_date=planned_date,
            state=DraftState.IDEA if as_idea else DraftState.DRAFT,
        )
        store.insert(db, rec, actor.id)
        audit.record(db, actor, ENTITY, rec.id, "create", rec.title,
                     {"state": rec.state.value, "revision": 1, "ambassador": amb.name})
        return store.get(db, rec.id)


def save(pf: ProgrammeFile, actor: Actor, draft_id: str, *, title: str, text: str,
         topic: str = "", channels: tuple[str, ...] = (), vacancy_id: str | None = None,
         planned_date: date | None = None, note: str = "") -> DraftRecord:
    """Store the editor's content; a changed title or text becomes a new revision."""
    _validate(title, text)
    try:
        return _save(pf, actor, draft_id, title, text, topic, channels, vacancy_id, planned_date,
                     note)
    except WorkflowRefused as refused:
        _record_refusal(pf, actor, draft_id, refused)
        raise


def _save(pf: ProgrammeFile, actor: Actor, draft_id: str, title: str, text: str, topic: str,
          channels: tuple[str, ...], vacancy_id: str | None, planned_date: date | None,
          note: str) -> DraftRecord:
    with transaction(pf) as db:
        rec = store.get(db, draft_id)
        new = replace(rec, title=title.strip(), text=text, topic=topic.strip(),
                      channels=tuple(channels), vacancy_id=vacancy_id)
        if (new.title, new.text) != (rec.title, rec.text):
            snap = _snapshot_with_facts(pf, db, rec)
            facts = facts_for(pf, db, new)
            outcome = _apply(pf, db, snap, Action.EDIT, actor,
                             new_revision=rec.current_revision + 1, facts=facts)
            store.update_content(db, new)
            store.add_revision(db, draft_id, outcome.draft.current_revision, new.title, new.text,
                               actor.id, note)
            _store_outcome(db, actor, outcome, new.title)
        elif new != rec:
            store.update_content(db, new)
            audit.record(db, actor, ENTITY, draft_id, "update", new.title,
                         {"fields": ["topic", "channels", "vacancy"]})
        if planned_date != rec.planned_date and rec.state in (
                DraftState.IDEA, DraftState.DRAFT, DraftState.CHANGES_REQUESTED,
                DraftState.IN_REVIEW, DraftState.APPROVED):
            store.set_planned_date(db, draft_id, planned_date)
        return store.get(db, draft_id)


def restore_revision(pf: ProgrammeFile, actor: Actor, draft_id: str, number: int) -> DraftRecord:
    """An older revision comes back as a new one; nothing is overwritten."""
    rev = reading(pf, lambda db: store.revision(db, draft_id, number))
    rec = get(pf, draft_id)
    return save(pf, actor, draft_id, title=rev.title, text=rev.text, topic=rec.topic,
                channels=rec.channels, vacancy_id=rec.vacancy_id, planned_date=rec.planned_date,
                note=f"restored:{number}")


def _is_manager(db: Database, actor: Actor) -> bool:
    return any(p.id == actor.id and p.has(Role.MANAGER) for p in programme_store.profiles(db))


def _apply(pf: ProgrammeFile, db: Database, snap: DraftSnapshot, action: Action, actor: Actor,
           **ctx: Any) -> Accepted:
    context = ActionContext(actor_id=actor.id or "", at=_now(), policy=review_policy(pf, db),
                            actor_is_manager=_is_manager(db, actor), **ctx)
    outcome = apply(snap, action, context)
    if isinstance(outcome, Refused):
        raise WorkflowRefused(outcome, action)
    return outcome


def _store_outcome(db: Database, actor: Actor, outcome: Accepted, title: str) -> None:
    store.save_snapshot(db, outcome.draft)
    _sign_new_decisions(db, actor, outcome.draft.id)
    for event in outcome.events:
        audit.record(db, actor, ENTITY, event.draft_id, event.action.value, title, {
            "summary": event.summary.value, "from": event.from_state.value,
            "to": event.to_state.value, "revision": event.revision,
            **{k: _plain(v) for k, v in event.data.items()},
        })


def _sign_new_decisions(db: Database, actor: Actor, draft_id: str) -> None:
    """Sign the actor's fresh decisions with this PC's key, where a secure key store exists."""
    rows = list(db.query("SELECT * FROM review_decisions WHERE draft_id = ? AND reviewer_id = ?"
                         " AND signature IS NULL", [draft_id, actor.id]))
    if not rows or actor.id is None:
        return
    prog = programme_store.get(db)
    key = signing.private_key(db, prog.id, actor.id) if prog else None
    if key is None:
        return
    for row in rows:
        db.execute("UPDATE review_decisions SET signature = ? WHERE id = ?",
                   [signing.sign(key, row), row["id"]])


def act(pf: ProgrammeFile, actor: Actor, draft_id: str, action: Action, **ctx: Any) -> DraftRecord:
    """Apply a workflow action; raises ``WorkflowRefused`` with the machine's code.

    A refusal is audited too (its own short transaction), so gate refusals are on record.
    """
    tracking = str(ctx.pop("tracking", "") or "")
    if action in ACTIVE_AUTHOR_ACTIONS:
        try:
            reading(pf, lambda db: _require_active(db, actor, store.get(db, draft_id).ambassador_id,
                                                   draft_id))
        except AuthorNotActive as refused:
            _record_inactive(pf, actor, refused)
            raise
    try:
        with transaction(pf) as db:
            rec = store.get(db, draft_id)
            snap = _snapshot_with_facts(pf, db, rec)
            outcome = _apply(pf, db, snap, action, actor, **ctx)
            _store_outcome(db, actor, outcome, rec.title)
            if action is Action.PUBLISH and outcome.draft.publication is not None:
                pub = outcome.draft.publication
                extras.add_publication(db, draft_id, pub.network, pub.url, pub.published_on,
                                       tracking)
            return store.get(db, draft_id)
    except WorkflowRefused as refused:
        _record_refusal(pf, actor, draft_id, refused)
        raise


def would_refuse(pf: ProgrammeFile, actor: Actor, draft_id: str, action: Action,
                 **ctx: Any) -> WorkflowRefused | None:
    """What ``act`` would say now, with names filled in; stores nothing, audits nothing.

    A refusal on screen asks this again after each fix (a ticked item, a recorded
    consent), so it shrinks to what is still in the way and goes once nothing is.
    """
    ctx.pop("tracking", None)

    def build(db: Database) -> WorkflowRefused | None:
        rec = store.get(db, draft_id)
        try:
            _apply(pf, db, _snapshot_with_facts(pf, db, rec), action, actor, **ctx)
        except WorkflowRefused as refused:
            refused.names = _names(pf, db, draft_id, refused.data)
            refused.also = [(str(extra.get("code", "")), _names(pf, db, draft_id, extra))
                            for extra in refused.data.get("also", [])]
            return refused
        return None

    return reading(pf, build)


def _plain(value: Any) -> Any:
    return sorted(value) if isinstance(value, (frozenset, set)) else (
        list(value) if isinstance(value, tuple) else value)


def _names(pf: ProgrammeFile, db: Database, draft_id: str,
           details: dict[str, Any]) -> dict[str, list[str]]:
    """Rule titles and checklist item texts for the ids a refusal names, in both languages."""
    names: dict[str, list[str]] = {"de": [], "en": []}
    rule_ids = details.get("rule_ids") or []
    if rule_ids:
        rules = {r.id: r for r in list(checking.shipped_rules()) + checking.clinic_rules(pf)}
        for lang in names:
            names[lang] += [rules[i].text("title", lang) if i in rules else i for i in rule_ids]
    items = details.get("items") or []
    if items:
        from clinic_ambassadors.core.checklists import Kind
        from clinic_ambassadors.services import checklists

        inst = checklists.latest_instance(db, Kind.PRE_PUBLICATION, draft_id)
        template = (checklists.load_view(db, inst).template if inst is not None
                    else checklists.active_template(db, Kind.PRE_PUBLICATION))
        for text in checklists.item_texts(template, items):
            for lang in names:
                names[lang].append(text(lang))
    for problem in details.get("problems") or []:  # photo consent: name the person
        person = str(problem.get("person_id", ""))
        row = db.execute("SELECT name FROM ambassadors WHERE id = ?", [person]).fetchone()
        for lang in names:
            names[lang].append(row[0] if row else person)
    return names if any(names.values()) else {}


def _record_refusal(pf: ProgrammeFile, actor: Actor, draft_id: str,
                    refused: WorkflowRefused) -> None:
    """Gate refusals are on record too, in their own transaction (the action's rolled back)."""
    try:
        refused.names = reading(pf, lambda db: _names(pf, db, draft_id, refused.data))
        refused.also = [
            (str(extra.get("code", "")),
             reading(pf, lambda db, e=extra: _names(pf, db, draft_id, e)))
            for extra in refused.data.get("also", [])
        ]
    except DomainError:
        refused.names = {}
    with transaction(pf) as db:
        audit.record(db, actor, ENTITY, draft_id, "refused", refused.code,
                     {"action": refused.action.value, "code": refused.code,
                      "details": {k: _plain(v) for k, v in refused.refusal.details.items()}})


def add_comment(pf: ProgrammeFile, actor: Actor, draft_id: str, text: str, quote: str = "") -> None:
    if not text.strip():
        raise ValidationError([("comment", "required")])
    with transaction(pf) as db:
        rec = store.get(db, draft_id)
        c = extras.add_comment(db, draft_id, actor.id, actor.name, text.strip(), quote[:2000],
                               rec.current_revision)
        audit.record(db, actor, ENTITY, draft_id, "comment", rec.title,
                     {"comment_id": c.id, "revision": rec.current_revision, "quoted": bool(quote)})


def comments(pf: ProgrammeFile, draft_id: str) -> list:
    return reading(pf, lambda db: extras.comments(db, draft_id))


def tracking_link_for(pf: ProgrammeFile, draft_id: str, base_url: str, network: str) -> str:
    def build(db: Database) -> str:
        rec = store.get(db, draft_id)
        vacancy_slug = None
        if rec.vacancy_id:
            from clinic_ambassadors.storage import vacancies

            vacancy_slug = slugify(vacancies.get(db, rec.vacancy_id).title) or None
        return tracking_link(base_url, ambassador_slug=slugify(rec.author_name) or "ambassador",
                             draft_id=rec.id, vacancy_slug=vacancy_slug, network=network)

    return reading(pf, build)


@dataclass(frozen=True)
class QueueItem:
    draft: DraftRecord
    waiting_for: frozenset[str]
    step: int | None
    submitted_at: str


def review_queue(pf: ProgrammeFile, reviewer_id: str | None = None) -> list[QueueItem]:
    """Drafts in review, oldest first; with ``reviewer_id`` only those waiting for them."""
    def build(db: Database) -> list[QueueItem]:
        policy = review_policy(pf, db)
        items = []
        for rec in store.page(db, DraftFilter(states=frozenset({DraftState.IN_REVIEW})), 0, 10_000):
            snap = store.load_snapshot(db, rec.id)
            progress = review_progress(policy, snap.decisions, snap.current_revision, snap.author_id)
            if reviewer_id is not None and reviewer_id not in progress.waiting_for:
                continue
            row = db.execute(
                "SELECT max(at) FROM audit_log WHERE entity = 'draft' AND entity_id = ?"
                " AND action IN ('submit', 'edit')", [rec.id]).fetchone()
            items.append(QueueItem(rec, progress.waiting_for, progress.current_step,
                                   row[0] or rec.updated_at))
        return sorted(items, key=lambda i: i.submitted_at)

    return reading(pf, build)
