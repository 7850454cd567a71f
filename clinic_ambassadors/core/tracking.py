"""Tracking links for ambassador posts, so applications can be traced to a post.

UTM parameters are the ones every analytics tool reads; the link keeps the page's
own query parameters and fragment untouched so the careers page still works.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote, unquote_plus, urlsplit, urlunsplit

DEFAULT_CAMPAIGN = "employer-branding"
UTM_MEDIUM = "ambassador"
UTM_KEYS = ("utm_source", "utm_medium", "utm_campaign", "utm_content")
SHORT_ID_LENGTH = 8

#: Letters NFKD does not split into base letter + mark, and German spellings.
_TRANSLITERATION = str.maketrans(
    {
        "ä": "ae",
        "ö": "oe",
        "ü": "ue",
        "Ä": "Ae",
        "Ö": "Oe",
        "Ü": "Ue",
        "ß": "ss",
        "ẞ": "SS",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ø": "o",
        "Ø": "O",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "Ð": "D",
        "þ": "th",
        "Þ": "TH",
        "ı": "i",
    }
)
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


class TrackingLinkError(ValueError):
    """A link that cannot carry tracking; ``code`` is stable for the UI to translate."""

    def __init__(self, code: str, value: str = "") -> None:
        super().__init__(f"{code}: {value!r}" if value else code)
        self.code = code
        self.value = value


def slugify(name: str, max_length: int = 60) -> str:
    """Lower-case ASCII words joined by "-": "Jörg Straße 🎉" -> "joerg-strasse".

    Umlauts follow German spelling (ä -> ae), other accents are dropped, emoji and
    scripts without a Latin spelling vanish; the result may be empty. Idempotent.
    """
    text = unicodedata.normalize("NFC", name).translate(_TRANSLITERATION)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    slug = _NOT_SLUG.sub("-", text).strip("-")
    if len(slug) > max_length:
        cut = slug[:max_length]
        slug = cut.rsplit("-", 1)[0] if "-" in cut and slug[max_length] != "-" else cut
        slug = slug.strip("-")
    return slug


def short_id(draft_id: str) -> str:
    """The first characters of an id, enough to tell a programme's drafts apart."""
    return re.sub(r"[^0-9a-zA-Z]", "", draft_id)[:SHORT_ID_LENGTH].lower()


def tracking_link(
    base_url: str,
    *,
    ambassador_slug: str,
    draft_id: str,
    vacancy_slug: str | None = None,
    network: str,
) -> str:
    """``base_url`` with UTM parameters naming the network, ambassador and draft.

    Existing parameters keep their order and exact spelling; any utm_* parameter this
    function sets is replaced. Raises :class:`TrackingLinkError` with code
    ``url_required``, ``unsupported_scheme``, ``missing_host``, ``network_required``,
    ``ambassador_required`` or ``draft_id_required``.
    """
    url = base_url.strip()
    if not url:
        raise TrackingLinkError("url_required")
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise TrackingLinkError("unsupported_scheme", url)
    if not parts.hostname:
        raise TrackingLinkError("missing_host", url)
    source = slugify(network)
    if not source:
        raise TrackingLinkError("network_required", network)
    ambassador = slugify(ambassador_slug)
    if not ambassador:
        raise TrackingLinkError("ambassador_required", ambassador_slug)
    draft = short_id(draft_id)
    if not draft:
        raise TrackingLinkError("draft_id_required", draft_id)
    campaign = slugify(vacancy_slug or "") or DEFAULT_CAMPAIGN

    kept = [
        piece
        for piece in parts.query.split("&")
        if piece and unquote_plus(piece.split("=", 1)[0]) not in UTM_KEYS
    ]
    ours = {
        "utm_source": source,
        "utm_medium": UTM_MEDIUM,
        "utm_campaign": campaign,
        "utm_content": f"{ambassador}-{draft}",
    }
    added = [f"{key}={quote(value, safe='')}" for key, value in ours.items()]
    query = "&".join([*kept, *added])
    path = parts.path or "/"
    return urlunsplit((parts.scheme, parts.netloc, path, query, parts.fragment))
