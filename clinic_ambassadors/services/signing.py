"""Signed review decisions: each reviewer's PC holds a private key in the OS key store;
the programme file holds the public key, so ``check`` can tell that an approval was
made by that reviewer and not typed into the file later."""

from __future__ import annotations

import base64
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from clinic_ambassadors.storage.signatures import decision_payload
from sqlite_utils import Database

from clinic_ambassadors.services import secrets


def _secret_name(programme_id: str, profile_id: str) -> str:
    return f"signing-key:{programme_id}:{profile_id}"


def private_key(db: Database, programme_id: str, profile_id: str) -> Ed25519PrivateKey | None:
    """This PC's key for the profile, created on first use; None without a secure key store."""
    if not secrets.is_secure():
        return None
    name = _secret_name(programme_id, profile_id)
    stored = secrets.get(name)
    public = db.execute("SELECT public_key FROM profiles WHERE id = ?", [profile_id]).fetchone()
    if stored:
        key = Ed25519PrivateKey.from_private_bytes(base64.b64decode(stored))
        if public and public[0] and public[0] != _public_text(key.public_key()):
            return None  # the file knows another key for this profile: do not sign with ours
        if public and not public[0]:
            db.execute("UPDATE profiles SET public_key = ? WHERE id = ?",
                       [_public_text(key.public_key()), profile_id])
        return key
    if public and public[0]:
        return None  # the profile signs on another PC
    key = Ed25519PrivateKey.generate()
    raw = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                            serialization.NoEncryption())
    if not secrets.put(name, base64.b64encode(raw).decode("ascii")):
        return None
    db.execute("UPDATE profiles SET public_key = ? WHERE id = ?",
               [_public_text(key.public_key()), profile_id])
    return key


def _public_text(key: Ed25519PublicKey) -> str:
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def sign(key: Ed25519PrivateKey, row: dict[str, Any]) -> str:
    return base64.b64encode(key.sign(decision_payload(row))).decode("ascii")
