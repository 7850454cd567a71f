"""The reviewer's queue: what waits for me, deciding, moving on, refusals, multi-step review."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt

from clinic_ambassadors.core.ambassadors import Ambassador
from clinic_ambassadors.core.drafts import Action, DraftState, ReviewPolicy, ReviewStep, StepRule
from clinic_ambassadors.core.programme import Profile, Role
from clinic_ambassadors.services import ambassadors as ambassador_service
from clinic_ambassadors.services import drafts
from clinic_ambassadors.services import programme as programme_service
from clinic_ambassadors.services.review_policy import set_review_policy
from clinic_ambassadors.services.session import Session
from clinic_ambassadors.storage import audit
from clinic_ambassadors.storage.audit import Actor
from clinic_ambassadors.ui.main_window import MainWindow
from clinic_ambassadors.ui.reviews import ReviewsPage
from clinic_ambassadors.ui.workflow_text import refusal_text
from tests import helpers

CLEAN = "Ich arbeite als MFA in der Praxis am Markt. Heute war unser Teamfrühstück – schön war's!"
RISKY = "Unsere Behandlung wirkt garantiert – 100 % Erfolg! Ich arbeite als MFA hier."


@dataclass
class World:
    session: Session
    manager: Profile
    author: Profile
    r1: Profile
    r2: Profile

    def actor(self, p: Profile) -> Actor:
        return Actor(p.id, p.name)

    def draft(self, title: str, text: str = CLEAN, *, submit: bool = True,
              by: Profile | None = None) -> str:
        by = by or self.author
        amb = "amb-r1" if by is self.r1 else "amb-author"
        rec = self.session.call(drafts.create, self.actor(by), amb, title, text)
        if submit:
            self.session.call(drafts.act, self.actor(by), rec.id, Action.SUBMIT)
        return rec.id

    def state(self, draft_id: str) -> DraftState:
        return self.session.call(drafts.get, draft_id).state

    def events(self, draft_id: str) -> list[audit.AuditEvent]:
        return self.session.call(lambda pf: audit.events_for(pf.db, "draft", draft_id))


@pytest.fixture
def world(programme_path):
    session = Session.open(programme_path)
    manager = session.call(programme_service.profiles)[0]
    m = Actor(manager.id, manager.name)
    author = session.call(programme_service.add_profile, m, "Alex Autor",
                          frozenset({Role.AMBASSADOR}))
    r1 = session.call(programme_service.add_profile, m, "Dr. Rita Review",
                      frozenset({Role.REVIEWER, Role.AMBASSADOR}))
    r2 = session.call(programme_service.add_profile, m, "Dr. Rolf Zwei", frozenset({Role.REVIEWER}))
    session.call(helpers.active, m, Ambassador(id="amb-author", name="Alex Autor",
                                                        profile_id=author.id))
    session.call(helpers.active, m, Ambassador(id="amb-r1", name="Dr. Rita Review",
                                                        profile_id=r1.id))
    yield World(session, manager, author, r1, r2)
    session.close()


def _page(qtbot, world: World, profile: Profile) -> ReviewsPage:
    programme = world.session.call(programme_service.get)
    window = MainWindow(world.session, programme, profile)
    qtbot.addWidget(window)
    page = ReviewsPage(window)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitUntil(lambda: page.loaded_once, timeout=15000)
    return page


def _wait_detail(qtbot, page: ReviewsPage, draft_id: str) -> None:
    qtbot.waitUntil(lambda: page.current_review() is not None
                    and page.current_review().draft.id == draft_id, timeout=15000)


def _titles(page: ReviewsPage) -> list[str]:
    return [e.draft.title for e in page.queue_model.entries()]


def test_queue_shows_only_drafts_waiting_for_me_oldest_first(qtbot, world):
    first = world.draft("Erster Beitrag")
    world.draft("Noch ein Entwurf", submit=False)
    world.draft("Mein eigener", by=world.r1)  # waits for r2 only: nobody reviews their own
    second = world.draft("Zweiter Beitrag")
    page = _page(qtbot, world, world.r1)
    assert _titles(page) == ["Erster Beitrag", "Zweiter Beitrag"]
    _wait_detail(qtbot, page, first)
    assert page.detail.viewer.toPlainText().startswith("Erster Beitrag\n")
    assert "Alex Autor" in page.queue_model.index(0, 0).data()
    qtbot.keyClick(page.queue, Qt.Key.Key_J)
    _wait_detail(qtbot, page, second)
    qtbot.keyClick(page.queue, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    _wait_detail(qtbot, page, first)
    qtbot.keyClicks(page.detail.comment_edit, "jk")  # typing in the comment box is text
    assert page.detail.comment_edit.toPlainText() == "jk"
    assert page.current_entry().draft.id == first
    qtbot.keyClick(page.queue, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    _wait_detail(qtbot, page, second)
    other = _page(qtbot, world, world.r2)
    assert _titles(other) == ["Erster Beitrag", "Mein eigener", "Zweiter Beitrag"]


def test_empty_queue_says_so(qtbot, world):
    page = _page(qtbot, world, world.r1)
    assert page.stack.currentWidget() is page.empty
    assert page.empty.text() == ("Nothing waiting for you. Drafts you need to review "
                                 "appear here.")


def test_approve_removes_the_draft_and_selects_the_next(qtbot, world):
    a, b, c = world.draft("A"), world.draft("B"), world.draft("C")
    page = _page(qtbot, world, world.r1)
    page.select_row(1)
    _wait_detail(qtbot, page, b)
    changes = []
    page._window.changed.connect(changes.append)
    qtbot.keyClick(page.detail.viewer, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _titles(page) == ["A", "C"], timeout=15000)
    _wait_detail(qtbot, page, c)
    assert world.state(b) is DraftState.APPROVED
    assert world.state(a) is DraftState.IN_REVIEW
    assert changes == ["reviews"]


def test_request_changes_needs_a_comment(qtbot, world):
    d = world.draft("Teamfrühstück")
    page = _page(qtbot, world, world.r1)
    _wait_detail(qtbot, page, d)
    dialog = page.request_changes()
    assert dialog.submit() is False
    assert dialog.isVisible()
    assert dialog.error_label.text() == refusal_text("comment_required")
    assert world.state(d) is DraftState.IN_REVIEW
    assert [e.action for e in world.events(d)][0] == "submit"

    qtbot.keyClicks(dialog.text, "Bitte die Uhrzeit weglassen.")
    dialog.submit()
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.empty, timeout=15000)
    assert world.state(d) is DraftState.CHANGES_REQUESTED
    snap = world.session.call(drafts.snapshot, d)
    assert [x.comment for x in snap.decisions] == ["Bitte die Uhrzeit weglassen."]


def test_reject_needs_a_reason(qtbot, world):
    d = world.draft("Sommerfest")
    page = _page(qtbot, world, world.r1)
    _wait_detail(qtbot, page, d)
    dialog = page.reject()
    dialog.text.setPlainText("   ")
    assert dialog.submit() is False
    assert dialog.error_label.text() == refusal_text("reason_required")
    assert world.state(d) is DraftState.IN_REVIEW
    dialog.text.setPlainText("Passt nicht zum Programm.")
    dialog.submit()
    qtbot.waitUntil(lambda: world.state(d) is DraftState.WITHDRAWN, timeout=15000)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.empty, timeout=15000)


def test_comment_quotes_the_selected_passage(qtbot, world):
    d = world.draft("Teamfrühstück")
    page = _page(qtbot, world, world.r1)
    _wait_detail(qtbot, page, d)
    cursor = page.detail.viewer.textCursor()
    start = page.detail.viewer.toPlainText().index("Teamfrühstück –")
    cursor.setPosition(start)
    cursor.setPosition(start + len("Teamfrühstück"), cursor.MoveMode.KeepAnchor)
    page.detail.viewer.setTextCursor(cursor)
    assert "Teamfrühstück" in page.detail.quote_label.text()
    page.detail.comment_edit.setPlainText("Schönes Foto dazu?")
    qtbot.keyClick(page.detail.comment_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Schönes Foto dazu?" in page.detail.history.toPlainText(),
                    timeout=15000)
    stored = world.session.call(drafts.comments, d)
    assert [(c.text, c.quote) for c in stored] == [("Schönes Foto dazu?", "Teamfrühstück")]
    assert world.state(d) is DraftState.IN_REVIEW  # Ctrl+Return in the box never approves


def test_multi_step_all_keeps_the_draft_for_the_other_reviewer(qtbot, world):
    set_review_policy(world.session.pf, world.actor(world.manager), ReviewPolicy.multi_step(
        ReviewStep(frozenset({world.r1.id, world.r2.id}), StepRule.ALL)))
    d = world.draft("Zwei Ärzte")
    page = _page(qtbot, world, world.r1)
    _wait_detail(qtbot, page, d)
    assert page.approve()
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.empty, timeout=15000)
    assert world.state(d) is DraftState.IN_REVIEW
    other = _page(qtbot, world, world.r2)
    assert _titles(other) == ["Zwei Ärzte"]
    _wait_detail(qtbot, other, d)
    other.approve()
    qtbot.waitUntil(lambda: world.state(d) is DraftState.APPROVED, timeout=15000)


def _risky_in_review(world: World) -> str:
    """Submitted clean, then edited in review into a text with a block finding."""
    d = world.draft("Werbung")
    world.session.call(drafts.save, world.actor(world.author), d, title="Werbung", text=RISKY)
    return d


def test_approve_is_refused_while_blocks_are_open_and_override_needs_a_reason(qtbot, world):
    d = _risky_in_review(world)
    page = _page(qtbot, world, world.r1)
    _wait_detail(qtbot, page, d)
    review = page.current_review()
    assert review.open_blocks and page.override_button.isVisibleTo(page)
    assert any(f.severity.name == "BLOCK" for f in page.detail.findings.findings())
    assert page.detail.highlighter.selections(), "findings are underlined in the text"

    page.approve()
    qtbot.waitUntil(lambda: page.message.isVisibleTo(page), timeout=15000)
    assert "open block findings" in page.message.text()
    assert world.state(d) is DraftState.IN_REVIEW

    dialog = page.override_block()
    assert dialog.submit() is False
    assert dialog.error_label.text() == refusal_text("override_reason_required")
    assert "override_block" not in [e.action for e in world.events(d)]

    dialog.text.setPlainText("Zitat aus einer Studie, kein Heilversprechen.")
    dialog.submit()
    qtbot.waitUntil(lambda: "override_block" in [e.action for e in world.events(d)], timeout=15000)
    event = next(e for e in world.events(d) if e.action == "override_block")
    assert event.actor_id == world.r1.id and "Zitat aus einer Studie" in str(event.data)
    qtbot.waitUntil(lambda: page.current_review() is not None
                    and not page.current_review().open_blocks, timeout=15000)
    assert not page.override_button.isVisibleTo(page)
    page.approve()
    qtbot.waitUntil(lambda: world.state(d) is DraftState.APPROVED, timeout=15000)


def test_changes_since_the_last_seen_revision(qtbot, world):
    d = world.draft("Teamfrühstück")
    world.session.call(drafts.act, world.actor(world.r1), d, Action.REQUEST_CHANGES,
                       comment="Bitte ohne Uhrzeit.")
    world.session.call(drafts.save, world.actor(world.author), d, title="Teamfrühstück",
                       text=CLEAN.replace("Heute", "Gestern"))
    world.session.call(drafts.act, world.actor(world.author), d, Action.SUBMIT)
    page = _page(qtbot, world, world.r1)
    _wait_detail(qtbot, page, d)
    assert page.detail.show_changes.isVisibleTo(page)
    assert "revision 1" in page.detail.show_changes.text()
    page.detail.show_changes.setChecked(True)
    assert page.detail.text_stack.currentWidget() is page.detail.diff
    html = page.detail.diff.toHtml()
    assert "Heute" in html and "Gestern" in html
    assert "Bitte ohne Uhrzeit." in page.detail.history.toPlainText()


def test_manager_without_reviewer_role_sees_read_only_overview(qtbot, world):
    world.draft("Für alle")
    page = _page(qtbot, world, world.manager)
    assert page.stack.currentWidget() is page.overview_view
    model = page.overview_model
    assert model.rowCount() == 1
    waiting = model.index(0, model.COL_WAITING).data()
    assert "Dr. Rita Review" in waiting and "Dr. Rolf Zwei" in waiting
    assert page.approve() is False


def test_reviewer_checklist_part_fills_the_slot(qtbot, world):
    """Empty queue: no checklist space; a draft to review: the reviewer's part is shown."""
    from PySide6.QtWidgets import QWidget

    from clinic_ambassadors.ui.checklists.panel import ChecklistPanel

    page = _page(qtbot, world, world.r1)
    slot = page.findChild(QWidget, "reviewerChecklistSlot")
    assert slot is not None and not slot.isVisibleTo(page)
    page.close()
    draft_id = world.draft("Mit Checkliste")
    page = _page(qtbot, world, world.r1)
    _wait_detail(qtbot, page, draft_id)
    slot = page.findChild(QWidget, "reviewerChecklistSlot")
    qtbot.waitUntil(lambda: slot.isVisibleTo(page), timeout=15000)
    panel = slot.findChild(ChecklistPanel)
    assert panel is not None and panel.entity_id == draft_id and str(panel.part) in (
        "reviewer", "Part.REVIEWER")
