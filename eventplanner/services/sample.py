"""The sample planning year: a realistic cluster year to try Eventplanner on.

Everything is placed relative to ``today`` so that the sample always looks current: it runs
from about three months before to fifteen months after. Yearly events keep their season
(innovation days in ISO week 4, the Västerås fair in week 11, ...) and their weekday; a date
that lands on a Swedish public holiday, in the Christmas break or in the industry's summer
weeks moves a week away (later for what lies ahead, earlier for what is past). Status follows
the calendar the way a coordinator keeps it: past events are completed, the next two months
confirmed, the rest planned, and what lies beyond about nine months is still a draft.

The data is this module's on purpose: a catalogue of the product's world, kept in one place.
Building is deterministic for a given ``today`` (only the iCalendar UIDs are random).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Literal

from eventplanner.domain.enums import BusyStatus, EventKind, EventStatus, OrganisationType
from eventplanner.domain.errors import ValidationError
from eventplanner.domain.holidays import is_holiday
from eventplanner.domain.model import (
    Contact,
    EventDraft,
    OccurrenceChange,
    Organisation,
    Project,
    Venue,
)
from eventplanner.domain.recurrence import Recurrence
from eventplanner.domain.timezones import localize, zone
from eventplanner.domain.timing import AllDaySpan, TimedSpan, Timing
from eventplanner.services.workspace import Workspace

STOCKHOLM = "Europe/Stockholm"
LOS_ANGELES = "America/Los_Angeles"
TOKYO = "Asia/Tokyo"
BERLIN = "Europe/Berlin"
SITE = "https://automationsklustret.se"
LIVE = "https://live.automationsklustret.se"

COURSE_SERIES_TITLE = "Intraprenörskap för SMF – kursträff"
NETWORK_SERIES_TITLE = "Nätverksträff för medlemmar"
COURSE_SESSIONS = 10
CANCELLED_SESSION = 5
"""Which session of the course series (counted from 1) is cancelled."""
MOVED_SESSION = 7
"""Which session of the course series (counted from 1) moves to the Wednesday before."""

TUE, WED, THU = 2, 3, 4
INNOVATION_WEEK = 4
_OWN_BIG_WEEKS = frozenset({INNOVATION_WEEK, 11})
"""ISO weeks of the innovation days and the Västerås fair (see ``_FAIRS``)."""
AUTO: Literal["auto"] = "auto"

_REMINDERS: dict[EventKind, int] = {
    EventKind.TRADE_FAIR: 60,
    EventKind.WEBINAR: 15,
    EventKind.NETWORK_MEETING: 30,
    EventKind.INNOVATION_DAY: 15,
    EventKind.COURSE: 60,
    EventKind.SEMINAR: 60,
    EventKind.WORKSHOP: 60,
    EventKind.LAUNCH: 60,
    EventKind.OTHER: 30,
}
_ALL_DAY_REMINDER = 18 * 60
"""Outlook's own default for all-day events: 06:00 the day before."""


@dataclass(frozen=True, slots=True)
class SampleSummary:
    """What :func:`build_sample` created."""

    events: int
    """Events as stored: a series counts once."""
    series: int
    changed_occurrences: int
    venues: int
    organisations: int
    contacts: int
    projects: int
    tags: int
    first_day: date
    last_day: date


def build_sample(workspace: Workspace, *, today: date | None = None) -> SampleSummary:
    """Fill an empty database with a sample planning year placed around ``today``.

    Raises ValidationError (field ``database``) if the database already holds anything, so
    that a coordinator's own planning is never mixed with sample data.
    """
    if today is None:
        today = datetime.now(zone(STOCKHOLM)).date()
    _refuse_unless_empty(workspace)
    return _SampleYear(workspace, today).build()


def _refuse_unless_empty(workspace: Workspace) -> None:
    events = workspace.queries.count()
    if events:
        plural = "" if events == 1 else "s"
        raise ValidationError(
            "database",
            f"already holds {events} event{plural}; the sample year is only built into an "
            "empty database (open a new file for it)",
        )
    for noun, service in (
        ("venues", workspace.venues),
        ("organisations", workspace.organisations),
        ("contacts", workspace.contacts),
        ("projects", workspace.projects),
        ("tags", workspace.tags),
    ):
        if service.list():
            raise ValidationError(
                "database",
                f"already holds {noun}; the sample year is only built into an empty database "
                "(open a new file for it)",
            )


# -- the Swedish calendar ----------------------------------------------------------------------


def _is_off(day: date) -> bool:
    """A day nobody plans an event on: a holiday, the Christmas break, the summer weeks."""
    if is_holiday(day):
        return True
    if (day.month, day.day) >= (12, 21) or (day.month, day.day) <= (1, 6):
        return True
    return 28 <= day.isocalendar().week <= 31


def _clear(
    day: date, offsets: Iterable[int], step: int, *, busy_weeks: frozenset[int] = frozenset()
) -> date:
    """``day`` moved a week at a time (``step`` +1 later, -1 earlier) until no day is off.

    ``busy_weeks`` are ISO weeks the team spends on its own big events.
    """
    days = list(offsets)
    while any(
        _is_off(moved) or moved.isocalendar().week in busy_weeks
        for moved in (day + timedelta(days=o) for o in days)
    ):
        day += timedelta(weeks=step)
    return day


