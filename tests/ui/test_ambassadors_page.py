"""Adding, validating, filtering and archiving ambassadors through the UI."""

from __future__ import annotations

import os
import stat

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from clinic_ambassadors.core.ambassadors import AmbassadorStatus
from clinic_ambassadors.services import ambassadors as ambassador_service
from clinic_ambassadors.ui.ambassador_model import AmbassadorTableModel
from clinic_ambassadors.ui.pages.ambassadors import AmbassadorsPage
from tests import helpers
from tests.ui.conftest import close_window, open_window


def _page(window) -> AmbassadorsPage:
    page = window.show_page("ambassadors")
    assert isinstance(page, AmbassadorsPage)
    return page


def _names(model: AmbassadorTableModel) -> list[str]:
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_add_through_dialog_survives_reopen(qtbot, programme_path):
    window = open_window(qtbot, programme_path)
    page = _page(window)
    qtbot.waitUntil(lambda: not page.model.is_loading)
    dialog = page.add()
    qtbot.keyClicks(dialog.name, "Jana Nowak")
    dialog.name.insert(" 🩺")  # QTest cannot type emoji; a paste can
    dialog.email.setText("jana@praxis.de")
    dialog.department.setText("Anmeldung")
    dialog._add_channel_row(None)
    dialog.channels.item(0, 3).setText("1.250")
    with qtbot.waitSignal(dialog.saved, timeout=15000):
        dialog.submit()
    qtbot.waitUntil(lambda: "Jana Nowak 🩺" in _names(page.model), timeout=15000)
    close_window(window)

    window = open_window(qtbot, programme_path)
    page = _page(window)
    qtbot.waitUntil(lambda: "Jana Nowak 🩺" in _names(page.model), timeout=15000)
    row = _names(page.model).index("Jana Nowak 🩺")
    assert page.model.index(row, AmbassadorTableModel.COL_FOLLOWERS).data() == "1.250"
    events = [e.action for e in window.session.call(
        lambda pf: __import__("clinic_ambassadors.storage.audit", fromlist=["x"]).events_for(
            pf.db, "ambassador"))]
    assert events == ["create"]
    close_window(window)


def test_invalid_input_shows_message_and_saves_nothing(qtbot, programme_path):
    window = open_window(qtbot, programme_path)
    page = _page(window)
    dialog = page.add()
    dialog.email.setText("not-an-email")
    dialog._add_channel_row(None)
    dialog.channels.item(0, 2).setText("www.example.org/profile")
    dialog.channels.item(0, 3).setText("-5")
    dialog.submit()
    assert dialog.isVisible()
    text = dialog.error_label.text()
    assert dialog.error_label.isVisible()
    assert "Name is required." in text
    assert "E-mail is not a valid e-mail address" in text
    assert "cannot be negative" in text
    assert "must start with https://" in text
    assert window.session.call(ambassador_service.count) == 0
    dialog.reject()
    close_window(window)


def test_search_and_status_filter(qtbot, programme_path):
    window = open_window(qtbot, programme_path)
    from clinic_ambassadors.core.ambassadors import Ambassador, JobRole
    from clinic_ambassadors.storage.audit import Actor

    actor = Actor(None, "test")
    for name, status in (("Anna Aktiv", AmbassadorStatus.ACTIVE),
                         ("Otto Onboarding", AmbassadorStatus.ONBOARDING),
                         ("Alfred Alumni", AmbassadorStatus.ALUMNI)):
        save = helpers.active if status is AmbassadorStatus.ACTIVE else ambassador_service.save
        window.session.call(save, actor,
                            Ambassador(id=name, name=name, job_role=JobRole.NURSE, status=status))
    page = _page(window)
    page.reload()
    qtbot.waitUntil(lambda: _names(page.model) == ["Anna Aktiv", "Otto Onboarding"], timeout=15000)
    page.status_filter.setCurrentIndex(page.status_filter.findData("all"))
    qtbot.waitUntil(lambda: len(_names(page.model)) == 3, timeout=15000)
    qtbot.keyClicks(page.search, "otto")
    qtbot.waitUntil(lambda: _names(page.model) == ["Otto Onboarding"], timeout=15000)
    close_window(window)


