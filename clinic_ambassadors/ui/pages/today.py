"""Today: what needs attention, in two minutes a day."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget, QFrame

from clinic_ambassadors.core.ambassadors import AmbassadorStatus, ConsentKind
from clinic_ambassadors.services import ambassadors as service
from clinic_ambassadors.services.session import Session
from clinic_ambassadors.ui import ops
from clinic_ambassadors.ui.labels import status_label


def _summary(pf: Any) -> dict[str, Any]:
    people = service.page(pf, None, 0, 100_000)
    by_status = {s: 0 for s in AmbassadorStatus}
    missing_photo = []
    for a in people:
        by_status[a.status] += 1
        if a.status == AmbassadorStatus.ACTIVE and not a.has_active_consent(ConsentKind.PHOTO):
            missing_photo.append(a.name)
    return {"by_status": by_status, "missing_photo": missing_photo,
            "budget": sum(a.time_budget_hours for a in people
                          if a.status == AmbassadorStatus.ACTIVE)}


class TodayPage(QWidget):
    def __init__(self, session: Session, clinic_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayPage")
        self._session = session
        title = QLabel(self.tr("Today at {0}").format(clinic_name))
        title.setObjectName("pageTitle")
        title.setWordWrap(True)
        self.cards = QGridLayout()
        self.attention = QLabel()
        self.attention.setObjectName("attentionText")
        self.attention.setWordWrap(True)
        self.attention.setTextFormat(Qt.TextFormat.RichText)
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addLayout(self.cards)
        lay.addWidget(self.attention)
        lay.addStretch()
        self.reload()

    def reload(self) -> None:
        ops.run(self, self._session, _summary).success(self._show)

    def _show(self, summary: dict[str, Any]) -> None:
        while self.cards.count():
            item = self.cards.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for i, (status, n) in enumerate(summary["by_status"].items()):
            card = QFrame()
            card.setObjectName("card")
            card.setFrameShape(QFrame.Shape.StyledPanel)
            cl = QVBoxLayout(card)
            number = QLabel(str(n))
            number.setObjectName("cardNumber")
            cl.addWidget(number)
            cl.addWidget(QLabel(status_label(status)))
            self.cards.addWidget(card, 0, i)
        lines = [self.tr("Active ambassadors have <b>{0} h</b> of working time per month for the "
                         "programme.").format(f"{summary['budget']:g}")]
        if summary["missing_photo"]:
            lines.append(self.tr("Photo consent missing for active ambassadors: {0}. Do not publish "
                                 "photos of them until it is signed.")
                         .format(html.escape(", ".join(summary["missing_photo"]))))
        else:
            lines.append(self.tr("All active ambassadors have a photo consent on file."))
        lines.append(self.tr("Drafts waiting for review, planned posts and reminders will appear "
                             "here as the programme grows."))
        self.attention.setText("<p>" + "</p><p>".join(lines) + "</p>")
