"""A recurrence rule (RFC 5545 3.3.10) as one immutable value: read from its text by
``parse`` and written back by ``str()``, the only reader and writer of RRULE text.

The text is what is stored and exported; the value is what code looks into. A rule is
written FREQ first and the other parts in alphabetical order, each part's values in the
order given: ``str(parse(text)) == text`` for every rule the app writes, so stored and
exported text stays byte for byte what it was.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from functools import lru_cache

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.rule_parts import (
    NUMBERED_PARTS,
    WEEKDAY_CODES,
    WeekdayNum,
    read_days,
    read_numbers,
    read_weekday,
    whole_number,
)
from eventplanner.domain.text import quoted

__all__ = [
    "MAX_COUNT",
    "WEEKDAY_CODES",
    "Frequency",
    "RecurrenceRule",
    "WeekdayNum",
    "parse",
    "read_until",
    "until_text",
]


class Frequency(StrEnum):
    SECONDLY = "SECONDLY"
    MINUTELY = "MINUTELY"
    HOURLY = "HOURLY"
    DAILY = "DAILY"
    WEEKLY = "WEEKLY"
    MONTHLY = "MONTHLY"
    YEARLY = "YEARLY"


Until = date | datetime
"""An UNTIL as written: a date, a floating (naive) date-time, or a UTC (aware) one."""

MAX_COUNT = 5000
"""The most occurrences a rule may count (a walk of more is not a plan)."""
MAX_INTERVAL = 999
_UNTIL = re.compile(r"([0-9]{4})([0-9]{2})([0-9]{2})(?:T([0-9]{2})([0-9]{2})([0-9]{2})(Z?))?")


@dataclass(frozen=True, slots=True)
class RecurrenceRule:
    """One RRULE: how often, which days, and when it ends.

    A BY part is an empty tuple when the rule does not have it; ``interval`` and
    ``week_start`` are None when not written (which means 1 and Monday). At most one of
    ``count`` and ``until`` is given; neither for a rule without end.
    """

    frequency: Frequency
    interval: int | None = None
    by_day: tuple[WeekdayNum, ...] = ()
    by_month_day: tuple[int, ...] = ()
    by_month: tuple[int, ...] = ()
    by_set_pos: tuple[int, ...] = ()
    by_week_no: tuple[int, ...] = ()
    by_year_day: tuple[int, ...] = ()
    by_hour: tuple[int, ...] = ()
    by_minute: tuple[int, ...] = ()
    by_second: tuple[int, ...] = ()
    week_start: int | None = None
    """Monday 0, as ``date.weekday()``."""
    count: int | None = None
    until: Until | None = None

    def __post_init__(self) -> None:
        if self.count is not None and self.until is not None:
            raise ValueError("a rule has COUNT or UNTIL, not both")
        if isinstance(self.until, datetime) and self.until.tzinfo not in (None, UTC):
            raise ValueError("UNTIL is a date, a floating date-time or a UTC one")

    @property
    def step(self) -> int:
        """INTERVAL, 1 when not written."""
        return 1 if self.interval is None else self.interval

    @property
    def bounded(self) -> bool:
        """Whether the rule ends (COUNT or UNTIL)."""
        return self.count is not None or self.until is not None

    def parts(self) -> dict[str, str]:
        """Each part's name and written value, in the order they are written."""
        values: dict[str, str] = {"FREQ": self.frequency.value}
        named: dict[str, str | None] = {
            "BYDAY": _listed(self.by_day),
            "BYHOUR": _listed(self.by_hour),
            "BYMINUTE": _listed(self.by_minute),
            "BYMONTH": _listed(self.by_month),
            "BYMONTHDAY": _listed(self.by_month_day),
            "BYSECOND": _listed(self.by_second),
            "BYSETPOS": _listed(self.by_set_pos),
            "BYWEEKNO": _listed(self.by_week_no),
            "BYYEARDAY": _listed(self.by_year_day),
            "COUNT": None if self.count is None else str(self.count),
            "INTERVAL": None if self.interval is None else str(self.interval),
            "UNTIL": None if self.until is None else until_text(self.until),
            "WKST": None if self.week_start is None else WEEKDAY_CODES[self.week_start],
        }
        values.update((name, value) for name, value in named.items() if value is not None)
        return values

    def __str__(self) -> str:
        return ";".join(f"{name}={value}" for name, value in self.parts().items())


def _listed(values: tuple[object, ...]) -> str | None:
    return ",".join(str(v) for v in values) if values else None


