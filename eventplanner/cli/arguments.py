"""Reading what a person typed on the command line into domain values."""

from __future__ import annotations

import re
from datetime import date, datetime

from eventplanner.domain.enums import BusyStatus, EventKind, EventStatus, parse_enum
from eventplanner.domain.errors import ValidationError
from eventplanner.domain.languages import AUTOMATIC, ENGLISH, SWEDISH
from eventplanner.domain.recurrence import RecurrenceId
from eventplanner.domain.timezones import check_year, localize, zone

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_OFFSET = re.compile(r"[+-]\d{2}:?(\d{2})(?::?\d{2}(?:\.\d+)?)?$")
"""A UTC offset at the end of an ISO 8601 time; its minutes in group 1."""
_LAST_MINUTE = 59
LANGUAGE_CHOICES = ("auto", SWEDISH, ENGLISH)
"""--language's values: "auto" is the automatic setting (""), told from the texts."""
MAX_ID = 2**31 - 1
"""The largest id every database holds: ids are INTEGER columns, 32 bits in PostgreSQL."""


def record_id(text: str) -> int | None:
    """``text`` as a record's id when it is one a database can hold, else None: a
    40-digit number is no id (the database refused it with an overflow)."""
    value = text.strip()
    if not (value.isascii() and value.isdigit()) or len(value) > len(str(MAX_ID)):
        return None
    number = int(value)
    return number if number <= MAX_ID else None


def parse_date(text: str, field: str) -> date:
    """``2027-03-12``; also ``today``."""
    value = text.strip()
    if value.lower() == "today":
        return date.today()  # noqa: DTZ011 - the person's own today
    if not _DATE.match(value):
        raise ValidationError(field, f"{text!r} is not a date like 2027-03-12")
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise ValidationError(field, f"{text!r} is not a real date") from None
    check_year(day, field)
    return day


def parse_zone(name: str, field: str = "--tz") -> str:
    """``name`` when it is an IANA zone; else a ValidationError naming ``field`` (the option
    or variable it was given in)."""
    try:
        zone(name)
    except ValidationError as error:
        raise ValidationError(field, error.message) from None
    return name


def parse_moment(text: str, time_zone: str, field: str) -> datetime:
    """``2027-03-12 09:00`` in ``time_zone``, or an ISO 8601 time with its own offset."""
    value = text.strip().replace("T", " ", 1)
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise ValidationError(
            field, f"{text!r} is not a date and time like '2027-03-12 09:00'"
        ) from None
    if _DATE.match(value):
        raise ValidationError(field, f"{text!r} has no time of day; add one, or use --all-day")
    offset = _OFFSET.search(value)
    if parsed.tzinfo is not None and offset is not None and int(offset.group(1)) > _LAST_MINUTE:
        raise ValidationError(
            field, f"{text!r} has an offset with {offset.group(1)} minutes; use one like +01:00"
        )
    check_year(parsed, field)  # before it is moved into a zone, which overflows at the ends
    if parsed.tzinfo is not None:
        return parsed.astimezone(zone(time_zone))
    return localize(parsed, time_zone, field=field)


def parse_recurrence_id(text: str, field: str) -> RecurrenceId:
    """Which occurrence: ``2027-03-10`` (a day) or ``2027-03-10 18:00`` (local start)."""
    value = text.strip().replace("T", " ", 1)
    if _DATE.match(value):
        return parse_date(value, field)
    try:
        moment = datetime.fromisoformat(value).replace(tzinfo=None)
    except ValueError:
        raise ValidationError(field, f"{text!r} is not a date or a date and time") from None
    check_year(moment, field)
    return moment


def parse_kind(text: str) -> EventKind:
    return parse_enum(EventKind, text, "kind")


def parse_status(text: str) -> EventStatus:
    return parse_enum(EventStatus, text, "status")


def parse_busy(text: str) -> BusyStatus | None:
    if text.strip().lower() in {"default", ""}:
        return None
    if text.strip().lower() in {"oof", "out of office", "away"}:
        return BusyStatus.OUT_OF_OFFICE
    return parse_enum(BusyStatus, text, "busy")


def parse_reminder(text: str) -> int | None:
    """Minutes before the start (``30``, ``2h``, ``1d``, ``1w``), or ``none``."""
    value = text.strip().lower()
    if value in {"none", "no", "off", ""}:
        return None
    match = re.fullmatch(r"(\d+)\s*(m|min|h|d|w)?", value)
    if not match:
        raise ValidationError(
            "reminder", f"{text!r} is not a number of minutes (or 2h, 1d, 1w, none)"
        )
    amount = int(match.group(1))
    unit = match.group(2) or "m"
    return amount * {"m": 1, "min": 1, "h": 60, "d": 1440, "w": 10080}[unit]


def parse_capacity(text: str) -> int | None:
    value = text.strip()
    if value.lower() in {"", "none"}:
        return None
    try:
        return int(value)
    except ValueError:
        raise ValidationError("capacity", f"{text!r} is not a whole number") from None


def language_setting(choice: str) -> str:
    """--language's value as a feed's or an export's setting ("auto" is automatic, "")."""
    return AUTOMATIC if choice == "auto" else choice


def language_choice(setting: str) -> str:
    """A feed's language setting as --language spells it ("" is "auto")."""
    return setting or "auto"
