"""Shared test setup: headless Qt, a temporary app home, an in-memory keyring."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_QUICK_BACKEND", "software")

import keyring  # noqa: E402
import pytest  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402


class MemoryKeyring(KeyringBackend):
    """A secure-enough backend for tests: secrets live only in this process."""

    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self._store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._store.pop((service, username), None)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("CLINIC_AMBASSADORS_HOME", str(home))
    keyring.set_keyring(MemoryKeyring())
    from clinic_ambassadors.services import drafts

    gates = list(drafts.CHECKLIST_FACTS)  # the CLI installs the checklist gates; undo after
    yield home
    drafts.CHECKLIST_FACTS[:] = gates
