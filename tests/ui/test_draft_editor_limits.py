"""QA findings on the draft editor: a failed check is said as such (never "No findings"),
"Checking…" until the first result, and a text over the length limit says so with both
numbers, is not retried in a loop, and asks before its changes are discarded on close."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from clinic_ambassadors.services import drafts
from clinic_ambassadors.ui.checker import runner as runner_module
from tests.ui.test_draft_editor import open_editor, type_into, world  # noqa: F401 - fixture
from tests.ui.test_drafts_page import CLEAN, RISKY

WAIT = 20_000


@pytest.fixture
def save_calls(monkeypatch):
    """Counts the editor's save attempts (they still go to the real service)."""
    calls: list[int] = []
    real = drafts.save

    def counting(*args, **kwargs):
        calls.append(len(kwargs.get("text", "")))
        return real(*args, **kwargs)

    monkeypatch.setattr(drafts, "save", counting)
    return calls


# --- 1. the check failed: say so ----------------------------------------------------------
def test_a_failed_check_is_shown_in_the_pane_not_as_no_findings(qtbot, world, monkeypatch):
    real_run = runner_module._Worker._run

    def broken(self, job):
        raise RuntimeError("rule file damaged")

    monkeypatch.setattr(runner_module._Worker, "_run", broken)
    s = world["session"]
    rec = s.call(drafts.create, world["a"], "amb-1", "Werbung", RISKY)
    editor = open_editor(qtbot, world, rec.id)
    pane = editor.findings_list
    qtbot.waitUntil(lambda: pane.state == "failed" and not editor.runner.busy, timeout=WAIT)
    assert pane.header_text() == "Not checked"
    assert "No findings" not in pane.header_text()
    assert pane.stack.currentWidget() is pane.status_page and pane.status.isVisible()
    assert "The compliance check could not run: rule file damaged." in pane.status.text()
    assert "Your text is safe" in pane.status.text()
    assert editor.tabs.tabText(0) == "Findings (?)"
    assert editor.highlighter.findings() == [] and editor.text_edit.extraSelections() == []

    monkeypatch.setattr(runner_module._Worker, "_run", real_run)
    pane.status.linkActivated.emit("retry")  # "Check again"
    qtbot.waitUntil(lambda: pane.state == "result" and pane.model.rowCount() > 0, timeout=WAIT)
    assert "block" in pane.header_text()
    assert editor.tabs.tabText(0).startswith("Findings (") and "⚠" in editor.tabs.tabText(0)


def test_checking_is_shown_until_the_first_result(qtbot, world, monkeypatch):
    gate = threading.Event()
    real_run = runner_module._Worker._run

    def slow(self, job):
        gate.wait(WAIT / 1000)
        return real_run(self, job)

    monkeypatch.setattr(runner_module._Worker, "_run", slow)
    s = world["session"]
    rec = s.call(drafts.create, world["a"], "amb-1", "Titel", CLEAN)
    try:
        editor = open_editor(qtbot, world, rec.id)
        pane = editor.findings_list
        qtbot.waitUntil(lambda: editor.runner.running_version is not None, timeout=WAIT)
        assert pane.state == "pending"
        assert pane.header_text() == "Checking…"
        assert pane.stack.currentWidget() is pane.status_page and not pane.empty.isVisible()
        assert "No findings" not in pane.header_text() + pane.status.text()
    finally:
        gate.set()
    qtbot.waitUntil(lambda: pane.state == "result" and not editor.runner.busy, timeout=WAIT)
    assert pane.header_text() == "No findings"  # now it has been checked
    assert pane.stack.currentWidget() is pane.empty
    assert editor.tabs.tabText(0) == "Findings (0)"


