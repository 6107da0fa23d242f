"""RFC 5545 recurrence rules, checked and expanded with python-dateutil.

Occurrences are identified by their *recurrence id*: the original local start of the
occurrence in the event's zone (a naive wall-clock datetime), or its date for all-day series,
exactly as iCalendar's RECURRENCE-ID names them.
"""

from __future__ import annotations

import datetime as stdlib_datetime
import types
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache

from dateutil import rrule as du

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.rules import MAX_COUNT, Frequency, RecurrenceRule, Until, parse, until_text
from eventplanner.domain.text import quoted
from eventplanner.domain.timezones import YEARS, shift_forward_if_missing, zone

RecurrenceId = date | datetime
"""The original start of one occurrence: a naive local datetime, or a date for all-day."""

MAX_OCCURRENCES = MAX_COUNT
UNLIMITED = 2**62
"""A ``limit`` for walks that a ``before`` bound ends (an endless series begun long ago)."""


def recurrence_id_text(value: RecurrenceId) -> str:
    """The stored form: ``2027-03-10`` or ``2027-03-10T18:00:00``."""
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            raise ValueError("a recurrence id is a wall-clock time without a zone")
        return value.isoformat(timespec="seconds")
    return value.isoformat()


def parse_recurrence_id(text: str, field: str = "recurrence_id") -> RecurrenceId:
    try:
        if "T" in text:
            return datetime.fromisoformat(text).replace(tzinfo=None)
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(field, f"not a date or date-time: {text!r}") from None


def _wall_clock(day: date) -> datetime:
    """Midnight of ``day`` as a zone-less wall-clock time: all-day series have no zone."""
    return datetime(day.year, day.month, day.day)  # noqa: DTZ001 - deliberately floating


_ALLOWED_FREQS = {Frequency.DAILY, Frequency.WEEKLY, Frequency.MONTHLY, Frequency.YEARLY}


def _allowed(rule: RecurrenceRule) -> None:
    """What the planner holds of RFC 5545: events repeat at most daily."""
    if rule.frequency not in _ALLOWED_FREQS:
        raise ValidationError(
            "recurrence", "events repeat at most daily (FREQ=DAILY, WEEKLY, MONTHLY or YEARLY)"
        )


def _canonical_until(value: Until, all_day: bool, time_zone: str) -> Until:
    """UNTIL in the canonical form: a date for all-day series, UTC for timed ones."""
    if not YEARS[0] <= value.year <= YEARS[1]:
        raise ValidationError(
            "recurrence",
            f"UNTIL {quoted(until_text(value))}: the year {value.year} is out of range "
            f"({YEARS[0]}-{YEARS[1]})",
        )
    if not isinstance(value, datetime):
        if all_day:
            return value
        local_end = datetime.combine(value, time(23, 59, 59), tzinfo=zone(time_zone))
        return local_end.astimezone(UTC)
    moment = value if value.tzinfo is not None else value.replace(tzinfo=zone(time_zone))
    if all_day:
        return moment.astimezone(zone(time_zone)).date()
    return moment.astimezone(UTC).replace(microsecond=0)


def normalize_rule(text: str, *, all_day: bool, time_zone: str) -> str:
    """Check an RRULE and return it in canonical form (no ``RRULE:`` prefix, UNTIL fixed).

    Raises ValidationError on the ``recurrence`` field for anything dateutil or RFC 5545
    would not accept.
    """
    rule = parse(text)
    _allowed(rule)
    if rule.until is not None:
        rule = replace(rule, until=_canonical_until(rule.until, all_day, time_zone))
    canonical = str(rule)
    # dateutil is the judge of the remaining syntax (BYDAY=1TU, BYMONTHDAY=-1, ...).
    try:
        start = _wall_clock(date(2000, 1, 1)) if all_day else datetime(2000, 1, 1, tzinfo=UTC)
        du.rrulestr(canonical, dtstart=start)
    except (ValueError, TypeError, KeyError, IndexError) as exc:
        shown = quoted(canonical, 80)
        raise ValidationError("recurrence", f"invalid rule {shown}: {exc}") from None
    return canonical


def shift_until(rule: str, days: int, time_zone: str) -> str:
    """A canonical rule whose UNTIL (if any) is moved by ``days``, for a series moved whole
    in ``time_zone``: a date by as many days, a UTC end as far on the series' clock
    (``until_shifted``)."""
    value = parse(rule)
    if value.until is None:
        return rule
    return str(replace(value, until=until_moved(value.until, timedelta(days=days), time_zone)))


def until_moved(until: Until, step: timedelta, time_zone: str) -> Until:
    """A canonical UNTIL moved by ``step`` of wall-clock time: a date by its days, a UTC
    end as ``until_shifted`` moves it."""
    if isinstance(until, datetime):
        return until_shifted(until, step, time_zone)
    return until + timedelta(days=step.days)


