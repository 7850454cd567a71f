"""Word-level differences between two revisions of a post, for the reviewer's view.

Tokens are runs of non-whitespace and runs of whitespace, so emoji sequences and
combining marks stay whole and joining the pieces gives back the exact texts.
Long texts are cut into small pieces first at words that occur once in each side
(the "patience" idea); difflib then compares the pieces. A piece that is still
huge and has no such anchor is shown as replaced as a whole, so time stays bounded.
"""

from __future__ import annotations

import bisect
import difflib
import html
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

DiffKind = Literal["equal", "insert", "delete"]

_TOKEN = re.compile(r"\s+|\S+")
#: Above this many token pairs a gap is split at anchors before difflib sees it.
_DIRECT_LIMIT = 400 * 400
#: A gap without anchors is compared directly up to this many token pairs.
_FALLBACK_LIMIT = 2000 * 2000

INS_STYLE = "background-color:#d7f5dd;color:#0b5a1f;text-decoration:none;"
DEL_STYLE = "background-color:#fde0e0;color:#8c1b1b;text-decoration:line-through;"


@dataclass(frozen=True)
class DiffOp:
    kind: DiffKind
    text: str


def tokenize(text: str) -> list[str]:
    return _TOKEN.findall(text)


def word_diff(old: str, new: str) -> list[DiffOp]:
    """Edits turning ``old`` into ``new``.

    Joining the ``equal`` and ``insert`` texts gives ``new``; ``equal`` and ``delete``
    give ``old``. Neighbouring operations of one kind are merged; a replacement is a
    ``delete`` followed by an ``insert``.
    """
    a, b = tokenize(old), tokenize(new)
    raw: list[tuple[DiffKind, list[str]]] = []
    _diff(a, 0, len(a), b, 0, len(b), raw)
    return _merge(raw)


def _diff(
    a: Sequence[str],
    alo: int,
    ahi: int,
    b: Sequence[str],
    blo: int,
    bhi: int,
    out: list[tuple[DiffKind, list[str]]],
) -> None:
    prefix = 0
    while alo + prefix < ahi and blo + prefix < bhi and a[alo + prefix] == b[blo + prefix]:
        prefix += 1
    if prefix:
        out.append(("equal", list(a[alo : alo + prefix])))
        alo, blo = alo + prefix, blo + prefix
    suffix = 0
    while alo < ahi - suffix and blo < bhi - suffix and a[ahi - suffix - 1] == b[bhi - suffix - 1]:
        suffix += 1
    tail = list(a[ahi - suffix : ahi])
    ahi, bhi = ahi - suffix, bhi - suffix

    if alo == ahi or blo == bhi:
        _emit_change(a, alo, ahi, b, blo, bhi, out)
    elif (ahi - alo) * (bhi - blo) <= _DIRECT_LIMIT:
        _difflib(a, alo, ahi, b, blo, bhi, out)
    else:
        anchors = _anchors(a, alo, ahi, b, blo, bhi)
        if anchors:
            i, j = alo, blo
            for ai, bj in anchors:
                _diff(a, i, ai, b, j, bj, out)
                out.append(("equal", [a[ai]]))
                i, j = ai + 1, bj + 1
            _diff(a, i, ahi, b, j, bhi, out)
        elif (ahi - alo) * (bhi - blo) <= _FALLBACK_LIMIT:
            _difflib(a, alo, ahi, b, blo, bhi, out)
        else:
            _emit_change(a, alo, ahi, b, blo, bhi, out)
    if tail:
        out.append(("equal", tail))


def _emit_change(
    a: Sequence[str],
    alo: int,
    ahi: int,
    b: Sequence[str],
    blo: int,
    bhi: int,
    out: list[tuple[DiffKind, list[str]]],
) -> None:
    if alo < ahi:
        out.append(("delete", list(a[alo:ahi])))
    if blo < bhi:
        out.append(("insert", list(b[blo:bhi])))


def _difflib(
    a: Sequence[str],
    alo: int,
    ahi: int,
    b: Sequence[str],
    blo: int,
    bhi: int,
    out: list[tuple[DiffKind, list[str]]],
) -> None:
    matcher = difflib.SequenceMatcher(None, a[alo:ahi], b[blo:bhi], autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            out.append(("equal", list(a[alo + i1 : alo + i2])))
        else:
            _emit_change(a, alo + i1, alo + i2, b, blo + j1, blo + j2, out)


def _anchors(
    a: Sequence[str], alo: int, ahi: int, b: Sequence[str], blo: int, bhi: int
) -> list[tuple[int, int]]:
    """Words found exactly once on each side, in an order both sides agree on."""
    count_a = Counter(a[alo:ahi])
    count_b = Counter(b[blo:bhi])
    where_b = {b[j]: j for j in range(blo, bhi) if count_b[b[j]] == 1 and count_a.get(b[j]) == 1}
    pairs = [(i, where_b[a[i]]) for i in range(alo, ahi) if a[i] in where_b]
    return _longest_increasing(pairs)


def _longest_increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Longest chain of pairs whose second items increase (patience sorting)."""
    tops: list[int] = []
    top_index: list[int] = []
    back: list[int] = [-1] * len(pairs)
    for k, (_, j) in enumerate(pairs):
        pos = bisect.bisect_left(tops, j)
        if pos == len(tops):
            tops.append(j)
            top_index.append(k)
        else:
            tops[pos] = j
            top_index[pos] = k
        back[k] = top_index[pos - 1] if pos else -1
    chain: list[tuple[int, int]] = []
    k = top_index[-1] if top_index else -1
    while k != -1:
        chain.append(pairs[k])
        k = back[k]
    chain.reverse()
    return chain


def _merge(raw: Iterable[tuple[DiffKind, list[str]]]) -> list[DiffOp]:
    """Join neighbouring equal pieces; each run of changes becomes one delete, one insert."""
    result: list[DiffOp] = []
    deleted: list[str] = []
    inserted: list[str] = []

    def flush() -> None:
        if deleted:
            result.append(DiffOp("delete", "".join(deleted)))
        if inserted:
            result.append(DiffOp("insert", "".join(inserted)))
        deleted.clear()
        inserted.clear()

    for kind, tokens in raw:
        if not tokens:
            continue
        if kind == "delete":
            deleted.extend(tokens)
        elif kind == "insert":
            inserted.extend(tokens)
        else:
            flush()
            text = "".join(tokens)
            if result and result[-1].kind == "equal":
                result[-1] = DiffOp("equal", result[-1].text + text)
            else:
                result.append(DiffOp("equal", text))
    flush()
    return result


def diff_html(ops: Iterable[DiffOp]) -> str:
    """Escaped HTML for a QTextBrowser: <ins>/<del> with inline styles, spacing kept.

    A change that is only a line break gets a visible ``↵`` so it cannot be missed.
    """
    parts: list[str] = ['<div style="white-space:pre-wrap;">']
    for op in ops:
        text = html.escape(op.text, quote=False)
        if op.kind == "equal":
            parts.append(text)
            continue
        if not op.text.strip() and "\n" in op.text:
            text = "\u21b5" + text
        tag, style = ("ins", INS_STYLE) if op.kind == "insert" else ("del", DEL_STYLE)
        parts.append(f'<{tag} style="{style}">{text}</{tag}>')
    parts.append("</div>")
    return "".join(parts)
