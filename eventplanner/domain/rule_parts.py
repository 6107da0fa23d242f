"""What the parts of a recurrence rule may hold (RFC 5545 3.3.10), checked as the rule is
read."""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.text import quoted

# RFC 5545 3.3.10: the numbers each BY part may hold, and whether they may count from the
# end (-1 the last). Checked here, so that no rule reaches dateutil that it would stumble on
# (BYDAY=99MO was an IndexError) or walk for nothing (BYMONTH=13).
NUMBERED_PARTS = {
    "BYSECOND": (0, 60, False),
    "BYMINUTE": (0, 59, False),
    "BYHOUR": (0, 23, False),
    "BYMONTHDAY": (1, 31, True),
    "BYYEARDAY": (1, 366, True),
    "BYWEEKNO": (1, 53, True),
    "BYMONTH": (1, 12, False),
    "BYSETPOS": (1, 366, True),
}
WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
"""Monday to Sunday as a rule names them; the index is ``date.weekday()``."""
_BYDAY_ITEM = re.compile(r"(?:([+-]?)([0-9]{1,2}))?(MO|TU|WE|TH|FR|SA|SU)")


@dataclass(frozen=True, slots=True)
class WeekdayNum:
    """One item of BYDAY: a weekday (Monday 0, as ``date.weekday()``), perhaps with which one
    of the month or year it is (``nth``: 1 the first, -1 the last)."""

    weekday: int
    nth: int | None = None

    def __post_init__(self) -> None:
        if not 0 <= self.weekday <= 6 or self.nth == 0:
            raise ValueError(f"not a weekday of a rule: {self.weekday}, {self.nth}")

    @property
    def code(self) -> str:
        """MO, TU, ..."""
        return WEEKDAY_CODES[self.weekday]

    def __str__(self) -> str:
        return f"{'' if self.nth is None else self.nth}{self.code}"


def whole_number(text: str, low: int, high: int) -> int | None:
    """``text`` as a number from ``low`` to ``high``, or None: never int() of a thousand
    digits (Python refuses more than 4,300 with an error of its own)."""
    if not (text.isascii() and text.isdigit()) or len(text) > len(str(high)):
        return None
    number = int(text)
    return number if low <= number <= high else None


def read_numbers(name: str, value: str) -> tuple[int, ...]:
    """The numbers of a numbered BY part (``NUMBERED_PARTS``), each within its range."""
    low, high, from_end = NUMBERED_PARTS[name]
    found = []
    for item in value.split(","):
        negative = item[:1] == "-" and from_end
        digits = item[1:] if negative or (item[:1] == "+" and from_end) else item
        number = whole_number(digits, low, high)
        if number is None or (negative and digits == "0"):
            span = f"{low} to {high}" + (f" (or -{high} to -1 from the end)" if from_end else "")
            raise ValidationError("recurrence", f"{name} {quoted(item)} is not a number {span}")
        found.append(-number if negative else number)
    return tuple(found)


def read_days(value: str, *, in_month: bool) -> tuple[WeekdayNum, ...]:
    """BYDAY: weekdays, each perhaps with which one (1MO, -1FR): at most the 53rd of a
    year, the 5th of a month (``in_month``)."""
    most = 5 if in_month else 53
    found = []
    for item in value.split(","):
        match = _BYDAY_ITEM.fullmatch(item) if len(item) <= 5 else None
        if match is None:
            raise ValidationError(
                "recurrence", f"BYDAY {quoted(item)} is not a weekday (MO, 1TU, -1FR, ...)"
            )
        sign, digits, code = match.groups()
        nth = None
        if digits is not None:
            number = whole_number(digits, 1, most)
            if number is None:
                period = "month" if in_month else "year"
                raise ValidationError(
                    "recurrence",
                    f"BYDAY {quoted(item)}: a {period} has at most {most} of each weekday",
                )
            nth = -number if sign == "-" else number
        found.append(WeekdayNum(WEEKDAY_CODES.index(code), nth))
    return tuple(found)


def read_weekday(name: str, value: str) -> int:
    """A lone weekday (WKST), Monday 0."""
    if value not in WEEKDAY_CODES:
        raise ValidationError("recurrence", f"{name} {quoted(value)} is not a weekday (MO to SU)")
    return WEEKDAY_CODES.index(value)