# --- 2. a text over the limit ---------------------------------------------------------------
def long_text() -> str:
    line = "Wir suchen Verstärkung für unser Team am Empfang. "
    return (line * (drafts.MAX_TEXT // len(line) + 1))[:drafts.MAX_TEXT - len(CLEAN) + 25]


def test_a_text_over_the_limit_says_so_and_is_not_retried(qtbot, world, save_calls):
    s = world["session"]
    rec = s.call(drafts.create, world["a"], "amb-1", "Titel", CLEAN)
    editor = open_editor(qtbot, world, rec.id)
    type_into(editor, long_text())  # a paste: one undoable step
    length = len(editor.text_edit.toPlainText())
    assert length == drafts.MAX_TEXT + 25
    assert editor.message.isVisible()
    text = editor.message.text()
    assert "too long" in text and "100,025" in text and "100,000" in text and "by 25" in text
    assert editor.save_status.text() == "Not saved – too long"
    qtbot.wait(editor.RETRY_MS * 4)  # no save is tried: it could never succeed
    assert save_calls == []
    assert editor.save_status.text() == "Not saved – too long"
    assert s.call(drafts.get, rec.id).current_revision == 1

    editor.text_edit.setFocus()
    qtbot.keyClick(editor.text_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    # the message goes at once, not at the next save
    assert not editor.message.isVisible()
    assert editor.text_edit.toPlainText() == CLEAN

    editor.text_edit.redo()
    assert editor.message.isVisible()
    cursor = editor.text_edit.textCursor()  # shorten it to exactly the limit: it is saved
    cursor.movePosition(cursor.MoveOperation.End)
    cursor.movePosition(cursor.MoveOperation.Left, cursor.MoveMode.KeepAnchor, 25)
    cursor.removeSelectedText()
    assert not editor.message.isVisible()
    qtbot.waitUntil(lambda: s.call(drafts.get, rec.id).current_revision == 2, timeout=WAIT)
    assert len(s.call(drafts.get, rec.id).text) == drafts.MAX_TEXT
    assert save_calls == [drafts.MAX_TEXT]


def test_closing_with_a_text_over_the_limit_asks_and_keeps_editing_by_default(
        qtbot, world, save_calls):
    s = world["session"]
    rec = s.call(drafts.create, world["a"], "amb-1", "Titel", CLEAN)
    editor = open_editor(qtbot, world, rec.id)
    type_into(editor, long_text())
    editor.close()
    box = editor.discard_box
    assert box is not None and box.isVisible() and editor.isVisible()
    assert "100,025" in box.text() and "revision (1)" in box.text()
    keep = box.findChild(type(box.defaultButton()), "keepEditing")
    assert box.defaultButton() is keep and box.escapeButton() is keep
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Escape: keep editing
    qtbot.waitUntil(lambda: editor.discard_box is None, timeout=WAIT)
    assert editor.isVisible() and len(editor.text_edit.toPlainText()) == drafts.MAX_TEXT + 25

    editor.close()
    box = editor.discard_box
    assert box is not None
    gone: list[bool] = []
    editor.destroyed.connect(lambda *_: gone.append(True))
    box.findChild(type(box.defaultButton()), "discardChanges").click()
    qtbot.waitUntil(lambda: bool(gone), timeout=WAIT)
    assert save_calls == []
    assert s.call(drafts.get, rec.id).text == CLEAN  # the last saved revision stays


def test_closing_a_short_enough_text_saves_without_asking(qtbot, world, save_calls):
    s = world["session"]
    rec = s.call(drafts.create, world["a"], "amb-1", "Titel", CLEAN)
    editor = open_editor(qtbot, world, rec.id)
    editor.AUTOSAVE_MS = 60_000
    type_into(editor, " Neu.")
    gone: list[bool] = []
    editor.destroyed.connect(lambda *_: gone.append(True))
    editor.close()
    assert editor.discard_box is None
    qtbot.waitUntil(lambda: bool(gone), timeout=WAIT)
    assert s.call(drafts.get, rec.id).text == CLEAN + " Neu."


def test_a_refused_save_is_not_retried_until_the_input_changes(qtbot, world, save_calls):
    s = world["session"]
    rec = s.call(drafts.create, world["a"], "amb-1", "Titel", CLEAN)
    editor = open_editor(qtbot, world, rec.id)
    editor.title_edit.selectAll()
    editor.title_edit.del_()
    editor.text_edit.clear()  # no title and no text: the service refuses it
    qtbot.waitUntil(lambda: editor.message.isVisible(), timeout=WAIT)
    assert "Title is required" in editor.message.text()
    assert "tried again" not in editor.message.text()
    assert editor.save_status.text() == "Not saved"
    qtbot.wait(editor.RETRY_MS * 4)
    assert len(save_calls) == 1

    editor.close()  # it can never be saved as it is: ask
    assert editor.discard_box is not None and "Title is required" in editor.discard_box.text()
    editor.discard_box.findChild(type(editor.discard_box.defaultButton()), "keepEditing").click()
    qtbot.waitUntil(lambda: editor.discard_box is None, timeout=WAIT)

    type_into(editor, "Neuer Anfang")
    qtbot.waitUntil(lambda: s.call(drafts.get, rec.id).text == "Neuer Anfang", timeout=WAIT)
    qtbot.waitUntil(lambda: not editor.message.isVisible(), timeout=WAIT)
    assert len(save_calls) == 2


def test_a_title_over_the_limit_says_so(qtbot, world, save_calls):
    s = world["session"]
    rec = s.call(drafts.create, world["a"], "amb-1", "Titel", CLEAN)
    editor = open_editor(qtbot, world, rec.id)
    editor.title_edit.setFocus()
    editor.title_edit.end(False)
    editor.title_edit.insert("x" * (drafts.MAX_TITLE - len("Titel") + 3))  # a paste
    assert editor.message.isVisible() and "title is too long" in editor.message.text()
    assert "303" in editor.message.text() and "300" in editor.message.text()
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Backspace)
    assert editor.message.isVisible()
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Backspace)
    assert not editor.message.isVisible()
    qtbot.waitUntil(lambda: len(s.call(drafts.get, rec.id).title) == drafts.MAX_TITLE,
                    timeout=WAIT)


def test_closing_straight_after_emptying_the_draft_asks_once_the_save_is_refused(
        qtbot, world, save_calls):
    s = world["session"]
    rec = s.call(drafts.create, world["a"], "amb-1", "Titel", CLEAN)
    editor = open_editor(qtbot, world, rec.id)
    editor.AUTOSAVE_MS = 60_000
    editor.title_edit.selectAll()
    editor.title_edit.del_()
    editor.text_edit.clear()
    editor.close()  # tries to save first; the service refuses an empty draft
    qtbot.waitUntil(lambda: editor.discard_box is not None, timeout=WAIT)
    assert editor.isVisible() and "Title is required" in editor.discard_box.text()
    assert len(save_calls) == 1
    gone: list[bool] = []
    editor.destroyed.connect(lambda *_: gone.append(True))
    editor.discard_box.findChild(type(editor.discard_box.defaultButton()), "discardChanges").click()
    qtbot.waitUntil(lambda: bool(gone), timeout=WAIT)
    assert s.call(drafts.get, rec.id).text == CLEAN
