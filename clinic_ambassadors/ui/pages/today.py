"""Today: what needs attention, in two minutes a day."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from clinic_ambassadors.services import today as today_service
from clinic_ambassadors.services.session import Session
from clinic_ambassadors.ui import ops
from clinic_ambassadors.core.ambassadors import AmbassadorStatus
from clinic_ambassadors.ui.timefmt import local_time
from clinic_ambassadors.ui.workflow_text import state_label, ui_language


class TodayPage(QWidget):
    def __init__(self, session: Session, clinic_name: str, profile_id: str | None = None,
                 parent: QWidget | None = None, is_manager: bool = True) -> None:
        super().__init__(parent)
        self._is_manager = is_manager
        self.setObjectName("todayPage")
        self._session = session
        self._profile_id = profile_id
        title = QLabel(self.tr("Today at {0}").format(clinic_name))
        title.setObjectName("pageTitle")
        title.setWordWrap(True)
        self.cards = QGridLayout()
        self.attention = QLabel()
        self.attention.setObjectName("attentionText")
        self.attention.setWordWrap(True)
        self.attention.setTextFormat(Qt.TextFormat.RichText)
        self.attention.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addLayout(self.cards)
        lay.addWidget(self.attention)
        lay.addStretch()
        self.reload()

    def _status_heading(self, status: AmbassadorStatus) -> str:
        """Card headings read as groups of people, not as one person's status."""
        return {
            AmbassadorStatus.CANDIDATE: self.tr("Candidates"),
            AmbassadorStatus.ONBOARDING: self.tr("In onboarding"),
            AmbassadorStatus.ACTIVE: self.tr("Active"),
            AmbassadorStatus.PAUSED: self.tr("Paused"),
            AmbassadorStatus.ALUMNI: self.tr("Alumni"),
        }[status]

    def reload(self) -> None:
        ops.run(self, self._session, today_service.summary, self._profile_id).success(self._show)

    def _show(self, s: today_service.TodaySummary) -> None:
        while self.cards.count():
            item = self.cards.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for i, (status, n) in enumerate(s.by_status.items()):
            card = QFrame()
            card.setObjectName("card")
            card.setFrameShape(QFrame.Shape.StyledPanel)
            cl = QVBoxLayout(card)
            number = QLabel(str(n))
            number.setObjectName("cardNumber")
            cl.addWidget(number)
            cl.addWidget(QLabel(self._status_heading(status)))
            self.cards.addWidget(card, 0, i)
        esc = html.escape
        parts: list[str] = []
        for title, started in s.open_incidents:
            parts.append("<p style='color:#a40000'><b>" + self.tr("Crisis mode") + ":</b> "
                         + esc(title) + " – " + self.tr("open since {0}").format(
                             esc(local_time(started))) + " " + self.tr(
                             "(Programme > Crisis shows the checklist)") + "</p>")
        done, total = s.road_map_done
        if self._is_manager and total and done < total:
            lang = ui_language()
            parts.append("<h3>" + self.tr("Programme set-up: {0} of {1} required steps done")
                         .format(done, total) + "</h3><p>" + self.tr("Next step: {0}").format(
                             esc(s.next_step.get(lang, ""))) + "</p>")
        if s.flagged:
            items = "".join(f"<li>{esc(d.title)} – {esc(d.author_name)}</li>" for d in s.flagged)
            parts.append("<h3 style='color:#a40000'>" + self.tr(
                "Consent withdrawn: do not publish these drafts") + "</h3><ul>" + items + "</ul>")
        if s.waiting_for_me:
            items = "".join(f"<li>{esc(d.title)} – {esc(d.author_name)}</li>" for d in s.waiting_for_me)
            parts.append("<h3>" + self.tr("Waiting for your review ({0})").format(len(s.waiting_for_me))
                         + "</h3><ul>" + items + "</ul>")
        if s.my_in_review:
            items = "".join(f"<li>{esc(d.title)}</li>" for d in s.my_in_review)
            parts.append("<h3>" + self.tr("Your drafts waiting for a reviewer") + "</h3><ul>"
                         + items + "</ul>")
        if s.my_changes_requested:
            items = "".join(f"<li>{esc(d.title)}</li>" for d in s.my_changes_requested)
            parts.append("<h3>" + self.tr("A reviewer asked you for changes") + "</h3><ul>"
                         + items + "</ul>")
        if s.coming_up:
            items = "".join(
                f"<li>{d.planned_date:%d.%m.} – {esc(d.title)} ({esc(state_label(d.state))}"
                + (", " + self.tr("held because of an incident") if d.paused else "") + ")</li>"
                for d in s.coming_up)
            parts.append("<h3>" + self.tr("Planned for the next 7 days") + "</h3><ul>" + items
                         + "</ul>")
        notes = [self.tr("Active ambassadors have <b>{0} h</b> of working time per month for the "
                         "programme.").format(f"{s.budget_hours:g}"),
                 self.tr("{0} draft(s) in review in the whole programme.").format(s.in_review_total)]
        if not s.by_status.get(AmbassadorStatus.ACTIVE):
            pass  # nobody active yet: nothing to say about photo consents
        elif s.missing_photo:
            notes.append(self.tr("Photo consent missing for active ambassadors: {0}. Do not publish "
                                 "photos of them until it is signed.")
                         .format(esc(", ".join(s.missing_photo))))
        else:
            notes.append(self.tr("All active ambassadors have a photo consent on file."))
        if not parts:
            parts.append("<p>" + self.tr("Nothing needs you today. Enjoy your day!") + "</p>")
        self.attention.setText("".join(parts) + "<p>" + "</p><p>".join(notes) + "</p>")
