"""End to end: an ambassador drafts and submits in the editor, a reviewer asks for changes,
the author edits and resubmits, the reviewer approves, the author records the publication."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from clinic_ambassadors.core.drafts import Action, DraftState
from clinic_ambassadors.services import careers, drafts
from clinic_ambassadors.services import programme as programme_service
from clinic_ambassadors.storage import audit
from clinic_ambassadors.ui import main_window
from clinic_ambassadors.ui.drafts import DraftsPage
from clinic_ambassadors.ui.drafts.editor import DraftEditor
from clinic_ambassadors.ui.drafts.publish_dialog import PublishDialog
from clinic_ambassadors.ui.main_window import MainWindow
from tests.ui.test_drafts_page import CLEAN, build_world

SHOTS = Path("/tmp/shots")


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setitem(main_window.PAGE_FACTORIES, "drafts", lambda w: DraftsPage(w))
    w = build_world(tmp_path / "programme.sqlite")
    session = w["session"]
    win = MainWindow(session, session.call(programme_service.get), w["author"])
    qtbot.addWidget(win)
    win.resize(1180, 760)
    win.show()
    yield win, w
    page = win.pages["drafts"]
    for editor in list(page.editors.values()):
        if shiboken6.isValid(editor):
            editor.can_edit = False
            editor.close()
    win.close()
    session.close()


def test_draft_review_publish_round_trip(qtbot, window):
    win, w = window
    s, reviewer = w["session"], w["r"]
    page = win.show_page("drafts")
    assert isinstance(page, DraftsPage)
    qtbot.waitUntil(lambda: page.own_ambassador_id() == "amb-1", timeout=15000)

    # 1. the ambassador starts a draft (Ctrl+N asks for the title first) and writes it
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.new_dialog is not None, timeout=15000)
    page.new_dialog.title.insert("Teamfrühstück")
    page.new_dialog.channel_boxes["instagram"].setChecked(True)
    page.new_dialog.confirm()
    qtbot.waitUntil(lambda: len(page.editors) == 1, timeout=15000)
    editor: DraftEditor = next(iter(page.editors.values()))
    editor.AUTOSAVE_MS = 50
    qtbot.waitUntil(lambda: editor.record is not None and editor.can_edit, timeout=15000)
    draft_id = editor.draft_id
    editor.title_edit.selectAll()
    editor.title_edit.insert("Teamfrühstück")  # like typing (QTest cannot type umlauts)
    editor.fields.channel_boxes["instagram"].setChecked(True)
    editor.text_edit.setFocus()
    editor.text_edit.insertPlainText(CLEAN)
    # 2. submit with Ctrl+Return (saves first)
    qtbot.keyClick(editor.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: s.call(drafts.get, draft_id).state is DraftState.IN_REVIEW,
                    timeout=15000)
    assert s.call(drafts.get, draft_id).text == CLEAN
    assert s.call(drafts.get, draft_id).title == "Teamfrühstück"
    qtbot.waitUntil(lambda: editor.workflow.visible_actions() == [Action.WITHDRAW], timeout=15000)

    # 3. the reviewer asks for changes, with a comment quoting a passage
    s.call(drafts.add_comment, reviewer, draft_id, "Bitte den Tag nicht nennen.", "Heute")
    s.call(drafts.act, reviewer, draft_id, Action.REQUEST_CHANGES,
           comment="Bitte den Tag nicht nennen.")
    editor.reload()
    qtbot.waitUntil(lambda: editor.record.state is DraftState.CHANGES_REQUESTED, timeout=15000)
    assert "Bitte den Tag nicht nennen." in editor.comments.texts()[0]

    # 4. the author edits and resubmits
    cursor = editor.text_edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.text_edit.setTextCursor(cursor)
    editor.text_edit.insertPlainText(" Wir suchen Verstärkung im Team!")
    qtbot.waitUntil(lambda: s.call(drafts.get, draft_id).current_revision == 2, timeout=15000)
    editor.workflow.buttons[Action.SUBMIT].click()
    qtbot.waitUntil(lambda: s.call(drafts.get, draft_id).state is DraftState.IN_REVIEW,
                    timeout=15000)

    # 5. the reviewer approves
    s.call(drafts.act, reviewer, draft_id, Action.APPROVE)
    editor.reload()
    qtbot.waitUntil(lambda: Action.PUBLISH in editor.workflow.visible_actions(), timeout=15000)

    # 6. the author marks it published; the dialog shows the tracking link
    editor.workflow.buttons[Action.PUBLISH].click()
    qtbot.waitUntil(lambda: isinstance(editor.workflow.dialog, PublishDialog)
                    or editor.findChild(PublishDialog) is not None, timeout=15000)
    dialog = editor.findChild(PublishDialog)
    assert dialog.network.currentData() == "instagram"  # the draft's channel comes first
    dialog.careers_url.setText("https://praxis-am-markt.example/karriere")
    qtbot.waitUntil(lambda: "utm_source=instagram" in dialog.tracking_edit.text(), timeout=15000)
    dialog.url.setText("https://www.instagram.com/p/abc123")
    dialog.copy_button.click()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == dialog.tracking_edit.text()
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: s.call(drafts.get, draft_id).state is DraftState.PUBLISHED,
                    timeout=15000)
    assert s.call(careers.careers_url) == "https://praxis-am-markt.example/karriere"
    pubs = s.call(lambda pf: list(pf.db.query("SELECT * FROM publications")))
    assert pubs[0]["url"] == "https://www.instagram.com/p/abc123"
    assert "utm_source=instagram" in pubs[0]["tracking_link"]

    # the audit log shows each step
    actions = [e.action for e in reversed(
        s.call(lambda pf: audit.events_for(pf.db, "draft", draft_id)))]
    assert [a for a in actions if a not in ("comment", "update")] == [
        "create", "edit", "submit", "request_changes", "edit", "submit", "approve", "publish"]

    # the revision view shows the edit: the inserted words in <ins>
    qtbot.waitUntil(lambda: editor.revisions.list.count() == 3, timeout=15000)
    editor.tabs.setCurrentWidget(editor.revisions)
    editor.revisions.compare(2, 3)
    html = editor.revisions.diff_source()
    assert "<ins" in html
    inserted = html.split("<ins", 1)[1].split("</ins>", 1)[0]
    assert "Verstärkung" in inserted
    assert "Verstärkung" in editor.revisions.diff.toPlainText()
    qtbot.waitUntil(editor.text_edit.isReadOnly, timeout=15000)  # published: no more edits
