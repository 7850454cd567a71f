"""Run the compliance checker off the UI thread, debounced, always on the latest text.

Every change bumps a version number; a result is delivered only if no newer change
came in meanwhile, so typing never waits for a check and stale findings never show.
"""

from __future__ import annotations

import logging
import queue
import threading
import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from clinic_ambassadors.core.checker import (
    CheckContext,
    Checker,
    Finding,
    Rule,
    Severity,
    detect_language,
    load_rules,
)
from clinic_ambassadors.core.checker.language import recognised
from clinic_ambassadors.ui.checker.isolated import IsolatedChecker
from clinic_ambassadors.ui.checker.offsets import TextOffsets

log = logging.getLogger(__name__)

LANGS = ("auto", "de", "en")


#: How often the UI thread collects finished checks while one is running.
POLL_MS = 25
#: An idle worker thread ends after this long (and with it any child process).
IDLE_EXIT_SECONDS = 30.0


@dataclass(frozen=True)
class CheckResult:
    """Findings for one version of the text, with what is needed to show them."""

    version: int
    findings: tuple[Finding, ...]
    offsets: TextOffsets
    lang: str  # the language the rules ran in: "de" or "en" (after auto detection)
    thread_id: int  # the thread that ran the check (never the UI thread)
    isolated: bool = False  # True if a child process did the matching
    recognised: bool = True  # False if auto detection found neither German nor English


@dataclass(frozen=True)
class _Job:
    version: int
    text: str
    lang: str
    context: CheckContext | None
    extra_rules: tuple[Rule, ...]
    rules_key: int


@dataclass
class _Worker:
    """The background thread; plain Python so it outlives nothing it must not."""

    deliver: Callable[[object], None]
    isolate_above: int | None
    _cond: threading.Condition = field(default_factory=threading.Condition)
    _job: _Job | None = None
    _stopping: bool = False
    _thread: threading.Thread | None = None
    _base_rules: list[Rule] | None = None
    _checker: tuple[int, Checker] | None = None
    _isolated: IsolatedChecker | None = None
    running_version: int | None = None  # the version being checked right now, if any

    def submit(self, job: _Job) -> None:
        with self._cond:
            self._job = job  # an older job that has not started is simply replaced
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name="compliance-check",
                                                daemon=True)
                self._thread.start()
            self._cond.notify()

    def stop(self) -> None:
        """Ask the thread to end; it stops its child process itself (never from here)."""
        with self._cond:
            self._stopping = True
            self._job = None
            self._cond.notify()
            if self._thread is None and self._isolated is not None:
                self._isolated.stop()
                self._isolated = None

    def _newer_waiting(self) -> bool:
        return self._job is not None or self._stopping

    def _loop(self) -> None:
        while True:
            with self._cond:
                if self._job is None and not self._stopping:
                    self._cond.wait(IDLE_EXIT_SECONDS)
                if self._stopping or self._job is None:
                    # Told to stop, or idle for a while: end here (under the lock, so a new
                    # submit cannot share the child process); the next submit starts anew.
                    self._thread = None
                    if self._isolated is not None:
                        self._isolated.stop()
                        self._isolated = None
                    return
                job, self._job = self._job, None
                self.running_version = job.version
            try:
                outcome: object = self._run(job)
            except Exception as exc:  # reported to the UI, which shows a friendly message
                log.warning("compliance check failed", exc_info=exc)
                outcome = (job.version, exc)
            finally:
                self.running_version = None
            if outcome is not None and not self._stopping:
                self.deliver(outcome)

    def _rules(self, job: _Job) -> Checker:
        if self._base_rules is None:
            self._base_rules = load_rules()
        if self._checker is None or self._checker[0] != job.rules_key:
            self._checker = (job.rules_key, Checker([*self._base_rules, *job.extra_rules]))
        return self._checker[1]

    def _run(self, job: _Job) -> CheckResult | None:
        checker = self._rules(job)  # also validates extra rules (duplicate ids raise here)
        offsets = TextOffsets.of(job.text)
        lang = job.lang if job.lang != "auto" else detect_language(job.text)
        isolated = self.isolate_above is not None and len(job.text) > self.isolate_above
        if isolated:
            if self._isolated is None:
                self._isolated = IsolatedChecker()
            raw = self._isolated.check(job.extra_rules, job.rules_key, job.text, lang,
                                       job.context, self._newer_waiting)
            if raw is None:
                return None  # abandoned for a newer text
            by_id = {r.id: r for r in checker.rules}
            findings = tuple(Finding(rid, Severity(sev), s, e, ex, by_id[rid])
                             for rid, sev, s, e, ex in raw)
        else:
            findings = tuple(checker.check(job.text, lang=lang, context=job.context))
        return CheckResult(job.version, findings, offsets, lang, threading.get_ident(), isolated,
                           job.lang != "auto" or recognised(job.text))


