"""Refusals name what is open, but a long list is cut short so the message stays readable."""

from __future__ import annotations

from clinic_ambassadors.ui.workflow_text import SHOWN_ITEMS, quoted, refusal_text


def test_a_short_list_is_named_in_full(qtbot):
    text = refusal_text("checklist_incomplete", {}, {"en": ["One", "Two", "Three"],
                                                     "de": ["Eins", "Zwei", "Drei"]})
    assert all(quoted(n) in text for n in ("One", "Two", "Three"))
    assert "more" not in text


def test_four_items_name_three_like_the_checklist_tab_does(qtbot):
    text = refusal_text("checklist_incomplete", {}, {"en": ["A", "B", "C", "D"],
                                                     "de": ["A", "B", "C", "D"]})
    assert quoted("D") not in text and "and 1 more" in text


def test_a_long_list_names_the_first_items_and_counts_the_rest(qtbot):
    names = [f"Item {i}" for i in range(1, 13)]
    text = refusal_text("checklist_incomplete", {}, {"en": names, "de": names})
    assert all(quoted(n) in text for n in names[:SHOWN_ITEMS])
    assert quoted("Item 4") not in text
    assert f"and {12 - SHOWN_ITEMS} more" in text


def test_quotes_follow_the_ui_language(qtbot):
    assert quoted("x") == "“x”"  # the tests run the UI in English
