"""A refused approval on the Reviews page stays in step with the reviewer's checklist:
each tick takes its item off the message, the last one takes the message away."""

from __future__ import annotations

from clinic_ambassadors.ui.workflow_text import quoted
from clinic_ambassadors.core.checklists import Part
from clinic_ambassadors.core.drafts import Action, DraftState
from clinic_ambassadors.core.programme import Role
from clinic_ambassadors.services import checklists, drafts
from clinic_ambassadors.ui.checklists.panel import ChecklistPanel
from tests.ui.test_reviews_page import World, _page, _wait_detail, world  # noqa: F401 - fixture


def _submitted_with_author_part_done(world: World, title: str) -> str:  # noqa: F811
    author = world.actor(world.author)
    rec = world.session.call(drafts.create, author, "amb-author", title,
                             "Ich arbeite als MFA in der Praxis am Markt. Heute war unser "
                             "Teamfrühstück – schön war's!")
    view = world.session.call(checklists.draft_view, author, rec.id)
    world.session.call(checklists.tick_all_required, author, {Role.AMBASSADOR}, view.id,
                       Part.AUTHOR)
    world.session.call(drafts.act, author, rec.id, Action.SUBMIT)
    return rec.id


def _panel(qtbot, page, draft_id: str) -> ChecklistPanel:
    slot = page.detail.checklist_slot

    def shown() -> ChecklistPanel | None:  # the previous draft's panel may linger a moment
        return next((p for p in slot.findChildren(ChecklistPanel)
                     if p.entity_id == draft_id), None)

    qtbot.waitUntil(lambda: shown() is not None, timeout=15000)
    panel = shown()
    qtbot.waitUntil(lambda: panel.view is not None and bool(panel.rows), timeout=15000)
    return panel


def test_approval_refusal_shrinks_with_each_tick_and_then_goes(qtbot, world):  # noqa: F811
    checklists.install_draft_gates()  # conftest puts the gate list back afterwards
    d = _submitted_with_author_part_done(world, "Teamfrühstück")
    page = _page(qtbot, world, world.r1)
    _wait_detail(qtbot, page, d)
    panel = _panel(qtbot, page, d)
    open_items = panel.view.missing(Part.REVIEWER)
    assert len(open_items) > 2

    page.approve()
    qtbot.waitUntil(lambda: page.message.isVisibleTo(page), timeout=15000)
    assert "Required checklist items are still open" in page.message.text()
    assert quoted(open_items[0].text('en')) in page.message.text()
    assert world.state(d) is DraftState.IN_REVIEW

    panel.rows[open_items[0].id].check.click()
    qtbot.waitUntil(lambda: quoted(open_items[0].text('en')) not in page.message.text(),
                    timeout=15000)
    assert page.message.isVisibleTo(page)
    assert "Required checklist items are still open" in page.message.text()
    assert quoted(open_items[1].text('en')) in page.message.text()  # still named

    for item in open_items[1:]:
        panel.rows[item.id].check.click()
        qtbot.waitUntil(lambda i=item: panel.view.states()[i.id].ticked, timeout=15000)
    qtbot.waitUntil(lambda: not page.message.isVisibleTo(page), timeout=15000)
    assert world.state(d) is DraftState.IN_REVIEW  # asking again approved nothing

    page.approve()
    qtbot.waitUntil(lambda: "Approved: Teamfrühstück" in page.message.text(), timeout=15000)
    assert world.state(d) is DraftState.APPROVED


def test_refusal_about_one_draft_goes_when_the_reviewer_moves_on(qtbot, world):  # noqa: F811
    checklists.install_draft_gates()
    first = _submitted_with_author_part_done(world, "Erster")
    second = _submitted_with_author_part_done(world, "Zweiter")
    page = _page(qtbot, world, world.r1)
    _wait_detail(qtbot, page, first)
    page.approve()
    qtbot.waitUntil(lambda: page.message.isVisibleTo(page), timeout=15000)
    assert page.standing.standing

    page.move(1)
    _wait_detail(qtbot, page, second)
    assert not page.message.isVisibleTo(page) and not page.standing.standing
    panel = _panel(qtbot, page, second)
    item = panel.view.missing(Part.REVIEWER)[0]
    panel.rows[item.id].check.click()  # a tick on the next draft brings nothing back
    qtbot.waitUntil(lambda: panel.view.states()[item.id].ticked, timeout=15000)
    assert not page.message.isVisibleTo(page)
