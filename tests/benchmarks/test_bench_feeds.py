"""Exporting and re-publishing 10,000 events from the database.

1. ``ExportService.export`` of every event of a 10,000-event database (5% series, 5% all-day),
   read in bulk and written from scratch (a fresh service each time, so nothing is kept),
   against the floor of icalendar itself building and serialising the same events from
   plain Python objects (Calendar/Event/add/to_ical) in the same run. Goal: ≤ 1.5× the floor.
2. Re-publishing a 10,000-event feed after one event changed: ``FeedService.publish``, which
   rebuilds that one event's text, puts it in the feed's kept layout and writes the file
   atomically (fsync included). Goals: ≤ 200 ms, and ≤ 3× the floor, writing the same bytes
   the same way (temp file, fsync, rename); writing them plainly is shown too.

    .venv/bin/python -m pytest tests/benchmarks/test_bench_feeds.py -s -q -p no:cacheprovider
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from benchdata import DraftMaker, make_catalog, measure, report
from icalendar import Alarm, Calendar, vRecur
from icalendar import Event as ICalEvent

from eventplanner.domain.enums import EventStatus
from eventplanner.domain.feeds import Feed
from eventplanner.domain.model import Event
from eventplanner.domain.timing import AllDaySpan
from eventplanner.ical import CalendarInfo
from eventplanner.services.exporting.export import ExportService, Selection
from eventplanner.services.files import write_atomically
from eventplanner.services.workspace import Workspace

EVENTS = 10_000
STAMP = datetime(2026, 11, 18, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def ten_thousand() -> Iterator[tuple[Workspace, Path]]:
    with tempfile.TemporaryDirectory(prefix="eventplanner-bench-feeds-") as folder:
        workspace = Workspace.open(Path(folder) / "planner-10k.sqlite")
        maker = DraftMaker(make_catalog(workspace), seed=20270312)
        for drafts in maker.chunks(EVENTS, 5000):
            workspace.events.create_many(drafts)
        published = Path(folder) / "OneDrive"
        published.mkdir()
        yield workspace, published
        workspace.close()


def _icalendar_floor(events: list[Event], places: dict[int, str]) -> bytes:
    """The same events built and serialised by icalendar from plain objects."""
    calendar = Calendar()
    calendar.add("prodid", "-//Eventplanner benchmark//EN")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", "Alla evenemang")
    for event in events:
        item = ICalEvent()
        item.add("uid", event.uid)
        item.add("summary", event.title)
        item.add("dtstamp", STAMP)
        timing = event.timing
        if isinstance(timing, AllDaySpan):
            item.add("dtstart", timing.first_day)
            item.add("dtend", timing.last_day + timedelta(days=1))
        else:
            item.add("dtstart", timing.start)
            item.add("dtend", timing.end)
        if event.recurrence is not None:
            item.add("rrule", vRecur.from_ical(event.recurrence.rule))
        item.add("description", event.description)
        if event.venue_id is not None:
            item.add("location", places[event.venue_id])
        item.add("categories", [event.kind.label, *event.tags])
        item.add("sequence", event.sequence)
        item.add("last-modified", event.modified_at)
        item.add("x-microsoft-cdo-busystatus", "BUSY")
        if event.reminder_minutes is not None:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("trigger", timedelta(minutes=-event.reminder_minutes))
            item.add_component(alarm)
        calendar.add_component(item)
    return calendar.to_ical()


def test_bench_export_10000_events(ten_thousand: tuple[Workspace, Path]) -> None:
    workspace, _ = ten_thousand
    info = CalendarInfo(name="Alla evenemang")
    events = workspace.export.events(Selection())
    places = {v.id: v.name for v in workspace.venues.list() if v.id is not None}
    sizes: list[int] = []

    def export_cold() -> None:
        fresh = ExportService(workspace.database)  # nothing kept: every event read and written
        sizes.append(len(fresh.export(Selection(), info, stamp=STAMP).text))

    floor = measure(lambda: _icalendar_floor(events, places), repeats=3)
    ours = measure(export_cold, repeats=5)
    warm = measure(lambda: workspace.export.export(Selection(), info, stamp=STAMP), repeats=5)
    print(f"\nExport of {len(events)} events ({sizes[-1] / 1e6:.1f} MB of iCalendar text)")
    floor_of = ("icalendar build + to_ical of the same events", floor)
    report("ExportService.export, nothing kept (bulk read + write)", ours, floor=floor_of,
           goal_ratio=1.5)  # fmt: skip
    report("ExportService.export again, every event's text kept", warm, floor=floor_of)


def test_bench_republish_after_one_change(ten_thousand: tuple[Workspace, Path]) -> None:
    workspace, folder = ten_thousand
    feed = workspace.feeds.create(Feed(id=None, name="Alla evenemang", folder=str(folder)))
    assert feed.id is not None
    first = workspace.feeds.publish(feed.id)  # the first publication writes every event
    assert first.events >= EVENTS * 0.9
    events = workspace.export.events(Selection())
    ids = [e.id for e in events if e.status != EventStatus.CANCELLED]
    times: list[float] = []
    for n in range(9):
        event = workspace.events.get(ids[(n * 997) % len(ids)])
        workspace.events.update(
            event.id, replace(event.draft(), title=f"{event.title} (ändrad {n})"),
            expected_version=event.version,
        )  # fmt: skip
        started = time.perf_counter()
        done = workspace.feeds.publish(feed.id)
        times.append((time.perf_counter() - started) * 1000)
        assert f"(ändrad {n})" in done.path.read_bytes().decode().replace("\r\n ", "")
    body = first.path.read_bytes()
    same_way = measure(lambda: write_atomically(folder / "floor.ics", body, what="floor"))
    plainly = measure(lambda: (folder / "plain.ics").write_bytes(body))
    documents = []

    def served_after_change(n: int) -> None:
        event = workspace.events.get(ids[n])
        workspace.events.update(
            event.id, replace(event.draft(), title=f"{event.title} (webb {n})"),
            expected_version=event.version,
        )  # fmt: skip
        started = time.perf_counter()
        workspace.feeds.document(feed.token)
        documents.append((time.perf_counter() - started) * 1000)

    for n in range(7):
        served_after_change(n)
    unchanged = measure(lambda: workspace.feeds.document(feed.token), repeats=21)
    print(
        f"\nRe-publishing a {first.events}-event feed ({len(body) / 1e6:.1f} MB) after one change"
    )
    report("FeedService.publish after one event changed", times,
           floor=("the same bytes written atomically (temp file, fsync, rename)", same_way),
           goal_ms=200, goal_ratio=3)  # fmt: skip
    report("the same bytes written plainly (no fsync)", plainly)
    report("FeedService.document after one event changed (HTTP body)", documents,
           floor=("the same bytes written plainly", plainly))  # fmt: skip
    report("FeedService.document, nothing changed (two small queries)", unchanged)
