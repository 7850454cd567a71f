"""Read checklist templates from TOML text and from the shipped resources folder.

One bad file must never hide the good ones: each failure becomes a TemplateError
with file name, line and code, and loading goes on.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path as FilePath
from typing import Any, NoReturn

from .errors import ErrorCode, TemplateError
from .locate import KeyLocator
from .model import LANGUAGES, AttachTo, Item, Kind, LocalText, Part, Role, Step, Template
from .structure import Path, path_text, structure_problems

_TOP_KEYS = frozenset(
    {"id", "version", "kind", "attaches_to", "title", "description", "note", "steps", "items"}
)
_ITEM_KEYS = frozenset(
    {"id", "text", "help", "basis", "required", "role", "part", "step", "owner_role", "due_hours"}
)
_STEP_KEYS = frozenset({"id", "title"})
_TOML_POSITION = re.compile(r"at line (\d+), column (\d+)")


@dataclass(frozen=True)
class LoadResult:
    """Latest version of every valid template by id, and what went wrong elsewhere."""

    templates: dict[str, Template] = field(default_factory=dict)
    errors: list[TemplateError] = field(default_factory=list)


def default_folder() -> FilePath:
    from clinic_ambassadors.resource_files import resource_path

    return resource_path("checklists")


def load_templates(folder: FilePath | str | None = None) -> LoadResult:
    """Load every ``*.toml`` in ``folder`` (default: the shipped checklists)."""
    where = FilePath(folder) if folder is not None else default_folder()
    result = LoadResult()
    if not where.is_dir():
        result.errors.append(TemplateError(ErrorCode.FOLDER_MISSING, source=str(where)))
        return result
    seen: set[tuple[str, int]] = set()
    for path in sorted(where.glob("*.toml")):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            result.errors.append(
                TemplateError(ErrorCode.UNREADABLE, source=path.name, reason=type(exc).__name__)
            )
            continue
        try:
            template = parse_template(text, path.name)
        except TemplateError as exc:
            result.errors.append(exc)
            continue
        if template.key in seen:
            result.errors.append(
                TemplateError(
                    ErrorCode.DUPLICATE_TEMPLATE,
                    source=path.name,
                    line=KeyLocator(text).locate(("version",)),
                    field="version",
                    template_id=template.id,
                    version=template.version,
                )
            )
            continue
        seen.add(template.key)
        current = result.templates.get(template.id)
        if current is None or template.version > current.version:
            result.templates[template.id] = template
    return result


def parse_template(text: str, source_name: str) -> Template:
    """Parse and validate one template; raise TemplateError with the line of the problem."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        match = _TOML_POSITION.search(message)
        line = int(match.group(1)) if match else max(len(text.splitlines()), 1)
        column = int(match.group(2)) if match else None
        raise TemplateError(
            ErrorCode.TOML_SYNTAX, source=source_name, line=line, column=column, detail=message
        ) from None
    return _Reader(text, source_name).template(data)


