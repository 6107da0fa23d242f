"""Where an event's tasks count its start and end from (``domain.task_anchors``): a single
event's days in its zone, a series' first occurrence as held; and what a save of a series
makes of it (one occurrence, this and following, the whole series)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from eventplanner.domain.enums import BusyStatus, EventKind, EventStatus
from eventplanner.domain.model import Event, OccurrenceChange
from eventplanner.domain.moves import moved_by_days
from eventplanner.domain.recurrence import Recurrence
from eventplanner.domain.series import occurrence_timing, split_draft
from eventplanner.domain.task_anchors import (
    EventShape,
    FollowingEdit,
    OccurrenceEdit,
    WholeEdit,
    anchor_days,
    days_of,
    shape_after,
)
from eventplanner.domain.timing import AllDaySpan, TimedSpan

STOCKHOLM = "Europe/Stockholm"
STO = ZoneInfo(STOCKHOLM)
FIRST = datetime(2027, 3, 1, 18)


def course() -> Event:
    """Eight Monday evenings from 1 March 2027."""
    start = datetime(2027, 3, 1, 18, tzinfo=STO)
    timing = TimedSpan(start, start.replace(hour=20), STOCKHOLM)
    return Event(
        id=1, uid="1@test", title="Kurs", timing=timing,
        kind=EventKind.COURSE, status=EventStatus.PLANNED, description="", venue_id=None,
        venue_name=None, online_url="", project_id=None, project_name=None, organiser_id=None,
        organiser_name=None, tags=(), capacity=None, web_page="", busy_status=BusyStatus.BUSY,
        busy_status_is_default=True, reminder_minutes=None,
        recurrence=Recurrence("FREQ=WEEKLY;COUNT=8"), notes="", sequence=0, version=1,
        created_at=datetime(2026, 12, 1, tzinfo=UTC), modified_at=datetime(2026, 12, 1, tzinfo=UTC),
    )  # fmt: skip


def test_a_single_event_counts_from_its_days_in_its_zone() -> None:
    late = TimedSpan(
        datetime(2027, 3, 1, 23, 30, tzinfo=STO), datetime(2027, 3, 2, 0, 0, tzinfo=STO), STOCKHOLM
    )
    assert days_of(late) == (date(2027, 3, 1), date(2027, 3, 1))  # ends at midnight
    # Shown in London, the Stockholm evening still begins on the 1st in its own zone.
    shown = replace(late, start=late.start.astimezone(ZoneInfo("Europe/London")))
    assert anchor_days(EventShape(shown)) == (date(2027, 3, 1), date(2027, 3, 1))
    fair = AllDaySpan(date(2027, 3, 16), date(2027, 3, 18), STOCKHOLM)
    assert anchor_days(EventShape(fair)) == (date(2027, 3, 16), date(2027, 3, 18))


def test_a_series_counts_from_its_first_occurrence_as_held() -> None:
    event = course()
    assert anchor_days(EventShape.of(event)) == (date(2027, 3, 1), date(2027, 3, 1))
    # Struck out, the first is the next one not struck out.
    struck = Recurrence("FREQ=WEEKLY;COUNT=8", (FIRST, datetime(2027, 3, 8, 18)))
    assert anchor_days(EventShape(event.timing, struck)) == (date(2027, 3, 15),) * 2
    # Moved, where it is moved to; cancelled, it is still the first.
    moved = OccurrenceChange(FIRST, timing=moved_by_days(event.timing, 2))
    assert anchor_days(EventShape(event.timing, event.recurrence, (moved,)))[0] == date(2027, 3, 3)
    cancelled = OccurrenceChange(FIRST, cancelled=True)
    assert anchor_days(EventShape(event.timing, event.recurrence, (cancelled,)))[0] == (
        date(2027, 3, 1)
    )
    # A later one moved before the first comes first.
    third = datetime(2027, 3, 15, 18)
    early = OccurrenceChange(third, timing=moved_by_days(event.timing, -4))
    assert anchor_days(EventShape(event.timing, event.recurrence, (early,)))[0] == date(2027, 2, 25)
    # Every occurrence struck out: the series' own start.
    gone = Recurrence("FREQ=WEEKLY;COUNT=1", (FIRST,))
    assert anchor_days(EventShape(event.timing, gone))[0] == date(2027, 3, 1)


def test_what_each_save_of_a_series_makes_of_it() -> None:
    event = course()
    change = OccurrenceChange(FIRST, timing=moved_by_days(event.timing, 2))
    assert anchor_days(shape_after(event, OccurrenceEdit(change)))[0] == date(2027, 3, 3)
    later = moved_by_days(event.timing, 7)
    assert anchor_days(shape_after(event, later))[0] == date(2027, 3, 8)
    assert anchor_days(shape_after(event, WholeEdit(replace(event.draft(), timing=later))))[0] == (
        date(2027, 3, 8)
    )
    # This and following from the fourth: the earlier part keeps the tasks, and its start.
    key = datetime(2027, 3, 22, 18)
    following = split_draft(event, key)
    moved = replace(following, timing=moved_by_days(following.timing, 1))
    after = shape_after(event, FollowingEdit(key, moved))
    assert anchor_days(after)[0] == date(2027, 3, 1)
    assert after.recurrence is not None and "UNTIL" in after.recurrence.rule
    # From the first occurrence on: the whole series.
    whole = split_draft(event, FIRST)
    moved_whole = replace(whole, timing=moved_by_days(whole.timing, 1))
    assert anchor_days(shape_after(event, FollowingEdit(FIRST, moved_whole)))[0] == date(2027, 3, 2)
    assert occurrence_timing(event.timing, FIRST) == event.timing
