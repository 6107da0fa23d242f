"""The big events of the year: trade fairs, the innovation days and the national report.

Each keeps its season (the Västerås fair in ISO week 11, the innovation days in week 4, ...)
and its weekday, every year the sample covers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from eventplanner.domain.enums import BusyStatus, EventKind, EventStatus
from eventplanner.domain.timing import AllDaySpan
from eventplanner.services.sample.calendar import (
    BERLIN,
    LOS_ANGELES,
    STOCKHOLM,
    TOKYO,
    TUE,
    WED,
    timed,
)
from eventplanner.services.sample.catalog import LIVE
from eventplanner.services.sample.year import INNOVATION_WEEK, SampleYear


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


def add_fairs(sample: SampleYear) -> None:
    """Our shared stand at fairs in Västerås and nationally, with build-up and tear-down."""
    for fair in _FAIRS:
        span = range(-fair.build_days, fair.days + 1)
        for opening in sample.yearly(fair.week, TUE, span):
            closing = opening + timedelta(days=fair.days - 1)
            name = f"{fair.title} {opening.year}"
            tags = ("mässa", "delad monter")
            build = AllDaySpan(opening - timedelta(days=fair.build_days),
                               opening - timedelta(days=1))  # fmt: skip
            sample.add(
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
            sample.add(
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
            sample.add(
                f"Rivning: {name}", timed(teardown, "08:00", "13:00"),
                EventKind.TRADE_FAIR,
                description=(
                    "Rivning av montern och packning av material. Medlemsföretagen "
                    "hämtar sina egna demonstratorer före 12:00."
                ),
                venue=fair.venue, tags=(*tags, "rivning"),
            )  # fmt: skip
    # A study visit undecided so far: a whole day in its own (German) time zone.
    for day in sample.yearly(16, TUE, (0, 1, 2), since=sample.today + timedelta(weeks=20))[:1]:
        sample.add(
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


def add_innovation_days(sample: SampleYear) -> None:
    """A mostly digital January programme for an international audience, several stages."""
    days = sample.yearly(INNOVATION_WEEK, TUE, (0, 1, 2))
    for number, tuesday in enumerate(days):
        year = tuesday.year
        page = sample.page("innovationsdagarna", tuesday)
        umbrella = AllDaySpan(tuesday, tuesday + timedelta(days=2))
        if number > 0:
            sample.add(
                f"Innovationsdagarna Västerås {year} – preliminärt", umbrella,
                EventKind.INNOVATION_DAY,
                status=EventStatus.DRAFT,
                description="Preliminärt datum; programgruppen börjar arbeta efter sommaren.",
                online_url=f"{LIVE}/innovationsdagarna", tags=("digitalt", "internationellt"),
            )  # fmt: skip
            continue
        sample.add(
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
            sample.add(
                title, timed(day, start, end, zone_name), EventKind.INNOVATION_DAY,
                description=f"Innovationsdagarna {year}. {text}",
                venue=venue, online_url=url, tags=("digitalt", "internationellt"),
                capacity=500, web_page=page,
            )  # fmt: skip


def add_launch(sample: SampleYear) -> None:
    """The national report, launched on a spring day with a live panel, on site and online."""
    day = sample.yearly(17, WED, (-7, 0, 14))[0]
    title = f"Industriteknik i Sverige {day.year}"
    slug = "rapportlansering"
    sample.add(
        f"Webbinarium för medlemmar: förhandstitt på {title}",
        timed(day - timedelta(days=7), "08:30", "09:15"), EventKind.WEBINAR,
        description="Rapportens huvudresultat för medlemmarna en vecka före lanseringen. "
        "Under embargo till lanseringsdagen.",
        online_url=f"{LIVE}/medlemmar", tags=("medlemmar", "digitalt"), capacity=300,
    )  # fmt: skip
    sample.add(
        f"Lansering: {title} – nationell rapport", timed(day, "09:30", "12:00"),
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
        web_page=sample.page(slug, day),
        notes="Pressmeddelande 06:00 samma dag. Rapporten trycks i 500 exemplar.",
    )  # fmt: skip
    sample.add(
        f"Seminarium: vad betyder {title} för Mälardalen?",
        timed(day + timedelta(days=14), "08:00", "10:00"), EventKind.SEMINAR,
        description="Frukostseminarium på hemmaplan om rapportens slutsatser för "
        "regionens företag, med Västerås stad och Region Västmanland.",
        venue="folketshus", tags=("frukostseminarium", "medlemmar"), capacity=120,
        web_page=sample.page("rapporten-malardalen", day),
    )  # fmt: skip
