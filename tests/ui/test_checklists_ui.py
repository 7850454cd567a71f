"""pytest-qt: onboarding gate, crisis flow, checklist panel and template editor."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QGroupBox, QLabel

from clinic_ambassadors.core.ambassadors import Ambassador, AmbassadorStatus
from clinic_ambassadors.core.checklists import Kind, Part
from clinic_ambassadors.core.drafts import Action, DraftState
from clinic_ambassadors.core.programme import Role
from clinic_ambassadors.services import ambassadors as ambassador_service
from clinic_ambassadors.services import checklists, drafts, incidents
from clinic_ambassadors.services import programme as programme_service
from clinic_ambassadors.services.session import Session
from clinic_ambassadors.storage import audit
from clinic_ambassadors.storage.audit import Actor
from clinic_ambassadors.ui.checklists.incident_view import IncidentsView
from clinic_ambassadors.ui.checklists.onboarding_tab import OnboardingTab
from clinic_ambassadors.ui.checklists.panel import ChecklistPanel
from clinic_ambassadors.ui.checklists.template_editor import TemplatesTab
from clinic_ambassadors.ui.programme_page import ProgrammePage
from clinic_ambassadors.ui.main_window import MainWindow
from tests import helpers
from tests.ui.conftest import close_window

CLEAN = "Ich arbeite als MFA in der Praxis am Markt. Heute war unser Teamfrühstück – schön war's!"
ROLES = ["ambassador", "manager"]


@pytest.fixture
def world(tmp_path) -> dict:
    """A programme with a manager (who is also an ambassador), a reviewer and two authors."""
    path = tmp_path / "programme.sqlite"
    session = Session.open(path)
    _, manager = session.call(programme_service.set_up, "Praxis am Markt", "Maria Manager",
                              frozenset({Role.MANAGER, Role.AMBASSADOR}))
    m = Actor(manager.id, manager.name)
    rev = session.call(programme_service.add_profile, m, "Dr. Rita Review",
                       frozenset({Role.REVIEWER}))
    authors = {}
    for amb_id, name, status in (("amb-a", "Anna Autorin", AmbassadorStatus.ACTIVE),
                                 ("amb-b", "Ben Berg", AmbassadorStatus.ACTIVE),
                                 ("amb-new", "Nina Neu", AmbassadorStatus.ONBOARDING)):
        prof = session.call(programme_service.add_profile, m, name, frozenset({Role.AMBASSADOR}))
        amb = Ambassador(id=amb_id, name=name, status=status, profile_id=prof.id)
        if status is AmbassadorStatus.ACTIVE:
            session.call(helpers.active, m, amb, prof)
        else:  # the consents are on record, so their onboarding items are ticked already
            session.call(ambassador_service.save, m, helpers.with_consents(amb))
        authors[amb_id] = Actor(prof.id, prof.name)
    session.close()
    return {"path": path, "manager": m, "reviewer": Actor(rev.id, rev.name), "authors": authors}


def open_window(qtbot, path: Path, name: str = "Maria Manager") -> MainWindow:
    """The main window signed in as ``name`` (the manager by default)."""
    session = Session.open(path)
    programme = session.call(programme_service.get)
    profile = next(p for p in session.call(programme_service.profiles) if p.name == name)
    window = MainWindow(session, programme, profile)
    qtbot.addWidget(window)
    window.show()
    return window


def schedule_draft(session: Session, world: dict, amb_id: str, title: str) -> str:
    author = world["authors"][amb_id]
    rec = session.call(drafts.create, author, amb_id, title, CLEAN)
    session.call(drafts.act, author, rec.id, Action.SUBMIT)
    session.call(drafts.act, world["reviewer"], rec.id, Action.APPROVE)
    session.call(drafts.act, author, rec.id, Action.SCHEDULE,
                 planned_date=date.today() + timedelta(days=4))
    assert session.call(drafts.get, rec.id).state is DraftState.SCHEDULED
    return rec.id


def _loaded(qtbot, panel: ChecklistPanel) -> None:
    qtbot.waitUntil(lambda: panel.view is not None and bool(panel.rows), timeout=15000)


def _tick(qtbot, panel: ChecklistPanel, item_id: str) -> None:
    row = panel.rows[item_id]
    assert row.check.isEnabled()
    row.check.click()  # the row may sit below the scrolled viewport
    qtbot.waitUntil(lambda: panel.view.states()[item_id].ticked, timeout=15000)


def test_tick_onboarding_items_then_the_ambassador_can_be_set_active(qtbot, world):
    window = open_window(qtbot, world["path"])
    roles = sorted(r.value for r in window.profile.roles)
    assert roles == ROLES
    tab = OnboardingTab(window.session, window.actor, roles)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.people.count() == 1 and tab.panel is not None, timeout=15000)
    panel = tab.panel
    _loaded(qtbot, panel)
    states = panel.view.states()
    recorded = [i for i in panel.view.template.items if i.required and states[i.id].ticked]
    assert {i.id for i in recorded} == {"agreement_signed", "photo_consent"}
    required = [i for i in panel.view.template.items if i.required and i not in recorded]
    for item in required[:-1]:
        _tick(qtbot, panel, item.id)
    last = required[-1]

    # one required item open: refused, and the message names the item (its text, not its id)
    qtbot.mouseClick(tab.activate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.message.text() != "", timeout=15000)
    assert last.text("en") in tab.message.text()
    assert last.id not in tab.message.text()
    assert window.session.call(ambassador_service.get, "amb-new").status is \
        AmbassadorStatus.ONBOARDING
    events = window.session.writer.call(audit.events_for, window.session.pf.db, "ambassador",
                                        "amb-new")
    assert events[0].action == "refused" and events[0].data["items"] == [last.id]
    assert last.text("en") in panel.missing_label.text()

    _tick(qtbot, panel, last.id)
    qtbot.mouseClick(tab.activate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.call(ambassador_service.get, "amb-new").status
                    is AmbassadorStatus.ACTIVE, timeout=15000)
    qtbot.waitUntil(lambda: tab.people.count() == 0, timeout=15000)
    close_window(window)


def test_crisis_flow_pauses_scheduled_posts_and_resumes_them_on_close(qtbot, world):
    window = open_window(qtbot, world["path"])
    session = window.session
    a1 = schedule_draft(session, world, "amb-a", "Teamfrühstück")
    b1 = schedule_draft(session, world, "amb-b", "Ausbildung bei uns")
    page = ProgrammePage(window)
    qtbot.addWidget(page)
    page.show()

    dialog = page.report_incident()
    qtbot.keyClicks(dialog.title, "Shitstorm unter dem Jobpost")
    dialog.pause.setCurrentIndex(dialog.pause.findData("programme"))
    qtbot.waitUntil(lambda: "2 scheduled post" in dialog.pause_info.text(), timeout=15000)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.call(drafts.get, a1).paused, timeout=15000)
    assert session.call(drafts.get, b1).paused
    qtbot.waitUntil(lambda: page.tabs.currentWidget() is page.incidents, timeout=15000)

    view = page.incidents
    qtbot.waitUntil(lambda: view.current is not None and view.panel is not None
                    and bool(view.panel.rows), timeout=15000)
    assert {p[0] for p in view.current.paused} == {a1, b1}
    assert view.timer.isActive() and view.timer.interval() == 60_000
    steps = [view.panel.view.template.step(s).title("en")
             for s in ("first_hour", "hours_2_6", "hours_24_72", "afterwards")]
    titles = [g.title() for g in view.panel.findChildren(QGroupBox)]
    assert [any(t.startswith(s) for t in titles) for s in steps] == [True] * 4

    # closing needs a resolution, then resumes exactly the two held posts
    qtbot.mouseClick(view.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.message.text() != "", timeout=15000)
    assert session.call(drafts.get, a1).paused
    qtbot.keyClicks(view.resolution, "Sachlich geantwortet; Lage ruhig.")
    box = view.close_incident()  # required crisis steps are open: asked first
    assert box is not None and "still open" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert session.call(drafts.get, a1).paused
    box = view.close_incident()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: not session.call(drafts.get, a1).paused, timeout=15000)
    assert not session.call(drafts.get, b1).paused
    qtbot.waitUntil(lambda: "2 held post" in view.message.text(), timeout=15000)
    assert session.call(incidents.incidents, True) == []
    close_window(window)


def test_crisis_items_past_due_turn_red(qtbot, world):
    session = Session.open(world["path"])
    m = world["manager"]
    rec = session.call(incidents.report_incident, m, "Kommentar",
                       started_at=datetime.now(UTC) - timedelta(hours=3))
    view = IncidentsView(session, m, ROLES)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.panel is not None and bool(view.panel.rows), timeout=15000)
    qtbot.waitUntil(lambda: "overdue" in view.clock.text(), timeout=15000)
    template = view.panel.view.template
    first_hour = {i.id for i in template.items if i.step == "first_hour"}
    assert set(view.panel.overdue_items()) == first_hour
    assert "b00020" in view.panel.rows[sorted(first_hour)[0]].due.styleSheet()
    later = next(i.id for i in template.items if i.step == "hours_24_72")
    assert view.panel.rows[later].due.property("overdue") is False
    assert rec.id == view.current.incident.id
    view.close()
    session.close()


def test_panel_part_filter_and_gate_names_for_a_draft(qtbot, world):
    session = Session.open(world["path"])
    author = world["authors"]["amb-a"]
    rec = session.call(drafts.create, author, "amb-a", "Titel", CLEAN)
    panel = ChecklistPanel(session, author, ["ambassador"], kind=Kind.PRE_PUBLICATION,
                           entity_id=rec.id, part="author")
    qtbot.addWidget(panel)
    panel.show()
    _loaded(qtbot, panel)
    template = panel.view.template
    assert set(panel.rows) == {i.id for i in template.items if i.part is Part.AUTHOR}
    assert panel.part_filter.isVisible()
    assert panel.missing_names()[0] == template.items[0].text("en")
    # the author ticks an author item (authorship comes from the draft, not the profile)
    first = next(iter(panel.rows))
    _tick(qtbot, panel, first)
    assert session.call(checklists.view, panel.view.id).states()[first].ticked
    panel.set_part("reviewer")
    assert set(panel.rows) == {i.id for i in template.items if i.part is Part.REVIEWER}
    assert not any(r.check.isEnabled() for r in panel.rows.values())
    panel.close()
    session.close()


def test_template_editor_refuses_bad_toml_with_line_and_saves_a_new_version(qtbot, world):
    session = Session.open(world["path"])
    tab = TemplatesTab(session, world["manager"])
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.list.count() >= 5 and bool(tab.editor.toPlainText()), timeout=15000)
    keys = [tab.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(tab.list.count())]
    tab.list.setCurrentRow([tuple(k) for k in keys].index(("offboarding", 1)))
    qtbot.waitUntil(lambda: 'id = "offboarding"' in tab.editor.toPlainText(), timeout=15000)
    assert "not legal advice" in tab.findChild(QLabel, "templatesLegalNote").text()
    qtbot.mouseClick(tab.copy_button, Qt.MouseButton.LeftButton)
    text = tab.editor.toPlainText()
    bad = text.replace('role = "manager"', 'role = "chef"', 1)
    tab.editor.setPlainText(bad)
    assert tab.validate() is False
    problem = tab.problems.item(0).text()
    line = bad.splitlines().index('role = "chef"') + 1
    assert f"offboarding.toml, line {line}" in problem and "chef" in problem
    assert not tab.save_button.isEnabled()
    tab.editor.setPlainText(text.replace("Stop or withdraw", "Stop, then withdraw", 1))
    assert tab.validate() is True
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.editing, timeout=15000)
    qtbot.waitUntil(lambda: "version 2" in tab.list.currentItem().text(), timeout=15000)
    stored = session.call(checklists.template_versions)
    edited = [v for v in stored if v.template.id == "offboarding" and v.source == "edited"]
    assert [v.template.version for v in edited] == [2] and edited[0].active
    tab.close()
    session.close()


def test_every_actionable_widget_has_object_and_accessible_names(qtbot, world):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit

    window = open_window(qtbot, world["path"])
    page = ProgrammePage(window)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: bool(page.road_map.rows) and page.onboarding.panel is not None
                    and bool(page.onboarding.panel.rows), timeout=15000)
    missing = []
    for cls in (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit):
        for widget in page.findChildren(cls):
            if widget.parent() is not None and type(widget.parent()).__name__ in (
                    "QTabBar", "QScrollBar", "QComboBox", "QSpinBox", "QLineEdit") or \
                    widget.objectName().startswith("qt_"):
                continue  # parts Qt builds inside its own widgets
            if not widget.objectName() or not widget.accessibleName():
                missing.append((cls.__name__, widget.objectName(), widget.text()
                                if hasattr(widget, "text") else ""))
    assert missing == []
    close_window(window)
