"""Tracking links and slugs."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

import hypothesis.strategies as st
import pytest
from hypothesis import given

from clinic_ambassadors.core.tracking import TrackingLinkError, slugify, tracking_link

DRAFT_ID = "3f2a9c1e-77aa-4c1b-9d0e-123456789abc"


def params(url: str) -> list[tuple[str, str]]:
    return parse_qsl(urlsplit(url).query, keep_blank_values=True)


def test_adds_the_four_utm_parameters() -> None:
    url = tracking_link(
        "https://praxis-muster.de/karriere",
        ambassador_slug="anna-schulz",
        draft_id=DRAFT_ID,
        network="LinkedIn",
    )
    assert url.startswith("https://praxis-muster.de/karriere?")
    assert dict(params(url)) == {
        "utm_source": "linkedin",
        "utm_medium": "ambassador",
        "utm_campaign": "employer-branding",
        "utm_content": "anna-schulz-3f2a9c1e",
    }


def test_vacancy_slug_becomes_the_campaign() -> None:
    url = tracking_link(
        "https://praxis.de/jobs",
        ambassador_slug="tom",
        draft_id=DRAFT_ID,
        vacancy_slug="MFA Teilzeit (m/w/d)",
        network="instagram",
    )
    assert dict(params(url))["utm_campaign"] == "mfa-teilzeit-m-w-d"


def test_keeps_existing_parameters_exactly_and_the_fragment() -> None:
    base = "https://jobs.example.org/stelle?id=42&q=Pflege%20Kraft&empty=&x=a+b#bewerben"
    url = tracking_link(base, ambassador_slug="lea", draft_id=DRAFT_ID, network="xing")
    parts = urlsplit(url)
    assert parts.fragment == "bewerben"
    assert parts.query.startswith("id=42&q=Pflege%20Kraft&empty=&x=a+b&utm_source=xing")


def test_replaces_old_utm_values_instead_of_duplicating() -> None:
    base = "https://praxis.de/?utm_source=newsletter&ref=1&utm_content=alt"
    url = tracking_link(base, ambassador_slug="lea", draft_id=DRAFT_ID, network="facebook")
    keys = [k for k, _ in params(url)]
    assert keys.count("utm_source") == 1 and keys.count("utm_content") == 1
    assert keys[0] == "ref"
    assert dict(params(url))["utm_source"] == "facebook"


def test_bare_host_gets_a_path() -> None:
    url = tracking_link("HTTP://Praxis.de", ambassador_slug="a", draft_id="abc", network="x")
    assert urlsplit(url).path == "/"


@pytest.mark.parametrize(
    ("base", "code"),
    [
        ("", "url_required"),
        ("   ", "url_required"),
        ("ftp://praxis.de/jobs", "unsupported_scheme"),
        ("javascript:alert(1)", "unsupported_scheme"),
        ("mailto:jobs@praxis.de", "unsupported_scheme"),
        ("praxis.de/jobs", "unsupported_scheme"),
        ("https:///jobs", "missing_host"),
    ],
)
def test_rejects_links_that_cannot_be_tracked(base: str, code: str) -> None:
    with pytest.raises(TrackingLinkError) as err:
        tracking_link(base, ambassador_slug="a", draft_id=DRAFT_ID, network="linkedin")
    assert err.value.code == code
    assert isinstance(err.value, ValueError)


@pytest.mark.parametrize(
    ("kw", "code"),
    [
        ({"network": "🎉"}, "network_required"),
        ({"ambassador_slug": "  "}, "ambassador_required"),
        ({"draft_id": "--"}, "draft_id_required"),
    ],
)
def test_rejects_missing_parts(kw, code) -> None:
    args = {"ambassador_slug": "a", "draft_id": DRAFT_ID, "network": "linkedin", **kw}
    with pytest.raises(TrackingLinkError) as err:
        tracking_link("https://praxis.de", **args)
    assert err.value.code == code


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Jörg Müller", "joerg-mueller"),
        ("ÄRZTIN Weiß", "aerztin-weiss"),
        ("STRASSE ẞ", "strasse-ss"),
        ("Zoë Łukasz Ørsted", "zoe-lukasz-orsted"),
        ("Team 🎉 Praxis 👩‍⚕️", "team-praxis"),
        ("🎉🎉", ""),
        ("Ba\u0308r", "baer"),  # decomposed umlaut
        ("  --MFA (m/w/d)--  ", "mfa-m-w-d"),
        ("İlkay Yıldız", "ilkay-yildiz"),
    ],
)
def test_slugify(name: str, slug: str) -> None:
    assert slugify(name) == slug


def test_slugify_cuts_long_names_at_a_word_boundary() -> None:
    slug = slugify("Medizinische Fachangestellte " * 5, max_length=40)
    assert len(slug) <= 40 and not slug.endswith("-")
    assert slug == "medizinische-fachangestellte"
    assert slugify("Medizinische Fachangestellte " * 5, max_length=41) == (
        "medizinische-fachangestellte-medizinische"
    )


@given(st.text(max_size=80))
def test_slugify_is_safe_and_idempotent(name: str) -> None:
    slug = slugify(name)
    assert all(ch.isascii() and (ch.isalnum() or ch == "-") for ch in slug)
    assert slug == slug.strip("-") and "--" not in slug
    assert slugify(slug) == slug
    assert len(slug) <= 60


@given(st.text(min_size=1, max_size=30).filter(lambda s: slugify(s)))
def test_every_ambassador_name_gives_a_working_link(name: str) -> None:
    url = tracking_link(
        "https://praxis.de/jobs", ambassador_slug=name, draft_id=DRAFT_ID, network="linkedin"
    )
    content = dict(params(url))["utm_content"]
    assert content == f"{slugify(name)}-3f2a9c1e"
