"""Quick check: "Checking…" before the first result, and a check that could not run is said
in the findings pane (no dialog on every keystroke, never "No findings")."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QApplication, QMessageBox

from clinic_ambassadors.ui.checker import runner as runner_module
from clinic_ambassadors.ui.checker.quick_check_page import QuickCheckPage

WAIT = 20_000
RISKY = "Die Behandlung ist garantiert schmerzfrei"


def make_page(qtbot) -> QuickCheckPage:
    page = QuickCheckPage()
    qtbot.addWidget(page)
    page.resize(1000, 650)
    page.show()
    return page


def test_a_failed_check_is_said_in_the_pane(qtbot, monkeypatch):
    page = make_page(qtbot)
    page.set_text(RISKY)
    qtbot.waitUntil(lambda: page.findings_list.model.rowCount() == 2 and not page.runner.busy,
                    timeout=WAIT)
    real_run = runner_module._Worker._run

    def broken(self, job):
        raise ValueError("duplicate rule id CUSTOM-X")

    monkeypatch.setattr(runner_module._Worker, "_run", broken)
    qtbot.keyClicks(page.editor, " heute")
    pane = page.findings_list
    qtbot.waitUntil(lambda: pane.state == "failed" and not page.runner.busy, timeout=WAIT)
    assert pane.header_text() == "Not checked"
    assert "could not run: duplicate rule id CUSTOM-X." in pane.status.text()
    assert pane.status.isVisible() and not pane.view.isVisible()
    assert page.editor.extraSelections() == []  # no underlines at places of an older text
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible()]

    monkeypatch.setattr(runner_module._Worker, "_run", real_run)
    pane.status.linkActivated.emit("retry")
    qtbot.waitUntil(lambda: pane.state == "result" and pane.model.rowCount() == 2, timeout=WAIT)
    assert pane.header_text() == "1 block, 1 warning"


def test_checking_before_the_first_result(qtbot, monkeypatch):
    gate = threading.Event()
    real_run = runner_module._Worker._run

    def slow(self, job):
        gate.wait(WAIT / 1000)
        return real_run(self, job)

    monkeypatch.setattr(runner_module._Worker, "_run", slow)
    page = make_page(qtbot)
    pane = page.findings_list
    assert pane.stack.currentWidget() is pane.empty  # nothing typed yet: nothing to find
    try:
        qtbot.keyClicks(page.editor, "Hallo")
        assert pane.state == "pending" and pane.header_text() == "Checking…"
        assert not pane.empty.isVisible()
    finally:
        gate.set()
    qtbot.waitUntil(lambda: pane.state == "result" and not page.runner.busy, timeout=WAIT)
    assert pane.header_text() == "No findings" and pane.empty.isVisible()
