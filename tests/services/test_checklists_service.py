"""Checklists through the services: template versions in the file, instances, gates, audit."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_ambassadors.core.ambassadors import (
    Ambassador,
    AmbassadorStatus,
    Consent,
    ConsentKind,
)
from clinic_ambassadors.core.checklists import Kind, Part
from clinic_ambassadors.core.drafts import Action, DraftState
from clinic_ambassadors.core.programme import Role
from clinic_ambassadors.services import ambassadors as ambassador_service
from clinic_ambassadors.services import checklists, drafts, onboarding
from clinic_ambassadors.services import programme as programme_service
from clinic_ambassadors.services.writes import transaction
from clinic_ambassadors.storage import audit
from clinic_ambassadors.storage.audit import Actor
from clinic_ambassadors.storage.connection import open_programme
from tests import helpers

CLEAN = "Ich arbeite als MFA in der Praxis am Markt. Heute war unser Teamfrühstück – schön war's!"
MANAGER_ROLES = frozenset({Role.MANAGER, Role.AMBASSADOR})


@pytest.fixture
def world(tmp_path):
    pf = open_programme(tmp_path / "p.sqlite")
    _, manager = programme_service.set_up(pf, "Praxis am Markt", "Mona Manager", MANAGER_ROLES)
    m = Actor(manager.id, manager.name)
    author_p = programme_service.add_profile(pf, m, "Alex Autor", frozenset({Role.AMBASSADOR}))
    rev = programme_service.add_profile(pf, m, "Dr. Rita Review", frozenset({Role.REVIEWER}))
    amb = ambassador_service.save(pf, m, Ambassador(id="amb-1", name="Alex Autor",
                                                    profile_id=author_p.id))
    yield {"pf": pf, "manager": m, "author": Actor(author_p.id, author_p.name),
           "reviewer": Actor(rev.id, rev.name), "amb": amb}
    pf.close()


@pytest.fixture
def gates():
    checklists.install_draft_gates()
    yield
    checklists.uninstall_draft_gates()


def _save_with_hooks(pf, actor, new):
    """What services.ambassadors.save does once the lead adds the two hooks."""
    onboarding.guard_status_change(pf, actor, new)
    old = ambassador_service.get(pf, new.id)
    stored = ambassador_service.save(pf, actor, new)
    with transaction(pf) as db:
        return stored, onboarding.on_ambassador_saved(db, actor, old, stored)


def _edit(text: str, old: str, new: str) -> str:
    assert old in text
    return text.replace(old, new, 1)


# --- templates --------------------------------------------------------------------------
def test_edited_template_is_a_new_version_and_running_instances_keep_theirs(world):
    pf, m = world["pf"], world["manager"]
    first = checklists.view_for(pf, m, Kind.AMBASSADOR_ONBOARDING, "amb-1")
    assert first.template.key == ("ambassador_onboarding", 1)
    stored = list(pf.db.query("SELECT id, version, source FROM checklist_templates"))
    assert stored == [{"id": "ambassador_onboarding", "version": 1, "source": "shipped"}]

    text = checklists.template_text(pf, "ambassador_onboarding", 1)
    edited = _edit(text, 'text.en = "The voluntary participation agreement is signed;',
                   'text.en = "The signed agreement is filed;')
    v2 = checklists.save_edited_template(pf, m, edited)
    assert v2.version == 2
    v3 = checklists.save_edited_template(pf, m, _edit(edited, "required = false",
                                                      "required = true"))
    assert v3.version == 3
    rows = list(pf.db.query("SELECT version, source, toml FROM checklist_templates"
                            " WHERE id = 'ambassador_onboarding' ORDER BY version"))
    assert [(r["version"], r["source"]) for r in rows] == [(1, "shipped"), (2, "edited"),
                                                           (3, "edited")]
    assert "version = 3" in rows[2]["toml"] and "# Onboarding one ambassador" in rows[2]["toml"]

    # the running instance still shows version 1; a new ambassador gets version 3
    assert checklists.view(pf, first.id).template.key == ("ambassador_onboarding", 1)
    assert checklists.view(pf, first.id).template.item("agreement_signed").text("en").startswith(
        "The voluntary")
    fresh = checklists.view_for(pf, m, Kind.AMBASSADOR_ONBOARDING, "amb-2")
    assert fresh.template.key == ("ambassador_onboarding", 3)
    assert fresh.template.item("agreement_signed").text("en").startswith("The signed agreement")
    assert [e.action for e in audit.events_for(pf.db, "checklist_template")] == ["edit", "edit"]


def test_bad_template_text_is_refused_with_line_and_nothing_is_stored(world):
    pf, m = world["pf"], world["manager"]
    text = checklists.template_text(pf, "offboarding", 1)
    bad = _edit(text, 'role = "manager"', 'role = "boss"')
    with pytest.raises(checklists.TemplateInvalid) as info:
        checklists.save_edited_template(pf, m, bad, "offboarding.toml")
    assert info.value.data["problem"] == "unknown_role"
    assert bad.splitlines()[info.value.data["line"] - 1].strip() == 'role = "boss"'
    with pytest.raises(checklists.TemplateUnchanged):
        checklists.save_edited_template(pf, m, text)
    with pytest.raises(checklists.TemplateKindChanged):
        checklists.save_edited_template(pf, m, _edit(text, 'kind = "offboarding"',
                                                      'kind = "ambassador_onboarding"'))
    assert pf.db.execute("SELECT count(*) FROM checklist_templates").fetchone()[0] == 0


# --- instances and history ----------------------------------------------------------------
def test_ticks_are_history_and_audited(world):
    pf, m = world["pf"], world["manager"]
    road = checklists.road_map(pf, m)
    assert road.progress() == (0, len(road.template.items))
    first = road.next_open()
    checklists.tick_item(pf, m, MANAGER_ROLES, road.id, first.id, note="Kick-off 3 March")
    checklists.untick_item(pf, m, MANAGER_ROLES, road.id, first.id, note="Wrong item")
    after = checklists.tick_item(pf, m, MANAGER_ROLES, road.id, first.id)
    assert after.states()[first.id].ticked and after.states()[first.id].by == m.id
    assert [(e.ticked, e.note) for e in after.events] == [
        (True, "Kick-off 3 March"), (False, "Wrong item"), (True, "")]
    assert after.next_open() != first
    actions = [e.action for e in reversed(audit.events_for(pf.db, "checklist", road.id))]
    assert actions == ["start", "tick", "untick", "tick"]
    assert checklists.road_map(pf, m).id == road.id  # the same instance, not a second one
    assert audit.verify_chain(pf.db) == []


def test_tick_without_the_role_is_refused_and_audited(world):
    pf, m, reviewer = world["pf"], world["manager"], world["reviewer"]
    road = checklists.road_map(pf, m)
    item = road.next_open()
    with pytest.raises(checklists.ChecklistRefused) as info:
        checklists.tick_item(pf, reviewer, {Role.REVIEWER}, road.id, item.id)
    assert info.value.code == "role_not_allowed"
    assert not checklists.view(pf, road.id).states()[item.id].ticked
    assert audit.events_for(pf.db, "checklist", road.id)[0].action == "tick_refused"


# --- onboarding gate --------------------------------------------------------------------
def test_onboarding_gate_names_open_items_until_all_required_are_ticked(world):
    pf, m = world["pf"], world["manager"]
    amb = helpers.with_consents(world["amb"])
    stored, _ = _save_with_hooks(pf, m, amb.with_changes(status=AmbassadorStatus.ONBOARDING))
    current = onboarding.onboarding_view(pf, m, amb.id)
    assert current.template.kind is Kind.AMBASSADOR_ONBOARDING
    # the consents on the record ticked their items: one fact, entered once
    assert {e.item_id for e in current.events} == {"agreement_signed", "photo_consent"}
    assert all(e.note.startswith("signed 2025-01-15") for e in current.events)
    required = [i for i in current.missing()]
    for item in required[:-1]:
        who = m if item.role.value == "manager" else Actor(None, "system")
        checklists.tick_item(pf, who, {item.role}, current.id, item.id)
    with pytest.raises(onboarding.OnboardingIncomplete) as info:
        onboarding.activate(pf, m, amb.id)
    assert info.value.code == "onboarding_incomplete"
    assert info.value.data["items"] == [required[-1].id]
    assert info.value.data["names"]["en"] == [required[-1].text("en")]
    assert ambassador_service.get(pf, amb.id).status is AmbassadorStatus.ONBOARDING
    assert audit.events_for(pf.db, "ambassador", amb.id)[0].action == "refused"

    last = required[-1]
    checklists.tick_item(pf, m if last.role.value == "manager" else Actor(None, "system"),
                         {last.role}, current.id, last.id)
    assert onboarding.activate(pf, m, amb.id).status is AmbassadorStatus.ACTIVE


def test_a_consent_item_cannot_be_ticked_without_the_consent_on_the_record(world):
    pf, m = world["pf"], world["manager"]
    _save_with_hooks(pf, m, world["amb"].with_changes(status=AmbassadorStatus.ONBOARDING))
    current = onboarding.onboarding_view(pf, m, "amb-1")
    assert current.events == ()
    with pytest.raises(checklists.ChecklistRefused) as info:
        checklists.tick_item(pf, m, MANAGER_ROLES, current.id, "agreement_signed")
    assert info.value.code == "contradicts_records"
    assert info.value.data["records"][0]["fact"] == "participation_consent"
    # recording the consent on the roster ticks the item by itself
    _save_with_hooks(pf, m, helpers.with_consents(ambassador_service.get(pf, "amb-1")))
    states = onboarding.onboarding_view(pf, m, "amb-1").states()
    assert states["agreement_signed"].ticked and states["photo_consent"].ticked


def test_gate_rules_for_status_changes(world):
    pf = world["pf"]
    amb = world["amb"]
    with transaction(pf) as db:
        # a candidate without any checklist: everything required is missing
        with pytest.raises(onboarding.OnboardingIncomplete) as info:
            onboarding.check_status_change(db, amb, amb.with_changes(
                status=AmbassadorStatus.ACTIVE))
        assert "agreement_signed" in info.value.data["items"]
        paused = amb.with_changes(status=AmbassadorStatus.PAUSED)
        with pytest.raises(onboarding.OnboardingIncomplete):  # never active: a pause is no way round
            onboarding.check_status_change(db, paused, amb.with_changes(
                status=AmbassadorStatus.ACTIVE))
        with pytest.raises(onboarding.OnboardingIncomplete):  # a new record is no way round
            onboarding.check_status_change(db, None, amb.with_changes(
                id="new", status=AmbassadorStatus.ACTIVE))


# --- offboarding on withdrawal -----------------------------------------------------------
def test_withdrawing_consent_starts_offboarding_and_flags_planned_drafts(world):
    pf, m, author = world["pf"], world["manager"], world["author"]
    signed = date(2025, 1, 10)
    amb = helpers.active(pf, m, world["amb"].with_changes(consents=(
        Consent(ConsentKind.PARTICIPATION, "1", signed), Consent(ConsentKind.PHOTO, "1", signed))))
    planned = drafts.create(pf, author, amb.id, "Geplant", CLEAN)
    idea = drafts.create(pf, author, amb.id, "Idee", CLEAN, as_idea=True)
    done = drafts.create(pf, author, amb.id, "Erledigt", CLEAN)
    drafts.act(pf, author, done.id, Action.WITHDRAW, reason="doch nicht")
    assert onboarding.offboarding_view(pf, m, amb.id) is None

    withdrawn = amb.with_changes(consents=(
        Consent(ConsentKind.PARTICIPATION, "1", signed),
        Consent(ConsentKind.PHOTO, "1", signed, date(2025, 6, 1))))
    _, flagged = _save_with_hooks(pf, m, withdrawn)
    assert set(flagged) == {planned.id, idea.id}
    off = onboarding.offboarding_view(pf, m, amb.id)
    assert off is not None and off.template.kind is Kind.OFFBOARDING
    assert set(onboarding.flagged_drafts(pf, amb.id)) == {planned.id, idea.id}
    flag = audit.events_for(pf.db, "draft", planned.id)[0]
    assert flag.action == onboarding.FLAG_ACTION and flag.data["consents"] == ["photo"]
    # saving again without a new withdrawal flags nothing more
    _, again = _save_with_hooks(pf, m, withdrawn.with_changes(notes="x"))
    assert again == []


# --- draft gates --------------------------------------------------------------------------
def test_submit_and_approve_wait_for_their_checklist_parts(world, gates):
    pf, author, reviewer = world["pf"], world["author"], world["reviewer"]
    helpers.active(pf, world["manager"], world["amb"])
    rec = drafts.create(pf, author, "amb-1", "Teamfrühstück", CLEAN)
    with pytest.raises(drafts.WorkflowRefused) as info:
        drafts.act(pf, author, rec.id, Action.SUBMIT)
    assert info.value.code == "checklist_incomplete"
    listed = checklists.draft_view(pf, author, rec.id)
    assert info.value.data["items"] == [i.id for i in listed.missing(Part.AUTHOR)]

    # the author (by draft authorship) ticks the author part; reviewer items stay closed to them
    checklists.tick_all_required(pf, author, {Role.AMBASSADOR}, listed.id, Part.AUTHOR)
    with pytest.raises(checklists.ChecklistRefused):
        checklists.tick_all_required(pf, author, {Role.AMBASSADOR}, listed.id, Part.REVIEWER)
    drafts.act(pf, author, rec.id, Action.SUBMIT)
    with pytest.raises(drafts.WorkflowRefused) as info:
        drafts.act(pf, reviewer, rec.id, Action.APPROVE)
    assert info.value.code == "checklist_incomplete"
    assert info.value.data["part"] == "reviewer"
    checklists.tick_all_required(pf, reviewer, {Role.REVIEWER}, listed.id, Part.REVIEWER)
    drafts.act(pf, reviewer, rec.id, Action.APPROVE)
    assert drafts.get(pf, rec.id).state is DraftState.APPROVED


def test_gate_registration_is_idempotent():
    checklists.install_draft_gates()
    checklists.install_draft_gates()
    try:
        assert drafts.CHECKLIST_FACTS.count(checklists.draft_checklist_facts) == 1
    finally:
        checklists.uninstall_draft_gates()
    assert checklists.draft_checklist_facts not in drafts.CHECKLIST_FACTS


def test_a_pause_is_no_way_around_onboarding(tmp_path):
    from clinic_ambassadors.core.ambassadors import Ambassador, AmbassadorStatus
    from clinic_ambassadors.core.programme import Role as ProfileRole
    from clinic_ambassadors.services import ambassadors as ambassador_service
    from clinic_ambassadors.services import onboarding
    from clinic_ambassadors.services import programme as programme_service
    from clinic_ambassadors.storage.audit import Actor
    from clinic_ambassadors.storage.connection import open_programme

    pf = open_programme(tmp_path / "p.sqlite")
    _, me = programme_service.set_up(pf, "Praxis", "Mia", frozenset({ProfileRole.MANAGER}))
    m = Actor(me.id, "Mia")
    amb = ambassador_service.save(pf, m, Ambassador(id="n", name="Neu",
                                                    status=AmbassadorStatus.ONBOARDING))
    amb = ambassador_service.save(pf, m, amb.with_changes(status=AmbassadorStatus.PAUSED))
    with pytest.raises(onboarding.OnboardingIncomplete):
        ambassador_service.save(pf, m, amb.with_changes(status=AmbassadorStatus.ACTIVE))
    veteran = helpers.active(pf, m, Ambassador(id="v", name="Alt"))
    veteran = ambassador_service.save(pf, m, veteran.with_changes(status=AmbassadorStatus.PAUSED))
    back = ambassador_service.save(pf, m, veteran.with_changes(status=AmbassadorStatus.ACTIVE))
    assert back.status is AmbassadorStatus.ACTIVE  # was active before: the pause just ends
    pf.close()
