"""Errors about the programme file, each with a code the UI translates."""

from __future__ import annotations

from clinic_ambassadors.core.errors import DomainError


class StorageError(DomainError):
    code = "storage_error"
    default = "The programme file could not be used."


class NotADatabase(StorageError):
    code = "not_a_database"
    default = "This file is not a Clinic Ambassadors programme file (it is not a SQLite database). It was left unchanged."


class EmptyFile(StorageError):
    code = "empty_file"
    default = "This file is empty, so it is not a programme file. It was left unchanged."


class ForeignDatabase(StorageError):
    code = "foreign_database"
    default = "This SQLite file belongs to another program, not to Clinic Ambassadors. It was left unchanged."


class NewerVersion(StorageError):
    code = "newer_version"
    default = "This file was written by a newer version of Clinic Ambassadors. Please update the app to open it."


class DatabaseLocked(StorageError):
    code = "locked"
    default = "The programme file is busy (another person or program is writing to it). Please try again in a moment."


class DiskFull(StorageError):
    code = "disk_full"
    default = "The disk is full; nothing was saved. Free some space and try again."


class ReadOnlyFile(StorageError):
    code = "read_only"
    default = "The programme file is open read-only; changes cannot be saved."


class FileMissing(StorageError):
    code = "file_missing"
    default = "The programme file does not exist."


class CorruptDatabase(StorageError):
    code = "corrupt"
    default = "The programme file is damaged. Restore a backup (File > Restore backup)."


def translate_sqlite_error(exc: Exception) -> StorageError:
    """Map sqlite3's messages to errors a person can act on."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return DatabaseLocked()
    if "disk is full" in text or "database or disk is full" in text:
        return DiskFull()
    if "readonly" in text or "read-only" in text:
        return ReadOnlyFile()
    if "malformed" in text or "not a database" in text or "disk i/o" in text:
        return CorruptDatabase()
    return StorageError(message=f"The programme file could not be used: {exc}")
