"""Command-line entry points. Without a command, the app opens."""

from __future__ import annotations

import argparse
import errno
import json
import sqlite3
import sys
from pathlib import Path
from typing import TextIO

from clinic_ambassadors import __version__, paths
from clinic_ambassadors.core.errors import DomainError


def _db_parent() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--db", type=Path, default=argparse.SUPPRESS,
                        help="programme file (default: the one in your user data folder)")
    parent.add_argument("--lang", choices=["de", "en"], default=argparse.SUPPRESS,
                        help="language of the app (default: the system's)")
    return parent


def build_parser() -> argparse.ArgumentParser:
    db = _db_parent()
    parser = argparse.ArgumentParser(
        prog="clinic-ambassadors",
        description="Clinic Ambassadors: run an employee-ambassador programme. "
        "Without a command, the app opens.",
        parents=[db],
    )
    parser.add_argument("--version", action="version", version=f"clinic-ambassadors {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("demo", parents=[db], help="create a realistic demo programme and open it")
    p.add_argument("--no-gui", action="store_true", help="only create the file, do not open the app")

    p = sub.add_parser("check", parents=[db], help="check integrity, schema, audit chain and counts")
    p.add_argument("--format", choices=["text", "json"], default="text")

    p = sub.add_parser("export-calendar", parents=[db],
                       help="write planned and published posts to a calendar file (.ics)")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.ics",
                   help="the calendar file to write (replaced if it exists)")

    p = sub.add_parser("backup", parents=[db], help="back up the programme file now")
    p.add_argument("--out", type=Path, help="write the backup to this file")

    p = sub.add_parser("restore", parents=[db], help="replace the programme file with a backup")
    p.add_argument("backup_file", type=Path)
    p.add_argument("--force", action="store_true",
                   help="restore a demo backup over a real programme")

    try:
        from clinic_ambassadors import lint_command
    except ImportError:  # pragma: no cover - during development only
        pass
    else:
        lint_command.add_parser(sub)
    return parser


def _db_path(args: argparse.Namespace, default: Path | None = None) -> Path:
    value = getattr(args, "db", None)
    return Path(value).expanduser() if value else (default or paths.default_db_path())


def main(argv: list[str] | None = None, stdout: TextIO | None = None,
         stderr: TextIO | None = None) -> int:
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        paths.ensure_dirs()
        install_gates()
        if args.command is None:
            return _open_app(_db_path(args), getattr(args, "lang", None))
        if args.command == "demo":
            return _demo(args, stdout)
        if args.command == "check":
            return _check(args, stdout)
        if args.command == "export-calendar":
            return _export_calendar(args, stdout)
        if args.command == "backup":
            return _backup(args, stdout)
        if args.command == "restore":
            return _restore(args, stdout)
        if args.command == "lint":
            from clinic_ambassadors import lint_command

            return lint_command.run(args, stdout=stdout, stderr=stderr)
    except DomainError as exc:
        print(f"clinic-ambassadors: {exc}", file=stderr)
        return 2
    except OSError as exc:
        print(f"clinic-ambassadors: {os_error_text(exc)}", file=stderr)
        return 2
    except sqlite3.Error as exc:
        from clinic_ambassadors.storage.errors import translate_sqlite_error

        print(f"clinic-ambassadors: {translate_sqlite_error(exc)}", file=stderr)
        return 2
    parser.error(f"unknown command {args.command}")
    return 2


_OS_ERRORS = {
    errno.ENOENT: "{0} does not exist.",
    errno.EACCES: "No permission to use {0}.",
    errno.EPERM: "No permission to use {0}.",
    errno.EISDIR: "{0} is a folder, not a file.",
    errno.ENOTDIR: "A part of the path {0} is not a folder.",
    errno.ENOSPC: "The disk is full; nothing was written. Free some space and try again.",
    errno.EROFS: "{0} is on a read-only drive.",
}


def os_error_text(exc: OSError) -> str:
    """A sentence for a failed file operation: the path the person gave, never a temporary
    name or errno text."""
    name = str(exc.filename or "")
    for suffix in (".part", ".tmp"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    template = _OS_ERRORS.get(exc.errno or -1, "{0} could not be used.")
    return template.format(name or "The file")


def install_gates() -> None:
    """The checklist gates of the draft workflow: on wherever the app or the CLI runs."""
    from clinic_ambassadors.services.checklists import install_draft_gates

    install_draft_gates()


def gui_main() -> int:
    return main()


def _open_app(db_path: Path | None, lang: str | None, first_run: bool = True) -> int:
    from clinic_ambassadors.ui.app import run_app

    return run_app(db_path, lang=lang)


def _demo(args: argparse.Namespace, out: TextIO) -> int:
    from clinic_ambassadors.services.demo import create_demo

    path = create_demo(_db_path(args, paths.demo_db_path()))
    print(f"Demo programme written to {path}", file=out)
    if args.no_gui:
        return 0
    return _open_app(path, getattr(args, "lang", None))


def _check(args: argparse.Namespace, out: TextIO) -> int:
    from clinic_ambassadors.storage.check import run_check
    from clinic_ambassadors.storage.connection import open_programme

    try:
        pf = open_programme(_db_path(args), create=False, read_only=True)
    except DomainError as exc:
        if args.format != "json":
            raise
        report = {"ok": False, "file": str(_db_path(args)), "schema": None, "counts": {},
                  "problems": [{"code": exc.code, "detail": str(exc)}]}
        print(json.dumps(report, indent=2, ensure_ascii=False), file=out)
        return 1
    try:
        report = run_check(pf)
    finally:
        pf.close()
    if args.format == "json":
        print(json.dumps(report, indent=2, ensure_ascii=False), file=out)
    else:
        print(f"File:    {report['file']}", file=out)
        print(f"Schema:  {report['schema']['version']} of {report['schema']['latest']}", file=out)
        print("Counts:", file=out)
        for table, n in report["counts"].items():
            print(f"  {table:<24} {n:>8}", file=out)
        if report["ok"]:
            print("OK: no problems found.", file=out)
        for problem in report["problems"]:
            print(f"PROBLEM {problem['code']}: {problem['detail']}", file=out)
    return 0 if report["ok"] else 1


def _export_calendar(args: argparse.Namespace, out: TextIO) -> int:
    """Read-only on the programme: a calendar export never changes the file."""
    from clinic_ambassadors.services.calendar_export import export_ics
    from clinic_ambassadors.storage.connection import open_programme

    pf = open_programme(_db_path(args), create=False, read_only=True)
    try:
        count = export_ics(pf, args.out, getattr(args, "lang", None) or "en")
    finally:
        pf.close()
    print(f"Calendar with {count} post(s) written to {args.out}", file=out)
    return 0


def _backup(args: argparse.Namespace, out: TextIO) -> int:
    from clinic_ambassadors.storage import backup
    from clinic_ambassadors.storage.connection import open_programme

    pf = open_programme(_db_path(args), create=False)
    try:
        dest = backup.backup_to(pf, args.out) if args.out else backup.backup_now(pf)
    finally:
        pf.close()
    print(f"Backup written to {dest}", file=out)
    return 0


def _restore(args: argparse.Namespace, out: TextIO) -> int:
    from clinic_ambassadors.storage import backup
    from clinic_ambassadors.storage.connection import open_programme

    target = _db_path(args)
    backup.check_restore(args.backup_file, target, force=args.force)
    backup.restore(args.backup_file, target)
    print(f"Restored {args.backup_file} to {target}; the previous file was kept beside it.", file=out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
