"""Crisis mode: an incident pauses exactly the scheduled posts in scope and resumes them."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from clinic_ambassadors.core.ambassadors import Ambassador
from clinic_ambassadors.core.checklists import Kind
from clinic_ambassadors.core.drafts import Action, DraftState
from clinic_ambassadors.core.errors import ValidationError
from clinic_ambassadors.core.programme import Role
from clinic_ambassadors.services import ambassadors as ambassador_service
from clinic_ambassadors.services import checklists, drafts, incidents
from clinic_ambassadors.services import programme as programme_service
from clinic_ambassadors.storage import audit
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
    rev = programme_service.add_profile(pf, m, "Dr. Rita Review", frozenset({Role.REVIEWER}))
    people = {}
    for amb_id, name in (("amb-a", "Alex Autor"), ("amb-b", "Bea Berg")):
        prof = programme_service.add_profile(pf, m, name, frozenset({Role.AMBASSADOR}))
        helpers.active(pf, m, Ambassador(id=amb_id, name=name, profile_id=prof.id))
        people[amb_id] = Actor(prof.id, prof.name)
    yield {"pf": pf, "manager": m, "reviewer": Actor(rev.id, rev.name), "people": people}
    pf.close()


def scheduled(world, amb_id: str, title: str) -> str:
    pf, author = world["pf"], world["people"][amb_id]
    rec = drafts.create(pf, author, amb_id, title, CLEAN)
    drafts.act(pf, author, rec.id, Action.SUBMIT)
    drafts.act(pf, world["reviewer"], rec.id, Action.APPROVE)
    drafts.act(pf, author, rec.id, Action.SCHEDULE, planned_date=date.today() + timedelta(days=3))
    assert drafts.get(pf, rec.id).state is DraftState.SCHEDULED
    return rec.id


def test_programme_pause_holds_all_scheduled_posts_and_close_resumes_exactly_those(world):
    pf, m = world["pf"], world["manager"]
    a1, a2, b1 = scheduled(world, "amb-a", "A1"), scheduled(world, "amb-a", "A2"), scheduled(
        world, "amb-b", "B1")
    not_scheduled = drafts.create(pf, world["people"]["amb-b"], "amb-b", "Entwurf", CLEAN).id
    # a draft paused by hand before the incident is not the incident's to resume
    drafts.act(pf, m, b1, Action.PAUSE)

    rec = incidents.report_incident(pf, m, "Negative Kommentare unter Jobpost", severity="high",
                                    pause_scope="programme")
    assert {d: drafts.get(pf, d).paused for d in (a1, a2, b1)} == {a1: True, a2: True, b1: True}
    view = incidents.incident_view(pf, rec.id)
    assert {p[0] for p in view.paused} == {a1, a2}
    assert view.checklist is not None and view.checklist.template.kind is Kind.CRISIS_RESPONSE
    assert not drafts.get(pf, not_scheduled).paused

    with pytest.raises(drafts.WorkflowRefused) as info:
        drafts.act(pf, world["people"]["amb-a"], a1, Action.PUBLISH, network="instagram",
                   url="https://instagram.com/p/x", published_on=date.today())
    assert info.value.code == "draft_paused"

    resumed = incidents.close_incident(pf, m, rec.id, "Sachlich geantwortet, Lage ruhig.")
    assert set(resumed) == {a1, a2}
    assert {d: drafts.get(pf, d).paused for d in (a1, a2, b1)} == {a1: False, a2: False, b1: True}
    closed = incidents.incident_view(pf, rec.id)
    assert closed.incident.closed_at and closed.incident.resolution.startswith("Sachlich")
    assert closed.checklist.record.closed_at is not None
    assert [e.action for e in reversed(audit.events_for(pf.db, "incident", rec.id))] == [
        "report", "close"]
    a1_actions = [e.action for e in reversed(audit.events_for(pf.db, "draft", a1))]
    assert a1_actions[-3:] == ["pause", "refused", "resume"]
    assert audit.verify_chain(pf.db) == []


def test_ambassador_scope_and_a_second_open_incident(world):
    pf, m = world["pf"], world["manager"]
    a1, b1 = scheduled(world, "amb-a", "A1"), scheduled(world, "amb-b", "B1")
    first = incidents.report_incident(pf, m, "Foto-Problem", pause_scope="ambassador",
                                      ambassador_id="amb-a")
    assert drafts.get(pf, a1).paused and not drafts.get(pf, b1).paused
    second = incidents.report_incident(pf, m, "Presseanfrage", pause_scope="programme")
    assert {p[0] for p in incidents.incident_view(pf, second.id).paused} == {b1}
    # a1 is still wanted paused by nobody else: closing the first resumes it; b1 stays held
    assert incidents.close_incident(pf, m, first.id, "erledigt") == [a1]
    assert drafts.get(pf, b1).paused
    with pytest.raises(incidents.IncidentClosed):
        incidents.close_incident(pf, m, first.id, "nochmal")
    assert [i.id for i in incidents.incidents(pf, open_only=True)] == [second.id]


def test_crisis_items_are_due_against_the_clock(world):
    pf, m = world["pf"], world["manager"]
    start = datetime.now(UTC) - timedelta(hours=3)
    rec = incidents.report_incident(pf, m, "Shitstorm", started_at=start)
    view = incidents.incident_view(pf, rec.id)
    late = view.overdue_ids(datetime.now(UTC))
    first_hour = [i.id for i in view.checklist.template.items if i.step == "first_hour"]
    assert late == first_hour
    checklists.tick_item(pf, m, {Role.MANAGER}, view.checklist.id, first_hour[0])
    assert incidents.incident_view(pf, rec.id).overdue_ids(datetime.now(UTC)) == first_hour[1:]


def test_report_needs_a_title_and_an_ambassador_for_that_scope(world):
    pf, m = world["pf"], world["manager"]
    with pytest.raises(ValidationError) as info:
        incidents.report_incident(pf, m, "  ", pause_scope="ambassador")
    assert [f for f, _ in info.value.problems] == ["title", "ambassador"]
    assert incidents.incidents(pf) == []
    with pytest.raises(ValidationError):
        incidents.close_incident(pf, m, "x", "  ")
    rec = incidents.report_incident(pf, m, "Kommentar")
    incidents.add_note(pf, m, rec.id, "Antwort abgestimmt mit Dr. Albers")
    assert [n.text for n in incidents.incident_view(pf, rec.id).timeline] == [
        "Antwort abgestimmt mit Dr. Albers"]


def test_a_closed_incident_checklist_cannot_be_changed(world):
    pf, m = world["pf"], world["manager"]
    rec = incidents.report_incident(pf, m, "Shitstorm")
    view = incidents.incident_view(pf, rec.id)
    first = view.checklist.template.items[0].id
    checklists.tick_item(pf, m, {Role.MANAGER, Role.AMBASSADOR}, view.checklist.id, first)
    incidents.close_incident(pf, m, rec.id, "Beruhigt.")
    with pytest.raises(checklists.ChecklistRefused) as info:
        checklists.untick_item(pf, m, {Role.MANAGER, Role.AMBASSADOR}, view.checklist.id, first)
    assert info.value.code == "incident_closed"
    assert incidents.incident_view(pf, rec.id).checklist.states()[first].ticked


def test_a_reviewer_may_hold_all_scheduled_posts(world):
    pf = world["pf"]
    draft_id = scheduled(world, "amb-a", "Sommerfest")
    rec = incidents.report_incident(pf, world["reviewer"], "Kritik", pause_scope="programme")
    assert drafts.get(pf, draft_id).paused
    incidents.close_incident(pf, world["reviewer"], rec.id, "Erledigt.")
    assert not drafts.get(pf, draft_id).paused