class _Reader:
    def __init__(self, text: str, source: str) -> None:
        self.source = source
        self.locator = KeyLocator(text)

    def fail(self, code: ErrorCode, path: Path, **data: Any) -> NoReturn:
        raise TemplateError(
            code,
            source=self.source,
            line=self.locator.locate(path),
            field=path_text(path),
            **data,
        )

    def template(self, data: Mapping[str, Any]) -> Template:
        self.no_unknown_keys(data, _TOP_KEYS, ())
        steps_raw = self.optional(data, "steps", list, (), "array of tables") or []
        items_raw = self.required(data, "items", list, (), "array of tables")
        template = Template(
            id=self.required(data, "id", str, (), "string"),
            version=self.integer(data, "version", (), required=True) or 0,
            kind=self.choice(data, "kind", Kind, (), ErrorCode.UNKNOWN_VALUE),
            attaches_to=self.choice(data, "attaches_to", AttachTo, (), ErrorCode.UNKNOWN_VALUE),
            title=self.text(data, "title", ()),
            description=self.optional_text(data, "description", ()),
            note=self.optional_text(data, "note", ()),
            steps=tuple(self.step(raw, ("steps", i)) for i, raw in enumerate(steps_raw)),
            items=tuple(self.item(raw, ("items", i)) for i, raw in enumerate(items_raw)),
        )
        problems = structure_problems(template)
        if problems:
            self.fail(problems[0].code, problems[0].path, **problems[0].data)
        return template

    def step(self, raw: Any, at: Path) -> Step:
        table = self.table(raw, at)
        self.no_unknown_keys(table, _STEP_KEYS, at)
        return Step(
            id=self.required(table, "id", str, at, "string"), title=self.text(table, "title", at)
        )

    def item(self, raw: Any, at: Path) -> Item:
        table = self.table(raw, at)
        self.no_unknown_keys(table, _ITEM_KEYS, at)
        part = table.get("part")
        return Item(
            id=self.required(table, "id", str, at, "string"),
            text=self.text(table, "text", at),
            required=self.required(table, "required", bool, at, "boolean"),
            role=self.choice(table, "role", Role, at, ErrorCode.UNKNOWN_ROLE),
            help=self.optional_text(table, "help", at),
            basis=self.optional_text(table, "basis", at, allow_plain=True),
            part=None
            if part is None
            else self.choice(table, "part", Part, at, ErrorCode.UNKNOWN_VALUE),
            step=self.optional(table, "step", str, at, "string"),
            owner_role=(
                None
                if table.get("owner_role") is None
                else self.choice(table, "owner_role", Role, at, ErrorCode.UNKNOWN_ROLE)
            ),
            due_hours=self.integer(table, "due_hours", at, required=False),
        )

    # --- typed field readers -------------------------------------------------

    def table(self, raw: Any, at: Path) -> Mapping[str, Any]:
        if not isinstance(raw, dict):
            self.fail(ErrorCode.WRONG_TYPE, at, expected="table", got=type(raw).__name__)
        return raw

    def no_unknown_keys(self, table: Mapping[str, Any], allowed: frozenset[str], at: Path) -> None:
        for key in table:
            if key not in allowed:
                self.fail(ErrorCode.UNKNOWN_KEY, (*at, key), key=key)

    def required(self, table: Mapping[str, Any], key: str, kind: type, at: Path, name: str) -> Any:
        if key not in table:
            self.fail(ErrorCode.MISSING_FIELD, (*at, key), key=key)
        return self.optional(table, key, kind, at, name)

    def optional(self, table: Mapping[str, Any], key: str, kind: type, at: Path, name: str) -> Any:
        value = table.get(key)
        if value is None:
            return None
        wrong = not isinstance(value, kind) or (kind is not bool and isinstance(value, bool))
        if wrong:
            self.fail(ErrorCode.WRONG_TYPE, (*at, key), expected=name, got=type(value).__name__)
        return value

    def integer(
        self, table: Mapping[str, Any], key: str, at: Path, *, required: bool
    ) -> int | None:
        if required:
            return int(self.required(table, key, int, at, "integer"))
        value = self.optional(table, key, int, at, "integer")
        return None if value is None else int(value)

    def choice(
        self, table: Mapping[str, Any], key: str, enum: Any, at: Path, code: ErrorCode
    ) -> Any:
        value = self.required(table, key, str, at, "string")
        try:
            return enum(value)
        except ValueError:
            self.fail(code, (*at, key), value=value, allowed=[member.value for member in enum])

    def text(self, table: Mapping[str, Any], key: str, at: Path) -> LocalText:
        if key not in table:
            self.fail(ErrorCode.MISSING_FIELD, (*at, key), key=key)
        result = self.optional_text(table, key, at)
        assert result is not None
        return result

    def optional_text(
        self, table: Mapping[str, Any], key: str, at: Path, *, allow_plain: bool = False
    ) -> LocalText | None:
        value = table.get(key)
        if value is None:
            return None
        if allow_plain and isinstance(value, str):
            return LocalText(de=value, en=value)
        if not isinstance(value, dict):
            self.fail(ErrorCode.WRONG_TYPE, (*at, key), expected="text", got=type(value).__name__)
        self.no_unknown_keys(value, frozenset(LANGUAGES), (*at, key))
        de = self.required(value, "de", str, (*at, key), "string")
        en = self.required(value, "en", str, (*at, key), "string")
        return LocalText(de=de, en=en)
