"""Where the occurrences of a series fall, and what a change to one of them keeps."""

from __future__ import annotations

from datetime import UTC, date, datetime

from eventplanner.domain.model import Event, EventDraft, OccurrenceChange
from eventplanner.domain.recurrence import RecurrenceId, occurrence_start
from eventplanner.domain.timing import AllDaySpan, TimedSpan, Timing


def first_of(timing: Timing) -> date | datetime:
    """The series' DTSTART: an aware start, or the first day."""
    return timing.start if isinstance(timing, TimedSpan) else timing.first_day


def first_day_of(timing: Timing) -> date:
    return timing.start.date() if isinstance(timing, TimedSpan) else timing.first_day


def occurrence_timing(timing: Timing, recurrence_id: RecurrenceId) -> Timing:
    """The timing of the occurrence ``recurrence_id`` of a series with this first timing."""
    start = occurrence_start(recurrence_id, timing.time_zone)
    if isinstance(timing, TimedSpan):
        assert isinstance(start, datetime)
        # Every occurrence lasts as long as the first, in real time even across a clock change.
        end = (start.astimezone(UTC) + timing.duration).astimezone(start.tzinfo)
        return TimedSpan.trusted(start, end, timing.time_zone)
    assert isinstance(start, date)
    return AllDaySpan.trusted(start, start + (timing.last_day - timing.first_day), timing.time_zone)


def occurrence_change(event: Event, key: RecurrenceId, edited: EventDraft) -> OccurrenceChange:
    """One occurrence edited as ``edited``: only what differs from the series is kept, so
    later edits of the whole series still reach the fields this occurrence did not change."""
    return OccurrenceChange(
        recurrence_id=key,
        title=edited.title if edited.title != event.title else None,
        timing=edited.timing if edited.timing != occurrence_timing(event.timing, key) else None,
        status=edited.status if edited.status != event.status else None,
    )
