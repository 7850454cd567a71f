"""Checking the signatures on review decisions (the keys themselves live in services)."""

from __future__ import annotations

import base64
import json
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlite_utils import Database


def decision_payload(row: dict[str, Any]) -> bytes:
    fields = {k: row[k] for k in ("id", "draft_id", "reviewer_id", "decision", "comment", "at",
                                  "revision", "step")}
    return json.dumps(fields, sort_keys=True, ensure_ascii=False).encode("utf-8")


def verify_decisions(db: Database) -> tuple[int, list[str]]:
    """(number of signed decisions, ids whose signature does not match)."""
    keys = {r[0]: r[1] for r in db.execute("SELECT id, public_key FROM profiles")}
    signed, bad = 0, []
    for row in db.query("SELECT * FROM review_decisions WHERE signature IS NOT NULL"):
        signed += 1
        public = keys.get(row["reviewer_id"])
        try:
            if not public:
                raise InvalidSignature()
            Ed25519PublicKey.from_public_bytes(base64.b64decode(public)).verify(
                base64.b64decode(row["signature"]), decision_payload(row))
        except (InvalidSignature, ValueError):
            bad.append(row["id"])
    return signed, bad
