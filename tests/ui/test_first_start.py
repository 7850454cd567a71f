"""First start: welcome, set up a programme, choose a profile."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from clinic_ambassadors.core.programme import Role
from clinic_ambassadors.services import programme as programme_service
from clinic_ambassadors.storage.connection import open_programme
from clinic_ambassadors.ui.app import AppController
from clinic_ambassadors.ui.start_dialogs import ProfileDialog, SetupDialog, WelcomeDialog


def test_welcome_offers_three_ways_in(qtbot):
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    dialog.findChild(QPushButton, "welcomeDemo").click()
    assert dialog.choice == WelcomeDialog.DEMO and dialog.result() == WelcomeDialog.DialogCode.Accepted


def test_setup_dialog_explains_what_is_missing(qtbot):
    dialog = SetupDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog._check()
    assert dialog.isVisible()
    assert "Name of the practice is required." in dialog.error_label.text()
    assert "Your name is required." in dialog.error_label.text()
    dialog.pin.setText("12a")
    dialog._check()
    assert "PIN must be 4 to 12 digits." in dialog.error_label.text()


def test_new_programme_is_created_and_opened(qtbot, tmp_path):
    path = tmp_path / "praxis.sqlite"
    controller = AppController()

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SetupDialog)
        dialog.clinic.setText("Hausarztpraxis am Dom 🏥")
        dialog.your_name.setText("Miriam Özdemir")
        dialog.roles[Role.REVIEWER].setChecked(True)
        dialog._check()

    QTimer.singleShot(0, fill)
    assert controller.new_programme(path)
    window = controller.window
    qtbot.addWidget(window)
    assert window.programme.clinic_name == "Hausarztpraxis am Dom 🏥"
    assert window.profile.roles == frozenset({Role.MANAGER, Role.REVIEWER})
    controller.shutdown()
    pf = open_programme(path)
    assert programme_service.get(pf).clinic_name == "Hausarztpraxis am Dom 🏥"
    pf.close()


def test_existing_file_is_never_overwritten_by_new(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "praxis.sqlite"
    path.write_bytes(b"not empty")
    shown = []
    monkeypatch.setattr(AppController, "_warn", lambda self, parent, exc, text="": shown.append(text))
    assert not AppController().new_programme(path)
    assert path.read_bytes() == b"not empty"
    assert "never overwritten" in shown[0]


def test_profile_with_pin_needs_the_right_pin(qtbot, tmp_path):
    pf = open_programme(tmp_path / "p.sqlite")
    _, me = programme_service.set_up(pf, "Praxis", "Mia", frozenset({Role.MANAGER}), pin="4711")
    dialog = ProfileDialog(programme_service.profiles(pf), me.id,
                           lambda pid, pin: programme_service.check_pin(pf, pid, pin))
    qtbot.addWidget(dialog)
    dialog.pin.setText("1234")
    dialog._try()
    assert "PIN is not right" in dialog.error_label.text() and not dialog.result()
    dialog.pin.setText("4711")
    dialog._try()
    assert dialog.result() == ProfileDialog.DialogCode.Accepted
    pf.close()


def test_setup_message_goes_once_the_fields_are_filled(qtbot):
    dialog = SetupDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog._check()
    assert dialog.error_label.isVisible()
    dialog.clinic.setText("Praxis")
    assert "Name of the practice" not in dialog.error_label.text()
    dialog.your_name.setText("Mia")
    assert dialog.error_label.isVisible()
    assert "reviewer" in dialog.error_label.text().lower()
    dialog.reviewer_name.setText("Dr. Rita Review")
    assert not dialog.error_label.isVisible()
    assert dialog.values()["reviewer_name"] == "Dr. Rita Review"


def test_setup_reviewing_myself_gives_me_the_reviewer_role(qtbot):
    dialog = SetupDialog()
    qtbot.addWidget(dialog)
    dialog.clinic.setText("Praxis")
    dialog.your_name.setText("Dr. Mia")
    dialog.review_me.setChecked(True)
    values = dialog.values()
    assert Role.REVIEWER in values["roles"] and values["reviewer_name"] == ""
    assert dialog.problems() == []
    dialog.review_later.setChecked(True)
    assert dialog.problems() == [] and dialog.values()["reviewer_name"] == ""


def test_incident_dialog_holds_all_posts_by_default(qtbot, tmp_path):
    from clinic_ambassadors.services.session import Session
    from clinic_ambassadors.storage.audit import Actor
    from clinic_ambassadors.ui.checklists.incident_dialog import ReportIncidentDialog

    session = Session.open(tmp_path / "p.sqlite")
    _, me = session.call(programme_service.set_up, "Praxis", "Mia", frozenset({Role.MANAGER}))
    dialog = ReportIncidentDialog(session, Actor(me.id, "Mia"), None)
    qtbot.addWidget(dialog)
    assert dialog.pause.currentData() == "programme"
    session.close()
