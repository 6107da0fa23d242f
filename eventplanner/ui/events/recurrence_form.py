"""The recurrence editor's simple choices and the RRULE text they stand for.

No widgets here: the mapping between what a person picks ("monthly, on the second Tuesday,
ten times") and the rule text is plain Python so it can be tested on its own. Only rules the
simple choices can say exactly are read back into them; anything else stays a custom rule,
edited as text. Whether a rule is valid is the domain's question, never this module's.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from enum import Enum

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.rules import Frequency as RuleFrequency
from eventplanner.domain.rules import RecurrenceRule, Until, WeekdayNum, parse, read_until
from eventplanner.domain.timezones import zone


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
    days: tuple[WeekdayNum, ...] = ()
    weekday = first_day.weekday()
    if form.frequency is Frequency.WEEKLY:
        days = tuple(WeekdayNum(d) for d in sorted(form.weekdays) or [weekday])
    elif form.frequency is Frequency.MONTHLY:
        monthly = form.monthly if form.monthly in monthly_choices(first_day) else MonthlyBy.DATE
        if monthly is MonthlyBy.NTH_WEEKDAY:
            days = (WeekdayNum(weekday, weekday_position(first_day)),)
        elif monthly is MonthlyBy.LAST_WEEKDAY:
            days = (WeekdayNum(weekday, -1),)
    rule = RecurrenceRule(
        RuleFrequency(form.frequency.value),
        interval=form.interval if form.interval > 1 else None,
        by_day=days,
        count=max(1, form.count) if form.end is EndBy.COUNT else None,
        until=form.until if form.end is EndBy.UNTIL else None,
    )
    return str(rule)


def until_day(value: str | Until, time_zone: str) -> date | None:
    """The last day an UNTIL value allows, as the event's zone sees it."""
    try:
        until = read_until(value) if isinstance(value, str) else value
        if isinstance(until, datetime) and until.tzinfo is not None:
            return until.astimezone(zone(time_zone)).date()
    except ValidationError:
        return None
    return until.date() if isinstance(until, datetime) else until


_ENDS = {"FREQ", "WKST", "INTERVAL", "COUNT", "UNTIL"}


def form_of_rule(text: str, first_day: date, time_zone: str) -> RepeatForm | None:
    """The simple choices that say exactly ``text``, or None for a custom rule."""
    if not text.strip():
        return RepeatForm()
    try:
        rule = parse(text)
        frequency = Frequency(rule.frequency.value)
    except (ValidationError, ValueError):
        return None
    if rule.week_start not in (None, 0):
        return None
    form = RepeatForm(frequency=frequency, interval=rule.step)
    if rule.count is not None:
        form = replace(form, end=EndBy.COUNT, count=rule.count)
    if rule.until is not None:
        last = until_day(rule.until, time_zone)
        if last is None:
            return None
        form = replace(form, end=EndBy.UNTIL, until=last)
    return _by_parts(form, rule, first_day)


def _by_parts(form: RepeatForm, rule: RecurrenceRule, first_day: date) -> RepeatForm | None:
    weekday = first_day.weekday()
    said = {"BYDAY"}
    if form.frequency is Frequency.WEEKLY:
        days = rule.by_day or (WeekdayNum(weekday),)
        if any(day.nth is not None for day in days):
            return None
        form = replace(form, weekdays=frozenset(day.weekday for day in days))
    elif form.frequency is Frequency.MONTHLY:
        said.add("BYMONTHDAY")
        if rule.by_month_day not in ((), (first_day.day,)):
            return None
        position = weekday_position(first_day)
        if rule.by_day == (WeekdayNum(weekday, position),) and position <= 4:
            form = replace(form, monthly=MonthlyBy.NTH_WEEKDAY)
        elif rule.by_day == (WeekdayNum(weekday, -1),) and is_last_weekday(first_day):
            form = replace(form, monthly=MonthlyBy.LAST_WEEKDAY)
        elif rule.by_day:
            return None
    elif form.frequency is Frequency.YEARLY:
        said = {"BYMONTH", "BYMONTHDAY"}
        if rule.by_month not in ((), (first_day.month,)):
            return None
        if rule.by_month_day not in ((), (first_day.day,)):
            return None
    else:
        said = set()
    return form if set(rule.parts()) <= _ENDS | said else None


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
