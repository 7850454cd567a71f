"""Word diff: exact reconstruction of both texts, sensible grouping, safe HTML."""

from __future__ import annotations

import itertools
import random

import hypothesis.strategies as st
import pytest
from hypothesis import given

from clinic_ambassadors.core.textdiff import DiffOp, diff_html, tokenize, word_diff


def new_side(ops: list[DiffOp]) -> str:
    return "".join(op.text for op in ops if op.kind != "delete")


def old_side(ops: list[DiffOp]) -> str:
    return "".join(op.text for op in ops if op.kind != "insert")


def test_insert_inside_a_sentence_is_one_word() -> None:
    ops = word_diff("Wir suchen MFA in Teilzeit.", "Wir suchen eine MFA in Teilzeit.")
    assert ops == [
        DiffOp("equal", "Wir suchen "),
        DiffOp("insert", "eine "),
        DiffOp("equal", "MFA in Teilzeit."),
    ]


def test_replacement_is_delete_then_insert() -> None:
    ops = word_diff("Das Team ist toll.", "Das Team ist großartig.")
    assert ops == [
        DiffOp("equal", "Das Team ist "),
        DiffOp("delete", "toll."),
        DiffOp("insert", "großartig."),
    ]


def test_appending_does_not_mark_the_last_word_changed() -> None:
    assert word_diff("Hallo Welt", "Hallo Welt heute") == [
        DiffOp("equal", "Hallo Welt"),
        DiffOp("insert", " heute"),
    ]


def test_empty_texts() -> None:
    assert word_diff("", "") == []
    assert word_diff("", "Neu") == [DiffOp("insert", "Neu")]
    assert word_diff("Alt", "") == [DiffOp("delete", "Alt")]
    assert word_diff("same", "same") == [DiffOp("equal", "same")]


def test_emoji_sequences_stay_whole() -> None:
    old = "Team 👩‍⚕️ Tag 🇩🇪 ok"
    new = "Team 👨‍⚕️ Tag 🇩🇪 ok"
    ops = word_diff(old, new)
    assert DiffOp("delete", "👩‍⚕️") in ops and DiffOp("insert", "👨‍⚕️") in ops
    assert new_side(ops) == new and old_side(ops) == old


def test_right_to_left_text() -> None:
    old = "مرحبا بكم في عيادتنا"
    new = "مرحبا بكم جميعا في عيادتنا"
    ops = word_diff(old, new)
    assert DiffOp("insert", "جميعا ") in ops
    assert new_side(ops) == new and old_side(ops) == old


def test_whitespace_changes_are_kept_exactly() -> None:
    old = "Absatz eins.\nAbsatz zwei."
    new = "Absatz eins.\n\nAbsatz  zwei.\t"
    ops = word_diff(old, new)
    assert new_side(ops) == new and old_side(ops) == old
    assert all(op.kind == "equal" or not op.text.strip() for op in ops)


def test_combining_marks_are_not_split_from_their_letter() -> None:
    assert tokenize("Ba\u0308r und Bär") == ["Ba\u0308r", " ", "und", " ", "Bär"]


token = st.sampled_from(["Praxis", "MFA", "und", "die", "👍", "Ärztin", "مرحبا", ".", "ß"])
space = st.sampled_from([" ", "  ", "\n", "\n\n", "\t", "\u00a0"])
texty = st.lists(st.one_of(token, space), max_size=40).map("".join)


@given(texty, texty)
def test_joining_ops_reproduces_both_texts(old: str, new: str) -> None:
    ops = word_diff(old, new)
    assert new_side(ops) == new
    assert old_side(ops) == old
    assert all(op.text for op in ops), "no empty operations"
    assert all(a.kind != b.kind for a, b in itertools.pairwise(ops)), "neighbours are merged"


@given(st.text(max_size=80), st.text(max_size=80))
def test_reconstruction_for_any_unicode(old: str, new: str) -> None:
    ops = word_diff(old, new)
    assert new_side(ops) == new and old_side(ops) == old


@given(texty)
def test_identical_texts_have_no_changes(text: str) -> None:
    assert all(op.kind == "equal" for op in word_diff(text, text))


@pytest.mark.parametrize("seed", range(4))
def test_long_texts_with_scattered_edits_reconstruct(seed: int) -> None:
    rnd = random.Random(seed)
    vocab = [f"wort{i}" for i in range(2000)] + ["und", "die", "der"] * 300
    words = [rnd.choice(vocab) for _ in range(5000)]
    changed = list(words)
    for _ in range(60):
        changed[rnd.randrange(len(changed))] = rnd.choice(["NEU", "neu", "Praxis"])
    old, new = " ".join(words), " ".join(changed)
    ops = word_diff(old, new)
    assert new_side(ops) == new and old_side(ops) == old
    changed_words = sum(len(op.text.split()) for op in ops if op.kind == "insert")
    assert changed_words <= 60, "anchoring keeps the diff local, not one big replacement"


def test_html_is_escaped_and_marks_changes() -> None:
    html = diff_html(word_diff("<b>Alt</b> & gut", "<b>Neu</b> & gut"))
    assert "<b>" not in html and "&lt;b&gt;Alt&lt;/b&gt;" in html
    assert "&amp; gut" in html
    assert html.count("<del ") == 1 and html.count("<ins ") == 1
    assert "text-decoration:line-through" in html
    assert html.startswith('<div style="white-space:pre-wrap;">')


def test_html_makes_an_added_line_break_visible() -> None:
    html = diff_html(word_diff("eins zwei", "eins\nzwei"))
    assert "<ins" in html and "\u21b5" in html
