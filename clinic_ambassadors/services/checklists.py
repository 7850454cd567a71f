"""Checklist use cases: which template version applies, instances, ticks, draft gates.

Shipped templates live in resources/checklists; the clinic's edits live in the file
(``checklist_templates``, source ``edited``). The newest edit of a kind is the one new
instances use; an instance keeps its exact (id, version), whose TOML is stored in the
file the first time an instance uses it, so later edits never change old ticks.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from clinic_ambassadors.core.ambassadors import ConsentKind
from clinic_ambassadors.core.checklists import (
    ChecklistError,
    ChecklistEvent,
    Contradiction,
    Fact,
    Item,
    ItemState,
    Kind,
    LocalText,
    Part,
    Problem,
    RecordedProblem,
    Role,
    Template,
    TemplateError,
    contradictions,
    default_folder,
    missing_required,
    next_open,
    parse_template,
    progress,
    refuse_if_contradicted,
    state,
    template_to_toml,
    tick,
    untick,
)
from clinic_ambassadors.core.checklists.facts import Subject
from clinic_ambassadors.core.errors import DomainError, NotFound
from clinic_ambassadors.core.posts import DraftRecord
from clinic_ambassadors.services.writes import reading, transaction
from clinic_ambassadors.storage import ambassadors as ambassador_store
from clinic_ambassadors.storage import audit
from clinic_ambassadors.storage import checklists as store
from clinic_ambassadors.storage import draft_extras
from clinic_ambassadors.storage import programme as programme_store
from clinic_ambassadors.storage.audit import Actor
from clinic_ambassadors.storage.checklists import InstanceRecord
from clinic_ambassadors.storage.connection import ProgrammeFile

ENTITY = "checklist"
TEMPLATE_ENTITY = "checklist_template"


class ChecklistRefused(DomainError):
    """A tick or untick was refused (role, already ticked ...); ``code`` is the engine's."""

    code = "checklist_refused"
    default = "The checklist change was refused."


class TemplateInvalid(DomainError):
    """An edited template does not parse or validate; ``error`` says where (file/line)."""

    code = "template_invalid"
    default = "The checklist template is not valid."

    def __init__(self, error: TemplateError) -> None:
        self.error = error
        super().__init__(message=str(error), problem=error.code.value, line=error.line,
                         field=error.field, source=error.source)


class TemplateUnchanged(DomainError):
    code = "template_unchanged"
    default = "The template has no changes; nothing was saved."


class TemplateKindChanged(DomainError):
    code = "template_kind_changed"
    default = "A template cannot change its kind; copy it under a new id instead."


@dataclass(frozen=True)
class TemplateVersion:
    template: Template
    source: str  # "shipped" or "edited"
    created_at: str = ""
    created_by: str | None = None
    active: bool = False


@dataclass(frozen=True)
class ChecklistView:
    """One instance with its exact template and events: everything a panel shows."""

    record: InstanceRecord
    template: Template
    events: tuple[ChecklistEvent, ...]
    #: Where the file's own records say otherwise than an item claims (ticked or not).
    contradictions: tuple[Contradiction, ...] = ()

    @property
    def id(self) -> str:
        return self.record.id

    def contradicted(self, item_id: str) -> tuple[Contradiction, ...]:
        return tuple(c for c in self.contradictions if c.item_id == item_id)

    def states(self) -> dict[str, ItemState]:
        return state(self.template, self.events)

    def missing(self, part: Part | str | None = None) -> list[Item]:
        return missing_required(self.template, self.events, part)

    def progress(self, part: Part | str | None = None) -> tuple[int, int]:
        return progress(self.template, self.events, part=part)

    def next_open(self) -> Item | None:
        return next_open(self.template, self.events)

    def started_at(self) -> datetime:
        return datetime.fromisoformat(self.record.started_at)


# --- shipped templates -----------------------------------------------------------------
@lru_cache(maxsize=4)
def _shipped(folder: str) -> dict[str, tuple[Template, str]]:
    """Latest valid shipped version per id with its file text; bad files are skipped here
    (the Checklists tab shows load errors from ``core.checklists.load_templates``)."""
    result: dict[str, tuple[Template, str]] = {}
    for path in sorted(Path(folder).glob("*.toml")):
        try:
            text = path.read_text(encoding="utf-8")
            template = parse_template(text, path.name)
        except (OSError, UnicodeDecodeError, TemplateError):
            continue
        current = result.get(template.id)
        if current is None or template.version > current[0].version:
            result[template.id] = (template, text)
    return result


