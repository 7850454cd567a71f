"""ChecklistPanel usability: ticking keeps focus and scroll, the "still open" box follows
the ticks, rows are as tall as their text, and the reviewer's part gets room."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QVBoxLayout, QWidget

from clinic_ambassadors.core.ambassadors import Ambassador
from clinic_ambassadors.core.checklists import Kind
from clinic_ambassadors.core.drafts import Action
from clinic_ambassadors.core.programme import Profile, Role
from clinic_ambassadors.services import ambassadors as ambassador_service
from clinic_ambassadors.services import drafts
from clinic_ambassadors.services import programme as programme_service
from clinic_ambassadors.services.session import Session
from clinic_ambassadors.storage.audit import Actor
from clinic_ambassadors.ui import ops
from clinic_ambassadors.ui.checklists.panel import MAX_MISSING_SHOWN, ChecklistPanel
from clinic_ambassadors.ui.main_window import MainWindow
from clinic_ambassadors.ui.reviews import ReviewsPage
from tests import helpers

CLEAN = "Ich arbeite als MFA in der Praxis am Markt. Heute war unser Teamfrühstück – schön war's!"


@dataclass
class World:
    session: Session
    author: Profile
    reviewer: Profile
    draft_id: str

    def actor(self, p: Profile) -> Actor:
        return Actor(p.id, p.name)


@pytest.fixture
def world(programme_path):
    session = Session.open(programme_path)
    manager = session.call(programme_service.profiles)[0]
    m = Actor(manager.id, manager.name)
    author = session.call(programme_service.add_profile, m, "Alex Autor",
                          frozenset({Role.AMBASSADOR}))
    reviewer = session.call(programme_service.add_profile, m, "Dr. Rita Review",
                            frozenset({Role.REVIEWER}))
    session.call(helpers.active, m, Ambassador(id="amb-author", name="Alex Autor",
                                                        profile_id=author.id))
    rec = session.call(drafts.create, Actor(author.id, author.name), "amb-author",
                       "Teamfrühstück", CLEAN)
    session.call(drafts.act, Actor(author.id, author.name), rec.id, Action.SUBMIT)
    yield World(session, author, reviewer, rec.id)
    session.close()


def _panel(qtbot, world: World, part: str, who: Profile, width: int = 380,
           height: int = 320) -> tuple[QWidget, ChecklistPanel]:
    """The panel in a small shown, active window (a column like the editor's tab)."""
    host = QWidget()
    qtbot.addWidget(host)
    lay = QVBoxLayout(host)
    before = QCheckBox("Channel: Instagram", host)  # stands in for the editor's other widgets
    before.setObjectName("otherCheck")
    lay.addWidget(before)
    panel = ChecklistPanel(world.session, world.actor(who), who.roles, kind=Kind.PRE_PUBLICATION,
                           entity_id=world.draft_id, part=part,
                           extra_roles={"author"} if part == "author" else (), parent=host)
    lay.addWidget(panel, 1)
    host.resize(width, height)
    host.show()
    host.activateWindow()
    qtbot.waitExposed(host)
    # Focus only moves inside the active window; other tests' windows may still be around.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is host, timeout=15000)
    qtbot.waitUntil(lambda: panel.view is not None and bool(panel.rows), timeout=15000)
    # A load still on its way would rebuild the rows under the test's feet.
    qtbot.waitUntil(lambda: ops.pending_count() == 0, timeout=15000)
    return host, panel


def _wait_ticked(qtbot, panel: ChecklistPanel, item_id: str, ticked: bool = True) -> None:
    qtbot.waitUntil(lambda: panel.view.states()[item_id].ticked is ticked, timeout=15000)


def test_ticking_keeps_scroll_position_focus_and_rows(qtbot, world):
    host, panel = _panel(qtbot, world, "author", world.author)
    ids = list(panel.rows)
    assert len(ids) >= 8
    bar = panel.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=15000)
    third = panel.rows[ids[2]]
    panel.scroll.ensureWidgetVisible(third.check)
    bar.setValue(min(bar.maximum(), max(bar.value(), 40)))
    scrolled = bar.value()
    assert scrolled > 0
    third.check.setFocus()
    qtbot.mouseClick(third.check, Qt.MouseButton.LeftButton)
    _wait_ticked(qtbot, panel, ids[2])
    qtbot.wait(50)  # anything queued after the store has run
    assert bar.value() == scrolled
    assert panel.rows[ids[2]] is third  # updated in place, not built anew
    assert third.check.isChecked()
    assert "Alex Autor" in third.meta.text()
    assert QApplication.focusWidget() is third.check

    # Space on the focused checkbox unticks it; focus stays on the item
    qtbot.keyClick(third.check, Qt.Key.Key_Space)
    _wait_ticked(qtbot, panel, ids[2], False)
    qtbot.wait(50)
    assert QApplication.focusWidget() is third.check
    assert not third.check.isChecked()
    assert bar.value() == scrolled


