"""The recurrence editor's simple choices and the RRULE text they stand for.

No widgets here: the mapping between what a person picks ("monthly, on the second Tuesday,
ten times") and the rule text is plain Python so it can be tested on its own. Only rules the
simple choices can say exactly are read back into them; anything else stays a custom rule,
edited as text. Whether a rule is valid is the domain's question, never this module's.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from enum import Enum

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.timezones import zone

WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


class Frequency(Enum):
    NONE = ""
    DAILY = "DAILY"
    WEEKLY = "WEEKLY"
    MONTHLY = "MONTHLY"
    YEARLY = "YEARLY"


class MonthlyBy(Enum):
    DATE = "date"  # the 9th of every month
    NTH_WEEKDAY = "nth"  # the second Tuesday
    LAST_WEEKDAY = "last"  # the last Friday


class EndBy(Enum):
    NEVER = "never"
    UNTIL = "until"
    COUNT = "count"


@dataclass(frozen=True, slots=True)
class RepeatForm:
    """What the simple controls of the recurrence editor say."""

    frequency: Frequency = Frequency.NONE
    interval: int = 1
    weekdays: frozenset[int] = frozenset()
    """Monday is 0, as ``date.weekday()``; only for weekly rules."""
    monthly: MonthlyBy = MonthlyBy.DATE
    end: EndBy = EndBy.NEVER
    until: date | None = None
    count: int = 10


def weekday_position(day: date) -> int:
    """Which of its weekday the day is in its month: 1 for the first Tuesday, and so on."""
    return (day.day - 1) // 7 + 1


def is_last_weekday(day: date) -> bool:
    """Whether no later day of the same weekday falls in the same month."""
    return day.day + 7 > calendar.monthrange(day.year, day.month)[1]


def monthly_choices(day: date) -> list[MonthlyBy]:
    """The ways a monthly rule can follow ``day``: its date, its nth weekday, its last weekday."""
    choices = [MonthlyBy.DATE]
    if weekday_position(day) <= 4:
        choices.append(MonthlyBy.NTH_WEEKDAY)
    if is_last_weekday(day):
        choices.append(MonthlyBy.LAST_WEEKDAY)
    return choices


def rule_text(form: RepeatForm, first_day: date) -> str:
    """The RRULE for ``form`` on a series starting ``first_day`` ("" when it does not repeat).

    Parts come in the domain's canonical order (FREQ first, the rest alphabetical).
    """
    if form.frequency is Frequency.NONE:
        return ""
    parts: dict[str, str] = {}
    code = WEEKDAY_CODES[first_day.weekday()]
    if form.frequency is Frequency.WEEKLY:
        days = sorted(form.weekdays) or [first_day.weekday()]
        parts["BYDAY"] = ",".join(WEEKDAY_CODES[d] for d in days)
    elif form.frequency is Frequency.MONTHLY:
        monthly = form.monthly if form.monthly in monthly_choices(first_day) else MonthlyBy.DATE
        if monthly is MonthlyBy.NTH_WEEKDAY:
            parts["BYDAY"] = f"{weekday_position(first_day)}{code}"
        elif monthly is MonthlyBy.LAST_WEEKDAY:
            parts["BYDAY"] = f"-1{code}"
    if form.end is EndBy.COUNT:
        parts["COUNT"] = str(max(1, form.count))
    if form.interval > 1:
        parts["INTERVAL"] = str(form.interval)
    if form.end is EndBy.UNTIL and form.until is not None:
        parts["UNTIL"] = form.until.strftime("%Y%m%d")
    tail = "".join(f";{name}={parts[name]}" for name in sorted(parts))
    return f"FREQ={form.frequency.value}{tail}"


def _parts(text: str) -> dict[str, str] | None:
    body = text.strip()
    if body.upper().startswith("RRULE:"):
        body = body[6:]
    parts: dict[str, str] = {}
    for item in body.split(";"):
        if not item.strip():
            continue
        name, sep, value = item.partition("=")
        name = name.strip().upper()
        if not sep or name in parts:
            return None
        parts[name] = value.strip().upper().replace(" ", "")
    return parts


def until_day(value: str, time_zone: str) -> date | None:
    """The last day an UNTIL value allows, as the event's zone sees it."""
    try:
        if len(value) == 8:
            return datetime.strptime(value, "%Y%m%d").date()  # noqa: DTZ007 - a date only
        if value.endswith("Z"):
            moment = datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
            return moment.astimezone(zone(time_zone)).date()
        return datetime.strptime(value, "%Y%m%dT%H%M%S").date()  # noqa: DTZ007 - wall clock
    except (ValueError, ValidationError):
        return None


