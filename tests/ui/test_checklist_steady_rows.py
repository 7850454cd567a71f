"""Ticking in the draft editor's Checklist tab: the rows stay where they were under the
pointer while the refusal above the editor and the "still open" box shrink, so a row of
quick clicks at the same places ticks exactly the items under them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtWidgets import QApplication

from clinic_ambassadors.core.checklists import Part
from clinic_ambassadors.services import checklists, drafts
from clinic_ambassadors.ui.app import make_app
from tests.ui.test_draft_editor import open_editor, world  # noqa: F401 - fixture
from tests.ui.test_drafts_page import CLEAN


def _settle(qtbot, editor, ticked: set[str]) -> None:
    """Until the stores, the refusal's recheck and the layouts that follow are done."""
    panel = editor.checklist
    qtbot.waitUntil(lambda: all(panel.view.states()[i].ticked for i in ticked)
                    and not any(r._pending for r in panel.rows.values()), timeout=15000)
    qtbot.wait(120)  # the recheck of the standing refusal and the layout passes after it


def _click_at(qtbot, editor, point: QPoint) -> None:
    """A click where the person clicked before: whatever widget is there now gets it."""
    target = editor.childAt(editor.mapFromGlobal(point))
    assert target is not None
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=target.mapFromGlobal(point))


def _positions(panel) -> dict[str, QPoint]:
    return {i: row.check.mapToGlobal(QPoint(0, 0)) for i, row in panel.rows.items()}


@pytest.mark.parametrize("lang,width", [("en", 1000), ("en", 600), ("de", 600)])
def test_quick_clicks_at_the_same_places_tick_every_item_under_them(
        qtbot, world, lang, width):  # noqa: F811
    make_app(lang)
    try:
        checklists.install_draft_gates()  # conftest puts the gate list back afterwards
        s = world["session"]
        rec = s.call(drafts.create, world["a"], "amb-1", "Teamfrühstück", CLEAN)
        editor = open_editor(qtbot, world, rec.id)
        editor.resize(width, 1150)  # narrow: as narrow as the editor gets; tall: all items
        editor.tabs.setCurrentWidget(editor.checklist)
        panel = editor.checklist
        qtbot.waitUntil(lambda: panel.view is not None and bool(panel.rows), timeout=15000)
        editor.workflow.submit()
        qtbot.waitUntil(lambda: editor.message.isVisible(), timeout=15000)
        qtbot.wait(120)
        viewport = panel.scroll.viewport()
        top = viewport.mapToGlobal(QPoint(0, 0)).y()
        bottom = viewport.mapToGlobal(QPoint(0, viewport.height())).y()
        targets: list[tuple[str, QPoint]] = []
        for item in panel.view.missing(Part.AUTHOR):  # top to bottom, the way people tick
            check = panel.rows[item.id].check
            centre = check.mapToGlobal(check.rect().center())
            if top < centre.y() < bottom:
                targets.append((item.id, centre))
        assert len(targets) >= 7, targets
        before = _positions(panel)
        banner, box = editor.message.height(), panel.missing_label.height()

        ticked: set[str] = set()
        for item_id, point in targets:
            _click_at(qtbot, editor, point)
            ticked.add(item_id)
            _settle(qtbot, editor, ticked)
            assert _positions(panel) == before, item_id

        states = panel.view.states()
        assert [i for i, _ in targets if not states[i].ticked] == []
        assert sum(1 for st in states.values() if st.ticked) == len(targets)
        # What moved the rows before: the refusal or the "still open" box shrank or went. (Both
        # name only three items, so in some languages and widths one keeps its height.)
        banner_shrank = editor.message.height() < banner or not editor.message.isVisible()
        box_shrank = panel.missing_label.height() < box or not panel.missing_label.isVisible()
        if not (banner_shrank or box_shrank):
            return  # nothing above moved this time; the rows staying put was checked above
        assert panel.steady.filler > 0  # the room they left is held above the list

        # once the pointer leaves the checklist, the list takes the room back
        QApplication.sendEvent(panel, QEvent(QEvent.Type.Leave))
        qtbot.waitUntil(lambda: panel.steady.filler == 0, timeout=5000)
        qtbot.wait(50)
        first = targets[0][0]
        assert panel.rows[first].check.mapToGlobal(QPoint(0, 0)).y() < before[first].y()
    finally:
        make_app("en")


def test_unticking_and_ticking_again_keeps_the_rows_in_place(qtbot, world):  # noqa: F811
    """The who/when line a tick adds has its room already: rows below never move."""
    s = world["session"]
    rec = s.call(drafts.create, world["a"], "amb-1", "Teamfrühstück", CLEAN)
    editor = open_editor(qtbot, world, rec.id)
    editor.resize(600, 1150)
    editor.tabs.setCurrentWidget(editor.checklist)
    panel = editor.checklist
    qtbot.waitUntil(lambda: panel.view is not None and bool(panel.rows), timeout=15000)
    qtbot.wait(50)
    first = panel.view.missing(Part.AUTHOR)[0].id
    before = _positions(panel)
    heights = {i: row.height() for i, row in panel.rows.items()}
    for ticked in (True, False, True):
        qtbot.mouseClick(panel.rows[first].check, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda t=ticked: panel.view.states()[first].ticked is t, timeout=15000)
        qtbot.wait(50)
        assert {i: row.height() for i, row in panel.rows.items()} == heights
        assert _positions(panel) == before
    assert "Alex Autor" in panel.rows[first].meta.text()


def test_the_held_list_follows_the_persons_own_scrolling(qtbot, world):  # noqa: F811
    """Holding the rows never fights the scroll wheel: where the person scrolls to is held."""
    s = world["session"]
    rec = s.call(drafts.create, world["a"], "amb-1", "Teamfrühstück", CLEAN)
    editor = open_editor(qtbot, world, rec.id)
    editor.resize(1000, 600)
    editor.tabs.setCurrentWidget(editor.checklist)
    panel = editor.checklist
    qtbot.waitUntil(lambda: panel.view is not None and bool(panel.rows), timeout=15000)
    bar = panel.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 100, timeout=15000)
    first = panel.view.missing(Part.AUTHOR)[0].id
    qtbot.mouseClick(panel.rows[first].check, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.view.states()[first].ticked, timeout=15000)
    qtbot.wait(50)
    assert panel.steady.holding
    bar.setValue(bar.value() + 60)  # the wheel, a drag of the bar or Page Down
    qtbot.wait(50)
    assert bar.value() == 60  # not pulled back to where the tick was
    before = _positions(panel)
    editor.message.setText("A message\nover\nthree lines")
    editor.message.show()  # pushes the list down: made up for from where the person is
    qtbot.waitUntil(lambda: editor.message.height() > 30, timeout=5000)
    qtbot.wait(50)
    assert _positions(panel) == before
    assert bar.value() > 60
