"""Where the app keeps its files. One place, so tests can redirect everything.

Set ``CLINIC_AMBASSADORS_HOME`` to put data, backups and settings under one folder
(tests do this). Nothing here creates folders: ``ensure_dirs()`` is called from
``main()``, never at import.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "ClinicAmbassadors"
ENV_HOME = "CLINIC_AMBASSADORS_HOME"
DEFAULT_DB_NAME = "programme.sqlite"
DEMO_DB_NAME = "demo.sqlite"


def _home_override() -> Path | None:
    value = os.environ.get(ENV_HOME, "").strip()
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    home = _home_override()
    if home is not None:
        return home / "data"
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    home = _home_override()
    if home is not None:
        return home / "config"
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def backup_dir() -> Path:
    return data_dir() / "backups"


def default_db_path() -> Path:
    return data_dir() / DEFAULT_DB_NAME


def demo_db_path() -> Path:
    return data_dir() / DEMO_DB_NAME


def ensure_dirs() -> None:
    for folder in (data_dir(), config_dir(), backup_dir()):
        folder.mkdir(parents=True, exist_ok=True)
