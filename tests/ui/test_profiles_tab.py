"""pytest-qt: the People & profiles tab and the ambassador dialog's profile checkbox."""

from __future__ import annotations

from PySide6.QtCore import Qt

from clinic_ambassadors.core.ambassadors import Ambassador
from clinic_ambassadors.core.programme import Role
from clinic_ambassadors.services import ambassadors as ambassador_service
from clinic_ambassadors.services import profiles as profiles_service
from clinic_ambassadors.services import programme as programme_service
from clinic_ambassadors.services.session import Session
from clinic_ambassadors.storage.audit import Actor
from clinic_ambassadors.ui.main_window import MainWindow
from clinic_ambassadors.ui.programme_page import ProgrammePage
from clinic_ambassadors.ui.start_dialogs import ProfileDialog
from tests.ui.conftest import close_window, open_window


def _page(qtbot, window):
    page = ProgrammePage(window)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    tab = page.show_tab("people")
    qtbot.waitUntil(lambda: len(tab.rows) >= 1, timeout=15000)
    return page, tab


def _select(tab, name):
    row = [r.profile.name for r in tab.rows].index(name)
    tab.table.selectRow(row)


def _reviewer_names(policy_tab):
    return [policy_tab.steps[0].reviewers.item(i).text()
            for i in range(policy_tab.steps[0].reviewers.count())]


def test_added_reviewer_appears_in_review_policy_choices(qtbot, programme_path):
    window = open_window(qtbot, programme_path)
    page, tab = _page(qtbot, window)
    assert tab.add_button.isEnabled() and tab.note.isHidden()
    policy = page.policy
    qtbot.waitUntil(lambda: bool(policy.profiles), timeout=15000)  # the stored policy is shown
    policy.mode.setCurrentIndex(1)  # optional review: one step with reviewer choices
    qtbot.waitUntil(lambda: len(policy.steps) == 1, timeout=15000)
    dialog = tab.add_profile()
    dialog.submit()  # empty name: refused in the dialog
    assert "Name is required" in dialog.error_label.text()
    dialog.name.setText("Dr. Weber")
    dialog.pin.setText("2468")
    for role, check in dialog.role_checks.items():
        check.setChecked(role is Role.REVIEWER)
    with qtbot.waitSignal(dialog.saved, timeout=15000):
        dialog.submit()
    qtbot.waitUntil(lambda: len(tab.rows) == 2, timeout=15000)
    assert tab.message.text() == "Profile added."
    row = [r for r in tab.rows if r.profile.name == "Dr. Weber"][0]
    assert row.profile.roles == frozenset({Role.REVIEWER}) and row.profile.has_pin
    qtbot.waitUntil(lambda: "Dr. Weber" in _reviewer_names(policy), timeout=15000)
    assert policy.mode.currentIndex() == 1  # unsaved choices survive the refresh

    profiles = window.session.call(programme_service.profiles)
    weber = next(p for p in profiles if p.name == "Dr. Weber")
    login = ProfileDialog(profiles, weber.id, lambda pid, pin: window.session.call(
        programme_service.check_pin, pid, pin))
    qtbot.addWidget(login)
    assert not login.pin_row.isHidden()
    login.pin.setText("1111")
    login._try()
    assert "PIN is not right" in login.error_label.text() and not login.result()
    login.pin.setText("2468")
    login._try()
    assert login.result() == ProfileDialog.DialogCode.Accepted
    close_window(window)


def test_last_manager_cannot_lose_the_manager_role(qtbot, programme_path):
    window = open_window(qtbot, programme_path)
    page, tab = _page(qtbot, window)
    _select(tab, "Maria Manager")
    assert tab.roles_button.isEnabled()
    dialog = tab.edit_roles()
    dialog.role_checks[Role.MANAGER].setChecked(False)
    dialog.role_checks[Role.REVIEWER].setChecked(True)
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.error_label.isHidden(), timeout=15000)
    assert "only practice manager" in dialog.error_label.text()
    assert window.session.call(programme_service.profiles)[0].roles == frozenset({Role.MANAGER})
    dialog.reject()
    close_window(window)


def test_set_pin_through_the_tab(qtbot, programme_path):
    window = open_window(qtbot, programme_path)
    page, tab = _page(qtbot, window)
    _select(tab, "Maria Manager")
    dialog = tab.set_pin()
    assert not dialog.clear_button.isEnabled()
    dialog.pin.setText("4711")
    dialog.repeat.setText("4712")
    dialog.submit()
    assert "not the same" in dialog.error_label.text()
    dialog.repeat.setText("4711")
    with qtbot.waitSignal(dialog.saved, timeout=15000):
        dialog.submit()
    qtbot.waitUntil(lambda: tab.table.item(0, 2).text() == "yes", timeout=15000)
    assert window.session.call(programme_service.check_pin, tab.rows[0].profile.id, "4711")
    close_window(window)


def test_ambassador_dialog_checkbox_creates_a_linked_profile(qtbot, programme_path):
    window = open_window(qtbot, programme_path)
    amb_page = window.show_page("ambassadors")
    dialog = amb_page.add()
    assert not dialog.give_profile.isHidden()
    dialog.name.setText("Jana Nowak")
    dialog.give_profile.setChecked(True)
    with qtbot.waitSignal(dialog.saved, timeout=15000) as blocker:
        dialog.submit()
    amb = blocker.args[0]
    assert amb.profile_id
    prof = next(p for p in window.session.call(programme_service.profiles)
                if p.id == amb.profile_id)
    assert prof.name == "Jana Nowak" and prof.roles == frozenset({Role.AMBASSADOR})
    again = amb_page._open_dialog(window.session.call(ambassador_service.get, amb.id))
    assert again.give_profile.isHidden()  # they have a profile already
    again.reject()
    close_window(window)


def test_non_manager_sees_the_table_read_only(qtbot, programme_path):
    session = Session.open(programme_path)
    manager = session.call(programme_service.profiles)[0]
    actor = Actor(manager.id, manager.name)
    amb = session.call(ambassador_service.save, actor, Ambassador("a1", "Jana Nowak"))
    session.call(profiles_service.add_profile, actor, "Dr. Weber", {Role.REVIEWER})
    session.call(profiles_service.add_profile, actor, "Jana", {Role.AMBASSADOR},
                 ambassador_id=amb.id)
    programme = session.call(programme_service.get)
    weber = next(p for p in session.call(programme_service.profiles) if p.name == "Dr. Weber")
    window = MainWindow(session, programme, weber)
    qtbot.addWidget(window)
    window.show()
    page, tab = _page(qtbot, window)
    qtbot.waitUntil(lambda: len(tab.rows) == 3, timeout=15000)
    assert not tab.note.isHidden() and "Only a practice manager" in tab.note.text()
    _select(tab, "Dr. Weber")
    assert not tab.add_button.isEnabled() and not tab.roles_button.isEnabled()
    assert not tab.pin_button.isEnabled()
    assert tab.add_profile() is None and tab.edit_roles() is None
    jana = [r.profile.name for r in tab.rows].index("Jana")
    assert tab.table.item(jana, 3).text() == "Jana Nowak"
    assert tab.table.item(jana, 1).text() == "Ambassador"
    assert tab.table.item(0, 0).flags() & Qt.ItemFlag.ItemIsEnabled
    close_window(window)
