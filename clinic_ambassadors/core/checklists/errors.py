"""Checklist errors carry a code and data so the UI can explain them in either language."""

from __future__ import annotations

from enum import StrEnum
from typing import Any


class ErrorCode(StrEnum):
    # Loading and validating templates
    TOML_SYNTAX = "toml_syntax"
    UNREADABLE = "unreadable"
    FOLDER_MISSING = "folder_missing"
    MISSING_FIELD = "missing_field"
    WRONG_TYPE = "wrong_type"
    UNKNOWN_KEY = "unknown_key"
    UNKNOWN_ROLE = "unknown_role"
    UNKNOWN_VALUE = "unknown_value"
    UNKNOWN_STEP = "unknown_step"
    INVALID_ID = "invalid_id"
    INVALID_VALUE = "invalid_value"
    EMPTY_TEXT = "empty_text"
    NO_ITEMS = "no_items"
    DUPLICATE_ITEM = "duplicate_item"
    DUPLICATE_STEP = "duplicate_step"
    DUPLICATE_TEMPLATE = "duplicate_template"
    ATTACHES_TO_MISMATCH = "attaches_to_mismatch"
    PART_NOT_ALLOWED = "part_not_allowed"
    # Working with instances
    UNKNOWN_ITEM = "unknown_item"
    ROLE_NOT_ALLOWED = "role_not_allowed"
    ALREADY_TICKED = "already_ticked"
    NOT_TICKED = "not_ticked"
    NAIVE_DATETIME = "naive_datetime"
    TEMPLATE_MISMATCH = "template_mismatch"
    CONTRADICTS_RECORDS = "contradicts_records"


class ChecklistError(Exception):
    """A checklist rule was broken; ``code`` and ``data`` say which and where.

    ``str(error)`` is a plain English fallback for the command line and logs only;
    the UI builds its own sentence from the code.
    """

    def __init__(self, code: ErrorCode | str, **data: Any) -> None:
        self.code = ErrorCode(code)
        self.data: dict[str, Any] = data
        super().__init__(self._fallback_text())

    def _fallback_text(self) -> str:
        details = ", ".join(f"{key}={value!r}" for key, value in self.data.items())
        return f"{self.code.value}: {details}" if details else self.code.value


class TemplateError(ChecklistError):
    """A template file or edited template is not valid.

    ``source`` is the file name (or another label), ``line``/``column`` are 1-based
    and None when unknown, ``field`` is the dotted path of the offending key
    (e.g. ``items[3].role``).
    """

    def __init__(
        self,
        code: ErrorCode | str,
        *,
        source: str = "",
        line: int | None = None,
        column: int | None = None,
        field: str = "",
        **data: Any,
    ) -> None:
        self.source = source
        self.line = line
        self.column = column
        self.field = field
        super().__init__(code, source=source, line=line, column=column, field=field, **data)

    def _fallback_text(self) -> str:
        where = self.source or "<template>"
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        extra = {k: v for k, v in self.data.items() if k not in {"source", "line", "column"}}
        details = ", ".join(f"{key}={value!r}" for key, value in extra.items() if value != "")
        return f"{where}: {self.code.value}" + (f" ({details})" if details else "")
