"""The practice's careers page address and recording a publication with its tracking link.

The careers URL is asked for once in the publish dialog and remembered in the programme
settings, so every later tracking link points to the same page.
"""

from __future__ import annotations

from datetime import date
from urllib.parse import urlsplit

from clinic_ambassadors.core.drafts import Action
from clinic_ambassadors.core.errors import ValidationError
from clinic_ambassadors.core.posts import DraftRecord
from clinic_ambassadors.core.tracking import TrackingLinkError
from clinic_ambassadors.services import drafts
from clinic_ambassadors.services.writes import reading, transaction
from clinic_ambassadors.storage import audit
from clinic_ambassadors.storage import programme as programme_store
from clinic_ambassadors.storage.audit import Actor
from clinic_ambassadors.storage.connection import ProgrammeFile

KEY = "careers_url"


def careers_url(pf: ProgrammeFile) -> str:
    return str(reading(pf, lambda db: programme_store.get_setting(db, KEY, "")) or "")


def _check(url: str) -> str:
    url = url.strip()
    parts = urlsplit(url)
    if not url:
        raise ValidationError([("careers_url", "required")])
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise ValidationError([("careers_url", "invalid_url")])
    return url


def set_careers_url(pf: ProgrammeFile, actor: Actor, url: str) -> str:
    """Remember the careers page; unchanged values write nothing (and no audit event)."""
    url = _check(url)
    with transaction(pf) as db:
        if programme_store.get_setting(db, KEY, "") != url:
            programme_store.set_setting(db, KEY, url)
            audit.record(db, actor, "programme", None, "careers_url", url)
    return url


def tracking_preview(pf: ProgrammeFile, draft_id: str, base_url: str, network: str) -> str:
    """The tracking link for the dialog, or '' while the careers URL is not usable yet."""
    try:
        return drafts.tracking_link_for(pf, draft_id, _check(base_url), network)
    except (ValidationError, TrackingLinkError, ValueError):
        return ""


def record_publication(pf: ProgrammeFile, actor: Actor, draft_id: str, *, network: str, url: str,
                       published_on: date | None, base_url: str) -> tuple[DraftRecord, str]:
    """Remember the careers URL, build the tracking link and mark the draft published."""
    link = ""
    if base_url.strip() and network.strip():
        set_careers_url(pf, actor, base_url)
        link = drafts.tracking_link_for(pf, draft_id, _check(base_url), network)
    rec = drafts.act(pf, actor, draft_id, Action.PUBLISH, network=network, url=url,
                     published_on=published_on, tracking=link)
    return rec, link
