"""What hangs off a draft: comments, images with the people shown, publications."""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import date

from sqlite_utils import Database

from clinic_ambassadors.core.errors import NotFound
from clinic_ambassadors.core.posts import Comment, DraftImage, ImagePerson
from clinic_ambassadors.storage.audit import now_iso


def add_comment(db: Database, draft_id: str, author_profile_id: str | None, author_name: str,
                text: str, quote: str, revision: int) -> Comment:
    c = Comment(str(uuid.uuid4()), draft_id, author_profile_id, author_name, text, quote,
                revision, now_iso())
    db.execute(
        "INSERT INTO draft_comments (id, draft_id, author_profile_id, author_name, text, quote,"
        " revision, at) VALUES (?,?,?,?,?,?,?,?)",
        [c.id, c.draft_id, c.author_profile_id, c.author_name, c.text, c.quote, c.revision, c.at],
    )
    return c


def comments(db: Database, draft_id: str) -> list[Comment]:
    return [
        Comment(r["id"], r["draft_id"], r["author_profile_id"], r["author_name"], r["text"],
                r["quote"], int(r["revision"]), r["at"], bool(r["resolved"]))
        for r in db.query("SELECT * FROM draft_comments WHERE draft_id = ? ORDER BY at", [draft_id])
    ]


def set_comment_resolved(db: Database, comment_id: str, resolved: bool) -> None:
    db.execute("UPDATE draft_comments SET resolved = ? WHERE id = ?", [int(resolved), comment_id])


def add_image(db: Database, draft_id: str, filename: str, mime: str, data: bytes,
              caption: str = "") -> str:
    image_id = str(uuid.uuid4())
    db.execute(
        "INSERT INTO draft_images (id, draft_id, filename, mime, data, caption, added_at)"
        " VALUES (?,?,?,?,?,?,?)",
        [image_id, draft_id, filename, mime, data, caption, now_iso()],
    )
    return image_id


def remove_image(db: Database, image_id: str) -> None:
    db.execute("DELETE FROM draft_images WHERE id = ?", [image_id])


def person_key(person: ImagePerson) -> tuple[str, str]:
    """Who a person on an image is: the roster id, else the name (case and spaces aside)."""
    if person.ambassador_id:
        return "roster", person.ambassador_id
    return "other", " ".join(person.person_name.split()).casefold()


def unique_people(people: tuple[ImagePerson, ...]) -> tuple[ImagePerson, ...]:
    """Each person once, where they were first listed; a later entry for the same person
    replaces the earlier one (it corrects it: e.g. the written consent is on file now).

    Two entries for one person (one without consent, one with) would leave the image
    blocked by an entry nobody can see is stale, and the records contradicting themselves.
    """
    merged: dict[tuple[str, str], ImagePerson] = {}
    for person in people:
        merged[person_key(person)] = person  # keeps the first position, takes the last value
    return tuple(merged.values())


def set_people(db: Database, image_id: str, people: tuple[ImagePerson, ...]) -> None:
    db.execute("DELETE FROM image_people WHERE image_id = ?", [image_id])
    for p in unique_people(people):
        db.execute(
            "INSERT INTO image_people (id, image_id, ambassador_id, person_name, external_consent)"
            " VALUES (?,?,?,?,?)",
            [str(uuid.uuid4()), image_id, p.ambassador_id, p.person_name, int(p.external_consent)],
        )


def images(db: Database, draft_id: str) -> list[DraftImage]:
    people: dict[str, list[ImagePerson]] = defaultdict(list)
    for r in db.query(
        "SELECT p.* FROM image_people p JOIN draft_images i ON i.id = p.image_id"
        " WHERE i.draft_id = ? ORDER BY p.rowid", [draft_id]  # in the order they were listed
    ):
        people[r["image_id"]].append(
            ImagePerson(r["ambassador_id"], r["person_name"], bool(r["external_consent"])))
    return [
        DraftImage(r["id"], r["draft_id"], r["filename"], r["mime"], r["caption"],
                   tuple(people[r["id"]]), int(r["size"]))
        for r in db.query(
            "SELECT id, draft_id, filename, mime, caption, length(data) AS size FROM draft_images"
            " WHERE draft_id = ? ORDER BY added_at", [draft_id])
    ]


def image_data(db: Database, image_id: str) -> bytes:
    row = db.execute("SELECT data FROM draft_images WHERE id = ?", [image_id]).fetchone()
    if row is None:
        raise NotFound(entity="image", id=image_id)
    return bytes(row[0])


def add_publication(db: Database, draft_id: str, network: str, url: str, published_on: date,
                    tracking_link: str) -> str:
    pub_id = str(uuid.uuid4())
    db.execute(
        "INSERT INTO publications (id, draft_id, network, url, published_on, tracking_link,"
        " created_at) VALUES (?,?,?,?,?,?,?)",
        [pub_id, draft_id, network, url, published_on.isoformat(), tracking_link, now_iso()],
    )
    return pub_id
