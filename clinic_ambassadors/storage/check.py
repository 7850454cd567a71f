"""Check database: the same report for the app's menu and the ``check`` command."""

from __future__ import annotations

from typing import Any

from clinic_ambassadors.storage import audit
from clinic_ambassadors.storage.connection import ProgrammeFile, schema_version
from clinic_ambassadors.storage.migrations import known_names, migrations


def run_check(pf: ProgrammeFile) -> dict[str, Any]:
    db = pf.db
    problems: list[dict[str, Any]] = []
    integrity = [r[0] for r in db.execute("PRAGMA integrity_check")]
    if integrity != ["ok"]:
        problems += [{"code": "integrity", "detail": line} for line in integrity[:50]]
    for table, rowid, parent, fkid in db.execute("PRAGMA foreign_key_check"):
        problems.append({"code": "foreign_key", "detail": f"{table} row {rowid} -> {parent}"})
    broken = audit.verify_chain(db)
    if broken:
        problems.append({"code": "audit_chain",
                         "detail": f"audit events changed or removed at seq {broken[:10]}"})
    version = schema_version(db)
    if version != len(known_names()):
        problems.append({"code": "schema", "detail": f"schema {version} of {len(known_names())}"})
    counts = {
        name: db[name].count
        for name in sorted(db.table_names())
        if not name.startswith(("_", "sqlite_")) and "_fts" not in name
    }
    return {
        "ok": not problems,
        "file": str(pf.path),
        "schema": {"version": version, "latest": len(known_names()),
                   "migrations": [m.name for m in migrations.applied(db)]},
        "journal_mode": pf.journal_mode,
        "read_only": pf.read_only,
        "counts": counts,
        "problems": problems,
    }
