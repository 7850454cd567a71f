"""QA findings on the drafts area: ask before creating, Escape closes, the editor fits the
screen with every side tab in view, read-only looks read-only, board cards show every line."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtWidgets import QApplication

from clinic_ambassadors.core.drafts import Action, DraftState
from clinic_ambassadors.services import drafts
from clinic_ambassadors.storage import audit
from clinic_ambassadors.storage.errors import DatabaseLocked
from clinic_ambassadors.ui.drafts import editor as editor_module
from clinic_ambassadors.ui.drafts.board import BoardColumn
from tests.ui.test_draft_editor import open_editor, type_into
from tests.ui.test_drafts_page import CLEAN, _page_empty, build_world

GERMAN_TABS = ["Auffälligkeiten (2) ⚠", "Kommentare (1)", "Fassungen (2)", "Bilder (0)",
               "Checkliste"]
ENGLISH_TABS = ["Findings (2) ⚠", "Comments (1)", "Revisions (2)", "Images (0)", "Checklist"]


@pytest.fixture
def world(tmp_path):
    w = build_world(tmp_path / "programme.sqlite")
    w["editors"] = []
    yield w
    for editor in w["editors"]:
        if shiboken6.isValid(editor):
            editor.can_edit = False
            editor.close()
    w["session"].close()


class WindowWatcher(QObject):
    """Records every top-level window that is shown (a modal question on close would be one)."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []

    def eventFilter(self, obj, event):  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Show and obj.isWidgetType() and obj.isWindow():
            self.shown.append(f"{type(obj).__name__}:{obj.objectName()}")
        return False


# --- 1. new draft: ask first, no placeholder, no empty title ------------------------------
def test_cancelled_new_draft_stores_nothing(qtbot, world):
    page = _page_empty(qtbot, world)
    qtbot.waitUntil(lambda: page.own_ambassador_id() == "amb-1", timeout=15000)
    dialog = page.new_draft()
    assert dialog is not None and dialog.isVisible()
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: page.new_dialog is None, timeout=15000)
    assert world["session"].call(drafts.count) == 0
    assert page.editors == {}


def test_new_draft_needs_a_title(qtbot, world):
    page = _page_empty(qtbot, world)
    qtbot.waitUntil(lambda: page.own_ambassador_id() == "amb-1", timeout=15000)
    dialog = page.new_draft()
    dialog.title.setText("   ")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.message.isVisible()
    assert "title" in dialog.message.text()
    assert page.editors == {} and world["session"].call(drafts.count) == 0
    assert page.new_draft() is dialog  # Ctrl+N again: the same dialog, not a second one


def test_submit_without_a_title_is_refused_in_the_editor(qtbot, world):
    s = world["session"]
    rec = s.call(drafts.create, world["a"], "amb-1", "Titel", CLEAN)
    editor = open_editor(qtbot, world, rec.id)
    editor.title_edit.selectAll()
    editor.title_edit.del_()
    editor.workflow.buttons[Action.SUBMIT].click()
    assert editor.message.isVisible() and "title" in editor.message.text()
    qtbot.wait(200)
    assert s.call(drafts.get, rec.id).state is DraftState.DRAFT
    actions = [e.action for e in s.call(lambda pf: audit.events_for(pf.db, "draft", rec.id))]
    assert "submit" not in actions and "refused" not in actions


# --- 2. Escape closes, after saving; never a modal dialog ---------------------------------
def test_escape_saves_and_closes(qtbot, world):
    s = world["session"]
    rec = s.call(drafts.create, world["a"], "amb-1", "Titel", CLEAN)
    editor = open_editor(qtbot, world, rec.id)
    editor.AUTOSAVE_MS = 60_000
    type_into(editor, " Zum Schluss.")
    gone = []
    editor.destroyed.connect(lambda *_: gone.append(True))
    editor.text_edit.setFocus()
    qtbot.keyClick(editor.text_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: bool(gone), timeout=15000)
    assert s.call(drafts.get, rec.id).text.endswith("Zum Schluss.")


def test_escape_with_an_unsavable_change_keeps_the_editor_and_opens_no_dialog(
        qtbot, world, monkeypatch):
    s = world["session"]
    rec = s.call(drafts.create, world["a"], "amb-1", "Titel", CLEAN)
    editor = open_editor(qtbot, world, rec.id)
    editor.AUTOSAVE_MS = 60_000
    editor.RETRY_MS = 60_000

    def locked(*args, **kwargs):
        raise DatabaseLocked()

    monkeypatch.setattr(drafts, "save", locked)
    type_into(editor, " Nicht verlieren.")
    watcher = WindowWatcher()
    QApplication.instance().installEventFilter(watcher)
    try:
        qtbot.keyClick(editor.text_edit, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: editor.message.isVisible(), timeout=15000)
        qtbot.wait(100)
    finally:
        QApplication.instance().removeEventFilter(watcher)
    assert editor.isVisible()
    assert editor.text_edit.toPlainText().endswith("Nicht verlieren.")
    assert watcher.shown == []


