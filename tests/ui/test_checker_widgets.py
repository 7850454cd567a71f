"""Offsets, background runner, underlines and the findings list of the compliance check."""

from __future__ import annotations

import gc
import threading

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from clinic_ambassadors.core.checker import Checker, Severity, custom_rule, load_rules
from clinic_ambassadors.ui.checker.findings_list import FindingsList
from clinic_ambassadors.ui.checker.highlighter import FindingsHighlighter
from clinic_ambassadors.ui.checker.offsets import TextOffsets
from clinic_ambassadors.ui.checker import runner as runner_module
from clinic_ambassadors.ui.checker.runner import CheckResult, CheckRunner

RISKY = "Die Behandlung ist garantiert schmerzfrei."
WAIT = 20_000


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker(load_rules())


def qt_span(editor: QPlainTextEdit | QTextEdit, py_start: int, py_end: int) -> tuple[int, int]:
    """Where Qt puts a Python span: found by searching the document, independent of our map."""
    needle = editor.toPlainText()[py_start:py_end]
    found = editor.document().find(needle)
    assert not found.isNull()
    return found.selectionStart(), found.selectionEnd()


# --- offsets ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "", "plain text", "😀 x", "a😀b🩺c", "🩺🩺🩺", "ä👩‍⚕️ö", "x\U0001D400y😀",
])
def test_offsets_match_qt_positions_both_ways(qtbot, text):
    offsets = TextOffsets.of(text)
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.setPlainText(text)
    assert offsets.utf16_length == editor.document().characterCount() - 1
    for index in range(len(text) + 1):
        position = offsets.to_utf16(index)
        assert len(text[:index].encode("utf-16-le")) // 2 == position
        assert offsets.from_utf16(position) == index


def test_offsets_inside_a_surrogate_pair_round_down():
    offsets = TextOffsets.of("a😀b")
    assert [offsets.from_utf16(p) for p in range(5)] == [0, 1, 1, 2, 3]


# --- runner ----------------------------------------------------------------------------------
def test_runner_checks_on_another_thread_after_a_pause(qtbot):
    runner = CheckRunner(delay_ms=50)
    with qtbot.waitSignal(runner.result_ready, timeout=WAIT) as blocker:
        version = runner.set_text(RISKY)
    result: CheckResult = blocker.args[0]
    assert result.version == version == runner.version
    assert result.thread_id != threading.get_ident()
    assert {(f.rule_id, f.severity) for f in result.findings} == {
        ("HWG-01", Severity.BLOCK), ("HWG-02", Severity.WARN)}
    assert runner.busy is False
    runner.stop()


def test_runner_debounces_and_reports_only_the_latest_text(qtbot):
    runner = CheckRunner(delay_ms=100)
    seen: list[tuple[int, list]] = []
    runner.checked.connect(lambda v, f: seen.append((v, f)))
    for i in range(1, len(RISKY) + 1):  # typed letter by letter, faster than the delay
        runner.set_text(RISKY[:i])
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=WAIT)
    qtbot.wait(300)
    assert len(seen) == 1
    version, findings = seen[0]
    assert version == runner.version == len(RISKY)
    assert [f.excerpt for f in findings] == ["garantiert", "schmerzfrei"]
    runner.stop()


def test_runner_drops_a_result_that_arrives_after_a_newer_change(qtbot):
    runner = CheckRunner(delay_ms=10_000)  # nothing starts by itself
    runner.set_text(RISKY)
    old = runner.check_now()
    runner.set_text("Ein ruhiger Tag im Team.")  # newer text, its check not yet started
    qtbot.waitUntil(lambda: runner.dropped == 1, timeout=WAIT)
    assert runner.last_result is None
    assert runner.busy  # the newer text is still waiting for its check
    with qtbot.waitSignal(runner.checked, timeout=WAIT) as blocker:
        runner.check_now()
    assert blocker.args[0] == runner.version == old + 1
    assert blocker.args[1] == []
    runner.stop()


