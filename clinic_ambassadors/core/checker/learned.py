"""A small learned model that catches risky posts the written rules miss.

Rules explain a risk precisely but only recognise the wordings someone wrote down;
posts written by others say the same thing in other words (a patient story that
never says "patient", a promise in everyday words). This model was trained on the
labelled posts in ``tests/core/checker_corpus`` (``scripts/train_risk_model.py``):
a logistic regression over word and character 4-gram features with tf-idf weights.
It gives two probabilities: that a reviewer would call the post risky, and that it
contains a hard ban or a patient identifier. Inference is plain Python, no
numerical library: the file holds, per feature, its idf and its two weights.

The model never rewrites anything and never stands alone: the checker reports it
as a rule (``learned = ...`` in the rule packs) with its own message, only where
the written rules found nothing as serious, and points at the sentence that
weighs most so a person can judge.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

#: Changing the features makes every stored model wrong: bump this and retrain.
FEATURE_VERSION = 1
#: The model learned from whole posts; on a few words (a title, a link, a name) one feature
#: outweighs everything, so shorter texts are left to the written rules.
MIN_WORDS = 12
#: The share of a text's words the model must know to judge it (training posts: 54 % and up).
MIN_KNOWN = 0.5
#: Texts longer than this many words (about 800 characters, longer than most training posts)
#: are also read in windows of a few sentences.
WINDOW_WORDS = 120
WINDOW_SENTENCES = 3
WINDOW_STRIDE = 2
MAX_WINDOWS = 400
#: A window counts only by this much less than the whole text would (cross-validated: without
#: it, windows added false alarms on long harmless posts and caught almost nothing more).
WINDOW_MARGIN = 0.15

_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")


def features(text: str) -> Counter[str]:
    """Raw counts of the model's features: ``w:`` words and ``c:`` character 4-grams.

    The 4-grams are taken inside each whitespace-separated token padded with one space
    on each side (like scikit-learn's ``char_wb``); tokens shorter than that count whole.
    """
    words, grams = _counts(text.lower())
    counts: Counter[str] = Counter({"w:" + k: v for k, v in words.items()})
    counts.update({"c:" + k: v for k, v in grams.items()})
    return counts


_TOKEN_GRAMS: dict[str, tuple[str, ...]] = {}  # most tokens recur: cut them up only once


def _token_grams(token: str) -> tuple[str, ...]:
    padded = f" {token} "
    size = len(padded)
    grams = (padded,) if size <= 4 else tuple([padded[i:i + 4] for i in range(size - 3)])
    if len(_TOKEN_GRAMS) > 100_000:
        _TOKEN_GRAMS.clear()
    _TOKEN_GRAMS[token] = grams
    return grams


def _counts(lowered: str) -> tuple[Counter[str], Counter[str]]:
    grams: list[str] = []
    extend = grams.extend
    cached = _TOKEN_GRAMS.get
    for token in lowered.split():
        extend(cached(token) or _token_grams(token))
    return Counter(_WORD.findall(lowered)), Counter(grams)


@dataclass(frozen=True)
class Scores:
    """What the model says about one text."""

    risky: float  # probability that a reviewer would call the post risky
    hard: float  # probability of a hard ban or a patient identifier
    sentence: tuple[int, int]  # the span (start, end) that weighs most towards ``towards``
    signals: tuple[str, ...]  # the words that weigh most towards "risky", strongest first


class RiskModel:
    """Loaded once per process (see ``default_model``); safe to share between threads."""

    def __init__(self, data: dict) -> None:
        if data.get("feature_version") != FEATURE_VERSION:
            raise ValueError(
                f"risk model was built for feature version {data.get('feature_version')}, "
                f"this app uses {FEATURE_VERSION}; retrain it (scripts/train_risk_model.py)"
            )
        self.trained_on: tuple[str, ...] = tuple(data.get("trained_on", ()))
        self.intercepts: tuple[float, float] = tuple(data["intercepts"])  # type: ignore[assignment]
        # feature -> (idf, weight towards risky, weight towards hard)
        self.table: dict[str, tuple[float, float, float]] = {
            name: (float(v[0]), float(v[1]), float(v[2])) for name, v in data["features"].items()
        }
        # The same rows split by kind, without the prefix, for the fast path.
        self._words = {k[2:]: v for k, v in self.table.items() if k.startswith("w:")}
        self._grams = {k[2:]: v for k, v in self.table.items() if k.startswith("c:")}

    @classmethod
    def load(cls, path: str | Path) -> RiskModel:
        with open(path, encoding="utf-8") as fh:
            return cls(json.load(fh))

    def _vector(self, counts: Counter[str]) -> dict[str, tuple[float, tuple[float, float, float]]]:
        """Known features with their tf-idf value (sublinear tf, l2-normalised)."""
        table = self.table
        values: dict[str, tuple[float, tuple[float, float, float]]] = {}
        norm = 0.0
        for name, count in counts.items():
            row = table.get(name)
            if row is None:
                continue
            value = (1.0 + math.log(count)) * row[0]
            values[name] = (value, row)
            norm += value * value
        if norm:
            scale = 1.0 / math.sqrt(norm)
            values = {k: (v * scale, row) for k, (v, row) in values.items()}
        return values

    def probabilities(self, text: str) -> tuple[float, float]:
        """(risky, hard) for the text as a whole."""
        risky, hard, _known = self.assess(text)
        return risky, hard

    def assess(self, text: str) -> tuple[float, float, float]:
        """(risky, hard, known): ``known`` is the share of the text's words the model has
        seen in training; below ``MIN_KNOWN`` its probabilities say nothing about the text
        (a post in Turkish scores the training average, not a judgement)."""
        norm = risky = hard = 0.0
        log = math.log
        words, grams = _counts(text.lower())
        total = sum(words.values())
        known = 0
        for counts, table in ((words, self._words), (grams, self._grams)):
            get = table.get
            for name, count in counts.items():
                row = get(name)
                if row is None:
                    continue
                if counts is words:
                    known += count
                value = row[0] if count == 1 else (1.0 + log(count)) * row[0]
                norm += value * value
                risky += value * row[1]
                hard += value * row[2]
        scale = 1.0 / math.sqrt(norm) if norm else 0.0
        return (_sigmoid(self.intercepts[0] + risky * scale),
                _sigmoid(self.intercepts[1] + hard * scale),
                known / total if total else 0.0)

    def scan(self, text: str) -> tuple[float, float]:
        """(risky, hard) the way the checker reads a post: the model learned from posts of a
        few sentences, so a long text is also read in windows of three sentences and the most
        worrying window counts (one patient sentence in a long harmless text must not be
        diluted). Windows the model cannot read (``known`` too low) are skipped."""
        spans = [(0, len(text))]
        if len(text.split()) > WINDOW_WORDS:
            sentences = sentence_spans(text)
            spans += [(sentences[i][0], sentences[min(i + WINDOW_SENTENCES, len(sentences)) - 1][1])
                      for i in range(0, len(sentences), WINDOW_STRIDE)][:MAX_WINDOWS]
        best_risky = best_hard = 0.0
        for number, (start, end) in enumerate(spans):
            piece = text[start:end]
            if len(piece.split()) < MIN_WORDS:
                continue
            risky, hard, known = self.assess(piece)
            if known < MIN_KNOWN:
                continue
            margin = WINDOW_MARGIN if number else 0.0  # many windows, many chances to misfire
            best_risky = max(best_risky, risky - margin)
            best_hard = max(best_hard, hard - margin)
        return best_risky, best_hard

    def score(self, text: str, towards: str = "risky") -> Scores:
        """Both probabilities, the sentence that weighs most towards ``towards`` ("risky"
        or "hard") and the words that pull hardest that way, so a finding can point at
        what made it."""
        column = 2 if towards == "hard" else 1
        values = self._vector(features(text))
        risky = self.intercepts[0] + sum(v * row[1] for v, row in values.values())
        hard = self.intercepts[1] + sum(v * row[2] for v, row in values.values())
        pull = {name[2:]: v * row[column] for name, (v, row) in values.items() if name[0] == "w"}
        signals = tuple(w for w, p in sorted(pull.items(), key=lambda kv: -kv[1])[:5] if p > 0)
        return Scores(_sigmoid(risky), _sigmoid(hard), self.strongest_sentence(text, towards),
                      signals)

    def strongest_sentence(self, text: str, towards: str = "risky") -> tuple[int, int]:
        """The sentence that, read on its own, the model finds most risky (or hard)."""
        index = 1 if towards == "hard" else 0
        best, best_span = -1.0, (0, len(text))
        for start, end in sentence_spans(text):
            piece = text[start:end]
            if len(piece.split()) < 3:
                continue
            probability = self.assess(piece)[index]
            if probability > best:
                best, best_span = probability, (start, end)
        return best_span


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty sentence or line, without surrounding blanks."""
    spans = []
    start = 0
    for m in [*_SENTENCE_END.finditer(text), None]:
        end = m.start() if m is not None else len(text)
        piece = text[start:end]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            spans.append((start + lead, start + len(piece.rstrip())))
        if m is not None:
            start = m.end()
    return spans


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)


@lru_cache(maxsize=1)
def default_model() -> RiskModel:
    """The model shipped in ``resources/model/risk_model.json``."""
    from clinic_ambassadors.resource_files import resource_path

    return RiskModel.load(resource_path("model", "risk_model.json"))
