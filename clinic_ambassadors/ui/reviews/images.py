"""The draft's images as the reviewer sees them: thumbnails with the people shown and their
photo consent, so "every recognisable person has consented" can actually be checked.

Read-only: the author changes images and people in the editor. Clicking a thumbnail opens
it larger.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clinic_ambassadors.services.draft_editor import ImageInfo
from clinic_ambassadors.ui.drafts.images import person_line
from clinic_ambassadors.ui.reviews.dialogs import ImageDialog

ImageIdRole = Qt.ItemDataRole.UserRole + 1
THUMB = 72


def people_lines(info: ImageInfo) -> list[str]:
    lines = [person_line(p.name, p.consent_ok, p.problem) for p in info.people]
    if not lines:
        # The editor's sentence (and its translation), so both say the same.
        lines.append(QCoreApplication.translate("ImagesPanel",
                                                "Nobody shown (or not recorded yet)"))
    return lines


class ReviewImages(QWidget):
    """A strip of thumbnails under the text; "No images." when the draft has none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewImagesSection")
        self._infos: list[ImageInfo] = []
        self._data: dict[str, bytes] = {}
        self._dialog: ImageDialog | None = None

        self.heading = QLabel(self.tr("Images"))
        self.heading.setObjectName("reviewImagesTitle")
        self.heading.setStyleSheet("font-weight: 600;")
        self.empty = QLabel(self.tr("No images."))
        self.empty.setObjectName("reviewNoImages")
        self.empty.setStyleSheet("color: #555555;")
        self.status = QLabel()
        self.status.setObjectName("reviewImageConsentStatus")
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #b71c1c;")
        self.list = QListWidget()
        self.list.setObjectName("reviewImages")
        self.list.setAccessibleName(self.tr("Images of the draft"))
        self.list.setToolTip(self.tr("Click an image (or press Enter) to see it larger"))
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setFlow(QListView.Flow.LeftToRight)
        self.list.setWrapping(False)
        self.list.setWordWrap(False)
        self.list.setSpacing(4)
        self.list.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setFixedHeight(THUMB + 40)
        self.list.itemClicked.connect(self._open_item)
        self.list.itemActivated.connect(self._open_item)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.heading)
        lay.addWidget(self.status)
        lay.addWidget(self.list)
        lay.addWidget(self.empty)
        self.set_images((), {})

    def set_images(self, infos: Sequence[ImageInfo], data: dict[str, bytes]) -> None:
        self._infos = list(infos)
        self._data = dict(data)
        self.list.clear()
        for info in self._infos:
            lines = [info.image.filename, *people_lines(info)]
            item = QListWidgetItem("\n".join(lines))
            item.setData(ImageIdRole, info.image.id)
            item.setToolTip("\n".join(lines))
            pixmap = self._pixmap(info.image.id)
            if pixmap is not None:
                item.setIcon(QIcon(pixmap.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation)))
            if info.blocked:
                item.setForeground(Qt.GlobalColor.darkRed)
            self.list.addItem(item)
        n = len(self._infos)
        self.heading.setText(self.tr("Images ({0})").format(n) if n else self.tr("Images"))
        self.list.setVisible(bool(n))
        self.empty.setVisible(not n)
        blocked = any(i.blocked for i in self._infos)
        self.status.setText(self.tr("A person shown has no photo consent on file: the post "
                                    "must not be published with this image.") if blocked else "")
        self.status.setVisible(blocked)
        lines = max((len(people_lines(i)) + 1 for i in self._infos), default=1)
        self.list.setFixedHeight(max(THUMB, lines * self.fontMetrics().lineSpacing()) + 28)

    def clear(self) -> None:
        self.set_images((), {})

    def infos(self) -> list[ImageInfo]:
        return list(self._infos)

    def _pixmap(self, image_id: str) -> QPixmap | None:
        data = self._data.get(image_id)
        if not data:
            return None
        image = QImage.fromData(data)
        return None if image.isNull() else QPixmap.fromImage(image)

    def _open_item(self, item: QListWidgetItem) -> None:
        self.open_image(item.data(ImageIdRole))

    def open_image(self, image_id: str) -> ImageDialog | None:
        """Show the image larger, with the people shown; one dialog at a time."""
        info = next((i for i in self._infos if i.image.id == image_id), None)
        if info is None:
            return None
        if self._dialog is not None:
            self._dialog.close()
        dialog = ImageDialog(info.image.filename, self._pixmap(image_id), people_lines(info),
                             info.blocked, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: self._forget(dialog))
        self._dialog = dialog
        dialog.open()
        return dialog

    def _forget(self, dialog: ImageDialog) -> None:
        if self._dialog is dialog:
            self._dialog = None
