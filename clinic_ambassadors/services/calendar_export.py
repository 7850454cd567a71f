"""The posting calendar as an iCalendar file (.ics) for Outlook, Thunderbird or a phone.

One all-day event per planned or published draft, with title, ambassador, channels and
state only: the post text, images and comments stay in the programme file. Escaping
and line folding are left to the ``icalendar`` library.
"""

from __future__ import annotations

import contextlib
import os
import tomllib
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from icalendar import Calendar, Event

from clinic_ambassadors import __version__
from clinic_ambassadors.core.calendar import CalendarEntry, EntryKind
from clinic_ambassadors.core.drafts import DraftState
from clinic_ambassadors.core.errors import DomainError
from clinic_ambassadors.resource_files import resource_path
from clinic_ambassadors.services import calendar
from clinic_ambassadors.services import programme as programme_service
from clinic_ambassadors.storage.connection import ProgrammeFile

LANGUAGES = ("de", "en")
PRODID = f"-//Clinic Ambassadors//Clinic Ambassadors {__version__}//EN"
#: UIDs stay the same from one export to the next, so a re-import updates instead of doubling.
UID_DOMAIN = "clinic-ambassadors.invalid"
NETWORK_NAMES = {"linkedin": "LinkedIn", "instagram": "Instagram", "x": "X",
                 "facebook": "Facebook", "xing": "XING", "tiktok": "TikTok"}


class CalendarNotWritten(DomainError):
    code = "calendar_not_written"
    default = "The calendar file could not be written."


@cache
def labels(lang: str) -> dict[str, Any]:
    """The calendar's words in ``lang`` (German or English), from resources/calendar."""
    with resource_path("calendar", "ics_labels.toml").open("rb") as handle:
        data = tomllib.load(handle)
    return data[lang if lang in LANGUAGES else "en"]


def _network(code: str) -> str:
    return NETWORK_NAMES.get(code, code)


def description(entry: CalendarEntry, lang: str) -> str:
    words = labels(lang)
    lines = [f"{words['ambassador']}: {entry.ambassador_name}"]
    if entry.channels:
        lines.append(f"{words['channels']}: " + ", ".join(_network(c) for c in entry.channels))
    lines.append(f"{words['state']}: {words['states'][entry.state.value]}")
    if entry.kind is EntryKind.PUBLISHED and entry.network:
        lines.append(f"{words['published_on']}: {_network(entry.network)}")
    if entry.paused:
        lines.append(words["held"])
    return "\n".join(lines)


def ics_calendar(entries: Iterable[CalendarEntry], clinic_name: str, lang: str = "en",
                 stamp: datetime | None = None) -> bytes:
    """The .ics file's bytes; ``stamp`` (DTSTAMP) defaults to now."""
    stamp = stamp or datetime.now(UTC).replace(microsecond=0)
    words = labels(lang)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    name = f"{clinic_name} – {words['calendar']}" if clinic_name else words["calendar"]
    cal.add("x-wr-calname", name)
    for entry in entries:
        event = Event()
        event.add("uid", f"{entry.draft_id}@{UID_DOMAIN}")
        event.add("dtstamp", stamp)
        event.add("dtstart", entry.day)
        event.add("dtend", entry.day + timedelta(days=1))
        event.add("summary", entry.title or "–")
        event.add("description", description(entry, lang))
        event.add("categories", [words["states"][entry.state.value]])
        # Planned posts may still move; an all-day post never blocks anybody's time.
        confirmed = entry.state is DraftState.SCHEDULED or entry.kind is EntryKind.PUBLISHED
        event.add("status", "CONFIRMED" if confirmed else "TENTATIVE")
        event.add("transp", "TRANSPARENT")
        if entry.kind is EntryKind.PUBLISHED and entry.url.startswith(("https://", "http://")):
            event.add("url", entry.url)
        cal.add_component(event)
    return cal.to_ical()


def export_ics(pf: ProgrammeFile, path: Path | str, lang: str = "en",
               ambassador_id: str | None = None) -> int:
    """Write every planned and published draft to ``path``; returns the number of events.

    Written beside the target first and then moved over it, so a calendar app that
    subscribes to the file never reads half of it.
    """
    found = calendar.entries(pf, ambassador_id=ambassador_id)
    programme = programme_service.get(pf)
    data = ics_calendar(found, programme.clinic_name if programme else "", lang)
    target = Path(path).expanduser()
    temp = target.with_name(f".{target.name}.tmp")
    try:
        temp.write_bytes(data)
        os.replace(temp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        raise CalendarNotWritten(
            message=f"The calendar could not be written to {target}: {exc.strerror or exc}",
            path=str(target), reason=exc.strerror or str(exc)) from exc
    return len(found)
