"""What the draft editor reads in one go, and the images of a draft with the people shown.

One read per refresh keeps the editor consistent (record, workflow, comments and
revisions from the same moment); image changes are audited like every other change.
"""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass
from pathlib import Path

from clinic_ambassadors.core.ambassadors import ConsentKind
from clinic_ambassadors.core.drafts import DraftSnapshot, ReviewPolicy
from clinic_ambassadors.core.errors import NotFound, ValidationError
from clinic_ambassadors.core.posts import Comment, DraftImage, DraftRecord, ImagePerson, Revision, Vacancy
from clinic_ambassadors.core.programme import Role
from clinic_ambassadors.services import drafts
from clinic_ambassadors.services.review_policy import review_policy
from clinic_ambassadors.services.writes import reading, transaction
from clinic_ambassadors.storage import ambassadors as ambassador_store
from clinic_ambassadors.storage import audit
from clinic_ambassadors.storage import draft_extras as extras
from clinic_ambassadors.storage import drafts as draft_store
from clinic_ambassadors.storage import programme as programme_store
from clinic_ambassadors.storage import vacancies as vacancy_store
from clinic_ambassadors.storage.audit import Actor
from clinic_ambassadors.storage.connection import ProgrammeFile

MAX_IMAGE_BYTES = 20 * 1024 * 1024
IMAGE_TYPES = ("image/jpeg", "image/png", "image/gif", "image/webp")


@dataclass(frozen=True)
class PersonShown:
    """One person in an image, with the name to show and whether a photo consent is on file."""

    person: ImagePerson
    name: str
    consent_ok: bool
    problem: str = ""  # "missing" | "withdrawn" when consent_ok is False


@dataclass(frozen=True)
class ImageInfo:
    image: DraftImage
    people: tuple[PersonShown, ...]

    @property
    def blocked(self) -> bool:
        return any(not p.consent_ok for p in self.people)


@dataclass(frozen=True)
class EditorState:
    record: DraftRecord
    snapshot: DraftSnapshot
    policy: ReviewPolicy
    actor_is_manager: bool
    comments: tuple[Comment, ...]
    revisions: tuple[Revision, ...]
    images: tuple[ImageInfo, ...]


@dataclass(frozen=True)
class EditorChoices:
    """Options for the editor's combo boxes."""

    vacancies: tuple[Vacancy, ...]
    topics: tuple[str, ...]
    ambassadors: tuple[tuple[str, str, str | None], ...]  # (id, name, profile id), roster order
    careers_url: str
    #: Ambassadors who may write drafts now (status active).
    active_ids: frozenset[str] = frozenset()


def editor_state(pf: ProgrammeFile, draft_id: str, actor_id: str | None) -> EditorState:
    snap = drafts.snapshot(pf, draft_id)

    def build(db) -> EditorState:  # type: ignore[no-untyped-def]
        manager = any(p.id == actor_id and p.has(Role.MANAGER) for p in programme_store.profiles(db))
        return EditorState(
            record=draft_store.get(db, draft_id), snapshot=snap, policy=review_policy(pf, db),
            actor_is_manager=manager, comments=tuple(extras.comments(db, draft_id)),
            revisions=tuple(draft_store.revisions(db, draft_id)),
            images=tuple(_image_infos(db, draft_id)))

    return reading(pf, build)


def _image_infos(db, draft_id: str) -> list[ImageInfo]:  # type: ignore[no-untyped-def]
    out = []
    for image in extras.images(db, draft_id):
        people = []
        for i, person in enumerate(image.people):
            if person.ambassador_id:
                try:
                    amb = ambassador_store.get(db, person.ambassador_id)
                except NotFound:
                    people.append(PersonShown(person, person.person_name or "?", False, "missing"))
                    continue
                consent = amb.consent(ConsentKind.PHOTO)
                problem = "" if consent is not None and consent.active else (
                    "missing" if consent is None else "withdrawn")
                people.append(PersonShown(person, amb.name, not problem, problem))
            else:
                ok = person.external_consent
                people.append(PersonShown(person, person.person_name or f"#{i + 1}", ok,
                                          "" if ok else "missing"))
        out.append(ImageInfo(image, tuple(people)))
    return out


def choices(pf: ProgrammeFile) -> EditorChoices:
    def build(db) -> EditorChoices:  # type: ignore[no-untyped-def]
        rows = list(db.query("SELECT id, name, profile_id, status FROM ambassadors"
                             " ORDER BY name COLLATE NOCASE"))
        return EditorChoices(tuple(vacancy_store.all_vacancies(db)), tuple(draft_store.topics(db)),
                             tuple((r["id"], r["name"], r["profile_id"]) for r in rows),
                             str(programme_store.get_setting(db, "careers_url", "") or ""),
                             frozenset(r["id"] for r in rows if r["status"] == "active"))

    return reading(pf, build)


def images(pf: ProgrammeFile, draft_id: str) -> list[ImageInfo]:
    return reading(pf, lambda db: _image_infos(db, draft_id))


def image_data(pf: ProgrammeFile, image_id: str) -> bytes:
    return reading(pf, lambda db: extras.image_data(db, image_id))


def add_image(pf: ProgrammeFile, actor: Actor, draft_id: str, path: str | Path,
              caption: str = "") -> str:
    """Copy an image file into the programme file (so it travels with the draft)."""
    path = Path(path)
    mime = mimetypes.guess_type(path.name)[0] or ""
    if mime not in IMAGE_TYPES:
        raise ValidationError([("image", "invalid_type")])
    data = path.read_bytes()
    if len(data) > MAX_IMAGE_BYTES:
        raise ValidationError([("image", "too_large")])
    with transaction(pf) as db:
        rec = draft_store.get(db, draft_id)
        image_id = extras.add_image(db, draft_id, path.name, mime, data, caption)
        audit.record(db, actor, "draft", draft_id, "add_image", rec.title,
                     {"image_id": image_id, "filename": path.name, "bytes": len(data)})
    return image_id


def remove_image(pf: ProgrammeFile, actor: Actor, draft_id: str, image_id: str) -> None:
    with transaction(pf) as db:
        rec = draft_store.get(db, draft_id)
        extras.remove_image(db, image_id)
        db.execute("DELETE FROM image_people WHERE image_id = ?", [image_id])
        audit.record(db, actor, "draft", draft_id, "remove_image", rec.title, {"image_id": image_id})


def set_people(pf: ProgrammeFile, actor: Actor, draft_id: str, image_id: str,
               people: tuple[ImagePerson, ...]) -> None:
    for p in people:
        if not p.ambassador_id and not p.person_name.strip():
            raise ValidationError([("person_name", "required")])
    with transaction(pf) as db:
        rec = draft_store.get(db, draft_id)
        extras.set_people(db, image_id, people)
        audit.record(db, actor, "draft", draft_id, "image_people", rec.title, {
            "image_id": image_id, "people": len(people),
            "roster": [p.ambassador_id for p in people if p.ambassador_id],
            "external_with_consent": sum(1 for p in people if not p.ambassador_id
                                         and p.external_consent)})