def test_tab_goes_through_the_items_in_order(qtbot, world):
    host, panel = _panel(qtbot, world, "author", world.author)
    ids = list(panel.rows)
    by_check = {row.check: item_id for item_id, row in panel.rows.items()}

    def tab_stop(w: QWidget) -> bool:  # what Tab stops at: Qt's own test in focusNextPrevChild
        return (bool(w.focusPolicy() & Qt.FocusPolicy.TabFocus) and w.isVisibleTo(host)
                and w.isEnabled())

    # the focus chain as Tab walks it (deterministic: no window activation needed)
    reached, widget = [ids[0]], panel.rows[ids[0]].check
    for _ in range(len(ids) * 2 - 2):
        widget = widget.nextInFocusChain()
        while not tab_stop(widget):
            widget = widget.nextInFocusChain()
        if widget in by_check:
            reached.append(by_check[widget])
    assert reached == ids  # checkbox, Details, next checkbox, …: never another widget between


def test_still_open_box_goes_when_all_required_are_ticked_and_comes_back(qtbot, world):
    host, panel = _panel(qtbot, world, "reviewer", world.reviewer, height=500)
    required = [i.id for i in panel.items() if i.required]
    assert len(required) == 6
    assert panel.missing_label.isVisibleTo(panel)
    bullets = panel.missing_label.text().count("•")
    assert bullets == MAX_MISSING_SHOWN
    assert "… and 3 more" in panel.missing_label.text()
    for item_id in required:
        panel.rows[item_id].check.click()
        _wait_ticked(qtbot, panel, item_id)
    assert "required: 6 of 6" in panel.progress_label.text()
    assert not panel.missing_label.isVisibleTo(panel)

    last = panel.items()[-1] if panel.items()[-1].required else \
        next(i for i in reversed(panel.items()) if i.required)
    panel.rows[last.id].check.click()
    _wait_ticked(qtbot, panel, last.id, False)
    assert panel.missing_label.isVisibleTo(panel)
    assert last.text("en") in panel.missing_label.text()  # one open: named in full
    assert "required: 5 of 6" in panel.progress_label.text()


def test_rows_are_as_tall_as_their_text_with_details_collapsed(qtbot, world):
    host, panel = _panel(qtbot, world, "author", world.author, width=380, height=600)
    qtbot.wait(50)
    for row in list(panel.rows.values())[:5]:
        assert not row.details.isVisibleTo(row)
        label_h = row.label.heightForWidth(row.label.width())
        assert row.label.height() == label_h  # wraps, no empty lines around the text
        assert row.height() <= label_h + row.meta.height() + 16
        assert row.label.geometry().top() <= row.check.geometry().top() + 4
    row = next(iter(panel.rows.values()))
    row.more.click()
    assert row.details.isVisibleTo(row) and row.note.isVisibleTo(row)


def test_reviewer_checklist_gets_room_in_the_reviews_page(qtbot, world):
    programme = world.session.call(programme_service.get)
    window = MainWindow(world.session, programme, world.reviewer)
    qtbot.addWidget(window)
    page = ReviewsPage(window)
    qtbot.addWidget(page)
    page.resize(1180, 760)
    page.show()
    qtbot.waitUntil(lambda: page.loaded_once, timeout=15000)
    slot = page.detail.checklist_slot
    qtbot.waitUntil(lambda: slot.findChild(ChecklistPanel) is not None
                    and bool(slot.findChild(ChecklistPanel).rows), timeout=15000)
    qtbot.wait(50)
    panel = slot.findChild(ChecklistPanel)
    sizes = page.detail.side.sizes()
    assert slot.height() >= sum(sizes) * 0.45  # the biggest share of the right column
    assert panel.scroll.viewport().height() >= 150  # several items, not one
    missing = panel.missing_label
    assert missing.height() >= missing.heightForWidth(missing.width())  # not cut off
    shown = [r for r in panel.rows.values()
             if r.visibleRegion().boundingRect().height() >= r.height() - 1]
    assert len(shown) >= 2
