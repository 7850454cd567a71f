"""The Drafts page: lazy table model, filters and full-text search, the board by state."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal

from clinic_ambassadors.core.ambassadors import Ambassador, Consent, ConsentKind
from clinic_ambassadors.core.drafts import Action, DraftState
from clinic_ambassadors.core.programme import Profile, Role
from clinic_ambassadors.services import ambassadors as ambassador_service
from clinic_ambassadors.services import drafts
from clinic_ambassadors.services import programme as programme_service
from clinic_ambassadors.services.session import Session
from clinic_ambassadors.storage.audit import Actor
from clinic_ambassadors.ui.drafts import DraftsPage
from clinic_ambassadors.ui.drafts.model import DraftTableModel
from tests import helpers

CLEAN = "Ich arbeite als MFA in der Praxis am Markt. Heute war unser Teamfrühstück – schön war's!"
RISKY = "Unsere Behandlung wirkt garantiert – 100 % Erfolg! Ich arbeite als MFA hier."


class FakeWindow(QObject):
    """What DraftsPage needs from MainWindow."""

    changed = Signal(str)

    def __init__(self, session: Session, profile: Profile) -> None:
        super().__init__()
        self.session, self.profile = session, profile
        self.actor = Actor(profile.id, profile.name)


def build_world(path: Path) -> dict:
    """A programme with a manager, an ambassador with a profile, a second one, a reviewer."""
    session = Session.open(path)
    _, manager = session.call(programme_service.set_up, "Praxis am Markt", "Maria Manager",
                              frozenset({Role.MANAGER}))
    m = Actor(manager.id, manager.name)
    author = session.call(programme_service.add_profile, m, "Alex Autor",
                          frozenset({Role.AMBASSADOR}))
    reviewer = session.call(programme_service.add_profile, m, "Dr. Rita Review",
                            frozenset({Role.REVIEWER}))
    photo = (Consent(ConsentKind.PHOTO, "2025-1", date(2025, 1, 1)),)
    session.call(helpers.active, m, Ambassador(id="amb-1", name="Alex Autor",
                                                        profile_id=author.id, consents=photo))
    kim = session.call(helpers.active, m, Ambassador(id="amb-2", name="Kim Kollegin"))
    # Kim is photographed in some tests: her photo consent is not on record (any more)
    session.call(ambassador_service.save, m, kim.with_changes(
        consents=tuple(c for c in kim.consents if c.kind is not ConsentKind.PHOTO)))
    return {"session": session, "manager": manager, "m": m, "author": author,
            "a": Actor(author.id, author.name), "reviewer": reviewer,
            "r": Actor(reviewer.id, reviewer.name)}


@pytest.fixture
def world(tmp_path):
    w = build_world(tmp_path / "programme.sqlite")
    yield w
    w["session"].close()


def seed_drafts(w: dict) -> dict[str, str]:
    """Drafts in several states, channels, topics and weeks."""
    s, a, r, m = w["session"], w["a"], w["r"], w["m"]
    monday = date.today() - timedelta(days=date.today().weekday())
    ids = {}
    ids["ausbildung"] = s.call(drafts.create, a, "amb-1", "Ausbildung zur MFA",
                               "Bewirb dich – wir freuen uns auf dich!", channels=("instagram",),
                               topic="Ausbildung", planned_date=monday + timedelta(days=2)).id
    ids["sommerfest"] = s.call(drafts.create, a, "amb-1", "Sommerfest", "Grillen im Hof 🌭",
                               channels=("linkedin",), topic="Team").id
    ids["review"] = s.call(drafts.create, a, "amb-1", "Neues Ultraschallgerät", CLEAN,
                           channels=("linkedin", "x"), topic="Technik").id
    s.call(drafts.act, a, ids["review"], Action.SUBMIT)
    ids["approved"] = s.call(drafts.create, a, "amb-1", "Tag der offenen Tür", CLEAN,
                             channels=("facebook",), topic="Team").id
    s.call(drafts.act, a, ids["approved"], Action.SUBMIT)
    s.call(drafts.act, r, ids["approved"], Action.APPROVE)
    ids["kim"] = s.call(drafts.create, m, "amb-2", "Mein erster Monat", CLEAN,
                        channels=("instagram",), topic="Team").id
    return ids


def test_model_passes_qtmodeltester(qtbot, qtmodeltester, world):
    seed_drafts(world)
    model = DraftTableModel(world["session"])
    with qtbot.waitSignal(model.loaded, timeout=15000):
        model.reload()
    assert model.rowCount() == 5
    qtmodeltester.check(model)


def test_model_fetches_lazily(qtbot, world, monkeypatch):
    from clinic_ambassadors.ui import lazy_model as model_module

    seed_drafts(world)
    monkeypatch.setattr(model_module, "PAGE", 2)
    model = DraftTableModel(world["session"])
    with qtbot.waitSignal(model.loaded, timeout=15000):
        model.reload()
    assert (model.rowCount(), model.total) == (2, 5)
    assert model.canFetchMore()
    with qtbot.waitSignal(model.loaded, timeout=15000):
        model.fetchMore()
    assert model.rowCount() == 4


def _page(qtbot, world, profile_key="author") -> DraftsPage:
    window = FakeWindow(world["session"], world[profile_key])
    page = DraftsPage(window)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page._fake_window = window  # keep it alive
    page.resize(1100, 700)
    page.show()
    qtbot.waitUntil(lambda: page.model.total > 0 and not page.model.is_loading, timeout=15000)
    return page


def _titles(page: DraftsPage) -> set[str]:
    return {d.title for d in page.model.drafts()}


def test_filters_and_search_narrow_the_list(qtbot, world):
    seed_drafts(world)
    page = _page(qtbot, world)
    assert page.model.total == 5
    qtbot.waitUntil(lambda: page.ambassador_filter.count() == 3, timeout=15000)

    def settle(expected: set[str]) -> None:
        qtbot.waitUntil(lambda: not page.model.is_loading and _titles(page) == expected,
                        timeout=15000)

    page.search.setText("ausbild")  # FTS prefix search, debounced
    settle({"Ausbildung zur MFA"})
    page.search.setText("teamfrühstück")
    settle({"Neues Ultraschallgerät", "Tag der offenen Tür", "Mein erster Monat"})
    page.search.clear()
    settle({"Ausbildung zur MFA", "Sommerfest", "Neues Ultraschallgerät", "Tag der offenen Tür",
            "Mein erster Monat"})
    page.channel_filter.setCurrentIndex(page.channel_filter.findData("instagram"))
    settle({"Ausbildung zur MFA", "Mein erster Monat"})
    page.ambassador_filter.setCurrentIndex(page.ambassador_filter.findData("amb-1"))
    settle({"Ausbildung zur MFA"})
    page.channel_filter.setCurrentIndex(0)
    page.topic_filter.setCurrentIndex(page.topic_filter.findData("Team"))
    settle({"Sommerfest", "Tag der offenen Tür"})
    page.topic_filter.setCurrentIndex(0)
    page.state_filter.setCurrentIndex(page.state_filter.findData("in_review"))
    settle({"Neues Ultraschallgerät"})
    page.state_filter.setCurrentIndex(0)
    this_week = page.week_filter.findData(
        (date.today() - timedelta(days=date.today().weekday())).isoformat())
    page.week_filter.setCurrentIndex(this_week)
    settle({"Ausbildung zur MFA"})
    assert "1 draft" in page.count_label.text()


def test_board_shows_a_column_per_state_with_the_right_cards(qtbot, world):
    seed_drafts(world)
    page = _page(qtbot, world)
    with qtbot.waitSignal(page.board.loaded, timeout=15000):
        page.views.setCurrentWidget(page.board)
    cols = page.board.columns
    assert set(cols) == set(DraftState)
    assert set(cols[DraftState.DRAFT].titles()) == {"Ausbildung zur MFA", "Sommerfest",
                                                    "Mein erster Monat"}
    assert cols[DraftState.IN_REVIEW].titles() == ["Neues Ultraschallgerät"]
    assert cols[DraftState.APPROVED].titles() == ["Tag der offenen Tür"]
    assert cols[DraftState.PUBLISHED].titles() == []
    assert cols[DraftState.IN_REVIEW].header.text().startswith("In review (1)")
    # filters apply to the board too
    with qtbot.waitSignal(page.board.loaded, timeout=15000):
        page.channel_filter.setCurrentIndex(page.channel_filter.findData("instagram"))
    assert set(cols[DraftState.DRAFT].titles()) == {"Ausbildung zur MFA", "Mein erster Monat"}
    assert cols[DraftState.APPROVED].titles() == []
    # a card opens the editor
    cards = cols[DraftState.DRAFT].cards
    editor = None
    page.board.open_requested.connect(lambda _d: None)
    cards.setCurrentRow(0)
    editor = page.open_selected()
    assert editor is not None and editor.isVisible()
    qtbot.waitUntil(lambda: editor.record is not None, timeout=15000)
    assert editor.record.title == cards.item(0).text().split("\n")[0]
    editor.close()


def test_new_draft_asks_first_and_opens_editor_for_own_ambassador(qtbot, world):
    page = _page_empty(qtbot, world)
    qtbot.waitUntil(lambda: page.own_ambassador_id() == "amb-1", timeout=15000)
    dialog = page.new_draft()
    assert dialog is not None and dialog.isVisible()
    assert dialog.ambassador.currentData() == "amb-1"
    assert dialog.ambassador.count() == 1  # an ambassador writes for themselves only
    assert world["session"].call(drafts.count) == 0  # nothing stored before OK
    dialog.title.setText("Unser Sommerfest")
    dialog.channel_boxes["instagram"].setChecked(True)
    dialog.confirm()
    qtbot.waitUntil(lambda: len(page.editors) == 1, timeout=15000)
    editor = next(iter(page.editors.values()))
    qtbot.waitUntil(lambda: editor.record is not None, timeout=15000)
    assert editor.record.ambassador_id == "amb-1"
    assert (editor.record.title, editor.record.channels) == ("Unser Sommerfest", ("instagram",))
    assert editor.can_edit
    assert page.new_dialog is None
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=15000)
    editor.close()


def test_manager_picks_the_ambassador_in_the_dialog(qtbot, world):
    page = _page_empty(qtbot, world, "manager")
    qtbot.waitUntil(lambda: page.ambassador_filter.count() == 3, timeout=15000)
    dialog = page.new_draft()
    assert dialog is not None
    assert {dialog.ambassador.itemData(i) for i in range(dialog.ambassador.count())} == {
        None, "amb-1", "amb-2"}
    dialog.title.setText("Mein erster Monat")
    dialog.confirm()
    assert "ambassador" in dialog.message.text() and page.editors == {}
    dialog.ambassador.setCurrentIndex(dialog.ambassador.findData("amb-2"))
    dialog.confirm()
    qtbot.waitUntil(lambda: len(page.editors) == 1, timeout=15000)
    editor = next(iter(page.editors.values()))
    qtbot.waitUntil(lambda: editor.record is not None, timeout=15000)
    assert editor.record.ambassador_id == "amb-2"
    editor.close()


def test_only_active_ambassadors_are_offered_for_a_new_draft(qtbot, world):
    world["session"].call(ambassador_service.save, world["m"],
                          Ambassador(id="amb-3", name="Nina Neu"))
    page = _page_empty(qtbot, world, "manager")
    qtbot.waitUntil(lambda: page.ambassador_filter.count() == 4, timeout=15000)
    dialog = page.new_draft()
    assert dialog is not None
    offered = {dialog.ambassador.itemData(i) for i in range(dialog.ambassador.count())}
    assert offered == {None, "amb-1", "amb-2"}


def test_profile_without_ambassador_is_told_what_to_do(qtbot, world):
    page = _page_empty(qtbot, world, "reviewer")
    qtbot.waitUntil(lambda: page.ambassador_filter.count() == 3, timeout=15000)
    assert page.new_draft() is None
    assert "not linked to an ambassador" in page.count_label.text()
    assert page.editors == {} and page.new_dialog is None


def _page_empty(qtbot, world, key="author") -> DraftsPage:
    window = FakeWindow(world["session"], world[key])
    page = DraftsPage(window)  # type: ignore[arg-type]
    page._fake_window = window
    qtbot.addWidget(page)
    page.show()
    return page


def test_every_control_has_names(qtbot, world):
    page = _page_empty(qtbot, world)
    for w in (page.search, page.ambassador_filter, page.channel_filter, page.topic_filter,
              page.state_filter, page.week_filter, page.new_button, page.open_button,
              page.table, page.views):
        assert w.objectName() and w.accessibleName(), w
