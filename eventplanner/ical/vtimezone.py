"""VTIMEZONE components as Outlook reads them: one yearly STANDARD/DAYLIGHT pair of RRULEs.

Outlook keeps only TZID, DTSTART, RRULE, TZOFFSETFROM and TZOFFSETTO of a VTIMEZONE and
ignores RDATE (OUTLOOK.md 3, [MS-STANOICAL] 2.2.47). icalendar's generated definitions list
every transition as an RDATE, so they are derived here instead, from the zone's current
rules in zoneinfo: this year's transitions, each expressed as "the n-th (or last) weekday of
a month at a wall-clock time", checked against the following years. No zone is typed in.
"""

from __future__ import annotations

import calendar as _calendar
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache

from eventplanner.domain.timezones import zone
from eventplanner.ical.lines import fold

_DAY_NAMES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
CHECKED_YEARS = 8
"""Years after the reference year a rule must also describe: every weekday arrangement of a
month occurs within seven years, so a "fourth" that should be "last" shows up."""
EPOCH_YEAR = 1970


@dataclass(frozen=True, slots=True)
class Transition:
    """One change of a zone's UTC offset, as zoneinfo reports it."""

    at: datetime
    """The instant, in UTC."""
    before: timedelta
    after: timedelta

    @property
    def wall_clock(self) -> datetime:
        """The local time at which the clocks change, read on the clock before the change
        (02:00 in Stockholm in March, 03:00 in October), as VTIMEZONE's DTSTART gives it."""
        return (self.at + self.before).replace(tzinfo=None)


@dataclass(frozen=True, slots=True)
class YearlyRule:
    """A transition every year: month, weekday, which one (1-4, or -1 for the last), time."""

    month: int
    weekday: int
    nth: int
    hour: int
    minute: int
    second: int
    before: timedelta
    after: timedelta

    @property
    def daylight(self) -> bool:
        return self.after > self.before

    def day_in(self, year: int) -> date:
        """The day this rule's transition falls on in ``year``."""
        if self.nth > 0:
            first = date(year, self.month, 1)
            offset = (self.weekday - first.weekday()) % 7
            return first + timedelta(days=offset + 7 * (self.nth - 1))
        last = date(year, self.month, _calendar.monthrange(year, self.month)[1])
        return last - timedelta(days=(last.weekday() - self.weekday) % 7)

    def instant_in(self, year: int) -> datetime:
        day = self.day_in(year)
        local = datetime(
            day.year, day.month, day.day, self.hour, self.minute, self.second, tzinfo=UTC
        )
        return local - self.before  # the wall-clock time read as UTC, less the offset

    @property
    def rrule(self) -> str:
        return f"FREQ=YEARLY;BYMONTH={self.month};BYDAY={self.nth}{_DAY_NAMES[self.weekday]}"


@dataclass(frozen=True, slots=True)
class ZoneDefinition:
    """What is written for one TZID, and whether it had to approximate the zone."""

    tzid: str
    text: str
    """BEGIN:VTIMEZONE ... END:VTIMEZONE, folded, CRLF."""
    approximate: str | None
    """None when the yearly pair describes the zone exactly; else why it does not."""


def _offset(tz_name: str, moment: datetime) -> timedelta:
    offset = moment.astimezone(zone(tz_name)).utcoffset()
    assert offset is not None  # zoneinfo always knows an instant's offset
    return offset


@lru_cache(maxsize=2048)
def transitions(tz_name: str, year: int) -> tuple[Transition, ...]:
    """The zone's offset changes during ``year`` (UTC), to the second."""
    found: list[Transition] = []
    moment = datetime(year, 1, 1, tzinfo=UTC)
    end = datetime(year + 1, 1, 1, tzinfo=UTC)
    step = timedelta(hours=6)  # no zone changes its offset twice within six hours
    current = _offset(tz_name, moment)
    while moment < end:
        following = moment + step
        offset = _offset(tz_name, following)
        if offset != current:
            low, high = moment, following  # the change lies in (low, high]
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                if _offset(tz_name, middle) == current:
                    low = middle
                else:
                    high = middle
            found.append(Transition(high.replace(microsecond=0), current, offset))
            current = offset
        moment = following
    return tuple(found)


def _candidates(change: Transition) -> list[YearlyRule]:
    local = change.wall_clock
    day = local.date()
    last_day = _calendar.monthrange(day.year, day.month)[1]
    numbers = []
    if day.day + 7 > last_day:
        numbers.append(-1)  # "last" first: it is what a rule on the 4th-or-5th week means
    nth = (day.day - 1) // 7 + 1
    if nth <= 4:
        numbers.append(nth)
    return [
        YearlyRule(
            day.month,
            day.weekday(),
            n,
            local.hour,
            local.minute,
            local.second,
            change.before,
            change.after,
        )
        for n in numbers
    ]


