"""Map between Python string offsets (code points) and Qt text positions (UTF-16 units).

The checker reports offsets into a Python ``str``; ``QTextDocument`` counts UTF-16
code units, so every emoji outside the BMP before a finding shifts it by one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


@dataclass(frozen=True)
class TextOffsets:
    """Offset tables for one text; cheap to build (one regex scan) and to query (bisect)."""

    length: int
    # Code-point index of each character outside the BMP, ascending.
    _astral: tuple[int, ...] = ()

    @classmethod
    def of(cls, text: str) -> TextOffsets:
        return cls(len(text), tuple(m.start() for m in _ASTRAL.finditer(text)))

    @property
    def utf16_length(self) -> int:
        return self.length + len(self._astral)

    def to_utf16(self, index: int) -> int:
        """Qt position of the Python offset ``index`` (0 <= index <= len(text))."""
        index = min(max(index, 0), self.length)
        return index + bisect_left(self._astral, index)

    def from_utf16(self, position: int) -> int:
        """Python offset of a Qt position; a position inside a surrogate pair rounds down."""
        position = min(max(position, 0), self.utf16_length)
        # The i-th astral character starts at UTF-16 position astral[i] + i.
        lo, hi = 0, len(self._astral)
        while lo < hi:
            mid = (lo + hi) // 2
            if self._astral[mid] + mid < position:
                lo = mid + 1
            else:
                hi = mid
        # lo astral characters start before ``position``; if the last one starts exactly one
        # unit before it, ``position`` points at its low surrogate.
        if lo and self._astral[lo - 1] + lo - 1 == position - 1:
            return self._astral[lo - 1]
        return position - lo
