"""Meetings through the year: the members' network, the nodes, webinars and the association's
own calendar (board, annual meeting, Christmas, the summer break).
"""

from __future__ import annotations

from datetime import date

from eventplanner.domain.enums import BusyStatus, EventKind, EventStatus
from eventplanner.domain.timing import AllDaySpan
from eventplanner.services.sample.calendar import (
    LOS_ANGELES,
    STOCKHOLM,
    THU,
    TUE,
    WED,
    add_months,
    nth_weekday,
    timed,
)
from eventplanner.services.sample.catalog import LIVE, SITE
from eventplanner.services.sample.year import SampleYear

NETWORK_SERIES_TITLE = "Nätverksträff för medlemmar"


def add_networks(sample: SampleYear) -> None:
    """The monthly members' meeting, and meetings at the nodes in Skellefteå and Palo Alto."""
    month = date(sample.first.year, sample.first.month, 1)
    first = nth_weekday(month.year, month.month, TUE, 2)
    while first < sample.first or first.month == 7:
        month = add_months(month, 1)
        first = nth_weekday(month.year, month.month, TUE, 2)
    until = sample.last.strftime("%Y%m%d")
    sample.add(
        NETWORK_SERIES_TITLE, timed(first, "16:00", "18:00"), EventKind.NETWORK_MEETING,
        last_day=sample.last,
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
        day = sample.week(week, weekday)
        sample.add(
            title, timed(day, start, end, zone_name), EventKind.NETWORK_MEETING,
            description=f"{text} En del av projektet med affärsnoderna.",
            venue=venue, project="noder", tags=("nätverk", *tags), capacity=40,
            organiser="svnode" if venue == "paloalto" else "ssc",
        )  # fmt: skip


def add_webinars(sample: SampleYear) -> None:
    """Our own webinars on topical questions, sent from the live site."""
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
        day = sample.week(week, weekday)
        sample.add(
            title, timed(day, start, end), EventKind.WEBINAR, status=status,
            description=text, online_url=f"{LIVE}/webbinarium", project=project,
            tags=("digitalt",), capacity=300,
            web_page=sample.page(f"webbinarium-{slug}", day),
        )  # fmt: skip


def add_association(sample: SampleYear) -> None:
    """The association's own year: board, annual meeting, Christmas, summer break."""
    for week in (-2, 26):
        day = sample.week(week, WED)
        sample.add(
            "Styrelsemöte", timed(day, "08:30", "10:30"), EventKind.OTHER,
            description="Ordinarie styrelsemöte: ekonomi, medlemsärenden och "
            "evenemangsplanen.",
            venue="kontor", tags=("styrelse", "internt"), capacity=12,
        )  # fmt: skip
    for day in sample.yearly(20, WED):
        sample.add(
            f"Föreningsstämma {day.year}", timed(day, "15:00", "17:00"), EventKind.OTHER,
            description="Årsmöte för medlemmarna: verksamhetsberättelse, val och "
            "budget. Därefter föredrag och middag.",
            venue="mdu", tags=("medlemmar",), capacity=100,
            web_page=sample.page("foreningsstamma", day),
        )  # fmt: skip
    for day in sample.yearly(50, THU):
        sample.add(
            f"Julmingel för medlemmar {day.year}", timed(day, "17:00", "20:00"),
            EventKind.NETWORK_MEETING,
            description="Glögg, pepparkakor och årets höjdpunkter på klusterkontoret.",
            venue="kontor", tags=("medlemmar", "nätverk"), capacity=30,
        )  # fmt: skip
    for year in range(sample.first.year, sample.last.year + 1):
        start, end = date.fromisocalendar(year, 28, 1), date.fromisocalendar(year, 31, 5)
        if sample.first <= start and end <= sample.last:
            sample.add(
                f"Sommaruppehåll {year}: kontoret stängt", AllDaySpan(start, end),
                EventKind.OTHER,
                status=EventStatus.COMPLETED if end < sample.today else EventStatus.CONFIRMED,
                description="Kontoret är stängt veckorna 28–31. Brådskande ärenden: "
                "verksamhetsledaren via mejl.",
                tags=("internt",), busy=BusyStatus.OUT_OF_OFFICE, reminder=None,
            )  # fmt: skip