def _holds(rule: YearlyRule, tz_name: str, years: range) -> bool:
    for year in years:
        if not any(
            t.at == rule.instant_in(year) and t.before == rule.before and t.after == rule.after
            for t in transitions(tz_name, year)
        ):
            return False
    return True


def _fmt_offset(offset: timedelta) -> str:
    seconds = int(offset.total_seconds())
    sign = "-" if seconds < 0 else "+"
    seconds = abs(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{hours:02d}{minutes:02d}" + (f"{secs:02d}" if secs else "")


def _tzname(tz_name: str, at: datetime) -> str:
    name = at.astimezone(zone(tz_name)).tzname()
    return name or _fmt_offset(_offset(tz_name, at))


def _observance(kind: str, rule: YearlyRule, name: str) -> list[str]:
    start = rule.day_in(EPOCH_YEAR)
    return [
        f"BEGIN:{kind}",
        f"DTSTART:{start:%Y%m%d}T{rule.hour:02d}{rule.minute:02d}{rule.second:02d}",
        f"RRULE:{rule.rrule}",
        f"TZOFFSETFROM:{_fmt_offset(rule.before)}",
        f"TZOFFSETTO:{_fmt_offset(rule.after)}",
        f"TZNAME:{name}",
        f"END:{kind}",
    ]


def _fixed(tz_name: str, offset: timedelta, name: str) -> list[str]:
    text = _fmt_offset(offset)
    return [
        "BEGIN:STANDARD",
        f"DTSTART:{EPOCH_YEAR}0101T000000",
        f"TZOFFSETFROM:{text}",
        f"TZOFFSETTO:{text}",
        f"TZNAME:{name}",
        "END:STANDARD",
    ]


def _best_pair(tz_name: str, year: int) -> tuple[YearlyRule, YearlyRule] | None:
    """The yearly rules for the first change forward and the first back in ``year``, each
    the candidate true in the most of the following years."""
    changes = transitions(tz_name, year)
    forward = next((t for t in changes if t.after > t.before), None)
    back = next((t for t in changes if t.after < t.before), None)
    if forward is None or back is None:
        return None
    years = range(year, year + CHECKED_YEARS)

    def best(change: Transition) -> YearlyRule:
        options = _candidates(change)
        return max(options, key=lambda r: sum(_holds(r, tz_name, range(y, y + 1)) for y in years))

    return best(forward), best(back)


@lru_cache(maxsize=512)
def zone_definition(tz_name: str, year: int) -> ZoneDefinition:
    """The VTIMEZONE for ``tz_name`` from its rules in force in ``year`` and after.

    A zone without clock changes gets one STANDARD; a zone whose changes follow "n-th or last
    weekday of a month" gets the DAYLIGHT/STANDARD pair. Anything else (changes that move
    with a lunar calendar, rules that end or change within the checked years) gets the
    closest pair, or the current fixed offset, and ``approximate`` says what Outlook loses.
    """
    zone(tz_name)  # an unknown zone is a ValidationError naming the time_zone field
    years = range(year, year + CHECKED_YEARS)
    changes = transitions(tz_name, year)
    mid_year = datetime(year, 7, 1, tzinfo=UTC)
    approximate: str | None = None
    pair = _best_pair(tz_name, year)
    if pair is None:
        later = [t for y in years for t in transitions(tz_name, y)]
        now_offset = changes[-1].after if changes else _offset(tz_name, mid_year)
        if later and any(t.after != now_offset or t.before != now_offset for t in later):
            approximate = (
                f"{tz_name} changes its clocks in ways a yearly rule cannot describe; "
                f"Outlook uses UTC{_fmt_offset(now_offset)} all year"
            )
        name = _tzname(tz_name, changes[-1].at if changes else mid_year)
        body = _fixed(tz_name, now_offset, name)
    else:
        forward, back = pair
        if len(changes) != 2 or not all(_holds(r, tz_name, years) for r in pair):
            approximate = (
                f"{tz_name} does not change its clocks on the same weekdays every year; "
                f"Outlook uses one yearly pattern ({forward.rrule} and {back.rrule}), "
                "so times near some clock changes may be an hour off"
            )
        daylight = _observance(
            "DAYLIGHT", forward, _tzname(tz_name, forward.instant_in(year) + timedelta(hours=1))
        )
        standard = _observance(
            "STANDARD", back, _tzname(tz_name, back.instant_in(year) + timedelta(hours=1))
        )
        body = standard + daylight
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tz_name}", *body, "END:VTIMEZONE"]
    return ZoneDefinition(tz_name, "".join(fold(line) for line in lines), approximate)
