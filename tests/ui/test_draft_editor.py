"""The draft editor: live check with underlines, refusals naming rules, override with a
reason, autosave that never loses text, comments with quotes, images and consent."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from PySide6.QtGui import QTextCharFormat, QTextCursor

from clinic_ambassadors.core.drafts import Action, DraftState
from clinic_ambassadors.core.posts import ImagePerson
from clinic_ambassadors.services import careers, draft_editor
from clinic_ambassadors.services import drafts
from clinic_ambassadors.storage import audit
from clinic_ambassadors.storage.errors import DatabaseLocked
from clinic_ambassadors.ui.checker.texts import SEVERITY_COLOURS
from clinic_ambassadors.core.checker import Severity
from clinic_ambassadors.ui.drafts.editor import DraftEditor
from tests.ui.test_drafts_page import CLEAN, RISKY, build_world

PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cfc0f01f0005000201"
    "e2ab5f0a0000000049454e44ae426082")


@pytest.fixture
def world(tmp_path):
    w = build_world(tmp_path / "programme.sqlite")
    w["editors"] = []
    yield w
    for editor in w["editors"]:
        if shiboken6.isValid(editor):
            editor.can_edit = False  # nothing to save at teardown
            if editor.discard_box is not None:  # an unsaveable text asks before closing
                editor.discard_box.done(0)
            editor.close()
    w["session"].close()


def open_editor(qtbot, world, draft_id: str, who: str = "author") -> DraftEditor:
    profile = world[who if who != "author" else "author"]
    from clinic_ambassadors.storage.audit import Actor

    editor = DraftEditor(world["session"], Actor(profile.id, profile.name), profile, draft_id)
    world["editors"].append(editor)  # WA_DeleteOnClose: not qtbot.addWidget
    editor.AUTOSAVE_MS = 50
    editor.RETRY_MS = 100
    editor.show()
    qtbot.waitUntil(lambda: editor.state is not None, timeout=15000)
    return editor


def type_into(editor: DraftEditor, text: str) -> None:
    cursor = editor.text_edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.text_edit.setTextCursor(cursor)
    editor.text_edit.insertPlainText(text)  # like typing: fires textChanged, is undoable


def events(world, draft_id: str) -> list[audit.AuditEvent]:
    s = world["session"]
    return list(reversed(s.call(lambda pf: audit.events_for(pf.db, "draft", draft_id))))


def block_selections(editor: DraftEditor) -> list:
    return [s for s in editor.highlighter.selections()
            if s.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
            and s.format.underlineColor() == SEVERITY_COLOURS[Severity.BLOCK]]


def test_risky_phrase_is_underlined_and_submit_names_the_rules(qtbot, world):
    s = world["session"]
    rec = s.call(drafts.create, world["a"], "amb-1", "Werbung", "Ich arbeite als MFA hier. ")
    editor = open_editor(qtbot, world, rec.id)
    type_into(editor, "Unsere Behandlung wirkt garantiert – 100 % Erfolg!")
    qtbot.waitUntil(lambda: bool(block_selections(editor)), timeout=15000)
    underlined = {sel.cursor.selectedText() for sel in block_selections(editor)}
    assert any("garantiert" in u or "100 %" in u for u in underlined), underlined
    qtbot.waitUntil(lambda: "⚠" in editor.tabs.tabText(0), timeout=15000)

    # A window shortcut needs its window active; other tests' windows may still be around.
    editor.activateWindow()
    editor.text_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor, timeout=15000)
    qtbot.keyClick(editor.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor.message.isVisible(), timeout=15000)
    blocks = s.call(drafts.snapshot, rec.id).block_findings
    assert blocks
    from clinic_ambassadors.services.checking import shipped_rules

    titles = {r.id: r.text("title", "en") for r in shipped_rules()}
    for rule_id in blocks:  # named by title, as a person reads it
        assert titles[rule_id] in editor.message.text()
    assert s.call(drafts.get, rec.id).state is DraftState.DRAFT
    assert s.call(drafts.get, rec.id).text.endswith("100 % Erfolg!")  # saved before submitting
    assert events(world, rec.id)[-1].action == "refused"


def test_reviewer_overrides_a_block_only_with_a_reason(qtbot, world):
    s = world["session"]
    rec = s.call(drafts.create, world["a"], "amb-1", "Werbung", RISKY)
    editor = open_editor(qtbot, world, rec.id, "reviewer")
    assert editor.text_edit.isReadOnly() and editor.title_edit.isReadOnly()
    assert editor.workflow.visible_actions() == [Action.OVERRIDE_BLOCK]
    button = editor.workflow.buttons[Action.OVERRIDE_BLOCK]
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = editor.workflow.dialog
    assert dialog is not None and dialog.objectName() == "overrideDialog"
    for rule_id in s.call(drafts.snapshot, rec.id).block_findings:
        assert rule_id in dialog.intro.text()
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.message.isVisible() and "reason" in dialog.message.text()
    assert dialog.isVisible()
    assert "override_block" not in [e.action for e in events(world, rec.id)]

    dialog.reason.setPlainText("Zitat aus einer Studie, kein Heilversprechen.")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: "override_block" in [e.action for e in events(world, rec.id)],
                    timeout=15000)
    event = [e for e in events(world, rec.id) if e.action == "override_block"][0]
    assert event.actor_name == "Dr. Rita Review"
    assert "Heilversprechen" in event.data["reason"]
    qtbot.waitUntil(lambda: not button.isEnabled(), timeout=15000)  # nothing left to override
    s.call(drafts.act, world["a"], rec.id, Action.SUBMIT)
    assert s.call(drafts.get, rec.id).state is DraftState.IN_REVIEW


def test_author_sees_no_override_and_non_author_cannot_edit(qtbot, world):
    s = world["session"]
    rec = s.call(drafts.create, world["a"], "amb-1", "Werbung", RISKY)
    author = open_editor(qtbot, world, rec.id)
    assert not author.text_edit.isReadOnly()
    assert Action.OVERRIDE_BLOCK not in author.workflow.visible_actions()
    assert Action.SUBMIT in author.workflow.visible_actions()
    manager = open_editor(qtbot, world, rec.id, "manager")
    assert manager.text_edit.isReadOnly()
    assert Action.SUBMIT not in manager.workflow.visible_actions()
    assert Action.WITHDRAW in manager.workflow.visible_actions()  # the manager may withdraw


def test_autosave_makes_a_revision_and_ctrl_s_saves_now(qtbot, world):
    s = world["session"]
    rec = s.call(drafts.create, world["a"], "amb-1", "Titel", CLEAN)
    editor = open_editor(qtbot, world, rec.id)
    type_into(editor, " Neu dabei!")
    qtbot.waitUntil(lambda: s.call(drafts.get, rec.id).current_revision == 2, timeout=15000)
    assert s.call(drafts.get, rec.id).text == CLEAN + " Neu dabei!"
    editor.AUTOSAVE_MS = 60_000
    editor.title_edit.setFocus()
    qtbot.keyClicks(editor.title_edit, " 2")
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: s.call(drafts.get, rec.id).title == "Titel 2", timeout=15000)
    qtbot.waitUntil(lambda: editor.revisions.list.count() == 3, timeout=15000)


def test_fields_are_saved(qtbot, world):
    s = world["session"]
    rec = s.call(drafts.create, world["a"], "amb-1", "Titel", "x" * 300)
    editor = open_editor(qtbot, world, rec.id)
    editor.fields.channel_boxes["x"].setChecked(True)
    editor.fields.channel_boxes["linkedin"].setChecked(True)
    assert "X 300 / 280" in editor.count_label.text() and "c62828" in editor.count_label.text()
    assert "LinkedIn 300 / 3,000" in editor.count_label.text()
    editor.fields.topic.setEditText("Ausbildung")
    qtbot.waitUntil(lambda: s.call(drafts.get, rec.id).channels == ("linkedin", "x")
                    and s.call(drafts.get, rec.id).topic == "Ausbildung", timeout=15000)


def test_locked_file_keeps_the_text_and_retries(qtbot, world, monkeypatch):
    s = world["session"]
    rec = s.call(drafts.create, world["a"], "amb-1", "Titel", CLEAN)
    editor = open_editor(qtbot, world, rec.id)
    real_save = drafts.save
    calls = {"n": 0}

    def flaky(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 1:
            raise DatabaseLocked()
        return real_save(*args, **kwargs)

    monkeypatch.setattr(drafts, "save", flaky)
    type_into(editor, " Wichtiger Satz.")
    qtbot.waitUntil(lambda: editor.message.isVisible(), timeout=15000)
    assert "busy" in editor.message.text() and "still here" in editor.message.text()
    assert editor.text_edit.toPlainText().endswith("Wichtiger Satz.")
    qtbot.waitUntil(lambda: s.call(drafts.get, rec.id).text.endswith("Wichtiger Satz."),
                    timeout=15000)
    qtbot.waitUntil(lambda: not editor.message.isVisible(), timeout=15000)


def test_close_saves_first_and_a_failing_save_keeps_the_window(qtbot, world, monkeypatch):
    s = world["session"]
    rec = s.call(drafts.create, world["a"], "amb-1", "Titel", CLEAN)
    editor = open_editor(qtbot, world, rec.id)
    editor.AUTOSAVE_MS = 60_000
    editor.RETRY_MS = 60_000
    real_save = drafts.save

    def locked(*args, **kwargs):
        raise DatabaseLocked()

    monkeypatch.setattr(drafts, "save", locked)
    type_into(editor, " Letzter Satz.")
    editor.close()
    qtbot.waitUntil(lambda: editor.message.isVisible(), timeout=15000)
    assert editor.isVisible()
    assert editor.text_edit.toPlainText().endswith("Letzter Satz.")
    monkeypatch.setattr(drafts, "save", real_save)
    gone = []
    editor.destroyed.connect(lambda *_: gone.append(True))
    editor.close()
    qtbot.waitUntil(lambda: bool(gone), timeout=15000)
    assert s.call(drafts.get, rec.id).text.endswith("Letzter Satz.")


def test_comment_quotes_the_selected_passage(qtbot, world):
    s = world["session"]
    rec = s.call(drafts.create, world["a"], "amb-1", "Titel", CLEAN)
    s.call(drafts.act, world["a"], rec.id, Action.SUBMIT)
    editor = open_editor(qtbot, world, rec.id, "reviewer")
    start = CLEAN.index("Teamfrühstück")
    cursor = editor.text_edit.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len("Teamfrühstück"), QTextCursor.MoveMode.KeepAnchor)
    editor.text_edit.setTextCursor(cursor)
    assert editor.comments.quote() == "Teamfrühstück"
    assert not editor.comments.quote_label.isHidden()
    editor.comments.input.setPlainText("Bitte ohne Uhrzeit.")
    qtbot.mouseClick(editor.comments.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.comments.list.count() == 1, timeout=15000)
    stored = s.call(drafts.comments, rec.id)
    assert [(c.text, c.quote) for c in stored] == [("Bitte ohne Uhrzeit.", "Teamfrühstück")]
    assert editor.comments.input.toPlainText() == ""
    author = open_editor(qtbot, world, rec.id)
    assert "Teamfrühstück" in author.comments.texts()[0]
    assert "Comments (1)" == author.tabs.tabText(1)


def test_person_without_photo_consent_is_shown_and_blocks(qtbot, world, tmp_path):
    s = world["session"]
    rec = s.call(drafts.create, world["a"], "amb-1", "Foto", CLEAN)
    image = tmp_path / "team.png"
    image.write_bytes(PNG)
    editor = open_editor(qtbot, world, rec.id)
    editor.images.add_requested.emit(str(image))
    qtbot.waitUntil(lambda: editor.images.list.count() == 1, timeout=15000)
    editor.images.person_combo.setCurrentIndex(editor.images.person_combo.findData("amb-2"))
    qtbot.mouseClick(editor.images.add_person_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "no photo consent" in editor.images.list.item(0).text(), timeout=15000)
    assert "Kim Kollegin" in editor.images.list.item(0).text()
    assert editor.images.status.text()
    editor.workflow.submit()
    qtbot.waitUntil(lambda: editor.message.isVisible(), timeout=15000)
    assert "photo consent" in editor.message.text()
    # the author (with consent) instead of Kim: fine
    s.call(draft_editor.set_people, world["a"], rec.id, editor.images.current_id(),
           (ImagePerson(ambassador_id="amb-1"),))
    s.call(drafts.act, world["a"], rec.id, Action.SUBMIT)
    assert s.call(drafts.get, rec.id).state is DraftState.IN_REVIEW


def test_careers_url_is_remembered(world):
    s = world["session"]
    s.call(careers.set_careers_url, world["m"], "https://praxis.example/karriere")
    assert s.call(careers.careers_url) == "https://praxis.example/karriere"
    rec = s.call(drafts.create, world["a"], "amb-1", "Titel", CLEAN)
    link = s.call(careers.tracking_preview, rec.id, "https://praxis.example/karriere", "linkedin")
    assert link.startswith("https://praxis.example/karriere?") and "utm_source=linkedin" in link
    assert s.call(careers.tracking_preview, rec.id, "keine url", "linkedin") == ""


def test_every_control_has_names(qtbot, world):
    s = world["session"]
    rec = s.call(drafts.create, world["a"], "amb-1", "Titel", CLEAN)
    editor = open_editor(qtbot, world, rec.id)
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit

    for cls in (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit):
        for w in editor.findChildren(cls):
            if w.parent() is not None and w.parent().inherits("QComboBox"):
                continue  # a combo's own line edit
            if w.objectName().startswith("qt_") or not w.objectName() and w.inherits("QToolButton") \
                    and w.parent() is not None and w.parent().inherits("QTabBar"):
                continue
            assert w.objectName() and w.accessibleName(), (cls.__name__, w.objectName(), w)