def form_of_rule(text: str, first_day: date, time_zone: str) -> RepeatForm | None:
    """The simple choices that say exactly ``text``, or None for a custom rule."""
    if not text.strip():
        return RepeatForm()
    parts = _parts(text)
    if parts is None or parts.pop("WKST", "MO") != "MO":
        return None
    try:
        frequency = Frequency(parts.pop("FREQ", ""))
    except ValueError:
        return None
    if frequency is Frequency.NONE:
        return None
    form = RepeatForm(frequency=frequency)
    interval = parts.pop("INTERVAL", "1")
    if not interval.isdigit() or int(interval) < 1:
        return None
    form = replace(form, interval=int(interval))
    if "COUNT" in parts and "UNTIL" in parts:
        return None
    if "COUNT" in parts:
        count = parts.pop("COUNT")
        if not count.isdigit() or int(count) < 1:
            return None
        form = replace(form, end=EndBy.COUNT, count=int(count))
    if "UNTIL" in parts:
        last = until_day(parts.pop("UNTIL"), time_zone)
        if last is None:
            return None
        form = replace(form, end=EndBy.UNTIL, until=last)
    return _by_parts(form, parts, first_day)


def _by_parts(form: RepeatForm, parts: dict[str, str], first_day: date) -> RepeatForm | None:
    code = WEEKDAY_CODES[first_day.weekday()]
    if form.frequency is Frequency.WEEKLY:
        days = parts.pop("BYDAY", code).split(",")
        if not all(day in WEEKDAY_CODES for day in days):
            return None
        form = replace(form, weekdays=frozenset(WEEKDAY_CODES.index(day) for day in days))
    elif form.frequency is Frequency.MONTHLY:
        if parts.pop("BYMONTHDAY", str(first_day.day)) != str(first_day.day):
            return None
        by_day = parts.pop("BYDAY", None)
        if by_day == f"{weekday_position(first_day)}{code}" and weekday_position(first_day) <= 4:
            form = replace(form, monthly=MonthlyBy.NTH_WEEKDAY)
        elif by_day == f"-1{code}" and is_last_weekday(first_day):
            form = replace(form, monthly=MonthlyBy.LAST_WEEKDAY)
        elif by_day is not None:
            return None
    elif form.frequency is Frequency.YEARLY:
        if parts.pop("BYMONTH", str(first_day.month)) != str(first_day.month):
            return None
        if parts.pop("BYMONTHDAY", str(first_day.day)) != str(first_day.day):
            return None
    return form if not parts else None


def rebased(form: RepeatForm, old_first: date, new_first: date) -> RepeatForm:
    """The same intent for a series whose start moved: a lone weekday follows the start,
    and "second Tuesday" becomes whatever the new start is."""
    if form.frequency is Frequency.WEEKLY and form.weekdays == {old_first.weekday()}:
        return replace(form, weekdays=frozenset({new_first.weekday()}))
    if form.frequency is Frequency.MONTHLY and form.monthly is not MonthlyBy.DATE:
        choices = monthly_choices(new_first)
        if form.monthly not in choices:
            swap = {
                MonthlyBy.NTH_WEEKDAY: MonthlyBy.LAST_WEEKDAY,
                MonthlyBy.LAST_WEEKDAY: MonthlyBy.NTH_WEEKDAY,
            }[form.monthly]
            return replace(form, monthly=swap if swap in choices else MonthlyBy.DATE)
    return form


def default_form(frequency: Frequency, first_day: date, previous: RepeatForm) -> RepeatForm:
    """The form when a person picks ``frequency``: the start's weekday for weekly rules, and
    the interval and end kept from before."""
    weekdays = frozenset({first_day.weekday()})
    if frequency is Frequency.WEEKLY and previous.frequency is Frequency.WEEKLY:
        weekdays = previous.weekdays or weekdays
    return replace(previous, frequency=frequency, weekdays=weekdays)


def default_until(first_day: date) -> date:
    """A sensible first guess for "until": three months after the start."""
    return first_day + timedelta(days=91)
