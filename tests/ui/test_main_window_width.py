"""The main window fits a 900 px wide screen with every page of the demo, for every profile;
and the Calendar page opens the very editor the Drafts page would."""

from __future__ import annotations

import pytest

from clinic_ambassadors.cli import main
from clinic_ambassadors.services import programme as programme_service
from clinic_ambassadors.services.session import Session
from clinic_ambassadors.ui import ops
from clinic_ambassadors.ui.app import make_app
from clinic_ambassadors.ui.main_window import MainWindow

NARROW = 900
#: Pages whose own layout fits beside the sidebar at 900 px, without scrolling sideways.
#: (Reviews and Programme still scroll there: the reviewer's queue beside the review and the
#: checklist template editor need ~850 px of their own.)
FITTING = ("today", "ambassadors", "drafts", "quickcheck", "calendar", "vacancies", "reports")


@pytest.fixture
def demo(tmp_path):
    path = tmp_path / "demo.sqlite"
    assert main(["demo", "--no-gui", "--db", str(path)]) == 0
    session = Session.open(path)
    yield session
    session.close()


@pytest.mark.parametrize("lang", ["en", "de"])
def test_every_page_fits_900_px(qtbot, demo, lang):
    make_app(lang)
    try:
        for profile in demo.call(programme_service.profiles):
            window = MainWindow(demo, demo.call(programme_service.get), profile)
            qtbot.addWidget(window)
            window.show()
            window.resize(NARROW, 700)
            for key in window.PAGE_KEYS:
                page = window.show_page(key)
                # The page's first load arrives first: combo boxes fill, lists appear.
                qtbot.waitUntil(lambda: ops.pending_count() == 0, timeout=15000)
                assert window.minimumSizeHint().width() <= NARROW, (profile.name, key)
                if key in FITTING:
                    room = window.page_area.maximumViewportSize().width()
                    assert page.minimumSizeHint().width() <= room, (profile.name, key, room)
            assert window.width() <= NARROW
            window.close()
    finally:
        make_app("en")


def test_a_wide_page_scrolls_instead_of_widening_the_window(qtbot, demo):
    profile = demo.call(programme_service.profiles)[0]
    window = MainWindow(demo, demo.call(programme_service.get), profile)
    qtbot.addWidget(window)
    window.show()
    window.resize(NARROW, 700)
    page = window.show_page("drafts")
    assert window.stack.currentWidget() is page
    page.setMinimumWidth(2000)  # stands in for any page wider than the window
    qtbot.waitUntil(lambda: window.page_area.horizontalScrollBar().maximum() > 0, timeout=5000)
    assert window.width() <= NARROW
    page.setMinimumWidth(0)
    qtbot.waitUntil(lambda: window.page_area.horizontalScrollBar().maximum() == 0, timeout=5000)
    window.close()


def test_calendar_opens_the_drafts_page_editor(qtbot, demo):
    profiles = {p.name.split(" (")[0]: p for p in demo.call(programme_service.profiles)}
    manager = next(p for name, p in profiles.items() if "Krüger" in name)
    window = MainWindow(demo, demo.call(programme_service.get), manager)
    qtbot.addWidget(window)
    window.show()
    calendar = window.show_page("calendar")
    qtbot.waitUntil(lambda: calendar.month_view is not None, timeout=15000)
    entry = calendar.month_view.entries[0]
    editor = calendar.open_draft(entry.draft_id)
    drafts = window.pages["drafts"]
    assert editor is drafts.editors[entry.draft_id]
    assert drafts.open_draft(entry.draft_id) is editor  # one editor per draft, wherever opened
    editor.close()
    window.close()
