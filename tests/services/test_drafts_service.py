"""The draft workflow through the services, on real programme files."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_ambassadors.core.ambassadors import Ambassador, Consent, ConsentKind
from clinic_ambassadors.core.drafts import Action, DraftState, ReviewPolicy, ReviewStep, StepRule
from clinic_ambassadors.core.posts import DraftFilter, ImagePerson
from clinic_ambassadors.core.programme import Role
from clinic_ambassadors.services import ambassadors as ambassador_service
from clinic_ambassadors.services import drafts
from clinic_ambassadors.services import programme as programme_service
from clinic_ambassadors.services import profiles
from clinic_ambassadors.services.review_policy import review_policy, set_review_policy
from clinic_ambassadors.storage import audit
from clinic_ambassadors.storage import draft_extras
from clinic_ambassadors.storage.audit import Actor
from clinic_ambassadors.storage.connection import open_programme
from tests import helpers

CLEAN = "Ich arbeite als MFA in der Praxis am Markt. Heute war unser Teamfrühstück – schön war's!"


@pytest.fixture
def world(tmp_path):
    pf = open_programme(tmp_path / "p.sqlite")
    _, manager = programme_service.set_up(pf, "Praxis am Markt", "Mona Manager",
                                          frozenset({Role.MANAGER}))
    m = Actor(manager.id, manager.name)
    author_p = programme_service.add_profile(pf, m, "Alex Autor", frozenset({Role.AMBASSADOR}))
    rev1 = programme_service.add_profile(pf, m, "Dr. Rita Review", frozenset({Role.REVIEWER}))
    rev2 = programme_service.add_profile(pf, m, "Dr. Rolf Zwei", frozenset({Role.REVIEWER}))
    amb = helpers.active(pf, m, Ambassador(id="amb-1", name="Alex Autor",
                                                    profile_id=author_p.id))
    yield {"pf": pf, "manager": m, "author": Actor(author_p.id, author_p.name),
           "r1": Actor(rev1.id, rev1.name), "r2": Actor(rev2.id, rev2.name), "amb": amb}
    pf.close()


def _actions(pf, draft_id):
    return [e.action for e in reversed(audit.events_for(pf.db, "draft", draft_id))]


def test_full_round_trip_is_audited(world):
    pf, author, r1 = world["pf"], world["author"], world["r1"]
    rec = drafts.create(pf, author, "amb-1", "Teamfrühstück", CLEAN)
    assert rec.state is DraftState.DRAFT and rec.current_revision == 1
    drafts.act(pf, author, rec.id, Action.SUBMIT)
    assert [i.draft.id for i in drafts.review_queue(pf, r1.id)] == [rec.id]
    drafts.act(pf, r1, rec.id, Action.REQUEST_CHANGES, comment="Bitte Uhrzeit weglassen.")
    assert drafts.get(pf, rec.id).state is DraftState.CHANGES_REQUESTED
    drafts.save(pf, author, rec.id, title="Teamfrühstück", text=CLEAN + " #Mitarbeiterin")
    assert drafts.get(pf, rec.id).current_revision == 2
    drafts.act(pf, author, rec.id, Action.SUBMIT)
    drafts.act(pf, r1, rec.id, Action.APPROVE)
    assert drafts.get(pf, rec.id).state is DraftState.APPROVED
    drafts.act(pf, author, rec.id, Action.PUBLISH, network="instagram",
               url="https://www.instagram.com/p/abc", published_on=date.today(),
               tracking="https://praxis.example/jobs?utm_source=instagram")
    assert drafts.get(pf, rec.id).state is DraftState.PUBLISHED
    assert _actions(pf, rec.id) == ["create", "submit", "request_changes", "edit", "submit",
                                    "approve", "publish"]
    assert [r.number for r in drafts.revisions(pf, rec.id)] == [2, 1]
    pubs = list(pf.db.query("SELECT * FROM publications"))
    assert pubs[0]["url"] == "https://www.instagram.com/p/abc"
    assert audit.verify_chain(pf.db) == []


def test_nobody_approves_their_own_draft(world):
    pf, author = world["pf"], world["author"]
    profiles.set_roles(pf, world["manager"], author.id, {Role.AMBASSADOR, Role.REVIEWER})
    set_review_policy(pf, world["manager"],
                      ReviewPolicy.required([author.id, world["r1"].id]))
    rec = drafts.create(pf, author, "amb-1", "Titel", CLEAN)
    drafts.act(pf, author, rec.id, Action.SUBMIT)
    with pytest.raises(drafts.WorkflowRefused) as info:
        drafts.act(pf, author, rec.id, Action.APPROVE)
    assert info.value.code in ("self_approval", "self_review")
    assert drafts.get(pf, rec.id).state is DraftState.IN_REVIEW
    assert _actions(pf, rec.id)[-1] == "refused"


def test_multi_step_all_needs_both(world):
    pf, author, r1, r2 = world["pf"], world["author"], world["r1"], world["r2"]
    set_review_policy(pf, world["manager"], ReviewPolicy.multi_step(
        ReviewStep(frozenset({r1.id, r2.id}), StepRule.ALL, "Ärzte")))
    rec = drafts.create(pf, author, "amb-1", "Titel", CLEAN)
    drafts.act(pf, author, rec.id, Action.SUBMIT)
    drafts.act(pf, r1, rec.id, Action.APPROVE)
    assert drafts.get(pf, rec.id).state is DraftState.IN_REVIEW
    assert [i.draft.id for i in drafts.review_queue(pf, r2.id)] == [rec.id]
    assert drafts.review_queue(pf, r1.id) == []
    drafts.act(pf, r2, rec.id, Action.APPROVE)
    assert drafts.get(pf, rec.id).state is DraftState.APPROVED


def test_editing_an_approved_draft_sends_it_back(world):
    pf, author, r1 = world["pf"], world["author"], world["r1"]
    rec = drafts.create(pf, author, "amb-1", "Titel", CLEAN)
    drafts.act(pf, author, rec.id, Action.SUBMIT)
    drafts.act(pf, r1, rec.id, Action.APPROVE)
    drafts.save(pf, author, rec.id, title="Titel", text=CLEAN + " Neu!")
    assert drafts.get(pf, rec.id).state is DraftState.IN_REVIEW
    last = audit.events_for(pf.db, "draft", rec.id)[0]
    assert last.data["summary"] == "edited_after_approval"


def test_block_finding_stops_submit_until_overridden_with_reason(world):
    pf, author, r1 = world["pf"], world["author"], world["r1"]
    risky = "Unsere Behandlung wirkt garantiert – 100 % Erfolg! Ich arbeite als MFA hier."
    rec = drafts.create(pf, author, "amb-1", "Werbung", risky)
    snap = drafts.snapshot(pf, rec.id)
    assert snap.block_findings, "the checker should find a block in a guaranteed-success claim"
    with pytest.raises(drafts.WorkflowRefused) as info:
        drafts.act(pf, author, rec.id, Action.SUBMIT)
    assert info.value.code == "block_findings"
    assert set(info.value.data["rule_ids"]) == set(snap.block_findings)
    titles = info.value.names["en"]
    assert len(titles) == len(info.value.data["rule_ids"])
    assert not set(titles) & set(snap.block_findings), "titles, not rule ids, for people"
    with pytest.raises(drafts.WorkflowRefused) as info:
        drafts.act(pf, r1, rec.id, Action.OVERRIDE_BLOCK, override_reason="  ")
    assert info.value.code == "override_reason_required"
    drafts.act(pf, r1, rec.id, Action.OVERRIDE_BLOCK,
               override_reason="Zitat aus Studie, kein Heilversprechen")
    drafts.act(pf, author, rec.id, Action.SUBMIT)
    assert drafts.get(pf, rec.id).state is DraftState.IN_REVIEW
    overrides = [e for e in audit.events_for(pf.db, "draft", rec.id)
                 if e.action == "override_block"]
    assert overrides and "Zitat" in str(overrides[0].data)


def test_person_without_photo_consent_blocks_submit(world):
    pf, author, m = world["pf"], world["author"], world["manager"]
    colleague = ambassador_service.save(pf, m, Ambassador(id="amb-2", name="Kim Kollegin"))
    rec = drafts.create(pf, author, "amb-1", "Foto", CLEAN)
    with pf.db.atomic() as db:
        image_id = draft_extras.add_image(db, rec.id, "team.jpg", "image/jpeg", b"\xff\xd8fake")
        draft_extras.set_people(db, image_id, (ImagePerson(ambassador_id=colleague.id),))
    with pytest.raises(drafts.WorkflowRefused) as info:
        drafts.act(pf, author, rec.id, Action.SUBMIT)
    assert info.value.code == "missing_photo_consent"
    assert info.value.names["de"] == ["Kim Kollegin"]  # the person is named
    ambassador_service.save(pf, m, colleague.with_changes(consents=(
        Consent(ConsentKind.PHOTO, "2025-1", date(2025, 1, 1)),)))
    drafts.act(pf, author, rec.id, Action.SUBMIT)


def test_full_text_search_and_filters(world):
    pf, author = world["pf"], world["author"]
    a = drafts.create(pf, author, "amb-1", "Ausbildung zur MFA", "Bewirb dich – wir freuen uns",
                      channels=("instagram",), topic="Ausbildung")
    drafts.create(pf, author, "amb-1", "Sommerfest", "Grillen im Hof 🌭", channels=("linkedin",))
    assert [d.id for d in drafts.page(pf, DraftFilter(search="ausbild"))] == [a.id]
    assert [d.id for d in drafts.page(pf, DraftFilter(search='bewirb "dich'))] == [a.id]
    assert [d.id for d in drafts.page(pf, DraftFilter(channel="instagram"))] == [a.id]
    assert [d.id for d in drafts.page(pf, DraftFilter(topic="Ausbildung"))] == [a.id]
    assert drafts.count(pf, DraftFilter(states=frozenset({DraftState.APPROVED}))) == 0


def test_restore_revision_makes_a_new_one(world):
    pf, author = world["pf"], world["author"]
    rec = drafts.create(pf, author, "amb-1", "Titel", "Erste Fassung")
    drafts.save(pf, author, rec.id, title="Titel", text="Zweite Fassung")
    drafts.restore_revision(pf, author, rec.id, 1)
    now = drafts.get(pf, rec.id)
    assert now.text == "Erste Fassung" and now.current_revision == 3
    assert [r.note for r in drafts.revisions(pf, rec.id)][0] == "restored:1"


def test_default_policy_uses_reviewer_profiles(world):
    policy = review_policy(world["pf"])
    assert policy.mode.value == "required"
    assert policy.all_reviewers == {world["r1"].id, world["r2"].id}


def test_a_refusal_names_every_problem_at_once(world):
    pf, author, m = world["pf"], world["author"], world["manager"]
    ambassador_service.save(pf, m, Ambassador(id="amb-2", name="Kim Kollegin"))
    rec = drafts.create(pf, author, "amb-1", "Foto", "Unsere Behandlung wirkt garantiert! " + CLEAN)
    with pf.db.atomic() as db:
        image_id = draft_extras.add_image(db, rec.id, "team.jpg", "image/jpeg", b"\xff\xd8fake")
        draft_extras.set_people(db, image_id, (ImagePerson(ambassador_id="amb-2"),))
    with pytest.raises(drafts.WorkflowRefused) as info:
        drafts.act(pf, author, rec.id, Action.SUBMIT)
    codes = [info.value.code] + [code for code, _names in info.value.also]
    assert set(codes) == {"missing_photo_consent", "block_findings"}
    named = dict([(info.value.code, info.value.names)] + info.value.also)
    assert named["missing_photo_consent"]["en"] == ["Kim Kollegin"]
    assert named["block_findings"]["en"]  # rule titles