def shipped() -> dict[str, tuple[Template, str]]:
    return _shipped(str(default_folder()))


def _parse_stored(row: store.StoredTemplate) -> Template:
    return parse_template(row.toml, f"{row.id}@{row.version}")


# --- which template applies ------------------------------------------------------------
def active_template(db: Database, kind: Kind | str) -> Template:
    """The newest edited template of ``kind``, else the shipped one."""
    kind = Kind(kind)
    edited = [r for r in store.stored_templates(db) if r.kind == kind.value and r.source == "edited"]
    if edited:
        newest = max(edited, key=lambda r: (r.created_at, r.version))
        return _parse_stored(newest)
    candidates = [t for t, _ in shipped().values() if t.kind is kind]
    if not candidates:
        raise NotFound(message=f"No checklist template of kind {kind.value}.")
    best = max(candidates, key=lambda t: t.version)
    row = store.stored_template(db, best.id, best.version)
    return _parse_stored(row) if row is not None else best


def template_for(db: Database, template_id: str, version: int) -> Template:
    row = store.stored_template(db, template_id, version)
    if row is not None:
        return _parse_stored(row)
    found = shipped().get(template_id)
    if found is not None and found[0].version == version:
        return found[0]
    raise NotFound(message=f"Checklist template {template_id}@{version} is missing.")


def ensure_stored(db: Database, template: Template) -> None:
    """Keep the exact text of a shipped version in the file once an instance uses it."""
    if store.stored_template(db, template.id, template.version) is not None:
        return
    found = shipped().get(template.id)
    text = found[1] if found is not None and found[0] == template else template_to_toml(template)
    store.insert_template(db, template, text, "shipped", None)


def template_versions(pf: ProgrammeFile) -> list[TemplateVersion]:
    """Every version the programme knows: stored ones plus shipped ones not yet stored."""
    def build(db: Database) -> list[TemplateVersion]:
        active = {kind: active_template(db, kind).key for kind in Kind}
        out: list[TemplateVersion] = []
        seen: set[tuple[str, int]] = set()
        for row in store.stored_templates(db):
            template = _parse_stored(row)
            seen.add(template.key)
            out.append(TemplateVersion(template, row.source, row.created_at, row.created_by,
                                       active.get(template.kind) == template.key))
        for template, _ in shipped().values():
            if template.key not in seen:
                out.append(TemplateVersion(template, "shipped", "", None,
                                           active.get(template.kind) == template.key))
        order = list(Kind)
        return sorted(out, key=lambda v: (order.index(v.template.kind), v.template.id,
                                          -v.template.version))

    return reading(pf, build)


def template_text(pf: ProgrammeFile, template_id: str, version: int) -> str:
    """The TOML to start an edit from: stored text, or the shipped file with its comments."""
    def build(db: Database) -> str:
        row = store.stored_template(db, template_id, version)
        if row is not None:
            return row.toml
        found = shipped().get(template_id)
        if found is not None and found[0].version == version:
            return found[1]
        raise NotFound()

    return reading(pf, build)


_VERSION_LINE = re.compile(r"^(\s*version\s*=\s*)(\d+)", re.MULTILINE)


def validate_template_text(text: str, source_name: str = "template.toml") -> Template:
    """Parse and validate edited TOML; raises TemplateInvalid with file and line."""
    try:
        return parse_template(text, source_name)
    except TemplateError as exc:
        raise TemplateInvalid(exc) from None


def save_edited_template(pf: ProgrammeFile, actor: Actor, text: str,
                         source_name: str = "template.toml") -> Template:
    """Store an edit as the next version of its id (source ``edited``); audited.

    The version in the text is replaced by the next free one, so two edits never
    collide and running instances keep pointing at theirs.
    """
    parsed = validate_template_text(text, source_name)
    with transaction(pf) as db:
        known = [_parse_stored(r) for r in store.stored_templates(db) if r.id == parsed.id]
        shipped_one = shipped().get(parsed.id)
        if shipped_one is not None:
            known.append(shipped_one[0])
        if any(t.kind is not parsed.kind for t in known):
            raise TemplateKindChanged(template_id=parsed.id)
        current = active_template(db, parsed.kind)
        if dataclasses.replace(parsed, version=current.version) == current:
            raise TemplateUnchanged(template_id=parsed.id)
        version = max([t.version for t in known] + [0]) + 1
        template = dataclasses.replace(parsed, version=version)
        stored_text = _VERSION_LINE.sub(lambda m: f"{m.group(1)}{version}", text, count=1)
        try:
            if parse_template(stored_text, source_name) != template:
                stored_text = template_to_toml(template)
        except TemplateError:
            stored_text = template_to_toml(template)
        store.insert_template(db, template, stored_text, "edited", actor.id)
        audit.record(db, actor, TEMPLATE_ENTITY, template.id, "edit",
                     f"{template.id}@{template.version}",
                     {"kind": template.kind.value, "version": template.version,
                      "based_on": f"{current.id}@{current.version}",
                      "items": len(template.items)})
    return template


