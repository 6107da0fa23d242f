"""The whole VCALENDAR (OUTLOOK.md 1-3): framing, names, refresh, time zones, events."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from eventplanner import __version__
from eventplanner.domain.model import Event
from eventplanner.ical.layout import CalendarLayout, Pieces
from eventplanner.ical.lines import escape_text, fold
from eventplanner.ical.values import (
    DTSTAMP_LINE,
    CalendarInfo,
    EventText,
    ExportOptions,
    Place,
)
from eventplanner.ical.vevent import duration_text, event_text, utc_text
from eventplanner.ical.vtimezone import zone_definition

PRODID = f"-//Eventplanner//Eventplanner {__version__}//EN"
_DEFAULT_OPTIONS = ExportOptions()


def _head(info: CalendarInfo) -> list[str]:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    if info.name is not None:
        lines.append(f"X-WR-CALNAME:{escape_text(info.name)}")
    if info.description:
        lines.append(f"X-WR-CALDESC:{escape_text(info.description)}")
    if info.refresh is not None:
        interval = duration_text(info.refresh)
        lines.append(f"X-PUBLISHED-TTL:{interval}")
        lines.append(f"REFRESH-INTERVAL;VALUE=DURATION:{interval}")
    return lines


def calendar_text(events: Iterable[EventText], info: CalendarInfo, *, stamp: datetime) -> str:
    """The whole VCALENDAR: VERSION, PRODID, CALSCALE, METHOD:PUBLISH, names, one RRULE-based
    VTIMEZONE for every zone the events use, the events; DTSTAMP = stamp (UTC).

    The zones are derived from their rules in force in ``stamp``'s year. Raises ValueError
    for a naive ``stamp`` or a refresh interval under a minute.
    """
    _check(info, stamp)
    texts: list[str] = []
    zones: set[str] = set()
    for item in events:
        texts.append(item.text)
        zones |= item.zones
    body = "".join(texts)
    # The mark sits at the start of a line of its own ("\r\n" before it, never a fold).
    body = body.replace(_MARK_LINE, _stamp_line(stamp))
    return _framing(info, zones, stamp) + body + _END


def calendar_data(events: Sequence[EventText], info: CalendarInfo, *, stamp: datetime) -> bytes:
    """``calendar_text(events, info, stamp=stamp).encode()``, made from each event's bytes
    (``EventText.pieces``, encoded once)."""
    return b"".join(calendar_pieces(events, info, stamp=stamp))


def calendar_pieces(events: Sequence[EventText], info: CalendarInfo, *, stamp: datetime) -> Pieces:
    """``calendar_data`` in pieces, to be written one after the other (``CalendarLayout``)."""
    return layout_pieces(CalendarLayout(events), info, stamp=stamp)


def layout_pieces(layout: CalendarLayout, info: CalendarInfo, *, stamp: datetime) -> Pieces:
    """The calendar of the events laid out in ``layout`` in pieces: the head and the
    VTIMEZONEs, the events stamped with ``stamp``, the end. Joined, they are
    ``calendar_text(events, info, stamp=stamp).encode()``, of ``size`` bytes."""
    _check(info, stamp)
    head = _framing(info, layout.zones, stamp).encode()
    return layout.pieces(head=head, end=_END_DATA, line=_stamp_line(stamp).encode())


_MARK_LINE = DTSTAMP_LINE.decode()
_END = "END:VCALENDAR\r\n"
_END_DATA = _END.encode()


def _check(info: CalendarInfo, stamp: datetime) -> None:
    if stamp.tzinfo is None or stamp.utcoffset() is None:
        raise ValueError("calendar_text: stamp must be a time with a time zone (UTC)")
    if info.refresh is not None and info.refresh.total_seconds() < 60:
        raise ValueError(f"calendar_text: refresh every {info.refresh} is under a minute")


def _stamp_line(stamp: datetime) -> str:
    return f"\r\nDTSTAMP:{utc_text(stamp)}\r\n"


def _framing(info: CalendarInfo, zones: Iterable[str], stamp: datetime) -> str:
    """The calendar's head and the VTIMEZONEs of ``zones`` (in force in ``stamp``'s year)."""
    head = "".join(fold(line) for line in _head(info))
    year = stamp.year
    return head + "".join(zone_definition(name, year).text for name in sorted(zones))


def export_calendar(
    events: Iterable[tuple[Event, Place | None]],
    info: CalendarInfo,
    options: ExportOptions = _DEFAULT_OPTIONS,
    *,
    stamp: datetime,
) -> str:
    """Events and their places as one calendar: ``event_text`` for each (those the options
    leave out are left out), then ``calendar_text``."""
    texts = (event_text(event, place, options) for event, place in events)
    return calendar_text((t for t in texts if t is not None), info, stamp=stamp)
