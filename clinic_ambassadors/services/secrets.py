"""Secrets in the operating system's key store, never in the programme file.

Like Vorta we use keyring, unlike Vorta we never fall back to plain text: without a
secure backend (keyring's ``fail`` or ``null`` backend, or a plaintext file backend)
secrets are simply not stored and callers tell the person why.
"""

from __future__ import annotations

from enum import StrEnum

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError

SERVICE = "clinic-ambassadors"
INSECURE_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt.file",
                    "keyrings.alt.Windows", "keyrings.alt.pyfs")


class KeyStoreStatus(StrEnum):
    SECURE = "secure"
    NONE = "none"            # no backend at all (fail/null)
    PLAINTEXT = "plaintext"  # a backend that would write secrets readable on disk


def _backends(kr: KeyringBackend) -> list[KeyringBackend]:
    inner = getattr(kr, "backends", None)  # the chainer combines several
    return list(inner) if inner else [kr]


def status(kr: KeyringBackend | None = None) -> KeyStoreStatus:
    kr = kr or keyring.get_keyring()
    backends = _backends(kr)
    if not backends:
        return KeyStoreStatus.NONE
    modules = [type(b).__module__ for b in backends]
    if all(m.startswith(("keyring.backends.fail", "keyring.backends.null")) for m in modules):
        return KeyStoreStatus.NONE
    if any(m.startswith(INSECURE_MODULES[2:]) for m in modules) or any(
            "plaintext" in type(b).__name__.lower() for b in backends):
        return KeyStoreStatus.PLAINTEXT
    return KeyStoreStatus.SECURE


def is_secure() -> bool:
    return status() is KeyStoreStatus.SECURE


def get(name: str) -> str | None:
    if not is_secure():
        return None
    try:
        return keyring.get_password(SERVICE, name)
    except KeyringError:
        return None


def put(name: str, value: str) -> bool:
    """Store a secret; False (and nothing stored) when no secure key store is available."""
    if not is_secure():
        return False
    try:
        keyring.set_password(SERVICE, name, value)
    except KeyringError:
        return False
    return True
