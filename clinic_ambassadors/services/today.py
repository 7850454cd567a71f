"""What a person should look at today: one read, for the Today page."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlite_utils import Database

from clinic_ambassadors.core.ambassadors import AmbassadorStatus, ConsentKind
from clinic_ambassadors.core.drafts import DraftState
from clinic_ambassadors.core.posts import DraftFilter, DraftRecord
from clinic_ambassadors.services import ambassadors as ambassador_service
from clinic_ambassadors.services import drafts as draft_service
from clinic_ambassadors.services import incidents as incident_service
from clinic_ambassadors.services.writes import reading
from clinic_ambassadors.storage.connection import ProgrammeFile


#: The first-run guide's steps, in order: a reviewer, an ambassador, onboarding, a draft.
GUIDE_STEPS = ("reviewer", "ambassador", "onboarding", "first_draft")


@dataclass(frozen=True)
class GuideStep:
    key: str
    done: bool


@dataclass(frozen=True)
class OnboardingOpen:
    """Someone in onboarding and the required items still open (texts per language)."""

    ambassador_id: str
    name: str
    items: dict[str, list[str]]
    mine: bool


@dataclass(frozen=True)
class TodaySummary:
    by_status: dict[AmbassadorStatus, int]
    missing_photo: list[str]
    budget_hours: float
    waiting_for_me: list[DraftRecord] = field(default_factory=list)
    my_changes_requested: list[DraftRecord] = field(default_factory=list)
    coming_up: list[DraftRecord] = field(default_factory=list)
    in_review_total: int = 0
    #: The setup road map: (done, total) of required items, and the next open step's text.
    road_map_done: tuple[int, int] = (0, 0)
    next_step: dict[str, str] = field(default_factory=dict)
    #: Open incidents (crisis mode): (title, started_at ISO).
    open_incidents: list[tuple[str, str]] = field(default_factory=list)
    #: Planned drafts whose author withdrew consent: not to be published.
    flagged: list[DraftRecord] = field(default_factory=list)
    #: The person's own drafts that wait for a reviewer.
    my_in_review: list[DraftRecord] = field(default_factory=list)
    #: The first-run guide while a step is open (empty once the first draft exists).
    guide: tuple[GuideStep, ...] = ()
    #: The person's own drafts and ideas not yet submitted.
    my_drafts: list[DraftRecord] = field(default_factory=list)
    #: People in onboarding with open items: the person's own record first.
    onboarding: list[OnboardingOpen] = field(default_factory=list)


def summary(pf: ProgrammeFile, profile_id: str | None, today: date | None = None) -> TodaySummary:
    today = today or date.today()
    people = ambassador_service.page(pf, None, 0, 100_000)
    by_status = {s: 0 for s in AmbassadorStatus}
    missing_photo = []
    for a in people:
        by_status[a.status] += 1
        if a.status == AmbassadorStatus.ACTIVE and not a.has_active_consent(ConsentKind.PHOTO):
            missing_photo.append(a.name)
    budget = sum(a.time_budget_hours for a in people if a.status == AmbassadorStatus.ACTIVE)
    waiting = [i.draft for i in draft_service.review_queue(pf, profile_id)] if profile_id else []
    mine = [d for d in draft_service.page(pf, DraftFilter(
        states=frozenset({DraftState.CHANGES_REQUESTED})), 0, 500)
        if d.author_profile_id == profile_id]
    horizon = today + timedelta(days=7)
    planned = draft_service.page(pf, DraftFilter(states=frozenset({
        DraftState.SCHEDULED, DraftState.APPROVED, DraftState.IN_REVIEW, DraftState.DRAFT})), 0, 2000)
    coming = sorted((d for d in planned if d.planned_date and today <= d.planned_date <= horizon),
                    key=lambda d: d.planned_date or today)
    in_review = draft_service.count(pf, DraftFilter(states=frozenset({DraftState.IN_REVIEW})))
    done, next_step = reading(pf, _road_map)
    crisis = [(i.title, str(i.started_at)) for i in incident_service.incidents(pf, open_only=True)]
    from clinic_ambassadors.services.onboarding import flagged_drafts

    flagged_ids = set(flagged_drafts(pf))
    open_states = frozenset({DraftState.IDEA, DraftState.DRAFT, DraftState.IN_REVIEW,
                             DraftState.CHANGES_REQUESTED, DraftState.APPROVED,
                             DraftState.SCHEDULED})
    flagged = [d for d in draft_service.page(pf, DraftFilter(states=open_states), 0, 5000)
               if d.id in flagged_ids]
    mine_in_review = [d for d in draft_service.page(pf, DraftFilter(
        states=frozenset({DraftState.IN_REVIEW})), 0, 500) if d.author_profile_id == profile_id]
    own = [d for d in draft_service.page(pf, DraftFilter(
        states=frozenset({DraftState.IDEA, DraftState.DRAFT})), 0, 500)
        if d.author_profile_id == profile_id]
    onboarding = reading(pf, lambda db: _onboarding_open(db, people, profile_id))
    guide = _guide(pf, people, by_status)
    return TodaySummary(by_status, missing_photo, budget, waiting, mine, coming, in_review,
                        done, next_step, crisis, flagged, mine_in_review, guide, own, onboarding)


def _guide(pf: ProgrammeFile, people: list, by_status: dict) -> tuple[GuideStep, ...]:
    """What a new programme does first; nothing once a first draft exists."""
    from clinic_ambassadors.core.programme import Role
    from clinic_ambassadors.services import programme as programme_service

    if draft_service.count(pf, DraftFilter()):
        return ()
    done = {
        "reviewer": any(p.has(Role.REVIEWER) for p in programme_service.profiles(pf)),
        "ambassador": bool(people),
        "onboarding": bool(by_status[AmbassadorStatus.ACTIVE] or by_status[AmbassadorStatus.PAUSED]),
        "first_draft": False,
    }
    return tuple(GuideStep(key, done[key]) for key in GUIDE_STEPS)


def _onboarding_open(db: Database, people: list, profile_id: str | None) -> list[OnboardingOpen]:
    from clinic_ambassadors.services.onboarding import missing_onboarding

    out = []
    for amb in people:
        if amb.status is not AmbassadorStatus.ONBOARDING:
            continue
        ids, names = missing_onboarding(db, amb.id)
        mine = profile_id is not None and amb.profile_id == profile_id
        out.append(OnboardingOpen(amb.id, amb.name, names, mine))
    return sorted(out, key=lambda o: (not o.mine, o.name.casefold()))


def _road_map(db: Database) -> tuple[tuple[int, int], dict[str, str]]:
    """Read-only look at the setup road map (it is started the first time someone opens it)."""
    from clinic_ambassadors.core.checklists import Kind, missing_required
    from clinic_ambassadors.services import checklists

    inst = checklists.latest_instance(db, Kind.PROGRAMME_SETUP, checklists.programme_id(db))
    if inst is not None:
        view = checklists.load_view(db, inst)
        template, events = view.template, view.events
    else:
        template, events = checklists.active_template(db, Kind.PROGRAMME_SETUP), ()
    required = [i for i in template.items if i.required]
    missing = missing_required(template, events)
    nxt = next((i for i in template.road_map() if i in missing), None)
    texts = {lang: nxt.text(lang) for lang in ("de", "en")} if nxt else {}
    return (len(required) - len(missing), len(required)), texts
