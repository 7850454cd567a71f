"""Opening the programme file safely.

Order matters: the file is identified *before* anything is written, so a foreign
or corrupt file is left exactly as it was. Then pragmas, then a backup, then
migrations.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from clinic_ambassadors.storage import backup
from clinic_ambassadors.storage.errors import (
    CorruptDatabase,
    EmptyFile,
    FileMissing,
    ForeignDatabase,
    NewerVersion,
    NotADatabase,
    StorageError,
    translate_sqlite_error,
)
from clinic_ambassadors.storage.migrations import MIGRATION_SET, known_names, migrations

APPLICATION_ID = 0x434C4E41  # "CLNA"
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000
NETWORK_FS = {
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "9p", "afs", "ceph",
    "glusterfs", "davfs", "fuse.davfs2", "fuse.smbnetfs", "fuse.rclone",
}


@dataclass
class ProgrammeFile:
    """An open programme file; used from the single writer thread only."""

    path: Path
    db: Database
    read_only: bool
    on_network: bool
    journal_mode: str
    migrated_from: int | None = None  # migrations applied before this open, if any ran

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    def close(self) -> None:
        self.db.close()


def is_network_path(path: Path) -> bool:
    """True where WAL would be unsafe: SMB/NFS shares, UNC paths, mapped drives."""
    text = str(path)
    if text.startswith("\\\\") or text.startswith("//"):
        return True
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        drive = os.path.splitdrive(os.path.abspath(text))[0]
        if drive:
            return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == 4  # DRIVE_REMOTE
        return False
    return _mount_fstype(path) in NETWORK_FS


def _mount_fstype(path: Path) -> str:
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return ""
    target = str(path.resolve().parent)
    best, best_type = "", ""
    for line in mounts:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        if (target == mount_point or target.startswith(mount_point.rstrip("/") + "/")) and len(
            mount_point
        ) > len(best):
            best, best_type = mount_point, parts[2]
    return best_type


def file_is_read_only(path: Path) -> bool:
    """No write bits, or no write access to the file or its folder (journals live there)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        return True
    return not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)


def _identify(path: Path) -> str:
    """'new', 'sqlite' or raise: decided from the first bytes only, writing nothing."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return "new"
    if size == 0:
        return "new"
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StorageError(message=f"The file could not be read: {exc}") from exc
    if header != SQLITE_HEADER:
        raise NotADatabase(path=str(path))
    return "sqlite"


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    if read_only:
        uri = path.resolve().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
    else:
        conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def _check_ours(conn: sqlite3.Connection) -> bool:
    """True if the file is ours; False if empty. Raises for foreign or newer files."""
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabase() from exc
    if app_id == 0 and not tables:
        return False
    if app_id != APPLICATION_ID:
        raise ForeignDatabase()
    if "_sqlite_migrations" in tables:
        applied = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
            )
        ]
        unknown = set(applied) - set(known_names())
        if unknown:
            raise NewerVersion(unknown=sorted(unknown))
    return True


def schema_version(db: Database) -> int:
    if not db["_sqlite_migrations"].exists():
        return 0
    return len(migrations.applied(db))


def open_programme(
    path: Path | str,
    *,
    create: bool = True,
    read_only: bool | None = None,
    network: bool | None = None,
) -> ProgrammeFile:
    """Open (or create) a programme file, refusing foreign, corrupt and newer files."""
    path = Path(path).expanduser()
    kind = _identify(path)
    if kind == "new" and not create:
        raise EmptyFile(path=str(path)) if path.exists() else FileMissing(path=str(path))
    if kind == "new" and path.exists() and file_is_read_only(path):
        raise NotADatabase(path=str(path))
    if read_only is None:
        read_only = kind == "sqlite" and file_is_read_only(path)
    on_network = is_network_path(path) if network is None else network
    try:
        conn = _connect(path, read_only)
        try:
            is_ours = _check_ours(conn)
        except Exception:
            conn.close()
            raise
        db = Database(conn)
        if read_only:
            if not is_ours:
                conn.close()
                raise ForeignDatabase()
            if migrations.pending(db):
                conn.close()
                raise StorageError(
                    code="read_only_needs_upgrade",
                    message="This read-only file was written by an older version and needs an "
                    "upgrade; copy it somewhere writable to open it.",
                )
            return ProgrammeFile(path, db, True, on_network, _journal_mode(conn))
        conn.execute("PRAGMA foreign_keys = ON")
        journal = "delete" if on_network else "wal"
        conn.execute(f"PRAGMA journal_mode = {journal}")
        pf = ProgrammeFile(path, db, False, on_network, _journal_mode(conn))
        pending = migrations.pending(db)
        if pending:
            before = schema_version(db)
            if is_ours and before > 0:
                stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
                backup.backup_to(pf, backup.backup_folder_for(path) / f"{path.stem}-{stamp}-before-upgrade.sqlite")
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            migrations.apply(db)
            conn.execute(f"PRAGMA user_version = {schema_version(db)}")
            pf.migrated_from = before
        return pf
    except sqlite3.Error as exc:
        raise translate_sqlite_error(exc) from exc


def _journal_mode(conn: sqlite3.Connection) -> str:
    return str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower()
