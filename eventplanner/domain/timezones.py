"""IANA time zones and the rule for local times that do not exist or exist twice.

The stated rule (shown to the coordinator in error messages):

* A local time inside the spring-forward gap (02:30 in Stockholm on the last Sunday of March)
  does not exist. A single event there is **rejected** with a message saying so.
* A local time inside the autumn fall-back overlap (02:30 on the last Sunday of October)
  happens twice. It is resolved to the **first** of the two (still summer time, ``fold=0``),
  as Outlook and most calendars do, unless the caller already chose with ``fold``.
* Occurrences of a recurring series that land in a gap follow RFC 5545 3.3.5: they move
  forward by the length of the gap (02:30 becomes 03:30).
"""

from __future__ import annotations

import zoneinfo
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache

from eventplanner.domain.errors import ValidationError

DEFAULT_TIME_ZONE = "Europe/Stockholm"
YEARS = (1900, 2200)
"""The years an event may fall in: wide enough for any plan, and far from the ends of
Python's calendar, where converting between zones would overflow."""


@lru_cache(maxsize=512)
def zone(name: str) -> zoneinfo.ZoneInfo:
    """The IANA zone called ``name``; a ValidationError on the ``time_zone`` field if unknown."""
    if not name or name != name.strip():
        raise ValidationError("time_zone", f"unknown time zone {name!r}")
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        raise ValidationError(
            "time_zone", f"unknown time zone {name!r} (use an IANA name such as Europe/Stockholm)"
        ) from None


def is_valid_zone(name: str) -> bool:
    try:
        zone(name)
    except ValidationError:
        return False
    return True


def _round_trips(local: datetime) -> bool:
    back = local.astimezone(UTC).astimezone(local.tzinfo)
    return back.replace(tzinfo=None) == local.replace(tzinfo=None)


def exists(local: datetime) -> bool:
    """Whether an aware wall-clock time exists in its zone (False inside a spring-forward gap)."""
    return _round_trips(local)


def localize(naive: datetime, time_zone: str, *, field: str = "start") -> datetime:
    """Attach ``time_zone`` to a wall-clock time by the stated rule; reject non-existent times."""
    if naive.tzinfo is not None:
        raise ValueError("localize() takes a naive wall-clock time")
    check_year(naive, field)
    tz = zone(time_zone)
    local = naive.replace(tzinfo=tz, fold=0)
    if not _round_trips(local):
        raise ValidationError(field, missing_time_message(naive, time_zone))
    return local


def year_problem(value: date, field: str) -> ValidationError | None:
    """A ValidationError on ``field`` when ``value`` (a date or a datetime) falls outside
    ``YEARS``, else None."""
    if YEARS[0] <= value.year <= YEARS[1]:
        return None
    return ValidationError(field, f"the year {value.year} is out of range ({YEARS[0]}-{YEARS[1]})")


def check_year(value: date, field: str) -> None:
    """Raise ``year_problem``'s error, if any: before any arithmetic or zone conversion,
    which overflow near the ends of Python's calendar."""
    problem = year_problem(value, field)
    if problem is not None:
        raise problem


def missing_time_message(moment: datetime, time_zone: str) -> str:
    return (
        f"{moment:%Y-%m-%d %H:%M} does not exist in {time_zone}: the clocks move forward "
        "that night; choose a time before or after the change"
    )


@lru_cache(maxsize=65536)
def _day_changes_offset(day: date, time_zone: str) -> bool:
    tz = zone(time_zone)
    start = datetime(day.year, day.month, day.day, tzinfo=tz)
    return start.utcoffset() != (start + timedelta(days=1)).utcoffset()


def shift_forward_if_missing(local: datetime) -> datetime:
    """RFC 5545 3.3.5 for recurrence: a time in a gap moves forward by the gap's length."""
    key = getattr(local.tzinfo, "key", None)  # fixed offsets (no key) have no gaps
    if key is None or not _day_changes_offset(local.date(), key) or _round_trips(local):
        return local  # only a day whose offset changes can hold a gap: that test is cached
    tz = local.tzinfo
    assert tz is not None
    return local.astimezone(UTC).astimezone(tz)


def ensure_aware(value: datetime, field: str) -> datetime:
    """Refuse naive datetimes at a layer boundary."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError(field, "a time without a time zone cannot be placed on a calendar")
    return value


def to_utc(value: datetime) -> datetime:
    return value.astimezone(UTC)


def day_start(day: date, time_zone: str) -> datetime:
    """The first instant of ``day`` in ``time_zone`` (midnight, or later if midnight is skipped)."""
    return shift_forward_if_missing(datetime(day.year, day.month, day.day, tzinfo=zone(time_zone)))


@lru_cache(maxsize=8192)
def day_bounds(first: date, last_inclusive: date, time_zone: str) -> tuple[datetime, datetime]:
    """UTC instants covering whole days ``first`` .. ``last_inclusive`` in ``time_zone``."""
    return (
        to_utc(day_start(first, time_zone)),
        to_utc(day_start(last_inclusive + timedelta(days=1), time_zone)),
    )
