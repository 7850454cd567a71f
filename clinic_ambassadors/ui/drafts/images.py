"""Images of a draft, stored in the programme file, with the people shown and their consent.

A person without a photo consent on file blocks the draft (§ 22 KUG); the panel says so
next to the person, before the author even tries to submit.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir, QSize, QStandardPaths, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinic_ambassadors.core.posts import ImagePerson
from clinic_ambassadors.services.draft_editor import ImageInfo
from clinic_ambassadors.ui.settings import ui_settings

ImageRole = Qt.ItemDataRole.UserRole + 1
LAST_FOLDER_KEY = "images/last_folder"


def image_start_folder() -> str:
    """Where "Add image" opens: the folder the last image came from, else the user's
    Pictures folder, else home (never the app's working folder, which means nothing to
    a practice manager)."""
    last = str(ui_settings().value(LAST_FOLDER_KEY, "") or "")
    if last and Path(last).is_dir():
        return last
    pictures = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
    if pictures and Path(pictures).is_dir():
        return pictures
    return QDir.homePath()


def remember_image_folder(path: str) -> None:
    settings = ui_settings()
    settings.setValue(LAST_FOLDER_KEY, str(Path(path).parent))
    settings.sync()


def person_line(name: str, ok: bool, problem: str) -> str:
    if ok:
        return "✔ " + QCoreApplication.translate(
            "ImagesPanel", "{0}: photo consent on file").format(name)
    if problem == "withdrawn":
        return "✖ " + QCoreApplication.translate(
            "ImagesPanel", "{0}: photo consent withdrawn – blocks the post").format(name)
    return "✖ " + QCoreApplication.translate(
        "ImagesPanel", "{0}: no photo consent – blocks the post").format(name)


class ImagesPanel(QWidget):
    """Signals ask the editor to do the writes: add(path), remove(id), people(id, people)."""

    add_requested = Signal(str)
    remove_requested = Signal(str)
    people_requested = Signal(str, object)  # image id, tuple[ImagePerson, ...]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imagesPanel")
        self._infos: list[ImageInfo] = []
        self._thumbs: dict[str, QPixmap] = {}
        self.list = QListWidget()
        self.list.setObjectName("imageList")
        self.list.setAccessibleName(self.tr("Images"))
        self.list.setIconSize(QSize(72, 72))
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.add_button = QPushButton(self.tr("Add &image…"))
        self.add_button.setObjectName("addImageButton")
        self.remove_button = QPushButton(self.tr("Remove image"))
        self.remove_button.setObjectName("removeImageButton")
        self.person_combo = QComboBox()
        self.person_combo.setObjectName("imagePersonCombo")
        self.person_combo.setAccessibleName(self.tr("Person from the roster"))
        self.add_person_button = QPushButton(self.tr("Add person shown"))
        self.add_person_button.setObjectName("addPersonButton")
        self.other_name = QLineEdit()
        self.other_name.setObjectName("otherPersonName")
        self.other_name.setAccessibleName(self.tr("Name of a person outside the roster"))
        self.other_name.setPlaceholderText(self.tr("Someone else (name)"))
        self.other_consent = QCheckBox(self.tr("written consent on file"))
        self.other_consent.setObjectName("otherPersonConsent")
        self.add_other_button = QPushButton(self.tr("Add"))
        self.add_other_button.setObjectName("addOtherPersonButton")
        self.clear_people_button = QPushButton(self.tr("Nobody shown"))
        self.clear_people_button.setObjectName("clearPeopleButton")
        for b in (self.add_button, self.remove_button, self.add_person_button,
                  self.add_other_button, self.clear_people_button, self.other_consent):
            b.setAccessibleName(b.text().replace("&", "").replace("…", ""))
        self.status = QLabel()
        self.status.setObjectName("imageConsentStatus")
        self.status.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        roster = QHBoxLayout()
        roster.addWidget(self.person_combo, 1)
        roster.addWidget(self.add_person_button)
        other = QHBoxLayout()
        other.addWidget(self.other_name, 1)
        other.addWidget(self.other_consent)
        other.addWidget(self.add_other_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(buttons)
        lay.addWidget(self.list, 1)
        lay.addWidget(self.status)
        lay.addWidget(QLabel(self.tr("People shown in the selected image:")))
        lay.addLayout(roster)
        lay.addLayout(other)
        lay.addWidget(self.clear_people_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.add_button.clicked.connect(self._choose_file)
        self.remove_button.clicked.connect(self._remove)
        self.add_person_button.clicked.connect(self._add_roster_person)
        self.add_other_button.clicked.connect(self._add_other_person)
        self.clear_people_button.clicked.connect(
            lambda: self._emit_people(lambda people: ()))
        self.list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self._editable = False
        self._update_buttons()

    def set_roster(self, ambassadors: Sequence[tuple[str, str, str | None]]) -> None:
        self.person_combo.clear()
        for aid, name, _profile in ambassadors:
            self.person_combo.addItem(name, aid)

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        self._update_buttons()

    def set_thumbnail(self, image_id: str, data: bytes) -> None:
        image = QImage.fromData(data)
        if not image.isNull():
            self._thumbs[image_id] = QPixmap.fromImage(image.scaled(
                72, 72, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
            self.set_images(self._infos)

    def missing_thumbnails(self) -> list[str]:
        return [i.image.id for i in self._infos if i.image.id not in self._thumbs]

    def set_images(self, infos: Sequence[ImageInfo]) -> None:
        current = self.current_id()
        self._infos = list(infos)
        self.list.clear()
        for info in self._infos:
            lines = [info.image.filename]
            lines += [person_line(p.name, p.consent_ok, p.problem) for p in info.people]
            if not info.people:
                lines.append(self.tr("Nobody shown (or not recorded yet)"))
            item = QListWidgetItem("\n".join(lines))
            item.setData(ImageRole, info.image.id)
            if info.image.id in self._thumbs:
                item.setIcon(QIcon(self._thumbs[info.image.id]))
            if info.blocked:
                item.setForeground(Qt.GlobalColor.darkRed)
            self.list.addItem(item)
            if info.image.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        blocked = sum(1 for i in self._infos if i.blocked)
        self.status.setText(
            self.tr("A person shown has no photo consent: the draft cannot be submitted until "
                    "the consent is recorded or the image removed.") if blocked else "")
        self.status.setStyleSheet("color: #b71c1c;" if blocked else "")
        self._update_buttons()

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ImageRole) if item else None

    def _current_info(self) -> ImageInfo | None:
        image_id = self.current_id()
        return next((i for i in self._infos if i.image.id == image_id), None)

    def _update_buttons(self) -> None:
        has = self.current_id() is not None and self._editable
        self.add_button.setEnabled(self._editable)
        for w in (self.remove_button, self.add_person_button, self.add_other_button,
                  self.clear_people_button, self.person_combo, self.other_name,
                  self.other_consent):
            w.setEnabled(has)

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Add image"), image_start_folder(),
                                              self.tr("Images (*.jpg *.jpeg *.png *.gif *.webp)"))
        if path:
            remember_image_folder(path)
            self.add_requested.emit(path)

    def _remove(self) -> None:
        image_id = self.current_id()
        if image_id:
            self.remove_requested.emit(image_id)

    def _emit_people(self, change: Callable[[tuple[ImagePerson, ...]], tuple[ImagePerson, ...]]) -> None:
        info = self._current_info()
        if info is not None:
            people = tuple(p.person for p in info.people)
            self.people_requested.emit(info.image.id, change(people))

    def _add_roster_person(self) -> None:
        aid = self.person_combo.currentData()
        if aid:
            self._emit_people(lambda people: people + (ImagePerson(ambassador_id=aid),))

    def _add_other_person(self) -> None:
        name = self.other_name.text().strip()
        if not name:
            self.other_name.setFocus()
            return
        consent = self.other_consent.isChecked()
        self._emit_people(lambda people: people + (
            ImagePerson(person_name=name, external_consent=consent),))
        self.other_name.clear()
        self.other_consent.setChecked(False)
