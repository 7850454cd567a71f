"""The posting calendar and its .ics export, on real programme files."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from icalendar import Calendar

from clinic_ambassadors.core.ambassadors import Ambassador
from clinic_ambassadors.core.calendar import EntryKind, add_months, month_days
from clinic_ambassadors.core.drafts import Action, DraftState
from clinic_ambassadors.core.programme import Role
from clinic_ambassadors.services import ambassadors as ambassador_service
from clinic_ambassadors.services import calendar, calendar_export, drafts
from clinic_ambassadors.services import programme as programme_service
from clinic_ambassadors.storage.audit import Actor
from clinic_ambassadors.storage.connection import open_programme
from tests import helpers

TODAY = date.today()
#: Post text: stays in the file, never in the calendar.
SECRET = "Ich arbeite als MFA in der Praxis am Markt. Heute gab es Teamfrühstück-Waffeln Nr. XQ-4711!"


@pytest.fixture
def world(tmp_path):
    """Two ambassadors; drafts planned, scheduled, published, archived, withdrawn, undated."""
    pf = open_programme(tmp_path / "programme.sqlite")
    _, manager = programme_service.set_up(pf, "Praxis am Markt", "Maria Manager",
                                          frozenset({Role.MANAGER}))
    m = Actor(manager.id, manager.name)
    reviewer = programme_service.add_profile(pf, m, "Dr. Rita Review", frozenset({Role.REVIEWER}))
    r = Actor(reviewer.id, reviewer.name)
    helpers.active(pf, m, Ambassador(id="amb-1", name="Alex Autor"))
    helpers.active(pf, m, Ambassador(id="amb-2", name="Kim Kollegin"))
    ids: dict[str, str] = {}

    def approved(amb: str, title: str, **kw) -> str:
        d = drafts.create(pf, m, amb, title, SECRET, **kw)
        drafts.act(pf, m, d.id, Action.SUBMIT)
        drafts.act(pf, r, d.id, Action.APPROVE)
        return d.id

    ids["planned"] = drafts.create(pf, m, "amb-1", "Ausbildung zur MFA", SECRET,
                                   channels=("instagram",),
                                   planned_date=TODAY + timedelta(days=3)).id
    ids["idea"] = drafts.create(pf, m, "amb-2", "Laborclip", SECRET, as_idea=True,
                                planned_date=TODAY + timedelta(days=40)).id
    ids["undated"] = drafts.create(pf, m, "amb-1", "Ohne Datum", SECRET).id
    ids["scheduled"] = approved("amb-2", "Sommerfest; Grillen, Musik", channels=("linkedin", "x"))
    drafts.act(pf, m, ids["scheduled"], Action.SCHEDULE, planned_date=TODAY + timedelta(days=1))
    ids["published"] = approved("amb-1", "Tag der offenen Tür", channels=("facebook",),
                                planned_date=TODAY + timedelta(days=20))
    drafts.act(pf, m, ids["published"], Action.PUBLISH, network="facebook",
               url="https://www.facebook.com/praxis/posts/1",
               published_on=TODAY - timedelta(days=2))
    ids["archived"] = approved("amb-2", "Ein Jahr im Team", channels=("instagram",))
    drafts.act(pf, m, ids["archived"], Action.PUBLISH, network="instagram",
               url="https://www.instagram.com/p/1/", published_on=TODAY - timedelta(days=35))
    drafts.act(pf, m, ids["archived"], Action.ARCHIVE)
    ids["withdrawn"] = drafts.create(pf, m, "amb-1", "Vorher/Nachher", SECRET,
                                     planned_date=TODAY + timedelta(days=2)).id
    drafts.act(pf, m, ids["withdrawn"], Action.WITHDRAW, reason="HWG")
    yield pf, ids
    pf.close()


def test_month_days_are_whole_weeks_from_monday():
    days = month_days(date(2026, 3, 18))
    assert len(days) == 42
    assert days[0] == date(2026, 2, 23) and days[0].weekday() == 0
    assert days[-1] == date(2026, 4, 5)
    assert month_days(date(2026, 6, 1))[0] == date(2026, 6, 1)  # starts on a Monday itself
    assert add_months(date(2026, 12, 1), 1) == date(2027, 1, 1)
    assert add_months(date(2026, 1, 1), -1) == date(2025, 12, 1)
    assert add_months(date(2026, 5, 1), -17) == date(2024, 12, 1)


def test_drafts_sit_on_their_planned_or_published_day(world):
    pf, ids = world
    found = {e.draft_id: e for e in calendar.entries(pf)}
    assert set(found) == {ids["planned"], ids["idea"], ids["scheduled"], ids["published"],
                          ids["archived"]}
    assert found[ids["planned"]].day == TODAY + timedelta(days=3)
    assert found[ids["planned"]].kind is EntryKind.PLANNED
    assert found[ids["scheduled"]].state is DraftState.SCHEDULED
    assert found[ids["scheduled"]].channels == ("linkedin", "x")
    # Published: the day it went out, not the day it was once planned for.
    pub = found[ids["published"]]
    assert (pub.day, pub.kind, pub.network) == (TODAY - timedelta(days=2), EntryKind.PUBLISHED,
                                               "facebook")
    assert pub.url == "https://www.facebook.com/praxis/posts/1"
    assert found[ids["archived"]].state is DraftState.ARCHIVED
    assert found[ids["archived"]].ambassador_name == "Kim Kollegin"
    days = [e.day for e in calendar.entries(pf)]
    assert days == sorted(days)


def test_range_and_ambassador_filter(world):
    pf, ids = world
    week = calendar.entries(pf, TODAY - timedelta(days=2), TODAY + timedelta(days=3))
    assert {e.draft_id for e in week} == {ids["published"], ids["scheduled"]}  # end is exclusive
    alex = calendar.entries(pf, ambassador_id="amb-1")
    assert {e.draft_id for e in alex} == {ids["planned"], ids["published"]}
    assert calendar.entries(pf, ambassador_id="nobody") == []


def test_month_view_covers_its_weeks(world):
    pf, ids = world
    view = calendar.month(pf, TODAY)
    assert view.first == TODAY.replace(day=1)
    assert len(view.days) == 42 and view.days[0] <= view.first
    assert all(view.days[0] <= e.day <= view.days[-1] for e in view.entries)
    assert all(e.day.month == TODAY.month for e in view.in_month)
    assert [e.draft_id for e in view.on(TODAY + timedelta(days=1))] == [ids["scheduled"]]
    empty = calendar.month(pf, date(2001, 1, 1))
    assert empty.entries == () and empty.in_month == ()
    kim = calendar.month(pf, TODAY, ambassador_id="amb-2")
    assert {e.ambassador_id for e in kim.entries} <= {"amb-2"}


def _read(path) -> list:
    return Calendar.from_ical(path.read_bytes()).walk("VEVENT")


def test_export_writes_one_event_per_dated_draft_without_post_text(world, tmp_path):
    pf, ids = world
    out = tmp_path / "posts.ics"
    assert calendar_export.export_ics(pf, out, "en") == 5
    raw = out.read_bytes()
    unfolded = raw.replace(b"\r\n ", b"")
    assert b"Waffeln" not in unfolded and b"XQ-4711" not in unfolded
    events = {str(e["uid"]).split("@")[0]: e for e in _read(out)}
    assert set(events) == {ids["planned"], ids["idea"], ids["scheduled"], ids["published"],
                           ids["archived"]}
    scheduled = events[ids["scheduled"]]
    assert str(scheduled["summary"]) == "Sommerfest; Grillen, Musik"  # escaped and read back
    assert scheduled.decoded("dtstart") == TODAY + timedelta(days=1)
    assert scheduled.decoded("dtend") == TODAY + timedelta(days=2)
    text = str(scheduled["description"])
    assert "Ambassador: Kim Kollegin" in text
    assert "Channels: LinkedIn, X" in text
    assert "State: Scheduled" in text
    assert str(scheduled["status"]) == "CONFIRMED"
    assert str(events[ids["planned"]]["status"]) == "TENTATIVE"
    published = events[ids["published"]]
    assert published.decoded("dtstart") == TODAY - timedelta(days=2)
    assert str(published["url"]) == "https://www.facebook.com/praxis/posts/1"
    cal = Calendar.from_ical(raw)
    assert "Praxis am Markt" in str(cal["x-wr-calname"])
    # The same draft keeps its UID, so a calendar app updates instead of doubling.
    again = tmp_path / "again.ics"
    calendar_export.export_ics(pf, again, "de")
    assert {str(e["uid"]) for e in _read(again)} == {str(e["uid"]) for e in _read(out)}
    german = {str(e["uid"]).split("@")[0]: e for e in _read(again)}
    assert "Status: Geplant" in str(german[ids["scheduled"]]["description"])
    assert "Kanäle: LinkedIn, X" in str(german[ids["scheduled"]]["description"])


def test_long_titles_are_folded_and_read_back_whole():
    from clinic_ambassadors.core.calendar import CalendarEntry

    title = "Wir suchen MFA (m/w/d) – Teilzeit möglich, Anmeldung & Labor; " * 4
    entry = CalendarEntry("d1", date(2026, 3, 2), EntryKind.PLANNED, title, DraftState.DRAFT,
                          "amb-1", "Jörg Übermann", ("linkedin",))
    raw = calendar_export.ics_calendar([entry], "Praxis", "de",
                                       stamp=datetime(2026, 3, 1, 8, 0, tzinfo=UTC))
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    event = Calendar.from_ical(raw).walk("VEVENT")[0]
    assert str(event["summary"]) == title
    assert "Jörg Übermann" in str(event["description"])


def test_export_to_a_missing_folder_is_a_clear_error(world, tmp_path):
    pf, _ = world
    with pytest.raises(calendar_export.CalendarNotWritten) as err:
        calendar_export.export_ics(pf, tmp_path / "no" / "such" / "posts.ics")
    assert "could not be written" in str(err.value)
    assert list(tmp_path.glob("**/.*.tmp")) == []
