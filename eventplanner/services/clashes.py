"""Warnings that do not stop a save: a venue booked twice at the same time."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.orm import Session

from eventplanner.domain.enums import EventStatus
from eventplanner.domain.model import Event, Occurrence, Warning
from eventplanner.domain.timing import AllDaySpan, Timing
from eventplanner.services.queries import EventFilter, TimeWindow, find_occurrences

# How far ahead a series is checked for clashes: two years of occurrences.
_SERIES_HORIZON = timedelta(days=730)
_MAX_WARNINGS = 5


def describe(timing: Timing) -> str:
    if isinstance(timing, AllDaySpan):
        if timing.days == 1:
            return f"{timing.first_day:%Y-%m-%d} (all day)"
        return f"{timing.first_day:%Y-%m-%d} to {timing.last_day:%Y-%m-%d}"
    start, end = timing.start, timing.end
    if start.date() == end.date():
        return f"{start:%Y-%m-%d %H:%M}–{end:%H:%M}"
    return f"{start:%Y-%m-%d %H:%M} to {end:%Y-%m-%d %H:%M}"


def venue_clashes(session: Session, event: Event) -> tuple[Warning, ...]:
    """Other events at the same venue that overlap any occurrence of ``event``."""
    if event.venue_id is None or event.status is EventStatus.CANCELLED:
        return ()
    start, end = event.timing.utc_bounds()
    if event.recurrence is not None:
        end = start + _SERIES_HORIZON
    window = TimeWindow(start, end, event.timing.time_zone)
    venue_only = EventFilter(venue_ids=frozenset({event.venue_id}), include_cancelled=False)
    here = find_occurrences(session, window, venue_only)
    mine = [o for o in here if o.event_id == event.id]
    others = [o for o in here if o.event_id != event.id]
    warnings: list[Warning] = []
    for other in others:
        for own in mine:
            if _overlap(own, other):
                warnings.append(
                    Warning(
                        "venue",
                        f"{event.venue_name} is also booked for {other.title!r} on "
                        f"{describe(other.timing)}",
                    )
                )
                break
        if len(warnings) >= _MAX_WARNINGS:
            break
    return tuple(warnings)


def _overlap(a: Occurrence, b: Occurrence) -> bool:
    a_start, a_end = a.timing.utc_bounds()
    b_start, b_end = b.timing.utc_bounds()
    return a_start < b_end and b_start < a_end
