"""A database seeded with known conflicts of every event-level kind, and events that look
like conflicts but are none (cancelled, back to back, another venue, a struck-out
occurrence of a subscribed series); shared by the services', command line's and window's
tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from eventplanner.domain.conflicts import ConflictKind
from eventplanner.domain.enums import EventStatus
from eventplanner.domain.model import EventDraft, Venue
from eventplanner.domain.recurrence import Recurrence
from eventplanner.domain.timing import AllDaySpan, TimedSpan
from eventplanner.services.workspace import Workspace

STO = ZoneInfo("Europe/Stockholm")
LA = ZoneInfo("America/Los_Angeles")
YEAR = (date(2027, 1, 1), date(2027, 12, 31))
CALENDAR = "Regionens evenemang"

REGION_ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Region//Evenemang//SV
X-WR-CALNAME:Regionens evenemang
BEGIN:VEVENT
UID:region-1@example.org
DTSTAMP:20270101T000000Z
DTSTART;TZID=Europe/Stockholm:20270915T090000
DTEND;TZID=Europe/Stockholm:20270915T170000
SUMMARY:Regionala tillväxtdagen
LOCATION:Umeå Folkets Hus
END:VEVENT
BEGIN:VEVENT
UID:region-2@example.org
DTSTAMP:20270101T000000Z
DTSTART;TZID=Europe/Stockholm:20271007T080000
DTEND;TZID=Europe/Stockholm:20271007T090000
RRULE:FREQ=WEEKLY;COUNT=10
EXDATE;TZID=Europe/Stockholm:20271014T080000
SUMMARY:Företagarfrukost
LOCATION:Stadshuset
END:VEVENT
BEGIN:VEVENT
UID:region-2@example.org
DTSTAMP:20270101T000000Z
RECURRENCE-ID;TZID=Europe/Stockholm:20271021T080000
DTSTART;TZID=Europe/Stockholm:20271021T100000
DTEND;TZID=Europe/Stockholm:20271021T110000
SUMMARY:Företagarfrukost (flyttad)
LOCATION:Stadshuset
END:VEVENT
BEGIN:VEVENT
UID:region-3@example.org
DTSTAMP:20270101T000000Z
DTSTART;TZID=Europe/Stockholm:20271103T100000
DTEND;TZID=Europe/Stockholm:20271103T120000
STATUS:CANCELLED
SUMMARY:Inställd mässa
END:VEVENT
END:VCALENDAR
"""


@dataclass(frozen=True)
class Seeded:
    """The seeded database's known conflicts: (kind, event titles, the day) each."""

    expected: tuple[tuple[ConflictKind, tuple[str, ...], date], ...]
    region_file: Path
    ids: dict[str, int]


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=STO)  # type: ignore[misc]


def timed(title: str, start: datetime, end: datetime, venue: int | None = None,
          **fields: object) -> EventDraft:  # fmt: skip
    return EventDraft(title=title, timing=TimedSpan(start, end, "Europe/Stockholm"),
                      venue_id=venue, **fields)  # type: ignore[arg-type]  # fmt: skip


