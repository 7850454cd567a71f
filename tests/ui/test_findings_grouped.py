"""The findings list shows one row per rule with its number of places; Enter (or a click)
again, or the arrows, go through the places; the underlines stay per place."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt

from clinic_ambassadors.core.checker import Checker, Severity, load_rules
from clinic_ambassadors.services import drafts
from clinic_ambassadors.ui.checker.findings_list import FindingsList
from clinic_ambassadors.ui.checker.findings_model import group_findings
from clinic_ambassadors.ui.checker.quick_check_page import QuickCheckPage
from tests.ui.test_draft_editor import open_editor
from tests.ui.test_drafts_page import build_world

WAIT = 20_000
TEXT = ("Unsere Behandlung wirkt garantiert – 100 % Erfolg! Die Behandlung ist schmerzfrei, "
        "wirklich schmerzfrei. Sie ist die beste Ärztin der Stadt.")


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker(load_rules())


def make_list(qtbot, checker) -> tuple[FindingsList, list, list]:
    widget = FindingsList()
    qtbot.addWidget(widget)
    widget.resize(400, 500)
    widget.show()
    findings = checker.check(TEXT)
    activated: list = []
    widget.activated.connect(activated.append)
    widget.set_findings(findings)
    return widget, findings, activated


def test_one_row_per_rule_with_the_number_of_places(qtbot, checker):
    widget, findings, _ = make_list(qtbot, checker)
    assert [f.rule_id for f in findings] == ["HWG-01", "HWG-01", "HWG-02", "HWG-02", "PRO-01"]
    assert widget.model.rowCount() == 3
    assert widget.findings() == findings  # every place is still there
    rows = [widget.model.index(r, 0).data() for r in range(3)]
    assert rows[0].split("\n")[0].endswith(" (2×)") and "wirkt garantiert" in rows[0]
    assert rows[1].split("\n")[0].endswith(" (2×)")
    assert "×" not in rows[2]
    assert widget.header_text() == "1 block in 2 places, 2 warnings in 3 places"
    access = widget.model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert access.startswith("Block: ") and "(2×)" in access
    assert widget.place_bar.isVisible() and widget.place_label.text() == "Place 1 of 2"
    widget.set_current_row(2)
    assert not widget.place_bar.isVisible()  # one place: nothing to step through


def test_enter_again_goes_through_the_places_and_wraps(qtbot, checker):
    widget, findings, activated = make_list(qtbot, checker)
    widget.view.setFocus()
    qtbot.keyClick(widget.view, Qt.Key.Key_Return)
    assert activated == [findings[0]]  # the first place first
    qtbot.keyClick(widget.view, Qt.Key.Key_Return)
    assert activated[-1] == findings[1]
    assert widget.place_label.text() == "Place 2 of 2"
    assert "100 % Erfolg" in widget.model.index(0, 0).data()  # the row shows where it stands
    assert "100 % Erfolg" in widget.details.toPlainText()
    qtbot.keyClick(widget.view, Qt.Key.Key_Enter)
    assert activated[-1] == findings[0]  # round again
    qtbot.keyClick(widget.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert activated[-1] == findings[1]  # Shift+Enter: back
    qtbot.keyClick(widget.view, Qt.Key.Key_Down)
    assert widget.current_finding() == findings[2]
    qtbot.keyClick(widget.view, Qt.Key.Key_Return)
    assert activated[-1] == findings[2]  # another rule starts at its first place
    qtbot.keyClick(widget.view, Qt.Key.Key_Up)
    assert widget.current_finding() == findings[0]  # and the one left behind starts afresh
    qtbot.keyClick(widget.view, Qt.Key.Key_Return)
    assert activated[-1] == findings[0]


def test_the_arrows_step_through_the_places(qtbot, checker):
    widget, findings, activated = make_list(qtbot, checker)
    widget.set_current_row(1)
    assert widget.next_button.accessibleName() == "Next place"
    qtbot.waitUntil(lambda: widget.next_button.height() > 0, timeout=WAIT)  # laid out
    qtbot.mouseClick(widget.next_button, Qt.MouseButton.LeftButton)
    assert activated == [findings[3]] and widget.place_label.text() == "Place 2 of 2"
    qtbot.mouseClick(widget.previous_button, Qt.MouseButton.LeftButton)
    assert activated[-1] == findings[2] and widget.place_label.text() == "Place 1 of 2"


def test_a_refreshed_list_keeps_the_rule_the_reader_was_on(qtbot, checker):
    widget, findings, _ = make_list(qtbot, checker)
    widget.set_current_row(1)
    widget.set_findings(checker.check("Ganz schmerzfrei! " + TEXT))
    assert widget.current_finding().rule_id == "HWG-02"
    assert widget.header_text() == "1 block in 2 places, 2 warnings in 4 places"


def test_grouping_keeps_the_checkers_order_and_sorts_places(checker):
    findings = checker.check(TEXT)
    groups = group_findings(list(reversed(findings)))
    assert [g.rule_id for g in groups] == ["PRO-01", "HWG-02", "HWG-01"]
    assert [f.start for f in groups[2].places] == sorted(f.start for f in groups[2].places)
    assert groups[2].severity is Severity.BLOCK


# --- on the Quick check page and in the editor ------------------------------------------------
def test_a_long_repetitive_text_gives_one_row_per_rule_but_every_underline(qtbot):
    page = QuickCheckPage()
    qtbot.addWidget(page)
    page.resize(1000, 650)
    page.show()
    repeated = "Die Behandlung ist garantiert schmerzfrei. " * 300
    page.set_text(repeated)
    qtbot.waitUntil(lambda: page.runner.last_result is not None and not page.runner.busy,
                    timeout=WAIT)
    pane = page.findings_list
    assert pane.model.rowCount() == 2
    assert len(page.findings()) == 600  # underlines stay per place
    assert pane.header_text() == "1 block in 300 places, 1 warning in 300 places"
    view = pane.view
    rect = view.visualRect(pane.model.index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    first = page.editor.textCursor().selectionStart()
    assert page.editor.textCursor().selectedText() == "garantiert"
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    second = page.editor.textCursor().selectionStart()
    assert page.editor.textCursor().selectedText() == "garantiert"
    assert second == first + len("Die Behandlung ist garantiert schmerzfrei. ")
    page.runner.stop()


def test_the_editor_tab_counts_rules_like_the_list(qtbot, tmp_path):
    world = build_world(tmp_path / "programme.sqlite")
    s = world["session"]
    rec = s.call(drafts.create, world["a"], "amb-1", "Werbung", TEXT)
    world["editors"] = []
    editor = open_editor(qtbot, world, rec.id)
    try:
        qtbot.waitUntil(lambda: editor.findings_list.model.rowCount() == 3, timeout=WAIT)
        assert editor.tabs.tabText(0) == "Findings (3) ⚠"
        assert len(editor.highlighter.findings()) == 5
    finally:
        if shiboken6.isValid(editor):
            editor.can_edit = False
            editor.close()
        s.close()