def test_runner_language_setting_and_extra_rules(qtbot):
    runner = CheckRunner(delay_ms=10)
    runner.set_extra_rules([custom_rule("Projekt Phoenix", Severity.WARN)])
    with qtbot.waitSignal(runner.result_ready, timeout=WAIT) as blocker:
        runner.set_text("Wir arbeiten am Projekt Phoenix. The treatment is guaranteed painless.")
    assert "CUSTOM-PROJEKT-PHOENIX" in {f.rule_id for f in blocker.args[0].findings}
    with qtbot.waitSignal(runner.result_ready, timeout=WAIT) as blocker:
        runner.set_language("en")
    assert blocker.args[0].lang == "en"
    with pytest.raises(ValueError):
        runner.set_language("fr")
    runner.stop()


def test_runner_reports_a_broken_rule_set_instead_of_crashing(qtbot):
    runner = CheckRunner(delay_ms=10)
    twice = [custom_rule("Phoenix", Severity.WARN), custom_rule("phoenix", Severity.INFO)]
    with qtbot.waitSignal(runner.failed, timeout=WAIT) as blocker:
        runner.set_extra_rules(twice)
    assert "duplicate" in str(blocker.args[0])
    assert not runner.busy
    runner.stop()


def _check_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "compliance-check"]


def test_an_idle_worker_ends_and_the_next_check_starts_a_new_one(qtbot, monkeypatch):
    monkeypatch.setattr(runner_module, "IDLE_EXIT_SECONDS", 0.05)
    runner = CheckRunner(delay_ms=10)
    with qtbot.waitSignal(runner.result_ready, timeout=WAIT):
        runner.set_text(RISKY)
    first = runner._worker._thread
    qtbot.waitUntil(lambda: runner._worker._thread is None, timeout=WAIT)
    assert first is not None
    first.join(5)
    assert not first.is_alive()
    with qtbot.waitSignal(runner.result_ready, timeout=WAIT) as blocker:
        runner.set_text("Ein ruhiger Tag im Team.")
    assert blocker.args[0].findings == ()
    assert runner._worker._thread is not first
    runner.stop()


def test_a_runner_that_is_garbage_collected_stops_its_thread(qtbot):
    runner = CheckRunner(delay_ms=10)
    with qtbot.waitSignal(runner.result_ready, timeout=WAIT):
        runner.set_text(RISKY)
    thread = runner._worker._thread
    assert thread is not None and thread.is_alive()
    del runner
    gc.collect()
    thread.join(5)
    assert not thread.is_alive()


# --- highlighter -----------------------------------------------------------------------------
@pytest.mark.parametrize("editor_class", [QPlainTextEdit, QTextEdit])
def test_highlighter_underlines_by_severity_without_changing_the_document(
        qtbot, checker, editor_class):
    editor = editor_class()
    qtbot.addWidget(editor)
    text = "😀🩺 " + RISKY + " Dr. Weber ist Spezialistin für Knie."
    editor.setPlainText(text)
    editor.document().setModified(False)
    highlighter = FindingsHighlighter(editor)
    findings = checker.check(text)
    highlighter.set_findings(findings)
    got = {}
    for sel in editor.extraSelections():
        span = (sel.cursor.selectionStart(), sel.cursor.selectionEnd())
        got[sel.cursor.selectedText()] = (span, sel.format.underlineStyle(),
                                          sel.format.underlineColor().name())
    wave, dash = (QTextCharFormat.UnderlineStyle.WaveUnderline,
                  QTextCharFormat.UnderlineStyle.DashUnderline)
    assert got == {
        "garantiert": (qt_span(editor, *_py(text, "garantiert")), wave, "#c62828"),
        "schmerzfrei": (qt_span(editor, *_py(text, "schmerzfrei")), wave, "#e65100"),
        "Spezialistin für": (qt_span(editor, *_py(text, "Spezialistin für")), dash, "#1565c0"),
    }
    assert len(highlighter.selections()) == 3
    assert highlighter.findings() == findings
    assert not editor.document().isModified()
    assert editor.toPlainText() == text


