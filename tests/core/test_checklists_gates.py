"""Gates the workflow asks: what is missing, how far along, what next, what is late."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from clinic_ambassadors.core.checklists import (
    ChecklistError,
    ErrorCode,
    Part,
    due_at,
    is_complete,
    load_templates,
    missing_required,
    next_open,
    overdue,
    parse_template,
    progress,
    tick,
    untick,
)

T0 = datetime(2025, 5, 6, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def templates():
    return load_templates().templates


def _tick_all(template, ids, roles, events=None):
    events = list(events or [])
    for n, item_id in enumerate(ids):
        events.append(tick(template, events, item_id, "x", roles, T0 + timedelta(minutes=n)))
    return events


def test_missing_required_per_part(templates):
    check = templates["pre_publication"]
    author_ids = [item.id for item in check.items if item.part is Part.AUTHOR]
    reviewer_ids = [item.id for item in check.items if item.part is Part.REVIEWER]

    assert [i.id for i in missing_required(check, [], part=Part.AUTHOR)] == author_ids
    assert [i.id for i in missing_required(check, [], part="reviewer")] == reviewer_ids

    events = _tick_all(check, author_ids[:-1], ["author"])
    assert [i.id for i in missing_required(check, events, part="author")] == author_ids[-1:]
    assert not is_complete(check, events, part="author")

    events = _tick_all(check, author_ids[-1:], ["author"], events)
    assert missing_required(check, events, part="author") == []
    assert is_complete(check, events, part=Part.AUTHOR)
    assert not is_complete(check, events)
    assert [i.id for i in missing_required(check, events)] == reviewer_ids

    events.append(untick(check, events, author_ids[0], "x", ["author"], T0 + timedelta(hours=1)))
    assert [i.id for i in missing_required(check, events, part="author")] == author_ids[:1]

    with pytest.raises(ChecklistError) as caught:
        missing_required(check, events, part="editor")
    assert caught.value.code is ErrorCode.UNKNOWN_VALUE


def test_progress_counts_all_items_and_required_items(templates):
    onboarding = templates["ambassador_onboarding"]
    total = len(onboarding.items)
    required = sum(1 for item in onboarding.items if item.required)
    assert progress(onboarding, []) == (0, total)
    assert progress(onboarding, [], required_only=True) == (0, required)

    events = _tick_all(onboarding, ["agreement_signed", "content_focus"], ["manager", "ambassador"])
    assert progress(onboarding, events) == (2, total)
    assert progress(onboarding, events, required_only=True) == (1, required)


def test_next_open_walks_the_road_map_required_first(templates):
    setup = templates["programme_setup"]
    assert next_open(setup, []).id == "buy_in"
    events = _tick_all(setup, ["buy_in", "goals_kpis"], ["manager"])
    assert next_open(setup, events).id == "culture_check"

    required_ids = [item.id for item in setup.road_map() if item.required]
    events = _tick_all(
        setup, [i for i in required_ids if i not in {"buy_in", "goals_kpis"}], ["manager"], events
    )
    assert next_open(setup, events).id == "legal_notice"  # the only optional item is last
    events = _tick_all(setup, ["legal_notice"], ["manager"], events)
    assert next_open(setup, events) is None


def test_road_map_orders_by_step_even_if_the_file_does_not():
    text = """
id = "roadmap"
version = 1
kind = "programme_setup"
attaches_to = "programme"
title = { de = "Fahrplan", en = "Road map" }
[[steps]]
id = "early"
title = { de = "Früh", en = "Early" }
[[steps]]
id = "late"
title = { de = "Spät", en = "Late" }
[[items]]
id = "later_thing"
step = "late"
required = true
role = "manager"
text = { de = "Später", en = "Later" }
[[items]]
id = "optional_early"
step = "early"
required = false
role = "manager"
text = { de = "Optional", en = "Optional" }
[[items]]
id = "early_thing"
step = "early"
required = true
role = "manager"
text = { de = "Früher", en = "Earlier" }
"""
    template = parse_template(text, "roadmap.toml")
    assert [item.id for item in template.road_map()] == [
        "optional_early",
        "early_thing",
        "later_thing",
    ]
    assert next_open(template, []).id == "early_thing"
    assert [item.id for item in template.items_in_step("early")] == [
        "optional_early",
        "early_thing",
    ]


def test_crisis_due_times_follow_the_steps(templates):
    crisis = templates["crisis_response"]
    assert due_at(crisis.item("classify"), T0) == T0 + timedelta(hours=1)
    assert due_at(crisis.item("holding_statement"), T0) == T0 + timedelta(hours=6)
    assert due_at(crisis.item("report_abuse"), T0) == T0 + timedelta(hours=72)
    assert due_at(crisis.item("post_mortem"), T0) is None
    cest = timezone(timedelta(hours=2))
    assert due_at(crisis.item("classify"), T0.astimezone(cest)) == T0 + timedelta(hours=1)


def test_overdue_lists_open_items_past_their_due_time(templates):
    crisis = templates["crisis_response"]
    first_hour = [item.id for item in crisis.items_in_step("first_hour")]
    two_to_six = [item.id for item in crisis.items_in_step("hours_2_6")]

    assert overdue(crisis, [], T0, T0 + timedelta(minutes=59)) == []
    assert overdue(crisis, [], T0, T0 + timedelta(hours=1)) == []  # due, not yet late
    late = overdue(crisis, [], T0, T0 + timedelta(hours=2))
    assert [item.id for item in late] == first_hour

    events = _tick_all(crisis, first_hour, ["manager"])
    assert overdue(crisis, events, T0, T0 + timedelta(hours=2)) == []
    assert [i.id for i in overdue(crisis, events, T0, T0 + timedelta(hours=7))] == two_to_six

    events.append(untick(crisis, events, "classify", "x", ["manager"], T0 + timedelta(hours=3)))
    late = [i.id for i in overdue(crisis, events, T0, T0 + timedelta(hours=7))]
    assert late == ["classify", *two_to_six]

    years_later = [i.id for i in overdue(crisis, [], T0, T0 + timedelta(days=365))]
    assert "post_mortem" not in years_later and len(years_later) == len(crisis.items) - 1

    with pytest.raises(ChecklistError) as caught:
        overdue(crisis, [], T0, datetime(2025, 5, 7))
    assert caught.value.code is ErrorCode.NAIVE_DATETIME


def test_an_item_can_override_the_default_due_time(templates):
    crisis = templates["crisis_response"]
    item = crisis.item("gdpr_breach_check")
    from dataclasses import replace

    tightened = crisis.revised(
        items=[replace(i, due_hours=4) if i.id == item.id else i for i in crisis.items]
    )
    assert due_at(tightened.item(item.id), T0) == T0 + timedelta(hours=4)
    assert [i.id for i in overdue(tightened, [], T0, T0 + timedelta(hours=3))] == [
        i.id for i in crisis.items_in_step("first_hour") if i.id != item.id
    ]
