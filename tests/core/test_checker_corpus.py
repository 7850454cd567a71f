"""Measures the pre-publication checker on a labelled corpus of realistic staff posts.

The corpus (checker_corpus/posts.jsonl) was written without looking at the rule pack, so the
figures are an honest estimate of how the checker does on posts it was not tuned on:
how many risky posts it flags, how many hard cases it blocks, and how often it cries wolf.
Run with ``pytest tests/core/test_checker_corpus.py`` (the report prints without ``-s``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

CORPUS = Path(__file__).parent / "checker_corpus" / "posts.jsonl"
# Written before any tuning against the corpus misses; the checker must meet the same bar here.
HOLDOUT = Path(__file__).parent / "checker_corpus" / "holdout.jsonl"
#: Written later by someone who had not seen the rules; its first figures (67 % / 53 % /
#: 10.8 %) showed the corpus and holdout had been tuned to; kept to measure progress.
BLIND = Path(__file__).parent / "checker_corpus" / "blind.jsonl"

RISKY_FLAGGED_MIN = 0.90  # risky posts with at least one warn or block finding
HARD_BLOCKED_MIN = 0.95  # hard posts with at least one block finding
CLEAN_ALARM_MAX = 0.10  # clean posts with any warn or block finding

LANGS = frozenset({"de", "en"})
AUTHORS = frozenset({"doctor", "nurse", "mfa", "therapist", "manager", "trainee", "admin"})
CHANNELS = frozenset({"instagram", "linkedin", "facebook", "x", "xing", "tiktok"})
LABELS = frozenset({"clean", "risky"})
FIELDS = frozenset({"id", "lang", "author", "channel", "label", "hard", "why", "text"})
SEVERITIES = frozenset({"block", "warn", "info"})
ID_PATTERN = re.compile(r"^(de|en)-([a-z]+)-(\d{3})$")


@dataclass(frozen=True)
class Post:
    """One labelled post of the corpus."""

    id: str
    lang: str
    author: str
    channel: str
    label: str
    hard: bool
    why: str
    text: str

    @property
    def risky(self) -> bool:
        return self.label == "risky"


@dataclass(frozen=True)
class Hit:
    """A finding reduced to what the measurement needs, so scoring does not depend on the API."""

    rule_id: str
    severity: str  # "block" | "warn" | "info"
    start: int
    end: int


@dataclass(frozen=True)
class Outcome:
    post: Post
    hits: tuple[Hit, ...]

    @property
    def blocked(self) -> bool:
        return any(h.severity == "block" for h in self.hits)

    @property
    def alarmed(self) -> bool:
        """At least a warning: what an author would have to deal with before posting."""
        return any(h.severity in ("block", "warn") for h in self.hits)

    def rules(self) -> str:
        shown = [f"{h.rule_id}:{h.severity}" for h in self.hits if h.severity != "info"]
        return ", ".join(shown) or "-"


@dataclass(frozen=True)
class Scores:
    risky: tuple[Outcome, ...]
    hard: tuple[Outcome, ...]
    clean: tuple[Outcome, ...]

    @property
    def risky_missed(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.risky if not o.alarmed)

    @property
    def hard_unblocked(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.hard if not o.blocked)

    @property
    def clean_alarmed(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.clean if o.alarmed)

    @property
    def risky_flagged_share(self) -> float:
        return _share(len(self.risky) - len(self.risky_missed), len(self.risky))

    @property
    def hard_blocked_share(self) -> float:
        return _share(len(self.hard) - len(self.hard_unblocked), len(self.hard))

    @property
    def clean_alarm_share(self) -> float:
        return _share(len(self.clean_alarmed), len(self.clean))


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def load_corpus(path: Path = CORPUS) -> list[Post]:
    posts = []
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            record = json.loads(line)
            assert set(record) == FIELDS, f"line {number}: fields {sorted(record)}"
            posts.append(Post(**record))
    return posts


def score(outcomes: Iterable[Outcome]) -> Scores:
    outcomes = list(outcomes)
    return Scores(
        risky=tuple(o for o in outcomes if o.post.risky),
        hard=tuple(o for o in outcomes if o.post.hard),
        clean=tuple(o for o in outcomes if not o.post.risky),
    )


def _figure_lines(title: str, scores: Scores) -> list[str]:
    return [
        f"{title}: {len(scores.risky) + len(scores.clean)} posts",
        f"  risky flagged (warn/block): {len(scores.risky) - len(scores.risky_missed)}"
        f"/{len(scores.risky)} = {scores.risky_flagged_share:.1%}"
        f"  (target >= {RISKY_FLAGGED_MIN:.0%})",
        f"  hard blocked:               {len(scores.hard) - len(scores.hard_unblocked)}"
        f"/{len(scores.hard)} = {scores.hard_blocked_share:.1%}"
        f"  (target >= {HARD_BLOCKED_MIN:.0%})",
        f"  clean with warn/block:      {len(scores.clean_alarmed)}"
        f"/{len(scores.clean)} = {scores.clean_alarm_share:.1%}"
        f"  (target <= {CLEAN_ALARM_MAX:.0%})",
    ]


def _outcome_lines(heading: str, outcomes: Sequence[Outcome]) -> list[str]:
    lines = [f"{heading} ({len(outcomes)}):"]
    lines += [f"  {o.post.id:<18} [{o.rules()}]  {o.post.why}" for o in outcomes]
    return lines


def format_report(outcomes: Sequence[Outcome], name: str = "checker corpus") -> str:
    scores = score(outcomes)
    lines = ["", f"=== {name} ==="]
    lines += _figure_lines("all", scores)
    for lang in sorted({o.post.lang for o in outcomes}):
        lines += _figure_lines(lang, score(o for o in outcomes if o.post.lang == lang))
    lines += _outcome_lines("risky posts missed", scores.risky_missed)
    lines += _outcome_lines("hard posts not blocked", scores.hard_unblocked)
    lines += _outcome_lines("false alarms on clean posts", scores.clean_alarmed)
    return "\n".join(lines)


# ---------------------------------------------------------------- the corpus itself


@pytest.fixture(scope="module")
def corpus() -> list[Post]:
    return load_corpus()


def test_corpus_is_large_and_ids_are_unique(corpus: list[Post]) -> None:
    assert len(corpus) >= 150
    ids = [p.id for p in corpus]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    assert not duplicates, duplicates
    texts = [p.text for p in corpus]
    assert len(set(texts)) == len(texts), "two posts share the same text"


@pytest.fixture(scope="module")
def holdout() -> list[Post]:
    return load_corpus(HOLDOUT)


@pytest.fixture(scope="module")
def blind() -> list[Post]:
    return load_corpus(BLIND)


@pytest.fixture(scope="module")
def blind_outcomes(blind: list[Post]) -> list[Outcome]:
    return run_checker(blind)


def test_blind_set_is_separate_and_valid(corpus: list[Post], blind: list[Post]) -> None:
    assert len(blind) >= 100
    assert len({p.id for p in blind}) == len(blind)
    assert not {p.text for p in blind} & {p.text for p in corpus}
    test_hard_posts_are_risky(blind)


def test_holdout_is_separate_and_valid(corpus: list[Post], holdout: list[Post]) -> None:
    assert len(holdout) >= 80
    assert len({p.id for p in holdout}) == len(holdout)
    assert not {p.text for p in holdout} & {p.text for p in corpus}, "holdout repeats a corpus post"
    test_corpus_fields_are_valid(holdout)
    test_hard_posts_are_risky(holdout)


def test_corpus_fields_are_valid(corpus: list[Post]) -> None:
    for p in corpus:
        match = ID_PATTERN.match(p.id)
        assert match, p.id
        assert (match.group(1), match.group(2)) == (p.lang, p.author), p.id
        assert p.lang in LANGS, p.id
        assert p.author in AUTHORS, p.id
        assert p.channel in CHANNELS, p.id
        assert p.label in LABELS, p.id
        assert isinstance(p.hard, bool), p.id
        assert isinstance(p.why, str) and p.why.strip(), p.id
        assert isinstance(p.text, str) and p.text.strip(), p.id
        assert p.text == p.text.strip(), f"{p.id}: stray whitespace around the text"


def test_hard_posts_are_risky(corpus: list[Post]) -> None:
    assert [p.id for p in corpus if p.hard and not p.risky] == []


def test_corpus_covers_both_languages_and_labels(corpus: list[Post]) -> None:
    """Each cell must hold enough posts for the shares to mean something."""
    for lang in LANGS:
        for label in LABELS:
            cell = [p for p in corpus if p.lang == lang and p.label == label]
            assert len(cell) >= 15, (lang, label, len(cell))
        assert sum(p.hard for p in corpus if p.lang == lang) >= 10, lang
    assert {p.author for p in corpus} == AUTHORS
    assert {p.channel for p in corpus} == CHANNELS


# ---------------------------------------------------------------- the arithmetic


def _post(pid: str, label: str, hard: bool = False) -> Post:
    return Post(pid, "de", "mfa", "x", label, hard, "why", "text")


def test_scoring_counts_warn_and_block_but_not_info() -> None:
    outcomes = [
        Outcome(_post("de-mfa-001", "risky", hard=True), (Hit("A", "block", 0, 1),)),
        Outcome(_post("de-mfa-002", "risky", hard=True), (Hit("B", "warn", 0, 1),)),
        Outcome(_post("de-mfa-003", "risky"), (Hit("C", "info", 0, 1),)),
        Outcome(_post("de-mfa-004", "clean"), (Hit("C", "info", 0, 1),)),
        Outcome(_post("de-mfa-005", "clean"), (Hit("D", "warn", 0, 1),)),
        Outcome(_post("de-mfa-006", "clean"), ()),
    ]
    scores = score(outcomes)
    assert scores.risky_flagged_share == pytest.approx(2 / 3)
    assert scores.hard_blocked_share == pytest.approx(1 / 2)
    assert scores.clean_alarm_share == pytest.approx(1 / 3)
    assert [o.post.id for o in scores.risky_missed] == ["de-mfa-003"]
    assert [o.post.id for o in scores.hard_unblocked] == ["de-mfa-002"]
    assert [o.post.id for o in scores.clean_alarmed] == ["de-mfa-005"]
    report = format_report(outcomes)
    assert "de-mfa-002" in report and "B:warn" in report


# ---------------------------------------------------------------- the checker on the corpus


def run_checker(posts: Sequence[Post]) -> list[Outcome]:
    # Imported here so the corpus tests above still run while the checker is being built.
    from clinic_ambassadors.core.checker import Checker, Severity, load_rules

    names = {Severity.BLOCK: "block", Severity.WARN: "warn", Severity.INFO: "info"}
    checker = Checker(load_rules())
    result = []
    for post in posts:
        findings = checker.check(post.text, lang=post.lang)
        hits = tuple(Hit(f.rule_id, names[f.severity], f.start, f.end) for f in findings)
        result.append(Outcome(post, hits))
    return result


@pytest.fixture(scope="module")
def outcomes(corpus: list[Post]) -> list[Outcome]:
    return run_checker(corpus)


@pytest.fixture(scope="module")
def holdout_outcomes(holdout: list[Post]) -> list[Outcome]:
    return run_checker(holdout)


def test_report_and_finding_spans(
    outcomes: list[Outcome], holdout_outcomes: list[Outcome], blind_outcomes: list[Outcome],
    capsys: pytest.CaptureFixture,
) -> None:
    """Prints the figures (corpus, holdout, blind), and checks findings point at real text."""
    with capsys.disabled():
        print(format_report(outcomes))
        print(format_report(holdout_outcomes, "holdout"))
        print(format_report(blind_outcomes, "blind"))
    for o in [*outcomes, *holdout_outcomes, *blind_outcomes]:
        for h in o.hits:
            assert h.severity in SEVERITIES, (o.post.id, h)
            assert h.rule_id, o.post.id
            assert 0 <= h.start <= h.end <= len(o.post.text), (o.post.id, h)


def test_risky_posts_are_flagged(outcomes: list[Outcome]) -> None:
    scores = score(outcomes)
    share = scores.risky_flagged_share
    missed = "\n".join(_outcome_lines("missed", scores.risky_missed))
    assert share >= RISKY_FLAGGED_MIN, missed


def test_hard_posts_are_blocked(outcomes: list[Outcome]) -> None:
    scores = score(outcomes)
    share = scores.hard_blocked_share
    unblocked = "\n".join(_outcome_lines("not blocked", scores.hard_unblocked))
    assert share >= HARD_BLOCKED_MIN, unblocked


def test_clean_posts_raise_few_alarms(outcomes: list[Outcome]) -> None:
    scores = score(outcomes)
    share = scores.clean_alarm_share
    alarms = "\n".join(_outcome_lines("false alarms", scores.clean_alarmed))
    assert share <= CLEAN_ALARM_MAX, alarms


def test_holdout_meets_the_same_thresholds(holdout_outcomes: list[Outcome]) -> None:
    """Guards against tuning to the corpus: posts written apart from it must score as well."""
    scores = score(holdout_outcomes)
    report = format_report(holdout_outcomes, "holdout")
    assert scores.risky_flagged_share >= RISKY_FLAGGED_MIN, report
    assert scores.hard_blocked_share >= HARD_BLOCKED_MIN, report
    assert scores.clean_alarm_share <= CLEAN_ALARM_MAX, report


def test_blind_set_meets_the_same_thresholds(blind_outcomes: list[Outcome]) -> None:
    """Tuned on since its first measurement; kept as a guard against falling back."""
    scores = score(blind_outcomes)
    report = format_report(blind_outcomes, "blind")
    assert scores.risky_flagged_share >= RISKY_FLAGGED_MIN, report
    assert scores.hard_blocked_share >= HARD_BLOCKED_MIN, report
    assert scores.clean_alarm_share <= CLEAN_ALARM_MAX, report


#: More sets written without sight of the rules, each measured once before any tuning:
#: blind2 80 % / 76.5 % / 7.3 %, blind3 62.9 % / 58.3 % / 2.2 %, blind4 51.1 % / 33.3 % / 9.1 %
#: (written rules alone). blind5 was the first measured with the learned model (trained on the
#: other six files, not on it): 80.0 % / 66.7 % / 16.4 %, where the written rules alone gave
#: 44.4 % / 33.3 % / 12.7 %. blind6 and blind7 (model trained on the seven files before):
#: 94.6 % / 63.6 % / 20.3 % and 87.3 % / 50.0 % / 12.3 % (rules alone 42.9 / 31.8 / 6.2 and
#: 58.2 / 27.3 / 9.2). All are trained or tuned on since and kept as guards; the honest
#: estimate for unseen posts is the cross-validation of scripts/train_risk_model.py.
LATER_BLIND = ["blind2.jsonl", "blind3.jsonl", "blind4.jsonl", "blind5.jsonl", "blind6.jsonl",
               "blind7.jsonl"]


@pytest.mark.parametrize("name", LATER_BLIND)
def test_later_blind_sets_meet_the_thresholds(name: str, capsys: pytest.CaptureFixture) -> None:
    posts = load_corpus(Path(__file__).parent / "checker_corpus" / name)
    assert len({p.id for p in posts}) == len(posts) >= 80
    test_hard_posts_are_risky(posts)
    outcomes = run_checker(posts)
    report = format_report(outcomes, name)
    with capsys.disabled():
        print(report)
    scores = score(outcomes)
    assert scores.risky_flagged_share >= RISKY_FLAGGED_MIN, report
    assert scores.hard_blocked_share >= HARD_BLOCKED_MIN, report
    assert scores.clean_alarm_share <= CLEAN_ALARM_MAX, report