# --- instances ------------------------------------------------------------------------
def _now() -> datetime:
    return datetime.now(UTC)


def start_instance(db: Database, actor: Actor, kind: Kind | str, entity_id: str | None,
                   started_at: str | None = None) -> InstanceRecord:
    """A new run of the active template of ``kind``; call inside a transaction."""
    template = active_template(db, kind)
    ensure_stored(db, template)
    rec = store.insert_instance(db, template, entity_id, started_at)
    audit.record(db, actor, ENTITY, rec.id, "start", f"{template.id}@{template.version}",
                 {"attached_kind": rec.attached_kind, "entity_id": entity_id,
                  "kind": template.kind.value})
    return rec


def latest_instance(db: Database, kind: Kind | str, entity_id: str | None) -> InstanceRecord | None:
    kind = Kind(kind)
    attached = active_template(db, kind).attaches_to.value
    found = store.instances_for(db, attached, entity_id, kind.value)
    return found[0] if found else None


def load_view(db: Database, rec: InstanceRecord) -> ChecklistView:
    template = template_for(db, rec.template_id, rec.template_version)
    return ChecklistView(rec, template, tuple(store.events(db, rec.id)),
                         contradictions(template, recorded_problems(db, rec)))


# --- what the file's own records say ----------------------------------------------------
def recorded_problems(db: Database, rec: InstanceRecord) -> tuple[RecordedProblem, ...]:
    """Facts the file records against what items of this instance claim (see core facts)."""
    if rec.attached_kind == "draft" and rec.entity_id:
        return draft_photo_problems(db, rec.entity_id)
    if rec.attached_kind == "ambassador" and rec.entity_id:
        return own_consent_problems(db, rec.entity_id)
    return ()


#: The ambassador's own consents and the fact each onboarding item claims about them.
CONSENT_FACTS = {ConsentKind.PARTICIPATION: Fact.PARTICIPATION_CONSENT,
                 ConsentKind.PHOTO: Fact.OWN_PHOTO_CONSENT}


def own_consent_problems(db: Database, ambassador_id: str) -> tuple[RecordedProblem, ...]:
    """Consents the onboarding items claim but the roster record does not hold (or withdrew)."""
    try:
        amb = ambassador_store.get(db, ambassador_id)
    except NotFound:
        return ()
    out = []
    for kind, fact in CONSENT_FACTS.items():
        consent = amb.consent(kind)
        if consent is None:
            out.append(RecordedProblem(fact, Problem.MISSING, amb.name))
        elif not consent.active:
            out.append(RecordedProblem(fact, Problem.WITHDRAWN, amb.name))
    return tuple(out)


def draft_photo_problems(db: Database, draft_id: str) -> tuple[RecordedProblem, ...]:
    """People shown on the draft's images without a valid photo consent, by name and image.

    The same facts as ``services.drafts.photo_problems`` (which gates the workflow), with
    the names people read and whether each is on the roster (that decides where the
    consent is recorded: the Ambassadors page, or the person's entry on the image).
    """
    out: list[RecordedProblem] = []
    for image in draft_extras.images(db, draft_id):
        for index, person in enumerate(image.people):
            name = person.person_name or f"#{index + 1}"
            if person.ambassador_id:
                try:
                    amb = ambassador_store.get(db, person.ambassador_id)
                except NotFound:  # not on the roster (any more): only taking them off helps
                    out.append(RecordedProblem(Fact.PHOTO_CONSENT, Problem.MISSING, name,
                                               image.filename, Subject.OTHER))
                    continue
                consent = amb.consent(ConsentKind.PHOTO)
                if consent is None:
                    out.append(RecordedProblem(Fact.PHOTO_CONSENT, Problem.MISSING, amb.name,
                                               image.filename, Subject.ROSTER))
                elif not consent.active:
                    out.append(RecordedProblem(Fact.PHOTO_CONSENT, Problem.WITHDRAWN, amb.name,
                                               image.filename, Subject.ROSTER))
            elif not person.external_consent:
                out.append(RecordedProblem(Fact.PHOTO_CONSENT, Problem.MISSING, name,
                                           image.filename, Subject.OTHER))
    return tuple(out)


