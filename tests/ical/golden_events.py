"""The representative events of the golden files (issue 4, "Proof"), one calendar each."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from eventplanner.domain.enums import BusyStatus, EventKind, EventStatus
from eventplanner.domain.model import Event, OccurrenceChange
from eventplanner.ical import CalendarInfo, ExportOptions, Place
from tests.ical.factories import days, make_event, timed

MDU = Place("Mälardalens universitet", "Universitetsplan 1", "Västerås", "Sverige")
ELMIA = Place("Elmia", "Elmiavägen 15", "Jönköping", "Sverige")
NODE = Place("Silicon Valley Business Node", "170 S Market St", "San José", "USA")

LONG_TEXT = " ".join(
    [
        "Rapporten om industriell teknik lanseras med en panel av ledare från industri, "
        "akademi och offentlig sektor; samtalet sänds direkt och på plats.",
        "Vi går igenom vad digitaliseringen betyder för stålindustrin, för kommunerna, för "
        "skolorna och för facket, och hur små och medelstora företag kan öka sin "
        "konkurrenskraft genom nya metoder och verktyg i praktiken.",
    ]
    * 6
)


@dataclass(frozen=True)
class Golden:
    events: list[tuple[Event, Place | None]]
    info: CalendarInfo = field(default_factory=lambda: CalendarInfo(name="Eventplanner"))
    options: ExportOptions = field(default_factory=ExportOptions)


def _course() -> Event:
    """A weekly course across the spring clock change (28 March 2027), with a session
    struck out, one moved, one retitled and one cancelled."""
    timing = timed("2027-03-04 13:00", "2027-03-04 16:00")
    return make_event(
        "Intraprenörskap för SMF – kursträff",
        timing,
        uid="course@eventplanner",
        kind=EventKind.COURSE,
        rule="FREQ=WEEKLY;BYDAY=TH;COUNT=8",
        exdates=(datetime(2027, 3, 18, 13, 0),),
        reminder_minutes=60,
        tags=("intraprenörskap", "SMF"),
        changes=(
            OccurrenceChange(
                datetime(2027, 3, 25, 13, 0),
                timing=timed("2027-03-24 13:00", "2027-03-24 16:00"),
                title="Intraprenörskap för SMF – kursträff (flyttad till onsdag)",
            ),
            OccurrenceChange(datetime(2027, 4, 8, 13, 0), description="Gästföreläsare: Anna Berg"),
            OccurrenceChange(datetime(2027, 4, 15, 13, 0), cancelled=True),
            OccurrenceChange(datetime(2027, 4, 22, 13, 0), status=EventStatus.CANCELLED),
        ),
    )


GOLDEN: dict[str, Golden] = {
    "timed": Golden(
        [
            (
                make_event(
                    "Seminarium: Digitalisering i stålindustrin",
                    timed("2027-03-12 09:00", "2027-03-12 11:30"),
                    description="Forskare och företag delar erfarenheter.",
                    online_url="https://teams.example.se/m/123456",
                    web_page="https://kluster.example.se/seminarium",
                    reminder_minutes=15,
                    tags=("stål", "digitalisering"),
                    venue_id=3,
                    venue_name="Mälardalens universitet",
                ),
                MDU,
            )
        ]
    ),
    "all_day": Golden(
        [
            (
                make_event(
                    "Innovationsdag",
                    days("2027-01-27", "2027-01-27"),
                    uid="innovation@eventplanner",
                    kind=EventKind.INNOVATION_DAY,
                    web_page="https://kluster.example.se/innovationsdagen",
                    busy=BusyStatus.FREE,
                ),
                None,
            )
        ]
    ),
    "multi_day": Golden(
        [
            (
                make_event(
                    "Elmia Automation",
                    days("2027-03-12", "2027-03-14"),
                    uid="fair@eventplanner",
                    kind=EventKind.TRADE_FAIR,
                    status=EventStatus.PLANNED,
                    reminder_minutes=18 * 60,
                    tags=("mässa", "delad monter"),
                ),
                ELMIA,
            )
        ]
    ),
    "other_zone": Golden(
        [
            (
                make_event(
                    "Affärsnod Silicon Valley: partnerträff",
                    timed("2027-03-10 09:00", "2027-03-10 10:30", "America/Los_Angeles"),
                    uid="node@eventplanner",
                    kind=EventKind.NETWORK_MEETING,
                    busy=BusyStatus.TENTATIVE,
                    status=EventStatus.DRAFT,
                ),
                NODE,
            )
        ]
    ),
    "recurring": Golden([(_course(), MDU)]),
    "recurring_all_day": Golden(
        [
            (
                make_event(
                    "Bokslutsdag",
                    days("2027-01-29", "2027-01-29"),
                    uid="monthly@eventplanner",
                    kind=EventKind.OTHER,
                    rule="FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20270630",
                    exdates=(days("2027-04-30", "2027-04-30").first_day,),
                ),
                None,
            )
        ]
    ),
    "cancelled": Golden(
        [
            (
                make_event(
                    "Nätverksträff i Skellefteå",
                    timed("2027-02-09 16:00", "2027-02-09 18:00"),
                    uid="cancelled@eventplanner",
                    kind=EventKind.NETWORK_MEETING,
                    status=EventStatus.CANCELLED,
                    reminder_minutes=30,
                ),
                None,
            ),
            (_course(), MDU),
        ],
        options=ExportOptions(include_cancelled=True, cancelled_prefix="Inställt: "),
    ),
    "swedish_text": Golden(
        [
            (
                make_event(
                    "Lansering: Rapport om industriell teknik; panel, livesänd",
                    timed("2027-04-20 14:00", "2027-04-20 16:00"),
                    uid="launch@eventplanner",
                    kind=EventKind.LAUNCH,
                    description="Välkommen!\nPanelen: vd, rektor, landshövding.\n"
                    "Sökväg: C:\\Rapporter\\2027; frågor till å@example.se",
                    notes="Internt: boka fika; 40 pers.",
                    tags=("rapport", "panel, livesänd", "Öppet"),
                ),
                Place("Västerås Congress", "Kopparbergsvägen 4", "Västerås"),
            )
        ],
        info=CalendarInfo(
            name="Klustrets evenemang – Västerås",
            description="Lanseringar, mässor; kurser.",
            refresh=timedelta(hours=1),
        ),
        options=ExportOptions(include_notes=True),
    ),
    "long_description": Golden(
        [
            (
                make_event(
                    "Innovationsdagarna: internationell publik, flera scener och gäster i "
                    "andra tidszoner",
                    timed("2027-01-26 08:30", "2027-01-26 17:00"),
                    uid="long@eventplanner",
                    kind=EventKind.INNOVATION_DAY,
                    description=LONG_TEXT,
                ),
                None,
            )
        ],
        info=CalendarInfo(name=None),
    ),
}
