"""The ``lint`` subcommand: check post texts from files or stdin with the compliance checker.

Exit codes: 0 no block finding, 1 at least one block finding, 2 bad usage or input.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from clinic_ambassadors.core.checker import Checker, Finding, Severity, detect_language, load_rules

EXIT_OK, EXIT_BLOCK, EXIT_USAGE = 0, 1, 2


class InputError(Exception):
    """An input cannot be read; the message names the file (and line) for the user."""


@dataclass(frozen=True)
class Post:
    id: str
    text: str
    lang: str | None = None


def add_parser(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "lint",
        help="check post texts for compliance risks",
        description="Check post texts (files, .jsonl with one post per line, or - for stdin). "
        "Exit 1 if any finding blocks publication.",
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help="text or .jsonl files; - for stdin")
    parser.add_argument("--lang", choices=("de", "en", "auto"), default="auto")
    parser.add_argument("--format", choices=("text", "json"), default="text", dest="format")


def _read_posts(path: str, stdin: TextIO) -> list[Post]:
    if path == "-":
        try:
            return [Post("-", stdin.read())]
        except UnicodeDecodeError as exc:
            raise InputError(f"stdin: not valid UTF-8 text ({exc.reason})") from None
    file = Path(path)
    try:
        raw = file.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read file ({exc.strerror or exc})") from None
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not valid UTF-8 text (byte {exc.start})") from None
    if file.suffix.lower() != ".jsonl":
        return [Post(file.name, content)]
    posts = []
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{number}: not valid JSON ({exc.msg})") from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise InputError(f'{path}:{number}: expected an object with a "text" string')
        lang = record.get("lang")
        if lang is not None and lang not in ("de", "en", "auto"):
            raise InputError(f'{path}:{number}: "lang" must be de, en or auto, not {lang!r}')
        post_id = record.get("id")
        if post_id is None:  # missing or null: name it by file and line
            post_id = f"{file.name}:{number}"
        posts.append(Post(str(post_id), record["text"], lang))
    return posts


def _position(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def run(
    args: argparse.Namespace,
    stdin: TextIO = sys.stdin,
    stdout: TextIO = sys.stdout,
    stderr: TextIO = sys.stderr,
) -> int:
    """Check every post named by ``args``; print the findings; return the exit code."""
    try:
        posts = [post for path in (args.paths or ["-"]) for post in _read_posts(path, stdin)]
    except InputError as exc:
        print(f"lint: {exc}", file=stderr)
        return EXIT_USAGE
    try:
        checker = Checker(load_rules())
    except ValueError as exc:
        print(f"lint: the rule packs cannot be loaded: {exc}", file=stderr)
        return EXIT_USAGE
    results: list[tuple[Post, str, list[Finding]]] = []
    for post in posts:
        wanted = post.lang if post.lang and post.lang != "auto" else args.lang
        lang = detect_language(post.text) if wanted == "auto" else wanted
        results.append((post, lang, checker.check(post.text, lang)))
    if args.format == "json":
        payload = [
            {
                "id": post.id,
                "findings": [
                    {
                        "rule": f.rule_id,
                        "severity": f.severity.value,
                        "start": f.start,
                        "end": f.end,
                        "excerpt": f.excerpt,
                        "message": f.message(lang),
                        "basis": f.basis,
                    }
                    for f in findings
                ],
            }
            for post, lang, findings in results
        ]
        json.dump(payload, stdout, ensure_ascii=False, indent=2)
        stdout.write("\n")
    else:
        for post, lang, findings in results:
            for f in findings:
                line, column = _position(post.text, f.start)
                stdout.write(f"{post.id}:{line}:{column}: {f.severity.value} {f.rule_id}: {f.message(lang)}\n")
                stdout.write(f"    > {f.excerpt}\n")
        total = sum(len(findings) for _, _, findings in results)
        stdout.write(f"{len(results)} text(s) checked, {total} finding(s)\n")
    blocked = any(f.severity is Severity.BLOCK for _, _, findings in results for f in findings)
    return EXIT_BLOCK if blocked else EXIT_OK