def seed(workspace: Workspace, folder: Path) -> Seeded:
    """Fill ``workspace`` with the known conflicts, and subscribe to the region's calendar
    (written in ``folder``)."""
    aros = workspace.venues.create(Venue(None, "Aros Congress Center", city="Västerås")).id
    kista = workspace.venues.create(Venue(None, "Kistamässan", city="Stockholm")).id
    elmia = workspace.venues.create(Venue(None, "Elmia", city="Jönköping")).id
    assert aros is not None and kista is not None and elmia is not None
    drafts = [
        # On holidays, an eve and a bridge day.
        timed("Nätverksträff", at(2027, 1, 6, 10), at(2027, 1, 6, 12), aros),
        timed("Midsommarmingel", at(2027, 6, 25, 14), at(2027, 6, 25, 16)),
        timed("Workshop om AI", at(2027, 5, 7, 9), at(2027, 5, 7, 12), kista),
        EventDraft("Påskmässan", AllDaySpan(date(2027, 3, 25), date(2027, 3, 29)), venue_id=elmia),
        # One venue booked twice; and a series' occurrence against a single event.
        timed("Rapportlansering", at(2027, 4, 14, 10), at(2027, 4, 14, 12), aros),
        timed("Styrelsemöte", at(2027, 4, 14, 11), at(2027, 4, 14, 13), aros),
        timed(
            "Kursträff",
            at(2027, 2, 2, 13),
            at(2027, 2, 2, 16),
            kista,
            recurrence=Recurrence("FREQ=WEEKLY;COUNT=8"),
        ),
        timed("Seminarium", at(2027, 2, 16, 15), at(2027, 2, 16, 17), kista),
        # Against the subscribed calendar: a single event, a moved and a plain occurrence.
        timed("Höstkonferens", at(2027, 9, 15, 13), at(2027, 9, 15, 15), elmia),
        timed("Partnermöte", at(2027, 10, 21, 10, 30), at(2027, 10, 21, 11, 30)),
        timed("Frukostseminarium", at(2027, 10, 28, 8, 30), at(2027, 10, 28, 10)),
        # No conflicts: cancelled on a holiday, back to back, other venues at once, a
        # Saturday, the region's struck-out and moved-away occurrences, its cancelled event.
        timed(
            "Inställt nyårsfika",
            at(2027, 1, 1, 10),
            at(2027, 1, 1, 11),
            aros,
            status=EventStatus.CANCELLED,
        ),
        timed("Förmöte", at(2027, 4, 20, 10), at(2027, 4, 20, 12), aros),
        timed("Eftermöte", at(2027, 4, 20, 12), at(2027, 4, 20, 14), aros),
        timed("Kistadagen", at(2027, 4, 20, 10), at(2027, 4, 20, 14), kista),
        timed("Lördagsöppet", at(2027, 8, 21, 10), at(2027, 8, 21, 14), elmia),
        timed("Styrgrupp", at(2027, 10, 14, 8), at(2027, 10, 14, 9)),
        timed("Tidig frukost", at(2027, 10, 21, 8), at(2027, 10, 21, 9)),
        timed("Mässplanering", at(2027, 11, 3, 10), at(2027, 11, 3, 12)),
        # Ending at midnight on Nationaldagen; on a Saturday in its own zone (Sunday here);
        # a series whose Kristi himmelsfärdsdag is struck out.
        timed("Kvällsmingel", at(2027, 6, 5, 20), at(2027, 6, 6, 0)),
        EventDraft(
            "Silicon Valley-besök",
            TimedSpan(
                datetime(2027, 6, 5, 16, tzinfo=LA),
                datetime(2027, 6, 5, 18, tzinfo=LA),
                "America/Los_Angeles",
            ),
        ),
        timed(
            "Veckomöte",
            at(2027, 4, 22, 9),
            at(2027, 4, 22, 10),
            recurrence=Recurrence("FREQ=WEEKLY;COUNT=4", exdates=(datetime(2027, 5, 6, 9),)),
        ),
        # An eve at the end of a market's days.
        EventDraft("Julmarknad", AllDaySpan(date(2027, 12, 23), date(2027, 12, 24))),
    ]
    ids = {d.title: workspace.events.create(d).event.id for d in drafts}
    region = folder / "regionen.ics"
    region.write_text(REGION_ICS.replace("\n", "\r\n"), encoding="utf-8")
    workspace.subscriptions.subscribe(CALENDAR, str(region))
    holiday, eve, bridge = (ConflictKind.PUBLIC_HOLIDAY, ConflictKind.EVE,
                            ConflictKind.BRIDGE_DAY)  # fmt: skip
    venue, clash = ConflictKind.VENUE_DOUBLE_BOOKED, ConflictKind.SUBSCRIBED_CLASH
    expected = (
        (holiday, ("Nätverksträff",), date(2027, 1, 6)),
        (venue, ("Kursträff", "Seminarium"), date(2027, 2, 16)),
        (holiday, ("Påskmässan",), date(2027, 3, 26)),
        (holiday, ("Påskmässan",), date(2027, 3, 28)),
        (holiday, ("Påskmässan",), date(2027, 3, 29)),
        (venue, ("Rapportlansering", "Styrelsemöte"), date(2027, 4, 14)),
        (bridge, ("Workshop om AI",), date(2027, 5, 7)),
        (eve, ("Midsommarmingel",), date(2027, 6, 25)),
        (clash, ("Höstkonferens",), date(2027, 9, 15)),
        (clash, ("Partnermöte",), date(2027, 10, 21)),
        (clash, ("Frukostseminarium",), date(2027, 10, 28)),
        (eve, ("Julmarknad",), date(2027, 12, 24)),
    )
    return Seeded(expected, region, ids)
