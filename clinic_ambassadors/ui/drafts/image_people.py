"""The people shown in one image of a draft: add, remove, correct the consent, undo.

Each person is listed on their own, so one added by mistake (or without the consent that
came in later) is removed with Delete or a button, and a person outside the roster gets
their written consent marked on their own entry; adding someone who is already listed
never makes a second entry (that would leave the image blocked by a stale duplicate).
For people on the roster the consent lives on the Ambassadors page, and the panel says
so. Removing people can be undone (Ctrl+Z); "Nobody shown" asks first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListView,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinic_ambassadors.core.posts import ImagePerson
from clinic_ambassadors.services.draft_editor import ImageInfo, PersonShown
from clinic_ambassadors.storage.draft_extras import person_key

KeyRole = Qt.ItemDataRole.UserRole + 2
People = tuple[ImagePerson, ...]


def _t(text: str) -> str:
    """One context with the images panel: the strings it had before keep their German."""
    return QCoreApplication.translate("ImagesPanel", text)


def person_line(name: str, ok: bool, problem: str) -> str:
    if ok:
        return "✔ " + _t("{0}: photo consent on file").format(name)
    if problem == "withdrawn":
        return "✖ " + _t("{0}: photo consent withdrawn – blocks the post").format(name)
    return "✖ " + _t("{0}: no photo consent – blocks the post").format(name)


def _same_name(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


class PeopleEditor(QWidget):
    """Asks for changes by ``changed(image id, people)``; the editor stores them."""

    changed = Signal(str, object)  # image id, tuple[ImagePerson, ...]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imagePeople")
        self._info: ImageInfo | None = None
        self._editable = False
        #: People asked for but not yet back from the file, per image: the next change
        #: builds on these, so two quick changes never undo each other.
        self._asked: dict[str, People] = {}
        self._undo: tuple[str, People] | None = None
        self._select_key: tuple[str, str] | None = None
        self._roster: list[tuple[str, str]] = []

        self.heading = QLabel(_t("People shown in the selected image:"), self)
        self.list = QListWidget(self)
        self.list.setObjectName("imagePeopleList")
        self.list.setAccessibleName(_t("People shown in the selected image"))
        self.list.setMinimumHeight(64)
        self.list.setMaximumHeight(120)
        self.list.setWordWrap(True)  # long German lines wrap instead of a sideways scroll
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.heading.setBuddy(self.list)
        self.remove_button = QPushButton(_t("Remove person"), self)
        self.remove_button.setObjectName("removePersonButton")
        self.remove_button.setToolTip(_t("Removes the selected person from this image (Delete)"))
        self.consent = QCheckBox(_t("Written consent on file"), self)
        self.consent.setObjectName("personConsent")
        self.clear_button = QPushButton(_t("Nobody shown…"), self)
        self.clear_button.setObjectName("clearPeopleButton")
        self.hint = QLabel(self)  # parented: hiding it before layout must not make a window
        self.hint.setObjectName("personHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #8c1b1b;")
        self.hint.setVisible(False)
        self.note = QLabel(self)  # parented: hiding it before layout must not make a window
        self.note.setObjectName("peopleNote")
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        self.add_heading = QLabel(_t("Add a person shown in this image:"), self)
        self.undo_button = QPushButton(_t("Undo"), self)
        self.undo_button.setObjectName("undoPeopleButton")
        self.undo_button.setToolTip(_t("Puts the people back (Ctrl+Z)"))
        self.undo_button.setVisible(False)
        self.person_combo = QComboBox(self)
        self.person_combo.setObjectName("imagePersonCombo")
        self.person_combo.setAccessibleName(_t("Person from the roster"))
        self.add_person_button = QPushButton(_t("Add person shown"), self)
        self.add_person_button.setObjectName("addPersonButton")
        self.other_name = QLineEdit(self)
        self.other_name.setObjectName("otherPersonName")
        self.other_name.setAccessibleName(_t("Name of a person outside the roster"))
        self.other_name.setPlaceholderText(_t("Someone else (name)"))
        self.other_consent = QCheckBox(_t("written consent on file"), self)
        self.other_consent.setObjectName("otherPersonConsent")
        self.add_other_button = QPushButton(_t("Add"), self)
        self.add_other_button.setObjectName("addOtherPersonButton")
        for b in (self.remove_button, self.consent, self.clear_button, self.undo_button,
                  self.add_person_button, self.other_consent, self.add_other_button):
            b.setAccessibleName(b.text().replace("&", "").replace("…", ""))

        actions = QHBoxLayout()
        actions.addWidget(self.remove_button)
        actions.addWidget(self.clear_button)
        actions.addStretch(1)
        told = QHBoxLayout()
        told.addWidget(self.note, 1)
        told.addWidget(self.undo_button)
        roster = QHBoxLayout()
        roster.addWidget(self.person_combo, 1)
        roster.addWidget(self.add_person_button)
        other = QHBoxLayout()
        other.addWidget(self.other_name, 1)
        other.addWidget(self.add_other_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.heading)
        lay.addWidget(self.list)
        left = Qt.AlignmentFlag.AlignLeft
        lay.addWidget(self.consent, 0, left)  # of the selected person, right under the list
        lay.addLayout(actions)
        lay.addWidget(self.hint)
        lay.addLayout(told)
        lay.addWidget(self.add_heading)
        lay.addLayout(roster)
        lay.addLayout(other)
        lay.addWidget(self.other_consent, 0, left)  # a narrow column: a row of its own

        self.list.currentRowChanged.connect(lambda _r: self._show_selected())
        self.remove_button.clicked.connect(self.remove_selected)
        self.consent.clicked.connect(self._consent_clicked)
        self.clear_button.clicked.connect(self.ask_clear)
        self.undo_button.clicked.connect(self.undo)
        self.add_person_button.clicked.connect(self._add_roster_person)
        self.add_other_button.clicked.connect(self._add_other_person)
        self.other_name.returnPressed.connect(self._add_other_person)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list,
                           activated=self.remove_selected)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self, activated=self.undo)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.confirm_box: QMessageBox | None = None
        self._update()

    # --- what is shown ----------------------------------------------------------------
    def set_roster(self, ambassadors: Sequence[tuple[str, str, str | None]]) -> None:
        self._roster = [(aid, name) for aid, name, _profile in ambassadors]
        self.person_combo.clear()
        for aid, name in self._roster:
            self.person_combo.addItem(name, aid)

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        self._update()

    def set_image(self, info: ImageInfo | None, fresh: bool = False) -> None:
        """The selected image (``fresh``: as the file has it now, after a change)."""
        if fresh:
            self._asked.clear()
        previous = self._info.image.id if self._info is not None else None
        if info is None or info.image.id != previous:
            self._tell("")
        if self._undo is not None and (info is None or info.image.id != self._undo[0]):
            self._drop_undo()
        keep = self._select_key or self.selected_key()
        self._select_key = None
        self._info = info
        self.list.blockSignals(True)
        self.list.clear()
        for shown in info.people if info is not None else ():
            item = QListWidgetItem(self._line(shown))
            item.setData(KeyRole, person_key(shown.person))
            if not shown.consent_ok:
                item.setForeground(Qt.GlobalColor.darkRed)
            self.list.addItem(item)
            if person_key(shown.person) == keep:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self._show_selected()

    def _line(self, shown: PersonShown) -> str:
        name = shown.name if shown.person.ambassador_id else _t(
            "{0} (not on the roster)").format(shown.name)
        return person_line(name, shown.consent_ok, shown.problem)

    def people(self) -> People:
        """The people of the selected image, including changes still on their way."""
        if self._info is None:
            return ()
        return self._asked.get(self._info.image.id,
                               tuple(p.person for p in self._info.people))

    def selected(self) -> PersonShown | None:
        key = self.selected_key()
        if self._info is None or key is None:
            return None
        return next((p for p in self._info.people if person_key(p.person) == key), None)

    def selected_key(self) -> tuple[str, str] | None:
        item = self.list.currentItem()
        return tuple(item.data(KeyRole)) if item is not None else None  # type: ignore[return-value]

    def _show_selected(self) -> None:
        shown = self.selected()
        self.consent.blockSignals(True)
        self.consent.setChecked(bool(shown and shown.consent_ok))
        self.consent.blockSignals(False)
        roster = bool(shown and shown.person.ambassador_id)
        self.consent.setToolTip(_t(
            "For people on the roster the photo consent is recorded on the Ambassadors page.")
            if roster else _t("Tick once the written consent of the selected person is on "
                              "file (kept outside the app)."))
        self.hint.setText(self._advice(shown))
        self.hint.setVisible(bool(self.hint.text()))
        self._update()

    def _advice(self, shown: PersonShown | None) -> str:
        """What fixes the selected person's missing consent: it depends on who they are."""
        if shown is None or shown.consent_ok:
            return ""
        if shown.person.ambassador_id and shown.problem == "withdrawn":
            return _t("{0} has withdrawn the photo consent: remove them from the image, or "
                      "remove the image.").format(shown.name)
        if shown.person.ambassador_id:
            return _t("{0} is on the roster: record the photo consent on the Ambassadors "
                      "page, or remove them from the image.").format(shown.name)
        return _t("{0} is not on the roster: once their written consent is on file, tick "
                  "“Written consent on file”; otherwise remove them from the image."
                  ).format(shown.name)

    def _update(self) -> None:
        has_image = self._info is not None and self._editable
        shown = self.selected()
        self.remove_button.setEnabled(has_image and shown is not None)
        self.consent.setEnabled(has_image and shown is not None
                                and not shown.person.ambassador_id)
        self.clear_button.setEnabled(has_image and bool(self.people()))
        self.undo_button.setEnabled(self._editable)
        for w in (self.add_person_button, self.add_other_button, self.person_combo,
                  self.other_name, self.other_consent):
            w.setEnabled(has_image)

    # --- changes ----------------------------------------------------------------------
    def _ask(self, people: People, undo: People | None = None, note: str = "") -> None:
        info = self._info
        if info is None or not self._editable:
            return
        self._asked[info.image.id] = people
        if undo is not None:
            self._undo = (info.image.id, undo)
            self.undo_button.setVisible(True)
        else:
            self._drop_undo()
        self._tell(note)
        self._update()
        self.changed.emit(info.image.id, people)

    def _tell(self, text: str) -> None:
        """What just happened (or why nothing did), beside the Undo button."""
        self.note.setText(text)
        self.note.setVisible(bool(text) or self.undo_button.isVisibleTo(self))

    def _drop_undo(self) -> None:
        self._undo = None
        self.undo_button.setVisible(False)

    def remove_selected(self) -> None:
        shown, key = self.selected(), self.selected_key()
        if shown is None or key is None or not self._editable:
            return
        before = self.people()
        after = tuple(p for p in before if person_key(p) != key)
        if after == before:
            return  # already on its way off
        row = self.list.currentRow()
        following = self.list.item(row + 1) or self.list.item(row - 1)
        self._select_key = tuple(following.data(KeyRole)) if following else None
        self._ask(after, undo=before, note=_t("{0} was removed from the image.").format(
            shown.name))

    def _consent_clicked(self, checked: bool) -> None:
        key = self.selected_key()
        if key is None:
            return
        self._select_key = key
        self._ask(tuple(replace(p, external_consent=checked) if person_key(p) == key else p
                        for p in self.people()))

    def ask_clear(self) -> None:
        """Nobody shown, with people listed: asks first, default No (and it can be undone)."""
        if not self.people() or self._info is None:
            return
        if self.confirm_box is not None:
            self.confirm_box.raise_()
            return
        count = len(self.people())
        box = QMessageBox(QMessageBox.Icon.Question, _t("Nobody shown"), _t(
            "Remove all {0} people listed for “{1}”? Only do this if nobody can be "
            "recognised in the image.").format(count, self._info.image.filename),
            QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("confirmNobodyShown")
        keep = box.addButton(_t("Keep them"), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName("keepPeople")
        clear = box.addButton(_t("Nobody shown"), QMessageBox.ButtonRole.AcceptRole)
        clear.setObjectName("confirmClearPeople")
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        image_id = self._info.image.id
        box.finished.connect(lambda _r: self._clear_answered(box.clickedButton() is clear,
                                                             image_id))
        self.confirm_box = box
        box.open()  # never exec(): the event loop keeps running

    def _clear_answered(self, clear: bool, image_id: str) -> None:
        self.confirm_box = None
        if clear and self._info is not None and self._info.image.id == image_id:
            before = self.people()
            self._ask((), undo=before, note=_t("Everyone was removed from the image."))
        self.list.setFocus()

    def undo(self) -> None:
        if self._undo is None or self._info is None or self._undo[0] != self._info.image.id:
            return
        _image_id, people = self._undo
        self._ask(people, note="")

    def _add_roster_person(self) -> None:
        aid = self.person_combo.currentData()
        if not aid:
            return
        self._add(ImagePerson(ambassador_id=aid), self.person_combo.currentText())

    def _add_other_person(self) -> None:
        name = self.other_name.text().strip()
        if not name or self._info is None:
            self.other_name.setFocus()
            return
        on_roster = next((i for i, (_aid, n) in enumerate(self._roster) if _same_name(n, name)),
                         None)
        if on_roster is not None:  # their consent is on the roster: that entry must count
            self.person_combo.setCurrentIndex(on_roster)
            self._tell(_t("{0} is on the roster: add them with “Add person shown”, "
                          "so the consent recorded for them counts.").format(name))
            self.add_person_button.setFocus()
            return
        self._add(ImagePerson(person_name=name, external_consent=self.other_consent.isChecked()),
                  name)
        self.other_name.clear()
        self.other_consent.setChecked(False)

    def _add(self, person: ImagePerson, name: str) -> None:
        """Adds a person, or, if they are listed already, selects them (and marks a written
        consent that came in); never a second entry for the same person."""
        key = person_key(person)
        people = self.people()
        listed = next((p for p in people if person_key(p) == key), None)
        self._select_key = key
        if listed is None:
            self._ask(people + (person,))
        elif person.external_consent and not listed.external_consent:
            self._ask(tuple(person if person_key(p) == key else p for p in people),
                      note=_t("{0} was already listed; their written consent is marked "
                              "now.").format(name))
        else:
            self._select(key)
            self._tell(_t("{0} is already listed for this image.").format(name))

    def _select(self, key: tuple[str, str]) -> None:
        self._select_key = None
        for row in range(self.list.count()):
            if tuple(self.list.item(row).data(KeyRole)) == key:
                self.list.setCurrentRow(row)
                return
