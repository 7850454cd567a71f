"""Loading templates from TOML: bad files are reported with name and line, good ones still load."""

from __future__ import annotations

import shutil
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clinic_ambassadors.core.checklists import (
    AttachTo,
    ErrorCode,
    Item,
    Kind,
    LocalText,
    Part,
    Role,
    Step,
    Template,
    TemplateError,
    load_templates,
    parse_template,
    template_to_toml,
)
from clinic_ambassadors.resource_files import resource_path

MINIMAL = """\
id = "mini"
version = 1
kind = "offboarding"
attaches_to = "ambassador"
title.de = "Mini"
title.en = "Mini"

[[items]]
id = "first"
required = true
role = "manager"
text.de = "Erstens"
text.en = "First"

[[items]]
id = "second"
required = false
role = "any"
text.de = "Zweitens"
text.en = "Second"
"""


@pytest.fixture
def folder(tmp_path):
    """A copy of the shipped templates that tests may spoil."""
    target = tmp_path / "checklists"
    shutil.copytree(resource_path("checklists"), target)
    return target


def _line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), start=1) if needle in line)


def _only_error(result, name):
    errors = [error for error in result.errors if error.source == name]
    assert len(errors) == 1, result.errors
    return errors[0]


def test_toml_syntax_error_names_file_and_line_and_the_rest_still_loads(folder):
    path = folder / "offboarding.toml"
    text = path.read_text(encoding="utf-8").replace('id = "revoke_access"', "id = revoke access")
    path.write_text(text, encoding="utf-8")

    result = load_templates(folder)

    error = _only_error(result, "offboarding.toml")
    assert error.code is ErrorCode.TOML_SYNTAX
    assert error.line == _line_of(text, "id = revoke access")
    assert error.column is not None
    assert "offboarding.toml" in str(error)
    assert set(result.templates) == {
        "programme_setup",
        "ambassador_onboarding",
        "pre_publication",
        "crisis_response",
    }


def test_missing_field_points_at_the_item_that_lacks_it(folder):
    path = folder / "pre_publication.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index('id = "no_testimonials"')
    role_at = text.index('role = "author"\n', start)
    text = text[:role_at] + text[role_at + len('role = "author"\n') :]
    path.write_text(text, encoding="utf-8")

    result = load_templates(folder)

    error = _only_error(result, "pre_publication.toml")
    assert error.code is ErrorCode.MISSING_FIELD
    assert error.field == "items[3].role"
    header_of_item = text[: text.rindex("[[items]]", 0, start)].count("\n") + 1
    assert error.line == header_of_item
    assert "pre_publication" not in result.templates
    assert len(result.templates) == 4


def test_unknown_role_names_file_line_and_the_bad_value(folder):
    path = folder / "crisis_response.toml"
    text = path.read_text(encoding="utf-8")
    text = text.replace('role = "any"', 'role = "receptionist"')
    path.write_text(text, encoding="utf-8")

    result = load_templates(folder)

    error = _only_error(result, "crisis_response.toml")
    assert error.code is ErrorCode.UNKNOWN_ROLE
    assert error.line == _line_of(text, 'role = "receptionist"')
    assert error.data["value"] == "receptionist"
    assert "manager" in error.data["allowed"]
    assert "crisis_response" not in result.templates and "offboarding" in result.templates


def test_duplicate_item_id_points_at_the_second_occurrence(folder):
    path = folder / "ambassador_onboarding.toml"
    text = path.read_text(encoding="utf-8").replace('id = "escalation_path"', 'id = "photo_rules"')
    path.write_text(text, encoding="utf-8")

    result = load_templates(folder)

    error = _only_error(result, "ambassador_onboarding.toml")
    assert error.code is ErrorCode.DUPLICATE_ITEM
    second = [n for n, line in enumerate(text.splitlines(), 1) if line == 'id = "photo_rules"'][1]
    assert error.line == second
    assert len(result.templates) == 4


@pytest.mark.parametrize(
    ("change", "code", "field"),
    [
        (("version = 1", 'version = "one"'), ErrorCode.WRONG_TYPE, "version"),
        (("version = 1", "version = 0"), ErrorCode.INVALID_VALUE, "version"),
        (('kind = "offboarding"', 'kind = "party"'), ErrorCode.UNKNOWN_VALUE, "kind"),
        (
            ('attaches_to = "ambassador"', 'attaches_to = "draft"'),
            ErrorCode.ATTACHES_TO_MISMATCH,
            "attaches_to",
        ),
        (('id = "first"', 'id = "First Item"'), ErrorCode.INVALID_ID, "items[0].id"),
        (("required = true", 'required = "yes"'), ErrorCode.WRONG_TYPE, "items[0].required"),
        (('text.en = "First"', 'text.en = "  "'), ErrorCode.EMPTY_TEXT, "items[0].text.en"),
        (('text.en = "First"', 'text.fr = "Premier"'), ErrorCode.UNKNOWN_KEY, "items[0].text.fr"),
        (
            ('role = "any"', 'role = "any"\nrequried = true'),
            ErrorCode.UNKNOWN_KEY,
            "items[1].requried",
        ),
        (
            ('role = "any"', 'role = "any"\npart = "author"'),
            ErrorCode.PART_NOT_ALLOWED,
            "items[1].part",
        ),
        (
            ('role = "any"', 'role = "any"\nstep = "first_hour"'),
            ErrorCode.UNKNOWN_STEP,
            "items[1].step",
        ),
        (
            ('role = "any"', 'role = "any"\ndue_hours = -1'),
            ErrorCode.INVALID_VALUE,
            "items[1].due_hours",
        ),
    ],
)
def test_schema_errors_have_a_code_a_field_and_the_line_of_the_key(change, code, field):
    old, new = change
    text = MINIMAL.replace(old, new, 1)
    with pytest.raises(TemplateError) as caught:
        parse_template(text, "mini.toml")
    error = caught.value
    assert (error.code, error.field, error.source) == (code, field, "mini.toml")
    assert error.line == _line_of(text, new.splitlines()[-1])


