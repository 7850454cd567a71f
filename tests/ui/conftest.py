from __future__ import annotations

from pathlib import Path

import pytest

from clinic_ambassadors.core.programme import Role
from clinic_ambassadors.services import programme as programme_service
from clinic_ambassadors.services.session import Session
from clinic_ambassadors.ui.app import make_app
from clinic_ambassadors.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _english_ui(qapp):
    make_app("en")
    yield


@pytest.fixture
def programme_path(tmp_path) -> Path:
    path = tmp_path / "programme.sqlite"
    session = Session.open(path)
    session.call(programme_service.set_up, "Praxis am Markt", "Maria Manager",
                 frozenset({Role.MANAGER}))
    session.close()
    return path


def open_window(qtbot, path: Path, name: str = "") -> MainWindow:
    """The main window signed in as ``name`` (the first profile by name if not given)."""
    session = Session.open(path)
    programme = session.call(programme_service.get)
    profiles = session.call(programme_service.profiles)
    profile = next(p for p in profiles if p.name == name) if name else profiles[0]
    window = MainWindow(session, programme, profile)
    qtbot.addWidget(window)
    window.show()
    return window


def close_window(window: MainWindow) -> None:
    window.close()
    window.session.close()
