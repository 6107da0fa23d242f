"""The sample planning year: everything the product's world needs, checked through the services."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from itertools import pairwise
from pathlib import Path

import pytest
from dateutil.easter import easter

from eventplanner.domain.enums import BusyStatus, EventKind, EventStatus, OrganisationType
from eventplanner.domain.errors import ValidationError
from eventplanner.domain.filters import EventFilter, TimeWindow
from eventplanner.domain.model import Event
from eventplanner.domain.occurrence import Occurrence
from eventplanner.domain.timing import AllDaySpan, TimedSpan
from eventplanner.services.sample import (
    CANCELLED_SESSION,
    COURSE_SERIES_TITLE,
    COURSE_SESSIONS,
    MOVED_SESSION,
    NETWORK_SERIES_TITLE,
    SampleSummary,
    build_sample,
)
from eventplanner.services.workspace import Workspace

TODAY = date(2026, 11, 18)  # a Wednesday in the autumn fair season
pytestmark = pytest.mark.database_copy("sample_year", TODAY)  # built once a run: tests/copies.py
ANCHORS = [
    date(2026, 1, 2),
    date(2026, 3, 29),  # the day Stockholm moves to summer time
    date(2026, 5, 14),  # Ascension Day
    date(2026, 6, 20),
    date(2026, 7, 20),  # the summer break
    date(2026, 8, 31),
    date(2026, 10, 25),  # the day Stockholm goes back to standard time
    date(2026, 12, 24),
    date(2027, 2, 15),
    date(2028, 2, 29),
]


def _events(workspace: Workspace, summary: SampleSummary) -> list[Event]:
    window = TimeWindow.days(summary.first_day, summary.last_day)
    ids = dict.fromkeys(o.event_id for o in workspace.queries.occurrences(window))
    return [workspace.events.get(i) for i in ids]


def _occurrences(workspace: Workspace, summary: SampleSummary) -> list[Occurrence]:
    window = TimeWindow.days(summary.first_day, summary.last_day)
    return workspace.queries.occurrences(window)


def _by_title(events: list[Event], title: str) -> Event:
    (found,) = [e for e in events if e.title == title]
    return found


def _last_day(event: Event) -> date:
    timing = event.timing
    return timing.last_day if isinstance(timing, AllDaySpan) else timing.end.date()


def _swedish_red_days(year: int) -> set[date]:
    easter_day: date = easter(year)
    midsummer_eve = next(date(year, 6, d) for d in range(19, 26) if date(year, 6, d).weekday() == 4)
    fixed = {(1, 1), (1, 6), (5, 1), (6, 6), (12, 24), (12, 25), (12, 26), (12, 31)}
    moving = {easter_day + timedelta(days=n) for n in (-2, 1, 39)}
    return {date(year, m, d) for m, d in fixed} | moving | {midsummer_eve}


@pytest.fixture
def sample(made: object) -> SampleSummary:
    """What building the sample year this test's database is a copy of made."""
    assert isinstance(made, SampleSummary)
    return made


# -- the whole ---------------------------------------------------------------------------------


def test_the_summary_counts_what_the_services_hold(
    workspace: Workspace, sample: SampleSummary
) -> None:
    events = _events(workspace, sample)
    assert sample.events == workspace.queries.count() == len(events)
    assert sample.events >= 40
    assert sample.series == sum(1 for e in events if e.is_recurring) == 3
    assert sample.changed_occurrences == sum(len(e.changes) for e in events) == 2
    assert sample.venues == len(workspace.venues.list())
    assert sample.organisations == len(workspace.organisations.list())
    assert sample.contacts == len(workspace.contacts.list())
    assert sample.projects == len(workspace.projects.list())
    assert sample.tags == len(workspace.tags.list())