def until_shifted(value: datetime, step: timedelta, time_zone: str) -> datetime:
    """A UTC UNTIL moved by ``step`` of wall-clock time in the series' zone, as its
    occurrences move: 18:00 summer time a week on is 18:00 winter time, an hour later in
    UTC, so a series moved across a clock change keeps its last occurrence."""
    tz = zone(time_zone)
    wall = value.astimezone(tz).replace(tzinfo=None) + step
    # Attached as the rule's own occurrences are (dateutil), not by localize(): an UNTIL in
    # the spring gap is the instant an occurrence there would have, not an error.
    return wall.replace(tzinfo=tz).astimezone(UTC)


@dataclass(frozen=True, slots=True)
class Recurrence:
    """A rule plus the occurrences struck out of it."""

    rule: str
    exdates: tuple[RecurrenceId, ...] = ()


def _walk_within_years() -> Callable[..., Iterator[datetime]]:
    """dateutil's own walk through a rule (``rrule._iter``), ending after the year
    ``YEARS[1]`` instead of 9999.

    dateutil looks at a rule's days period by period and stops only at a match past UNTIL
    or COUNT, or after the year 9999: a rule that never matches (BYMONTH=2;BYMONTHDAY=30)
    or an EXDATE looked for in 9998 walked every day to there (seconds each). No event
    falls after ``YEARS``, so no walk needs to go further. The same code runs, reading
    its last year from a copy of its module's names.
    """
    walk = du.rrule._iter
    names = dict(walk.__globals__)
    names["datetime"] = types.SimpleNamespace(**{**vars(stdlib_datetime), "MAXYEAR": YEARS[1]})
    bounded: Callable[..., Iterator[datetime]] = types.FunctionType(
        walk.__code__, names, walk.__name__, walk.__defaults__, walk.__closure__
    )
    return bounded


_WALK = _walk_within_years()


def _compiled(rule: str, dtstart: datetime) -> du.rrule:
    # Aware datetimes compare (and hash) by instant: 08:30 in London equals 09:30 in
    # Stockholm. Cache by wall-clock time and zone name, or one series gets another's hours.
    zone_name = str(dtstart.tzinfo) if dtstart.tzinfo is not None else ""
    return _compiled_for(rule, dtstart.replace(tzinfo=None), zone_name)


@lru_cache(maxsize=4096)
def _compiled_for(rule: str, wall_clock: datetime, zone_name: str) -> du.rrule:
    dtstart = wall_clock.replace(tzinfo=zone(zone_name)) if zone_name else wall_clock
    compiled: du.rrule = du.rrulestr(rule, dtstart=dtstart, cache=True)
    compiled._iter = types.MethodType(_WALK, compiled)
    compiled._invalidate_cache()  # its cache holds a walk begun with dateutil's own
    return compiled


def _dtstart(first: date | datetime, time_zone: str) -> datetime:
    if isinstance(first, datetime):
        return first.astimezone(zone(time_zone))
    return _wall_clock(first)


def _key(moment: datetime, all_day: bool) -> RecurrenceId:
    return moment.date() if all_day else moment.replace(tzinfo=None)


def recurrence_ids(
    rule: str,
    first: date | datetime,
    time_zone: str,
    *,
    after: datetime | date | None = None,
    before: datetime | date | None = None,
    limit: int = MAX_OCCURRENCES,
) -> Iterator[RecurrenceId]:
    """The recurrence ids of a series from ``first`` (its DTSTART), in order.

    ``after``/``before`` bound the original starts (inclusive/exclusive); for timed series
    they are aware datetimes, for all-day series dates.
    """
    for key, _start in occurrences(rule, first, time_zone, after=after, before=before, limit=limit):
        yield key


def occurrences(
    rule: str,
    first: date | datetime,
    time_zone: str,
    *,
    after: datetime | date | None = None,
    before: datetime | date | None = None,
    limit: int = MAX_OCCURRENCES,
) -> Iterator[tuple[RecurrenceId, datetime | date]]:
    """Each occurrence's recurrence id with where it really starts (gap times moved
    forward, RFC 5545 3.3.5): the same as ``occurrence_start(id)``, without recomputing it."""
    if _never(rule):
        return
    all_day = not isinstance(first, datetime)
    start = _dtstart(first, time_zone)
    compiled = _compiled(rule, start)
    lower = _bound(after, all_day, time_zone)
    upper = _bound(before, all_day, time_zone)
    source = compiled.xafter(lower, inc=True) if lower is not None else iter(compiled)
    for count, moment in enumerate(source):
        if count >= limit or (upper is not None and moment >= upper):
            return
        if all_day:
            day = moment.date()
            yield day, day
        else:
            yield moment.replace(tzinfo=None), shift_forward_if_missing(moment)


_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


@lru_cache(maxsize=1024)
def _never(rule: str) -> bool:
    """Whether BYMONTH and BYMONTHDAY name no day of any year (the 30th of February, the
    31st of April): known without a walk, which for a daily rule is every day to the last
    year."""
    try:
        value = parse(rule)
    except ValidationError:
        return False  # not a rule normalize_rule made: dateutil will say what is wrong
    if not value.by_month_day:
        return False
    longest = max((_MONTH_DAYS[m - 1] for m in value.by_month), default=31)
    return all(abs(day) > longest for day in value.by_month_day)


