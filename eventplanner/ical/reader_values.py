"""The values of iCalendar properties: text, lists, dates and times, durations (RFC 5545 3.3)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
_UNESCAPED = {"n": "\n", "N": "\n", ",": ",", ";": ";", "\\": "\\"}
_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")
_DATE_TIME = re.compile(r"(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)", re.IGNORECASE)
_DURATION = re.compile(
    r"([+-]?)P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?", re.IGNORECASE
)


class ValueProblem(ValueError):
    """A value that is not what its property needs; the message says what it is."""


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
            raise ValueProblem(f"{text!r} is not a date (YYYYMMDD)")
        try:
            return Moment(date(*map(int, match.groups())))
        except ValueError:
            raise ValueProblem(
                f"{_shown_date(match.groups())} is not a day of the calendar"
            ) from None
    match = _DATE_TIME.fullmatch(text)
    if match is None:
        raise ValueProblem(f"{text!r} is not a date-time (YYYYMMDDTHHMMSS, Z for UTC)")
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


def _shown_date(parts: Sequence[str]) -> str:
    return "-".join(parts[:3])


def parse_duration(text: str) -> timedelta:
    """``PT1H30M``, ``P1D``, ``-PT15M``, ``P2W``; raises ValueProblem otherwise."""
    match = _DURATION.fullmatch(text.strip())
    if match is None or all(part is None for part in match.groups()[1:]):
        raise ValueProblem(f"{text!r} is not a duration (such as PT1H or P1D)")
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
        raise ValueProblem(f"{text!r} is far too long a duration") from None
    return -value if sign == "-" else value