def _py(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def test_underlines_follow_edits_and_select_uses_the_moved_passage(qtbot, checker):
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.setPlainText(RISKY)
    highlighter = FindingsHighlighter(editor)
    highlighter.set_findings(checker.check(RISKY))
    cursor = editor.textCursor()
    cursor.setPosition(0)
    cursor.insertText("🩺 Neu: ")  # typed before the next check result arrives
    block = next(f for f in highlighter.findings() if f.severity is Severity.BLOCK)
    assert highlighter.select(block)
    assert editor.textCursor().selectedText() == "garantiert"


def test_tooltip_over_an_underlined_passage_explains_it(qtbot, checker):
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.resize(600, 200)
    editor.show()
    editor.setPlainText(RISKY)
    highlighter = FindingsHighlighter(editor)
    highlighter.set_findings(checker.check(RISKY))
    cursor = editor.textCursor()
    cursor.setPosition(RISKY.index("garantiert") + 3)
    point = editor.cursorRect(cursor).center()
    tip = highlighter.tooltip_at(point)
    block = next(f for f in highlighter.findings() if f.rule_id == "HWG-01")
    assert block.message("en")[:40] in tip
    assert "What to do instead" in tip and block.basis[:20] in tip
    cursor.setPosition(1)
    assert highlighter.tooltip_at(editor.cursorRect(cursor).center()) == ""
    assert highlighter.tooltip_at(QPoint(590, 190)) == ""


def test_many_findings_draw_only_near_the_visible_part(qtbot, checker):
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.resize(500, 300)
    editor.show()
    text = (RISKY + "\n") * 5000
    editor.setPlainText(text)
    highlighter = FindingsHighlighter(editor)
    highlighter.set_findings(checker.check(text))
    assert len(highlighter.findings()) == 10_000
    assert 0 < len(highlighter.selections()) < 10_000
    first = highlighter.selections()[0].cursor.selectionStart()
    last_finding = highlighter.findings()[-1]
    assert highlighter.select(last_finding)  # scrolls to the end: the underlines follow
    qtbot.waitUntil(lambda: max(s.cursor.selectionEnd() for s in highlighter.selections())
                    == editor.textCursor().selectionEnd(), timeout=WAIT)
    assert min(s.cursor.selectionStart() for s in highlighter.selections()) > first


# --- findings list ---------------------------------------------------------------------------
def test_findings_list_counts_details_and_empty_state(qtbot, checker):
    widget = FindingsList()
    qtbot.addWidget(widget)
    widget.show()
    assert widget.stack.currentWidget() is widget.empty
    assert "No findings" in widget.empty.text()
    text = RISKY + " Dr. Weber ist Spezialistin für Knie. Sie ist die beste Ärztin der Stadt."
    findings = checker.check(text)
    widget.set_findings(findings)
    severities = sorted(f.severity.value for f in findings)
    assert severities.count("block") == 1 and severities.count("info") == 1
    warns = severities.count("warn")
    assert widget.header_text() == f"1 block, {warns} warnings, 1 note"
    assert widget.stack.currentWidget() is widget.view
    assert widget.model.rowCount() == len(findings)
    assert widget.current_finding() == findings[0]
    details = widget.details.toPlainText()
    assert findings[0].message("en")[:40] in details
    assert "What to do instead" in details and findings[0].basis[:20] in details
    tip = widget.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert findings[0].suggestion("en")[:30] in tip
    widget.set_findings([])
    assert widget.stack.currentWidget() is widget.empty
    assert widget.header_text() == "No findings"


def test_findings_list_keyboard_up_down_and_enter(qtbot, checker):
    widget = FindingsList()
    qtbot.addWidget(widget)
    widget.show()
    findings = checker.check(RISKY)
    widget.set_findings(findings)
    widget.view.setFocus()
    activated: list = []
    widget.activated.connect(activated.append)
    qtbot.keyClick(widget.view, Qt.Key.Key_Down)
    assert widget.current_finding() == findings[1]
    assert activated == []
    qtbot.keyClick(widget.view, Qt.Key.Key_Return)
    assert activated == [findings[1]]
    qtbot.keyClick(widget.view, Qt.Key.Key_Up)
    qtbot.keyClick(widget.view, Qt.Key.Key_Enter)
    assert activated == [findings[1], findings[0]]
