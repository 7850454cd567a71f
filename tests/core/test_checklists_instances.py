"""Checklist instances: ticks are events, state is derived, roles are enforced, versions stick."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clinic_ambassadors.core.checklists import (
    AttachTo,
    ChecklistError,
    ChecklistEvent,
    ChecklistInstance,
    ErrorCode,
    ItemState,
    LocalText,
    Role,
    TemplateError,
    history,
    load_templates,
    parse_template,
    state,
    template_to_toml,
    tick,
    untick,
)

T0 = datetime(2025, 5, 6, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def templates():
    return load_templates().templates


@pytest.fixture
def check(templates):
    return templates["pre_publication"]


def test_tick_then_untick_is_two_events_and_state_follows_the_last(check):
    events: list[ChecklistEvent] = []
    events.append(
        tick(
            check,
            events,
            "no_patient_visible",
            "anna",
            ["ambassador", "author"],
            T0,
            "Bild ohne Hintergrund",
        )
    )
    ticked = state(check, events)["no_patient_visible"]
    assert ticked == ItemState(True, "anna", T0, "Bild ohne Hintergrund")

    later = T0 + timedelta(minutes=5)
    events.append(
        untick(check, events, "no_patient_visible", "anna", ["author"], later, "Foto neu")
    )
    current = state(check, events)
    assert current["no_patient_visible"] == ItemState(False, "anna", later, "Foto neu")
    assert [e.ticked for e in history(events, "no_patient_visible")] == [True, False]
    assert current["factual_tone"] == ItemState()
    assert set(current) == {item.id for item in check.items}


def test_event_records_the_role_that_allowed_the_tick(templates, check):
    event = tick(check, [], "review_agg", "dr_b", ["manager", "reviewer"], T0)
    assert event.actor_role is Role.REVIEWER
    crisis = templates["crisis_response"]
    anyone = tick(crisis, [], "secure_evidence", "mfa", ["ambassador"], T0)
    assert anyone.actor_role is Role.AMBASSADOR


def test_a_role_that_may_not_tick_is_refused_with_a_code(check):
    with pytest.raises(ChecklistError) as caught:
        tick(check, [], "review_confidentiality", "anna", ["ambassador", "author"], T0)
    assert caught.value.code is ErrorCode.ROLE_NOT_ALLOWED
    assert caught.value.data["allowed"] == "reviewer"
    assert caught.value.data["item_id"] == "review_confidentiality"

    ticked = [tick(check, [], "factual_tone", "anna", ["author"], T0)]
    with pytest.raises(ChecklistError) as caught:
        untick(check, ticked, "factual_tone", "dr_b", ["reviewer"], T0)
    assert caught.value.code is ErrorCode.ROLE_NOT_ALLOWED


def test_unknown_item_unknown_role_double_tick_and_naive_time_are_refused(check):
    cases = [
        (lambda: tick(check, [], "no_such_item", "a", ["author"], T0), ErrorCode.UNKNOWN_ITEM),
        (lambda: tick(check, [], "factual_tone", "a", ["wizard"], T0), ErrorCode.UNKNOWN_ROLE),
        (lambda: untick(check, [], "factual_tone", "a", ["author"], T0), ErrorCode.NOT_TICKED),
        (
            lambda: tick(check, [], "factual_tone", "a", ["author"], datetime(2025, 1, 1)),
            ErrorCode.NAIVE_DATETIME,
        ),
    ]
    for call, code in cases:
        with pytest.raises(ChecklistError) as caught:
            call()
        assert caught.value.code is code
    events = [tick(check, [], "factual_tone", "a", ["author"], T0)]
    with pytest.raises(ChecklistError) as caught:
        tick(check, events, "factual_tone", "b", ["author"], T0)
    assert caught.value.code is ErrorCode.ALREADY_TICKED


def test_errors_carry_codes_not_only_sentences():
    error = ChecklistError(ErrorCode.ROLE_NOT_ALLOWED, item_id="x")
    assert error.code == "role_not_allowed" and error.data == {"item_id": "x"}
    assert "role_not_allowed" in str(error)


def test_revise_bumps_the_version_and_an_instance_keeps_the_one_it_started_with(templates):
    v1 = templates["offboarding"]
    instance = ChecklistInstance.start(v1, "amb-42")
    assert (instance.template_id, instance.template_version) == ("offboarding", 1)
    assert instance.attached_kind is AttachTo.AMBASSADOR
    instance = instance.with_event(tick(v1, instance.events, "stop_drafts", "pm", ["manager"], T0))

    v2 = v1.revised(
        title={"de": "Ausstieg (Praxis Dr. Weber)", "en": "Leaving (Dr Weber's practice)"},
        items=[item for item in v1.items if item.id != "say_thank_you"],
    )
    assert v2.version == 2 and v1.version == 1
    assert v2.title("de") == "Ausstieg (Praxis Dr. Weber)"
    assert not v2.has_item("say_thank_you") and v1.has_item("say_thank_you")
    assert instance.template_key == ("offboarding", 1)
    instance.check_template(v1)
    with pytest.raises(ChecklistError) as caught:
        instance.check_template(v2)
    assert caught.value.code is ErrorCode.TEMPLATE_MISMATCH
    assert state(v1, instance.events)["stop_drafts"].ticked

    stored = template_to_toml(v2)
    assert parse_template(stored, "programme.sqlite:offboarding@2") == v2
    assert "version = 2" in stored


def test_revise_refuses_an_invalid_edit(templates):
    v1 = templates["offboarding"]
    with pytest.raises(TemplateError) as caught:
        v1.revised(items=[*v1.items, v1.items[0]])
    assert caught.value.code is ErrorCode.DUPLICATE_ITEM
    assert caught.value.field == f"items[{len(v1.items)}].id"
    with pytest.raises(TemplateError) as caught:
        v1.revised(note=LocalText(de="", en="Edited"))
    assert caught.value.code is ErrorCode.EMPTY_TEXT


def test_events_for_items_removed_in_another_version_are_ignored(templates):
    v1 = templates["offboarding"]
    events = [tick(v1, [], "say_thank_you", "pm", ["manager"], T0)]
    v2 = v1.revised(items=[item for item in v1.items if item.id != "say_thank_you"])
    assert "say_thank_you" not in state(v2, events)


_ITEMS = ["no_patient_visible", "factual_tone", "review_agg"]
_events = st.lists(
    st.builds(
        ChecklistEvent,
        item_id=st.sampled_from(_ITEMS),
        ticked=st.booleans(),
        actor_id=st.sampled_from(["anna", "ben", "dr_c"]),
        actor_role=st.sampled_from(list(Role)),
        at=st.datetimes(timezones=st.just(UTC)),
        note=st.text(max_size=10),
    ),
    max_size=30,
)


@given(_events)
def test_state_is_the_last_event_per_item_for_any_history(events):
    template = load_templates().templates["pre_publication"]
    current = state(template, events)
    for item in template.items:
        mine = history(events, item.id)
        if not mine:
            assert current[item.id] == ItemState()
        else:
            last = mine[-1]
            assert current[item.id] == ItemState(last.ticked, last.actor_id, last.at, last.note)
    assert sum(len(history(events, item_id)) for item_id in _ITEMS) == len(events)


@given(st.lists(st.tuples(st.sampled_from(_ITEMS), st.booleans()), max_size=25))
def test_tick_and_untick_only_ever_produce_valid_alternating_histories(steps):
    template = load_templates().templates["pre_publication"]
    roles = ["author", "reviewer"]
    events: list[ChecklistEvent] = []
    for n, (item_id, want_ticked) in enumerate(steps):
        change = tick if want_ticked else untick
        at = T0 + timedelta(seconds=n)
        try:
            events.append(change(template, events, item_id, "x", roles, at))
        except ChecklistError as error:
            assert error.code is (ErrorCode.ALREADY_TICKED if want_ticked else ErrorCode.NOT_TICKED)
    for item_id in _ITEMS:
        flags = [event.ticked for event in history(events, item_id)]
        assert flags == [index % 2 == 0 for index in range(len(flags))]
