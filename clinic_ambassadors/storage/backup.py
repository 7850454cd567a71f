"""Backups with SQLite's online backup API, thinned like Anki's: recent ones kept,
older ones kept one per day, then one per week."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from clinic_ambassadors import paths
from clinic_ambassadors.storage.errors import StorageError, translate_sqlite_error

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
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(code="cannot_write", message=f"{dest} cannot be written: the "
                           "folder cannot be created there.") from exc
    if dest.is_dir():
        raise StorageError(code="target_is_folder", message=f"{dest} is a folder; give a file "
                           "name for the backup.")
    tmp = dest.with_suffix(dest.suffix + ".part")
    try:
        try:
            target = sqlite3.connect(str(tmp))
        except sqlite3.OperationalError as exc:
            raise StorageError(code="cannot_write", message=f"{dest} cannot be written: the "
                               "folder may not exist or not allow writing.") from exc
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


class RestoreRefused(StorageError):
    """A restore that would do harm: ``source_is_folder``, ``target_is_folder``,
    ``demo_over_real`` (a demo backup over a real programme, without ``force``)."""

    code = "restore_refused"
    default = "This backup cannot be restored there."


def programme_kind(path: Path) -> str:
    """"missing", "demo" or "real" for a file; raises for folders, foreign or broken files."""
    from clinic_ambassadors.storage import programme as programme_store
    from clinic_ambassadors.storage.connection import open_programme

    if not path.exists() or (path.is_file() and path.stat().st_size == 0):
        return "missing"
    pf = open_programme(path, create=False, read_only=True)
    try:
        prog = programme_store.get(pf.db)
    finally:
        pf.close()
    return "demo" if prog is None or prog.is_demo else "real"


def check_restore(backup_file: Path, target: Path, force: bool = False) -> None:
    """Refuse what would lose a programme; opening the backup refuses non-programme files."""
    if backup_file.is_dir():
        raise RestoreRefused("source_is_folder", f"{backup_file} is a folder, not a backup file.")
    if target.is_dir():
        raise RestoreRefused("target_is_folder", f"{target} is a folder; give the programme "
                             "file to restore into (for example programme.sqlite).")
    source = programme_kind(backup_file)
    if source == "missing":
        from clinic_ambassadors.storage.errors import EmptyFile, FileMissing

        if backup_file.exists():
            raise EmptyFile(path=str(backup_file))
        raise FileMissing(message=f"The backup file {backup_file} does not exist.",
                          path=str(backup_file))
    if source == "demo" and programme_kind(target) == "real" and not force:
        raise RestoreRefused("demo_over_real", f"{backup_file.name} is a backup of the demo "
                             f"programme and {target.name} holds a real programme; nothing was "
                             "changed. Use --force if you really mean it.")


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
