"""Profiles service: adding, roles (never without a manager), PINs, ambassador links."""

from __future__ import annotations

import pytest

from clinic_ambassadors.core.ambassadors import Ambassador
from clinic_ambassadors.core.errors import ValidationError
from clinic_ambassadors.core.programme import Role
from clinic_ambassadors.services import ambassadors as ambassador_service
from clinic_ambassadors.services import profiles
from clinic_ambassadors.services import programme as programme_service
from clinic_ambassadors.storage import audit
from clinic_ambassadors.storage.audit import Actor
from clinic_ambassadors.storage.connection import open_programme


@pytest.fixture
def setup(tmp_path):
    pf = open_programme(tmp_path / "p.sqlite")
    _, me = programme_service.set_up(pf, "Praxis", "Mia Manager", frozenset({Role.MANAGER}))
    yield pf, Actor(me.id, me.name), me
    pf.close()


def test_add_reviewer_is_listed_and_audited(setup):
    pf, actor, _ = setup
    prof = profiles.add_profile(pf, actor, "Dr. Weber", {Role.REVIEWER}, pin="2468")
    rows = {r.profile.name: r for r in profiles.list_profiles_with_links(pf)}
    assert rows["Dr. Weber"].profile.roles == frozenset({Role.REVIEWER})
    assert rows["Dr. Weber"].profile.has_pin and rows["Dr. Weber"].ambassador_id is None
    assert programme_service.check_pin(pf, prof.id, "2468")
    assert not programme_service.check_pin(pf, prof.id, "1111")
    events = audit.events_for(pf.db, "profile", prof.id)
    assert [e.action for e in events] == ["create"] and "2468" not in str(events[0].data)


@pytest.mark.parametrize("name, roles, pin, problem", [
    ("  ", {Role.REVIEWER}, "", ("name", "required")),
    ("X", set(), "", ("roles", "required")),
    ("X", {Role.REVIEWER}, "12a4", ("pin", "invalid_pin")),
    ("X", {Role.REVIEWER}, "123", ("pin", "invalid_pin")),
])
def test_add_validation(setup, name, roles, pin, problem):
    pf, actor, _ = setup
    with pytest.raises(ValidationError) as err:
        profiles.add_profile(pf, actor, name, roles, pin)
    assert problem in err.value.problems


def test_last_manager_keeps_the_manager_role(setup):
    pf, actor, me = setup
    with pytest.raises(profiles.ProfileRefused) as err:
        profiles.set_roles(pf, actor, me.id, {Role.REVIEWER})
    assert err.value.code == "last_manager"
    other = profiles.add_profile(pf, actor, "Bea", {Role.MANAGER})
    changed = profiles.set_roles(pf, actor, me.id, {Role.REVIEWER, Role.AMBASSADOR})
    assert changed.roles == frozenset({Role.REVIEWER, Role.AMBASSADOR})
    with pytest.raises(profiles.ProfileRefused):
        profiles.set_roles(pf, Actor(other.id, other.name), other.id, {Role.REVIEWER})
    assert "set_roles" in [e.action for e in audit.events_for(pf.db, "profile", me.id)]


def test_only_managers_change_profiles(setup):
    pf, actor, _ = setup
    rev = profiles.add_profile(pf, actor, "Dr. Weber", {Role.REVIEWER})
    with pytest.raises(profiles.ProfileRefused) as err:
        profiles.add_profile(pf, Actor(rev.id, rev.name), "Sneaky", {Role.MANAGER})
    assert err.value.code == "not_a_manager"


def test_set_and_clear_pin(setup):
    pf, actor, _ = setup
    rev = profiles.add_profile(pf, actor, "Dr. Weber", {Role.REVIEWER})
    assert profiles.set_pin(pf, actor, rev.id, "9876").has_pin
    assert not programme_service.check_pin(pf, rev.id, "0000")
    assert not profiles.set_pin(pf, actor, rev.id, "").has_pin
    assert programme_service.check_pin(pf, rev.id, "")
    assert sorted(e.action for e in audit.events_for(pf.db, "profile", rev.id)) == \
        ["clear_pin", "create", "set_pin"]


def test_link_and_unlink_ambassador(setup):
    pf, actor, _ = setup
    amb = ambassador_service.save(pf, actor, Ambassador("a1", "Jana Nowak"))
    assert [a.name for a in profiles.unlinked_ambassadors(pf)] == ["Jana Nowak"]
    prof = profiles.add_profile(pf, actor, "Jana", {Role.AMBASSADOR}, ambassador_id=amb.id)
    assert ambassador_service.get(pf, amb.id).profile_id == prof.id
    assert profiles.unlinked_ambassadors(pf) == []
    other = profiles.add_profile(pf, actor, "Other", {Role.AMBASSADOR})
    with pytest.raises(profiles.ProfileRefused) as err:
        profiles.link_ambassador(pf, actor, other.id, amb.id)
    assert err.value.code == "already_linked"
    with pytest.raises(ValidationError):
        profiles.add_profile(pf, actor, "Rev", {Role.REVIEWER}, ambassador_id=amb.id)
    profiles.set_roles(pf, actor, prof.id, {Role.REVIEWER})  # losing the role drops the link
    assert ambassador_service.get(pf, amb.id).profile_id is None
    profiles.add_profile(pf, actor, "Dr. Weber", {Role.REVIEWER})  # so Jana is not the last one
    profiles.set_roles(pf, actor, prof.id, {Role.AMBASSADOR})
    profiles.link_ambassador(pf, actor, prof.id, amb.id)
    row = next(r for r in profiles.list_profiles_with_links(pf) if r.profile.id == prof.id)
    assert (row.ambassador_id, row.ambassador_name) == (amb.id, "Jana Nowak")
    profiles.link_ambassador(pf, actor, prof.id, None)
    assert ambassador_service.get(pf, amb.id).profile_id is None


def test_save_with_profile_creates_a_linked_ambassador_profile(setup):
    pf, actor, _ = setup
    stored = profiles.save_with_profile(pf, actor, Ambassador("a2", "Tom Berger"), True)
    assert stored.profile_id
    prof = next(p for p in programme_service.profiles(pf) if p.id == stored.profile_id)
    assert prof.name == "Tom Berger" and prof.roles == frozenset({Role.AMBASSADOR})
    again = profiles.save_with_profile(pf, actor, stored.with_changes(notes="x"), True)
    assert again.profile_id == prof.id and len(programme_service.profiles(pf)) == 2


def test_the_only_reviewer_keeps_the_role_until_there_is_another(setup):
    pf, actor, _ = setup
    from clinic_ambassadors.services.review_policy import PolicyRefused, review_policy

    weber = profiles.add_profile(pf, actor, "Dr. Weber", {Role.REVIEWER})
    with pytest.raises(PolicyRefused) as err:
        profiles.set_roles(pf, actor, weber.id, {Role.AMBASSADOR})
    assert err.value.code == "last_reviewer"
    assert review_policy(pf).all_reviewers == {weber.id}
    lang = profiles.add_profile(pf, actor, "Dr. Lang", {Role.REVIEWER})
    profiles.set_roles(pf, actor, weber.id, {Role.AMBASSADOR})
    assert review_policy(pf).all_reviewers == {lang.id}