class CheckRunner(QObject):
    """Debounced background checks; ``checked(version, findings)`` fires on the UI thread.

    Feed it with ``set_text(text)`` or, cheaper for big documents, ``set_text_source(fn)``
    plus ``text_changed()`` on every edit: the text is then read only when the check starts.
    """

    checked = Signal(int, object)  # version, list[Finding]
    result_ready = Signal(object)  # CheckResult, right after ``checked``
    failed = Signal(object)  # the exception; the caller decides how to show it
    busy_changed = Signal(bool)

    DEFAULT_DELAY_MS = 300
    ISOLATE_ABOVE = 100_000  # characters; longer texts are matched in a child process

    def __init__(self, parent: QObject | None = None, *, lang: str = "auto",
                 context: CheckContext | None = None, extra_rules: Sequence[Rule] = (),
                 delay_ms: int = DEFAULT_DELAY_MS,
                 isolate_above: int | None = ISOLATE_ABOVE) -> None:
        super().__init__(parent)
        self._check_lang(lang)
        self._lang, self._context = lang, context
        self._extra_rules: tuple[Rule, ...] = tuple(extra_rules)
        self._rules_key = 0
        self._version = 0
        self._text = ""
        self._source: Callable[[], str] | None = None
        self._busy = False
        self.dropped = 0  # results thrown away because the text had changed meanwhile
        self.last_result: CheckResult | None = None
        self._timer = QTimer(self)
        self._timer.setObjectName("checkDebounce")
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.check_now)
        # The worker never touches Qt: it drops results into a plain queue and a timer on the
        # UI thread collects them (Qt signals emitted from a Python thread crashed the process
        # when the runner was being destroyed at the same moment).
        self._results: queue.SimpleQueue[object] = queue.SimpleQueue()
        self._poll = QTimer(self)
        self._poll.setObjectName("checkResultPoll")
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._collect)
        self._worker = _Worker(self._results.put, isolate_above)
        # Stop the worker when the Python object goes, not from Qt's ``destroyed`` signal:
        # a slot run inside the C++ destructor during garbage collection crashed the process.
        weakref.finalize(self, self._worker.stop)

    # --- input ---------------------------------------------------------------------------
    @property
    def version(self) -> int:
        """The version of the newest text; results for any other version are dropped."""
        return self._version

    @property
    def running_version(self) -> int | None:
        """The version the worker is checking at this moment (None when it is idle)."""
        return self._worker.running_version

    @property
    def busy(self) -> bool:
        """True from a change until its result arrives (or fails)."""
        return self._busy

    def set_text(self, text: str) -> int:
        self._source = None
        self._text = text
        return self.text_changed()

    def set_text_source(self, source: Callable[[], str]) -> None:
        self._source = source

    def text_changed(self) -> int:
        """Note a change; the check starts after the debounce delay."""
        self._version += 1
        self._set_busy(True)
        self._timer.start()
        return self._version

    def set_language(self, lang: str) -> None:
        self._check_lang(lang)
        if lang != self._lang:
            self._lang = lang
            self._recheck()

    @property
    def language(self) -> str:
        return self._lang

    def set_context(self, context: CheckContext | None) -> None:
        if context != self._context:
            self._context = context
            self._recheck()

    def set_extra_rules(self, rules: Sequence[Rule]) -> None:
        rules = tuple(rules)
        if [r.id for r in rules] == [r.id for r in self._extra_rules] and all(
                a is b for a, b in zip(rules, self._extra_rules)):
            return
        self._extra_rules = rules
        self._rules_key += 1
        self._recheck()

    def check_now(self) -> int:
        """Start the check of the current text at once (skips the rest of the delay)."""
        self._timer.stop()
        text = self._source() if self._source is not None else self._text
        self._set_busy(True)
        if not self._poll.isActive():
            self._poll.start()
        self._worker.submit(_Job(self._version, text, self._lang, self._context,
                                 self._extra_rules, self._rules_key))
        return self._version

    def stop(self) -> None:
        """End the worker (and its child process, if any); the runner cannot be used after."""
        self._timer.stop()
        self._worker.stop()

    # --- output --------------------------------------------------------------------------
    @Slot()
    def _collect(self) -> None:
        while True:
            try:
                outcome = self._results.get_nowait()
            except queue.Empty:
                break
            self._arrived(outcome)
        if not self._busy and self._worker.running_version is None:
            self._poll.stop()

    def _arrived(self, outcome: object) -> None:
        if isinstance(outcome, CheckResult):
            if outcome.version != self._version:
                self.dropped += 1
                return
            self.last_result = outcome
            self._set_busy(False)
            self.checked.emit(outcome.version, list(outcome.findings))
            self.result_ready.emit(outcome)
        else:
            version, exc = outcome  # type: ignore[misc]
            if version == self._version:
                self._set_busy(False)
                self.failed.emit(exc)

    def _recheck(self) -> None:
        self._version += 1
        self.check_now()

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)

    @staticmethod
    def _check_lang(lang: str) -> None:
        if lang not in LANGS:
            raise ValueError(f"lang must be one of {', '.join(LANGS)}, not {lang!r}")
