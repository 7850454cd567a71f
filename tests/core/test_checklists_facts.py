"""Items that claim a recorded fact, and the contradictions recorded problems make of them."""

from __future__ import annotations

import dataclasses

import pytest

from clinic_ambassadors.core.checklists import (
    ChecklistError,
    ErrorCode,
    Fact,
    Kind,
    Problem,
    RecordedProblem,
    contradictions,
    linked_fact,
    load_templates,
    refuse_if_contradicted,
)

KIM = RecordedProblem(Fact.PHOTO_CONSENT, Problem.MISSING, "Kim Kollegin", "team.png")


@pytest.fixture(scope="module")
def pre_publication():
    return next(t for t in load_templates().templates.values() if t.kind is Kind.PRE_PUBLICATION)


def test_the_shipped_photo_items_claim_the_photo_consents(pre_publication):
    assert linked_fact(pre_publication, "people_consented") is Fact.PHOTO_CONSENT
    assert linked_fact(pre_publication, "review_images") is Fact.PHOTO_CONSENT
    assert linked_fact(pre_publication, "no_testimonials") is None
    found = contradictions(pre_publication, [KIM])
    assert [(c.item_id, c.record) for c in found] == [("people_consented", KIM),
                                                      ("review_images", KIM)]
    assert contradictions(pre_publication, []) == ()


def test_an_edited_template_without_the_item_has_no_link(pre_publication):
    items = tuple(i for i in pre_publication.items if i.id != "people_consented")
    edited = dataclasses.replace(pre_publication, items=items, version=2)
    assert [c.item_id for c in contradictions(edited, [KIM])] == ["review_images"]


def test_a_contradicted_item_is_refused_with_what_the_records_say(pre_publication):
    found = contradictions(pre_publication, [KIM])
    with pytest.raises(ChecklistError) as info:
        refuse_if_contradicted("people_consented", found)
    assert info.value.code is ErrorCode.CONTRADICTS_RECORDS
    assert info.value.data["records"] == [{"fact": "photo_consent", "problem": "missing",
                                           "subject": "Kim Kollegin", "where": "team.png",
                                           "subject_kind": "roster"}]
    refuse_if_contradicted("no_testimonials", found)  # not linked: nothing to say
