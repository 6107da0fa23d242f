"""Realistic planning data for the benchmarks, and the timing helpers they share.

Ten years of a Swedish industry cluster's calendar: seminars, courses, webinars, fairs and
network meetings on weekdays in office hours, fewer in July and at Christmas, some abroad;
5% recurring (weekly and monthly series ending by COUNT or UNTIL, a few with struck-out
dates), 5% all-day (fairs and innovation days of one to four days). Titles and descriptions
are Swedish, with topic words drawn by a Zipf-like law so that some words are common and
others rare, as in real text. Everything comes from a seeded ``random.Random``: every run
builds the same database.
"""

from __future__ import annotations

import gc
import random
import resource
import statistics
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from eventplanner.domain.enums import EventKind, EventStatus
from eventplanner.domain.model import EventDraft, Project, Tag, Venue
from eventplanner.domain.recurrence import Recurrence, normalize_rule, recurrence_ids
from eventplanner.domain.timezones import localize
from eventplanner.domain.timing import AllDaySpan, TimedSpan, Timing
from eventplanner.services.workspace import Workspace

FIRST_DAY = date(2019, 1, 1)
LAST_DAY = date(2028, 12, 31)
RECURRING_SHARE = 0.05
ALL_DAY_SHARE = 0.05

# The month the read benchmarks look at: in the middle of the data, with a DST change.
MONTH_FIRST = date(2024, 3, 1)
MONTH_LAST = date(2024, 3, 31)

# Words for the search benchmarks (matches in the 100,000 events): a topic of modest
# frequency (about 640), a common one (about 15,000) and the cluster's own theme, which with
# "Automationsmässan" and "gruvautomation" is in nearly half of all events (about 45,000).
RARE_WORD = "jämställdhet"
COMMON_WORD = "robotik"
VERY_COMMON_WORD = "automation"

VENUES = [
    ("Västerås Congress", "Västerås", "Europe/Stockholm"),
    ("Aros Congress Center", "Västerås", "Europe/Stockholm"),
    ("Mälardalens universitet, Västerås", "Västerås", "Europe/Stockholm"),
    ("Expectrum", "Västerås", "Europe/Stockholm"),
    ("Elmia", "Jönköping", "Europe/Stockholm"),
    ("Stockholmsmässan", "Älvsjö", "Europe/Stockholm"),
    ("Svenska Mässan", "Göteborg", "Europe/Stockholm"),
    ("Malmömässan", "Malmö", "Europe/Stockholm"),
    ("Skellefteå Science Park", "Skellefteå", "Europe/Stockholm"),
    ("Hannover Messe", "Hannover", "Europe/Berlin"),
    ("Silicon Valley Business Node", "San José", "America/Los_Angeles"),
    ("ExCeL London", "London", "Europe/London"),
]
PROJECTS = [
    "Mikrofabriker i Mälardalen",
    "Interoperabilitet för industrin",
    "Visualisering i produktionen",
    "Affärsnod Skellefteå",
    "Affärsnod Silicon Valley",
    "Digitalisering i stålindustrin",
    "Intraprenörskap för SMF",
    "Kompetenslyft automation",
]
TAGS = [
    "intern", "medlemmar", "publikt", "styrelse", "SMF", "akademi", "offentlig sektor",
    "robotik", "AI", "hållbarhet", "energi", "vätgas", "stål", "digitalisering", "5G",
    "cybersäkerhet", "kompetens", "export", "USA", "Tyskland", "studenter", "finansiär",
    "rapport", "panel", "livesänd", "hybrid", "utställare", "monter", "bygg", "rivning",
]  # fmt: skip

