"""Questions the workflow asks a checklist: is it done, what is next, what is late."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from .errors import ChecklistError, ErrorCode
from .instance import ChecklistEvent, state
from .model import CRISIS_DUE_HOURS, CrisisStep, Item, Part, Template


def _in_part(item: Item, part: Part | str | None) -> bool:
    if part is None:
        return True
    try:
        return item.part == Part(part)
    except ValueError:
        raise ChecklistError(ErrorCode.UNKNOWN_VALUE, field="part", value=str(part)) from None


def missing_required(
    template: Template, events: Iterable[ChecklistEvent], part: Part | str | None = None
) -> list[Item]:
    """Required items not ticked now, in template order; ``part`` limits to author/reviewer."""
    current = state(template, events)
    return [
        item
        for item in template.items
        if item.required and _in_part(item, part) and not current[item.id].ticked
    ]


def is_complete(
    template: Template, events: Iterable[ChecklistEvent], part: Part | str | None = None
) -> bool:
    return not missing_required(template, events, part)


def progress(
    template: Template,
    events: Iterable[ChecklistEvent],
    *,
    required_only: bool = False,
    part: Part | str | None = None,
) -> tuple[int, int]:
    """(ticked, total) over all items, or over required items only."""
    current = state(template, events)
    counted = [
        item
        for item in template.items
        if (item.required or not required_only) and _in_part(item, part)
    ]
    return sum(1 for item in counted if current[item.id].ticked), len(counted)


def next_open(template: Template, events: Iterable[ChecklistEvent]) -> Item | None:
    """The next thing to do on the road map: first open required item, else first open one."""
    current = state(template, events)
    road = [item for item in template.road_map() if not current[item.id].ticked]
    return next((item for item in road if item.required), road[0] if road else None)


def due_hours(item: Item) -> int | None:
    """Hours after the incident start; the item's own value, else its crisis step's default."""
    if item.due_hours is not None:
        return item.due_hours
    if item.step in set(CrisisStep):
        return CRISIS_DUE_HOURS.get(CrisisStep(item.step))
    return None


def _aware(value: datetime, name: str) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ChecklistError(ErrorCode.NAIVE_DATETIME, field=name, value=value.isoformat())


def due_at(item: Item, started_at: datetime) -> datetime | None:
    """When the item is due, or None for items without a deadline ("afterwards")."""
    _aware(started_at, "started_at")
    hours = due_hours(item)
    return None if hours is None else started_at + timedelta(hours=hours)


def overdue(
    template: Template, events: Iterable[ChecklistEvent], started_at: datetime, now: datetime
) -> list[Item]:
    """Open items whose due time has passed (strictly before ``now``), in template order."""
    _aware(now, "now")
    current = state(template, events)
    late: list[Item] = []
    for item in template.items:
        due = due_at(item, started_at)
        if due is not None and due < now and not current[item.id].ticked:
            late.append(item)
    return late
