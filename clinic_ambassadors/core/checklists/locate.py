"""Find the line of a key in TOML text, so schema errors can point into the file.

tomllib gives values without positions; scanning the text for headers and keys is
enough for the plain layout our templates use (tables, arrays of tables, dotted keys).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .structure import Path

_HEADER = re.compile(r"^\s*(\[\[|\[)\s*([^\[\]]+?)\s*(\]\]|\])\s*(#.*)?$")


def _norm(name: str) -> str:
    return ".".join(part.strip().strip("\"'") for part in name.split("."))


@dataclass(frozen=True)
class _Header:
    line: int  # 1-based
    is_array: bool
    name: str


class KeyLocator:
    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()
        self.headers: list[_Header] = []
        in_multiline = False
        for number, line in enumerate(self.lines, start=1):
            if line.count('"""') % 2 == 1 or line.count("'''") % 2 == 1:
                in_multiline = not in_multiline
                continue
            if in_multiline:
                continue
            match = _HEADER.match(line)
            if match:
                self.headers.append(_Header(number, match.group(1) == "[[", _norm(match.group(2))))

    def _end_of(self, start: int) -> int:
        """Last line (1-based) before the next header after line ``start``."""
        for header in self.headers:
            if header.line > start:
                return header.line - 1
        return len(self.lines)

    def _find_key(self, first: int, last: int, dotted: str) -> int | None:
        """Line in [first, last] where ``dotted`` (e.g. 'text' or 'text.de') is assigned."""
        parts = [re.escape(part) for part in dotted.split(".")]
        pattern = re.compile(r"^\s*" + r"\s*\.\s*".join(parts) + r"\s*[.=]")
        for number in range(max(first, 1), min(last, len(self.lines)) + 1):
            line = self.lines[number - 1]
            if pattern.match(line) and not _HEADER.match(line):
                return number
        return None

    def locate(self, path: Path) -> int | None:
        """Best line for ``path`` such as ('items', 2, 'text', 'de'); None if nothing fits."""
        keys = [str(part) for part in path if not isinstance(part, int)]
        if len(path) >= 2 and isinstance(path[1], int):
            table, index = str(path[0]), path[1]
            arrays = [h for h in self.headers if h.is_array and h.name == table]
            if index >= len(arrays):
                return self._find_key(1, self._first_header_line() - 1, table)
            start = arrays[index].line
            end = self._block_end(start, table)
            return self._search(start, end, table, keys[1:]) or start
        top_end = self._first_header_line() - 1
        return self._search(1, top_end, "", keys) or (1 if self.lines else None)

    def _first_header_line(self) -> int:
        return self.headers[0].line if self.headers else len(self.lines) + 1

    def _block_end(self, start: int, table: str) -> int:
        """End of an array-of-tables element, including its [table.sub] sub-tables."""
        for header in self.headers:
            if header.line <= start:
                continue
            if header.is_array or not header.name.startswith(table + "."):
                return header.line - 1
        return len(self.lines)

    def _search(self, first: int, last: int, prefix: str, keys: list[str]) -> int | None:
        if not keys:
            return None
        # Longest dotted key first: 'text.de' beats 'text'.
        for size in range(len(keys), 0, -1):
            found = self._find_key(first, last, ".".join(keys[:size]))
            if found is not None:
                return found
        # A sub-table such as [title] or [items.text].
        name = f"{prefix}.{keys[0]}" if prefix else keys[0]
        for header in self.headers:
            if header.is_array or header.name != name:
                continue
            if prefix and not first <= header.line <= last:
                continue
            sub_end = self._end_of(header.line)
            return self._search(header.line + 1, sub_end, name, keys[1:]) or header.line
        return None
