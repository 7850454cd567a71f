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
FITTING = ("today", "ambassadors", "drafts", "reviews", "quickcheck", "calendar", "vacancies",
           "reports", "programme")


def _fits(window, page, what) -> None:
    room = window.page_area.maximumViewportSize().width()
    assert page.minimumSizeHint().width() <= room, (*what, room)


def _check_programme_tabs(qtbot, window, page, who) -> None:
    """Every tab of the Programme page, and the checklist template editor while editing."""
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda: ops.pending_count() == 0, timeout=15000)
        _fits(window, page, (who, "programme", page.TABS[index]))
    page.show_tab("checklists")
    templates = page.templates
    qtbot.waitUntil(lambda: templates.current_key() is not None, timeout=15000)
    templates.start_edit()
    assert templates.editing
    _fits(window, page, (who, "programme", "editing a template"))
    templates.cancel_edit()
    qtbot.waitUntil(lambda: ops.pending_count() == 0, timeout=15000)


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
                    _fits(window, page, (profile.name, key))
                if key == "programme":
                    _check_programme_tabs(qtbot, window, page, profile.name)
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


def _profile(session, name: str):
    return next(p for p in session.call(programme_service.profiles) if name in p.name)


def _inside_viewport(window, widget) -> bool:
    viewport = window.page_area.viewport()
    top_left = widget.mapTo(viewport, widget.rect().topLeft())
    return top_left.x() >= 0 and top_left.x() + widget.width() <= viewport.width()


@pytest.mark.parametrize("lang", ["en", "de"])
def test_reviews_queue_goes_above_the_review_on_a_narrow_window(qtbot, demo, lang):
    make_app(lang)
    try:
        window = MainWindow(demo, demo.call(programme_service.get), _profile(demo, "Vogt"))
        qtbot.addWidget(window)
        window.show()
        window.resize(NARROW, 700)
        page = window.show_page("reviews")
        qtbot.waitUntil(lambda: page.current_review() is not None, timeout=15000)
        qtbot.waitUntil(lambda: ops.pending_count() == 0, timeout=15000)
        qtbot.waitUntil(lambda: page.splitter.stacked, timeout=5000)
        assert window.page_area.horizontalScrollBar().maximum() == 0
        for button in (page.approve_button, page.changes_button, page.reject_button):
            assert button.isVisible() and _inside_viewport(window, button), button.objectName()
        assert _inside_viewport(window, page.detail.comment_button)

        window.resize(1200, 760)  # room to spare: the queue goes back beside the review
        qtbot.waitUntil(lambda: not page.splitter.stacked, timeout=5000)
        qtbot.waitUntil(lambda: _inside_viewport(window, page.approve_button), timeout=5000)
        assert window.page_area.horizontalScrollBar().maximum() == 0
        assert page.queue.width() >= 180
        window.close()
    finally:
        make_app("en")


@pytest.mark.parametrize("lang", ["en", "de"])
def test_reviews_explanation_for_non_reviewers_is_whole_on_a_narrow_window(qtbot, demo, lang):
    make_app(lang)
    try:
        window = MainWindow(demo, demo.call(programme_service.get), _profile(demo, "Aylin"))
        qtbot.addWidget(window)
        window.show()
        window.resize(NARROW, 700)
        page = window.show_page("reviews")
        qtbot.waitUntil(lambda: ops.pending_count() == 0, timeout=15000)
        note = page.no_role
        qtbot.waitUntil(lambda: note.isVisible(), timeout=5000)
        assert window.page_area.horizontalScrollBar().maximum() == 0
        assert _inside_viewport(window, note)
        assert note.heightForWidth(note.width()) <= note.height()
        window.close()
    finally:
        make_app("en")
