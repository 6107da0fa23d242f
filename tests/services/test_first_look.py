"""A first look at an SQLite file with the standard library (before the database layer has
loaded) answers what the service answers: the same occurrences, in the same order, with the
same facets, for every period and filter it takes on; None for what it leaves to the
database."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from eventplanner.domain.enums import EventKind, EventStatus
from eventplanner.domain.filters import EventFilter, TimeWindow
from eventplanner.domain.model import EventDraft, OccurrenceChange, Project, Venue
from eventplanner.domain.recurrence import Recurrence
from eventplanner.domain.timing import AllDaySpan, TimedSpan
from eventplanner.services.events import first_look
from eventplanner.services.workspace import Workspace
from tests.copies import Templates, sqlite_copy

STOCKHOLM = "Europe/Stockholm"
STO = ZoneInfo(STOCKHOLM)
LA = ZoneInfo("America/Los_Angeles")
TODAY = date(2027, 3, 10)


def at(day: date, hour: int, tz: ZoneInfo = STO) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=tz)


def timed(day: date, start: int, end: int, tz: ZoneInfo = STO) -> TimedSpan:
    return TimedSpan(at(day, start, tz), at(day, end, tz), str(tz))


def planned(path: Path, templates: Templates) -> None:
    """The sample year, and beside it what a month read must get right: series that end
    (stored occurrences) and endless ones, moved, retitled, cancelled and struck-out
    occurrences, all-day events and series, events in another zone, across a clock change."""
    sqlite_copy(templates, path, "sample_year", TODAY)  # built once a run: tests/copies.py
    workspace = Workspace.open(path)
    try:
        venue = workspace.venues.create(Venue(None, "Lokstallet", city="Malmö"))
        project = workspace.projects.create(Project(None, "Robotvåren"))
        course = workspace.events.create(
            EventDraft(
                "Intraprenörskap",
                timed(date(2027, 3, 1), 18, 20),
                kind=EventKind.COURSE,
                venue_id=venue.id,
                project_id=project.id,
                tags=("kurs", "ledarskap"),
                recurrence=Recurrence("FREQ=WEEKLY;COUNT=10", (datetime(2027, 3, 15, 18),)),
            )
        ).event
        endless = workspace.events.create(
            EventDraft(
                "Frukostmöte",
                timed(date(2027, 2, 3), 7, 8),
                kind=EventKind.NETWORK_MEETING,
                status=EventStatus.CONFIRMED,
                recurrence=Recurrence("FREQ=WEEKLY;BYDAY=WE", (datetime(2027, 3, 17, 7),)),
            )
        ).event
        fair = workspace.events.create(
            EventDraft(
                "Mässdagar",
                AllDaySpan(date(2027, 3, 30), date(2027, 4, 1), STOCKHOLM),
                kind=EventKind.TRADE_FAIR,
                recurrence=Recurrence("FREQ=MONTHLY;BYMONTHDAY=30"),
            )
        ).event
        workspace.events.create(
            EventDraft("Webbinarium från LA", timed(date(2027, 3, 31), 16, 18, LA),
                       kind=EventKind.WEBINAR)
        )  # fmt: skip
        workspace.events.create(
            EventDraft(
                "Inställt seminarium",
                timed(date(2027, 3, 12), 9, 11),
                kind=EventKind.SEMINAR,
                status=EventStatus.CANCELLED,
            )
        )
        changes = workspace.events.change_occurrence
        changes(course.id, OccurrenceChange(datetime(2027, 3, 8, 18),
                                            timing=timed(date(2027, 3, 10), 17, 19)))  # fmt: skip
        changes(course.id, OccurrenceChange(datetime(2027, 3, 29, 18),
                                            timing=timed(date(2027, 4, 2), 9, 11)))  # fmt: skip
        changes(course.id, OccurrenceChange(datetime(2027, 3, 22, 18), cancelled=True))
        changes(endless.id, OccurrenceChange(datetime(2027, 3, 10, 7), title="Frukost i hamnen",
                                             status=EventStatus.PLANNED))  # fmt: skip
        changes(endless.id, OccurrenceChange(datetime(2027, 2, 24, 7),
                                             timing=timed(date(2027, 3, 2), 7, 9)))  # fmt: skip
        changes(fair.id, OccurrenceChange(date(2027, 4, 30),
                                          timing=AllDaySpan(date(2027, 5, 3), date(2027, 5, 4),
                                                            STOCKHOLM)))  # fmt: skip
    finally:
        workspace.close()


@pytest.fixture(scope="module")
def planned_file(tmp_path_factory: pytest.TempPathFactory, templates: Templates) -> Path:
    path = tmp_path_factory.mktemp("first-look") / "planner.sqlite"
    planned(path, templates)
    return path


def windows() -> list[TimeWindow]:
    months = [TimeWindow.days(date(2027, m, 1), date(2027, m + 1, 1) - timedelta(days=1))
              for m in range(1, 12)]  # fmt: skip
    weeks = [TimeWindow.days(date(2027, 3, 1) + timedelta(weeks=w),
                             date(2027, 3, 7) + timedelta(weeks=w)) for w in range(6)]  # fmt: skip
    la = "America/Los_Angeles"
    in_la = [TimeWindow.days(date(2027, 3, 1), date(2027, 3, 31), la),
             TimeWindow.days(date(2027, 4, 1), date(2027, 4, 1), la)]  # fmt: skip
    return [*months, *weeks, *in_la, TimeWindow.days(date(2026, 1, 1), date(2027, 12, 31))]


FILTERS = [
    EventFilter(),
    EventFilter(include_cancelled=False),
    EventFilter(kinds=frozenset({EventKind.COURSE, EventKind.TRADE_FAIR})),
    EventFilter(statuses=frozenset({EventStatus.CONFIRMED})),
    EventFilter(statuses=frozenset({EventStatus.PLANNED, EventStatus.CANCELLED})),
    EventFilter(statuses=frozenset({EventStatus.CANCELLED}), include_cancelled=False),
    EventFilter(kinds=frozenset({EventKind.NETWORK_MEETING}), include_cancelled=False),
    EventFilter(tags=frozenset({"KURS"})),
]


def test_every_period_and_filter_is_answered_as_the_service_answers(planned_file: Path) -> None:
    workspace = Workspace.open(planned_file)
    try:
        compared = 0
        for window in windows():
            for where in FILTERS:
                expected = workspace.queries.faceted(window, where)
                assert first_look.faceted(planned_file, window, where) == expected, (window, where)
                compared += len(expected.occurrences)
    finally:
        workspace.close()
    assert compared > 1000  # the sample year and the series above were in the periods read


def test_the_sidebars_ticks_of_projects_and_venues_are_left_to_the_database(
    planned_file: Path,
) -> None:
    march = TimeWindow.days(date(2027, 3, 1), date(2027, 3, 31))
    assert first_look.faceted(planned_file, march, EventFilter()) is not None
    for where in (
        EventFilter(text="frukost"),
        EventFilter(project_ids=frozenset({1})),
        EventFilter(venue_ids=frozenset({1})),
        EventFilter(organiser_ids=frozenset({1})),
        EventFilter(tag_ids=frozenset({1})),
        EventFilter(exclude_event_ids=frozenset({1})),
    ):
        assert not first_look.answers(where)
        assert first_look.faceted(planned_file, march, where) is None


def test_nothing_is_answered_for_a_file_at_another_revision_or_none(tmp_path: Path) -> None:
    march = TimeWindow.days(date(2027, 3, 1), date(2027, 3, 31))
    assert first_look.faceted(tmp_path / "missing.sqlite", march, EventFilter()) is None
    (tmp_path / "not-a-database.sqlite").write_bytes(b"plain text, not SQLite" * 100)
    assert first_look.faceted(tmp_path / "not-a-database.sqlite", march, EventFilter()) is None
    older = tmp_path / "older.sqlite"
    Workspace.open(older).close()
    with sqlite3.connect(older) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0001'")
    connection.close()
    assert first_look.faceted(older, march, EventFilter()) is None


def test_the_file_is_only_read(planned_file: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.sqlite"
    copy.write_bytes(planned_file.read_bytes())
    before = copy.read_bytes()
    march = TimeWindow.days(date(2027, 3, 1), date(2027, 3, 31))
    found = first_look.faceted(copy, march, replace(EventFilter(), include_cancelled=False))
    assert found is not None and found.occurrences
    assert copy.read_bytes() == before
    wal = copy.with_name(copy.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