def _timed(day: date, start: str, end: str, time_zone: str = STOCKHOLM) -> TimedSpan:
    """Wall-clock times ``HH:MM`` on ``day`` in ``time_zone``."""

    def at(text: str, field: str) -> datetime:
        hour, minute = (int(part) for part in text.split(":"))
        return localize(datetime.combine(day, time(hour, minute)), time_zone, field=field)

    return TimedSpan(at(start, "start"), at(end, "end"), time_zone)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The ``n``-th ``weekday`` (ISO, Monday 1) of a month."""
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


# -- the world ---------------------------------------------------------------------------------

_OWN = "klustret"

_ORGANISATIONS: Sequence[tuple[str, str, OrganisationType, str, str]] = (
    (_OWN, "Automationsklustret Västerås", OrganisationType.OTHER, SITE,
     "Vår egen förening: arrangör av de flesta evenemang."),
    ("abb", "ABB", OrganisationType.MEMBER_COMPANY, "https://new.abb.com/se",
     "Medlem sedan starten; delar ofta monter med oss."),
    ("hitachi", "Hitachi Energy Sweden", OrganisationType.MEMBER_COMPANY,
     "https://www.hitachienergy.com/se", "Medlem; kraftöverföring och elnät."),
    ("westinghouse", "Westinghouse Electric Sweden", OrganisationType.MEMBER_COMPANY,
     "https://www.westinghousenuclear.com", "Medlem; kärnbränslefabriken i Västerås."),
    ("alstom", "Alstom Sverige", OrganisationType.MEMBER_COMPANY, "https://www.alstom.com",
     "Medlem; spårfordon och signalsystem (tidigare Bombardier)."),
    ("mekaniska", "Mälardalens Mekaniska Verkstad AB", OrganisationType.MEMBER_COMPANY,
     "https://malardalensmekaniska.se", "Underleverantör, 45 anställda; deltar i mikrofabriker."),
    ("kopingsautomation", "Köpings Automation AB", OrganisationType.MEMBER_COMPANY,
     "https://kopingsautomation.se", "Systemintegratör, PLC och robotceller."),
    ("robotcell", "Robotcell Väst AB", OrganisationType.MEMBER_COMPANY,
     "https://robotcellvast.se", "Litet robotföretag; delar monter på mässorna."),
    ("malarstal", "Mälarstål AB", OrganisationType.MEMBER_COMPANY, "https://malarstal.se",
     "Stålverk i Bergslagen; pilotföretag i stålprojektet."),
    ("bergslagen", "Bergslagens Specialstål AB", OrganisationType.MEMBER_COMPANY,
     "https://bergslagensspecialstal.se", "Specialstål; deltar i stålprojektets workshoppar."),
    ("vsp", "Västerås Science Park", OrganisationType.PARTNER,
     "https://vasterasscience.com", "Värd för klusterkontoret och studion."),
    ("almi", "Almi Företagspartner Mälardalen", OrganisationType.PARTNER,
     "https://www.almi.se/malardalen", "Medarrangör av kurserna för små och medelstora företag."),
    ("jernkontoret", "Jernkontoret", OrganisationType.PARTNER, "https://www.jernkontoret.se",
     "Stålindustrins branschorganisation; sprider stålprojektets resultat."),
    ("ssc", "Skellefteå Science City", OrganisationType.PARTNER,
     "https://skellefteasciencecity.se", "Partner för affärsnoden i Skellefteå."),
    ("svnode", "Svenska affärsnoden Silicon Valley", OrganisationType.PARTNER,
     "https://svnode.automationsklustret.se", "Vår nod i Palo Alto, nio timmar efter Stockholm."),
    ("mdu", "Mälardalens universitet", OrganisationType.UNIVERSITY_OR_INSTITUTE,
     "https://www.mdu.se", "Projektägare för stålprojektet; kursvärd."),
    ("rise", "RISE Research Institutes of Sweden", OrganisationType.UNIVERSITY_OR_INSTITUTE,
     "https://www.ri.se", "Medförfattare till den nationella rapporten; interoperabilitet."),
    ("kth", "KTH Kungliga Tekniska högskolan", OrganisationType.UNIVERSITY_OR_INSTITUTE,
     "https://www.kth.se", "Medförfattare till den nationella rapporten."),
    ("swerim", "Swerim", OrganisationType.UNIVERSITY_OR_INSTITUTE, "https://www.swerim.se",
     "Metallforskningsinstitut; forskningspartner i stålprojektet."),
    ("vasteras", "Västerås stad", OrganisationType.PUBLIC_SECTOR, "https://www.vasteras.se",
     "Näringslivsenheten är med i styrgruppen."),
    ("region", "Region Västmanland", OrganisationType.PUBLIC_SECTOR,
     "https://regionvastmanland.se", "Regional utveckling; finansierar affärsnoderna."),
    ("hallstahammar", "Hallstahammars kommun", OrganisationType.PUBLIC_SECTOR,
     "https://www.hallstahammar.se", "Kommun med stålindustri; målgrupp i stålprojektet."),
    ("skelleftea", "Skellefteå kommun", OrganisationType.PUBLIC_SECTOR,
     "https://skelleftea.se", "Värdkommun för noden i norr."),
    ("wenstromska", "Wenströmska gymnasiet", OrganisationType.PUBLIC_SECTOR,
     "https://www.vasteras.se/wenstromska", "Teknikgymnasium; skolans röst i stålprojektet."),
    ("vasterasmassan", "Västerås Mässor AB", OrganisationType.TRADE_FAIR_ORGANISER,
     "https://vasterasmassor.se", "Arrangerar Automationsmässan Västerås."),
    ("stockholmsmassan", "Stockholmsmässan", OrganisationType.TRADE_FAIR_ORGANISER,
     "https://www.stockholmsmassan.se", "Industrimässan i Älvsjö."),
    ("elmia", "Elmia", OrganisationType.TRADE_FAIR_ORGANISER, "https://www.elmia.se",
     "Underleverantörsmässan i Jönköping."),
    ("svenskamassan", "Svenska Mässan", OrganisationType.TRADE_FAIR_ORGANISER,
     "https://svenskamassan.se", "Automationsmässan i Göteborg."),
    ("vinnova", "Vinnova", OrganisationType.FUNDER, "https://www.vinnova.se",
     "Finansierar stålprojektet och interoperabilitetsprojektet."),
    ("tillvaxtverket", "Tillväxtverket", OrganisationType.FUNDER,
     "https://tillvaxtverket.se", "Regionalfondsmedel till mikrofabrikerna."),
    ("kks", "KK-stiftelsen", OrganisationType.FUNDER, "https://www.kks.se",
     "Finansierar visualiseringsprojektet med Mälardalens universitet."),
    ("ifmetall", "IF Metall Västmanland", OrganisationType.OTHER,
     "https://www.ifmetall.se", "Fackförbund; civilsamhällets röst i stålprojektet."),
)  # fmt: skip

# PTS reserves 070-174 06 xx for fiction; 555-01xx is the fictional range in North America.
_CONTACTS: Sequence[tuple[str, str, str, str, str]] = (
    ("Åsa Lindqvist", "asa.lindqvist@automationsklustret.se", "+46 70-174 06 01", _OWN,
     "Verksamhetsledare"),
    ("Jörgen Öberg", "jorgen.oberg@automationsklustret.se", "+46 70-174 06 02", _OWN,
     "Evenemangskoordinator"),
    ("Märta Håkansson", "marta.hakansson@automationsklustret.se", "+46 70-174 06 03", _OWN,
     "Projektledare mässor"),
    ("Björn Sjöström", "bjorn.sjostrom@automationsklustret.se", "+46 70-174 06 04", _OWN,
     "Utbildningsansvarig"),
    ("Henrik Åberg", "henrik.aberg@abb.se", "+46 70-174 06 11", "abb",
     "Teknikchef"),
    ("Lena Åkesson", "lena.akesson@mdu.se", "+46 70-174 06 21", "mdu",
     "Professor, projektledare för stålprojektet"),
    ("Per Nyström", "per.nystrom@ri.se", "+46 70-174 06 22", "rise",
     "Forskare, industriell interoperabilitet"),
    ("Sofia Bergström", "sofia.bergstrom@vinnova.se", "+46 70-174 06 31", "vinnova",
     "Handläggare"),
    ("Erik Dahlgren", "erik.dahlgren@vasteras.se", "+46 70-174 06 41", "vasteras",
     "Näringslivsutvecklare"),
    ("Annika Söderberg", "annika.soderberg@regionvastmanland.se", "+46 70-174 06 42",
     "region", "Regional utvecklingsdirektör"),
    ("Maria Holmgren", "maria.holmgren@hallstahammar.se", "+46 70-174 06 43",
     "hallstahammar", "Näringslivschef"),
    ("Fredrik Löfgren", "fredrik.lofgren@wenstromska.se", "+46 70-174 06 44",
     "wenstromska", "Studie- och yrkesvägledare"),
    ("Göran Karlsson", "goran.karlsson@ifmetall.se", "+46 70-174 06 51", "ifmetall",
     "Ombudsman"),
    ("Lotta Wallin", "lotta.wallin@stockholmsmassan.se", "+46 70-174 06 61",
     "stockholmsmassan", "Utställarservice"),
    ("Niklas Frösén", "niklas.frosen@elmia.se", "+46 70-174 06 62", "elmia",
     "Projektledare Underleverantörsmässan"),
    ("Elin Marklund", "elin.marklund@skelleftea.se", "+46 70-174 06 71", "ssc",
     "Nodansvarig Skellefteå"),
    ("Karl Strömberg", "karl.stromberg@automationsklustret.se", "+1 650-555-0142", "svnode",
     "Nodansvarig Silicon Valley"),
)  # fmt: skip

_VENUES: Sequence[Venue] = (
    Venue(None, "Klusterkontoret, Västerås Science Park", "Kopparbergsvägen 10, 722 13 Västerås",
          "Västerås", "Sverige", STOCKHOLM, 30, "Mötesrum och kursrum på plan 3."),
    Venue(None, "Studion, Västerås Science Park", "Kopparbergsvägen 10, 722 13 Västerås",
          "Västerås", "Sverige", STOCKHOLM, 40,
          "Sändningsstudio: Scen 1 med publik, Scen 2 digital. Teknik bokas via VSP."),
    Venue(None, "Mikrofabriken, Kopparlunden", "Kopparlunden, 722 13 Västerås", "Västerås",
          "Sverige", STOCKHOLM, 80, "Demonstrationsmiljö för mikrofabriker."),
    Venue(None, "Mälardalens universitet, Campus Västerås", "Universitetsplan 1, 722 20 Västerås",
          "Västerås", "Sverige", STOCKHOLM, 120, "Hörsal Beta och grupprum i U-huset."),
    Venue(None, "Västerås Mässcenter", "Mässgatan 1, 721 30 Västerås", "Västerås", "Sverige",
          STOCKHOLM, 4000, "Hall A; lastkaj på baksidan, inlastning från 07:00."),
    Venue(None, "Folkets hus, Västerås", "Folkets husgatan 3, 722 15 Västerås", "Västerås",
          "Sverige", STOCKHOLM, 150, "Stora salen."),
    Venue(None, "Wenströmska gymnasiet", "Stålgatan 6, 722 13 Västerås", "Västerås", "Sverige",
          STOCKHOLM, 90, "Aulan; kontakt via studie- och yrkesvägledaren."),
    Venue(None, "Kommunhuset, Hallstahammar", "Stadshusgatan 1, 734 80 Hallstahammar",
          "Hallstahammar", "Sverige", STOCKHOLM, 60, "Sessionssalen."),
    Venue(None, "Mälarstål, verket i Surahammar", "Bruksgatan 4, 735 35 Surahammar",
          "Surahammar", "Sverige", STOCKHOLM, 25, "Skyddsutrustning lånas ut vid entrén."),
    Venue(None, "Stockholmsmässan", "Mässvägen 1, 125 80 Älvsjö", "Stockholm", "Sverige",
          STOCKHOLM, None, "Hall C; utställaringång 3."),
    Venue(None, "IVA Konferenscenter", "Grev Turegatan 16, 114 46 Stockholm", "Stockholm",
          "Sverige", STOCKHOLM, 200, "Wallenbergsalen; sändningsteknik finns på plats."),
    Venue(None, "Elmia", "Elmiavägen, 554 54 Jönköping", "Jönköping", "Sverige", STOCKHOLM,
          None, "Hall D; utställarparkering P2."),
    Venue(None, "Svenska Mässan", "Mässans gata 20, 412 51 Göteborg", "Göteborg", "Sverige",
          STOCKHOLM, None, "Hall B."),
    Venue(None, "Campus Skellefteå", "Kanalgatan 75, 931 77 Skellefteå", "Skellefteå",
          "Sverige", STOCKHOLM, 80, "Affärsnodens lokaler; kontakt Elin Marklund."),
    Venue(None, "Svenska affärsnoden, Palo Alto", "228 Hamilton Avenue, Palo Alto, CA 94301",
          "Palo Alto", "USA", LOS_ANGELES, 40,
          "Nio timmar efter Stockholm (åtta några veckor vår och höst, när bara USA bytt "
          "till sommartid)."),
    Venue(None, "Messegelände Hannover", "Messegelände, 30521 Hannover", "Hannover",
          "Tyskland", BERLIN, None, "Hannover Messe; samma tidszon som Stockholm."),
)  # fmt: skip

_VENUE_KEYS = (
    "kontor", "studio", "mikrofabrik", "mdu", "masscenter", "folketshus", "wenstromska",
    "hallstahammar", "malarstal", "stockholmsmassan", "iva", "elmia", "svenskamassan",
    "skelleftea", "paloalto", "hannover",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Fair:
    key: str
    title: str
    venue: str
    organiser: str
    week: int
    days: int
    build_days: int
    hall: str
    partners: str
    web_page: str


_FAIRS: Sequence[_Fair] = (
    _Fair("vasteras", "Automationsmässan Västerås", "masscenter", "vasterasmassan", 11, 3, 1,
          "monter A:12", "ABB, Köpings Automation och Robotcell Väst",
          "https://vasterasmassor.se/automation"),
    _Fair("goteborg", "Automationsmässan Göteborg", "svenskamassan", "svenskamassan", 19, 3, 1,
          "monter B04:21", "Köpings Automation och Mälardalens Mekaniska Verkstad",
          "https://svenskamassan.se/automation"),
    _Fair("stockholm", "Industrimässan Stockholm", "stockholmsmassan", "stockholmsmassan", 40,
          3, 2, "monter C21:30", "ABB, Hitachi Energy och Alstom",
          "https://www.stockholmsmassan.se/industri"),
    _Fair("elmia", "Underleverantörsmässan på Elmia", "elmia", "elmia", 46, 3, 1,
          "monter D:410", "Mälardalens Mekaniska Verkstad, Bergslagens Specialstål och "
          "Robotcell Väst", "https://www.elmia.se/underleverantor"),
)  # fmt: skip


class _SampleYear:
    """Builds the sample around ``today``; one use only."""

    def __init__(self, workspace: Workspace, today: date) -> None:
        self.ws = workspace
        self.today = today
        self.monday = today - timedelta(days=today.weekday())
        self.first = self.monday - timedelta(weeks=13)
        self.last = self.monday + timedelta(weeks=65, days=6)
        self.venue: dict[str, int] = {}
        self.org: dict[str, int] = {}
        self.project: dict[str, int] = {}
        self.contacts = 0
        self.drafts: list[EventDraft] = []
        self.changes: list[tuple[int, OccurrenceChange]] = []
        self.days: list[date] = []

    # -- building ------------------------------------------------------------------------------

    def build(self) -> SampleSummary:
        self._catalogue()
        self._fairs()
        self._innovation_days()
        self._launch()
        self._courses()
        self._dissemination()
        self._other_projects()
        self._networks()
        self._webinars()
        self._association()
        ids = self.ws.events.create_many(self.drafts)
        for index, change in self.changes:
            self.ws.events.change_occurrence(ids[index], change)
        return SampleSummary(
            events=len(ids),
            series=sum(1 for d in self.drafts if d.recurrence is not None),
            changed_occurrences=len(self.changes),
            venues=len(self.venue),
            organisations=len(self.org),
            contacts=self.contacts,
            projects=len(self.project),
            tags=len(self.ws.tags.list()),
            first_day=min(self.days),
            last_day=max(self.days),
        )

    def _catalogue(self) -> None:
        for key, name, kind, web_page, notes in _ORGANISATIONS:
            created = self.ws.organisations.create(Organisation(None, name, kind, web_page, notes))
            assert created.id is not None
            self.org[key] = created.id
        for name, email, phone, org, title in _CONTACTS:
            self.ws.contacts.create(Contact(None, name, email, phone, self.org[org], title))
            self.contacts += 1
        for key, venue in zip(_VENUE_KEYS, _VENUES, strict=True):
            made = self.ws.venues.create(venue)
            assert made.id is not None
            self.venue[key] = made.id
        month = date(self.today.year, self.today.month, 1)
        projects = (
            ("mikro", "Mikrofabriker i Mälardalen", "tillvaxtverket", -14, 36,
             "Små, flexibla produktionsenheter nära kunden. Demonstrator i Kopparlunden, "
             "pilotföretag bland medlemmarna och erfarenhetsutbyte med Skellefteå."),
            ("interop", "Interoperabla automationssystem", "vinnova", -10, 24,
             "OPC UA och förvaltningsskal (AAS) i praktiken: maskiner från olika leverantörer "
             "som förstår varandra. Tillsammans med RISE."),
            ("visual", "Visualisering av produktionsdata", "kks", -6, 24,
             "Digitala tvillingar, VR och instrumentpaneler för operatörer och ledning, med "
             "Mälardalens universitet."),
            ("stal", "Stålindustrins digitalisering – från forskning till praktik", "vinnova",
             -9, 27,
             "Forskningsspridning: Mälardalens universitet för resultaten om digitalisering i "
             "stålindustrin ut till kommuner, skolor, fack och företag genom seminarier och "
             "workshoppar. Rapporteras till Vinnova: vad som hölls och vilka som nåddes."),
            ("noder", "Affärsnoder i Skellefteå och Silicon Valley", "region", -20, 48,
             "Noder som öppnar dörrar för medlemsföretagen: batteriindustrin i norr och "
             "teknikmarknaden i Kalifornien."),
            ("smf", "Kompetenslyft för små och medelstora företag", "region", -4, 24,
             "Behovsanpassade kurser och utbildningen i intraprenörskap, med Almi."),
        )  # fmt: skip
        for key, name, funder, start, months, description in projects:
            begin = _add_months(month, start)
            end = _add_months(begin, months) - timedelta(days=1)
            project = self.ws.projects.create(
                Project(None, name, self.org[funder], begin, end, description)
            )
            assert project.id is not None
            self.project[key] = project.id

    # -- where things fall ---------------------------------------------------------------------

    def _status(self, first: date, last: date) -> EventStatus:
        if last < self.today:
            return EventStatus.COMPLETED
        if first <= self.today + timedelta(weeks=8):
            return EventStatus.CONFIRMED
        if first <= self.today + timedelta(weeks=36):
            return EventStatus.PLANNED
        return EventStatus.DRAFT

    def _yearly(
        self, week: int, weekday: int, span: Sequence[int] = (0,), *, since: date | None = None
    ) -> list[date]:
        """The day in ISO ``week`` on ``weekday`` of every year in the sample, clear of breaks.

        ``span`` lists the day offsets that must all be working days (build-up, tear-down).
        """
        since = since or self.first
        found: set[date] = set()
        for year in range(since.year - 1, self.last.year + 2):
            day = _clear(date.fromisocalendar(year, week, weekday), span, +1)
            if since <= day + timedelta(days=min(span)) and day + timedelta(days=max(span)) <= (
                self.last
            ):
                found.add(day)
        return sorted(found)

    def _week(self, week: int, weekday: int, span: Sequence[int] = (0,)) -> date:
        """``weekday`` in the week ``week`` weeks from this one, clear of breaks (away from now).

        Nothing else is put in the weeks of the innovation days and the Västerås fair.
        """
        day = self.monday + timedelta(weeks=week, days=weekday - 1)
        return _clear(day, span, 1 if week >= 0 else -1, busy_weeks=_OWN_BIG_WEEKS)

    def _page(self, slug: str, day: date) -> str:
        return f"{SITE}/evenemang/{day.year}/{slug}"

    def _add(
        self,
        title: str,
        timing: Timing,
        kind: EventKind,
        *,
        status: EventStatus | None = None,
        last_day: date | None = None,
        description: str = "",
        venue: str | None = None,
        online_url: str = "",
        project: str | None = None,
        organiser: str | None = _OWN,
        tags: Sequence[str] = (),
        capacity: int | None = None,
        web_page: str = "",
        busy: BusyStatus | None = None,
        reminder: int | Literal["auto"] | None = AUTO,
        recurrence: str | None = None,
        notes: str = "",
    ) -> int:
        """Queue one event; its status follows the calendar unless given. Returns its index."""
        first, last = timing.first_day, last_day or _last_day(timing)
        self.days.extend((first, last))
        if status is None:
            status = self._status(first, last)
        if isinstance(reminder, str):
            reminder = _ALL_DAY_REMINDER if timing.all_day else _REMINDERS.get(kind)
        if status is EventStatus.DRAFT:
            # Not decided yet: keep the time only tentatively, and do not ring.
            busy = busy or BusyStatus.TENTATIVE
            reminder = None
        self.drafts.append(
            EventDraft(
                title=title,
                timing=timing,
                kind=kind,
                status=status,
                description=description,
                venue_id=self.venue[venue] if venue else None,
                online_url=online_url,
                project_id=self.project[project] if project else None,
                organiser_id=self.org[organiser] if organiser else None,
                tags=tuple(tags),
                capacity=capacity,
                web_page=web_page,
                busy_status=busy,
                reminder_minutes=reminder,
                recurrence=Recurrence(recurrence) if recurrence else None,
                notes=notes,
            )
        )
        return len(self.drafts) - 1

    # -- the year ------------------------------------------------------------------------------

    def _fairs(self) -> None:
        """Our shared stand at fairs in Västerås and nationally, with build-up and tear-down."""
        for fair in _FAIRS:
            span = range(-fair.build_days, fair.days + 1)
            for opening in self._yearly(fair.week, TUE, span):
                closing = opening + timedelta(days=fair.days - 1)
                name = f"{fair.title} {opening.year}"
                tags = ("mässa", "delad monter")
                build = AllDaySpan(opening - timedelta(days=fair.build_days),
                                   opening - timedelta(days=1))  # fmt: skip
                self._add(
                    f"Uppbyggnad: {name}", build, EventKind.TRADE_FAIR,
                    description=(
                        f"Uppbyggnad av den delade montern ({fair.hall}) tillsammans med "
                        f"{fair.partners}. Montermaterial, skärmar och demonstratorer lastas "
                        "i Västerås kvällen innan. Ta med skyddsskor."
                    ),
                    venue=fair.venue,
                    tags=(*tags, "uppbyggnad"),
                    notes="Bilen bokas via kontoret. Lastkajstid bekräftas av mässan.",
                )  # fmt: skip
                self._add(
                    name, AllDaySpan(opening, closing), EventKind.TRADE_FAIR,
                    description=(
                        f"Vi ställer ut i {fair.hall} med {fair.partners}. Bemanningsschema i "
                        "två pass per dag (08:30–13:00 och 13:00–17:30). Besökare får visning "
                        "av medlemmarnas senaste automationslösningar."
                    ),
                    venue=fair.venue, organiser=fair.organiser, tags=tags,
                    web_page=fair.web_page,
                    notes="Utställarkort hämtas i receptionen. Lunchkuponger i montern.",
                )  # fmt: skip
                teardown = closing + timedelta(days=1)
                self._add(
                    f"Rivning: {name}", _timed(teardown, "08:00", "13:00"),
                    EventKind.TRADE_FAIR,
                    description=(
                        "Rivning av montern och packning av material. Medlemsföretagen "
                        "hämtar sina egna demonstratorer före 12:00."
                    ),
                    venue=fair.venue, tags=(*tags, "rivning"),
                )  # fmt: skip
        # A study visit undecided so far: a whole day in its own (German) time zone.
        for day in self._yearly(16, TUE, (0, 1, 2), since=self.today + timedelta(weeks=20))[:1]:
            self._add(
                f"Studieresa till Hannover Messe {day.year}",
                AllDaySpan(day, day + timedelta(days=2), BERLIN), EventKind.OTHER,
                status=EventStatus.DRAFT,
                description=(
                    "Förslag: gemensam resa för medlemmar till världens största industrimässa, "
                    "med besök i montrar för interoperabilitet och mikrofabriker. Beslut i "
                    "styrelsen; intresseanmälan öppnar efter beslut."
                ),
                venue="hannover", tags=("mässa", "internationellt", "medlemmar"),
                web_page="https://www.hannovermesse.de",
            )  # fmt: skip

    def _innovation_days(self) -> None:
        """A mostly digital January programme for an international audience, several stages."""
        days = self._yearly(INNOVATION_WEEK, TUE, (0, 1, 2))
        for number, tuesday in enumerate(days):
            year = tuesday.year
            page = self._page("innovationsdagarna", tuesday)
            umbrella = AllDaySpan(tuesday, tuesday + timedelta(days=2))
            if number > 0:
                self._add(
                    f"Innovationsdagarna Västerås {year} – preliminärt", umbrella,
                    EventKind.INNOVATION_DAY,
                    status=EventStatus.DRAFT,
                    description="Preliminärt datum; programgruppen börjar arbeta efter sommaren.",
                    online_url=f"{LIVE}/innovationsdagarna", tags=("digitalt", "internationellt"),
                )  # fmt: skip
                continue
            self._add(
                f"Innovationsdagarna Västerås {year}", umbrella, EventKind.INNOVATION_DAY,
                description=(
                    "Tre dagar där regionens industri visar upp sig för en internationell "
                    "publik: korta pass på två scener, sända från studion i Västerås Science "
                    "Park och från våra noder i Skellefteå och Silicon Valley. Alla pass "
                    "textas på engelska."
                ),
                online_url=f"{LIVE}/innovationsdagarna", tags=("digitalt", "internationellt"),
                capacity=2000, web_page=page, busy=BusyStatus.FREE,
                notes="Paraplyhändelse: passen nedan är egna poster med egna tider.",
            )  # fmt: skip
            stage1, stage2 = f"{LIVE}/scen-1", f"{LIVE}/scen-2"
            sessions: Sequence[tuple[int, str, str, str, str, str, str | None, str]] = (
                (0, "09:00", "09:45", "Invigning: Västerås – där automationen föds", stage1,
                 STOCKHOLM, "studio", "Landshövdingen och klustrets verksamhetsledare Åsa "
                 "Lindqvist öppnar dagarna."),
                (0, "10:00", "10:45", "Elektrifiering från Västerås till Skellefteå", stage1,
                 STOCKHOLM, "studio", "Samtal med noden i Skellefteå om batterier, elnät "
                 "och kompetens."),
                (0, "10:15", "10:45", "Mikrofabriker: produktion nära kunden", stage2,
                 STOCKHOLM, None, "Tre medlemsföretag visar sina mikrofabriker live."),
                (1, "17:00", "17:45", "Samtal med Tokyo: robotik för en åldrande arbetskraft",
                 stage2, TOKYO, None, "Gäster från Japan, klockan 17 deras tid (09 i "
                 "Stockholm)."),
                (1, "10:00", "10:30", "Interoperabilitet: OPC UA och förvaltningsskal", stage1,
                 STOCKHOLM, "studio", "RISE och Köpings Automation om maskiner som förstår "
                 "varandra."),
                (1, "11:00", "11:45", "Pitchtävling: unga bolag inom industriell automation",
                 stage1, STOCKHOLM, "studio", "Sex bolag, fem minuter var, jury från "
                 "medlemsföretagen."),
                (1, "08:30", "09:15", "Live från Silicon Valley: svensk automation i "
                 "Kalifornien", stage1, LOS_ANGELES, "paloalto", "Sänds från noden i Palo "
                 "Alto klockan 08:30 lokal tid, 17:30 i Stockholm."),
                (2, "09:00", "10:00", "Stålindustrins digitalisering – forskning i praktiken",
                 stage1, STOCKHOLM, "studio", "Mälardalens universitet presenterar "
                 "stålprojektets första resultat."),
                (2, "10:30", "11:15", "Visualisering och digitala tvillingar", stage2,
                 STOCKHOLM, None, "Demonstration i VR från Mälardalens universitet."),
                (2, "14:00", "14:45", "Avslutning och utdelning av Innovationspriset", stage1,
                 STOCKHOLM, "studio", "Juryn tillkännager årets vinnare; mingel i studion "
                 "efteråt för den som är på plats."),
            )  # fmt: skip
            for offset, start, end, title, url, zone_name, venue, text in sessions:
                day = tuesday + timedelta(days=offset)
                # Guests abroad are booked on their own clock (08:30 in Palo Alto), so the
                # session stays right for them whatever the daylight-saving dates.
                self._add(
                    title, _timed(day, start, end, zone_name), EventKind.INNOVATION_DAY,
                    description=f"Innovationsdagarna {year}. {text}",
                    venue=venue, online_url=url, tags=("digitalt", "internationellt"),
                    capacity=500, web_page=page,
                )  # fmt: skip

    def _launch(self) -> None:
        """The national report, launched on a spring day with a live panel, on site and online."""
        day = self._yearly(17, WED, (-7, 0, 14))[0]
        title = f"Industriteknik i Sverige {day.year}"
        slug = "rapportlansering"
        self._add(
            f"Webbinarium för medlemmar: förhandstitt på {title}",
            _timed(day - timedelta(days=7), "08:30", "09:15"), EventKind.WEBINAR,
            description="Rapportens huvudresultat för medlemmarna en vecka före lanseringen. "
            "Under embargo till lanseringsdagen.",
            online_url=f"{LIVE}/medlemmar", tags=("medlemmar", "digitalt"), capacity=300,
        )  # fmt: skip
        self._add(
            f"Lansering: {title} – nationell rapport", _timed(day, "09:30", "12:00"),
            EventKind.LAUNCH,
            description=(
                "Lansering av den nationella rapporten om industriteknik, framtagen med RISE och "
                "KTH. Livepanel med ledare från industri, akademi och offentlig sektor: Henrik "
                "Åberg (ABB), professor Lena Åkesson (Mälardalens universitet) och Annika "
                "Söderberg (Region Västmanland), samt en statssekreterare från "
                "Näringsdepartementet. Moderator: Åsa Lindqvist. Sänds live och hålls på plats; "
                "frågor från tittarna tas via chatten."
            ),
            venue="iva", online_url=f"{LIVE}/{slug}",
            tags=("lansering", "panel", "hybrid", "livesänt"), capacity=180,
            web_page=self._page(slug, day),
            notes="Pressmeddelande 06:00 samma dag. Rapporten trycks i 500 exemplar.",
        )  # fmt: skip
        self._add(
            f"Seminarium: vad betyder {title} för Mälardalen?",
            _timed(day + timedelta(days=14), "08:00", "10:00"), EventKind.SEMINAR,
            description="Frukostseminarium på hemmaplan om rapportens slutsatser för "
            "regionens företag, med Västerås stad och Region Västmanland.",
            venue="folketshus", tags=("frukostseminarium", "medlemmar"), capacity=120,
            web_page=self._page("rapporten-malardalen", day),
        )  # fmt: skip

    def _courses(self) -> None:
        """Needs-adapted courses for small companies and the weekly intrapreneurship series."""
        last_session = timedelta(weeks=COURSE_SESSIONS - 1)
        offsets = range(0, COURSE_SESSIONS * 7, 7)
        terms = sorted(
            _clear(date.fromisocalendar(year, week, THU), offsets, +1)
            for year in range(self.today.year - 1, self.today.year + 2)
            for week in (5, 37)
        )
        start = next(d for d in terms if d + last_session >= self.today - timedelta(days=14))
        series = self._add(
            COURSE_SERIES_TITLE, _timed(start, "13:00", "16:00"), EventKind.COURSE,
            last_day=start + last_session,
            description=(
                f"Utbildning i intraprenörskap för medarbetare i små och medelstora företag: "
                f"{COURSE_SESSIONS} träffar på torsdagseftermiddagar. Idéarbete, affärsmodeller, "
                "förankring i ledningen och ett eget förbättringsprojekt som redovisas vid sista "
                "träffen. Med Almi och Mälardalens universitet."
            ),
            venue="mdu", project="smf", tags=("utbildning", "intraprenörskap", "SMF"),
            capacity=20, web_page=self._page("intraprenorskap", start),
            recurrence=f"FREQ=WEEKLY;BYDAY=TH;COUNT={COURSE_SESSIONS}",
        )  # fmt: skip
        cancelled = start + timedelta(weeks=CANCELLED_SESSION - 1)
        self.changes.append(
            (series, OccurrenceChange(datetime.combine(cancelled, time(13)), cancelled=True))
        )
        moved = start + timedelta(weeks=MOVED_SESSION - 1)
        self.changes.append(
            (
                series,
                OccurrenceChange(
                    datetime.combine(moved, time(13)),
                    title=f"{COURSE_SERIES_TITLE} (flyttad till onsdag)",
                    timing=_timed(moved - timedelta(days=1), "13:00", "16:00"),
                    description="Flyttad en dag: hörsalen behövs för tentamen på torsdagen.",
                ),
            )
        )
        day = self._week(-8, TUE)
        self._add(
            "Kurs: Robotsäkerhet och maskindirektivet", _timed(day, "08:30", "16:00"),
            EventKind.COURSE,
            description="Behovsanpassad endagskurs för små och medelstora företag: "
            "riskbedömning, skyddsutrustning och CE-märkning av robotceller.",
            venue="kontor", project="smf", tags=("utbildning", "SMF"), capacity=16,
            web_page=self._page("robotsakerhet", day), organiser="almi",
        )  # fmt: skip
        day = self._week(3, WED, (0, 1))
        self._add(
            "Kurs: PLC-programmering för SMF (två dagar)", _timed(day, "08:30", "16:00"),
            EventKind.COURSE, last_day=day + timedelta(days=1),
            description="Behovsanpassad tvådagarskurs: grunderna i IEC 61131-3, felsökning och "
            "säker uppkoppling. Egna datorer; programvaran installeras dag ett.",
            venue="kontor", project="smf", tags=("utbildning", "SMF"), capacity=12,
            web_page=self._page("plc", day), recurrence="FREQ=DAILY;COUNT=2",
        )  # fmt: skip
        day = self._week(5, WED)
        self._add(
            "Kurs: Lean för mikrofabriker", _timed(day, "09:00", "15:00"), EventKind.COURSE,
            status=EventStatus.CANCELLED,
            description="Inställd: för få anmälda. Deltagarna erbjuds plats vid nästa tillfälle.",
            venue="mikrofabrik", project="mikro", tags=("utbildning", "SMF", "mikrofabriker"),
            capacity=16,
        )  # fmt: skip
        day = self._week(14, TUE)
        self._add(
            "Kurs: Introduktion till OPC UA", _timed(day, "09:00", "16:00"), EventKind.COURSE,
            description="Endagskurs om informationsmodeller, säkerhet och hur maskiner från "
            "olika leverantörer kopplas ihop. Lärare från RISE.",
            venue="kontor", project="interop", tags=("utbildning", "interoperabilitet"),
            capacity=16, web_page=self._page("opc-ua", day), organiser="rise",
        )  # fmt: skip
        day = self._week(56, TUE)
        self._add(
            "Kurs: Digital tvilling för små företag", _timed(day, "09:00", "16:00"),
            EventKind.COURSE, status=EventStatus.DRAFT,
            description="Idé till ny behovsanpassad kurs; innehållet tas fram med "
            "visualiseringsprojektet.",
            venue="kontor", project="visual", tags=("utbildning", "SMF", "visualisering"),
            capacity=16,
        )  # fmt: skip

    def _dissemination(self) -> None:
        """Seminars and workshops taking the steel research to municipality, schools, unions."""
        project = "stal"
        tags = ("stålindustrin", "forskningsspridning", "Vinnova")
        held = (
            (-12, TUE, "13:00", "16:00", EventKind.SEMINAR, "hallstahammar",
             "Seminarium: Digitalisering i stålindustrin – vad betyder den för kommunen?",
             "För förtroendevalda och tjänstepersoner: hur sensorer, AI och automation "
             "förändrar jobben på bruket och vad kommunen kan göra.", ("kommun",), 60, None),
            (-10, TUE, "09:00", "15:00", EventKind.WORKSHOP, "mdu",
             "Workshop: Datadrivet underhåll i stålverk",
             "För företagen: från vibrationsdata till planerade stopp. Mälarstål och "
             "Bergslagens Specialstål delar erfarenheter.", ("företag",), 25, None),
            (-4, TUE, "09:00", "12:00", EventKind.OTHER, "malarstal",
             "Studiebesök: sensorsystemet i valsverket hos Mälarstål",
             "Inställt: produktionsstopp i valsverket. Nytt datum tas fram med företaget.",
             ("företag",), 20, EventStatus.CANCELLED),
            (-3, THU, "09:00", "11:30", EventKind.SEMINAR, "wenstromska",
             "Seminarium för gymnasiet: framtidens jobb i ett digitalt stålverk",
             "För elever och lärare på teknik- och industriprogrammen, med unga ingenjörer "
             "från stålverken.", ("skola",), 90, None),
            (1, TUE, "13:00", "16:00", EventKind.WORKSHOP, "wenstromska",
             "Workshop: Kompetensbehov – skolan möter stålindustrin",
             "Lärare, studie- och yrkesvägledare och företag formulerar tillsammans vad "
             "utbildningarna behöver.", ("skola", "företag"), 30, None),
            (4, TUE, "17:30", "19:30", EventKind.SEMINAR, "folketshus",
             "Seminarium med IF Metall: digitalisering, arbetsmiljö och kompetens",
             "Kvällsseminarium för medlemmar och skyddsombud: vad forskningen säger om "
             "jobben, arbetsmiljön och omställningen.", ("fack",), 120, None),
            (12, WED, "09:00", "12:00", EventKind.WORKSHOP, "hallstahammar",
             "Workshop: Kommunens roll i stålindustrins omställning",
             "Näringslivsenhet, skola och företag tar fram en gemensam handlingsplan.",
             ("kommun",), 30, None),
            (16, THU, "13:00", "16:00", EventKind.SEMINAR, "folketshus",
             "Seminarium för företag: så lyckades stålverken med sensordata",
             "Resultat och fallstudier från projektets pilotföretag, med Swerim.",
             ("företag",), 100, None),
            (62, WED, "09:00", "15:00", EventKind.SEMINAR, "mdu",
             "Slutseminarium: Stålindustrins digitalisering – resultat och lärdomar",
             "Projektets avslutning: resultaten, vilka som nåtts och vad som händer sedan. "
             "Underlag till slutrapporten till Vinnova.", ("kommun", "skola", "fack",
             "företag"), 150, EventStatus.DRAFT),
        )  # fmt: skip
        for week, weekday, start, end, kind, venue, title, text, extra, cap, status in held:
            day = self._week(week, weekday)
            self._add(
                title, _timed(day, start, end), kind, status=status,
                description=f"{text} En del av projektet om stålindustrins digitalisering, "
                "finansierat av Vinnova.",
                venue=venue, project=project, organiser="mdu", tags=(*tags, *extra),
                capacity=cap, web_page=f"https://www.mdu.se/stalprojektet/{day.isoformat()}",
            )  # fmt: skip
        day = self._week(2, WED)
        self._add(
            "Lunchwebbinarium: första resultaten från stålprojektet",
            _timed(day, "12:00", "12:45"), EventKind.WEBINAR,
            description="Professor Lena Åkesson presenterar projektets första resultat om "
            "digitalisering i stålindustrin; frågor via chatten.",
            online_url=f"{LIVE}/stalprojektet", project=project, organiser="mdu",
            tags=(*tags, "digitalt"), capacity=300,
        )  # fmt: skip

    def _other_projects(self) -> None:
        """Microfactories, interoperability and visualisation."""
        day = self._week(-5, THU)
        self._add(
            "Workshop: Interoperabilitet i praktiken – OPC UA och förvaltningsskal",
            _timed(day, "09:00", "12:00"), EventKind.WORKSHOP,
            description="Medlemsföretagen kopplar ihop sina egna maskiner med RISE testbädd. "
            "Ta med en dator med OPC UA-klient.",
            venue="kontor", project="interop", tags=("interoperabilitet", "medlemmar"),
            capacity=20, organiser="rise",
        )  # fmt: skip
        day = self._week(6, WED)
        self._add(
            "Workshop: Visualisering av produktionsdata i VR", _timed(day, "09:00", "12:00"),
            EventKind.WORKSHOP,
            description="Prova digitala tvillingar av medlemmarnas produktionslinjer i VR och "
            "diskutera vad operatörerna behöver se.",
            venue="studio", project="visual", tags=("visualisering", "medlemmar"), capacity=15,
            organiser="mdu",
        )  # fmt: skip
        day = self._week(8, TUE)
        self._add(
            "Invigning av mikrofabriken i Kopparlunden", _timed(day, "14:00", "16:00"),
            EventKind.LAUNCH,
            description="Demonstratorn för mikrofabriker invigs av kommunstyrelsens "
            "ordförande. Visningar varje halvtimme; sänds även digitalt.",
            venue="mikrofabrik", online_url=f"{LIVE}/mikrofabriken", project="mikro",
            tags=("mikrofabriker", "lansering", "hybrid"), capacity=80,
            web_page=self._page("mikrofabriken", day),
        )  # fmt: skip
        day = self._week(30, THU)
        self._add(
            "Workshop: Mikrofabriker – erfarenheter från Skellefteå och Västerås",
            _timed(day, "10:00", "15:00"), EventKind.WORKSHOP,
            description="Erfarenhetsutbyte mellan pilotföretagen i norr och i Mälardalen.",
            venue="skelleftea", project="mikro", tags=("mikrofabriker", "Skellefteå"),
            capacity=30,
        )  # fmt: skip

    def _networks(self) -> None:
        """The monthly members' meeting, and meetings at the nodes in Skellefteå and Palo Alto."""
        month = date(self.first.year, self.first.month, 1)
        first = _nth_weekday(month.year, month.month, TUE, 2)
        while first < self.first or first.month == 7:
            month = _add_months(month, 1)
            first = _nth_weekday(month.year, month.month, TUE, 2)
        until = self.last.strftime("%Y%m%d")
        self._add(
            NETWORK_SERIES_TITLE, _timed(first, "16:00", "18:00"), EventKind.NETWORK_MEETING,
            last_day=self.last,
            description="Andra tisdagen varje månad utom i juli: ett medlemsföretag berättar, "
            "sedan mingel med enklare förtäring. Anmälan senast fredagen innan.",
            venue="kontor", tags=("nätverk", "medlemmar"), capacity=40,
            web_page=f"{SITE}/natverk",
            recurrence=f"FREQ=MONTHLY;BYDAY=2TU;BYMONTH=1,2,3,4,5,6,8,9,10,11,12;UNTIL={until}",
        )  # fmt: skip
        meetings = (
            (-7, WED, "15:00", "17:00", STOCKHOLM, "skelleftea",
             "Nätverksträff i Skellefteå: batteriindustrin och automation",
             "Affärsnoden i Skellefteå samlar leverantörer från Västerås och norr.",
             ("Skellefteå",)),
            (-6, THU, "08:00", "09:30", LOS_ANGELES, "paloalto",
             "Frukostträff i Palo Alto: svenska industribolag i Silicon Valley",
             "Frukost på noden klockan 08:00 lokal tid (17:00 i Stockholm).",
             ("Silicon Valley", "internationellt")),
            (20, WED, "15:00", "17:00", STOCKHOLM, "skelleftea",
             "Nätverksträff i Skellefteå: kompetensförsörjning i norr",
             "Rekrytering, utbildning och inflyttning: hur företagen i norr löser "
             "kompetensbehoven.", ("Skellefteå",)),
            (34, THU, "17:00", "19:00", LOS_ANGELES, "paloalto",
             "Mingel i Palo Alto: svensk automation möter Silicon Valley",
             "Kvällsmingel på noden för investerare och medlemsföretag på besök.",
             ("Silicon Valley", "internationellt")),
        )  # fmt: skip
        for week, weekday, start, end, zone_name, venue, title, text, tags in meetings:
            day = self._week(week, weekday)
            self._add(
                title, _timed(day, start, end, zone_name), EventKind.NETWORK_MEETING,
                description=f"{text} En del av projektet med affärsnoderna.",
                venue=venue, project="noder", tags=("nätverk", *tags), capacity=40,
                organiser="svnode" if venue == "paloalto" else "ssc",
            )  # fmt: skip

    def _webinars(self) -> None:
        webinars = (
            (-11, WED, "09:00", "10:00", "nis2", "Webbinarium: NIS2 och cybersäkerhet i styrsystem",
             "Vad det nya cybersäkerhetsdirektivet kräver av tillverkande företag.", None,
             None),
            (-1, THU, "09:00", "10:00", "vinnova", "Webbinarium: så söker du Vinnovas utlysningar",
             "Handläggare från Vinnova går igenom årets utlysningar för industrins "
             "digitalisering.", None, None),
            (10, THU, "16:00", "17:00", "usa",
             "Webbinarium: vägen in på den amerikanska marknaden",
             "Med noden i Silicon Valley, klockan 07:00 i Palo Alto.", "noder", None),
            (24, WED, "09:00", "10:00", "ai", "Webbinarium: AI i produktionen",
             "Inställt: talaren fick förhinder. Ersätts av ett pass på Innovationsdagarna.",
             None, EventStatus.CANCELLED),
            (60, WED, "09:00", "10:00", "omvarld", "Webbinarium: omvärldsbevakning inför nästa år",
             "Idé: trender inom automation och vad de betyder för medlemmarna.", None,
             EventStatus.DRAFT),
        )  # fmt: skip
        for week, weekday, start, end, slug, title, text, project, status in webinars:
            day = self._week(week, weekday)
            self._add(
                title, _timed(day, start, end), EventKind.WEBINAR, status=status,
                description=text, online_url=f"{LIVE}/webbinarium", project=project,
                tags=("digitalt",), capacity=300,
                web_page=self._page(f"webbinarium-{slug}", day),
            )  # fmt: skip

    def _association(self) -> None:
        """The association's own year: board, annual meeting, Christmas, summer break."""
        for week in (-2, 26):
            day = self._week(week, WED)
            self._add(
                "Styrelsemöte", _timed(day, "08:30", "10:30"), EventKind.OTHER,
                description="Ordinarie styrelsemöte: ekonomi, medlemsärenden och "
                "evenemangsplanen.",
                venue="kontor", tags=("styrelse", "internt"), capacity=12,
            )  # fmt: skip
        for day in self._yearly(20, WED):
            self._add(
                f"Föreningsstämma {day.year}", _timed(day, "15:00", "17:00"), EventKind.OTHER,
                description="Årsmöte för medlemmarna: verksamhetsberättelse, val och "
                "budget. Därefter föredrag och middag.",
                venue="mdu", tags=("medlemmar",), capacity=100,
                web_page=self._page("foreningsstamma", day),
            )  # fmt: skip
        for day in self._yearly(50, THU):
            self._add(
                f"Julmingel för medlemmar {day.year}", _timed(day, "17:00", "20:00"),
                EventKind.NETWORK_MEETING,
                description="Glögg, pepparkakor och årets höjdpunkter på klusterkontoret.",
                venue="kontor", tags=("medlemmar", "nätverk"), capacity=30,
            )  # fmt: skip
        for year in range(self.first.year, self.last.year + 1):
            start, end = date.fromisocalendar(year, 28, 1), date.fromisocalendar(year, 31, 5)
            if self.first <= start and end <= self.last:
                self._add(
                    f"Sommaruppehåll {year}: kontoret stängt", AllDaySpan(start, end),
                    EventKind.OTHER,
                    status=EventStatus.COMPLETED if end < self.today else EventStatus.CONFIRMED,
                    description="Kontoret är stängt veckorna 28–31. Brådskande ärenden: "
                    "verksamhetsledaren via mejl.",
                    tags=("internt",), busy=BusyStatus.OUT_OF_OFFICE, reminder=None,
                )  # fmt: skip


def _last_day(timing: Timing) -> date:
    if isinstance(timing, AllDaySpan):
        return timing.last_day
    return timing.end.date()


__all__ = ["SampleSummary", "build_sample"]
