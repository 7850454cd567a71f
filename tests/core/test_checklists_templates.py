"""The checklist templates that ship with the app: complete, bilingual, with legal bases."""

from __future__ import annotations

import pytest

from clinic_ambassadors.core.checklists import (
    AttachTo,
    CrisisStep,
    Kind,
    Part,
    Role,
    due_at,
    load_templates,
    missing_required,
    parse_template,
    template_to_toml,
)
from clinic_ambassadors.resource_files import resource_path

SHIPPED = {
    "programme_setup": (Kind.PROGRAMME_SETUP, AttachTo.PROGRAMME),
    "ambassador_onboarding": (Kind.AMBASSADOR_ONBOARDING, AttachTo.AMBASSADOR),
    "pre_publication": (Kind.PRE_PUBLICATION, AttachTo.DRAFT),
    "crisis_response": (Kind.CRISIS_RESPONSE, AttachTo.INCIDENT),
    "offboarding": (Kind.OFFBOARDING, AttachTo.AMBASSADOR),
}


@pytest.fixture(scope="module")
def shipped():
    return load_templates()


def test_every_shipped_template_loads_without_errors(shipped):
    assert shipped.errors == []
    assert set(shipped.templates) == set(SHIPPED)
    for template_id, (kind, attaches_to) in SHIPPED.items():
        template = shipped.templates[template_id]
        assert (template.kind, template.attaches_to, template.version) == (kind, attaches_to, 1)


def test_one_file_per_template_named_after_its_id():
    names = sorted(path.stem for path in resource_path("checklists").glob("*.toml"))
    assert names == sorted(SHIPPED)


@pytest.mark.parametrize("template_id", sorted(SHIPPED))
def test_every_text_exists_in_german_and_english(shipped, template_id):
    template = shipped.templates[template_id]
    texts = [template.title, template.description, template.note]
    texts += [step.title for step in template.steps]
    for item in template.items:
        texts += [item.text, item.help, item.basis]
    for text in texts:
        if text is None:
            continue
        assert text.de.strip() and text.en.strip()
    # German and English are real translations, not copies (legal citations may match).
    for item in template.items:
        assert item.text.de != item.text.en, item.id


@pytest.mark.parametrize("template_id", sorted(SHIPPED))
def test_every_template_says_it_is_no_legal_advice_and_can_be_edited(shipped, template_id):
    note = shipped.templates[template_id].note
    assert note is not None
    assert "keine Rechtsberatung" in note.de and "anpassen" in note.de
    assert "not legal advice" in note.en and "adapt" in note.en


@pytest.mark.parametrize("template_id", sorted(SHIPPED))
def test_shipped_templates_survive_a_toml_round_trip(shipped, template_id):
    template = shipped.templates[template_id]
    assert parse_template(template_to_toml(template), "copy.toml") == template


def test_programme_setup_is_a_road_map_with_owners_and_crisis_preparation(shipped):
    setup = shipped.templates["programme_setup"]
    ids = [item.id for item in setup.road_map()]
    for expected in (
        "buy_in",
        "goals_kpis",
        "culture_check",
        "guidelines",
        "participation_agreement",
        "photo_consents",
        "legal_notice",
        "works_council",
        "time_budget",
        "training",
        "workflow",
        "pilot",
        "crisis_roles",
        "holding_statements",
    ):
        assert expected in ids
    assert ids[0] == "buy_in" and ids[-1] == "pilot"
    assert all(item.owner_role is not None and item.step for item in setup.items)
    assert "§87" in setup.item("works_council").basis_text("de")
    assert "BetrVG" in setup.item("works_council").basis_text("en")


def test_onboarding_requires_the_four_things_needed_to_become_active(shipped):
    onboarding = shipped.templates["ambassador_onboarding"]
    required = {item.id for item in onboarding.items if item.required}
    assert {"agreement_signed", "photo_consent", "training_done", "disclosure_wording"} <= required
    assert not onboarding.item("content_focus").required
    assert len(onboarding.items) == 10


def test_pre_publication_has_both_parts_and_every_item_names_its_basis(shipped):
    check = shipped.templates["pre_publication"]
    author = [item for item in check.items if item.part is Part.AUTHOR]
    reviewer = [item for item in check.items if item.part is Part.REVIEWER]
    assert author and reviewer and len(author) + len(reviewer) == len(check.items)
    assert all(item.role is Role.AUTHOR for item in author)
    assert all(item.role is Role.REVIEWER for item in reviewer)
    assert all(item.basis is not None for item in check.items)
    bases = " ".join(item.basis_text("de") for item in author)
    for cited in (
        "§203 StGB",
        "§3 HWG",
        "§11 Abs. 1 S. 3 HWG",
        "§5a Abs. 4 UWG",
        "§22 KUG",
        "AGG",
        "§27 Abs. 3 MBO-Ä",
    ):
        assert cited in bases
    assert "I ZR 206/17" in check.item("review_hwg_scope").basis_text("en")


def test_crisis_response_covers_the_time_steps_and_cites_gdpr_and_stgb(
    shipped,
):
    crisis = shipped.templates["crisis_response"]
    assert [step.id for step in crisis.steps] == [
        CrisisStep.FIRST_HOUR,
        CrisisStep.HOURS_2_6,
        CrisisStep.HOURS_24_72,
        CrisisStep.AFTERWARDS,
    ]
    assert all(item.step for item in crisis.items)
    assert "Art. 33" in crisis.item("gdpr_breach_check").basis_text("en")
    assert "72" in crisis.item("gdpr_breach_check").text("de")
    assert "§§185–187 StGB" in crisis.item("report_abuse").basis_text("de")
    assert crisis.item("secure_evidence").role is Role.ANY
    assert crisis.item("post_mortem").step == CrisisStep.AFTERWARDS


def test_offboarding_cites_the_withdrawal_ruling_and_erasure(shipped):
    offboarding = shipped.templates["offboarding"]
    bases = " ".join(item.basis_text("de") for item in offboarding.items)
    assert "BAG 8 AZR 1011/13" in bases and "Art. 17 DSGVO" in bases
    assert "Art. 17 GDPR" in offboarding.item("delete_personal_data").basis_text("en")
    assert [item.id for item in missing_required(offboarding, [])][0] == "stop_drafts"


def test_text_falls_back_to_english_for_other_languages(shipped):
    item = shipped.templates["pre_publication"].item("no_patient_visible")
    assert item.text("de_DE") == item.text.de
    assert item.text("fr") == item.text.en
    assert dict(item.text) == {"de": item.text.de, "en": item.text.en}
    assert (
        item.help_text("en")
        and shipped.templates["offboarding"].item("stop_drafts").help_text("en") == ""
    )


def test_shipped_crisis_items_all_have_deadlines_except_afterwards(shipped):
    from datetime import UTC, datetime

    crisis = shipped.templates["crisis_response"]
    start = datetime(2025, 3, 1, 8, 0, tzinfo=UTC)
    for item in crisis.items:
        if item.step == CrisisStep.AFTERWARDS:
            assert due_at(item, start) is None
        else:
            assert due_at(item, start) is not None
