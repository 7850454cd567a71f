"""Checklist instances: an append-only list of tick/untick events; state is derived from it.

Keeping events instead of a ticked flag means every change stays visible (who, when,
why), which the audit log and the review history need.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from .errors import ChecklistError, ErrorCode
from .model import AttachTo, Role, Template


def _require_aware(at: datetime) -> None:
    if at.tzinfo is None or at.utcoffset() is None:
        raise ChecklistError(ErrorCode.NAIVE_DATETIME, value=at.isoformat())


@dataclass(frozen=True)
class ChecklistEvent:
    """One tick (``ticked=True``) or untick of one item."""

    item_id: str
    ticked: bool
    actor_id: str
    actor_role: Role
    at: datetime
    note: str = ""

    def __post_init__(self) -> None:
        _require_aware(self.at)


@dataclass(frozen=True)
class ItemState:
    """Current state of an item; ``by``/``at``/``note`` come from its latest event."""

    ticked: bool = False
    by: str | None = None
    at: datetime | None = None
    note: str = ""


UNTOUCHED = ItemState()


@dataclass(frozen=True)
class ChecklistInstance:
    """A checklist run for one programme, ambassador, draft or incident.

    It keeps the template id *and version* it started with, so a later edit of the
    template never changes what was ticked here.
    """

    template_id: str
    template_version: int
    attached_kind: AttachTo
    entity_id: str
    events: tuple[ChecklistEvent, ...] = ()

    @classmethod
    def start(cls, template: Template, entity_id: str) -> ChecklistInstance:
        return cls(template.id, template.version, template.attaches_to, entity_id)

    @property
    def template_key(self) -> tuple[str, int]:
        return (self.template_id, self.template_version)

    def check_template(self, template: Template) -> None:
        """Raise ``template_mismatch`` unless ``template`` is the exact version started with."""
        if template.key != self.template_key:
            raise ChecklistError(
                ErrorCode.TEMPLATE_MISMATCH,
                expected=f"{self.template_id}@{self.template_version}",
                got=f"{template.id}@{template.version}",
            )

    def with_event(self, event: ChecklistEvent) -> ChecklistInstance:
        return ChecklistInstance(
            self.template_id,
            self.template_version,
            self.attached_kind,
            self.entity_id,
            (*self.events, event),
        )


def state(template: Template, events: Iterable[ChecklistEvent]) -> dict[str, ItemState]:
    """State of every item of ``template``, applying ``events`` in the order given.

    The order given is the order of record (the storage sequence), not ``at``: clocks
    on two PCs may disagree. Events for items the template does not have are ignored.
    """
    result = {item.id: UNTOUCHED for item in template.items}
    for event in events:
        if event.item_id in result:
            result[event.item_id] = ItemState(event.ticked, event.actor_id, event.at, event.note)
    return result


def history(events: Iterable[ChecklistEvent], item_id: str) -> list[ChecklistEvent]:
    """Every tick and untick of one item, oldest first."""
    return [event for event in events if event.item_id == item_id]


def _acting_role(template: Template, item_id: str, actor_roles: Iterable[Role | str]) -> Role:
    item = template.item(item_id)
    roles: list[Role] = []
    for role in actor_roles:
        try:
            roles.append(Role(role))
        except ValueError:
            raise ChecklistError(ErrorCode.UNKNOWN_ROLE, value=str(role)) from None
    if item.role is Role.ANY:
        return roles[0] if roles else Role.ANY
    if item.role in roles:
        return item.role
    raise ChecklistError(
        ErrorCode.ROLE_NOT_ALLOWED,
        item_id=item_id,
        allowed=item.role.value,
        actor_roles=sorted(role.value for role in roles),
    )


def _change(
    template: Template,
    events: Sequence[ChecklistEvent],
    item_id: str,
    actor_id: str,
    actor_roles: Iterable[Role | str],
    at: datetime,
    note: str,
    ticked: bool,
) -> ChecklistEvent:
    role = _acting_role(template, item_id, actor_roles)
    _require_aware(at)
    current = state(template, events)[item_id]
    if current.ticked == ticked:
        code = ErrorCode.ALREADY_TICKED if ticked else ErrorCode.NOT_TICKED
        raise ChecklistError(code, item_id=item_id)
    return ChecklistEvent(item_id, ticked, actor_id, role, at, note)


def tick(
    template: Template,
    events: Sequence[ChecklistEvent],
    item_id: str,
    actor_id: str,
    actor_roles: Iterable[Role | str],
    at: datetime,
    note: str = "",
) -> ChecklistEvent:
    """The event that ticks ``item_id``; the caller stores it.

    Raises ChecklistError: ``unknown_item``, ``role_not_allowed``, ``unknown_role``,
    ``already_ticked``, ``naive_datetime``. ``actor_roles`` are the actor's profile
    roles plus ``author`` when they wrote the draft in question.
    """
    return _change(template, events, item_id, actor_id, actor_roles, at, note, True)


def untick(
    template: Template,
    events: Sequence[ChecklistEvent],
    item_id: str,
    actor_id: str,
    actor_roles: Iterable[Role | str],
    at: datetime,
    note: str = "",
) -> ChecklistEvent:
    """The event that unticks ``item_id``; same role rule as ticking, ``not_ticked`` if open."""
    return _change(template, events, item_id, actor_id, actor_roles, at, note, False)
