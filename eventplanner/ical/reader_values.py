"""The values of iCalendar properties: text, lists, dates and times, durations (RFC 5545 3.3)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from eventplanner.domain.text import quoted
from eventplanner.domain.timezones import YEARS

_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
_UNESCAPED = {"n": "\n", "N": "\n", ",": ",", ";": ";", "\\": "\\"}
_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")
_DATE_TIME = re.compile(r"(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)", re.IGNORECASE)
_DURATION = re.compile(
    r"([+-]?)P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?", re.IGNORECASE
)


MAX_DURATION = timedelta(days=36_525)
"""A hundred years: longer durations are not an event's or a reminder's, and would carry
a time past the end of Python's calendar."""
_LONGEST_DURATION_TEXT = 40
"""More characters than ``-P9999W9999DT9999H9999M9999S`` holds: a hostile file's thousand
digits are refused before they are turned into a number."""


class ValueProblem(ValueError):
    """A value that is not what its property needs; the message says what it is."""


_QUOTED = 40
"""The characters of a value a message quotes."""


def unescape_text(value: str) -> str:
    r"""A TEXT value as a person wrote it (``\n`` a new line, ``\,`` a comma)."""
    if "\\" not in value:
        return value
    return _ESCAPE.sub(lambda m: _UNESCAPED.get(m.group(1), m.group(1)), value)


def split_list(value: str) -> list[str]:
    """The items of a comma-separated value; escaped commas stay inside their item."""
    items: list[str] = []
    current: list[str] = []
    escaped = False
    for ch in value:
        if escaped:
            current.append("\\" + ch)
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == ",":
            items.append("".join(current))
            current = []
        else:
            current.append(ch)
    items.append("".join(current))
    return items


@dataclass(frozen=True, slots=True)
class Moment:
    """A DATE or DATE-TIME value as written: a date, or a wall-clock time that is UTC
    (``Z``) or in the property's TZID (or floating when there is none)."""

    value: date | datetime
    utc: bool = False

    @property
    def is_date(self) -> bool:
        return not isinstance(self.value, datetime)


def parse_moment(text: str, *, date_only: bool = False) -> Moment:
    """``20270312`` or ``20270312T090000`` or ``20270312T080000Z``.

    Raises ValueProblem for anything else, and for a day or hour that does not exist.
    """
    text = text.strip()
    if date_only or len(text) == 8:
        match = _DATE.fullmatch(text)
        if match is None:
            raise ValueProblem(f"{quoted(text, _QUOTED)} is not a date (YYYYMMDD)")
        _check_year(match.group(1))
        try:
            return Moment(date(*map(int, match.groups())))
        except ValueError:
            raise ValueProblem(
                f"{_shown_date(match.groups())} is not a day of the calendar"
            ) from None
    match = _DATE_TIME.fullmatch(text)
    if match is None:
        raise ValueProblem(
            f"{quoted(text, _QUOTED)} is not a date-time (YYYYMMDDTHHMMSS, Z for UTC)"
        )
    _check_year(match.group(1))
    *numbers, zulu = match.groups()
    year, month, day, hour, minute, second = map(int, numbers)
    if second == 60:  # a leap second: RFC 5545 allows it, Python does not
        second = 59
    try:
        moment = datetime(year, month, day, hour, minute, second)  # noqa: DTZ001 - as written
    except ValueError:
        raise ValueProblem(
            f"{_shown_date(numbers[:3])} {hour:02}:{minute:02}:{second:02} is not a real time"
        ) from None
    return Moment(moment, utc=bool(zulu))


def _check_year(digits: str) -> None:
    """Years outside the planner's (``YEARS``) are refused as they are read: near the ends
    of Python's calendar every conversion between zones overflows."""
    year = int(digits)
    if not YEARS[0] <= year <= YEARS[1]:
        raise ValueProblem(f"the year {year} is out of range ({YEARS[0]}-{YEARS[1]})")


def _shown_date(parts: Sequence[str]) -> str:
    return "-".join(parts[:3])


def parse_duration(text: str) -> timedelta:
    """``PT1H30M``, ``P1D``, ``-PT15M``, ``P2W``; raises ValueProblem otherwise, and for a
    duration longer than ``MAX_DURATION``."""
    text = text.strip()
    if len(text) > _LONGEST_DURATION_TEXT:
        raise ValueProblem(f"{quoted(text, _QUOTED)} is far too long a duration")
    match = _DURATION.fullmatch(text)
    if match is None or all(part is None for part in match.groups()[1:]):
        raise ValueProblem(f"{quoted(text, _QUOTED)} is not a duration (such as PT1H or P1D)")
    sign, weeks, days, hours, minutes, seconds = match.groups()
    try:
        value = timedelta(
            weeks=int(weeks or 0),
            days=int(days or 0),
            hours=int(hours or 0),
            minutes=int(minutes or 0),
            seconds=int(seconds or 0),
        )
    except OverflowError:
        value = MAX_DURATION + MAX_DURATION
    if value > MAX_DURATION:
        raise ValueProblem(
            f"{quoted(text, _QUOTED)} is far too long a duration (over a hundred years)"
        )
    return -value if sign == "-" else value
