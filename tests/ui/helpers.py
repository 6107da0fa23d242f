"""Occurrences for UI tests, made without a database."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from eventplanner.domain.enums import BusyStatus, EventKind, EventStatus
from eventplanner.domain.model import Occurrence
from eventplanner.domain.timing import AllDaySpan, TimedSpan

STO = ZoneInfo("Europe/Stockholm")


def timed(
    title: str,
    start: datetime,
    end: datetime,
    *,
    kind: EventKind = EventKind.SEMINAR,
    status: EventStatus = EventStatus.PLANNED,
    zone: str = "Europe/Stockholm",
    event_id: int = 1,
    venue: str | None = "Västerås Kongress",
) -> Occurrence:
    return Occurrence(
        event_id=event_id,
        uid=f"{event_id}@test",
        title=title,
        kind=kind,
        status=status,
        timing=TimedSpan(start, end, zone),
        venue_id=1 if venue else None,
        venue_name=venue,
        project_name=None,
        busy_status=BusyStatus.BUSY,
    )


def all_day(
    title: str,
    first: date,
    last: date,
    *,
    kind: EventKind = EventKind.TRADE_FAIR,
    event_id: int = 2,
) -> Occurrence:
    return Occurrence(
        event_id=event_id,
        uid=f"{event_id}@test",
        title=title,
        kind=kind,
        status=EventStatus.CONFIRMED,
        timing=AllDaySpan(first, last, "Europe/Stockholm"),
        venue_id=None,
        venue_name=None,
        project_name="Mässor 2027",
        busy_status=BusyStatus.OUT_OF_OFFICE,
    )


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=STO)  # type: ignore[misc]