# Topic words, most common first; the weight of the n-th is 1/(n+1) (a Zipf law).
TOPICS = [
    "automation", "digitalisering", "robotik", "hållbarhet", "produktion", "innovation",
    "kompetensförsörjning", "energieffektivisering", "artificiell intelligens", "industri 4.0",
    "cybersäkerhet", "cirkulär ekonomi", "elektrifiering", "vätgas", "underhåll", "logistik",
    "digitala tvillingar", "maskininlärning", "kvalitetssäkring", "affärsutveckling",
    "upphandling", "exportfrämjande", "sensorteknik", "styrsystem", "stålindustrin",
    "batteriproduktion", "additiv tillverkning", "visualisering", "interoperabilitet",
    "datadriven produktion", "arbetsmiljö", "ledarskap", "mikrofabrik", "intraprenörskap",
    "kvantdatorer", "edge computing", "prediktivt underhåll", "spårbarhet", "automationsmässan",
    "gruvautomation", "processindustri", "fordonsindustri", "livsmedelsindustri",
    "träindustri", "kollaborativa robotar", "5g i fabriken", "it/ot-integration",
    "datadelning", "standardisering", "patentstrategi", "riskkapital", "jämställdhet",
]  # fmt: skip
_TOPIC_WEIGHTS = [1 / (n + 1) ** 1.1 for n in range(len(TOPICS))]

_KIND_WORDS: dict[EventKind, list[str]] = {
    EventKind.SEMINAR: ["Seminarium", "Frukostseminarium", "Lunchseminarium", "Temadag"],
    EventKind.COURSE: ["Kurs", "Utbildning", "Behovsanpassad kurs", "Kurstillfälle"],
    EventKind.WORKSHOP: ["Workshop", "Verkstad", "Idéverkstad", "Arbetsmöte"],
    EventKind.WEBINAR: ["Webbinarium", "Digital träff", "Webbsändning"],
    EventKind.NETWORK_MEETING: ["Nätverksträff", "Medlemsträff", "Branschträff", "Mingel"],
    EventKind.LAUNCH: ["Lansering", "Rapportlansering", "Releasepanel"],
    EventKind.INNOVATION_DAY: ["Innovationsdag", "Innovationsdagarna", "Demodag"],
    EventKind.TRADE_FAIR: ["Mässa", "Montervecka", "Mässdagar", "Utställning"],
    EventKind.OTHER: ["Styrelsemöte", "Planeringsmöte", "Studiebesök", "Uppföljning"],
}
_KIND_WEIGHTS = {
    EventKind.SEMINAR: 22, EventKind.COURSE: 16, EventKind.WORKSHOP: 14, EventKind.WEBINAR: 14,
    EventKind.NETWORK_MEETING: 12, EventKind.OTHER: 12, EventKind.LAUNCH: 3,
    EventKind.INNOVATION_DAY: 3, EventKind.TRADE_FAIR: 4,
}  # fmt: skip
_AUDIENCES = [
    "för små och medelstora företag", "för medlemsföretag", "för offentlig sektor",
    "för studenter och forskare", "för kommuner och regioner", "för fackliga företrädare",
    "för skolor", "för styrelsen", "för partner", "för nya medlemmar",
]  # fmt: skip
_OPENINGS = [
    "Välkommen till en eftermiddag om", "Vi bjuder in till ett samtal om",
    "Under dagen diskuterar vi", "Lär dig mer om", "Ta del av de senaste rönen inom",
    "Forskare och företag delar erfarenheter av", "Kursen ger grundläggande kunskaper i",
    "Panelen samlar ledare från industri, akademi och offentlig sektor kring",
    "Träffa utställare och kollegor och prata", "En praktisk genomgång av",
]  # fmt: skip
_CLOSINGS = [
    "Fika serveras från klockan åtta.", "Anmälan senast en vecka före.",
    "Programmet sänds även digitalt.", "Begränsat antal platser.",
    "Ta med egen dator.", "Lunch ingår.", "Kostnadsfritt för medlemmar.",
    "Presentationerna publiceras efteråt på webbplatsen.",
    "Samarrangemang med Mälardalens universitet.", "Montern delas med medlemsföretag.",
    "Bygg dagen före, rivning efter sista mässdagen.", "Frågor besvaras av projektledaren.",
]  # fmt: skip
_FILLER = [
    "hur", "företag", "kan", "öka", "sin", "konkurrenskraft", "genom", "nya", "metoder",
    "och", "verktyg", "i", "praktiken", "med", "exempel", "från", "regionen", "samt",
    "erfarenheter", "av", "framgångsrika", "projekt", "tillsammans", "partner", "forskning",
    "lösningar", "utmaningar", "möjligheter", "kunskap", "samverkan", "omställning",
    "framtidens", "fabriker", "kompetens", "medarbetare", "ledning", "strategi", "teknik",
]  # fmt: skip
_ZONES = [("Europe/Stockholm", 0.93), ("America/Los_Angeles", 0.03),
          ("Europe/London", 0.02), ("Europe/Berlin", 0.02)]  # fmt: skip


