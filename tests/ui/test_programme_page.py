"""pytest-qt: the Programme page – road map, review policy, checker terms."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel

from clinic_ambassadors.core.drafts import ReviewMode, StepRule
from clinic_ambassadors.core.programme import Role
from clinic_ambassadors.services import checking, checklists
from clinic_ambassadors.services import programme as programme_service
from clinic_ambassadors.services.review_policy import review_policy
from clinic_ambassadors.services.session import Session
from clinic_ambassadors.storage.audit import Actor
from clinic_ambassadors.ui.programme_page import ProgrammePage
from tests.ui.conftest import close_window, open_window


def _page(qtbot, path, name: str = "Maria Manager"):
    window = open_window(qtbot, path, name)
    page = ProgrammePage(window)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    qtbot.waitUntil(lambda: bool(page.road_map.rows), timeout=15000)
    return window, page


def test_road_map_shows_progress_and_the_next_step_with_its_owner(qtbot, programme_path):
    window, page = _page(qtbot, programme_path)
    road = page.road_map
    total = len(road.view.template.items)
    assert road.progress_label.text().startswith(f"0 of {total} done")
    first = road.view.next_open()
    assert first.text("en") in road.next_label.text()
    assert "Owner: Practice manager" in road.next_label.text()
    assert road.note_label.isVisible() and "not legal advice" in road.note_label.text()
    steps = [s.id for s in road.view.template.steps]
    assert [road.findChild(QGroupBox, f"step_{s}") is not None for s in steps] == \
        [True] * len(steps)

    road.rows[first.id].check.click()
    qtbot.waitUntil(lambda: road.progress_label.text().startswith(f"1 of {total} done"),
                    timeout=15000)
    assert road.progress.value() == 1 and road.progress.maximum() == total
    assert first.text("en") not in road.next_label.text()
    stored = window.session.call(checklists.view, road.view.id)
    assert stored.states()[first.id].by == window.profile.id
    close_window(window)


def test_review_policy_tab_saves_a_multi_step_policy(qtbot, programme_path):
    session = Session.open(programme_path)
    manager = session.call(programme_service.profiles)[0]
    actor = Actor(manager.id, manager.name)
    r1 = session.call(programme_service.add_profile, actor, "Dr. Eins", frozenset({Role.REVIEWER}))
    r2 = session.call(programme_service.add_profile, actor, "Dr. Zwei", frozenset({Role.REVIEWER}))
    session.close()
    window, page = _page(qtbot, programme_path)
    tab = page.show_tab("policy")
    qtbot.waitUntil(lambda: bool(tab.profiles) and tab.add_step.isEnabled(), timeout=15000)
    tab.mode.setCurrentIndex(tab.mode.findData(ReviewMode.MULTI_STEP.value))
    qtbot.mouseClick(tab.add_step, Qt.MouseButton.LeftButton)
    assert len(tab.steps) == 2
    first, second = tab.steps
    for editor, wanted in ((first, {r1.id, r2.id}), (second, {r1.id})):
        for i in range(editor.reviewers.count()):
            item = editor.reviewers.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole)
                               in wanted else Qt.CheckState.Unchecked)
    first.rule.setCurrentIndex(first.rule.findData(StepRule.ALL.value))
    first.name.setText("Ärztliche Prüfung")  # keyClicks aborts on non-ASCII in QtTest
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.message.text() == "Review policy saved.", timeout=15000)
    policy = window.session.call(review_policy)
    assert policy.mode is ReviewMode.MULTI_STEP
    assert [(s.reviewer_ids, s.rule, s.name) for s in policy.steps] == [
        (frozenset({r1.id, r2.id}), StepRule.ALL, "Ärztliche Prüfung"),
        (frozenset({r1.id}), StepRule.ANY, "")]

    # a step without reviewers is refused before anything is stored
    for i in range(second.reviewers.count()):
        second.reviewers.item(i).setCheckState(Qt.CheckState.Unchecked)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert "at least one reviewer" in tab.message.text()
    assert len(window.session.call(review_policy).steps) == 2
    close_window(window)


def test_checker_terms_can_be_added_and_removed(qtbot, programme_path):
    window, page = _page(qtbot, programme_path)
    tab = page.show_tab("terms")
    qtbot.keyClicks(tab.term, "Projekt Leuchtturm")
    tab.severity.setCurrentIndex(tab.severity.findData("block"))
    qtbot.keyClicks(tab.note, "Interner Projektname")
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1, timeout=15000)
    assert [tab.table.item(0, c).text() for c in range(4)] == [
        "Projekt Leuchtturm", "no", "Block", "Interner Projektname"]
    terms = window.session.call(checking.clinic_terms)
    assert [(t["term"], t["severity"]) for t in terms] == [("Projekt Leuchtturm", "block")]

    qtbot.keyClicks(tab.term, "([a-z")
    tab.regex.setChecked(True)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.message.text() != "", timeout=15000)
    assert "regular expression is not valid" in tab.message.text()
    assert len(window.session.call(checking.clinic_terms)) == 1

    tab.table.selectRow(0)
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 0, timeout=15000)
    assert window.session.call(checking.clinic_terms) == []
    close_window(window)


def test_checklists_tab_says_templates_are_no_legal_advice(qtbot, programme_path):
    window, page = _page(qtbot, programme_path)
    tab = page.show_tab("checklists")
    note = tab.findChild(QLabel, "templatesLegalNote")
    assert note.isVisible() and "not legal advice" in note.text() and "edit" in note.text()
    qtbot.waitUntil(lambda: tab.list.count() == 5, timeout=15000)
    assert page.report_button.isEnabled() and page.report_button.accessibleName()
    close_window(window)
