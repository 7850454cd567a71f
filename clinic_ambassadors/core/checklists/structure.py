"""Rules a whole template must satisfy, shared by the TOML parser and ``Template.revised``."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .errors import ErrorCode, TemplateError
from .model import KIND_ATTACHES_TO, LANGUAGES, CrisisStep, Kind, LocalText, Part, Role, Template

SLUG = re.compile(r"^[a-z0-9][a-z0-9_]*$")

Path = tuple[str | int, ...]


@dataclass(frozen=True)
class Problem:
    code: ErrorCode
    path: Path
    data: dict[str, Any] = field(default_factory=dict)


def path_text(path: Path) -> str:
    """('items', 3, 'role') -> 'items[3].role' (0-based index, as in the data)."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out


def _text_problems(text: object, path: Path) -> list[Problem]:
    if not isinstance(text, LocalText):
        return [Problem(ErrorCode.WRONG_TYPE, path, {"expected": "text"})]
    return [
        Problem(ErrorCode.EMPTY_TEXT, (*path, lang))
        for lang in LANGUAGES
        if not isinstance(text[lang], str) or not text[lang].strip()
    ]


def structure_problems(template: Template) -> list[Problem]:
    """Everything wrong with a template, in file order; empty when it is valid."""
    problems: list[Problem] = []
    if not SLUG.match(template.id):
        problems.append(Problem(ErrorCode.INVALID_ID, ("id",), {"value": template.id}))
    if isinstance(template.version, bool) or template.version < 1:
        problems.append(Problem(ErrorCode.INVALID_VALUE, ("version",), {"value": template.version}))
    if KIND_ATTACHES_TO.get(template.kind) is not template.attaches_to:
        problems.append(
            Problem(
                ErrorCode.ATTACHES_TO_MISMATCH,
                ("attaches_to",),
                {"kind": str(template.kind), "value": str(template.attaches_to)},
            )
        )
    problems += _text_problems(template.title, ("title",))
    for name in ("description", "note"):
        value = getattr(template, name)
        if value is not None:
            problems += _text_problems(value, (name,))

    step_ids: set[str] = set()
    for index, step in enumerate(template.steps):
        if not SLUG.match(step.id):
            problems.append(
                Problem(ErrorCode.INVALID_ID, ("steps", index, "id"), {"value": step.id})
            )
        elif step.id in step_ids:
            problems.append(
                Problem(ErrorCode.DUPLICATE_STEP, ("steps", index, "id"), {"value": step.id})
            )
        elif template.kind is Kind.CRISIS_RESPONSE and step.id not in set(CrisisStep):
            problems.append(
                Problem(ErrorCode.UNKNOWN_STEP, ("steps", index, "id"), {"value": step.id})
            )
        step_ids.add(step.id)
        problems += _text_problems(step.title, ("steps", index, "title"))

    if not template.items:
        problems.append(Problem(ErrorCode.NO_ITEMS, ("items",)))
    item_ids: set[str] = set()
    for index, item in enumerate(template.items):
        problems += _item_problems(template, index, item, item_ids, step_ids)
        item_ids.add(item.id)
    return problems


def _item_problems(
    template: Template, index: int, item: Any, seen: set[str], step_ids: set[str]
) -> list[Problem]:
    at: Path = ("items", index)
    problems: list[Problem] = []
    if not isinstance(item.id, str) or not SLUG.match(item.id):
        problems.append(Problem(ErrorCode.INVALID_ID, (*at, "id"), {"value": item.id}))
    elif item.id in seen:
        problems.append(Problem(ErrorCode.DUPLICATE_ITEM, (*at, "id"), {"value": item.id}))
    problems += _text_problems(item.text, (*at, "text"))
    for name in ("help", "basis"):
        value = getattr(item, name)
        if value is not None:
            problems += _text_problems(value, (*at, name))
    if not isinstance(item.required, bool):
        problems.append(Problem(ErrorCode.WRONG_TYPE, (*at, "required"), {"expected": "boolean"}))
    if not isinstance(item.role, Role):
        problems.append(Problem(ErrorCode.UNKNOWN_ROLE, (*at, "role"), {"value": item.role}))
    if item.owner_role is not None and not isinstance(item.owner_role, Role):
        problems.append(
            Problem(ErrorCode.UNKNOWN_ROLE, (*at, "owner_role"), {"value": item.owner_role})
        )
    if template.kind is Kind.PRE_PUBLICATION:
        if item.part is None:
            problems.append(Problem(ErrorCode.MISSING_FIELD, (*at, "part")))
        elif not isinstance(item.part, Part):
            problems.append(Problem(ErrorCode.UNKNOWN_VALUE, (*at, "part"), {"value": item.part}))
    elif item.part is not None:
        problems.append(Problem(ErrorCode.PART_NOT_ALLOWED, (*at, "part"), {"value": item.part}))
    if item.step is None:
        if step_ids or template.kind is Kind.CRISIS_RESPONSE:
            problems.append(Problem(ErrorCode.MISSING_FIELD, (*at, "step")))
    elif item.step not in step_ids:
        problems.append(Problem(ErrorCode.UNKNOWN_STEP, (*at, "step"), {"value": item.step}))
    if item.due_hours is not None and (
        isinstance(item.due_hours, bool)
        or not isinstance(item.due_hours, int)
        or item.due_hours < 0
    ):
        problems.append(
            Problem(ErrorCode.INVALID_VALUE, (*at, "due_hours"), {"value": item.due_hours})
        )
    return problems


def check_template(template: Template, source: str = "") -> None:
    """Raise TemplateError for the first structural problem (no line: not from a file)."""
    problems = structure_problems(template)
    if problems:
        first = problems[0]
        raise TemplateError(first.code, source=source, field=path_text(first.path), **first.data)
