"""Checklist items against the file's own records, and refusals asked again after a fix."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_ambassadors.core.ambassadors import Ambassador, Consent, ConsentKind
from clinic_ambassadors.core.checklists import Part, Problem
from clinic_ambassadors.core.drafts import Action, DraftState
from clinic_ambassadors.core.posts import ImagePerson
from clinic_ambassadors.core.programme import Role
from clinic_ambassadors.services import ambassadors as ambassador_service
from clinic_ambassadors.services import checklists, draft_editor, drafts
from clinic_ambassadors.services import programme as programme_service
from clinic_ambassadors.storage import audit
from clinic_ambassadors.storage.audit import Actor
from clinic_ambassadors.storage.connection import open_programme
from tests import helpers

CLEAN = "Ich arbeite als MFA in der Praxis am Markt. Heute war unser Teamfrühstück – schön war's!"
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cfc0f01f0005000201"
    "e2ab5f0a0000000049454e44ae426082")
PHOTO = Consent(ConsentKind.PHOTO, "2025-1", date(2025, 1, 1))


@pytest.fixture
def world(tmp_path):
    pf = open_programme(tmp_path / "p.sqlite")
    _, manager = programme_service.set_up(pf, "Praxis am Markt", "Mona Manager",
                                          frozenset({Role.MANAGER}))
    m = Actor(manager.id, manager.name)
    author_p = programme_service.add_profile(pf, m, "Alex Autor", frozenset({Role.AMBASSADOR}))
    rev = programme_service.add_profile(pf, m, "Dr. Rita Review", frozenset({Role.REVIEWER}))
    helpers.active(pf, m, Ambassador(id="amb-1", name="Alex Autor",
                                              profile_id=author_p.id, consents=(PHOTO,)))
    ambassador_service.save(pf, m, Ambassador(id="amb-2", name="Kim Kollegin"))
    image = tmp_path / "team.png"
    image.write_bytes(PNG)
    yield {"pf": pf, "m": m, "author": Actor(author_p.id, author_p.name),
           "reviewer": Actor(rev.id, rev.name), "image": image}
    pf.close()


@pytest.fixture
def gates():
    checklists.install_draft_gates()
    yield
    checklists.uninstall_draft_gates()


def _draft_with_image(world, *people: ImagePerson) -> str:
    pf, author = world["pf"], world["author"]
    rec = drafts.create(pf, author, "amb-1", "Teamfoto", CLEAN)
    image_id = draft_editor.add_image(pf, author, rec.id, world["image"])
    draft_editor.set_people(pf, author, rec.id, image_id, tuple(people))
    return rec.id


def _checklist_events(pf, instance_id: str) -> list[audit.AuditEvent]:
    return list(reversed(audit.events_for(pf.db, "checklist", instance_id)))


def test_tick_against_the_records_is_refused_until_the_consent_is_on_file(world):
    pf, author, reviewer, m = world["pf"], world["author"], world["reviewer"], world["m"]
    draft_id = _draft_with_image(world, ImagePerson(ambassador_id="amb-2"))
    view = checklists.draft_view(pf, author, draft_id)
    said = view.contradicted("people_consented")
    assert [(c.record.subject, c.record.problem, c.record.where) for c in said] == [
        ("Kim Kollegin", Problem.MISSING, "team.png")]
    assert view.contradicted("review_images") and not view.contradicted("no_testimonials")

    with pytest.raises(checklists.ChecklistRefused) as info:
        checklists.tick_item(pf, author, {Role.AMBASSADOR}, view.id, "people_consented",
                             note="Kim hat mündlich zugestimmt")
    assert info.value.code == "contradicts_records"
    assert info.value.data["records"][0]["subject"] == "Kim Kollegin"
    assert not checklists.view(pf, view.id).states()["people_consented"].ticked
    refused = _checklist_events(pf, view.id)[-1]
    assert refused.action == "tick_refused" and refused.summary == "contradicts_records"
    assert refused.data["item"] == "people_consented"
    # the reviewer's image item claims the same fact
    with pytest.raises(checklists.ChecklistRefused):
        checklists.tick_item(pf, reviewer, {Role.REVIEWER}, view.id, "review_images")
    # items that claim nothing recorded are not affected
    checklists.tick_item(pf, author, {Role.AMBASSADOR}, view.id, "no_testimonials")

    # the manager records Kim's photo consent: the records agree, the tick goes through
    kim = ambassador_service.get(pf, "amb-2")
    ambassador_service.save(pf, m, kim.with_changes(consents=(PHOTO,)))
    assert checklists.view(pf, view.id).contradictions == ()
    after = checklists.tick_item(pf, author, {Role.AMBASSADOR}, view.id, "people_consented")
    assert after.states()["people_consented"].ticked


def test_a_withdrawal_after_the_tick_shows_next_to_the_ticked_item(world):
    pf, author, m = world["pf"], world["author"], world["m"]
    ambassador_service.save(pf, m, ambassador_service.get(pf, "amb-2").with_changes(
        consents=(PHOTO,)))
    draft_id = _draft_with_image(world, ImagePerson(ambassador_id="amb-2"))
    view = checklists.draft_view(pf, author, draft_id)
    checklists.tick_item(pf, author, {Role.AMBASSADOR}, view.id, "people_consented")
    withdrawn = Consent(ConsentKind.PHOTO, "2025-1", date(2025, 1, 1), date(2025, 6, 1))
    ambassador_service.save(pf, m, ambassador_service.get(pf, "amb-2").with_changes(
        consents=(withdrawn,)))
    now = checklists.view(pf, view.id)
    assert now.states()["people_consented"].ticked  # a tick is never changed behind one's back
    assert [c.record.problem for c in now.contradicted("people_consented")] == [Problem.WITHDRAWN]
    after = checklists.untick_item(pf, author, {Role.AMBASSADOR}, view.id, "people_consented")
    assert not after.states()["people_consented"].ticked  # unticking is always possible


def test_someone_outside_the_roster_counts_by_the_consent_box(world):
    pf, author = world["pf"], world["author"]
    without = _draft_with_image(world, ImagePerson(person_name="Herr Paketbote"))
    view = checklists.draft_view(pf, author, without)
    assert [c.record.subject for c in view.contradicted("people_consented")] == ["Herr Paketbote"]
    with_consent = _draft_with_image(
        world, ImagePerson(person_name="Frau Gast", external_consent=True),
        ImagePerson(ambassador_id="amb-1"))
    assert checklists.draft_view(pf, author, with_consent).contradictions == ()


def test_would_refuse_shrinks_with_each_tick_and_writes_nothing(world, gates):
    pf, author = world["pf"], world["author"]
    rec = drafts.create(pf, author, "amb-1", "Teamfrühstück", CLEAN)
    with pytest.raises(drafts.WorkflowRefused):
        drafts.act(pf, author, rec.id, Action.SUBMIT)
    view = checklists.draft_view(pf, author, rec.id)
    open_items = view.missing(Part.AUTHOR)
    logged = len(audit.events_for(pf.db, limit=10_000))

    first = drafts.would_refuse(pf, author, rec.id, Action.SUBMIT)
    assert first is not None and first.code == "checklist_incomplete"
    assert first.names["en"] == [i.text("en") for i in open_items]
    checklists.tick_item(pf, author, {Role.AMBASSADOR}, view.id, open_items[0].id)
    logged += 1
    second = drafts.would_refuse(pf, author, rec.id, Action.SUBMIT)
    assert second is not None
    assert second.names["en"] == [i.text("en") for i in open_items[1:]]
    assert len(audit.events_for(pf.db, limit=10_000)) == logged  # asking is not on record

    checklists.tick_all_required(pf, author, {Role.AMBASSADOR}, view.id, Part.AUTHOR)
    assert drafts.would_refuse(pf, author, rec.id, Action.SUBMIT) is None
    assert drafts.get(pf, rec.id).state is DraftState.DRAFT  # asking changed nothing
    drafts.act(pf, author, rec.id, Action.SUBMIT)
    assert drafts.get(pf, rec.id).state is DraftState.IN_REVIEW


def test_each_problem_says_whether_the_person_is_on_the_roster(world):
    """The advice differs: the Ambassadors page only helps people on the roster."""
    pf, author, m = world["pf"], world["author"], world["m"]
    withdrawn = Consent(ConsentKind.PHOTO, "2025-1", date(2025, 1, 1), date(2025, 6, 1))
    ambassador_service.save(pf, m, Ambassador(id="amb-3", name="Wanda Widerruf",
                                              consents=(withdrawn,)))
    draft_id = _draft_with_image(world, ImagePerson(ambassador_id="amb-2"),
                                 ImagePerson(person_name="Herr Meier (Patient)"),
                                 ImagePerson(ambassador_id="amb-3"),
                                 ImagePerson(person_name="Frau Gast", external_consent=True))
    view = checklists.draft_view(pf, author, draft_id)
    said = [(c.record.subject, c.record.problem.value, c.record.subject_kind.value)
            for c in view.contradicted("people_consented")]
    assert said == [("Kim Kollegin", "missing", "roster"),
                    ("Herr Meier (Patient)", "missing", "other"),
                    ("Wanda Widerruf", "withdrawn", "roster")]
    with pytest.raises(checklists.ChecklistRefused) as info:
        checklists.tick_item(pf, author, {Role.AMBASSADOR}, view.id, "people_consented")
    kinds = {r["subject"]: r["subject_kind"] for r in info.value.data["records"]}
    assert kinds == {"Kim Kollegin": "roster", "Herr Meier (Patient)": "other",
                     "Wanda Widerruf": "roster"}
    refused = _checklist_events(pf, view.id)[-1]
    assert refused.data["records"][1]["subject_kind"] == "other"  # on record as well
