"""Small dialogs of the Reviews page: a required text (comment, reason), an image larger.

An empty text is refused right here, with the workflow's own sentence, and nothing
is sent; the dialog stays open so the reviewer can write it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from clinic_ambassadors.ui.workflow_text import refusal_text


class ReasonDialog(QDialog):
    """``submitted(text)`` fires only with a non-empty text."""

    submitted = Signal(str)

    def __init__(self, title: str, prompt: str, button_text: str, empty_code: str,
                 name: str, initial_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self._empty_code = empty_code
        self.resize(520, 300)

        self.prompt = QLabel(prompt)
        self.prompt.setObjectName("reasonPrompt")
        self.prompt.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setObjectName("reasonText")
        self.text.setAccessibleName(title)
        self.text.setTabChangesFocus(True)
        self.text.setPlainText(initial_text)
        self.prompt.setBuddy(self.text)
        self.error_label = QLabel()
        self.error_label.setObjectName("reasonError")
        self.error_label.setAccessibleName(self.tr("Problem"))
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(button_text,
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("reasonOkButton")
        self.ok_button.setAccessibleName(button_text.replace("&", ""))
        self.ok_button.setToolTip(self.tr("Ctrl+Return"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("reasonCancelButton")
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.submit)

        lay = QVBoxLayout(self)
        lay.addWidget(self.prompt)
        lay.addWidget(self.text, 1)
        lay.addWidget(self.error_label)
        lay.addWidget(self.buttons)
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)
        cursor = self.text.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.text.setTextCursor(cursor)

    def value(self) -> str:
        return self.text.toPlainText().strip()

    def show_problem(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def submit(self) -> bool:
        if not self.value():
            self.show_problem(refusal_text(self._empty_code))
            self.text.setFocus()
            return False
        self.error_label.hide()
        self.submitted.emit(self.value())
        self.accept()
        return True


class ImageDialog(QDialog):
    """One image of the draft, larger, with the people shown and their photo consent."""

    def __init__(self, filename: str, pixmap: QPixmap | None, people: list[str],
                 blocked: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewImageDialog")
        self.setWindowTitle(self.tr("Image: {0}").format(filename))
        self.setAccessibleName(self.windowTitle())
        self.image = QLabel()
        self.image.setObjectName("reviewImageLarge")
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if pixmap is not None and not pixmap.isNull():
            screen = QGuiApplication.primaryScreen()
            room = screen.availableGeometry().size() * 0.75 if screen else None
            width = min(1000, room.width()) if room else 1000
            height = min(750, room.height()) if room else 750
            if pixmap.width() > width or pixmap.height() > height:
                pixmap = pixmap.scaled(width, height, Qt.AspectRatioMode.KeepAspectRatio,
                                       Qt.TransformationMode.SmoothTransformation)
            self.image.setPixmap(pixmap)
            self.image.setAccessibleName(filename)
        else:
            self.image.setText(self.tr("This image cannot be shown (unknown or damaged file)."))
        self.people = QLabel("\n".join(people))
        self.people.setObjectName("reviewImagePeople")
        self.people.setWordWrap(True)
        self.people.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if blocked:
            self.people.setStyleSheet("color: #b71c1c;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("reviewImageCloseButton")
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.image, 1)
        lay.addWidget(self.people)
        lay.addWidget(buttons)
