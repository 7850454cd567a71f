"""Secrets only in a secure key store; review decisions signed and verified."""

from __future__ import annotations

import keyring
from keyring.backend import KeyringBackend
from keyring.backends import fail, null

from clinic_ambassadors.core.ambassadors import Ambassador
from clinic_ambassadors.core.drafts import Action
from clinic_ambassadors.core.programme import Role
from clinic_ambassadors.services import ambassadors as ambassador_service
from clinic_ambassadors.services import drafts
from clinic_ambassadors.services import programme as programme_service
from clinic_ambassadors.services import secrets
from clinic_ambassadors.storage.audit import Actor
from clinic_ambassadors.storage.check import run_check
from clinic_ambassadors.storage.connection import open_programme
from tests import helpers


class PlaintextKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]
    store: dict = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        self.store.pop((service, username), None)


def test_status_of_backends():
    assert secrets.status() is secrets.KeyStoreStatus.SECURE  # the tests' in-memory backend
    assert secrets.status(fail.Keyring()) is secrets.KeyStoreStatus.NONE
    assert secrets.status(null.Keyring()) is secrets.KeyStoreStatus.NONE
    assert secrets.status(PlaintextKeyring()) is secrets.KeyStoreStatus.PLAINTEXT


def test_nothing_is_stored_without_a_secure_backend():
    plain = PlaintextKeyring()
    keyring.set_keyring(plain)
    assert secrets.put("x", "geheim") is False
    assert plain.store == {}
    keyring.set_keyring(fail.Keyring())
    assert secrets.put("x", "geheim") is False
    assert secrets.get("x") is None


def _approved_draft(tmp_path):
    pf = open_programme(tmp_path / "p.sqlite")
    _, manager = programme_service.set_up(pf, "Praxis", "Mona", frozenset({Role.MANAGER}))
    m = Actor(manager.id, manager.name)
    author = programme_service.add_profile(pf, m, "Alex", frozenset({Role.AMBASSADOR}))
    reviewer = programme_service.add_profile(pf, m, "Dr. Rita", frozenset({Role.REVIEWER}))
    helpers.active(pf, m, Ambassador(id="a", name="Alex", profile_id=author.id))
    rec = drafts.create(pf, Actor(author.id, "Alex"), "a", "Teamtag",
                        "Ich arbeite als MFA in der Praxis. Heute war Teamtag! #Mitarbeiterin")
    drafts.act(pf, Actor(author.id, "Alex"), rec.id, Action.SUBMIT)
    drafts.act(pf, Actor(reviewer.id, "Dr. Rita"), rec.id, Action.APPROVE, comment="Gut so")
    return pf


def test_approval_is_signed_and_tampering_is_detected(tmp_path):
    pf = _approved_draft(tmp_path)
    row = list(pf.db.query("SELECT * FROM review_decisions"))[0]
    assert row["signature"]
    assert run_check(pf)["ok"]
    pf.db.execute("UPDATE review_decisions SET comment = 'Gut so, auch mit Vorher/Nachher'")
    report = run_check(pf)
    assert not report["ok"]
    assert "signature" in [p["code"] for p in report["problems"]]
    pf.close()


def test_without_key_store_decisions_stay_unsigned_but_work(tmp_path):
    keyring.set_keyring(fail.Keyring())
    pf = _approved_draft(tmp_path)
    row = list(pf.db.query("SELECT * FROM review_decisions"))[0]
    assert row["signature"] is None and row["decision"] == "approve"
    assert run_check(pf)["ok"]
    pf.close()