def view(pf: ProgrammeFile, instance_id: str) -> ChecklistView:
    def build(db: Database) -> ChecklistView:
        rec = store.get_instance(db, instance_id)
        if rec is None:
            raise NotFound()
        return load_view(db, rec)

    return reading(pf, build)


def view_for(pf: ProgrammeFile, actor: Actor, kind: Kind | str, entity_id: str | None,
             create: bool = True) -> ChecklistView | None:
    """The entity's latest instance of ``kind``; started (and audited) when missing."""
    rec = reading(pf, lambda db: latest_instance(db, kind, entity_id))
    if rec is None:
        if not create:
            return None
        with transaction(pf) as db:
            rec = latest_instance(db, kind, entity_id) or start_instance(db, actor, kind, entity_id)
    return view(pf, rec.id)


def programme_id(db: Database) -> str | None:
    prog = programme_store.get(db)
    return prog.id if prog else None


def road_map(pf: ProgrammeFile, actor: Actor) -> ChecklistView:
    """The programme-setup road map (started on first look)."""
    pid = reading(pf, programme_id)
    result = view_for(pf, actor, Kind.PROGRAMME_SETUP, pid)
    assert result is not None
    return result


# --- ticking --------------------------------------------------------------------------
def _roles(db: Database, actor: Actor, roles: Any, rec: InstanceRecord) -> set[Role]:
    """The roles the actor may tick with: those asked for that their stored profile has
    (a caller cannot claim more), plus ``author`` on their own draft's checklist."""
    out: set[Role] = set()
    for role in roles or ():
        try:
            out.add(Role(getattr(role, "value", role)))
        except ValueError:
            continue
    profile = next((p for p in programme_store.profiles(db) if p.id == actor.id), None)
    if profile is not None:
        out &= {Role(r.value) for r in profile.roles}
    if rec.attached_kind == "draft" and rec.entity_id:
        row = db.execute("SELECT author_profile_id FROM drafts WHERE id = ?",
                         [rec.entity_id]).fetchone()
        if row and actor.id and row[0] == actor.id:
            out.add(Role.AUTHOR)
    return out


def set_item(pf: ProgrammeFile, actor: Actor, roles: Any, instance_id: str, item_id: str,
             ticked: bool, note: str = "") -> ChecklistView:
    """Tick (or untick) one item; every change and every refusal is in the audit log.

    A tick that the file's own records contradict (e.g. "everyone shown consented" while
    an image shows someone without a photo consent on file) is refused, not confirmed
    with a note. A practice manager expects the file to be the evidence the practice can
    show (§ 22 KUG, Art. 7(1) GDPR: the controller must be able to prove consent); a tick
    against it would be a statement nobody can back up. The same facts stop Submit and
    Approve anyway, so a confirmed tick would unblock nothing and only leave two records
    that disagree. The fix is quick and says where: record the consent on the roster, or
    correct who is shown in the image; then the tick goes through. Unticking is always
    allowed, and an item ticked before the records changed keeps its tick and shows the
    contradiction next to it.
    """
    action = "tick" if ticked else "untick"
    try:
        with transaction(pf) as db:
            rec = store.get_instance(db, instance_id)
            if rec is None:
                raise NotFound()
            if rec.attached_kind == "incident" and db.execute(
                    "SELECT closed_at FROM incidents WHERE id = ?", [rec.entity_id]).fetchone()[0]:
                raise ChecklistRefused(code="incident_closed", item=item_id)
            current = load_view(db, rec)
            if ticked:
                refuse_if_contradicted(item_id, current.contradictions)
            change = tick if ticked else untick
            event = change(current.template, current.events, item_id, actor.id or "",
                           sorted(_roles(db, actor, roles, rec)), _now(), note.strip())
            store.add_event(db, rec.id, event)
            audit.record(db, actor, ENTITY, rec.id, action, item_id,
                         {"template": f"{rec.template_id}@{rec.template_version}",
                          "attached_kind": rec.attached_kind, "entity_id": rec.entity_id,
                          "item": item_id, "role": event.actor_role.value, "note": event.note})
            return load_view(db, rec)
    except ChecklistError as exc:
        with transaction(pf) as db:
            audit.record(db, actor, ENTITY, instance_id, f"{action}_refused", exc.code.value,
                         {"item": item_id, **{k: v for k, v in exc.data.items()}})
        raise ChecklistRefused(code=exc.code.value, message=str(exc), **exc.data) from exc


