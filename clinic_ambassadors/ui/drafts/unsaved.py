"""Input the draft editor can never save as it is, and the one question it asks on close.

The service refuses a title over ``MAX_TITLE`` and a text over ``MAX_TEXT`` characters.
The editor checks the same limits before saving, so a paste that is too long says so at
once, with both numbers, instead of retrying a save that cannot succeed; and closing the
window with such input asks whether to discard it (default: keep editing), never silently.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from clinic_ambassadors.services import drafts


def _t(text: str) -> str:
    return QCoreApplication.translate("UnsavedChanges", text)


@dataclass(frozen=True)
class TooLong:
    """The title or text is over its limit (lengths in characters, as the service counts)."""

    field: str  # "title" or "text"
    length: int
    limit: int

    def message(self) -> str:
        """For the message above the text: the numbers and what to do."""
        if self.field == "text":
            text = _t("The text is too long to be saved: {0} characters, at most {1} are "
                      "possible. Please shorten it by {2} characters; until then your changes "
                      "stay here but are not saved.")
        else:
            text = _t("The title is too long to be saved: {0} characters, at most {1} are "
                      "possible. Please shorten it by {2} characters; until then your changes "
                      "stay here but are not saved.")
        loc = QLocale()
        return text.format(loc.toString(self.length), loc.toString(self.limit),
                           loc.toString(self.length - self.limit))

    def reason(self) -> str:
        """For the question on close: one short sentence."""
        if self.field == "text":
            text = _t("The text is too long to be saved ({0} characters; at most {1} are "
                      "possible).")
        else:
            text = _t("The title is too long to be saved ({0} characters; at most {1} are "
                      "possible).")
        return text.format(QLocale().toString(self.length), QLocale().toString(self.limit))


def too_long(title: str, document: QTextDocument, text: Callable[[], str]) -> TooLong | None:
    """The first limit the input is over, or None; ``text()`` is read only near the limit."""
    max_title, max_text = drafts.MAX_TITLE, drafts.MAX_TEXT  # the limits the service checks
    if len(title) > max_title:
        return TooLong("title", len(title), max_title)
    # A document counts UTF-16 units, never fewer than characters: most texts end here.
    if document.characterCount() - 1 > max_text:
        length = len(text())
        if length > max_text:
            return TooLong("text", length, max_text)
    return None


def discard_question(parent: QWidget, reason: str,
                     revision: int) -> tuple[QMessageBox, QAbstractButton]:
    """The window-modal question (not yet open) and its discard button; Escape keeps editing."""
    box = QMessageBox(QMessageBox.Icon.Warning, _t("Unsaved changes"), _t(
        "Your latest changes cannot be saved. {0}\n\nClose the draft anyway and discard them? "
        "The last saved revision ({1}) is kept.").format(reason, revision),
        QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("discardChangesBox")
    keep = box.addButton(_t("Keep editing"), QMessageBox.ButtonRole.RejectRole)
    keep.setObjectName("keepEditing")
    discard = box.addButton(_t("Discard changes and close"),
                            QMessageBox.ButtonRole.DestructiveRole)
    discard.setObjectName("discardChanges")
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    return box, discard