def until_text(value: Until) -> str:
    """UNTIL as written: ``20271231``, ``20271231T180000`` or ``20271231T170000Z``."""
    if isinstance(value, datetime):
        if value.tzinfo is None:
            return f"{value:%Y%m%dT%H%M%S}"
        return f"{value.astimezone(UTC):%Y%m%dT%H%M%S}Z"
    return f"{value.year:04d}{value.month:02d}{value.day:02d}"


def read_until(value: str) -> Until:
    """The UNTIL part's value (``until_text`` writes it back)."""
    found = _UNTIL.fullmatch(value) if len(value) <= 16 else None
    try:
        if found is None:
            raise ValueError(value)
        year, month, day, hour, minute, second, utc = found.groups()
        if hour is None:
            return date(int(year), int(month), int(day))
        moment = datetime(  # noqa: DTZ001 - floating unless written in UTC
            int(year), int(month), int(day), int(hour), int(minute), int(second)
        )
        return moment.replace(tzinfo=UTC) if utc else moment
    except ValueError:
        raise ValidationError(
            "recurrence", f"UNTIL {quoted(value)} is not a date or date-time"
        ) from None


def _positive(name: str, value: str, most: int, message: str) -> int:
    number = whole_number(value, 1, most)
    if number is None:
        raise ValidationError("recurrence", message)
    return number


_NAMES = {
    "FREQ",
    "UNTIL",
    "COUNT",
    "INTERVAL",
    "BYDAY",
    "WKST",
    *NUMBERED_PARTS,
}


@lru_cache(maxsize=4096)
def parse(text: str) -> RecurrenceRule:
    """The rule ``text`` says (with or without ``RRULE:``, any case, parts in any order).

    Raises ValidationError on the ``recurrence`` field naming the part that is wrong.
    """
    body = text.strip()
    if body.upper().startswith("RRULE:"):
        body = body[6:]
    if not body:
        raise ValidationError("recurrence", "the rule is empty")
    parts: dict[str, str] = {}
    numbers: dict[str, tuple[int, ...]] = {}
    for item in body.split(";"):
        if not item:
            continue
        name, sep, value = item.partition("=")
        name = name.strip().upper()
        if not sep or not value.strip():
            raise ValidationError("recurrence", f"{quoted(item)} is not NAME=VALUE")
        if name not in _NAMES:
            raise ValidationError("recurrence", f"unknown rule part {quoted(name)}")
        if name in parts:
            raise ValidationError("recurrence", f"{name} appears twice")
        parts[name] = value.strip().upper().replace(" ", "")
        if name in NUMBERED_PARTS:
            numbers[name] = read_numbers(name, parts[name])
    if "FREQ" not in parts:
        raise ValidationError("recurrence", "the rule has no FREQ (for example FREQ=WEEKLY)")
    if parts["FREQ"] not in Frequency.__members__:
        raise ValidationError("recurrence", f"unknown frequency {quoted(parts['FREQ'])}")
    frequency = Frequency(parts["FREQ"])
    if "COUNT" in parts and "UNTIL" in parts:
        raise ValidationError("recurrence", "a rule has COUNT or UNTIL, not both")
    count = interval = None
    if "COUNT" in parts:
        count = _positive("COUNT", parts["COUNT"], MAX_COUNT, f"COUNT must be 1 to {MAX_COUNT}")
    if "INTERVAL" in parts:
        interval = _positive(
            "INTERVAL",
            parts["INTERVAL"],
            MAX_INTERVAL,
            f"INTERVAL must be a whole number from 1 to {MAX_INTERVAL}",
        )
    days: tuple[WeekdayNum, ...] = ()
    if "BYDAY" in parts:
        in_month = frequency is Frequency.MONTHLY or (
            frequency is Frequency.YEARLY and "BYMONTH" in parts
        )
        days = read_days(parts["BYDAY"], in_month=in_month)
    week_start = read_weekday("WKST", parts["WKST"]) if "WKST" in parts else None
    until = read_until(parts["UNTIL"]) if "UNTIL" in parts else None
    return RecurrenceRule(
        frequency,
        interval=interval,
        by_day=days,
        by_month_day=numbers.get("BYMONTHDAY", ()),
        by_month=numbers.get("BYMONTH", ()),
        by_set_pos=numbers.get("BYSETPOS", ()),
        by_week_no=numbers.get("BYWEEKNO", ()),
        by_year_day=numbers.get("BYYEARDAY", ()),
        by_hour=numbers.get("BYHOUR", ()),
        by_minute=numbers.get("BYMINUTE", ()),
        by_second=numbers.get("BYSECOND", ()),
        week_start=week_start,
        count=count,
        until=until,
    )
