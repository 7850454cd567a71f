"""A new programme is safe by default: review on, and no way around the gates (services)."""

from __future__ import annotations

import pytest

from clinic_ambassadors.core.ambassadors import Ambassador, AmbassadorStatus
from clinic_ambassadors.core.drafts import Action, DraftState, ReviewMode, ReviewPolicy
from clinic_ambassadors.core.programme import Role
from clinic_ambassadors.services import ambassadors as ambassador_service
from clinic_ambassadors.services import drafts, onboarding, profiles
from clinic_ambassadors.services import programme as programme_service
from clinic_ambassadors.services.review_policy import (
    PolicyRefused,
    review_policy,
    set_review_policy,
)
from clinic_ambassadors.storage import audit
from clinic_ambassadors.storage.audit import Actor
from clinic_ambassadors.storage.connection import open_programme
from tests import helpers

CLEAN = "Ich arbeite als MFA in der Praxis am Markt. Heute gab es Teamfrühstück! #Mitarbeiterin"


@pytest.fixture
def fresh(tmp_path):
    """File > New: a manager, nobody else yet."""
    pf = open_programme(tmp_path / "p.sqlite")
    _, me = programme_service.set_up(pf, "Praxis am Markt", "Mia Manager",
                                     frozenset({Role.MANAGER}))
    yield pf, Actor(me.id, me.name)
    pf.close()


def _author(pf, manager: Actor, status: AmbassadorStatus = AmbassadorStatus.ACTIVE):
    prof = profiles.add_profile(pf, manager, "Alex Autor", {Role.AMBASSADOR})
    amb = Ambassador(id="amb-1", name="Alex Autor", profile_id=prof.id)
    if status is AmbassadorStatus.ACTIVE:
        helpers.active(pf, manager, amb, prof)
    else:
        ambassador_service.save(pf, manager, amb.with_changes(status=status))
    return Actor(prof.id, prof.name)


def _last_action(pf, entity: str, entity_id: str) -> str:
    return audit.events_for(pf.db, entity, entity_id)[0].action


def test_a_new_programme_requires_review_and_waits_for_a_reviewer(fresh):
    pf, m = fresh
    assert review_policy(pf).mode is ReviewMode.REQUIRED
    author = _author(pf, m)
    rec = drafts.create(pf, author, "amb-1", "Teamfrühstück", CLEAN)
    with pytest.raises(drafts.WorkflowRefused) as info:  # nobody could approve: not "approved"
        drafts.act(pf, author, rec.id, Action.SUBMIT)
    assert info.value.code == "no_eligible_reviewer"
    doc = profiles.add_profile(pf, m, "Dr. Rita Review", {Role.REVIEWER})
    drafts.act(pf, author, rec.id, Action.SUBMIT)
    assert drafts.get(pf, rec.id).state is DraftState.IN_REVIEW
    assert [i.draft.id for i in drafts.review_queue(pf, doc.id)] == [rec.id]


def test_set_up_can_create_the_reviewer(tmp_path):
    pf = open_programme(tmp_path / "p.sqlite")
    try:
        programme_service.set_up(pf, "Praxis", "Mia", frozenset({Role.MANAGER}),
                                 reviewer_name="Dr. Weber")
        reviewers = [p for p in programme_service.profiles(pf) if p.has(Role.REVIEWER)]
        assert [p.name for p in reviewers] == ["Dr. Weber"]
        assert review_policy(pf).all_reviewers == {reviewers[0].id}
    finally:
        pf.close()


def test_a_non_reviewer_cannot_be_the_reviewer(fresh):
    pf, m = fresh
    author = _author(pf, m)
    with pytest.raises(PolicyRefused) as info:
        set_review_policy(pf, m, ReviewPolicy.required([author.id]))
    assert info.value.code == "not_a_reviewer" and info.value.data["names"] == ["Alex Autor"]
    with pytest.raises(PolicyRefused) as info:
        set_review_policy(pf, m, ReviewPolicy.required([]))
    assert info.value.code == "step_without_reviewer"
    assert _last_action(pf, "programme", None) == "review_policy_refused"


def test_only_a_manager_changes_the_policy(fresh):
    pf, m = fresh
    author = _author(pf, m)
    doc = profiles.add_profile(pf, m, "Dr. Rita Review", {Role.REVIEWER})
    for who in (author, Actor(doc.id, doc.name)):
        with pytest.raises(PolicyRefused) as info:
            set_review_policy(pf, who, ReviewPolicy.none(), confirm_no_review=True)
        assert info.value.code == "not_a_manager"
    assert review_policy(pf).mode is ReviewMode.REQUIRED


