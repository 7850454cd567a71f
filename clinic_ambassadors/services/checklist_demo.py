"""Demo data for checklists: a road map half done, onboarding in progress, a closed incident.

Importing this module appends its section to ``services.demo.DEMO_SECTIONS``.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from clinic_ambassadors.core.ambassadors import AmbassadorStatus
from clinic_ambassadors.core.checklists import Kind, Role
from clinic_ambassadors.services import checklists, incidents
from clinic_ambassadors.services.demo import DEMO_SECTIONS, DemoContext

#: How many road-map items are done in the demo, and onboarding items per person.
ROAD_MAP_DONE = 6
ONBOARDING_DONE = (4, 1)


def _tick_first(ctx: DemoContext, instance_id: str, count: int, notes: dict[int, str]) -> None:
    roles = {Role.MANAGER, Role.AMBASSADOR, Role.REVIEWER}
    view = checklists.view(ctx.pf, instance_id)
    states = view.states()
    for index, item in enumerate(view.template.road_map()[:count]):
        if states[item.id].ticked or view.contradicted(item.id):  # the record decides those
            continue
        checklists.tick_item(ctx.pf, ctx.manager_actor, roles, instance_id, item.id,
                             notes.get(index, ""))


def checklist_section(ctx: DemoContext) -> None:
    actor = ctx.manager_actor
    road = checklists.road_map(ctx.pf, actor)
    _tick_first(ctx, road.id, ROAD_MAP_DONE,
                {0: "Geschäftsführung und ärztliche Leitung haben am Montag zugestimmt."})

    onboarding_people = [a for a in ctx.ambassadors if a.status is AmbassadorStatus.ONBOARDING]
    for amb, done in zip(onboarding_people, ONBOARDING_DONE):
        view = checklists.view_for(ctx.pf, actor, Kind.AMBASSADOR_ONBOARDING, amb.id)
        assert view is not None
        _tick_first(ctx, view.id, done, {})

    started = datetime.now(UTC) - timedelta(days=18, hours=3)
    rec = incidents.report_incident(
        ctx.pf, actor, "Kritische Kommentare zu einem Instagram-Beitrag über Wartezeiten",
        severity=incidents.Severity.MEDIUM,
        description="Mehrere Kommentare warfen der Praxis lange Wartezeiten vor; ein Kommentar "
                    "nannte Details zu einer Behandlung.",
        started_at=started)
    crisis = incidents.incident_view(ctx.pf, rec.id).checklist
    assert crisis is not None
    roles = {Role.MANAGER, Role.AMBASSADOR, Role.REVIEWER}
    for item in crisis.template.items:
        if item.required:
            checklists.tick_item(ctx.pf, actor, roles, crisis.id, item.id)
    incidents.add_note(ctx.pf, actor, rec.id,
                       "Screenshots gesichert; Kommentar mit Behandlungsdetails verborgen.")
    incidents.add_note(ctx.pf, actor, rec.id,
                       "Sachliche Antwort mit Dr. Albers abgestimmt und veröffentlicht; "
                       "Angebot für ein persönliches Gespräch.")
    incidents.close_incident(ctx.pf, actor, rec.id,
                             "Diskussion beruhigt; Wartezeiten-Info auf der Website ergänzt.")


if checklist_section not in DEMO_SECTIONS:
    DEMO_SECTIONS.append(checklist_section)
