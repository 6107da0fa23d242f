"""A series in the shape Outlook reads (OUTLOOK.md 6, [MS-OXCICAL] 2.1.3.2.2).

Outlook turns an RRULE into one of its own patterns (daily, weekly on days, monthly on a day
or the n-th weekday, yearly) or "gracefully fails". So a rule is written as Outlook would
write it: weekdays as ``FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR``, more than 999 occurrences as an
UNTIL, and a bounded rule outside the patterns as the nearest pattern with EXDATEs for the
days it adds, or, where no pattern comes near, as its occurrences one by one (separate
VEVENTs: Outlook ignores RDATE in an event, [MS-OXCICAL] 2.1.3.1.1.20.19, so every reader
sees separate events alike). An endless rule outside the patterns cannot be listed: it is
written as it is, and the warnings say what Outlook will show.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta

from eventplanner.domain.recurrence import (
    MAX_OCCURRENCES,
    RecurrenceId,
    occurrence_start,
    recurrence_ids,
)
from eventplanner.domain.rules import Frequency, RecurrenceRule, WeekdayNum, parse
from eventplanner.ical.outlook_rules import COUNT_LIMIT, rule_problem

_WORKDAYS = tuple(WeekdayNum(day) for day in range(5))


@dataclass(frozen=True)
class SeriesShape:
    """How one series is written."""

    rule: str | None
    """The RRULE as written; None when the occurrences are written one by one."""
    added: tuple[RecurrenceId, ...] = ()
    """Occurrences of ``rule`` the series does not have (written as EXDATEs)."""
    occurrences: tuple[RecurrenceId, ...] = ()
    """With no rule: every occurrence of the series, each its own VEVENT."""
    unshown: str | None = None
    """Why Outlook cannot show the rule as written (an endless rule outside its patterns)."""


def _until(key: RecurrenceId, time_zone: str) -> date | datetime:
    """An UNTIL that ends a rule at occurrence ``key``: UTC for a timed series (RFC 5545
    3.3.10), a date for an all-day one."""
    if isinstance(key, datetime):
        start = occurrence_start(key, time_zone)
        assert isinstance(start, datetime)
        return start.astimezone(UTC)
    return key


def _every_weekday(rule: RecurrenceRule) -> bool:
    """FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR, nothing more than an end."""
    return (
        rule.frequency is Frequency.DAILY
        and set(rule.by_day) == set(_WORKDAYS)
        and rule.step == 1
        and set(rule.parts()) <= {"FREQ", "BYDAY", "INTERVAL", "COUNT", "UNTIL", "WKST"}
    )


def _first_day(first: date | datetime) -> date:
    return first.date() if isinstance(first, datetime) else first


def outlook_shape(rule: str, first: date | datetime, time_zone: str) -> SeriesShape:
    """How the series ``rule`` (canonical, from DTSTART ``first``) is written for Outlook."""
    value = parse(rule)
    if _every_weekday(value):
        # Outlook's own "every weekday" (OUTLOOK.md 6): the same days, as Outlook writes them.
        value = replace(value, frequency=Frequency.WEEKLY, interval=None, by_day=_WORKDAYS)
        rule = str(value)
    if value.count is not None and value.count > COUNT_LIMIT:
        *_, last = recurrence_ids(rule, first, time_zone)
        value = replace(value, count=None, until=_until(last, time_zone))
        rule = str(value)
    problem = rule_problem(value, _first_day(first))
    if problem is None:
        return SeriesShape(rule)
    if not value.bounded:
        return SeriesShape(rule, unshown=problem)
    keys = list(recurrence_ids(rule, first, time_zone, limit=MAX_OCCURRENCES + 1))
    if not keys or len(keys) > MAX_OCCURRENCES:
        return SeriesShape(rule, unshown=problem)
    return _nearest(keys, value, first, time_zone) or SeriesShape(None, occurrences=tuple(keys))


def endless_problem(rule: str, first: date | datetime) -> str | None:
    """Why Outlook cannot show ``rule`` when it has no end (None when it can, or when it
    ends: a bounded rule is written in a shape Outlook shows). Cheap: expands nothing."""
    value = parse(rule)
    if value.bounded or _every_weekday(value):
        return None
    return rule_problem(value, _first_day(first))


def _nearest(
    keys: list[RecurrenceId], rule: RecurrenceRule, first: date | datetime, time_zone: str
) -> SeriesShape | None:
    """The Outlook pattern that holds every occurrence and adds the fewest (no more days
    than the series has), ending at the last occurrence; None when none comes near."""
    times = {k.time() for k in keys if isinstance(k, datetime)}
    if len(times) > 1:
        return None  # several times of day: no Outlook pattern has more than one
    wanted = set(keys)
    until = _until(keys[-1], time_zone)
    best: SeriesShape | None = None
    for candidate in _candidates(rule, keys, _first_day(first)):
        bounded = replace(candidate, until=until)
        if rule_problem(bounded, _first_day(first)) is not None:
            continue
        found = list(recurrence_ids(str(bounded), first, time_zone, limit=2 * len(keys) + 1))
        if not found or found[0] != keys[0] or not wanted <= set(found):
            continue
        added = tuple(k for k in found if k not in wanted)
        if len(added) > len(keys):
            continue
        if best is None or len(added) < len(best.added):
            best = SeriesShape(str(bounded), added=added)
    return best


def _candidates(rule: RecurrenceRule, keys: list[RecurrenceId], day: date) -> list[RecurrenceRule]:
    """Outlook patterns near the rule: the rule without what Outlook lacks, then the plain
    patterns through the first occurrence."""
    own = RecurrenceRule(
        rule.frequency,
        interval=rule.interval,
        by_day=rule.by_day,
        by_month_day=rule.by_month_day,
        by_month=rule.by_month,
        by_set_pos=rule.by_set_pos,
        week_start=rule.week_start,
    )
    found: list[RecurrenceRule] = []
    for dropped in (("BYMONTH",), ("BYSETPOS",), ("BYMONTH", "BYSETPOS")):
        if any(name in own.parts() for name in dropped):
            without = replace(own, by_month=()) if "BYMONTH" in dropped else own
            found.append(replace(without, by_set_pos=()) if "BYSETPOS" in dropped else without)
    weekdays = sorted({_weekday(k) for k in keys})
    monthly = Frequency.MONTHLY
    found.append(RecurrenceRule(Frequency.WEEKLY, by_day=tuple(WeekdayNum(d) for d in weekdays)))
    found.append(RecurrenceRule(monthly, by_month_day=(day.day,)))
    if (day + timedelta(days=1)).month != day.month:
        found.append(RecurrenceRule(monthly, by_month_day=(-1,)))
    nth = (day.day - 1) // 7 + 1
    if nth <= 4:
        found.append(RecurrenceRule(monthly, by_day=(WeekdayNum(day.weekday(), nth),)))
    if (day + timedelta(days=7)).month != day.month:
        found.append(RecurrenceRule(monthly, by_day=(WeekdayNum(day.weekday(), -1),)))
    found += [RecurrenceRule(Frequency.YEARLY), RecurrenceRule(Frequency.DAILY)]
    return list(dict.fromkeys(found))


def _weekday(key: RecurrenceId) -> int:
    return key.weekday()
