"""Refusals name what is open, but a long list is cut short so the message stays readable."""

from __future__ import annotations

from clinic_ambassadors.ui.workflow_text import SHOWN_ITEMS, refusal_text


def test_a_short_list_is_named_in_full(qtbot):
    text = refusal_text("checklist_incomplete", {}, {"en": ["One", "Two", "Three", "Four"],
                                                     "de": ["Eins", "Zwei", "Drei", "Vier"]})
    assert all(f"„{n}“" in text for n in ("One", "Two", "Three", "Four"))
    assert "more" not in text


def test_a_long_list_names_the_first_items_and_counts_the_rest(qtbot):
    names = [f"Item {i}" for i in range(1, 13)]
    text = refusal_text("checklist_incomplete", {}, {"en": names, "de": names})
    assert all(f"„{n}“" in text for n in names[:SHOWN_ITEMS])
    assert "„Item 4“" not in text
    assert f"and {12 - SHOWN_ITEMS} more" in text
