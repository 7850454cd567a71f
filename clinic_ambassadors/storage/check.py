"""Check database: the same report for the app's menu and the ``check`` command."""

from __future__ import annotations

import sqlite3
from typing import Any

from clinic_ambassadors.storage import audit
from clinic_ambassadors.storage.connection import ProgrammeFile, schema_version
from clinic_ambassadors.storage.signatures import verify_decisions
from clinic_ambassadors.storage.migrations import known_names, migrations


def run_check(pf: ProgrammeFile) -> dict[str, Any]:
    db = pf.db
    problems: list[dict[str, Any]] = []
    try:
        integrity = [r[0] for r in db.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError as exc:
        integrity = [f"unreadable: {exc}"]
    if integrity != ["ok"]:
        problems += [{"code": "integrity", "detail": line} for line in integrity[:50]]
        return _report(pf, None, {}, problems)
    for table, rowid, parent, _fkid in db.execute("PRAGMA foreign_key_check"):
        problems.append({"code": "foreign_key", "detail": f"{table} row {rowid} -> {parent}"})
    broken = audit.verify_chain(db)
    if broken:
        problems.append({"code": "audit_chain",
                         "detail": f"audit events changed or removed at seq {broken[:10]}"})
    if "review_decisions" in db.table_names():
        _signed, bad = verify_decisions(db)
        if bad:
            problems.append({"code": "signature",
                             "detail": f"review decisions with a wrong signature: {bad[:10]}"})
    version = schema_version(db)
    if version != len(known_names()):
        problems.append({"code": "schema", "detail": f"schema {version} of {len(known_names())}"})
    counts = {
        name: db[name].count
        for name in sorted(db.table_names())
        if not name.startswith(("_", "sqlite_")) and "_fts" not in name
    }
    return _report(pf, version, counts, problems)


def _report(pf: ProgrammeFile, version: int | None, counts: dict[str, int],
            problems: list[dict[str, Any]]) -> dict[str, Any]:
    migrated = [m.name for m in migrations.applied(pf.db)] if version is not None else []
    return {
        "ok": not problems,
        "file": str(pf.path),
        "schema": {"version": version, "latest": len(known_names()), "migrations": migrated},
        "journal_mode": pf.journal_mode,
        "read_only": pf.read_only,
        "counts": counts,
        "problems": problems,
    }
