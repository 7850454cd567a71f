"""Starting the app: choose a file, choose a profile, show the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget

from clinic_ambassadors import paths
from clinic_ambassadors.core.programme import Profile
from clinic_ambassadors.services import programme as programme_service
from clinic_ambassadors.services.demo import create_demo
from clinic_ambassadors.services.session import Session
from clinic_ambassadors.ui.i18n import install_translator
from clinic_ambassadors.ui.main_window import MainWindow
from clinic_ambassadors.ui.messages import error_text, show_error
from clinic_ambassadors.ui.settings import ui_settings
from clinic_ambassadors.ui.start_dialogs import ProfileDialog, SetupDialog, WelcomeDialog

FILE_FILTER = "Clinic Ambassadors (*.sqlite *.db);;All files (*)"


def make_app(lang: str | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Clinic Ambassadors")
    app.setOrganizationName("ClinicAmbassadors")
    install_translator(app, lang)  # type: ignore[arg-type]
    return app  # type: ignore[return-value]


class AppController:
    """Owns the open session and its window; swaps both when another file is opened."""

    def __init__(self) -> None:
        self.session: Session | None = None
        self.window: MainWindow | None = None

    # --- opening files -------------------------------------------------------
    def start(self, db_path: Path | None) -> bool:
        if db_path is not None and db_path.exists():
            return self.open_path(db_path)
        welcome = WelcomeDialog()
        if welcome.exec() != QDialog.DialogCode.Accepted:
            return False
        if welcome.choice == WelcomeDialog.NEW:
            return self.new_programme(db_path or paths.default_db_path())
        if welcome.choice == WelcomeDialog.OPEN:
            return self.choose_and_open()
        return self.open_demo()

    def open_path(self, path: Path, parent: QWidget | None = None) -> bool:
        try:
            session = Session.open(path, create=False)
        except Exception as exc:  # shown, never a traceback
            self._warn(parent, exc)
            return False
        programme = session.call(programme_service.get)
        if programme is None:
            session.close()
            self._warn(parent, None, QApplication.translate(
                "App", "This file has no programme yet; choose File > New to set one up."))
            return False
        profile = self.choose_profile(session, parent)
        if profile is None:
            session.close()
            return False
        self._show(session, programme, profile)
        settings = ui_settings()
        settings.setValue("last_file", str(path))
        return True

    def choose_profile(self, session: Session, parent: QWidget | None,
                       always_ask: bool = False) -> Profile | None:
        profiles = session.call(programme_service.profiles)
        if len(profiles) == 1 and not profiles[0].has_pin and not always_ask:
            return profiles[0]
        settings = ui_settings()
        key = f"last_profile/{session.call(programme_service.get).id}"
        current = self.window.profile.id if always_ask and self.window is not None else None
        dialog = ProfileDialog(profiles, current or settings.value(key),
                               lambda pid, pin: session.call(programme_service.check_pin, pid, pin),
                               parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.profile() is None:
            return None
        settings.setValue(key, dialog.profile().id)
        return dialog.profile()

    def new_programme(self, path: Path | None = None, parent: QWidget | None = None) -> bool:
        if path is None:
            name, _ = QFileDialog.getSaveFileName(parent, QApplication.translate(
                "App", "New programme file"), str(paths.data_dir() / "programme.sqlite"), FILE_FILTER)
            if not name:
                return False
            path = Path(name)
        if path.exists() and path.stat().st_size > 0:
            self._warn(parent, None, QApplication.translate(
                "App", "{0} already exists. Choose another name; existing files are never "
                "overwritten.").format(path))
            return False
        dialog = SetupDialog(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        values = dialog.values()
        try:
            session = Session.open(path)
            programme, profile = session.call(programme_service.set_up, **values)
        except Exception as exc:
            self._warn(parent, exc)
            return False
        self._show(session, programme, profile)
        return True

    def choose_and_open(self, parent: QWidget | None = None) -> bool:
        name, _ = QFileDialog.getOpenFileName(parent, QApplication.translate(
            "App", "Open programme file"), str(paths.data_dir()), FILE_FILTER)
        return bool(name) and self.open_path(Path(name), parent)

    def open_demo(self, parent: QWidget | None = None) -> bool:
        """Open the demo as it was left; build it only the first time."""
        path = paths.demo_db_path()
        if self.session is not None and self.session.path == path:
            return self.switch_profile(parent)
        if path.exists() and path.stat().st_size > 0:
            return self.open_path(path, parent)
        try:
            path = create_demo(path)
        except Exception as exc:
            self._warn(parent, exc)
            return False
        return self.open_path(path, parent)

    def restore_backup(self, parent: QWidget | None = None) -> bool:
        """Put a backup back in place of the open file; the current file is kept beside it."""
        if self.session is None:
            return False
        target = self.session.path
        from clinic_ambassadors.storage import backup

        name, _ = QFileDialog.getOpenFileName(parent, QApplication.translate(
            "App", "Restore backup"), str(backup.backup_folder_for(target)), FILE_FILTER)
        if not name:
            return False
        question = QApplication.translate(
            "App", "Replace {0} with the backup {1}? The current file is kept beside it, "
            "renamed with “replaced” and the time.").format(target.name, Path(name).name)
        try:
            backup.check_restore(Path(name), target)
        except backup.RestoreRefused as exc:
            if exc.code != "demo_over_real":
                self._warn(parent, exc)
                return False
            question = QApplication.translate(
                "App", "{0} is a backup of the demo programme, and {1} holds your real "
                "programme. Replace your real programme with the demo? The current file is "
                "kept beside it, renamed with “replaced” and the time.").format(
                    Path(name).name, target.name)
        except Exception as exc:
            self._warn(parent, exc)
            return False
        answer = QMessageBox.question(parent, QApplication.translate("App", "Restore backup"),
                                      question)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            probe = Session.open(Path(name), create=False, read_only=True)  # refuses non-backups
            probe.close()
            self.session.close()
            self.session = None
            backup.restore(Path(name), target)
        except Exception as exc:
            self._warn(parent, exc)
        return self.open_path(target, None)

    def switch_profile(self, parent: QWidget | None = None) -> bool:
        """Someone else sits down at this PC: same file, another profile."""
        if self.session is None:
            return False
        profile = self.choose_profile(self.session, parent, always_ask=True)
        if profile is None:
            return False
        programme = self.session.call(programme_service.get)
        self._show(self.session, programme, profile)
        return True

    # --- window ----------------------------------------------------------------
    def _show(self, session: Session, programme, profile: Profile) -> None:
        old_window, old_session = self.window, self.session
        self.session = session
        self.window = MainWindow(session, programme, profile)
        self.window.request_new.connect(lambda: self.new_programme(None, self.window))
        self.window.request_open.connect(lambda: self.choose_and_open(self.window))
        self.window.request_demo.connect(lambda: self.open_demo(self.window))
        self.window.request_switch_profile.connect(lambda: self.switch_profile(self.window))
        self.window.request_restore.connect(lambda: self.restore_backup(self.window))
        self.window.show()
        if old_window is not None:
            old_window.close()
            old_window.deleteLater()
        if old_session is not None and old_session is not session:
            old_session.close()

    def _warn(self, parent: QWidget | None, exc: BaseException | None, text: str = "") -> None:
        if exc is not None and parent is not None:
            show_error(parent, exc)
            return
        QMessageBox.warning(parent, "Clinic Ambassadors", text or error_text(exc))  # type: ignore[arg-type]

    def shutdown(self) -> None:
        if self.session is not None:
            self.session.close()
            self.session = None


def run_app(db_path: Path | None, lang: str | None = None) -> int:
    from clinic_ambassadors.services.checklists import install_draft_gates

    install_draft_gates()
    app = make_app(lang)
    controller = AppController()
    if db_path is None or (db_path == paths.default_db_path() and not db_path.exists()):
        last = ui_settings().value("last_file")
        if last and Path(str(last)).exists():
            db_path = Path(str(last))
    if not controller.start(db_path):
        controller.shutdown()
        return 0
    code = app.exec()
    controller.shutdown()
    return code
