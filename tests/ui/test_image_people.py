"""The people shown in a draft's image, one by one: removed with Delete or a button (and
put back with Undo), their written consent corrected on their own entry, never listed
twice; "Nobody shown" asks first. And the advice when a tick is refused fits the person:
the Ambassadors page for the roster, the image's entry for everyone else."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from clinic_ambassadors.core.checklists import Kind
from clinic_ambassadors.core.posts import ImagePerson
from clinic_ambassadors.services import checklists, draft_editor, drafts
from clinic_ambassadors.ui.checklists.texts import contradiction_refusal_text
from tests.ui.test_draft_editor import PNG, open_editor, world  # noqa: F401 - fixture
from tests.ui.test_drafts_page import CLEAN


def _draft(world, tmp_path: Path, *people: ImagePerson) -> tuple[str, str]:  # noqa: F811
    s, a = world["session"], world["a"]
    path = tmp_path / "team.png"
    path.write_bytes(PNG)
    rec = s.call(drafts.create, a, "amb-1", "Teamfoto", CLEAN)
    image_id = s.call(draft_editor.add_image, a, rec.id, path)
    if people:
        s.call(draft_editor.set_people, a, rec.id, image_id, tuple(people))
    return rec.id, image_id


def _stored(world, draft_id: str) -> list[tuple[str, str, bool]]:  # noqa: F811
    (info,) = world["session"].call(draft_editor.images, draft_id)
    return [(p.person.ambassador_id or "", p.person.person_name, p.person.external_consent)
            for p in info.people]


def _editor_on_images(qtbot, world, draft_id: str, people: int):  # noqa: F811
    editor = open_editor(qtbot, world, draft_id)
    editor.tabs.setCurrentWidget(editor.images)
    qtbot.waitUntil(lambda: editor.images.people.list.count() == people
                    and editor.images.people.add_person_button.isEnabled(), timeout=15000)
    return editor, editor.images.people


def _select(people, name: str) -> None:
    row = next(r for r in range(people.list.count()) if name in people.list.item(r).text())
    people.list.setCurrentRow(row)


def test_a_person_is_removed_with_delete_and_put_back_with_undo(qtbot, world, tmp_path):  # noqa: F811
    draft_id, _ = _draft(world, tmp_path, ImagePerson(ambassador_id="amb-1"),
                         ImagePerson(person_name="Herr Meier"),
                         ImagePerson(person_name="Frau Gast", external_consent=True))
    editor, people = _editor_on_images(qtbot, world, draft_id, 3)
    assert "Herr Meier (not on the roster)" in people.list.item(1).text()
    assert people.list.item(1).text().startswith("✖")

    _select(people, "Herr Meier")
    people.list.setFocus()
    qtbot.keyClick(people.list, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: people.list.count() == 2, timeout=15000)
    assert _stored(world, draft_id) == [("amb-1", "", False), ("", "Frau Gast", True)]
    assert "Herr Meier was removed from the image." == people.note.text()
    assert people.undo_button.isVisibleTo(editor)
    assert "Frau Gast" in people.list.currentItem().text()  # the next one is selected
    assert not editor.images.list.item(0).text().count("✖")  # the image is fine now

    people.undo_button.click()
    qtbot.waitUntil(lambda: people.list.count() == 3, timeout=15000)
    assert [n for _, n, _ in _stored(world, draft_id)] == ["", "Herr Meier", "Frau Gast"]
    assert not people.undo_button.isVisibleTo(editor)

    _select(people, "Alex Autor")  # a roster person goes the same way, with the button
    people.remove_button.click()
    qtbot.waitUntil(lambda: people.list.count() == 2, timeout=15000)
    assert [a for a, _, _ in _stored(world, draft_id)] == ["", ""]
    people.list.setFocus()
    qtbot.keyClick(people.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: people.list.count() == 3, timeout=15000)


def test_the_written_consent_is_corrected_on_the_persons_own_entry(qtbot, world, tmp_path):  # noqa: F811
    draft_id, _ = _draft(world, tmp_path, ImagePerson(ambassador_id="amb-2"),
                         ImagePerson(person_name="Herr Meier"))
    editor, people = _editor_on_images(qtbot, world, draft_id, 2)
    _select(people, "Kim Kollegin")  # on the roster: her consent is kept on the Ambassadors page
    assert not people.consent.isEnabled()
    assert "Ambassadors page" in people.consent.toolTip()
    assert "Kim Kollegin is on the roster" in people.hint.text()
    assert "Ambassadors page" in people.hint.text()

    _select(people, "Herr Meier")
    assert people.consent.isEnabled() and not people.consent.isChecked()
    assert "Herr Meier is not on the roster" in people.hint.text()
    assert "Ambassadors page" not in people.hint.text()
    qtbot.mouseClick(people.consent, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ("", "Herr Meier", True) in _stored(world, draft_id), timeout=15000)
    qtbot.waitUntil(lambda: people.list.item(1).text().startswith("✔"), timeout=15000)
    assert "Herr Meier" in people.list.currentItem().text()  # still selected
    assert not people.hint.isVisibleTo(editor)
    qtbot.mouseClick(people.consent, Qt.MouseButton.LeftButton)  # and back, by mistake
    qtbot.waitUntil(lambda: ("", "Herr Meier", False) in _stored(world, draft_id), timeout=15000)


def test_adding_someone_already_listed_makes_no_second_entry(qtbot, world, tmp_path):  # noqa: F811
    draft_id, _ = _draft(world, tmp_path)
    editor, people = _editor_on_images(qtbot, world, draft_id, 0)
    people.other_name.setText("Herr Meier")
    people.add_other_button.click()  # without consent first ...
    qtbot.waitUntil(lambda: people.list.count() == 1, timeout=15000)
    people.other_name.setText("herr meier ")
    people.other_consent.setChecked(True)
    people.add_other_button.click()  # ... then it came in: the entry is corrected
    qtbot.waitUntil(lambda: _stored(world, draft_id) == [("", "herr meier", True)],
                    timeout=15000)
    qtbot.waitUntil(lambda: people.list.item(0).text().startswith("✔"), timeout=15000)
    assert people.list.count() == 1
    assert "already listed" in people.note.text()

    people.other_name.setText("Herr Meier")  # without the tick: nothing is taken back
    people.add_other_button.click()
    assert "already listed" in people.note.text()
    qtbot.wait(100)
    assert _stored(world, draft_id) == [("", "herr meier", True)]

    people.person_combo.setCurrentIndex(people.person_combo.findData("amb-2"))
    people.add_person_button.click()
    qtbot.waitUntil(lambda: people.list.count() == 2, timeout=15000)
    people.add_person_button.click()  # Kim again
    assert people.note.text() == "Kim Kollegin is already listed for this image."
    assert "Kim Kollegin" in people.list.currentItem().text()
    qtbot.wait(100)
    assert len(_stored(world, draft_id)) == 2

    # someone from the roster typed as "someone else" would dodge their recorded consent
    people.person_combo.setCurrentIndex(people.person_combo.findData("amb-1"))
    people.other_name.setText("kim kollegin")
    people.add_other_button.click()
    assert "is on the roster" in people.note.text()
    assert people.person_combo.currentData() == "amb-2"
    qtbot.wait(100)
    assert len(_stored(world, draft_id)) == 2


def test_nobody_shown_asks_first_and_can_be_undone(qtbot, world, tmp_path):  # noqa: F811
    draft_id, _ = _draft(world, tmp_path, ImagePerson(ambassador_id="amb-1"),
                         ImagePerson(person_name="Herr Meier"))
    editor, people = _editor_on_images(qtbot, world, draft_id, 2)

    def box() -> QMessageBox | None:
        return people.findChild(QMessageBox, "confirmNobodyShown")

    people.clear_button.click()
    qtbot.waitUntil(lambda: box() is not None and box().isVisible(), timeout=15000)
    assert "2" in box().text() and "team.png" in box().text()
    keep = box().findChild(QPushButton, "keepPeople")
    assert box().defaultButton() is keep and box().escapeButton() is keep
    qtbot.keyClick(box(), Qt.Key.Key_Return)  # Enter takes the default: keep them
    qtbot.waitUntil(lambda: box() is None or not box().isVisible(), timeout=15000)
    qtbot.wait(100)
    assert len(_stored(world, draft_id)) == 2

    people.clear_button.click()
    qtbot.waitUntil(lambda: box() is not None and box().isVisible(), timeout=15000)
    box().findChild(QPushButton, "confirmClearPeople").click()
    qtbot.waitUntil(lambda: people.list.count() == 0, timeout=15000)
    assert _stored(world, draft_id) == []
    assert "Nobody shown" in editor.images.list.item(0).text()
    assert not people.clear_button.isEnabled()  # nothing left to clear
    people.undo_button.click()
    qtbot.waitUntil(lambda: people.list.count() == 2, timeout=15000)
    assert len(_stored(world, draft_id)) == 2


def test_a_refused_tick_gives_advice_that_fits_the_person(qtbot, world, tmp_path):  # noqa: F811
    s = world["session"]
    draft_id, _ = _draft(world, tmp_path, ImagePerson(person_name="Herr Meier (Patient)"))
    editor = open_editor(qtbot, world, draft_id)
    editor.tabs.setCurrentWidget(editor.checklist)
    qtbot.waitUntil(lambda: bool(editor.checklist.rows), timeout=15000)
    row = editor.checklist.rows["people_consented"]
    assert "Herr Meier (Patient), who is not on the roster" in row.records.text()
    row.check.click()
    qtbot.waitUntil(lambda: editor.checklist.findChild(QMessageBox, "errorDialog") is not None,
                    timeout=15000)
    text = editor.checklist.findChild(QMessageBox, "errorDialog").text()
    assert "Herr Meier (Patient)" in text
    assert "Ambassadors page" not in text  # he is not an ambassador: no page helps there
    assert "Someone not on the roster" in text and "Written consent on file" in text
    view = s.call(checklists.view_for, world["a"], Kind.PRE_PUBLICATION, draft_id)
    assert not view.states()["people_consented"].ticked


def test_refusal_advice_per_case():
    kim = {"subject": "Kim Kollegin", "problem": "missing", "where": "a.png",
           "subject_kind": "roster"}
    old = {"subject": "Kim Kollegin", "problem": "missing", "where": "a.png"}  # audit data
    meier = {"subject": "Herr Meier", "problem": "missing", "where": "a.png",
             "subject_kind": "other"}
    wanda = {"subject": "Wanda", "problem": "withdrawn", "where": "", "subject_kind": "roster"}
    roster_only = contradiction_refusal_text([kim])
    assert "Ambassadors page" in roster_only and "not on the roster" not in roster_only
    assert contradiction_refusal_text([old]) == roster_only
    other_only = contradiction_refusal_text([meier])
    assert "Ambassadors page" not in other_only and "Images tab" in other_only
    withdrawn = contradiction_refusal_text([wanda])
    assert "photo consent of Wanda withdrawn" in withdrawn
    assert "Ambassadors page" not in withdrawn and "remove the person" in withdrawn
    mixed = contradiction_refusal_text([kim, meier, wanda])
    assert mixed.count("\n• ") == 3
    for advice in ("Ambassadors page", "Someone not on the roster", "A withdrawn"):
        assert mixed.count(advice) == 1
    assert mixed.endswith("Then tick the item.")
