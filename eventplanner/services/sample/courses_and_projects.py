"""Courses and project work: the intrapreneurship series, single courses, the steel project's
seminars and workshops, and the workshops of the other projects.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from eventplanner.domain.enums import EventKind, EventStatus
from eventplanner.domain.model import OccurrenceChange
from eventplanner.services.sample.calendar import THU, TUE, WED, clear, timed
from eventplanner.services.sample.catalog import LIVE
from eventplanner.services.sample.year import SampleYear

COURSE_SERIES_TITLE = "Intraprenörskap för SMF – kursträff"
COURSE_SESSIONS = 10
CANCELLED_SESSION = 5
"""Which session of the course series (counted from 1) is cancelled."""
MOVED_SESSION = 7
"""Which session of the course series (counted from 1) moves to the Wednesday before."""


def add_courses(sample: SampleYear) -> None:
    """Needs-adapted courses for small companies and the weekly intrapreneurship series."""
    last_session = timedelta(weeks=COURSE_SESSIONS - 1)
    offsets = range(0, COURSE_SESSIONS * 7, 7)
    terms = sorted(
        clear(date.fromisocalendar(year, week, THU), offsets, +1)
        for year in range(sample.today.year - 1, sample.today.year + 2)
        for week in (5, 37)
    )
    start = next(d for d in terms if d + last_session >= sample.today - timedelta(days=14))
    series = sample.add(
        COURSE_SERIES_TITLE, timed(start, "13:00", "16:00"), EventKind.COURSE,
        last_day=start + last_session,
        description=(
            f"Utbildning i intraprenörskap för medarbetare i små och medelstora företag: "
            f"{COURSE_SESSIONS} träffar på torsdagseftermiddagar. Idéarbete, affärsmodeller, "
            "förankring i ledningen och ett eget förbättringsprojekt som redovisas vid sista "
            "träffen. Med Almi och Mälardalens universitet."
        ),
        venue="mdu", project="smf", tags=("utbildning", "intraprenörskap", "SMF"),
        capacity=20, web_page=sample.page("intraprenorskap", start),
        recurrence=f"FREQ=WEEKLY;BYDAY=TH;COUNT={COURSE_SESSIONS}",
    )  # fmt: skip
    cancelled = start + timedelta(weeks=CANCELLED_SESSION - 1)
    sample.changes.append(
        (series, OccurrenceChange(datetime.combine(cancelled, time(13)), cancelled=True))
    )
    moved = start + timedelta(weeks=MOVED_SESSION - 1)
    sample.changes.append(
        (
            series,
            OccurrenceChange(
                datetime.combine(moved, time(13)),
                title=f"{COURSE_SERIES_TITLE} (flyttad till onsdag)",
                timing=timed(moved - timedelta(days=1), "13:00", "16:00"),
                description="Flyttad en dag: hörsalen behövs för tentamen på torsdagen.",
            ),
        )
    )
    day = sample.week(-8, TUE)
    sample.add(
        "Kurs: Robotsäkerhet och maskindirektivet", timed(day, "08:30", "16:00"),
        EventKind.COURSE,
        description="Behovsanpassad endagskurs för små och medelstora företag: "
        "riskbedömning, skyddsutrustning och CE-märkning av robotceller.",
        venue="kontor", project="smf", tags=("utbildning", "SMF"), capacity=16,
        web_page=sample.page("robotsakerhet", day), organiser="almi",
    )  # fmt: skip
    day = sample.week(3, WED, (0, 1))
    sample.add(
        "Kurs: PLC-programmering för SMF (två dagar)", timed(day, "08:30", "16:00"),
        EventKind.COURSE, last_day=day + timedelta(days=1),
        description="Behovsanpassad tvådagarskurs: grunderna i IEC 61131-3, felsökning och "
        "säker uppkoppling. Egna datorer; programvaran installeras dag ett.",
        venue="kontor", project="smf", tags=("utbildning", "SMF"), capacity=12,
        web_page=sample.page("plc", day), recurrence="FREQ=DAILY;COUNT=2",
    )  # fmt: skip
    day = sample.week(5, WED)
    sample.add(
        "Kurs: Lean för mikrofabriker", timed(day, "09:00", "15:00"), EventKind.COURSE,
        status=EventStatus.CANCELLED,
        description="Inställd: för få anmälda. Deltagarna erbjuds plats vid nästa tillfälle.",
        venue="mikrofabrik", project="mikro", tags=("utbildning", "SMF", "mikrofabriker"),
        capacity=16,
    )  # fmt: skip
    day = sample.week(14, TUE)
    sample.add(
        "Kurs: Introduktion till OPC UA", timed(day, "09:00", "16:00"), EventKind.COURSE,
        description="Endagskurs om informationsmodeller, säkerhet och hur maskiner från "
        "olika leverantörer kopplas ihop. Lärare från RISE.",
        venue="kontor", project="interop", tags=("utbildning", "interoperabilitet"),
        capacity=16, web_page=sample.page("opc-ua", day), organiser="rise",
    )  # fmt: skip
    day = sample.week(56, TUE)
    sample.add(
        "Kurs: Digital tvilling för små företag", timed(day, "09:00", "16:00"),
        EventKind.COURSE, status=EventStatus.DRAFT,
        description="Idé till ny behovsanpassad kurs; innehållet tas fram med "
        "visualiseringsprojektet.",
        venue="kontor", project="visual", tags=("utbildning", "SMF", "visualisering"),
        capacity=16,
    )  # fmt: skip


def add_dissemination(sample: SampleYear) -> None:
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
        day = sample.week(week, weekday)
        sample.add(
            title, timed(day, start, end), kind, status=status,
            description=f"{text} En del av projektet om stålindustrins digitalisering, "
            "finansierat av Vinnova.",
            venue=venue, project=project, organiser="mdu", tags=(*tags, *extra),
            capacity=cap, web_page=f"https://www.mdu.se/stalprojektet/{day.isoformat()}",
        )  # fmt: skip
    day = sample.week(2, WED)
    sample.add(
        "Lunchwebbinarium: första resultaten från stålprojektet",
        timed(day, "12:00", "12:45"), EventKind.WEBINAR,
        description="Professor Lena Åkesson presenterar projektets första resultat om "
        "digitalisering i stålindustrin; frågor via chatten.",
        online_url=f"{LIVE}/stalprojektet", project=project, organiser="mdu",
        tags=(*tags, "digitalt"), capacity=300,
    )  # fmt: skip


def add_other_projects(sample: SampleYear) -> None:
    """Microfactories, interoperability and visualisation."""
    day = sample.week(-5, THU)
    sample.add(
        "Workshop: Interoperabilitet i praktiken – OPC UA och förvaltningsskal",
        timed(day, "09:00", "12:00"), EventKind.WORKSHOP,
        description="Medlemsföretagen kopplar ihop sina egna maskiner med RISE testbädd. "
        "Ta med en dator med OPC UA-klient.",
        venue="kontor", project="interop", tags=("interoperabilitet", "medlemmar"),
        capacity=20, organiser="rise",
    )  # fmt: skip
    day = sample.week(6, WED)
    sample.add(
        "Workshop: Visualisering av produktionsdata i VR", timed(day, "09:00", "12:00"),
        EventKind.WORKSHOP,
        description="Prova digitala tvillingar av medlemmarnas produktionslinjer i VR och "
        "diskutera vad operatörerna behöver se.",
        venue="studio", project="visual", tags=("visualisering", "medlemmar"), capacity=15,
        organiser="mdu",
    )  # fmt: skip
    day = sample.week(8, TUE)
    sample.add(
        "Invigning av mikrofabriken i Kopparlunden", timed(day, "14:00", "16:00"),
        EventKind.LAUNCH,
        description="Demonstratorn för mikrofabriker invigs av kommunstyrelsens "
        "ordförande. Visningar varje halvtimme; sänds även digitalt.",
        venue="mikrofabrik", online_url=f"{LIVE}/mikrofabriken", project="mikro",
        tags=("mikrofabriker", "lansering", "hybrid"), capacity=80,
        web_page=sample.page("mikrofabriken", day),
    )  # fmt: skip
    day = sample.week(30, THU)
    sample.add(
        "Workshop: Mikrofabriker – erfarenheter från Skellefteå och Västerås",
        timed(day, "10:00", "15:00"), EventKind.WORKSHOP,
        description="Erfarenhetsutbyte mellan pilotföretagen i norr och i Mälardalen.",
        venue="skelleftea", project="mikro", tags=("mikrofabriker", "Skellefteå"),
        capacity=30,
    )  # fmt: skip
