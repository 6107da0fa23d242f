"""The plain values the iCalendar writer takes and gives (no behaviour of their own)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from functools import cached_property


@dataclass(frozen=True)
class Place:
    """What LOCATION says: ``name, address, city, country`` on one line (OUTLOOK.md 8)."""

    name: str
    address: str = ""
    city: str = ""
    country: str = ""

    @property
    def line(self) -> str:
        """The non-empty parts, comma-separated, leaving out a part already said ("734 80
        Hallstahammar" in the address says the city)."""
        parts: list[str] = []
        for part in (self.name, self.address, self.city, self.country):
            part = " ".join(part.split())
            if part and not any(_says(said, part) for said in parts):
                parts.append(part)
        return ", ".join(parts)


def _says(said: str, part: str) -> bool:
    """Whether ``part`` is in ``said`` as whole words ("Ås" is not in "Västerås")."""
    return re.search(rf"(?<!\w){re.escape(part)}(?!\w)", said, re.IGNORECASE) is not None


@dataclass(frozen=True)
class ExportOptions:
    """Choices of a feed or an export that change what its events say."""

    include_cancelled: bool = False
    """Cancelled events (and cancelled occurrences) stay in, their titles prefixed."""
    cancelled_prefix: str = "Cancelled: "
    include_notes: bool = False
    """The event's private notes appended to DESCRIPTION."""
    language: str = "en"
    """The language the calendar is written in ("en", "sv"): the kinds' category names
    follow it (``domain.languages.chosen_language``: the feed's or export's setting, or
    when automatic what the calendar's texts are written in)."""


@dataclass(frozen=True)
class CalendarInfo:
    """What the VCALENDAR says about itself."""

    name: str | None = None
    """X-WR-CALNAME; None for a single-event file (OUTLOOK.md 2)."""
    description: str = ""
    """X-WR-CALDESC when not empty."""
    refresh: timedelta | None = None
    """Feeds: X-PUBLISHED-TTL and REFRESH-INTERVAL;VALUE=DURATION."""


@dataclass(frozen=True)
class EventText:
    """The VEVENT(s) of one event, ready to be placed in a calendar."""

    text: str
    """Folded, CRLF-ended lines; DTSTAMP holds ``DTSTAMP_MARK``."""
    zones: frozenset[str]
    """TZIDs the text uses (each needs a VTIMEZONE)."""

    @cached_property
    def pieces(self) -> tuple[bytes, ...]:
        """``text`` in UTF-8, cut out around each DTSTAMP line that holds the mark
        (``DTSTAMP_LINE``): with the line of the export's DTSTAMP put between each two, the
        event as exported. Encoded once, so that a feed kept in memory is written again
        without encoding (or even joining) its megabytes at every publication."""
        return tuple(self.text.encode().split(DTSTAMP_LINE))


DTSTAMP_MARK = "19700101T000000Z"
"""The DTSTAMP an event's text carries until ``calendar_text`` puts the export time there.
A valid value, so that an EventText is a well-formed VEVENT on its own."""
DTSTAMP_LINE = f"\r\nDTSTAMP:{DTSTAMP_MARK}\r\n".encode()
"""The mark's whole line in UTF-8, with the line ends around it: it always begins a line of
its own (a folded line's continuation begins with a space)."""

DAY_ZONE = "X-EVENTPLANNER-TIMEZONE"
"""An all-day event's own IANA zone. Its days are floating dates in iCalendar (``VALUE=DATE``
takes no TZID, RFC 5545 3.2.19; OUTLOOK.md 4), so without this a reader places them in its
own zone and our own round trip would lose, say, a study visit's Europe/Berlin. Other readers
ignore an X- property (RFC 5545 3.8.8.2)."""