def test_it_covers_a_year_and_a_half_around_today(
    workspace: Workspace, sample: SampleSummary
) -> None:
    assert TODAY - timedelta(days=100) <= sample.first_day < TODAY - timedelta(days=60)
    assert TODAY + timedelta(days=420) < sample.last_day <= TODAY + timedelta(days=470)
    starts = [o.timing.first_day for o in _occurrences(workspace, sample)]
    assert min(starts) == sample.first_day
    # Spread over the whole span, not bunched: every quarter has something on.
    quarters = {(d.year, (d.month - 1) // 3) for d in starts}
    assert len(quarters) >= 6


def test_every_kind_and_every_status(workspace: Workspace, sample: SampleSummary) -> None:
    events = _events(workspace, sample)
    assert {e.kind for e in events} == set(EventKind)
    assert {e.status for e in events} == set(EventStatus)
    for event in events:
        if event.status is EventStatus.COMPLETED:
            assert _last_day(event) < TODAY, event.title
        elif event.status is not EventStatus.CANCELLED and not event.is_recurring:
            assert _last_day(event) >= TODAY, event.title
    drafts = [e for e in events if e.status is EventStatus.DRAFT]
    assert len(drafts) >= 3
    assert all(e.timing.first_day > TODAY + timedelta(days=120) for e in drafts)
    assert all(e.busy_status is BusyStatus.TENTATIVE for e in drafts)
    assert all(e.reminder_minutes is None for e in drafts)
    cancelled = [e for e in events if e.status is EventStatus.CANCELLED]
    assert len(cancelled) >= 2
    assert any(_last_day(e) < TODAY for e in cancelled)
    assert any(e.timing.first_day > TODAY for e in cancelled)
    assert all("nställ" in e.description for e in cancelled)  # says why: "Inställd/Inställt"


def test_swedish_text_throughout(workspace: Workspace, sample: SampleSummary) -> None:
    events = _events(workspace, sample)
    text = " ".join(f"{e.title} {e.description}" for e in events)
    for letter in "åäöÅ":
        assert letter in text
    assert sum(1 for e in events if set("åäö") & set(e.title.lower())) >= 20
    assert all(e.description for e in events)
    names = " ".join(
        [v.name for v in workspace.venues.list()]
        + [c.name for c in workspace.contacts.list()]
        + [p.name for p in workspace.projects.list()]
        + [t.name for t in workspace.tags.list()]
    )
    assert {"å", "ä", "ö"} <= set(names.lower())


def test_building_twice_refuses_and_changes_nothing(
    workspace: Workspace, sample: SampleSummary
) -> None:
    with pytest.raises(ValidationError) as raised:
        build_sample(workspace, today=TODAY)
    assert raised.value.field == "database"
    assert "empty database" in str(raised.value)
    assert workspace.queries.count() == sample.events
    assert len(workspace.venues.list()) == sample.venues


@pytest.mark.database_copy("empty")
def test_refuses_a_database_with_only_a_catalogue(workspace: Workspace) -> None:
    from eventplanner.domain.model import Organisation

    workspace.organisations.create(Organisation(None, "Eget företag AB"))
    with pytest.raises(ValidationError, match="organisations"):
        build_sample(workspace, today=TODAY)
    assert workspace.queries.count() == 0


# -- the year's parts --------------------------------------------------------------------------


def test_multi_day_fairs_with_build_up_and_tear_down(
    workspace: Workspace, sample: SampleSummary
) -> None:
    events = _events(workspace, sample)
    fairs = [
        e
        for e in events
        if e.kind is EventKind.TRADE_FAIR and not e.title.startswith(("Uppbyggnad", "Rivning"))
    ]
    cities = {workspace.venues.get(f.venue_id).city for f in fairs if f.venue_id is not None}
    assert {"Västerås", "Stockholm", "Jönköping", "Göteborg"} <= cities
    for fair in fairs:
        timing = fair.timing
        assert isinstance(timing, AllDaySpan) and timing.days >= 3, fair.title
        assert timing.first_day.isoweekday() == 2, fair.title  # opens on a Tuesday
        assert fair.busy_status is BusyStatus.OUT_OF_OFFICE or fair.status is EventStatus.DRAFT
        assert fair.web_page.startswith("https://")
        build = _by_title(events, f"Uppbyggnad: {fair.title}")
        teardown = _by_title(events, f"Rivning: {fair.title}")
        assert build.venue_id == teardown.venue_id == fair.venue_id
        assert build.kind is teardown.kind is EventKind.TRADE_FAIR
        assert isinstance(build.timing, AllDaySpan)
        assert build.timing.last_day == timing.first_day - timedelta(days=1)
        assert teardown.timing.first_day == timing.last_day + timedelta(days=1)
        assert "delad monter" in fair.tags
        organiser = workspace.organisations.get(fair.organiser_id or 0)
        assert organiser.type is OrganisationType.TRADE_FAIR_ORGANISER
    # A fair in Stockholm with a two-day build-up that starts on the Sunday.
    stockholm = [f for f in fairs if "Stockholm" in f.title]
    build = _by_title(events, f"Uppbyggnad: {stockholm[0].title}")
    assert isinstance(build.timing, AllDaySpan) and build.timing.days == 2


def test_report_launch_with_a_live_panel_on_site_and_online(
    workspace: Workspace, sample: SampleSummary
) -> None:
    events = _events(workspace, sample)
    (launch,) = [e for e in events if e.kind is EventKind.LAUNCH and "rapport" in e.title]
    assert launch.online_url.startswith("https://") and launch.venue_id is not None
    assert workspace.venues.get(launch.venue_id).city == "Stockholm"
    assert {"panel", "hybrid", "livesänt"} <= set(launch.tags)
    for voice in ("industri", "akademi", "offentlig sektor", "RISE", "KTH"):
        assert voice in launch.description
    assert isinstance(launch.timing, TimedSpan)
    assert launch.timing.start.month in (4, 5) and launch.timing.start.hour == 9
    assert launch.timing.first_day.isoweekday() in (2, 3, 4)


def test_innovation_days_in_january_digital_with_sessions_and_guests_abroad(
    workspace: Workspace, sample: SampleSummary
) -> None:
    found = workspace.queries.occurrences(
        TimeWindow.days(sample.first_day, sample.last_day),
        EventFilter(kinds=frozenset({EventKind.INNOVATION_DAY})),
    )
    events = [workspace.events.get(o.event_id) for o in found]
    assert all(e.timing.first_day.month == 1 for e in events)
    programme = [e for e in events if e.status is not EventStatus.DRAFT]
    (umbrella,) = [e for e in programme if e.timing.all_day]
    assert isinstance(umbrella.timing, AllDaySpan) and umbrella.timing.days == 3
    sessions = [e for e in programme if not e.timing.all_day]
    assert len(sessions) >= 8
    assert {s.timing.first_day for s in sessions} == {
        umbrella.timing.first_day + timedelta(days=n) for n in range(3)
    }
    assert all(s.online_url.startswith("https://") for s in sessions)
    assert len({s.online_url for s in sessions}) >= 2  # several stages
    assert sum(1 for s in sessions if s.venue_id is None) >= 3  # largely digital
    zones = {s.timing.time_zone for s in sessions}
    assert {"Europe/Stockholm", "America/Los_Angeles", "Asia/Tokyo"} <= zones
    for session in sessions:
        assert isinstance(session.timing, TimedSpan)
        local = session.timing.start
        assert 8 <= local.hour <= 17, session.title  # a sensible hour where the guest is
        # ... and inside the programme's days as seen from Stockholm.
        opens, closes = umbrella.timing.utc_bounds()
        assert opens <= local < closes, session.title


def test_weekly_course_series_with_one_cancelled_and_one_moved_session(
    workspace: Workspace, sample: SampleSummary
) -> None:
    found = workspace.queries.occurrences(
        TimeWindow.days(sample.first_day, sample.last_day),
        EventFilter(kinds=frozenset({EventKind.COURSE}), text="intraprenörskap"),
    )
    series_ids = {o.event_id for o in found}
    assert len(series_ids) == 1
    series = workspace.events.get(series_ids.pop())
    assert series.title == COURSE_SERIES_TITLE
    assert series.recurrence is not None
    assert "FREQ=WEEKLY" in series.recurrence.rule
    assert f"COUNT={COURSE_SESSIONS}" in series.recurrence.rule
    assert len(found) == COURSE_SESSIONS
    assert 8 <= len(found) <= 10
    cancelled = [o for o in found if o.status is EventStatus.CANCELLED]
    moved = [o for o in found if o.changed and o.status is not EventStatus.CANCELLED]
    assert len(cancelled) == 1 and len(moved) == 1
    regular = [o for o in found if not o.changed]
    assert len(regular) == COURSE_SESSIONS - 2
    for occurrence in regular:
        assert isinstance(occurrence.timing, TimedSpan)
        assert occurrence.timing.start.isoweekday() == 4  # Thursdays
        assert occurrence.timing.start.time() == time(13, 0)
    first = series.timing.first_day
    assert isinstance(cancelled[0].recurrence_id, datetime)
    assert cancelled[0].recurrence_id.date() == first + timedelta(weeks=CANCELLED_SESSION - 1)
    (move,) = moved
    assert isinstance(move.recurrence_id, datetime) and isinstance(move.timing, TimedSpan)
    assert move.recurrence_id.date() == first + timedelta(weeks=MOVED_SESSION - 1)
    assert move.timing.start.date() != move.recurrence_id.date()
    assert move.timing.start.replace(tzinfo=None) != move.recurrence_id
    assert "flyttad" in move.title
    # The same two exceptions, as the series itself holds them.
    assert {c.cancelled for c in series.changes} == {True, False}


def test_monthly_network_meeting_series(workspace: Workspace, sample: SampleSummary) -> None:
    events = _events(workspace, sample)
    series = _by_title(events, NETWORK_SERIES_TITLE)
    assert series.recurrence is not None
    assert "FREQ=MONTHLY" in series.recurrence.rule and "BYDAY=2TU" in series.recurrence.rule
    found = [
        o
        for o in _occurrences(workspace, sample)
        if o.event_id == series.id and isinstance(o.timing, TimedSpan)
    ]
    assert len(found) >= 14
    assert all(o.timing.first_day.isoweekday() == 2 for o in found)
    assert all(8 <= o.timing.first_day.day <= 14 for o in found)
    assert all(o.timing.first_day.month != 7 for o in found)
    assert any(o.timing.first_day < TODAY for o in found)


def test_research_dissemination_project_reaches_local_actors(
    workspace: Workspace, sample: SampleSummary
) -> None:
    (project,) = [p for p in workspace.projects.list() if "stålindustrin" in p.name.lower()]
    assert project.funder_id is not None and project.start and project.end
    funder = workspace.organisations.get(project.funder_id)
    assert funder.name == "Vinnova" and funder.type is OrganisationType.FUNDER
    found = workspace.queries.occurrences(
        TimeWindow.days(sample.first_day, sample.last_day),
        EventFilter(project_ids=frozenset({project.id or 0})),
    )
    events = [workspace.events.get(i) for i in dict.fromkeys(o.event_id for o in found)]
    kinds = Counter(e.kind for e in events)
    assert kinds[EventKind.SEMINAR] >= 3 and kinds[EventKind.WORKSHOP] >= 3
    assert kinds[EventKind.WEBINAR] >= 1
    audiences = {t for e in events for t in e.tags}
    assert {"kommun", "skola", "fack", "företag"} <= audiences
    assert all(project.start <= e.timing.first_day <= project.end for e in events)
    organisers = {workspace.organisations.get(e.organiser_id or 0).name for e in events}
    assert organisers == {"Mälardalens universitet"}
    types = {o.type for o in workspace.organisations.list()}
    assert set(OrganisationType) <= types


def test_venues_and_an_event_in_silicon_valley_local_time(
    workspace: Workspace, sample: SampleSummary
) -> None:
    venues = workspace.venues.list()
    cities = {v.city for v in venues}
    assert {"Västerås", "Stockholm", "Skellefteå", "Palo Alto"} <= cities
    (valley,) = [v for v in venues if v.time_zone == "America/Los_Angeles"]
    assert valley.country == "USA"
    found = workspace.queries.occurrences(
        TimeWindow.days(sample.first_day, sample.last_day),
        EventFilter(venue_ids=frozenset({valley.id or 0})),
    )
    assert len(found) >= 2
    for occurrence in found:
        timing = occurrence.timing
        assert isinstance(timing, TimedSpan)
        assert timing.time_zone == "America/Los_Angeles"
        assert 8 <= timing.start.hour <= 17  # office hours in California, not in Sweden
    skelleftea = [v for v in venues if v.city == "Skellefteå"]
    assert workspace.queries.occurrences(
        TimeWindow.days(sample.first_day, sample.last_day),
        EventFilter(venue_ids=frozenset({skelleftea[0].id or 0})),
    )


def test_catalogue_contacts_projects_and_tags(workspace: Workspace, sample: SampleSummary) -> None:
    organisations = workspace.organisations.list()
    names = {o.name for o in organisations}
    assert {"Mälardalens universitet", "RISE Research Institutes of Sweden"} <= names
    assert {"Västerås stad", "Region Västmanland", "Vinnova"} <= names
    assert sum(1 for o in organisations if o.type is OrganisationType.MEMBER_COMPANY) >= 5
    assert all(o.web_page.startswith("https://") for o in organisations)
    contacts = workspace.contacts.list()
    assert len(contacts) >= 10
    assert all("@" in c.email for c in contacts)
    # The catalogue's contacts (made first) have phones; the participants come without.
    catalogue = sorted(contacts, key=lambda c: c.id or 0)[: sample.contacts - sample.participants]
    assert len(catalogue) == 19
    assert all(c.phone.startswith("+") for c in catalogue)
    assert all(c.organisation_id is not None and c.title for c in contacts)
    projects = workspace.projects.list()
    words = " ".join(p.name.lower() for p in projects)
    for topic in ("mikrofabrik", "interoperab", "visualisering", "stålindustri"):
        assert topic in words
    assert all(p.funder_id and p.start and p.end and p.start < TODAY < p.end for p in projects)
    assert len(workspace.tags.list()) >= 15


def test_calendar_details_are_filled_in(workspace: Workspace, sample: SampleSummary) -> None:
    events = _events(workspace, sample)
    live = [e for e in events if e.status is not EventStatus.DRAFT]
    assert all(e.web_page == "" or e.web_page.startswith("https://") for e in events)
    assert sum(1 for e in events if e.web_page) >= 30
    assert sum(1 for e in events if e.capacity) >= 40
    assert sum(1 for e in live if e.reminder_minutes) >= 40
    webinars = [e for e in live if e.kind is EventKind.WEBINAR]
    assert all(e.reminder_minutes == 15 and e.online_url and e.venue_id is None for e in webinars)
    busy = {e.busy_status for e in events}
    assert set(BusyStatus) <= busy
    assert any(e.notes for e in events)
    for event in events:
        timing = event.timing
        if isinstance(timing, TimedSpan) and timing.time_zone == "Europe/Stockholm":
            assert timing.start.isoweekday() <= 5, event.title
            assert time(8) <= timing.start.time() and timing.end.time() <= time(20), event.title


@pytest.mark.database_copy("empty")
def test_the_same_today_gives_the_same_sample(workspace: Workspace, tmp_path: Path) -> None:
    def shape(ws: Workspace, summary: SampleSummary) -> list[tuple[object, ...]]:
        return [
            (o.title, o.timing, o.kind, o.status, o.venue_name, o.recurrence_id, o.tags)
            for o in _occurrences(ws, summary)
        ]

    first = build_sample(workspace, today=TODAY)
    other = Workspace.open(tmp_path / "again.sqlite")
    try:
        second = build_sample(other, today=TODAY)
        assert second == first
        assert shape(other, second) == shape(workspace, first)
    finally:
        other.close()


# -- any day of the year -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def anchored(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[date, Workspace]]:
    """The sample built for days all round the calendar (SQLite; the shape is the same)."""
    spaces: dict[date, Workspace] = {}
    folder = tmp_path_factory.mktemp("anchors")
    for day in ANCHORS:
        spaces[day] = Workspace.open(folder / f"{day}.sqlite")
        build_sample(spaces[day], today=day)
    yield spaces
    for space in spaces.values():
        space.close()


@pytest.mark.parametrize("today", ANCHORS, ids=str)
def test_holds_for_any_today(anchored: dict[date, Workspace], today: date) -> None:
    workspace = anchored[today]
    window = TimeWindow.days(today - timedelta(days=100), today + timedelta(days=480))
    found = workspace.queries.occurrences(window)
    events = [workspace.events.get(i) for i in dict.fromkeys(o.event_id for o in found)]
    assert len(events) >= 40
    assert {e.kind for e in events} == set(EventKind)
    assert {e.status for e in events} == set(EventStatus)
    titles = {e.title for e in events}
    assert COURSE_SERIES_TITLE in titles and NETWORK_SERIES_TITLE in titles
    assert sum(1 for e in events if e.kind is EventKind.TRADE_FAIR) >= 12
    assert any(e.kind is EventKind.LAUNCH and e.online_url and e.venue_id for e in events)
    assert sum(1 for e in events if e.kind is EventKind.INNOVATION_DAY) >= 9
    projects = {p.id: p for p in workspace.projects.list()}
    for event in events:
        if event.project_id is not None:
            project = projects[event.project_id]
            assert project.start and project.end
            assert project.start <= event.timing.first_day <= project.end, event.title
    red = {d for year in range(today.year - 1, today.year + 3) for d in _swedish_red_days(year)}
    for occurrence in found:
        if occurrence.title.startswith("Sommaruppehåll"):
            continue
        timing = occurrence.timing
        last = timing.last_day if isinstance(timing, AllDaySpan) else timing.first_day
        days = [
            timing.first_day + timedelta(days=n) for n in range((last - timing.first_day).days + 1)
        ]
        for day in days:
            assert day not in red, occurrence.title
            assert (1, 6) < (day.month, day.day) < (12, 21), occurrence.title
        if isinstance(timing, TimedSpan):
            assert timing.first_day.isoweekday() <= 5, occurrence.title


@pytest.mark.parametrize("today", ANCHORS, ids=str)
def test_no_venue_is_double_booked(anchored: dict[date, Workspace], today: date) -> None:
    workspace = anchored[today]
    window = TimeWindow.days(today - timedelta(days=100), today + timedelta(days=480))
    by_venue: dict[int, list[Occurrence]] = defaultdict(list)
    for occurrence in workspace.queries.occurrences(window, EventFilter(include_cancelled=False)):
        if occurrence.venue_id is not None:
            by_venue[occurrence.venue_id].append(occurrence)
    for occurrences in by_venue.values():
        spans = sorted((o.timing.utc_bounds(), o.title) for o in occurrences)
        for ((_, end), title), ((start, _), other) in pairwise(spans):
            assert end <= start, f"{title} overlaps {other}"


@pytest.mark.parametrize("today", ANCHORS, ids=str)
def test_no_person_is_in_two_places_at_once(anchored: dict[date, Workspace], today: date) -> None:
    workspace = anchored[today]
    sessions = 0
    for contact in workspace.contacts.list():
        entries = workspace.programme.itinerary(contact.id or 0)
        sessions += len(entries)
        for one, two in pairwise(entries):
            assert one.end <= two.start, (contact.name, one.title, two.title)
    assert sessions >= 50  # the programmes were made whatever the day