# --- 3. size and side tabs ----------------------------------------------------------------
class _FakeScreen:
    def __init__(self, width: int, height: int) -> None:
        self.rect = QRect(0, 0, width, height)

    def availableGeometry(self) -> QRect:  # noqa: N802 - Qt API
        return self.rect


@pytest.mark.parametrize(("screen", "expected"), [((1920, 1040), (1150, 760)),
                                                  ((1000, 700), (900, 630))])
def test_initial_size_fits_the_screen(monkeypatch, screen, expected):
    monkeypatch.setattr(editor_module.QGuiApplication, "primaryScreen",
                        staticmethod(lambda: _FakeScreen(*screen)))
    size = editor_module.initial_size()
    assert (size.width(), size.height()) == expected


@pytest.mark.parametrize("labels", [GERMAN_TABS, ENGLISH_TABS])
def test_every_side_tab_is_in_view_at_1150_px(qtbot, world, labels):
    s = world["session"]
    rec = s.call(drafts.create, world["a"], "amb-1", "Titel", CLEAN)
    editor = open_editor(qtbot, world, rec.id)
    editor.resize(1150, 760)
    for i, text in enumerate(labels):
        editor.tabs.setTabText(i, text)
    qtbot.wait(50)
    bar = editor.tabs.tabBar()
    needed = sum(bar.tabSizeHint(i).width() for i in range(bar.count()))
    assert needed <= editor.tabs.width()  # room for every full label, nothing elided
    for i in range(bar.count()):
        assert bar.rect().contains(bar.tabRect(i)), labels[i]


# --- 4. read-only looks read-only ---------------------------------------------------------
def _background(widget) -> tuple[int, int, int]:
    colour = widget.grab().toImage().pixelColor(widget.width() - 6, widget.height() // 2)
    return colour.red(), colour.green(), colour.blue()


def test_non_author_sees_a_flat_title_and_why(qtbot, world):
    s = world["session"]
    rec = s.call(drafts.create, world["a"], "amb-1", "Titel", CLEAN)
    author = open_editor(qtbot, world, rec.id)
    reviewer = open_editor(qtbot, world, rec.id, "reviewer")
    assert author.read_only_note.isHidden()
    assert reviewer.read_only_note.isVisible()
    assert "Only the author edits this draft; you can comment" in reviewer.read_only_note.text()
    assert reviewer.title_edit.isReadOnly() and not author.title_edit.isReadOnly()
    assert _background(reviewer.title_edit) != _background(author.title_edit)
    assert _background(reviewer.text_edit.viewport()) != _background(author.text_edit.viewport())


# --- 5. board cards grow with their text --------------------------------------------------
def test_board_cards_show_title_author_and_channels_in_full(qtbot, world):
    s = world["session"]
    a = world["a"]
    long_title = "Unser neues Team in der Anmeldung stellt sich vor – mit Foto und Zitat"
    s.call(drafts.create, a, "amb-1", long_title, CLEAN, channels=("instagram", "linkedin"))
    s.call(drafts.create, a, "amb-1", "Kurz", CLEAN, channels=("x",))
    rows = s.call(drafts.page)
    column = BoardColumn(DraftState.DRAFT)
    qtbot.addWidget(column)
    column.resize(300, 600)
    column.show()
    column.set_drafts(rows, len(rows))
    qtbot.wait(50)
    cards = column.cards
    by_title = {cards.item(i).text().split("\n")[0]: cards.item(i) for i in range(cards.count())}
    tall, short = by_title[long_title], by_title["Kurz"]
    line = cards.fontMetrics().lineSpacing()
    assert cards.visualItemRect(tall).height() >= cards.visualItemRect(short).height() + line

    def fits(item) -> bool:
        rect = cards.visualItemRect(item)
        text_box = cards.fontMetrics().boundingRect(
            QRect(0, 0, rect.width() - 16, 10_000), int(Qt.TextFlag.TextWordWrap), item.text())
        return rect.height() >= text_box.height() + 12

    assert fits(tall) and fits(short)
    before = cards.visualItemRect(tall).height()
    column.resize(190, 600)  # a narrower column wraps more: the card grows with it
    qtbot.waitUntil(lambda: cards.visualItemRect(tall).height() > before, timeout=2000)
    assert fits(tall)
