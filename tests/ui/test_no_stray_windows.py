"""Showing a page must not pop up stray top-level windows (a child made visible before
it has a parent becomes a window of its own and steals the keyboard focus)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from clinic_ambassadors.cli import main
from clinic_ambassadors.services import programme as programme_service
from clinic_ambassadors.services.session import Session
from clinic_ambassadors.ui.main_window import MainWindow


class _WindowWatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []

    def eventFilter(self, obj, event):  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Show and obj.isWidgetType() and obj.isWindow():
            self.shown.append(f"{type(obj).__name__}:{obj.objectName()}")
        return False


def test_every_page_of_the_demo_opens_without_stray_windows(qtbot, tmp_path):
    path = tmp_path / "demo.sqlite"
    assert main(["demo", "--no-gui", "--db", str(path)]) == 0
    session = Session.open(path)
    profiles = session.call(programme_service.profiles)
    watcher = _WindowWatcher()
    QApplication.instance().installEventFilter(watcher)
    try:
        for profile in profiles:
            window = MainWindow(session, session.call(programme_service.get), profile)
            qtbot.addWidget(window)
            window.show()
            for key in window.PAGE_KEYS:
                window.show_page(key)
                qtbot.wait(60)
            window.close()
    finally:
        QApplication.instance().removeEventFilter(watcher)
        session.close()
    stray = [w for w in watcher.shown if not w.startswith("MainWindow")]
    assert stray == []