def test_switching_review_off_needs_a_confirmation_and_marks_the_approval(fresh):
    pf, m = fresh
    author = _author(pf, m)
    with pytest.raises(PolicyRefused) as info:
        set_review_policy(pf, m, ReviewPolicy.none())
    assert info.value.code == "confirm_no_review"
    set_review_policy(pf, m, ReviewPolicy.none(), confirm_no_review=True)
    rec = drafts.create(pf, author, "amb-1", "Teamfrühstück", CLEAN)
    drafts.act(pf, author, rec.id, Action.SUBMIT)
    got = drafts.get(pf, rec.id)
    assert got.state is DraftState.APPROVED and got.approved_without_review


def test_a_new_record_saved_as_active_goes_through_onboarding(fresh):
    pf, m = fresh
    with pytest.raises(onboarding.OnboardingIncomplete):
        ambassador_service.save(pf, m, Ambassador(id="x", name="Neu",
                                                  status=AmbassadorStatus.ACTIVE))
    assert ambassador_service.count(pf) == 0
    assert _last_action(pf, "ambassador", "x") == "refused"


def test_only_active_ambassadors_write_and_submit(fresh):
    pf, m = fresh
    author = _author(pf, m, AmbassadorStatus.ONBOARDING)
    with pytest.raises(drafts.AuthorNotActive) as info:
        drafts.create(pf, author, "amb-1", "Teamfrühstück", CLEAN)
    assert info.value.data["status"] == "onboarding"
    assert drafts.count(pf) == 0
    assert _last_action(pf, "ambassador", "amb-1") == "refused"


def test_a_paused_ambassador_cannot_submit(fresh):
    pf, m = fresh
    author = _author(pf, m)
    profiles.add_profile(pf, m, "Dr. Rita Review", {Role.REVIEWER})
    rec = drafts.create(pf, author, "amb-1", "Teamfrühstück", CLEAN)
    ambassador_service.set_status(pf, m, "amb-1", AmbassadorStatus.PAUSED)
    with pytest.raises(drafts.AuthorNotActive):
        drafts.act(pf, author, rec.id, Action.SUBMIT)
    assert drafts.get(pf, rec.id).state is DraftState.DRAFT
    assert _last_action(pf, "draft", rec.id) == "refused"


def _fully_onboarded_but_not_active(pf, m: Actor, prof) -> None:
    amb = helpers.with_consents(Ambassador(id="me", name=prof.name, profile_id=prof.id,
                                           status=AmbassadorStatus.ONBOARDING))
    ambassador_service.save(pf, m, amb)
    view = onboarding.onboarding_view(pf, m, "me")
    from clinic_ambassadors.services import checklists

    for item in view.missing():
        who = m if item.role.value == "manager" else Actor(prof.id, prof.name)
        checklists.tick_item(pf, who, {item.role}, view.id, item.id)


def test_nobody_sets_themselves_active(fresh):
    pf, m = fresh
    prof = profiles.add_profile(pf, m, "Otto Onboarding", {Role.AMBASSADOR})
    _fully_onboarded_but_not_active(pf, m, prof)
    with pytest.raises(onboarding.ActivationRefused) as info:
        onboarding.activate(pf, Actor(prof.id, prof.name), "me")
    assert info.value.code == "not_a_manager"
    # a manager who is also the ambassador, while another manager could do it: no
    profiles.set_roles(pf, m, prof.id, {Role.AMBASSADOR, Role.MANAGER})
    with pytest.raises(onboarding.ActivationRefused) as info:
        onboarding.activate(pf, Actor(prof.id, prof.name), "me")
    assert info.value.code == "self_activation"
    assert ambassador_service.get(pf, "me").status is AmbassadorStatus.ONBOARDING
    assert _last_action(pf, "ambassador", "me") == "refused"
    assert onboarding.activate(pf, m, "me").status is AmbassadorStatus.ACTIVE


def test_the_only_manager_may_activate_their_own_record(fresh):
    pf, m = fresh
    me = next(p for p in programme_service.profiles(pf) if p.id == m.id)
    profiles.set_roles(pf, m, me.id, {Role.MANAGER, Role.AMBASSADOR})
    me = next(p for p in programme_service.profiles(pf) if p.id == m.id)
    _fully_onboarded_but_not_active(pf, m, me)
    assert onboarding.activate(pf, m, "me").status is AmbassadorStatus.ACTIVE
