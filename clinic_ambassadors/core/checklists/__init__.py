"""Checklist engine: versioned templates (TOML), event-sourced instances, gates.

Pure Python: no Qt, no SQL. Storage keeps templates as TOML text and instances as
their events; services call these functions to decide what a user may do.
"""

from __future__ import annotations

from .errors import ChecklistError, ErrorCode, TemplateError
from .facts import (
    ITEM_FACTS,
    Contradiction,
    Fact,
    Problem,
    RecordedProblem,
    contradictions,
    linked_fact,
    refuse_if_contradicted,
)
from .gates import due_at, due_hours, is_complete, missing_required, next_open, overdue, progress
from .instance import (
    ChecklistEvent,
    ChecklistInstance,
    ItemState,
    history,
    state,
    tick,
    untick,
)
from .model import (
    CRISIS_DUE_HOURS,
    KIND_ATTACHES_TO,
    LANGUAGES,
    AttachTo,
    CrisisStep,
    Item,
    Kind,
    LocalText,
    Part,
    Role,
    Step,
    Template,
)
from .parse import LoadResult, default_folder, load_templates, parse_template
from .structure import check_template
from .toml_out import template_to_toml

__all__ = [
    "CRISIS_DUE_HOURS",
    "ITEM_FACTS",
    "KIND_ATTACHES_TO",
    "LANGUAGES",
    "AttachTo",
    "ChecklistError",
    "ChecklistEvent",
    "ChecklistInstance",
    "Contradiction",
    "CrisisStep",
    "ErrorCode",
    "Fact",
    "Item",
    "ItemState",
    "Kind",
    "LoadResult",
    "LocalText",
    "Part",
    "Problem",
    "RecordedProblem",
    "Role",
    "Step",
    "Template",
    "TemplateError",
    "check_template",
    "contradictions",
    "default_folder",
    "due_at",
    "due_hours",
    "history",
    "is_complete",
    "linked_fact",
    "load_templates",
    "missing_required",
    "next_open",
    "overdue",
    "parse_template",
    "progress",
    "refuse_if_contradicted",
    "state",
    "template_to_toml",
    "tick",
    "untick",
]
