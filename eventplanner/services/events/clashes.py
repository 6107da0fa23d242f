"""Warnings that do not stop a save: a venue booked twice at the same time."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.orm import Session

from eventplanner.domain.enums import EventStatus
from eventplanner.domain.filters import EventFilter, TimeWindow
from eventplanner.domain.model import Event, EventDraft, Warning
from eventplanner.domain.occurrence import Occurrence
from eventplanner.domain.recurrence import normalize_rule, recurrence_ids
from eventplanner.domain.series import occurrence_timing
from eventplanner.domain.timing import AllDaySpan, TimedSpan, Timing
from eventplanner.services.events.queries import find_occurrences

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
    window = _horizon(event.timing, event.recurrence is not None)
    venue_only = EventFilter(venue_ids=frozenset({event.venue_id}), include_cancelled=False)
    here = find_occurrences(session, window, venue_only)
    mine = [o.timing for o in here if o.event_id == event.id]
    others = [o for o in here if o.event_id != event.id]
    return _warnings(event.venue_name or "", mine, others)


def draft_clashes(
    session: Session, draft: EventDraft, venue_name: str, event_id: int | None = None
) -> tuple[Warning, ...]:
    """The same warnings for an event not saved yet (or being edited), before saving."""
    if draft.venue_id is None or draft.status is EventStatus.CANCELLED:
        return ()
    timing = draft.timing
    window = _horizon(timing, draft.recurrence is not None)
    mine: list[Timing] = [timing]
    if draft.recurrence is not None:
        first = timing.start if isinstance(timing, TimedSpan) else timing.first_day
        rule = normalize_rule(
            draft.recurrence.rule, all_day=timing.all_day, time_zone=timing.time_zone
        )
        before = window.end if isinstance(timing, TimedSpan) else window.end.date()
        mine = [
            occurrence_timing(timing, key)
            for key in recurrence_ids(rule, first, timing.time_zone, before=before)
            if key not in draft.recurrence.exdates
        ]
    exclude = frozenset({event_id}) if event_id is not None else frozenset()
    venue_only = EventFilter(
        venue_ids=frozenset({draft.venue_id}), include_cancelled=False, exclude_event_ids=exclude
    )
    return _warnings(venue_name, mine, find_occurrences(session, window, venue_only))


def _horizon(timing: Timing, series: bool) -> TimeWindow:
    start, end = timing.utc_bounds()
    return TimeWindow(start, start + _SERIES_HORIZON if series else end, timing.time_zone)


def _warnings(venue: str, mine: list[Timing], others: list[Occurrence]) -> tuple[Warning, ...]:
    warnings: list[Warning] = []
    for other in others:
        if any(_overlap(own, other.timing) for own in mine):
            warnings.append(
                Warning(
                    "venue",
                    f"{venue} is also booked for {other.title!r} on {describe(other.timing)}",
                )
            )
        if len(warnings) >= _MAX_WARNINGS:
            break
    return tuple(warnings)


def _overlap(a: Timing, b: Timing) -> bool:
    a_start, a_end = a.utc_bounds()
    b_start, b_end = b.utc_bounds()
    return a_start < b_end and b_start < a_end
