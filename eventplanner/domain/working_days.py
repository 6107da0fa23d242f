"""Swedish working days, by the law's calendar.

A day is not a working day when it is a Saturday or a Sunday, a public holiday, or one of
the eves that count as Sundays (Midsommarafton, Julafton, Nyårsafton): the ``holidays``
package's PUBLIC and DE_FACTO categories for Sweden (:mod:`eventplanner.domain.holidays`).
Two switches add days off: the bridge days (its OPTIONAL category's whole days, "Klämdag")
and the organisation's own days off (a staff day, say), each with a name of its own. A
database keeps both as its working-days setting (``services.working_days``), so everyone on
it counts the same days.

Why a day is off is told in one word or name: the holiday's Swedish name as the package
gives it ("Midsommarafton", "Klämdag"), an own day off's name ("Personaldag"), else our own
English words ("Saturday", "Sunday", "own day off").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.holidays import swedish_bridge_days, swedish_holidays
from eventplanner.domain.timezones import YEARS

SATURDAY = "Saturday"
SUNDAY = "Sunday"
OWN_DAY_OFF = "own day off"
MAX_WORKING_DAYS = 2500
"""The most working days counted in one step: about ten years."""
DAY_OFF_NAME_LIMIT = 100
"""The longest name an own day off may have."""
_ONE_DAY = timedelta(days=1)
_SATURDAY = 5


@dataclass(frozen=True, slots=True)
class OwnDayOff:
    """One of the organisation's own days off: the day, and what it is ("Personaldag")."""

    day: date
    name: str = ""


def checked_day_off(day_off: OwnDayOff) -> OwnDayOff:
    """``day_off`` with its name trimmed; ValidationError when the day lies outside the
    years the calendar knows or the name is too long."""
    name = " ".join(day_off.name.split())
    if not YEARS[0] <= day_off.day.year <= YEARS[1]:
        raise ValidationError(
            "day off",
            f"{day_off.day} is outside the years {YEARS[0]}-{YEARS[1]} the calendar knows",
        )
    if len(name) > DAY_OFF_NAME_LIMIT:
        raise ValidationError(
            "name", f"a day off's name may have at most {DAY_OFF_NAME_LIMIT} characters, "
            f"not {len(name)}",
        )  # fmt: skip
    return OwnDayOff(day_off.day, name)


@dataclass(frozen=True)
class WorkingCalendar:
    """Which days are working days: the Swedish calendar, with bridge days off when
    ``bridge_days_off``, and the organisation's ``own_days_off`` (named by
    ``own_day_names``, where a day has a name)."""

    bridge_days_off: bool = False
    own_days_off: frozenset[date] = frozenset()
    own_day_names: Mapping[date, str] = field(default_factory=dict, hash=False)
    """What each own day off is called (a day without a name is "own day off")."""

    @classmethod
    def of(cls, bridge_days_off: bool, days_off: Iterable[OwnDayOff]) -> WorkingCalendar:
        """The calendar of a working-days setting: bridge days off or not, and these own
        days off with their names."""
        found = list(days_off)
        return cls(
            bridge_days_off,
            frozenset(d.day for d in found),
            {d.day: d.name for d in found if d.name},
        )

    @property
    def days_off_named(self) -> tuple[OwnDayOff, ...]:
        """The own days off in date order, each with its name ("" for none)."""
        return tuple(OwnDayOff(d, self.own_day_names.get(d, "")) for d in sorted(self.own_days_off))

    def why_not_working(self, day: date) -> str | None:
        """None on a working day; else why not: a holiday's name first, then the weekday,
        then "Klämdag" (with bridge days off), then "own day off"."""
        name = swedish_holidays(day.year).get(day)
        if name is not None:
            return name
        if day.weekday() >= _SATURDAY:
            return SATURDAY if day.weekday() == _SATURDAY else SUNDAY
        if self.bridge_days_off:
            bridge = swedish_bridge_days(day.year).get(day)
            if bridge is not None:
                return bridge
        if day in self.own_days_off:
            return self.own_day_names.get(day) or OWN_DAY_OFF
        return None

    def is_working_day(self, day: date) -> bool:
        return self.why_not_working(day) is None

    def next_working_day(self, day: date) -> date:
        """The first working day after ``day`` (never ``day`` itself)."""
        return self.add_working_days(day, 1)

    def previous_working_day(self, day: date) -> date:
        """The last working day before ``day`` (never ``day`` itself)."""
        return self.add_working_days(day, -1)

    def add_working_days(self, day: date, n: int) -> date:
        """The ``n``-th working day after ``day`` (before it when ``n`` is negative);
        ``day`` itself is not counted. ``n`` = 0 gives ``day`` unchanged, a working day or
        not: nothing was counted (a deadline's rule then says what to do with a day off).
        The result is always a working day when ``n`` is not 0."""
        if abs(n) > MAX_WORKING_DAYS:
            raise ValidationError(
                "working days", f"{n} is too many; count at most {MAX_WORKING_DAYS} (ten years)"
            )
        step = _ONE_DAY if n > 0 else -_ONE_DAY
        current = day
        for _ in range(abs(n)):
            current = _step(current, step)
            while not self.is_working_day(current):
                current = _step(current, step)
        return current

    def working_days_between(self, a: date, b: date) -> int:
        """How many working days there are after ``a`` up to and including ``b``; negative
        (those from ``b`` up to but not including ``a``) when ``b`` is before ``a``. So
        ``working_days_between(d, add_working_days(d, n)) == n``."""
        if b < a:
            return -sum(1 for day in _days(b, a - _ONE_DAY) if self.is_working_day(day))
        return sum(1 for day in _days(a + _ONE_DAY, b) if self.is_working_day(day))

    def days_off(self, first: date, last: date) -> list[tuple[date, str]]:
        """Every day from ``first`` to ``last`` (inclusive) that is not a working day, with
        why not, in date order."""
        found = []
        for day in _days(first, last):
            why = self.why_not_working(day)
            if why is not None:
                found.append((day, why))
        return found


def _days(first: date, last: date) -> Iterator[date]:
    day = first
    while day <= last:
        yield day
        day += _ONE_DAY


def _step(day: date, step: timedelta) -> date:
    try:
        moved = day + step
    except OverflowError:
        moved = None
    if moved is None or not YEARS[0] <= moved.year <= YEARS[1]:
        raise ValidationError(
            "working days", f"counting leaves the years {YEARS[0]}-{YEARS[1]} the calendar knows"
        )
    return moved
