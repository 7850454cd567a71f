"""The Calendar page: a month of drafts by planned or published day, filter, keyboard,
opening the editor, the .ics export; and its models under qtmodeltester."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from icalendar import Calendar
from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import QFileDialog

from clinic_ambassadors.core.ambassadors import Ambassador
from clinic_ambassadors.core.calendar import add_months
from clinic_ambassadors.core.drafts import Action
from clinic_ambassadors.core.programme import Profile, Role
from clinic_ambassadors.services import ambassadors as ambassador_service
from clinic_ambassadors.services import calendar as calendar_service
from clinic_ambassadors.services import drafts
from clinic_ambassadors.services import programme as programme_service
from clinic_ambassadors.services.session import Session
from clinic_ambassadors.storage.audit import Actor
from clinic_ambassadors.ui.pages.calendar import CalendarPage
from clinic_ambassadors.ui.pages.calendar_models import AgendaModel, EntriesRole, MonthModel
from tests import helpers

TODAY = date.today()
CLEAN = "Ich arbeite als MFA in der Praxis am Markt. Heute war unser Teamfrühstück – schön war's!"


class FakeWindow(QObject):
    """What CalendarPage needs from MainWindow; remembers which drafts it was asked to open."""

    changed = Signal(str)

    def __init__(self, session: Session, profile: Profile) -> None:
        super().__init__()
        self.session, self.profile = session, profile
        self.actor = Actor(profile.id, profile.name)
        self.opened: list[str] = []

    def open_draft(self, draft_id: str) -> None:
        self.opened.append(draft_id)


@pytest.fixture
def world(tmp_path):
    session = Session.open(tmp_path / "programme.sqlite")
    _, manager = session.call(programme_service.set_up, "Praxis am Markt", "Maria Manager",
                              frozenset({Role.MANAGER}))
    m = Actor(manager.id, manager.name)
    reviewer = session.call(programme_service.add_profile, m, "Dr. Rita Review",
                            frozenset({Role.REVIEWER}))
    r = Actor(reviewer.id, reviewer.name)
    session.call(helpers.active, m, Ambassador(id="amb-1", name="Alex Autor"))
    session.call(helpers.active, m, Ambassador(id="amb-2", name="Kim Kollegin"))
    ids = {}
    ids["planned"] = session.call(drafts.create, m, "amb-1", "Ausbildung zur MFA", CLEAN,
                                  channels=("instagram",), planned_date=TODAY).id
    ids["second"] = session.call(drafts.create, m, "amb-2", "Sommerfest", CLEAN,
                                 planned_date=TODAY).id
    ids["third"] = session.call(drafts.create, m, "amb-2", "Laborclip", CLEAN, as_idea=True,
                                planned_date=TODAY).id
    ids["published"] = session.call(drafts.create, m, "amb-2", "Tag der offenen Tür", CLEAN).id
    session.call(drafts.act, m, ids["published"], Action.SUBMIT)
    session.call(drafts.act, r, ids["published"], Action.APPROVE)
    session.call(drafts.act, m, ids["published"], Action.PUBLISH, network="instagram",
                 url="https://www.instagram.com/p/1/", published_on=TODAY)
    yield {"session": session, "manager": manager, "ids": ids}
    session.close()


def make_page(qtbot, world) -> CalendarPage:
    window = FakeWindow(world["session"], world["manager"])
    page = CalendarPage(window)  # type: ignore[arg-type]
    page._fake_window = window  # keep it alive
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitUntil(lambda: page.month_view is not None, timeout=15000)
    qtbot.waitUntil(lambda: page.ambassador_filter.count() == 3, timeout=15000)
    return page


def wait_month(qtbot, page: CalendarPage, first: date) -> None:
    qtbot.waitUntil(lambda: page.month_view is not None and page.month_view.first == first
                    and page.model.first == first, timeout=15000)


def titles_on(page: CalendarPage, day: date) -> list[str]:
    return [e.title for e in page.model.index_of(day).data(EntriesRole)]


def test_models_pass_qtmodeltester(qtmodeltester, world):
    view = world["session"].call(calendar_service.month, TODAY)
    month = MonthModel()
    month.set_month(view.first, view.entries)
    qtmodeltester.check(month)
    agenda = AgendaModel()
    agenda.set_entries(view.in_month)
    assert agenda.rowCount() == 4
    qtmodeltester.check(agenda)


def test_month_shows_planned_and_published_drafts_on_their_day(qtbot, world):
    page = make_page(qtbot, world)
    this_month = TODAY.replace(day=1)
    assert page.month_view.first == this_month
    assert sorted(titles_on(page, TODAY)) == ["Ausbildung zur MFA", "Laborclip", "Sommerfest",
                                              "Tag der offenen Tür"]
    assert page.agenda_model.rowCount() == 4
    assert "3 planned, 1 published" in page.summary.text()
    tooltip = page.model.index_of(TODAY).data(Qt.ItemDataRole.ToolTipRole)
    assert "Tag der offenen Tür – Kim Kollegin (Published)" in tooltip
    assert page.grid.currentIndex() == page.model.index_of(TODAY)  # today is selected
    assert "Idea" in page.legend.text() and "Scheduled" in page.legend.text()


def test_filter_by_ambassador(qtbot, world):
    page = make_page(qtbot, world)
    page.ambassador_filter.setCurrentIndex(page.ambassador_filter.findData("amb-1"))
    qtbot.waitUntil(lambda: titles_on(page, TODAY) == ["Ausbildung zur MFA"], timeout=15000)
    assert page.agenda_model.rowCount() == 1


def test_keyboard_turns_months_and_comes_back_today(qtbot, world):
    page = make_page(qtbot, world)
    this_month = TODAY.replace(day=1)
    page.grid.setFocus()
    qtbot.keyClick(page.grid, Qt.Key.Key_PageDown)
    wait_month(qtbot, page, add_months(this_month, 1))
    qtbot.keyClick(page.grid, Qt.Key.Key_PageUp)
    qtbot.keyClick(page.grid, Qt.Key.Key_PageUp)
    wait_month(qtbot, page, add_months(this_month, -1))
    qtbot.keyClick(page.grid, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    wait_month(qtbot, page, this_month)
    assert page.selected_day == TODAY
    page.next_button.click()
    wait_month(qtbot, page, add_months(this_month, 1))
    qtbot.keyClick(page.grid, Qt.Key.Key_T)
    wait_month(qtbot, page, this_month)
    # Arrow keys move by day and week; leaving the month turns the page.
    page.select_day(this_month)
    qtbot.keyClick(page.grid, Qt.Key.Key_Left)
    wait_month(qtbot, page, add_months(this_month, -1))
    assert page.selected_day == this_month - timedelta(days=1)
    qtbot.keyClick(page.grid, Qt.Key.Key_Down)
    wait_month(qtbot, page, this_month)
    assert page.selected_day == this_month + timedelta(days=6)
    assert page.grid.currentIndex() == page.model.index_of(page.selected_day)


def test_empty_month_says_so(qtbot, world):
    page = make_page(qtbot, world)
    page.show_month(date(2001, 5, 1))
    wait_month(qtbot, page, date(2001, 5, 1))
    assert "Nothing planned or published in May 2001" in page.summary.text()
    assert page.agenda_model.rowCount() == 0
    page.ambassador_filter.setCurrentIndex(page.ambassador_filter.findData("amb-1"))
    qtbot.waitUntil(lambda: "for Alex Autor" in page.summary.text(), timeout=15000)


def test_double_click_opens_the_draft_under_the_mouse(qtbot, world):
    page = make_page(qtbot, world)
    opened = page._fake_window.opened
    page.ambassador_filter.setCurrentIndex(page.ambassador_filter.findData("amb-1"))
    qtbot.waitUntil(lambda: titles_on(page, TODAY) == ["Ausbildung zur MFA"], timeout=15000)
    cell = page.grid.visualRect(page.model.index_of(TODAY))
    # A day with one draft opens it wherever the day is double-clicked ...
    qtbot.mouseDClick(page.grid.viewport(), Qt.MouseButton.LeftButton,
                      pos=cell.topLeft() + QPoint(4, 4))
    assert opened == [world["ids"]["planned"]]
    # ... and Enter does the same.
    page.grid.setFocus()
    qtbot.keyClick(page.grid, Qt.Key.Key_Return)
    assert opened[-1] == world["ids"]["planned"]
    # With several, the chip under the mouse decides.
    page.ambassador_filter.setCurrentIndex(0)
    qtbot.waitUntil(lambda: len(titles_on(page, TODAY)) == 4, timeout=15000)
    opened.clear()
    entries = page.model.index_of(TODAY).data(EntriesRole)
    first = page.grid.visualRect(page.model.index_of(TODAY))
    for y in range(first.top(), first.bottom()):
        hit = page.grid.entry_at(QPoint(first.center().x(), y))
        if hit is not None:
            break
    assert hit is not None and hit.draft_id == entries[0].draft_id
    qtbot.mouseDClick(page.grid.viewport(), Qt.MouseButton.LeftButton,
                      pos=QPoint(first.center().x(), y))
    assert opened == [entries[0].draft_id]
    # Enter on a day with several offers them in a small menu.
    qtbot.keyClick(page.grid, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.day_menu is not None, timeout=5000)
    assert len(page.day_menu.actions()) == 4
    page.day_menu.actions()[1].trigger()
    assert opened[-1] == entries[1].draft_id
    page.day_menu.close()


def test_list_view_opens_drafts_too(qtbot, world):
    page = make_page(qtbot, world)
    page.views.setCurrentWidget(page.agenda)
    row = next(i for i in range(page.agenda_model.rowCount())
               if page.agenda_model.entry(i).title == "Sommerfest")
    rect = page.agenda.visualRect(page.agenda_model.index(row, AgendaModel.COL_TITLE))
    qtbot.mouseClick(page.agenda.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.agenda.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page._fake_window.opened == [world["ids"]["second"]]  # once, not twice
    qtbot.keyClick(page.agenda, Qt.Key.Key_Return)
    assert page._fake_window.opened == [world["ids"]["second"]] * 2


def test_export_through_the_file_dialog(qtbot, world, tmp_path):
    page = make_page(qtbot, world)
    dialog = page.export_calendar()
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    target = tmp_path / "posts.ics"
    dialog.selectFile(str(target))
    dialog.accept()
    qtbot.waitUntil(lambda: page.notice.isVisible() and "4 post(s)" in page.notice.text(),
                    timeout=15000)
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert {str(e["summary"]) for e in events} == {"Ausbildung zur MFA", "Sommerfest",
                                                  "Laborclip", "Tag der offenen Tür"}
    # With an ambassador chosen, only their posts go into the file.
    page.ambassador_filter.setCurrentIndex(page.ambassador_filter.findData("amb-1"))
    page.export_to(tmp_path / "alex.ics")
    qtbot.waitUntil(lambda: "1 post(s)" in page.notice.text(), timeout=15000)
    events = Calendar.from_ical((tmp_path / "alex.ics").read_bytes()).walk("VEVENT")
    assert [str(e["summary"]) for e in events] == ["Ausbildung zur MFA"]


def test_export_to_a_missing_folder_says_why(qtbot, world, tmp_path):
    page = make_page(qtbot, world)
    page.export_to(tmp_path / "gone" / "posts.ics")
    qtbot.waitUntil(lambda: "could not be saved" in page.notice.text(), timeout=15000)
    assert "No such file or directory" in page.notice.text()
    assert "a40000" in page.notice.styleSheet()


def test_page_follows_changes(qtbot, world):
    page = make_page(qtbot, world)
    session, manager = world["session"], world["manager"]
    m = Actor(manager.id, manager.name)
    session.call(drafts.create, m, "amb-1", "Neu im Kalender", CLEAN, planned_date=TODAY)
    page._fake_window.changed.emit("drafts")
    qtbot.waitUntil(lambda: "Neu im Kalender" in titles_on(page, TODAY), timeout=15000)
