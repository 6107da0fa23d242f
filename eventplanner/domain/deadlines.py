"""Deadlines relative to an anchor (an event's start, a phase, another task): "10 working
days before", "2 weeks after", and what to do when the date lands on a day off.

Counted in days or weeks, the date may land on a day off: ``DayOff`` moves it to the working
day before (EARLIER) or after (LATER), or KEEPs it. Counted in working days (1 or more), the
count lands on a working day by itself, so nothing moves; 0 working days is the anchor, which
the ``DayOff`` rule moves like any other date. A moved date says why (``DueDate.reason``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.languages import ENGLISH, SWEDISH
from eventplanner.domain.working_days import MAX_WORKING_DAYS, WorkingCalendar

FIELD = "deadline"


class Unit(StrEnum):
    DAYS = "days"
    WEEKS = "weeks"
    WORKING_DAYS = "working_days"


class Direction(StrEnum):
    BEFORE = "before"
    AFTER = "after"


class DayOff(StrEnum):
    """What a deadline does when its date is not a working day."""

    KEEP = "keep"
    EARLIER = "earlier"
    LATER = "later"


MAX_AMOUNT = {Unit.DAYS: 3650, Unit.WEEKS: 520, Unit.WORKING_DAYS: MAX_WORKING_DAYS}
"""About ten years in each unit."""

# (singular, plural) per language and unit; the short form is the files' and commands'.
_WORDS = {
    ENGLISH: {
        Unit.DAYS: ("day", "days"),
        Unit.WEEKS: ("week", "weeks"),
        Unit.WORKING_DAYS: ("working day", "working days"),
    },
    SWEDISH: {
        Unit.DAYS: ("dag", "dagar"),
        Unit.WEEKS: ("vecka", "veckor"),
        Unit.WORKING_DAYS: ("arbetsdag", "arbetsdagar"),
    },
}
_DIRECTIONS = {
    ENGLISH: {Direction.BEFORE: "before", Direction.AFTER: "after"},
    SWEDISH: {Direction.BEFORE: "före", Direction.AFTER: "efter"},
}
_SHORT = {Unit.DAYS: "d", Unit.WEEKS: "w", Unit.WORKING_DAYS: "wd"}


@dataclass(frozen=True)
class RelativeDeadline:
    amount: int
    unit: Unit
    direction: Direction
    day_off: DayOff = DayOff.EARLIER

    def __post_init__(self) -> None:
        # Built from files and typed values: check the types too, not only the numbers.
        if isinstance(self.amount, bool) or not isinstance(self.amount, int):
            raise ValidationError(FIELD, f"the amount {self.amount!r} is not a whole number")
        for value, kind in ((self.unit, Unit), (self.direction, Direction), (self.day_off, DayOff)):
            if not isinstance(value, kind):
                raise ValidationError(FIELD, f"{value!r} is not a {kind.__name__}")
        if self.amount < 0:
            raise ValidationError(
                FIELD, f"the amount {self.amount} is negative; use 'before' or 'after' instead"
            )
        most = MAX_AMOUNT[self.unit]
        if self.amount > most:
            words = _WORDS[ENGLISH][self.unit][1]
            raise ValidationError(
                FIELD, f"{self.amount} {words} is too far; at most {most} (about ten years)"
            )

    def describe(self, language: str = ENGLISH) -> str:
        """ "10 working days before" (English) or "10 arbetsdagar före" (Swedish)."""
        words = _WORDS.get(language, _WORDS[ENGLISH])
        directions = _DIRECTIONS.get(language, _DIRECTIONS[ENGLISH])
        one, many = words[self.unit]
        return f"{self.amount} {one if self.amount == 1 else many} {directions[self.direction]}"

    def short(self) -> str:
        """The form files and the command line use: "10wd before", "2w after"."""
        return f"{self.amount}{_SHORT[self.unit]} {self.direction.value}"

    def __str__(self) -> str:
        return self.describe(ENGLISH)


@dataclass(frozen=True)
class DueDate:
    """The date a rule gives; ``moved_from`` and ``reason`` when a day off moved it."""

    day: date
    moved_from: date | None = None
    reason: str | None = None


def due_date(anchor: date, rule: RelativeDeadline, calendar: WorkingCalendar) -> DueDate:
    """The date ``rule`` gives counted from ``anchor`` in ``calendar``'s working days."""
    sign = 1 if rule.direction is Direction.AFTER else -1
    if rule.unit is Unit.WORKING_DAYS:
        if rule.amount > 0:
            return DueDate(calendar.add_working_days(anchor, sign * rule.amount))
        day = anchor
    else:
        days = rule.amount * (7 if rule.unit is Unit.WEEKS else 1)
        try:
            day = anchor + timedelta(days=sign * days)
        except OverflowError:
            raise ValidationError(FIELD, f"{rule} {anchor} is outside the calendar") from None
    why = calendar.why_not_working(day)
    if why is None or rule.day_off is DayOff.KEEP:
        return DueDate(day)
    if rule.day_off is DayOff.EARLIER:
        moved = calendar.previous_working_day(day)
    else:
        moved = calendar.next_working_day(day)
    return DueDate(moved, moved_from=day, reason=f"{day} is {why}: moved to {moved}")


_SHORT_UNITS = {
    "d": Unit.DAYS,
    "day": Unit.DAYS,
    "days": Unit.DAYS,
    "dag": Unit.DAYS,
    "dagar": Unit.DAYS,
    "w": Unit.WEEKS,
    "week": Unit.WEEKS,
    "weeks": Unit.WEEKS,
    "v": Unit.WEEKS,
    "vecka": Unit.WEEKS,
    "veckor": Unit.WEEKS,
    "wd": Unit.WORKING_DAYS,
    "working day": Unit.WORKING_DAYS,
    "working days": Unit.WORKING_DAYS,
    "ad": Unit.WORKING_DAYS,
    "arbetsdag": Unit.WORKING_DAYS,
    "arbetsdagar": Unit.WORKING_DAYS,
}
_DIRECTION_WORDS = {
    "before": Direction.BEFORE,
    "före": Direction.BEFORE,
    "after": Direction.AFTER,
    "efter": Direction.AFTER,
}
_RULE = re.compile(r"^\s*(-?\d+)\s*([^\W\d_]+(?:\s+[^\W\d_]+)??)\s+([^\W\d_]+)\s*$")
_DIGITS = 9
_EXAMPLES = "like '10wd before', '2w after', '3d before' or '10 working days before'"


def parse_relative(text: str, day_off: DayOff = DayOff.EARLIER) -> RelativeDeadline:
    """A rule from its short form ("10wd before", "2w after", "3d before") or its long
    form in English or Swedish ("10 working days before", "10 arbetsdagar före")."""
    found = _RULE.match(text.casefold())
    if found is None:
        raise ValidationError(FIELD, f"{text!r} is not a deadline {_EXAMPLES}")
    number, unit_word, direction_word = found.groups()
    unit = _SHORT_UNITS.get(" ".join(unit_word.split()))
    if unit is None:
        raise ValidationError(
            FIELD,
            f"{text!r}: {unit_word!r} is not a unit; use d (days), w (weeks) or wd (working days)",
        )
    direction = _DIRECTION_WORDS.get(direction_word)
    if direction is None:
        raise ValidationError(FIELD, f"{text!r}: {direction_word!r} is not 'before' or 'after'")
    if len(number.lstrip("-")) > _DIGITS:
        raise ValidationError(FIELD, f"{text!r} is too far; at most {MAX_AMOUNT[unit]} {unit_word}")
    return RelativeDeadline(int(number), unit, direction, day_off)
