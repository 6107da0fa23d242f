"""Which events to show: a period and a filter. Plain values, asked of the services.

They live in the domain, not beside the queries, so that the window can hold them without
loading the database layer at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from eventplanner.domain.enums import EventKind, EventStatus
from eventplanner.domain.timezones import DEFAULT_TIME_ZONE, day_bounds, ensure_aware
from eventplanner.domain.timing import AllDaySpan, Timing


@dataclass(frozen=True, slots=True)
class TimeWindow:
    """From ``start`` (inclusive) to ``end`` (exclusive); dates are read in ``time_zone``."""

    start: datetime
    end: datetime
    time_zone: str = DEFAULT_TIME_ZONE

    def __post_init__(self) -> None:
        ensure_aware(self.start, "from")
        ensure_aware(self.end, "to")

    @classmethod
    def days(
        cls, first: date, last_inclusive: date, time_zone: str = DEFAULT_TIME_ZONE
    ) -> TimeWindow:
        start, end = day_bounds(first, last_inclusive, time_zone)
        return cls(start, end, time_zone)

    def overlaps(self, timing: Timing) -> bool:
        if isinstance(timing, AllDaySpan):
            start, end = day_bounds(timing.first_day, timing.last_day, self.time_zone)
        else:
            start, end = timing.start, timing.end
        return start < self.end and end > self.start


@dataclass(frozen=True, slots=True)
class EventFilter:
    """What to show; empty sets mean 'any'."""

    text: str = ""
    kinds: frozenset[EventKind] = frozenset()
    statuses: frozenset[EventStatus] = frozenset()
    project_ids: frozenset[int] = frozenset()
    venue_ids: frozenset[int] = frozenset()
    organiser_ids: frozenset[int] = frozenset()
    tags: frozenset[str] = frozenset()
    """Tags by name, whatever their case (the sidebar's choice, or typed in a feed's filter)."""
    tag_ids: frozenset[int] = frozenset()
    """Tags by identity, as a saved feed keeps them: a renamed tag stays chosen. An event
    with any chosen tag passes, whether chosen by name or by id."""
    include_cancelled: bool = True
    exclude_event_ids: frozenset[int] = field(default=frozenset())
