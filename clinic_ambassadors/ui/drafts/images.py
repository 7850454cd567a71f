"""Images of a draft, stored in the programme file, with the people shown and their consent.

A person without a photo consent on file blocks the draft (§ 22 KUG); the panel says so
next to the person, before the author even tries to submit. The people of the selected
image are edited one by one in ``image_people.PeopleEditor``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QDir, QSize, QStandardPaths, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinic_ambassadors.services.draft_editor import ImageInfo
from clinic_ambassadors.ui.drafts.image_people import PeopleEditor, person_line
from clinic_ambassadors.ui.settings import ui_settings

__all__ = ["ImagesPanel", "image_start_folder", "person_line", "remember_image_folder"]

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
        for b in (self.add_button, self.remove_button):
            b.setAccessibleName(b.text().replace("&", "").replace("…", ""))
        self.status = QLabel()
        self.status.setObjectName("imageConsentStatus")
        self.status.setWordWrap(True)
        self.people = PeopleEditor(self)
        # the people editor's controls, under the names the editor and its tests know
        self.person_combo = self.people.person_combo
        self.add_person_button = self.people.add_person_button
        self.other_name = self.people.other_name
        self.other_consent = self.people.other_consent
        self.add_other_button = self.people.add_other_button
        self.clear_people_button = self.people.clear_button

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(buttons)
        lay.addWidget(self.list, 1)
        lay.addWidget(self.status)
        lay.addWidget(self.people)

        self.add_button.clicked.connect(self._choose_file)
        self.remove_button.clicked.connect(self._remove)
        self.people.changed.connect(self.people_requested)
        self.list.currentRowChanged.connect(lambda _r: self._selected())
        self._editable = False
        self._update_buttons()

    def set_roster(self, ambassadors: Sequence[tuple[str, str, str | None]]) -> None:
        self.people.set_roster(ambassadors)

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        self.people.set_editable(editable)
        self._update_buttons()

    def set_thumbnail(self, image_id: str, data: bytes) -> None:
        image = QImage.fromData(data)
        if image.isNull():
            return
        self._thumbs[image_id] = QPixmap.fromImage(image.scaled(
            72, 72, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))
        for row in range(self.list.count()):  # just the icon: the lists stay as they are
            item = self.list.item(row)
            if item.data(ImageRole) == image_id:
                item.setIcon(QIcon(self._thumbs[image_id]))

    def missing_thumbnails(self) -> list[str]:
        return [i.image.id for i in self._infos if i.image.id not in self._thumbs]

    def set_images(self, infos: Sequence[ImageInfo]) -> None:
        current = self.current_id()
        self._infos = list(infos)
        self.list.blockSignals(True)
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
        self.list.blockSignals(False)
        blocked = sum(1 for i in self._infos if i.blocked)
        self.status.setText(
            self.tr("A person shown has no photo consent: the draft cannot be submitted until "
                    "the consent is recorded or the image removed.") if blocked else "")
        self.status.setStyleSheet("color: #b71c1c;" if blocked else "")
        self.people.set_image(self._current_info(), fresh=True)
        self._update_buttons()

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ImageRole) if item else None

    def _current_info(self) -> ImageInfo | None:
        image_id = self.current_id()
        return next((i for i in self._infos if i.image.id == image_id), None)

    def _selected(self) -> None:
        self.people.set_image(self._current_info())
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self._editable)
        self.remove_button.setEnabled(self.current_id() is not None and self._editable)

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
