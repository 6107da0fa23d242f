"""The Swedish working calendar the sample is placed in: days off, weeks, wall-clock times.

A date that lands on a public holiday, in the Christmas break or in the industry's summer
weeks moves a week at a time until it is clear.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from eventplanner.domain.holidays import is_holiday
from eventplanner.domain.timezones import localize
from eventplanner.domain.timing import TimedSpan

STOCKHOLM = "Europe/Stockholm"
LOS_ANGELES = "America/Los_Angeles"
TOKYO = "Asia/Tokyo"
BERLIN = "Europe/Berlin"

TUE, WED, THU = 2, 3, 4


def is_off(day: date) -> bool:
    """A day nobody plans an event on: a holiday, the Christmas break, the summer weeks."""
    if is_holiday(day):
        return True
    if (day.month, day.day) >= (12, 21) or (day.month, day.day) <= (1, 6):
        return True
    return 28 <= day.isocalendar().week <= 31


def clear(
    day: date, offsets: Iterable[int], step: int, *, busy_weeks: frozenset[int] = frozenset()
) -> date:
    """``day`` moved a week at a time (``step`` +1 later, -1 earlier) until no day is off.

    ``busy_weeks`` are ISO weeks the team spends on its own big events.
    """
    days = list(offsets)
    while any(
        is_off(moved) or moved.isocalendar().week in busy_weeks
        for moved in (day + timedelta(days=o) for o in days)
    ):
        day += timedelta(weeks=step)
    return day


def timed(day: date, start: str, end: str, time_zone: str = STOCKHOLM) -> TimedSpan:
    """Wall-clock times ``HH:MM`` on ``day`` in ``time_zone``."""

    def at(text: str, field: str) -> datetime:
        hour, minute = (int(part) for part in text.split(":"))
        return localize(datetime.combine(day, time(hour, minute)), time_zone, field=field)

    return TimedSpan(at(start, "start"), at(end, "end"), time_zone)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The ``n``-th ``weekday`` (ISO, Monday 1) of a month."""
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))


def add_months(day: date, months: int) -> date:
    """The first of the month ``months`` after the month of ``day``."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)