@dataclass(frozen=True)
class Catalog:
    venue_ids: list[int]
    venue_zones: dict[int, str]
    project_ids: list[int]


def make_catalog(workspace: Workspace) -> Catalog:
    """The venues, projects and tags events refer to."""
    venue_ids: list[int] = []
    zones: dict[int, str] = {}
    for name, city, zone_name in VENUES:
        venue = workspace.venues.create(
            Venue(id=None, name=name, city=city, country="", time_zone=zone_name)
        )
        assert venue.id is not None
        venue_ids.append(venue.id)
        zones[venue.id] = zone_name
    project_ids = []
    for name in PROJECTS:
        project = workspace.projects.create(Project(id=None, name=name))
        assert project.id is not None
        project_ids.append(project.id)
    for name in TAGS:
        workspace.tags.create(Tag(id=None, name=name))
    return Catalog(venue_ids, zones, project_ids)


class DraftMaker:
    """Drafts from a seeded generator, spread over FIRST_DAY..LAST_DAY."""

    def __init__(self, catalog: Catalog, seed: int) -> None:
        self.catalog = catalog
        self.rng = random.Random(seed)
        self._days = self._weighted_days()
        self._kinds = list(_KIND_WEIGHTS)
        self._kind_weights = list(_KIND_WEIGHTS.values())
        self._zone_names = [z for z, _ in _ZONES]
        self._zone_weights = [w for _, w in _ZONES]

    @staticmethod
    def _weighted_days() -> tuple[list[date], list[float]]:
        days: list[date] = []
        weights: list[float] = []
        day = FIRST_DAY
        while day <= LAST_DAY:
            weight = 1.0 if day.weekday() < 5 else 0.04
            if day.month == 7:
                weight *= 0.15
            elif (day.month == 12 and day.day > 20) or (day.month == 1 and day.day < 7):
                weight *= 0.1
            elif day.month in (6, 8):
                weight *= 0.6
            days.append(day)
            weights.append(weight)
            day += timedelta(days=1)
        cumulative: list[float] = []
        total = 0.0
        for weight in weights:
            total += weight
            cumulative.append(total)
        return days, cumulative

    def _day(self) -> date:
        days, cumulative = self._days
        return self.rng.choices(days, cum_weights=cumulative)[0]

    def _topic(self) -> str:
        return self.rng.choices(TOPICS, weights=_TOPIC_WEIGHTS)[0]

    def _text(self, kind: EventKind) -> tuple[str, str]:
        rng = self.rng
        topic = self._topic()
        word = rng.choice(_KIND_WORDS[kind])
        shape = rng.random()
        if shape < 0.4:
            title = f"{word}: {topic}"
        elif shape < 0.7:
            title = f"{word} om {topic} {rng.choice(_AUDIENCES)}"
        elif shape < 0.85:
            title = f"{word} – {topic}, del {rng.randint(1, 8)}"
        else:
            title = f"{word} {topic} vecka {rng.randint(1, 52)}"
        title = title[0].upper() + title[1:]
        sentences = [f"{rng.choice(_OPENINGS)} {topic} {rng.choice(_AUDIENCES)}."]
        for _ in range(rng.randint(1, 3)):
            words = rng.choices(_FILLER, k=rng.randint(6, 14))
            if rng.random() < 0.5:
                words.insert(rng.randrange(len(words)), self._topic())
            sentence = " ".join(words)
            sentences.append(sentence[0].upper() + sentence[1:] + ".")
        sentences.append(rng.choice(_CLOSINGS))
        return title, " ".join(sentences)

    def _timing(self, kind: EventKind, all_day: bool, zone_name: str) -> Timing:
        rng = self.rng
        day = self._day()
        if all_day:
            length = rng.choice([1, 1, 2, 3, 3, 4]) if kind is EventKind.TRADE_FAIR else 1
            return AllDaySpan(day, day + timedelta(days=length - 1), zone_name)
        hour = rng.choice([8, 8, 9, 9, 9, 10, 10, 13, 13, 14, 15, 17, 18])
        minute = rng.choice([0, 0, 0, 15, 30, 30, 45])
        if kind in (EventKind.COURSE, EventKind.INNOVATION_DAY, EventKind.TRADE_FAIR):
            minutes = rng.choice([180, 240, 360, 420, 480])
        elif kind is EventKind.WEBINAR:
            minutes = rng.choice([30, 45, 60, 60, 90])
        else:
            minutes = rng.choice([60, 90, 90, 120, 120, 150, 180, 240])
        start = localize(datetime.combine(day, datetime.min.time()).replace(
            hour=hour, minute=minute), zone_name)  # fmt: skip
        # Add real elapsed time: wall-clock arithmetic could end inside a DST gap.
        end = (start.astimezone(UTC) + timedelta(minutes=minutes)).astimezone(start.tzinfo)
        return TimedSpan(start, end, zone_name)

    def _recurrence(self, timing: Timing) -> Recurrence:
        rng = self.rng
        first_day = timing.first_day
        if timing.all_day:
            rule = f"FREQ=MONTHLY;COUNT={rng.randint(3, 12)}"
        elif rng.random() < 0.6:  # weekly: a course or a series of network meetings
            interval = ";INTERVAL=2" if rng.random() < 0.2 else ""
            if rng.random() < 0.6:
                rule = f"FREQ=WEEKLY{interval};COUNT={rng.randint(4, 16)}"
            else:
                until = first_day + timedelta(days=rng.randint(28, 150))
                rule = f"FREQ=WEEKLY{interval};UNTIL={until:%Y%m%d}"
        else:  # monthly: a board meeting, a member breakfast
            if rng.random() < 0.3:
                # "The second Tuesday": the weekday and its place in the month of the start,
                # so the series starts on one of its own days.
                weekday = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][first_day.weekday()]
                nth = (first_day.day - 1) // 7 + 1
                by = f";BYDAY={nth if nth <= 4 else -1}{weekday}"
            else:
                by = ""
            if rng.random() < 0.6:
                rule = f"FREQ=MONTHLY{by};COUNT={rng.randint(3, 12)}"
            else:
                until = first_day + timedelta(days=rng.randint(90, 400))
                rule = f"FREQ=MONTHLY{by};UNTIL={until:%Y%m%d}"
        exdates: tuple[Any, ...] = ()
        if rng.random() < 0.15:
            first = timing.start if isinstance(timing, TimedSpan) else timing.first_day
            canonical = normalize_rule(rule, all_day=timing.all_day, time_zone=timing.time_zone)
            ids = list(recurrence_ids(canonical, first, timing.time_zone, limit=4))
            if len(ids) >= 3:
                exdates = (ids[rng.randint(1, len(ids) - 1)],)
        return Recurrence(rule, exdates)

    def draft(self) -> EventDraft:
        rng = self.rng
        catalog = self.catalog
        kind = rng.choices(self._kinds, weights=self._kind_weights)[0]
        all_day = kind is EventKind.TRADE_FAIR or rng.random() < (ALL_DAY_SHARE - 0.04) / 0.96
        venue_id = rng.choice(catalog.venue_ids) if rng.random() < 0.7 else None
        if venue_id is not None:
            zone_name = catalog.venue_zones[venue_id]
        else:
            zone_name = rng.choices(self._zone_names, weights=self._zone_weights)[0]
        timing = self._timing(kind, all_day, zone_name)
        recurring = rng.random() < RECURRING_SHARE
        title, description = self._text(kind)
        status = rng.choices(
            [EventStatus.PLANNED, EventStatus.CONFIRMED, EventStatus.COMPLETED,
             EventStatus.DRAFT, EventStatus.CANCELLED],
            weights=[40, 25, 25, 5, 5],
        )[0]  # fmt: skip
        return EventDraft(
            title=title,
            timing=timing,
            kind=kind,
            status=status,
            description=description,
            venue_id=venue_id,
            online_url="https://teams.example.se/m/" + str(rng.randrange(10**9))
            if venue_id is None
            else "",
            project_id=rng.choice(catalog.project_ids) if rng.random() < 0.4 else None,
            tags=tuple(rng.sample(TAGS, rng.choice([0, 1, 1, 2, 2, 3]))),
            capacity=rng.choice([None, 20, 40, 80, 150, 500]),
            reminder_minutes=rng.choice([None, 15, 60, 1440]),
            recurrence=self._recurrence(timing) if recurring else None,
        )

    def drafts(self, count: int) -> list[EventDraft]:
        return [self.draft() for _ in range(count)]

    def chunks(self, total: int, size: int) -> Iterator[list[EventDraft]]:
        done = 0
        while done < total:
            n = min(size, total - done)
            yield self.drafts(n)
            done += n