def _bound(value: datetime | date | None, all_day: bool, time_zone: str) -> datetime | None:
    if value is None:
        return None
    if all_day:
        day = value.date() if isinstance(value, datetime) else value
        return _wall_clock(day)
    if not isinstance(value, datetime):
        return datetime(value.year, value.month, value.day, tzinfo=zone(time_zone))
    return value


def occurrence_start(recurrence_id: RecurrenceId, time_zone: str) -> datetime | date:
    """Where an occurrence actually starts: gap times move forward (RFC 5545 3.3.5)."""
    if isinstance(recurrence_id, datetime):
        return shift_forward_if_missing(recurrence_id.replace(tzinfo=zone(time_zone)))
    return recurrence_id


def is_occurrence(rule: str, first: date | datetime, time_zone: str, key: RecurrenceId) -> bool:
    """Whether ``key`` is one of the series' original occurrences."""
    all_day = not isinstance(first, datetime)
    if all_day != (not isinstance(key, datetime)):
        return False
    if not YEARS[0] <= key.year <= YEARS[1]:
        return False  # no occurrence is there, and looking would walk the rule to it
    probe = key.replace(tzinfo=zone(time_zone)) if isinstance(key, datetime) else key
    found = next(recurrence_ids(rule, first, time_zone, after=probe, limit=1), None)
    return found == key


def occurrences_among(
    rule: str, first: date | datetime, time_zone: str, keys: Iterable[RecurrenceId]
) -> set[RecurrenceId]:
    """Which of ``keys`` are occurrences of the series (as ``is_occurrence`` says of each),
    found in one walk up to the last of them: a file's thousands of EXDATEs are not a walk
    from the start each."""
    timed = isinstance(first, datetime)
    wanted = {
        key
        for key in keys
        if isinstance(key, datetime) == timed and YEARS[0] <= key.year <= YEARS[1]
    }
    if not wanted:
        return set()
    last = max(wanted)  # all dates, or all datetimes
    found: set[RecurrenceId] = set()
    for key in recurrence_ids(rule, first, time_zone, limit=UNLIMITED):
        if key > last:
            break
        if key in wanted:
            found.add(key)
    return found


def last_recurrence_id(rule: str, first: date | datetime, time_zone: str) -> RecurrenceId | None:
    """The last occurrence of a bounded series (COUNT or UNTIL); None if it never ends."""
    if not parse(rule).bounded:
        return None
    tail = deque(recurrence_ids(rule, first, time_zone), maxlen=1)
    return tail[0] if tail else None


# -- a series cut in two at one of its occurrences ------------------------------------------


def bound_of(key: RecurrenceId, time_zone: str) -> datetime | date:
    """Occurrence ``key`` as an ``after``/``before`` bound of ``recurrence_ids``: the same
    aware moment dateutil makes for it (in a gap or a repeated hour alike), or its day."""
    return key.replace(tzinfo=zone(time_zone)) if isinstance(key, datetime) else key


def rule_ending_before(
    rule: str, first: date | datetime, time_zone: str, split: RecurrenceId
) -> str | None:
    """The canonical ``rule`` of a series starting at ``first``, cut to end just before its
    occurrence ``split``; None when nothing comes before it (``split`` is the first).

    The end is an UNTIL at the original start of the last occurrence before ``split``: in
    UTC for a timed series, its date for an all-day one. A COUNT gives way to it (RFC 5545
    allows one or the other). Either way the cut rule gives exactly the occurrences the whole
    rule gives before ``split`` (struck-out ones included, as the rule names them), and the
    end date a person sees in the editor is the day of the last one kept.
    """
    before = deque(
        recurrence_ids(rule, first, time_zone, before=bound_of(split, time_zone), limit=UNLIMITED),
        maxlen=1,
    )
    if not before:
        return None
    last = before[0]
    if isinstance(last, datetime):
        until: Until = last.replace(tzinfo=zone(time_zone)).astimezone(UTC)
    else:
        until = last
    return str(replace(parse(rule), count=None, until=until))


def rule_from(rule: str, first: date | datetime, time_zone: str, split: RecurrenceId) -> str:
    """The canonical ``rule`` of a series starting at ``first``, for the same series started
    again at its occurrence ``split``: from there it gives exactly the occurrences the whole
    rule gives from ``split`` on.

    A COUNT becomes the number of occurrences left, counted as RFC 5545 counts them (before
    struck-out dates are taken away); UNTIL and endless rules stay as they are.
    """
    value = parse(rule)
    if value.count is not None:
        bound = bound_of(split, time_zone)
        gone = sum(1 for _ in recurrence_ids(rule, first, time_zone, before=bound, limit=UNLIMITED))
        value = replace(value, count=max(1, value.count - gone))
    return str(value)