def test_missing_top_level_field_and_missing_items(tmp_path):
    with pytest.raises(TemplateError) as caught:
        parse_template(MINIMAL.replace('kind = "offboarding"\n', ""), "x.toml")
    assert caught.value.code is ErrorCode.MISSING_FIELD and caught.value.field == "kind"
    assert caught.value.line == 1

    head = MINIMAL[: MINIMAL.index("[[items]]")]
    with pytest.raises(TemplateError) as caught:
        parse_template(head, "x.toml")
    assert caught.value.code is ErrorCode.MISSING_FIELD and caught.value.field == "items"


def test_pre_publication_items_need_a_part():
    text = MINIMAL.replace('kind = "offboarding"', 'kind = "pre_publication"').replace(
        'attaches_to = "ambassador"', 'attaches_to = "draft"'
    )
    with pytest.raises(TemplateError) as caught:
        parse_template(text, "x.toml")
    assert caught.value.code is ErrorCode.MISSING_FIELD
    assert caught.value.field == "items[0].part"
    assert caught.value.line == _line_of(text, "[[items]]")


def test_latest_version_wins_and_a_duplicate_version_is_reported(tmp_path):
    (tmp_path / "a.toml").write_text(MINIMAL, encoding="utf-8")
    (tmp_path / "b.toml").write_text(MINIMAL.replace("version = 1", "version = 3"), "utf-8")
    (tmp_path / "c.toml").write_text(MINIMAL, encoding="utf-8")
    (tmp_path / "d.toml").write_bytes(b"\xff\xfe not utf-8")
    (tmp_path / "notes.txt").write_text("ignored", encoding="utf-8")

    result = load_templates(tmp_path)

    assert result.templates["mini"].version == 3
    codes = {error.source: error.code for error in result.errors}
    assert codes == {"c.toml": ErrorCode.DUPLICATE_TEMPLATE, "d.toml": ErrorCode.UNREADABLE}
    assert next(e for e in result.errors if e.source == "c.toml").line == 2


def test_a_missing_folder_is_an_error_not_a_crash(tmp_path):
    result = load_templates(tmp_path / "nope")
    assert result.templates == {}
    assert [error.code for error in result.errors] == [ErrorCode.FOLDER_MISSING]


def test_sub_tables_and_inline_tables_are_accepted_and_located():
    text = MINIMAL.replace('title.de = "Mini"\ntitle.en = "Mini"\n', "") + (
        '\n[items.help]\nde = "Hilfe"\nen = ""\n\n[title]\nde = "Mini"\nen = "Mini"\n'
    )
    with pytest.raises(TemplateError) as caught:
        parse_template(text, "x.toml")
    assert caught.value.code is ErrorCode.EMPTY_TEXT
    assert caught.value.field == "items[1].help.en"
    assert caught.value.line == _line_of(text, 'en = ""')

    inline = MINIMAL.replace(
        'text.de = "Erstens"\ntext.en = "First"', 'text = { de = "E", en = "F" }'
    )
    assert parse_template(inline, "x.toml").item("first").text("en") == "F"


# --- round trip --------------------------------------------------------------------

_texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40
).filter(lambda s: s.strip())
_slugs = st.text(alphabet=string.ascii_lowercase + string.digits + "_", min_size=1, max_size=12)
_slugs = _slugs.filter(lambda s: s[0] != "_")
_local = st.builds(LocalText, de=_texts, en=_texts)


@st.composite
def templates(draw):
    kind = draw(st.sampled_from([Kind.PRE_PUBLICATION, Kind.CRISIS_RESPONSE, Kind.OFFBOARDING]))
    attaches = {
        Kind.PRE_PUBLICATION: AttachTo.DRAFT,
        Kind.CRISIS_RESPONSE: AttachTo.INCIDENT,
        Kind.OFFBOARDING: AttachTo.AMBASSADOR,
    }[kind]
    steps: tuple[Step, ...] = ()
    if kind is Kind.CRISIS_RESPONSE:
        steps = (Step("first_hour", draw(_local)), Step("afterwards", draw(_local)))
    ids = draw(st.lists(_slugs, min_size=1, max_size=6, unique=True))
    items = tuple(
        Item(
            id=item_id,
            text=draw(_local),
            required=draw(st.booleans()),
            role=draw(st.sampled_from(list(Role))),
            help=draw(st.none() | _local),
            basis=draw(st.none() | _local),
            part=draw(st.sampled_from(list(Part))) if kind is Kind.PRE_PUBLICATION else None,
            step=draw(st.sampled_from([s.id for s in steps])) if steps else None,
            owner_role=draw(st.none() | st.sampled_from(list(Role))),
            due_hours=draw(st.none() | st.integers(0, 10_000)),
        )
        for item_id in ids
    )
    return Template(
        id=draw(_slugs),
        version=draw(st.integers(1, 500)),
        kind=kind,
        attaches_to=attaches,
        title=draw(_local),
        items=items,
        description=draw(st.none() | _local),
        note=draw(st.none() | _local),
        steps=steps,
    )


@settings(max_examples=150, deadline=None)
@given(templates())
def test_any_valid_template_round_trips_through_toml(template):
    assert parse_template(template_to_toml(template), "edited") == template
