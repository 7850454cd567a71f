"""The Quick check page: paste or type a post, see its findings live."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat

from clinic_ambassadors.core.checker import Severity, custom_rule
from clinic_ambassadors.ui.checker.quick_check_page import QuickCheckPage

WAIT = 20_000
RISKY = "Die Behandlung ist garantiert schmerzfrei"


def make_page(qtbot, provider=None) -> QuickCheckPage:
    page = QuickCheckPage(provider)
    qtbot.addWidget(page)
    page.resize(1000, 650)
    page.show()
    return page


def wait_for_result(qtbot, page: QuickCheckPage, timeout: int = WAIT) -> None:
    qtbot.waitUntil(lambda: page.runner.last_result is not None
                    and page.runner.last_result.version == page.runner.version, timeout=timeout)


def underlines(page: QuickCheckPage) -> dict[str, tuple[int, int, QTextCharFormat.UnderlineStyle, str]]:
    return {sel.cursor.selectedText(): (sel.cursor.selectionStart(), sel.cursor.selectionEnd(),
                                        sel.format.underlineStyle(), sel.format.underlineColor().name())
            for sel in page.editor.extraSelections()}


def click_row(qtbot, page: QuickCheckPage, row: int) -> None:
    view = page.findings_list.view
    rect = view.visualRect(page.findings_list.model.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_standalone_page_has_its_controls(qtbot):
    page = make_page(qtbot)
    assert page.editor.placeholderText()
    assert page.editor.accessibleName() and page.language.accessibleName()
    assert [page.language.itemData(i) for i in range(page.language.count())] == ["auto", "de", "en"]
    assert "no legal advice" in page.note.text()
    assert page.findings_list.stack.currentWidget() is page.findings_list.empty
    assert page.char_count.text() == "0 characters"


def test_typing_a_risky_phrase_underlines_it_by_severity(qtbot):
    page = make_page(qtbot)
    qtbot.keyClicks(page.editor, RISKY)
    wait_for_result(qtbot, page)
    wave = QTextCharFormat.UnderlineStyle.WaveUnderline
    start = RISKY.index("garantiert")
    assert underlines(page) == {
        "garantiert": (start, start + 10, wave, "#c62828"),
        "schmerzfrei": (start + 11, start + 22, wave, "#e65100"),
    }
    assert page.findings_list.header_text() == "1 block, 1 warning"
    assert page.char_count.text() == f"{len(RISKY)} characters"
    assert page.editor.toPlainText() == RISKY  # the check never changes the text


def test_clicking_a_finding_selects_exactly_its_passage(qtbot):
    page = make_page(qtbot)
    page.set_text(RISKY + ". Dr. Weber ist Spezialistin für Knie.")
    wait_for_result(qtbot, page)
    rows = page.findings_list.findings()
    assert [f.severity for f in rows] == [Severity.BLOCK, Severity.WARN, Severity.INFO]
    click_row(qtbot, page, 2)
    cursor = page.editor.textCursor()
    assert cursor.selectedText() == "Spezialistin für"
    start = page.editor.toPlainText().index("Spezialistin")
    assert (cursor.selectionStart(), cursor.selectionEnd()) == (start, start + 16)
    assert "What to do instead" in page.findings_list.details.toPlainText()


def test_emoji_before_a_finding_do_not_shift_the_selection(qtbot):
    page = make_page(qtbot)
    prefix = "Was für ein Tag 😀🩺👩‍⚕️\n🎉 "
    page.set_text(prefix + RISKY)
    wait_for_result(qtbot, page)
    page.findings_list.view.setFocus()
    page.findings_list.set_current_row(0)
    qtbot.keyClick(page.findings_list.view, Qt.Key.Key_Return)
    cursor = page.editor.textCursor()
    assert cursor.selectedText() == "garantiert"
    utf16_start = len((prefix + RISKY[:RISKY.index("garantiert")]).encode("utf-16-le")) // 2
    assert (cursor.selectionStart(), cursor.selectionEnd()) == (utf16_start, utf16_start + 10)
    qtbot.keyClick(page.findings_list.view, Qt.Key.Key_Down)
    qtbot.keyClick(page.findings_list.view, Qt.Key.Key_Enter)
    assert page.editor.textCursor().selectedText() == "schmerzfrei"


def test_emptying_the_text_shows_the_empty_state(qtbot):
    page = make_page(qtbot)
    page.set_text(RISKY)
    wait_for_result(qtbot, page)
    assert page.findings_list.stack.currentWidget() is page.findings_list.view
    page.editor.clear()
    wait_for_result(qtbot, page)
    assert page.findings_list.stack.currentWidget() is page.findings_list.empty
    assert page.findings_list.empty.isVisible()
    assert "legal risk, not style" in page.findings_list.empty.text()
    assert page.editor.extraSelections() == []
    assert page.findings() == []


def test_language_choice_and_clinic_terms(qtbot):
    calls = []

    def provider():
        calls.append(1)
        return [custom_rule("Projekt Phoenix", Severity.WARN)]

    page = make_page(qtbot, provider)
    assert calls
    page.set_text("Heute haben wir im Team am Projekt Phoenix gearbeitet.")
    wait_for_result(qtbot, page)
    assert [f.rule_id for f in page.findings()] == ["CUSTOM-PROJEKT-PHOENIX"]
    assert "German" in page.detected.text()
    page.language.setCurrentIndex(page.language.findData("en"))
    wait_for_result(qtbot, page)
    assert page.runner.last_result.lang == "en"
    assert page.detected.text() == ""


def test_a_1mb_paste_keeps_typing_responsive_and_drops_the_stale_result(qtbot):
    page = make_page(qtbot)
    emitted: list[int] = []
    page.runner.checked.connect(lambda version, _f: emitted.append(version))
    big = ("Das Wetter war heute sonnig und warm. " * 14 + RISKY + ".\n") * 1800
    assert len(big) > 1_000_000
    page.set_text(big)
    big_version = page.runner.check_now()
    qtbot.waitUntil(lambda: page.runner.running_version == big_version, timeout=WAIT)
    # The check of the big text is now running; the UI thread still takes keystrokes.
    page.editor.moveCursor(page.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(page.editor, " Ende")
    assert page.editor.toPlainText().endswith(" Ende")
    assert page.runner.version > big_version
    assert emitted == []
    wait_for_result(qtbot, page, timeout=60_000)
    result = page.runner.last_result
    assert big_version not in emitted  # the stale result never reached the screen
    assert emitted == [page.runner.version]
    assert result.thread_id != threading.get_ident()
    assert result.isolated  # a text this long is matched in a child process
    assert result.offsets.length == len(big) + len(" Ende")
    assert sum(f.rule_id == "HWG-01" for f in result.findings) == 1800
    block = next(f for f in page.findings() if f.severity is Severity.BLOCK)
    page.select_finding(block)
    assert page.editor.textCursor().selectedText() == "garantiert"
    page.runner.stop()


def test_a_text_in_neither_language_says_how_it_was_checked(qtbot):
    page = make_page(qtbot)
    page.set_text("Bugün tüm ekibimizle birlikte mola odasında kahvaltı yaptık. Taze ekmek vardı.")
    wait_for_result(qtbot, page)
    assert page.runner.last_result.recognised is False
    assert "neither German nor English" in page.detected.text()
    assert page.findings() == []  # and the learned rules stay quiet on words they never saw
    page.set_text("Heute war unser Teamfrühstück, und es war wirklich schön.")
    wait_for_result(qtbot, page)
    assert page.detected.text() == "(detected: German)"
