"""Write a template back as TOML, so templates edited in the app can live in the programme file.

The output uses the same layout as the shipped files and parses back to an equal
Template (comments in hand-written files are not kept).
"""

from __future__ import annotations

from .model import LocalText, Template


def _string(value: str) -> str:
    out = ['"']
    for char in value:
        code = ord(char)
        if char == '"':
            out.append('\\"')
        elif char == "\\":
            out.append("\\\\")
        elif char == "\n":
            out.append("\\n")
        elif char == "\t":
            out.append("\\t")
        elif char == "\r":
            out.append("\\r")
        elif code < 0x20 or code == 0x7F:
            out.append(f"\\u{code:04X}")
        else:
            out.append(char)
    out.append('"')
    return "".join(out)


def _text(key: str, value: LocalText | None, *, allow_plain: bool = False) -> list[str]:
    if value is None:
        return []
    if allow_plain and value.de == value.en:
        return [f"{key} = {_string(value.de)}"]
    return [f"{key}.de = {_string(value.de)}", f"{key}.en = {_string(value.en)}"]


def template_to_toml(template: Template) -> str:
    lines = [
        f"id = {_string(template.id)}",
        f"version = {template.version}",
        f"kind = {_string(template.kind.value)}",
        f"attaches_to = {_string(template.attaches_to.value)}",
        *_text("title", template.title),
        *_text("description", template.description),
        *_text("note", template.note),
    ]
    for step in template.steps:
        lines += ["", "[[steps]]", f"id = {_string(step.id)}", *_text("title", step.title)]
    for item in template.items:
        lines += ["", "[[items]]", f"id = {_string(item.id)}"]
        if item.step is not None:
            lines.append(f"step = {_string(item.step)}")
        if item.part is not None:
            lines.append(f"part = {_string(item.part.value)}")
        lines.append(f"required = {'true' if item.required else 'false'}")
        lines.append(f"role = {_string(item.role.value)}")
        if item.owner_role is not None:
            lines.append(f"owner_role = {_string(item.owner_role.value)}")
        if item.due_hours is not None:
            lines.append(f"due_hours = {item.due_hours}")
        lines += _text("basis", item.basis, allow_plain=True)
        lines += _text("text", item.text)
        lines += _text("help", item.help)
    return "\n".join(lines) + "\n"
