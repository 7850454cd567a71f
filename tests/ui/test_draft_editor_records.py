"""The draft editor against the file's records: checklist items the records contradict,
refusals that shrink as items are ticked, the published post's address, and where the
image dialog opens."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QPushButton

from clinic_ambassadors.ui.workflow_text import quoted
from clinic_ambassadors.core.checklists import Part
from clinic_ambassadors.core.drafts import Action, DraftState
from clinic_ambassadors.core.posts import ImagePerson
from clinic_ambassadors.services import checklists, draft_editor, drafts
from clinic_ambassadors.storage import audit
from clinic_ambassadors.ui.drafts import images as images_module
from clinic_ambassadors.ui.drafts.images import LAST_FOLDER_KEY, ImagesPanel
from clinic_ambassadors.ui.settings import ui_settings
from tests.ui.test_draft_editor import PNG, open_editor, world  # noqa: F401 - fixture
from tests.ui.test_drafts_page import CLEAN


def _image(tmp_path: Path) -> Path:
    path = tmp_path / "team.png"
    path.write_bytes(PNG)
    return path


def _draft_showing_kim(world, tmp_path) -> str:  # noqa: F811
    s, a = world["session"], world["a"]
    rec = s.call(drafts.create, a, "amb-1", "Teamfoto", CLEAN)
    image_id = s.call(draft_editor.add_image, a, rec.id, _image(tmp_path))
    s.call(draft_editor.set_people, a, rec.id, image_id, (ImagePerson(ambassador_id="amb-2"),))
    return rec.id


def _nobody_shown(qtbot, editor) -> None:
    """"Nobody shown" asks first while people are listed; the answer here is yes."""
    editor.images.clear_people_button.click()
    qtbot.waitUntil(lambda: editor.images.findChild(QMessageBox, "confirmNobodyShown")
                    is not None, timeout=15000)
    box = editor.images.findChild(QMessageBox, "confirmNobodyShown")
    box.findChild(QPushButton, "confirmClearPeople").click()


def _rows_loaded(qtbot, editor) -> None:
    qtbot.waitUntil(lambda: editor.checklist.view is not None and bool(editor.checklist.rows),
                    timeout=15000)


def test_item_shows_what_records_say_and_the_tick_is_refused(qtbot, world, tmp_path):  # noqa: F811
    s = world["session"]
    draft_id = _draft_showing_kim(world, tmp_path)
    editor = open_editor(qtbot, world, draft_id)
    editor.tabs.setCurrentWidget(editor.checklist)
    _rows_loaded(qtbot, editor)
    row = editor.checklist.rows["people_consented"]
    assert row.records.isVisibleTo(editor)
    assert row.records.text() == ("Records say: no photo consent on file for Kim Kollegin "
                                  "(image team.png)")
    assert not editor.checklist.rows["no_testimonials"].records.isVisibleTo(editor)

    row.check.click()
    qtbot.waitUntil(lambda: editor.checklist.findChild(QMessageBox, "errorDialog") is not None,
                    timeout=15000)
    box = editor.checklist.findChild(QMessageBox, "errorDialog")
    assert "Kim Kollegin" in box.text() and "Ambassadors page" in box.text()
    box.close()
    qtbot.waitUntil(lambda: not row.check.isChecked(), timeout=15000)
    view = s.call(checklists.draft_view, world["a"], draft_id)
    assert not view.states()["people_consented"].ticked
    refused = s.call(lambda pf: audit.events_for(pf.db, "checklist", view.id))[0]
    assert refused.action == "tick_refused" and refused.summary == "contradicts_records"

    # the author takes Kim off the image: the records agree now, and the tick goes through
    qtbot.waitUntil(lambda: editor.images.list.count() == 1, timeout=15000)
    _nobody_shown(qtbot, editor)
    qtbot.waitUntil(lambda: not row.records.isVisibleTo(editor), timeout=15000)
    row.check.click()
    qtbot.waitUntil(lambda: editor.checklist.view.states()["people_consented"].ticked,
                    timeout=15000)


def test_submit_refusal_shrinks_with_each_tick_and_then_goes(qtbot, world):  # noqa: F811
    checklists.install_draft_gates()  # conftest puts the gate list back afterwards
    s = world["session"]
    rec = s.call(drafts.create, world["a"], "amb-1", "Teamfrühstück", CLEAN)
    editor = open_editor(qtbot, world, rec.id)
    editor.tabs.setCurrentWidget(editor.checklist)
    _rows_loaded(qtbot, editor)
    open_items = editor.checklist.view.missing(Part.AUTHOR)
    assert len(open_items) > 2

    editor.workflow.submit()
    qtbot.waitUntil(lambda: editor.message.isVisible(), timeout=15000)
    assert "Required checklist items are still open" in editor.message.text()
    assert quoted(open_items[0].text('en')) in editor.message.text()

    editor.checklist.rows[open_items[0].id].check.click()
    qtbot.waitUntil(lambda: quoted(open_items[0].text('en')) not in editor.message.text(),
                    timeout=15000)
    assert editor.message.isVisible()
    assert quoted(open_items[1].text('en')) in editor.message.text()  # still named

    for item in open_items[1:]:
        editor.checklist.rows[item.id].check.click()
        qtbot.waitUntil(lambda i=item: editor.checklist.view.states()[i.id].ticked,
                        timeout=15000)
    qtbot.waitUntil(lambda: not editor.message.isVisible(), timeout=15000)
    assert s.call(drafts.get, rec.id).state is DraftState.DRAFT  # nothing was submitted
    editor.workflow.submit()
    qtbot.waitUntil(lambda: s.call(drafts.get, rec.id).state is DraftState.IN_REVIEW,
                    timeout=15000)
    assert not editor.message.isVisible()


def test_photo_consent_refusal_goes_once_the_image_is_fixed(qtbot, world, tmp_path):  # noqa: F811
    draft_id = _draft_showing_kim(world, tmp_path)
    editor = open_editor(qtbot, world, draft_id)
    editor.workflow.submit()
    qtbot.waitUntil(lambda: "photo consent" in editor.message.text(), timeout=15000)
    assert "Kim Kollegin" in editor.message.text()
    qtbot.waitUntil(lambda: editor.images.list.count() == 1, timeout=15000)
    _nobody_shown(qtbot, editor)  # nobody recognisable on the image after all
    qtbot.waitUntil(lambda: not editor.message.isVisible(), timeout=15000)


class _Browser(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


def test_published_draft_shows_its_address_network_and_date(qtbot, world):  # noqa: F811
    s = world["session"]
    rec = s.call(drafts.create, world["a"], "amb-1", "Teamfrühstück", CLEAN,
                 channels=("linkedin",))
    s.call(drafts.act, world["a"], rec.id, Action.SUBMIT)
    s.call(drafts.act, world["r"], rec.id, Action.APPROVE)
    url = "https://www.linkedin.com/posts/alex-autor_teamfruehstueck-123?a=1&b=2"
    s.call(drafts.act, world["a"], rec.id, Action.PUBLISH, network="linkedin", url=url,
           published_on=date(2025, 3, 4))

    unpublished = s.call(drafts.create, world["a"], "amb-1", "Noch nicht", CLEAN)
    assert not open_editor(qtbot, world, unpublished.id).publication.isVisible()

    editor = open_editor(qtbot, world, rec.id)
    note = editor.publication
    qtbot.waitUntil(note.isVisible, timeout=15000)
    shown_date = QLocale().toString(QDate(2025, 3, 4), QLocale.FormatType.ShortFormat)
    assert note.text().startswith(f"Published on LinkedIn on {shown_date}: <a ")
    assert 'href="https://www.linkedin.com/posts/alex-autor_teamfruehstueck-123?a=1&amp;b=2"' \
        in note.text()
    browser = _Browser()
    QDesktopServices.setUrlHandler("https", browser, "open")
    try:
        note.linkActivated.emit(url)  # what a click on the link does
    finally:
        QDesktopServices.unsetUrlHandler("https")
    assert browser.opened == [url]


def test_image_dialog_starts_in_the_last_folder_else_pictures_else_home(qtbot, tmp_path,
                                                                        monkeypatch):
    home = tmp_path / "home"
    (home / "Pictures").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    ui_settings().remove(LAST_FOLDER_KEY)
    asked: list[str] = []
    answer = {"path": ""}

    def fake_dialog(_parent, _title, folder, _filter):
        asked.append(folder)
        return answer["path"], ""

    monkeypatch.setattr(images_module.QFileDialog, "getOpenFileName", fake_dialog)
    panel = ImagesPanel()
    qtbot.addWidget(panel)
    panel.set_editable(True)
    added: list[str] = []
    panel.add_requested.connect(added.append)

    panel.add_button.click()  # nothing chosen before: the Pictures folder
    assert asked[-1] == str(home / "Pictures") and added == []

    photos = tmp_path / "Fotos Sommerfest"
    photos.mkdir()
    answer["path"] = str(photos / "grill.png")
    panel.add_button.click()
    assert added == [str(photos / "grill.png")]
    answer["path"] = ""
    panel.add_button.click()  # the folder the last image came from, also after a restart
    assert asked[-1] == str(photos)
    assert ui_settings().value(LAST_FOLDER_KEY) == str(photos)

    photos.rmdir()  # that folder is gone, and so is Pictures: home
    (home / "Pictures").rmdir()
    panel.add_button.click()
    assert asked[-1] == str(home)
