"""Where and when a published draft went out, with the post's address as a link.

The editor shows it above the text, so whoever opens a published draft can go straight
to the post (to read comments, take figures, or take it down in a crisis).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QDate, QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QWidget

from clinic_ambassadors.core.drafts import Publication
from clinic_ambassadors.ui.drafts.model import channel_name

STYLE = ("background: #e8f5e9; color: #1b5e20; padding: 4px 8px; border: 1px solid #a5d6a7;"
         " border-radius: 4px;")


class PublicationNote(QLabel):
    """Hidden until the draft has a publication; the link opens in the default browser."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("publicationNote")
        self.setAccessibleName(self.tr("Publication"))
        self.setWordWrap(True)
        self.setStyleSheet(STYLE)
        self.setTextFormat(Qt.TextFormat.RichText)
        # Links reachable with Tab and Enter as well as the mouse; opened by us, not by Qt,
        # so the address goes through QDesktopServices like every other link in the app.
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.setOpenExternalLinks(False)
        self.linkActivated.connect(self.open_link)
        self.url = ""
        self.hide()

    def set_publication(self, publication: Publication | None) -> None:
        if publication is None:
            self.url = ""
            self.clear()
            self.hide()
            return
        self.url = publication.url
        day = publication.published_on
        when = QLocale().toString(QDate(day.year, day.month, day.day),
                                  QLocale.FormatType.ShortFormat)
        link = f'<a href="{escape(self.url, quote=True)}">{escape(self.url)}</a>'
        self.setText(self.tr("Published on {0} on {1}: {2}").format(
            escape(channel_name(publication.network)), escape(when), link))
        self.setToolTip(self.tr("Opens the post in your web browser"))
        self.setAccessibleDescription(self.tr("Published on {0} on {1}: {2}").format(
            channel_name(publication.network), when, self.url))
        self.show()

    def open_link(self, url: str) -> None:
        QDesktopServices.openUrl(QUrl(url))
