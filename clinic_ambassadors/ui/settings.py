"""Window state and small UI preferences in an INI file under the config folder."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from clinic_ambassadors import paths


def ui_settings() -> QSettings:
    return QSettings(str(paths.config_dir() / "ui.ini"), QSettings.Format.IniFormat)