def tick_from_record(db: Database, actor: Actor, rec: InstanceRecord, item_id: str,
                     note: str) -> bool:
    """Tick an item because the file now records its fact (inside the caller's transaction).

    The person who recorded the fact ticks it in the item's own role: they entered the
    evidence, so asking them to tick the same thing again would record it twice. Returns
    False when the template has no such item or it is ticked already.
    """
    current = load_view(db, rec)
    if not current.template.has_item(item_id) or current.states()[item_id].ticked:
        return False
    item = current.template.item(item_id)
    event = tick(current.template, current.events, item_id, actor.id or "", [item.role],
                 _now(), note)
    store.add_event(db, rec.id, event)
    audit.record(db, actor, ENTITY, rec.id, "tick", item_id,
                 {"template": f"{rec.template_id}@{rec.template_version}",
                  "attached_kind": rec.attached_kind, "entity_id": rec.entity_id,
                  "item": item_id, "role": event.actor_role.value, "note": event.note,
                  "from_record": True})
    return True


def tick_item(pf: ProgrammeFile, actor: Actor, roles: Any, instance_id: str, item_id: str,
              note: str = "") -> ChecklistView:
    return set_item(pf, actor, roles, instance_id, item_id, True, note)


def untick_item(pf: ProgrammeFile, actor: Actor, roles: Any, instance_id: str, item_id: str,
                note: str = "") -> ChecklistView:
    return set_item(pf, actor, roles, instance_id, item_id, False, note)


def item_texts(template: Template, item_ids: Any) -> list[LocalText]:
    """The bilingual texts of ``item_ids`` (unknown ids come back as themselves)."""
    out = []
    for item_id in item_ids:
        out.append(template.item(item_id).text if template.has_item(item_id)
                   else LocalText(item_id, item_id))
    return out


# --- draft gates ----------------------------------------------------------------------
def draft_view(pf: ProgrammeFile, actor: Actor, draft_id: str) -> ChecklistView:
    """The draft's pre-publication checklist (started on first look)."""
    result = view_for(pf, actor, Kind.PRE_PUBLICATION, draft_id)
    assert result is not None
    return result


def draft_checklist_facts(db: Database, rec: DraftRecord) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """For services.drafts.CHECKLIST_FACTS: required items still open, author and reviewer part.

    A draft whose checklist was never opened counts against the active template.
    """
    inst = latest_instance(db, Kind.PRE_PUBLICATION, rec.id)
    if inst is None:
        template, events = active_template(db, Kind.PRE_PUBLICATION), ()
    else:
        current = load_view(db, inst)
        template, events = current.template, current.events
    author = tuple(i.id for i in missing_required(template, events, Part.AUTHOR))
    reviewer = tuple(i.id for i in missing_required(template, events, Part.REVIEWER))
    return author, reviewer


def install_draft_gates() -> None:
    """Register the pre-publication gate with the draft workflow (idempotent)."""
    from clinic_ambassadors.services import drafts

    if draft_checklist_facts not in drafts.CHECKLIST_FACTS:
        drafts.CHECKLIST_FACTS.append(draft_checklist_facts)


def uninstall_draft_gates() -> None:
    from clinic_ambassadors.services import drafts

    while draft_checklist_facts in drafts.CHECKLIST_FACTS:
        drafts.CHECKLIST_FACTS.remove(draft_checklist_facts)


def tick_all_required(pf: ProgrammeFile, actor: Actor, roles: Any, instance_id: str,
                      part: Part | str | None = None, note: str = "") -> ChecklistView:
    """Tick every open required item the actor may tick (demo data and tests)."""
    current = view(pf, instance_id)
    for item in current.missing(part):
        current = tick_item(pf, actor, roles, instance_id, item.id, note)
    return current
