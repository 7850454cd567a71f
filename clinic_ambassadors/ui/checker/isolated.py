"""Check very long texts in a child process.

The checker's regex scans are C calls that keep Python's GIL for their whole run;
on a 1 MB paste a single scan can take several hundred milliseconds, which would
freeze typing even though the check runs on a worker thread. A child process has
its own GIL, so the UI stays smooth, and a stale check can simply be stopped.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from typing import Any

from clinic_ambassadors.core.checker import CheckContext, Checker, Rule, load_rules

# (rule_id, severity value, start, end, excerpt): plain values that pickle cheaply.
RawFinding = tuple[str, str, int, int, str]


def rule_fields(rule: Rule) -> dict[str, Any]:
    """A picklable form of a rule (its text mappings are read-only proxies)."""
    fields = {f.name: getattr(rule, f.name) for f in dataclasses.fields(rule)}
    for name in ("title", "message", "suggestion"):
        fields[name] = dict(fields[name])
    return fields


def _serve(conn: Connection) -> None:
    """Child process loop: keep one checker, answer check requests until told to stop."""
    base = load_rules()
    checker = Checker(base)
    while True:
        try:
            request = conn.recv()
        except EOFError:
            return
        kind = request[0]
        if kind == "stop":
            return
        try:
            if kind == "rules":
                checker = Checker([*base, *(Rule(**fields) for fields in request[1])])
                conn.send(("ok", None))
            elif kind == "check":
                _, text, lang, context = request
                found = checker.check(text, lang=lang, context=context)
                conn.send(("ok", [(f.rule_id, f.severity.value, f.start, f.end, f.excerpt)
                                  for f in found]))
        except Exception as exc:  # sent back and raised in the parent
            conn.send(("error", exc))


class IsolatedChecker:
    """One child process, started on first use; used from a single worker thread only."""

    POLL_SECONDS = 0.05

    def __init__(self) -> None:
        self._process: multiprocessing.process.BaseProcess | None = None
        self._conn: Connection | None = None
        self._rules_sent: object = None

    def check(self, extra_rules: Sequence[Rule], rules_key: object, text: str, lang: str,
              context: CheckContext | None, abandon: Callable[[], bool]) -> list[RawFinding] | None:
        """Raw findings, or None if ``abandon()`` turned true before the child answered."""
        self._ensure_started()
        if self._rules_sent != rules_key:
            self._call(("rules", [rule_fields(r) for r in extra_rules]), abandon)
            if not self.running:
                return None
            self._rules_sent = rules_key
        return self._call(("check", text, lang, context), abandon)

    def _call(self, request: tuple[Any, ...], abandon: Callable[[], bool]) -> Any:
        assert self._conn is not None and self._process is not None
        self._conn.send(request)
        while not self._conn.poll(self.POLL_SECONDS):
            if abandon():
                self.stop()  # the child is busy with an outdated text: end it
                return None
            if not self._process.is_alive():
                self.stop()
                raise RuntimeError("the checker process ended unexpectedly")
        status, value = self._conn.recv()
        if status == "error":
            raise value
        return value

    def _ensure_started(self) -> None:
        if self._process is not None and self._process.is_alive():
            return
        self.stop()
        context = multiprocessing.get_context("spawn")  # never fork a process that runs Qt
        parent_end, child_end = context.Pipe()
        process = context.Process(target=_serve, args=(child_end,), daemon=True,
                                  name="clinic-ambassadors-checker")
        process.start()
        child_end.close()
        self._process, self._conn, self._rules_sent = process, parent_end, None

    def stop(self) -> None:
        process, conn = self._process, self._conn
        self._process = self._conn = None
        self._rules_sent = None
        if conn is not None:
            conn.close()
        if process is not None:
            process.terminate()
            process.join(2)

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.is_alive()