@dataclass(frozen=True)
class BuiltDatabase:
    path: Path
    catalog: Catalog
    events: int
    recurring: int
    all_day: int
    seconds: float
    generate_seconds: float
    peak_rss_before_mb: float
    peak_rss_after_mb: float


def peak_rss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux (bytes on macOS).
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- timing -------------------------------------------------------------------------------


def measure(fn: Callable[[], object], repeats: int = 7, warmup: int = 1) -> list[float]:
    """Wall-clock milliseconds of ``repeats`` calls (after ``warmup`` unmeasured ones)."""
    for _ in range(warmup):
        fn()
    times: list[float] = []
    for _ in range(repeats):
        gc.collect()
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return times


def median(times: list[float]) -> float:
    return statistics.median(times)


def report(
    name: str,
    times: list[float],
    *,
    floor: tuple[str, list[float]] | None = None,
    goal_ms: float | None = None,
    goal_ratio: float | None = None,
    extra: str = "",
) -> None:
    """One benchmark's line(s): median, spread, ratio to the floor, goal met or missed."""
    m = median(times)
    lines = [f"  {name}: median {m:.2f} ms (min {min(times):.2f}, max {max(times):.2f}, "
             f"n={len(times)}){'  ' + extra if extra else ''}"]  # fmt: skip
    ratio = None
    if floor is not None:
        floor_name, floor_times = floor
        fm = median(floor_times)
        ratio = m / fm if fm else float("inf")
        lines.append(f"    floor {floor_name}: median {fm:.2f} ms; ratio {ratio:.1f}×")
    verdicts = []
    if goal_ms is not None:
        verdicts.append(f"goal ≤ {goal_ms:g} ms: {'GOAL MET' if m <= goal_ms else 'GOAL MISSED'}")
    if goal_ratio is not None and ratio is not None:
        met = ratio <= goal_ratio
        verdicts.append(f"goal ≤ {goal_ratio:g}× floor: {'GOAL MET' if met else 'GOAL MISSED'}")
    if verdicts:
        lines.append("    " + "; ".join(verdicts))
    print("\n".join(lines), flush=True)