def test_archive_asks_first_and_keeps_the_record(qtbot, programme_path):
    window = open_window(qtbot, programme_path)
    page = _page(window)
    dialog = page.add()
    dialog.name.setText("Bea Berger")
    with qtbot.waitSignal(dialog.saved, timeout=15000):
        dialog.submit()
    qtbot.waitUntil(lambda: _names(page.model) == ["Bea Berger"], timeout=15000)
    page.table.selectRow(0)
    box = page.archive_selected()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert window.session.call(ambassador_service.page)[0].status != AmbassadorStatus.ALUMNI
    page.table.selectRow(0)
    box = page.archive_selected()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: _names(page.model) == [], timeout=15000)
    stored = window.session.call(ambassador_service.page)
    assert [(a.name, a.status) for a in stored] == [("Bea Berger", AmbassadorStatus.ALUMNI)]
    close_window(window)


def test_table_model_passes_modeltester(qtbot, qtmodeltester, programme_path):
    window = open_window(qtbot, programme_path)
    from clinic_ambassadors.core.ambassadors import Ambassador
    from clinic_ambassadors.storage.audit import Actor

    for i in range(450):  # more than two pages, so fetchMore is exercised
        window.session.call(ambassador_service.save, Actor(None, "t"),
                            Ambassador(id=f"a{i:03}", name=f"Person {i:03}"))
    model = AmbassadorTableModel(window.session)
    model.reload()
    qtbot.waitUntil(lambda: model.rowCount() == 200, timeout=15000)
    qtmodeltester.check(model)
    fetches = 0
    while model.canFetchMore() or model.is_loading:
        if model.canFetchMore():
            model.fetchMore()
            fetches += 1
        qtbot.waitUntil(lambda: not model.is_loading, timeout=15000)
    assert model.rowCount() == 450
    assert fetches <= 2
    qtmodeltester.check(model)
    assert model.index(0, 0).data(Qt.ItemDataRole.DisplayRole) == "Person 000"
    close_window(window)


def test_read_only_file_shows_banner_and_disables_editing(qtbot, programme_path):
    from clinic_ambassadors.services.session import Session

    s = Session.open(programme_path)
    s.call(lambda pf: pf.conn.execute("PRAGMA journal_mode = delete"))
    s.close()
    os.chmod(programme_path, stat.S_IRUSR)
    try:
        window = open_window(qtbot, programme_path)
        assert window.session.read_only
        assert window.banner.isVisible()
        assert "read-only" in window.banner.text()
        page = _page(window)
        assert not page.add_button.isEnabled()
        assert page.add() is None
        close_window(window)
    finally:
        os.chmod(programme_path, stat.S_IRUSR | stat.S_IWUSR)


def test_every_page_has_content(qtbot, programme_path):
    window = open_window(qtbot, programme_path)
    for key in window.PAGE_KEYS:
        page = window.show_page(key)
        assert window.stack.currentWidget() is page
        from PySide6.QtWidgets import QLabel

        texts = [label.text() for label in page.findChildren(QLabel) if label.text().strip()]
        assert texts, f"page {key} is blank"
    close_window(window)


def test_reviewer_without_key_store_is_told_approvals_are_unsigned(qtbot, programme_path):
    import keyring
    from keyring.backends import fail

    from clinic_ambassadors.core.programme import Role
    from clinic_ambassadors.services import programme as programme_service
    from clinic_ambassadors.services.session import Session
    from clinic_ambassadors.ui.main_window import MainWindow

    keyring.set_keyring(fail.Keyring())
    session = Session.open(programme_path)
    reviewer = session.call(programme_service.add_profile, programme_service.Actor(None, "t"),
                            "Dr. Ruth", frozenset({Role.REVIEWER}))
    window = MainWindow(session, session.call(programme_service.get), reviewer)
    qtbot.addWidget(window)
    window.show()
    assert window.key_notice.isVisible()
    assert "not signed" in window.key_notice.text()
    window.close()
    session.close()
