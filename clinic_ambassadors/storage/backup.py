"""Backups with SQLite's online backup API, thinned like Anki's: recent ones kept,
older ones kept one per day, then one per week."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from clinic_ambassadors import paths
from clinic_ambassadors.storage.errors import translate_sqlite_error

if TYPE_CHECKING:
    from clinic_ambassadors.storage.connection import ProgrammeFile

KEEP_RECENT = 10
KEEP_DAILY_DAYS = 14
KEEP_WEEKLY_WEEKS = 12


def backup_folder_for(db_path: Path) -> Path:
    folder = paths.backup_dir() / db_path.stem
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def backup_to(pf: ProgrammeFile, dest: Path) -> Path:
    """Copy the open file to ``dest`` consistently, even while it is in use."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_suffix(dest.suffix + ".part")
    try:
        target = sqlite3.connect(str(tmp))
        try:
            pf.conn.backup(target)
        finally:
            target.close()
        tmp.replace(dest)
    except sqlite3.Error as exc:
        tmp.unlink(missing_ok=True)
        raise translate_sqlite_error(exc) from exc
    except OSError:
        tmp.unlink(missing_ok=True)
        raise
    return dest


def backup_now(pf: ProgrammeFile, reason: str = "manual") -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    dest = backup_folder_for(pf.path) / f"{pf.path.stem}-{stamp}-{reason}.sqlite"
    backup_to(pf, dest)
    thin_backups(dest.parent)
    return dest


def list_backups(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.sqlite"), key=lambda p: p.stat().st_mtime, reverse=True)


def thin_backups(folder: Path, now: datetime | None = None) -> list[Path]:
    """Delete surplus backups; return what was deleted. Upgrade backups are never thinned."""
    now = now or datetime.now(UTC)
    keep: set[Path] = set()
    seen_days: set[str] = set()
    seen_weeks: set[str] = set()
    backups = [p for p in list_backups(folder) if "before-upgrade" not in p.name]
    for i, p in enumerate(backups):
        when = datetime.fromtimestamp(p.stat().st_mtime, UTC)
        age = now - when
        day, week = when.strftime("%Y-%m-%d"), when.strftime("%G-%V")
        if i < KEEP_RECENT:
            keep.add(p)
        elif age <= timedelta(days=KEEP_DAILY_DAYS) and day not in seen_days:
            keep.add(p)
        elif age <= timedelta(weeks=KEEP_WEEKLY_WEEKS) and week not in seen_weeks:
            keep.add(p)
        seen_days.add(day)
        seen_weeks.add(week)
    deleted = [p for p in backups if p not in keep]
    for p in deleted:
        p.unlink(missing_ok=True)
    return deleted


def restore(backup_file: Path, target: Path) -> None:
    """Replace ``target`` with a backup; the current file is kept beside it first."""
    if target.exists():
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        target.replace(target.with_name(f"{target.stem}-replaced-{stamp}{target.suffix}"))
        for suffix in ("-wal", "-shm"):
            Path(str(target) + suffix).unlink(missing_ok=True)
    src = sqlite3.connect(f"{backup_file.resolve().as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(str(target))
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
