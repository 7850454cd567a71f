"""A realistic demo programme: a German group practice with a dozen staff.

Later areas (drafts, checklists, incidents ...) add their part through
``DEMO_SECTIONS`` so one command builds the whole demo.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from clinic_ambassadors.core.ambassadors import (
    Ambassador,
    AmbassadorStatus,
    Channel,
    Consent,
    ConsentKind,
    JobRole,
    Network,
)
from clinic_ambassadors.core.errors import DomainError
from clinic_ambassadors.core.programme import Profile, Role
from clinic_ambassadors.services import ambassadors as ambassador_service
from clinic_ambassadors.services import programme as programme_service
from clinic_ambassadors.storage import programme as programme_store
from clinic_ambassadors.storage.audit import Actor
from clinic_ambassadors.storage.connection import ProgrammeFile, open_programme

CLINIC = "MVZ Am Stadtpark – Allgemeinmedizin & Innere"
TODAY = date.today()


@dataclass
class DemoContext:
    pf: ProgrammeFile
    manager: Profile
    reviewers: list[Profile]
    ambassadors: list[Ambassador] = field(default_factory=list)
    profiles_by_ambassador: dict[str, Profile] = field(default_factory=dict)

    @property
    def manager_actor(self) -> Actor:
        return Actor(self.manager.id, self.manager.name)


DemoSection = Callable[[DemoContext], None]
DEMO_SECTIONS: list[DemoSection] = []


class NotADemoFile(DomainError):
    code = "not_a_demo_file"
    default = "That file holds a real programme; the demo is never written over it. Choose another path."


def _consents(signed: date, photo: bool = True, withdrawn: date | None = None) -> tuple[Consent, ...]:
    result = [Consent(ConsentKind.PARTICIPATION, "2025-1", signed, withdrawn)]
    if photo:
        result.append(Consent(ConsentKind.PHOTO, "2025-1", signed, withdrawn))
    return tuple(result)


def _people() -> list[tuple[Ambassador, frozenset[Role] | None]]:
    d = TODAY
    rows = [
        ("Dr. med. Katharina Vogt", JobRole.DOCTOR, "Innere Medizin", AmbassadorStatus.ACTIVE,
         "k.vogt@mvz-stadtpark.example", 3.0, 2,
         (Channel(Network.LINKEDIN, "katharina-vogt", "https://www.linkedin.com/in/katharina-vogt", 1840),),
         _consents(d - timedelta(days=300)), ("Arbeitsalltag", "Weiterbildung")),
        ("Jonas Becker", JobRole.NURSE, "Pflege / Infusionsambulanz", AmbassadorStatus.ACTIVE,
         "j.becker@mvz-stadtpark.example", 2.0, 3,
         (Channel(Network.INSTAGRAM, "@jonas.pflegt", "https://www.instagram.com/jonas.pflegt", 5230),
          Channel(Network.TIKTOK, "@jonaspflegt", "", 12100)),
         _consents(d - timedelta(days=250)), ("Pflege", "Team")),
        ("Aylin Demir", JobRole.MFA, "Anmeldung", AmbassadorStatus.ACTIVE,
         "a.demir@mvz-stadtpark.example", 2.0, 2,
         (Channel(Network.INSTAGRAM, "@aylin.mfa", "https://www.instagram.com/aylin.mfa", 2100),),
         _consents(d - timedelta(days=200)), ("Ausbildung", "Team")),
        ("Lena Hoffmann", JobRole.TRAINEE, "Ausbildung MFA", AmbassadorStatus.ONBOARDING,
         "l.hoffmann@mvz-stadtpark.example", 1.5, 2,
         (Channel(Network.INSTAGRAM, "@lena.azubi", "", 640),),
         _consents(d - timedelta(days=12)), ("Ausbildung",)),
        ("Marco Rossi", JobRole.THERAPIST, "Physiotherapie", AmbassadorStatus.ONBOARDING,
         "m.rossi@mvz-stadtpark.example", 2.0, 2,
         (Channel(Network.FACEBOOK, "Marco Rossi Physio", "", 410),), (), ("Therapie",)),
        ("Dr. med. Thomas Brandt", JobRole.DOCTOR, "Allgemeinmedizin", AmbassadorStatus.CANDIDATE,
         "t.brandt@mvz-stadtpark.example", 2.0, 1,
         (Channel(Network.XING, "Thomas Brandt", "https://www.xing.com/profile/Thomas_Brandt", 320),),
         (), ()),
        ("Sabine Krüger", JobRole.MANAGER, "Praxismanagement", AmbassadorStatus.ACTIVE,
         "s.krueger@mvz-stadtpark.example", 2.0, 2,
         (Channel(Network.LINKEDIN, "sabine-krueger", "https://www.linkedin.com/in/sabine-krueger", 950),),
         _consents(d - timedelta(days=320)), ("Stellenangebote", "Team")),
        ("Fatma Yıldız", JobRole.ADMIN, "Abrechnung", AmbassadorStatus.PAUSED,
         "f.yildiz@mvz-stadtpark.example", 1.0, 1,
         (Channel(Network.LINKEDIN, "fatma-yildiz", "", 280),),
         _consents(d - timedelta(days=400)), ("Verwaltung",)),
        ("Peter Schmitz", JobRole.NURSE, "Pflege", AmbassadorStatus.ALUMNI,
         "", 0.0, 0, (Channel(Network.FACEBOOK, "Peter Schmitz", "", 150),),
         _consents(d - timedelta(days=700), withdrawn=d - timedelta(days=60)), ()),
        ("Mira Schneider", JobRole.OTHER, "Labor", AmbassadorStatus.CANDIDATE,
         "m.schneider@mvz-stadtpark.example", 1.0, 1, (), (), ("Labor",)),
    ]
    result: list[tuple[Ambassador, frozenset[Role] | None]] = []
    for name, role, dept, status, email, hours, cadence, channels, consents, topics in rows:
        amb = Ambassador(id=str(uuid.uuid4()), name=name, job_role=role, department=dept,
                         email=email, status=status, time_budget_hours=hours,
                         cadence_target=cadence, topics=topics, channels=channels,
                         consents=consents)
        roles = None
        if status in (AmbassadorStatus.ACTIVE, AmbassadorStatus.ONBOARDING):
            roles = frozenset({Role.AMBASSADOR} | ({Role.REVIEWER} if role == JobRole.DOCTOR else set()))
        result.append((amb, roles))
    return result


def onboard(pf: ProgrammeFile, actor: Actor, amb: Ambassador,
                        profile: Profile | None) -> Ambassador:
    """Active and paused people got there the only way there is: onboarding, then the gate."""
    if amb.status not in (AmbassadorStatus.ACTIVE, AmbassadorStatus.PAUSED):
        return ambassador_service.save(pf, actor, amb)
    from clinic_ambassadors.core.checklists import Role as ItemRole
    from clinic_ambassadors.services import checklists, onboarding

    final = amb.status
    ambassador_service.save(pf, actor, amb.with_changes(status=AmbassadorStatus.ONBOARDING))
    view = onboarding.onboarding_view(pf, actor, amb.id)
    for item in view.missing():
        who = actor
        if item.role is ItemRole.AMBASSADOR:  # their own part; the system's when no login yet
            who = Actor(profile.id, profile.name) if profile else Actor(None, amb.name)
        checklists.tick_item(pf, who, {item.role}, view.id, item.id)
    stored = onboarding.activate(pf, actor, amb.id)
    if final is AmbassadorStatus.PAUSED:
        stored = ambassador_service.set_status(pf, actor, amb.id, final)
    return stored


def _load_sections() -> None:
    """Import the modules that add demo sections (each registers itself once)."""
    from clinic_ambassadors.services import checklist_demo, drafts_demo  # noqa: F401


def build_demo(pf: ProgrammeFile) -> DemoContext:
    _, manager = programme_service.set_up(
        pf, CLINIC, "Sabine Krüger (Praxismanagement)", frozenset({Role.MANAGER, Role.AMBASSADOR}),
        language="de", is_demo=True,
    )
    actor = Actor(manager.id, manager.name)
    reviewer = programme_service.add_profile(pf, actor, "Dr. med. Stefan Albers (Ärztlicher Leiter)",
                                             frozenset({Role.REVIEWER}))
    ctx = DemoContext(pf, manager, [reviewer])
    for amb, roles in _people():
        profile = None
        if amb.name.startswith("Sabine Krüger"):
            profile = manager
        elif roles:
            profile = programme_service.add_profile(pf, actor, amb.name, roles)
            if Role.REVIEWER in roles:
                ctx.reviewers.append(profile)
        if profile is not None:
            amb = amb.with_changes(profile_id=profile.id)
            ctx.profiles_by_ambassador[amb.id] = profile
        ctx.ambassadors.append(onboard(pf, actor, amb, profile))
    _load_sections()
    for section in DEMO_SECTIONS:
        section(ctx)
    return ctx


def is_demo_file(path: Path) -> bool:
    pf = open_programme(path, create=False)
    try:
        prog = programme_store.get(pf.db)
        return bool(prog and prog.is_demo) or prog is None
    finally:
        pf.close()


def create_demo(path: Path) -> Path:
    """Build a fresh demo at ``path``; replace an older demo, never a real programme."""
    path = Path(path)
    if path.exists() and path.stat().st_size > 0:
        demo = is_demo_file(path)  # a foreign or broken file raises its own, accurate error
        if not demo:
            raise NotADemoFile()
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    pf = open_programme(path)
    try:
        build_demo(pf)
    finally:
        pf.close()
    return path
