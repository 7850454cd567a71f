"""Today: what needs attention, in two minutes a day."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from clinic_ambassadors.services import today as today_service
from clinic_ambassadors.services.session import Session
from clinic_ambassadors.ui import ops
from clinic_ambassadors.core.ambassadors import AmbassadorStatus
from clinic_ambassadors.ui.timefmt import local_time
from clinic_ambassadors.ui.workflow_text import state_label, ui_language


class TodayPage(QWidget):
    """Every open item of the current profile, each row a link to where it is done.

    ``navigate`` carries the link target: ``draft:ID``, ``review:ID``, ``page:KEY``,
    ``tab:KEY`` (a Programme tab), ``onboarding:AMBASSADOR_ID`` or ``new-draft``.
    """

    navigate = Signal(str)

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
        self.attention.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.attention.setOpenExternalLinks(False)
        self.attention.linkActivated.connect(self.navigate)
        self.attention.setAccessibleName(self.tr("What needs you today"))
        self.summary: today_service.TodaySummary | None = None
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
        self.summary = s
        esc = html.escape

        def link(target: str, text: str) -> str:
            return f"<a href='{esc(target, quote=True)}'>{text}</a>"

        def section(heading: str, rows: list[str], color: str = "") -> None:
            style = f" style='color:{color}'" if color else ""
            parts.append(f"<h3{style}>" + heading + "</h3><ul>"
                         + "".join(f"<li>{r}</li>" for r in rows) + "</ul>")

        lang = ui_language()
        parts: list[str] = []
        for title, started in s.open_incidents:
            parts.append("<p style='color:#a40000'><b>" + self.tr("Crisis mode") + ":</b> "
                         + esc(title) + " – " + self.tr("open since {0}").format(
                             esc(local_time(started))) + " " + link(
                             "tab:crisis", self.tr("Open the crisis checklist")) + "</p>")
        if s.guide and self._is_manager:
            parts.append(self._guide_html(s.guide, link))
        done, total = s.road_map_done
        if self._is_manager and total and done < total:
            parts.append("<h3>" + self.tr("Programme set-up: {0} of {1} required steps done")
                         .format(done, total) + "</h3><p>" + link("tab:roadmap", self.tr(
                             "Next step: {0}").format(esc(s.next_step.get(lang, "")))) + "</p>")
        if s.flagged:
            section(self.tr("Consent withdrawn: do not publish these drafts"),
                    [link(f"draft:{d.id}", esc(d.title)) + " – " + esc(d.author_name)
                     for d in s.flagged], "#a40000")
        if s.waiting_for_me:
            section(self.tr("Waiting for your review ({0})").format(len(s.waiting_for_me)),
                    [link(f"review:{d.id}", esc(d.title)) + " – " + esc(d.author_name)
                     for d in s.waiting_for_me])
        if s.my_changes_requested:
            section(self.tr("A reviewer asked you for changes"),
                    [link(f"draft:{d.id}", esc(d.title)) for d in s.my_changes_requested])
        mine = [o for o in s.onboarding if o.mine]
        for o in mine:
            items = o.items.get(lang) or o.items.get("en", [])
            heading = (self.tr("Your onboarding: {0} item(s) open").format(len(items)) if items
                       else self.tr("Your onboarding is complete: a practice manager sets you "
                                    "active"))
            section(heading, [link(f"onboarding:{o.ambassador_id}", esc(t)) for t in items])
        others = [o for o in s.onboarding if not o.mine]
        if others and self._is_manager:
            rows = []
            for o in others:
                n = len(o.items.get(lang) or o.items.get("en", []))
                rows.append(link(f"onboarding:{o.ambassador_id}", esc(o.name)) + " – " + (
                    self.tr("{0} item(s) open").format(n) if n
                    else self.tr("ready to be set active")))
            section(self.tr("In onboarding ({0})").format(len(others)), rows)
        if s.my_drafts:
            section(self.tr("Your drafts not yet submitted ({0})").format(len(s.my_drafts)),
                    [link(f"draft:{d.id}", esc(d.title or self.tr("(untitled)")))
                     + " – " + esc(state_label(d.state)) for d in s.my_drafts])
        if s.my_in_review:
            section(self.tr("Your drafts waiting for a reviewer"),
                    [link(f"draft:{d.id}", esc(d.title)) for d in s.my_in_review])
        if s.coming_up:
            section(self.tr("Planned for the next 7 days"), [
                f"{d.planned_date:%d.%m.} – " + link(f"draft:{d.id}", esc(d.title))
                + f" ({esc(state_label(d.state))}"
                + (", " + self.tr("held because of an incident") if d.paused else "") + ")"
                for d in s.coming_up])
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
        if s.missing_photo and s.by_status.get(AmbassadorStatus.ACTIVE):
            notes[-1] = link("page:ambassadors", notes[-1])
        self.attention.setText("".join(parts) + "<p>" + "</p><p>".join(notes) + "</p>")

    def _guide_html(self, guide: tuple, link) -> str:
        """The first-run guide: the four steps, done ones ticked, the next one in bold."""
        texts = {
            "reviewer": (self.tr("Add a reviewer: the doctor who reads drafts before they are "
                                 "posted (Programme > People)"), "tab:people"),
            "ambassador": (self.tr("Add an ambassador: who will post for the practice "
                                   "(Ambassadors)"), "page:ambassadors"),
            "onboarding": (self.tr("Finish an onboarding: tick the items, then set the person "
                                   "active (Programme > Onboarding)"), "tab:onboarding"),
            "first_draft": (self.tr("Write the first draft (Drafts > New draft)"), "new-draft"),
        }
        next_key = next((step.key for step in guide if not step.done), None)
        rows = []
        for step in guide:
            text, target = texts[step.key]
            if step.done:
                rows.append("✓ <s>" + text + "</s>")
            elif step.key == next_key:
                rows.append("<b>" + link(target, text) + "</b>")
            else:
                rows.append(link(target, text))
        return ("<h3>" + self.tr("First steps") + "</h3><p>" + self.tr(
            "A new programme: these four steps take it to its first post.") + "</p><ol>"
            + "".join(f"<li>{r}</li>" for r in rows) + "</ol>")
