"""Normalise post text for matching while keeping offsets into the original.

Posts arrive with non-breaking spaces, soft hyphens, zero-width joiners, CRLF,
decomposed umlauts and "bold" maths letters from LinkedIn formatters. Patterns
are written for plain text, so the checker matches on a cleaned copy and maps
every hit back to the exact span of the text the author typed.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

# Same-length replacements: done with str.translate, offsets stay 1:1.
_ONE_TO_ONE = {
    **{cp: " " for cp in (0x00A0, 0x1680, 0x202F, 0x205F, 0x3000, *range(0x2000, 0x200B))},
    0x2018: "'", 0x2019: "'", 0x201A: "'", 0x201B: "'", 0x2032: "'", 0x00B4: "'", 0x0060: "'",
    0x201C: '"', 0x201D: '"', 0x201E: '"', 0x201F: '"', 0x00AB: '"', 0x00BB: '"',
    0x2010: "-", 0x2011: "-", 0x2012: "-", 0x2013: "-", 0x2014: "-", 0x2212: "-",
    0xFF05: "%", 0xFF03: "#", 0xFE5F: "#", 0x2215: "/", 0xFF0F: "/",
}
_TRANSLATION = str.maketrans(_ONE_TO_ONE)

# Characters that vanish: soft hyphen, zero-width space/joiners, word joiner, BOM,
# variation selectors (emoji presentation).
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff\ufe0e\ufe0f"

# Runs that change length: whitespace other than a single space, invisible
# characters, a letter followed by combining marks, maths alphanumerics.
_SPECIAL = re.compile(
    r"(?P<ws>(?:[ \t\r\n\v\f\u2028\u2029\x85]|[" + _INVISIBLE + r"])*"
    r"[\t\r\n\v\f\u2028\u2029\x85]"
    r"(?:[ \t\r\n\v\f\u2028\u2029\x85]|[" + _INVISIBLE + r"])*"
    r"| {2,}(?:[ " + _INVISIBLE + r"])*)"
    r"|(?P<inv>[" + _INVISIBLE + r"]+)"
    r"|(?P<comb>.[\u0300-\u036f]+)"
    r"|(?P<math>[\U0001D400-\U0001D7FF]+)",
    re.DOTALL,
)


@dataclass(frozen=True)
class NormalisedText:
    """The cleaned text plus the pieces needed to map offsets back."""

    text: str
    original: str
    # Parallel lists: normalised start of each piece, original start, original end,
    # and whether the piece is copied 1:1 (True) or replaces an original span (False).
    _norm_starts: tuple[int, ...]
    _orig_starts: tuple[int, ...]
    _orig_ends: tuple[int, ...]
    _copied: tuple[bool, ...]

    def _piece(self, pos: int) -> int:
        return max(bisect_right(self._norm_starts, pos) - 1, 0)

    def original_start(self, pos: int) -> int:
        """Original offset of the normalised character at ``pos``."""
        if not self._norm_starts:
            return pos
        i = self._piece(pos)
        if self._copied[i]:
            return min(self._orig_starts[i] + pos - self._norm_starts[i], len(self.original))
        return self._orig_starts[i]

    def original_end(self, end: int) -> int:
        """Original offset just after the normalised character at ``end - 1``."""
        if end <= 0:
            return 0
        if not self._norm_starts:
            return end
        i = self._piece(end - 1)
        if self._copied[i]:
            return min(self._orig_starts[i] + end - self._norm_starts[i], len(self.original))
        return self._orig_ends[i]


def normalise(original: str) -> NormalisedText:
    """Clean ``original`` for matching; see the module docstring for what changes."""
    translated = _translate(original)
    matches = list(_SPECIAL.finditer(translated))
    if not matches:
        return NormalisedText(translated, original, (), (), (), ())
    parts: list[str] = []
    norm_starts: list[int] = []
    orig_starts: list[int] = []
    orig_ends: list[int] = []
    copied: list[bool] = []
    npos = 0
    last = 0
    for m in matches:
        start, end = m.span()
        pieces = [(translated[last:start], last, start, True)] if start > last else []
        pieces.extend(_replacements(m, start, end))
        for piece, ostart, oend, is_copy in pieces:
            if piece:
                parts.append(piece)
                norm_starts.append(npos)
                orig_starts.append(ostart)
                orig_ends.append(oend)
                copied.append(is_copy)
                npos += len(piece)
        last = end
    if last < len(translated):
        parts.append(translated[last:])
        norm_starts.append(npos)
        orig_starts.append(last)
        orig_ends.append(len(translated))
        copied.append(True)
    return NormalisedText(
        "".join(parts), original, tuple(norm_starts), tuple(orig_starts), tuple(orig_ends),
        tuple(copied),
    )


def _translate(original: str) -> str:
    """``str.translate`` is slow on non-ASCII text; replace only the few characters present."""
    if original.isascii():
        return original.translate(_TRANSLATION)
    return _ONE_TO_ONE_RE.sub(_one_to_one, original)


def _one_to_one(m: re.Match[str]) -> str:
    return _ONE_TO_ONE[ord(m.group())]


_ONE_TO_ONE_RE = re.compile("[" + "".join(re.escape(chr(cp)) for cp in _ONE_TO_ONE) + "]")


def _replacements(m: re.Match[str], start: int, end: int) -> list[tuple[str, int, int, bool]]:
    """The normalised pieces for one special run (none for invisible characters)."""
    kind = m.lastgroup
    if kind == "ws":
        return [(" ", start, end, False)]
    if kind == "comb":
        composed = unicodedata.normalize("NFC", m.group())
        composed = "".join(ch for ch in composed if not unicodedata.combining(ch)) or " "
        return [(composed, start, end, False)]
    if kind == "math":
        return [
            (unicodedata.normalize("NFKC", ch), start + offset, start + offset + 1, False)
            for offset, ch in enumerate(m.group())
        ]
    return []
