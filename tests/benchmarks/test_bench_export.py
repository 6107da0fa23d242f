"""Exporting 10,000 events (5% recurring, 5% all-day) as one Outlook calendar.

The floor is icalendar itself building and serialising the same events from plain Python
objects (Calendar / Event / add / ``add_missing_timezones`` / ``to_ical``) in the same run;
the goal is to stay within 1.5× of it (issue 4). Also printed: re-assembling the calendar
from each event's cached text after one event changed (the feed re-publish path).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import icalendar
from benchdata import VENUES, Catalog, DraftMaker, measure, report

from eventplanner.domain.enums import EventStatus, default_busy_status
from eventplanner.domain.model import Event, EventDraft
from eventplanner.domain.recurrence import Recurrence, normalize_rule
from eventplanner.domain.timing import AllDaySpan
from eventplanner.ical import (
    CalendarInfo,
    ExportOptions,
    Place,
    calendar_text,
    event_text,
    export_calendar,
)
from eventplanner.ical.outlook_rules import BUSY

EVENTS = 10_000
STAMP = datetime(2026, 11, 18, 12, 0, tzinfo=UTC)
CREATED = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
INFO = CalendarInfo("Benchmark", "Tio tusen evenemang", refresh=timedelta(hours=1))


def _catalog() -> Catalog:
    ids = list(range(1, len(VENUES) + 1))
    return Catalog(ids, {i: zone for i, (_, _, zone) in zip(ids, VENUES, strict=True)}, [1, 2, 3])


def _event(number: int, draft: EventDraft) -> Event:
    recurrence = None
    if draft.recurrence is not None:
        rule = normalize_rule(
            draft.recurrence.rule, all_day=draft.timing.all_day, time_zone=draft.timing.time_zone
        )
        recurrence = Recurrence(rule, draft.recurrence.exdates)
    return Event(
        id=number, uid=f"bench-{number}@eventplanner", title=draft.title, timing=draft.timing,
        kind=draft.kind, status=draft.status, description=draft.description,
        venue_id=draft.venue_id, venue_name=None, online_url=draft.online_url, project_id=None,
        project_name=None, organiser_id=None, organiser_name=None, tags=draft.tags,
        capacity=draft.capacity, web_page=draft.web_page,
        busy_status=default_busy_status(draft.kind), busy_status_is_default=True,
        reminder_minutes=draft.reminder_minutes, recurrence=recurrence, notes="", sequence=1,
        version=1, created_at=CREATED, modified_at=CREATED,
    )  # fmt: skip


def _pairs() -> list[tuple[Event, Place | None]]:
    maker = DraftMaker(_catalog(), seed=20261118)
    places = {i: Place(name, "", city) for i, (name, city, _) in enumerate(VENUES, start=1)}
    events = [_event(n, d) for n, d in enumerate(maker.drafts(EVENTS), start=1)]
    return [(e, places.get(e.venue_id) if e.venue_id else None) for e in events]


def _icalendar_floor(pairs: list[tuple[Event, Place | None]]) -> bytes:
    """The same events built with icalendar's own objects, the way a plain exporter would."""
    calendar = icalendar.Calendar()
    calendar.add("version", "2.0")
    calendar.add("prodid", "-//Benchmark//EN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", INFO.name)
    for event, place in pairs:
        if event.status is EventStatus.CANCELLED:
            continue
        item = icalendar.Event()
        item.add("uid", event.uid)
        item.add("dtstamp", STAMP)
        item.add("created", event.created_at)
        item.add("last-modified", event.modified_at)
        item.add("sequence", event.sequence)
        timing = event.timing
        if isinstance(timing, AllDaySpan):
            item.add("dtstart", timing.first_day)
            item.add("dtend", timing.last_day + timedelta(days=1))
        else:
            item.add("dtstart", timing.start)
            item.add("dtend", timing.end)
        if event.recurrence is not None:
            item.add("rrule", icalendar.vRecur.from_ical(event.recurrence.rule))
            for key in event.recurrence.exdates:
                item.add("exdate", key)
        item.add("summary", event.title)
        if event.description:
            item.add("description", event.description)
        if place is not None:
            item.add("location", place.line)
        if event.online_url:
            item.add("url", event.online_url)
        item.add("categories", [event.kind.label, *event.tags])
        busy, transp = BUSY[event.busy_status]
        item.add("x-microsoft-cdo-busystatus", busy)
        item.add("transp", transp)
        if event.reminder_minutes is not None:
            alarm = icalendar.Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", event.title)
            alarm.add("trigger", -timedelta(minutes=event.reminder_minutes))
            item.add_component(alarm)
        calendar.add_component(item)
    calendar.add_missing_timezones()
    return calendar.to_ical()


def test_export_10000_events_against_icalendar() -> None:
    pairs = _pairs()
    recurring = sum(1 for e, _ in pairs if e.recurrence is not None)
    all_day = sum(1 for e, _ in pairs if e.timing.all_day)
    print(f"\n{len(pairs)} events: {recurring} recurring, {all_day} all-day")
    floor = measure(lambda: _icalendar_floor(pairs), repeats=3)
    ours = measure(lambda: export_calendar(pairs, INFO, stamp=STAMP), repeats=5)
    size = len(export_calendar(pairs, INFO, stamp=STAMP).encode())
    report(
        "export_calendar, 10,000 events",
        ours,
        floor=("icalendar build + VTIMEZONEs + to_ical", floor),
        goal_ratio=1.5,
        extra=f"{size / 1e6:.1f} MB",
    )
    # The re-publish path: each event's text kept by its revision, one event changed.
    options = ExportOptions()
    cache = {(e.id, e.version): event_text(e, p, options) for e, p in pairs}
    changed_event, changed_place = pairs[len(pairs) // 2]
    edited = replace(changed_event, title=changed_event.title + " (ny tid)", version=2)

    def republish() -> str:
        texts = [cache[(e.id, e.version)] for e, _ in pairs if e.id != edited.id]
        texts.append(event_text(edited, changed_place, options))
        return calendar_text((t for t in texts if t is not None), INFO, stamp=STAMP)

    report(
        "re-publish after one change (cached event texts)",
        measure(republish, repeats=7),
        floor=("icalendar build + VTIMEZONEs + to_ical", floor),
        goal_ms=200,
    )
