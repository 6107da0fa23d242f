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

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from eventplanner.domain.recurrence import (
    MAX_OCCURRENCES,
    RecurrenceId,
    occurrence_start,
    recurrence_ids,
)
from eventplanner.ical.outlook_rules import COUNT_LIMIT, rule_problem

_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_WORKDAYS = "MO,TU,WE,TH,FR"
_PATTERN_PARTS = ("FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "BYMONTH", "BYSETPOS", "WKST")


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


def _parts(rule: str) -> dict[str, str]:
    return dict(p.split("=", 1) for p in rule.split(";") if "=" in p)


def _rule(parts: dict[str, str]) -> str:
    order = ["FREQ", *sorted(k for k in parts if k != "FREQ")]
    return ";".join(f"{k}={parts[k]}" for k in order)


def _until(key: RecurrenceId, time_zone: str) -> str:
    """An UNTIL that ends a rule at occurrence ``key``: UTC for a timed series (RFC 5545
    3.3.10), a date for an all-day one."""
    if isinstance(key, datetime):
        start = occurrence_start(key, time_zone)
        assert isinstance(start, datetime)
        return start.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    return f"{key.year:04d}{key.month:02d}{key.day:02d}"


def _every_weekday(parts: dict[str, str]) -> bool:
    """FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR, nothing more than an end."""
    return (
        parts.get("FREQ") == "DAILY"
        and set(parts.get("BYDAY", "").split(",")) == set(_WORKDAYS.split(","))
        and parts.get("INTERVAL", "1") == "1"
        and set(parts) <= {"FREQ", "BYDAY", "INTERVAL", "COUNT", "UNTIL", "WKST"}
    )


def _first_day(first: date | datetime) -> date:
    return first.date() if isinstance(first, datetime) else first


def outlook_shape(rule: str, first: date | datetime, time_zone: str) -> SeriesShape:
    """How the series ``rule`` (canonical, from DTSTART ``first``) is written for Outlook."""
    parts = _parts(rule)
    if _every_weekday(parts):
        # Outlook's own "every weekday" (OUTLOOK.md 6): the same days, as Outlook writes them.
        parts.pop("INTERVAL", None)
        parts.update(FREQ="WEEKLY", BYDAY=_WORKDAYS)
        rule = _rule(parts)
    count = parts.get("COUNT")
    if count is not None and int(count) > COUNT_LIMIT:
        *_, last = recurrence_ids(rule, first, time_zone)
        del parts["COUNT"]
        parts["UNTIL"] = _until(last, time_zone)
        rule = _rule(parts)
    problem = rule_problem(rule, _first_day(first))
    if problem is None:
        return SeriesShape(rule)
    if "COUNT" not in parts and "UNTIL" not in parts:
        return SeriesShape(rule, unshown=problem)
    keys = list(recurrence_ids(rule, first, time_zone, limit=MAX_OCCURRENCES + 1))
    if not keys or len(keys) > MAX_OCCURRENCES:
        return SeriesShape(rule, unshown=problem)
    return _nearest(keys, parts, first, time_zone) or SeriesShape(None, occurrences=tuple(keys))


def endless_problem(rule: str, first: date | datetime) -> str | None:
    """Why Outlook cannot show ``rule`` when it has no end (None when it can, or when it
    ends: a bounded rule is written in a shape Outlook shows). Cheap: expands nothing."""
    parts = _parts(rule)
    if "COUNT" in parts or "UNTIL" in parts or _every_weekday(parts):
        return None
    return rule_problem(rule, _first_day(first))


def _nearest(
    keys: list[RecurrenceId], parts: dict[str, str], first: date | datetime, time_zone: str
) -> SeriesShape | None:
    """The Outlook pattern that holds every occurrence and adds the fewest (no more days
    than the series has), ending at the last occurrence; None when none comes near."""
    times = {k.time() for k in keys if isinstance(k, datetime)}
    if len(times) > 1:
        return None  # several times of day: no Outlook pattern has more than one
    wanted = set(keys)
    until = _until(keys[-1], time_zone)
    best: SeriesShape | None = None
    for candidate in _candidates(parts, keys, _first_day(first)):
        bounded = f"{candidate};UNTIL={until}"
        if rule_problem(bounded, _first_day(first)) is not None:
            continue
        found = list(recurrence_ids(bounded, first, time_zone, limit=2 * len(keys) + 1))
        if not found or found[0] != keys[0] or not wanted <= set(found):
            continue
        added = tuple(k for k in found if k not in wanted)
        if len(added) > len(keys):
            continue
        if best is None or len(added) < len(best.added):
            best = SeriesShape(_rule(_parts(bounded)), added=added)
    return best


def _candidates(parts: dict[str, str], keys: list[RecurrenceId], day: date) -> list[str]:
    """Outlook patterns near the rule: the rule without what Outlook lacks, then the plain
    patterns through the first occurrence."""
    own = {k: v for k, v in parts.items() if k in _PATTERN_PARTS}
    found: list[str] = []
    for dropped in (("BYMONTH",), ("BYSETPOS",), ("BYMONTH", "BYSETPOS")):
        if any(name in own for name in dropped):
            found.append(_rule({k: v for k, v in own.items() if k not in dropped}))
    weekdays = sorted({_weekday(k) for k in keys})
    found.append("FREQ=WEEKLY;BYDAY=" + ",".join(_WEEKDAYS[d] for d in weekdays))
    found.append(f"FREQ=MONTHLY;BYMONTHDAY={day.day}")
    if (day + timedelta(days=1)).month != day.month:
        found.append("FREQ=MONTHLY;BYMONTHDAY=-1")
    nth = (day.day - 1) // 7 + 1
    if nth <= 4:
        found.append(f"FREQ=MONTHLY;BYDAY={nth}{_WEEKDAYS[day.weekday()]}")
    if (day + timedelta(days=7)).month != day.month:
        found.append(f"FREQ=MONTHLY;BYDAY=-1{_WEEKDAYS[day.weekday()]}")
    found += ["FREQ=YEARLY", "FREQ=DAILY"]
    return list(dict.fromkeys(found))


def _weekday(key: RecurrenceId) -> int:
    return key.weekday()
