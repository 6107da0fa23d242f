"""A date as a person types it into a date field, read the same way in every language.

An ISO date (year first: 2027-02-01, 2027-2-1, 20270201) means one day everywhere. A date
with the year last (01/02/2027, 1.2.2027) is read only when its order cannot matter (the
two numbers are equal, or one of them cannot be a month); otherwise it is refused as
ambiguous, never guessed: 01/02/2027 is 1 February in Stockholm and 2 January in Chicago.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import Enum

_YEAR_FIRST = re.compile(r"^(\d{4})([-./])(\d{1,2})\2(\d{1,2})$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_YEAR_LAST = re.compile(r"^(\d{1,2})([-./])(\d{1,2})\2(\d{4})$")
TYPING = re.compile(r"^[\d\-./ ]{0,10}$")
"""What a date being typed may hold so far (digits and separators)."""


class DayProblem(Enum):
    NOT_A_DATE = "not a date"
    AMBIGUOUS = "ambiguous"
    NO_SUCH_DAY = "no such day"


@dataclass(frozen=True, slots=True)
class TypedDay:
    """What was typed, read: the day, or why there is none (with the readings an ambiguous
    date has, for the message)."""

    day: date | None
    problem: DayProblem | None = None
    readings: tuple[date, ...] = ()


def read_typed_day(text: str) -> TypedDay:
    """The day ``text`` names, in every locale alike; see the module's docstring."""
    typed = text.strip()
    found = _YEAR_FIRST.match(typed)
    if found is not None:
        return _day(int(found[1]), int(found[3]), int(found[4]))
    found = _COMPACT.match(typed)
    if found is not None:
        return _day(int(found[1]), int(found[2]), int(found[3]))
    found = _YEAR_LAST.match(typed)
    if found is None:
        return TypedDay(None, DayProblem.NOT_A_DATE)
    first, second, year = int(found[1]), int(found[3]), int(found[4])
    readings = tuple(
        dict.fromkeys(
            day
            for day_number, month in ((first, second), (second, first))
            if (day := _valid(year, month, day_number)) is not None
        )
    )
    if len(readings) == 1:
        return TypedDay(readings[0])
    if not readings:
        return TypedDay(None, DayProblem.NO_SUCH_DAY)
    return TypedDay(None, DayProblem.AMBIGUOUS, readings)


def _day(year: int, month: int, day: int) -> TypedDay:
    found = _valid(year, month, day)
    return TypedDay(found) if found is not None else TypedDay(None, DayProblem.NO_SUCH_DAY)


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
