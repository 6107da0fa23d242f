"""Turning table rows into domain records and back. The only place that knows both."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

from eventplanner.domain.model import EventDraft, OccurrenceChange
from eventplanner.domain.recurrence import (
    Recurrence,
    RecurrenceId,
    last_recurrence_id,
    occurrences,
    recurrence_id_text,
)
from eventplanner.domain.series import first_of, occurrence_timing
from eventplanner.domain.text import swedish_sort_key
from eventplanner.domain.timezones import day_bounds
from eventplanner.domain.timing import AllDaySpan, Timing
from eventplanner.persistence.schema import EventRow, OccurrenceChangeRow
from eventplanner.services.events.row_values import ChangeFields as ChangeFields
from eventplanner.services.events.row_values import busy_of as busy_of
from eventplanner.services.events.row_values import change_of as change_of
from eventplanner.services.events.row_values import parse_exdates as parse_exdates
from eventplanner.services.events.row_values import parse_tag_names as parse_tag_names
from eventplanner.services.events.row_values import timing_of as timing_of


def timing_columns(timing: Timing) -> dict[str, Any]:
    """starts_at, ends_at, first_day, last_day for a timing."""
    starts_at, ends_at = timing.utc_bounds()
    if isinstance(timing, AllDaySpan):
        return {
            "starts_at": starts_at,
            "ends_at": ends_at,
            "first_day": timing.first_day,
            "last_day": timing.last_day,
        }
    return {"starts_at": starts_at, "ends_at": ends_at, "first_day": None, "last_day": None}


def exdates_text(exdates: Sequence[RecurrenceId]) -> str:
    return ",".join(sorted(recurrence_id_text(x) for x in exdates))


def tag_names_text(names: Iterable[str]) -> str:
    """The stored copy of an event's tag names: sorted, one per line (tags are one line)."""
    return "\n".join(sorted(set(names), key=swedish_sort_key))


def series_end(timing: Timing, rule: str, changes: Sequence[OccurrenceChange]) -> datetime | None:
    """UTC end of the series' last occurrence (moved ones included), None if endless."""
    last = last_recurrence_id(rule, first_of(timing), timing.time_zone)
    if last is None:
        return None
    end = occurrence_timing(timing, last).utc_bounds()[1]
    for change in changes:
        if change.timing is not None:
            end = max(end, change.timing.utc_bounds()[1])
    return end


def change_to_row(change: OccurrenceChange, event_id: int | None = None) -> OccurrenceChangeRow:
    row = OccurrenceChangeRow(
        recurrence_id=recurrence_id_text(change.recurrence_id),
        cancelled=change.cancelled,
        title=change.title,
        description=change.description,
        status=change.status.value if change.status else None,
    )
    if event_id is not None:
        row.event_id = event_id
    if change.timing is not None:
        for name, value in timing_columns(change.timing).items():
            setattr(row, name, value)
    return row


def event_columns(draft: EventDraft, rule: str | None) -> dict[str, Any]:
    """The columns an event draft sets (everything but identity and bookkeeping).

    ``series_ends_at`` assumes no occurrence was changed; saving changes recomputes it.
    """
    timing = draft.timing
    columns = timing_columns(timing)
    duration = timing.duration
    columns.update(
        title=draft.title.strip(),
        kind=draft.kind.value,
        status=draft.status.value,
        description=draft.description,
        all_day=timing.all_day,
        time_zone=timing.time_zone,
        duration_minutes=max(1, int(duration / timedelta(minutes=1))),
        is_recurring=rule is not None,
        rrule=rule,
        exdates=exdates_text(draft.recurrence.exdates) if draft.recurrence else "",
        venue_id=draft.venue_id,
        online_url=draft.online_url.strip(),
        project_id=draft.project_id,
        organiser_id=draft.organiser_id,
        capacity=draft.capacity,
        public=draft.public,
        web_page=draft.web_page.strip(),
        busy_status=draft.busy_status.value if draft.busy_status else None,
        reminder_minutes=draft.reminder_minutes,
        notes=draft.notes,
        series_ends_at=series_end(timing, rule, ()) if rule is not None else None,
    )
    return columns


def recurrence_of(row: EventRow) -> Recurrence | None:
    if not row.rrule:
        return None
    return Recurrence(row.rrule, parse_exdates(row.exdates))


def new_uid() -> str:
    """A globally unique, never reused iCalendar UID."""
    return f"{uuid.uuid4()}@eventplanner"


def now_utc() -> datetime:
    return datetime.now(UTC)


def stored_occurrences(
    event_id: int, timing: Timing, rule: str | None, exdates: Sequence[RecurrenceId]
) -> list[dict[str, Any]]:
    """The series_occurrences rows of a series that ends (none for an endless one)."""
    if rule is None or last_recurrence_id(rule, first_of(timing), timing.time_zone) is None:
        return []
    skipped = set(exdates)
    found: list[dict[str, Any]] = []
    for key, start in occurrences(rule, first_of(timing), timing.time_zone):
        if key in skipped:
            continue
        if isinstance(timing, AllDaySpan):
            assert isinstance(start, date)
            begins, ends = day_bounds(
                start, start + (timing.last_day - timing.first_day), timing.time_zone
            )
        else:
            assert isinstance(start, datetime)
            begins = start.astimezone(UTC)
            ends = begins + timing.duration
        found.append(
            {
                "event_id": event_id,
                "recurrence_id": recurrence_id_text(key),
                "starts_at": begins,
                "ends_at": ends,
            }
        )
    return found
