"""Stored column values as domain values, without the database layer: what ``rows`` turns
table rows into, for the services' queries and for ``first_look``, which reads an SQLite
file with the standard library before SQLAlchemy has loaded."""

from __future__ import annotations

from datetime import date, datetime
from typing import Protocol

from eventplanner.domain.enums import BusyStatus, EventKind, EventStatus, default_busy_status
from eventplanner.domain.model import OccurrenceChange
from eventplanner.domain.recurrence import RecurrenceId, parse_recurrence_id
from eventplanner.domain.timezones import zone
from eventplanner.domain.timing import AllDaySpan, TimedSpan, Timing


def timing_of(
    all_day: bool,
    time_zone: str,
    starts_at: datetime,
    ends_at: datetime,
    first_day: date | None,
    last_day: date | None,
) -> Timing:
    """The timing stored in these columns (they were checked when they were saved)."""
    if all_day:
        assert first_day is not None and last_day is not None
        return AllDaySpan.trusted(first_day, last_day, time_zone)
    tz = zone(time_zone)
    return TimedSpan.trusted(
        starts_at.astimezone(tz), ends_at.astimezone(tz), time_zone, (starts_at, ends_at)
    )


def parse_exdates(text: str) -> tuple[RecurrenceId, ...]:
    return tuple(parse_recurrence_id(x) for x in text.split(",") if x)


def parse_tag_names(text: str) -> tuple[str, ...]:
    return tuple(text.split("\n")) if text else ()


def busy_of(kind: str, busy: str | None) -> BusyStatus:
    return BusyStatus(busy) if busy else default_busy_status(EventKind(kind))


class ChangeFields(Protocol):
    """The columns of a changed occurrence: an ``OccurrenceChangeRow``, or a Core row of
    them (``window_statements.CHANGE_COLUMNS``)."""

    @property
    def recurrence_id(self) -> str: ...
    @property
    def cancelled(self) -> bool: ...
    @property
    def title(self) -> str | None: ...
    @property
    def description(self) -> str | None: ...
    @property
    def status(self) -> str | None: ...
    @property
    def starts_at(self) -> datetime | None: ...
    @property
    def ends_at(self) -> datetime | None: ...
    @property
    def first_day(self) -> date | None: ...
    @property
    def last_day(self) -> date | None: ...


def change_of(row: ChangeFields, all_day: bool, time_zone: str) -> OccurrenceChange:
    timing: Timing | None = None
    if row.starts_at is not None and row.ends_at is not None:
        timing = timing_of(
            all_day, time_zone, row.starts_at, row.ends_at, row.first_day, row.last_day
        )
    return OccurrenceChange(
        recurrence_id=parse_recurrence_id(row.recurrence_id),
        cancelled=row.cancelled,
        title=row.title,
        timing=timing,
        description=row.description,
        status=EventStatus(row.status) if row.status else None,
    )
