"""Where an event lands when a coordinator drags it: by whole days, to a new start, or to a
new end. The calendar views call these while dragging and when the event is dropped.

The rules, the same for a single event and for one occurrence of a series:

* Moved by days, an event keeps its clock time in its own zone: a 09:00 seminar moved over
  the night the clocks change still starts at 09:00. All-day events keep their dates' count.
* Moved to a new start, it starts at the wall-clock time it was dropped on, in the zone the
  calendar shows (the coordinator's display zone).
* Either way it lasts as long as before in real time, as the occurrences of a series do
  (``series.occurrence_timing``), so its end always exists.
* A start or end that does not exist (inside the spring-forward gap) is refused, and one that
  happens twice means the first, exactly as ``timezones.localize`` states the rule.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from eventplanner.domain.timezones import localize, to_utc
from eventplanner.domain.timing import AllDaySpan, TimedSpan, Timing

SNAP = timedelta(minutes=15)
"""Dragged times land on the quarter hour."""
SHORTEST = timedelta(minutes=15)
"""The shortest an event can be made by dragging its end."""


def real_length(timing: TimedSpan) -> timedelta:
    """How long a timed event really lasts (its wall clock may say an hour more or less)."""
    return to_utc(timing.end) - to_utc(timing.start)


def _starting(timing: TimedSpan, start: datetime) -> TimedSpan:
    end = to_utc(start) + real_length(timing)
    return TimedSpan(start, end, timing.time_zone)


def moved_by_days(timing: Timing, days: int) -> Timing:
    """``timing`` moved ``days`` whole days (negative: earlier), at the same clock time in its
    own zone; a ValidationError when that time does not exist on the new day."""
    if isinstance(timing, AllDaySpan):
        step = timedelta(days=days)
        return AllDaySpan(timing.first_day + step, timing.last_day + step, timing.time_zone)
    wall = timing.start.replace(tzinfo=None, fold=0) + timedelta(days=days)
    return _starting(timing, localize(wall, timing.time_zone))


def moved_to(timing: TimedSpan, wall_start: datetime, time_zone: str) -> TimedSpan:
    """``timing`` starting at the wall-clock time ``wall_start`` (naive) of ``time_zone``, in
    its own zone, as long as before; a ValidationError when that time does not exist."""
    return _starting(timing, localize(wall_start, time_zone))


def ending_at(
    timing: TimedSpan, wall_end: datetime, time_zone: str, shortest: timedelta = SHORTEST
) -> TimedSpan:
    """``timing`` ending at the wall-clock time ``wall_end`` (naive) of ``time_zone``, but at
    least ``shortest`` after its start; a ValidationError when that time does not exist."""
    end = localize(wall_end, time_zone, field="end")
    end = max(to_utc(end), to_utc(timing.start) + shortest)
    return TimedSpan(timing.start, end, timing.time_zone)


def snapped(wall: datetime, step: timedelta = SNAP) -> datetime:
    """A naive wall-clock time rounded to the nearest ``step`` of its day."""
    midnight = datetime.combine(wall.date(), time())
    steps = round((wall - midnight) / step)
    return midnight + steps * step


def wall_clock(day: date, minutes: float) -> datetime:
    """The naive wall-clock time ``minutes`` after the start of ``day`` (1440 is midnight)."""
    return datetime.combine(day, time()) + timedelta(minutes=minutes)
