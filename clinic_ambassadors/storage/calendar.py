"""Drafts by day: planned drafts on their planned date, published ones on their publication day."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlite_utils import Database

from clinic_ambassadors.core.calendar import (
    PLANNED_STATES,
    PUBLISHED_STATES,
    CalendarEntry,
    EntryKind,
)
from clinic_ambassadors.core.drafts import DraftState

# Two indexed halves instead of one expression over both dates: drafts(planned_date) is
# indexed, and publications are few. The first publication of a draft is the day it went out.
_PLANNED = """
SELECT d.id AS id, d.title AS title, d.state AS state, d.ambassador_id,
       a.name AS ambassador_name, d.channels, d.paused,
       d.planned_date AS day, 'planned' AS kind, '' AS network, '' AS url
FROM drafts d LEFT JOIN ambassadors a ON a.id = d.ambassador_id
WHERE d.planned_date IS NOT NULL AND d.state IN ({planned}){range}{person}
"""
_PUBLISHED = """
SELECT d.id AS id, d.title AS title, d.state AS state, d.ambassador_id,
       a.name AS ambassador_name, d.channels, d.paused,
       p.published_on AS day, 'published' AS kind, p.network, p.url
FROM (SELECT draft_id, network, url, MIN(published_on) AS published_on
      FROM publications GROUP BY draft_id) p
JOIN drafts d ON d.id = p.draft_id LEFT JOIN ambassadors a ON a.id = d.ambassador_id
WHERE d.state IN ({published}){range}{person}
"""


def _states(states: frozenset[DraftState]) -> str:
    return ",".join(f"'{s.value}'" for s in sorted(states))


def entries(db: Database, start: date | None = None, end: date | None = None,
            ambassador_id: str | None = None) -> list[CalendarEntry]:
    """Entries with ``start <= day < end`` (either bound may be open), by day then title."""
    parts, params = [], []
    for sql, column in ((_PLANNED, "d.planned_date"), (_PUBLISHED, "p.published_on")):
        where, args = "", []
        if start is not None:
            where += f" AND {column} >= ?"
            args.append(start.isoformat())
        if end is not None:
            where += f" AND {column} < ?"
            args.append(end.isoformat())
        person = ""
        if ambassador_id:
            person = " AND d.ambassador_id = ?"
            args.append(ambassador_id)
        parts.append(sql.format(planned=_states(PLANNED_STATES),
                                published=_states(PUBLISHED_STATES), range=where, person=person))
        params += args
    sql = " UNION ALL ".join(parts) + " ORDER BY day, kind DESC, title COLLATE NOCASE, id"
    return [_entry(r) for r in db.query(sql, params)]


def _entry(r: dict[str, Any]) -> CalendarEntry:
    return CalendarEntry(
        draft_id=r["id"], day=date.fromisoformat(r["day"][:10]), kind=EntryKind(r["kind"]),
        title=r["title"], state=DraftState(r["state"]), ambassador_id=r["ambassador_id"],
        ambassador_name=r["ambassador_name"] or "",
        channels=tuple(json.loads(r["channels"] or "[]")), network=r["network"] or "",
        url=r["url"] or "", paused=bool(r["paused"]),
    )


def ambassador_names(db: Database) -> list[tuple[str, str]]:
    """(id, name) of everyone on the roster, for the calendar's filter."""
    return [(r[0], r[1]) for r in db.execute(
        "SELECT id, name FROM ambassadors ORDER BY name COLLATE NOCASE, id")]
