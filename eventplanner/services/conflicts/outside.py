"""The events of a subscribed calendar in a period: its copy read with the app's own
iCalendar reader (as an import reads a file), series expanded with their changed and
struck-out occurrences, cancelled ones left out."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from functools import lru_cache

from eventplanner.domain.conflicts import CalendarUnreadable, OutsideEvent
from eventplanner.domain.enums import EventStatus
from eventplanner.domain.errors import EventplannerError
from eventplanner.domain.filters import TimeWindow
from eventplanner.domain.recurrence import is_occurrence, occurrences
from eventplanner.domain.series import first_of, occurrence_timing
from eventplanner.domain.timezones import DEFAULT_TIME_ZONE
from eventplanner.domain.timing import AllDaySpan, Timing
from eventplanner.ical.reader import CalendarRead, read_calendar
from eventplanner.ical.reader_records import ImportRecord

_SLACK = timedelta(hours=26)  # all-day days are read in their own zone


def read_copy(name: str, data: bytes, floating_zone: str = DEFAULT_TIME_ZONE) -> CalendarRead:
    """A subscribed calendar's bytes read as an import reads a file; bad events skipped (a
    calendar of others' events is not ours to refuse), a file that is not iCalendar at all
    refused with ``CalendarUnreadable`` naming it."""
    try:
        return _read(hashlib.sha256(data).hexdigest(), data, floating_zone)
    except EventplannerError as exc:
        raise CalendarUnreadable(f"the calendar {name!r} cannot be read: {exc}") from None


@lru_cache(maxsize=16)
def _read(_digest: str, data: bytes, floating_zone: str) -> CalendarRead:
    # Kept by content: the conflicts of a period are asked for again and again, and a copy
    # changes only when it is refreshed.
    return read_calendar(data, floating_zone=floating_zone, skip_bad=True)


def outside_events(name: str, read: CalendarRead, window: TimeWindow) -> list[OutsideEvent]:
    """The occurrences of ``read``'s events that overlap ``window``, in start order."""
    found: list[OutsideEvent] = []
    for record in read.records:
        for title, timing in _timings(record, window):
            if window.overlaps(timing):
                found.append(OutsideEvent(name, record.uid, title, record.location, timing))
    found.sort(key=lambda o: (o.timing.utc_bounds(), o.title))
    return found


def _timings(record: ImportRecord, window: TimeWindow) -> Iterator[tuple[str, Timing]]:
    """Each occurrence's title and timing (a changed one's own)."""
    if record.status is EventStatus.CANCELLED:
        return
    if record.recurrence is None:
        yield record.title, record.timing
        return
    changed = {o.recurrence_id: o for o in record.overrides}
    struck = set(record.recurrence.exdates)
    timing = record.timing
    length = timing.utc_bounds()[1] - timing.utc_bounds()[0]
    low, high = window.start - length - _SLACK, window.end + _SLACK
    after: datetime | date = low.date() if isinstance(timing, AllDaySpan) else low
    before: datetime | date = high.date() if isinstance(timing, AllDaySpan) else high
    keys = occurrences(
        record.recurrence.rule, first_of(timing), timing.time_zone, after=after, before=before
    )
    for key, _start in keys:
        if key in struck or key in changed:
            continue
        yield record.title, occurrence_timing(timing, key)
    for key, override in changed.items():
        if override.status is EventStatus.CANCELLED or key in struck:
            continue
        if is_occurrence(record.recurrence.rule, first_of(timing), timing.time_zone, key):
            yield override.title or record.title, override.timing
