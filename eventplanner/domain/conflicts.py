"""Conflicts: what in a plan is worth a second look before it is released.

Each conflict has a kind, a severity (``WARN``: shown; ``HOLD``: holds a release until it is
resolved or accepted with a reason), the period it concerns, what it involves (the planner's
events, later the programme's sessions and people, and events of a subscribed read-only
calendar) and a message naming what and where. The event-level kinds are found here from
plain records (days off, overlaps); the services read what they need and call these.

A conflict is named by a short ``key`` made from what it involves, so that accepting it
(with a reason) holds for the same conflict when it is found again, and for no other.
"""

from __future__ import annotations

import enum
import hashlib
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from operator import attrgetter, itemgetter
from zoneinfo import ZoneInfo

from eventplanner.domain.enums import EventStatus
from eventplanner.domain.errors import EventplannerError
from eventplanner.domain.occurrence import Occurrence
from eventplanner.domain.timezones import day_bounds, zone
from eventplanner.domain.timing import AllDaySpan, TimedSpan, Timing


class ConflictKind(enum.StrEnum):
    """Every kind of conflict the planner knows (issue 14)."""

    PERSON_DOUBLE_BOOKED = "person-double-booked"
    """A person in two places at once, in any role, across sessions and events."""
    OUTSIDE_AVAILABILITY = "outside-availability"
    """A person booked when they said they cannot be there."""
    ROLE_DECLINED = "role-declined"
    """A person booked in a role they declined."""
    STAGE_DOUBLE_BOOKED = "stage-double-booked"
    """Two sessions on one stage at once."""
    SESSION_OUTSIDE_EVENT = "session-outside-event"
    """A session outside its event's days or opening hours."""
    PUBLIC_HOLIDAY = "public-holiday"
    """An event on a Swedish public holiday."""
    EVE = "eve"
    """An event on an eve Swedes take off (midsummer eve, Christmas eve, New Year's eve)."""
    BRIDGE_DAY = "bridge-day"
    """An event on a klämdag: a working day between a public holiday and a weekend."""
    VENUE_DOUBLE_BOOKED = "venue-double-booked"
    """Two events at one venue at once."""
    SUBSCRIBED_CLASH = "subscribed-clash"
    """An event at the same time as one in a subscribed read-only calendar."""


EVENT_LEVEL_KINDS = frozenset(
    {
        ConflictKind.PUBLIC_HOLIDAY,
        ConflictKind.EVE,
        ConflictKind.BRIDGE_DAY,
        ConflictKind.VENUE_DOUBLE_BOOKED,
        ConflictKind.SUBSCRIBED_CLASH,
    }
)
"""The kinds found from events alone (the others need the programme's sessions and people)."""


class Severity(enum.StrEnum):
    WARN = "warn"
    """Shown, never blocking."""
    HOLD = "hold"
    """Holds a release until resolved, or accepted with a reason."""


DEFAULT_SEVERITY: dict[ConflictKind, Severity] = {
    ConflictKind.PERSON_DOUBLE_BOOKED: Severity.HOLD,
    ConflictKind.OUTSIDE_AVAILABILITY: Severity.HOLD,
    ConflictKind.ROLE_DECLINED: Severity.HOLD,
    ConflictKind.STAGE_DOUBLE_BOOKED: Severity.HOLD,
    ConflictKind.SESSION_OUTSIDE_EVENT: Severity.HOLD,
    ConflictKind.PUBLIC_HOLIDAY: Severity.WARN,
    ConflictKind.EVE: Severity.WARN,
    ConflictKind.BRIDGE_DAY: Severity.WARN,
    ConflictKind.VENUE_DOUBLE_BOOKED: Severity.HOLD,
    ConflictKind.SUBSCRIBED_CLASH: Severity.WARN,
}
assert set(DEFAULT_SEVERITY) == set(ConflictKind)


@dataclass(frozen=True, slots=True)
class OutsideEvent:
    """One occurrence of an event in a subscribed read-only calendar."""

    calendar: str
    """The subscription's name."""
    uid: str
    title: str
    location: str
    timing: Timing


@dataclass(frozen=True, slots=True)
class Acceptance:
    """A conflict a coordinator accepted, and why."""

    key: str
    reason: str
    accepted_at: datetime


@dataclass(frozen=True, slots=True)
class Conflict:
    """One conflict: its kind, severity, period, what it involves, and a message."""

    kind: ConflictKind
    severity: Severity
    start: datetime
    """Where the conflict begins (aware, in the first event's zone)."""
    end: datetime
    key: str
    """Stable while the conflict is the same one: what an acceptance names."""
    occurrences: tuple[Occurrence, ...] = ()
    """The planner's events involved (the occurrence each conflicts with)."""
    sessions: tuple[int, ...] = ()
    """The programme's sessions involved (by id), for the kinds that concern sessions."""
    people: tuple[int, ...] = ()
    """The contacts involved (by id), for the kinds that concern people."""
    outside: tuple[OutsideEvent, ...] = ()
    """Events of subscribed calendars involved."""
    about: str = ""
    """The name of the day off (for the kinds of days), for a window to word its message."""
    note: str = ""
    """The message of a kind this module does not word (the programme's finders give it)."""
    details: tuple[str, ...] = ()
    """What a kind of the programme names, in the order its message does: for a window to
    word it in its own language (``domain.programme_conflicts`` says which for each kind)."""
    accepted: Acceptance | None = field(default=None, compare=False)

    @property
    def message(self) -> str:
        """Names what and where: "'Midsommarmingel' at Aulan is on Midsommarafton (…)".

        Worded when asked, not when found: a year of a large database has thousands of
        conflicts, and a list shows a screenful of them."""
        return self.note or _worded(self)

    @property
    def holds(self) -> bool:
        """Whether it holds a release: a ``HOLD`` not accepted."""
        return self.severity is Severity.HOLD and self.accepted is None

    @property
    def sort_key(self) -> tuple[datetime, str, str]:
        return (self.start, self.kind, self.key)  # a StrEnum compares as its value


def conflict_key(kind: ConflictKind, *parts: str) -> str:
    """A short stable name of a conflict: its kind and what it involves, hashed."""
    if len(parts) == 2:  # the usual pair, put in order without a sort
        first, second = parts
        parts = (first, second) if first <= second else (second, first)
    else:
        parts = tuple(sorted(parts))
    text = "\x1f".join((kind, *parts))  # a StrEnum is its value
    return hashlib.blake2b(text.encode("utf-8"), digest_size=6).hexdigest()


def occurrence_name(occurrence: Occurrence) -> str:
    """One occurrence as a key part: its UID, and which occurrence of a series it is."""
    key = occurrence.recurrence_id
    return occurrence.uid if key is None else f"{occurrence.uid}@{key.isoformat()}"


def what_and_where(occurrence: Occurrence) -> str:
    """ "'Automationsmässan' at Elmia", or just the title in quotes without a venue."""
    title = repr(occurrence.title)
    return f"{title} at {occurrence.venue_name}" if occurrence.venue_name else title


# -- days off -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DayOff:
    """A day Swedes do not work: a public holiday, or an eve."""

    day: date
    name: str
    eve: bool


def local_days(timing: Timing) -> Iterator[date]:
    """The days an occurrence covers on its own clock (a timed one ending at midnight does
    not cover the day after)."""
    if isinstance(timing, AllDaySpan):
        first, last = timing.first_day, timing.last_day
    else:
        first = timing.start.date()
        end = timing.end
        last = (end - timedelta(microseconds=1)).date() if end > timing.start else first
    day = first
    while day <= last:
        yield day
        day += timedelta(days=1)


def bridge_days(days_off: dict[date, DayOff], first: date, last: date) -> dict[date, DayOff]:
    """The klämdagar from ``first`` to ``last``: working days (Monday to Friday, not a day
    off) with a public holiday on one side and a weekend on the other. Each is named after
    its holiday."""
    found: dict[date, DayOff] = {}
    day = first
    while day <= last:
        if day.weekday() < 5 and day not in days_off:
            before, after = day - timedelta(days=1), day + timedelta(days=1)
            for holiday, weekend in ((before, after), (after, before)):
                off = days_off.get(holiday)
                if off is not None and not off.eve and weekend.weekday() >= 5:
                    found[day] = DayOff(day, off.name, eve=False)
                    break
        day += timedelta(days=1)
    return found


def day_conflicts(
    occurrences: Iterable[Occurrence],
    days_off: dict[date, DayOff],
    bridges: dict[date, DayOff],
    first: date,
    last: date,
) -> list[Conflict]:
    """The occurrences (not cancelled) on a public holiday, an eve or a bridge day, from
    ``first`` to ``last`` (days on each occurrence's own clock): one conflict a day."""
    special = sorted(d for d in {*days_off, *bridges} if first <= d <= last)
    found: list[Conflict] = []
    cancelled = EventStatus.CANCELLED  # (an enum member read from its class costs a call)
    for occurrence in occurrences:
        if occurrence.status is cancelled:
            continue
        begins, ends = _first_and_last(occurrence.timing)
        index = bisect_left(special, begins)
        while index < len(special) and special[index] <= ends:
            day = special[index]
            index += 1
            off = days_off.get(day)
            if off is not None:
                kind = ConflictKind.EVE if off.eve else ConflictKind.PUBLIC_HOLIDAY
            else:
                kind, off = ConflictKind.BRIDGE_DAY, bridges[day]
            start, end = _day_bounds(day, occurrence.timing.time_zone)
            key = conflict_key(kind, occurrence_name(occurrence), day.isoformat())
            found.append(Conflict(kind, DEFAULT_SEVERITY[kind], start, end, key,
                                  occurrences=(occurrence,), about=off.name))  # fmt: skip
    return found


def _first_and_last(timing: Timing) -> tuple[date, date]:
    """The first and last day of ``local_days`` (without walking them)."""
    if isinstance(timing, AllDaySpan):
        return timing.first_day, timing.last_day
    first = timing.start.date()
    end = timing.end
    return first, ((end - timedelta(microseconds=1)).date() if end > timing.start else first)


def _day_bounds(day: date, time_zone: str) -> tuple[datetime, datetime]:
    tz: ZoneInfo = zone(time_zone)
    start = datetime(day.year, day.month, day.day, tzinfo=tz)
    after = day + timedelta(days=1)
    return start, datetime(after.year, after.month, after.day, tzinfo=tz)


# -- overlaps -------------------------------------------------------------------------------


def overlap(a: Timing, b: Timing) -> tuple[datetime, datetime] | None:
    """The instants two timings share, in ``a``'s zone; None when they do not meet.

    An all-day span is days, not instants: two are compared by their dates (a Los Angeles
    calendar's 28 September does not reach into a Stockholm 29 September), and one against
    a timed event by the days on the timed event's own clock."""
    if isinstance(a, AllDaySpan) and isinstance(b, AllDaySpan):
        first, last = max(a.first_day, b.first_day), min(a.last_day, b.last_day)
        if first > last:
            return None
        start, end = day_bounds(first, last, a.time_zone)
    else:
        a_start, a_end = _bounds(a, b)
        b_start, b_end = _bounds(b, a)
        start, end = max(a_start, b_start), min(a_end, b_end)
        if start >= end:
            return None
    tz = zone(a.time_zone)
    return start.astimezone(tz), end.astimezone(tz)


def _bounds(timing: Timing, against: Timing) -> tuple[datetime, datetime]:
    """``timing``'s UTC bounds; an all-day span's days read on ``against``'s clock."""
    if isinstance(timing, AllDaySpan):
        return day_bounds(timing.first_day, timing.last_day, against.time_zone)
    return timing.utc_bounds()


def when(timing: Timing) -> str:
    """A timing in short, on its own clock: "2027-03-16 09:00–12:00", "2027-03-16 (all day)"."""
    if isinstance(timing, AllDaySpan):
        if timing.first_day == timing.last_day:
            return f"{timing.first_day:%Y-%m-%d} (all day)"
        return f"{timing.first_day:%Y-%m-%d} to {timing.last_day:%Y-%m-%d}"
    assert isinstance(timing, TimedSpan)
    start, end = timing.start, timing.end
    if start.date() == end.date():
        return f"{start:%Y-%m-%d %H:%M}–{end:%H:%M}"
    return f"{start:%Y-%m-%d %H:%M} to {end:%Y-%m-%d %H:%M}"


_AtVenue = tuple[datetime, datetime, Occurrence]
_start_and_end = itemgetter(0, 1)
"""An occurrence at a venue by its UTC start, then end."""


def venue_conflicts(occurrences: Sequence[Occurrence]) -> list[Conflict]:
    """Two events (not cancelled, not two occurrences of one series) at one venue at once:
    one conflict a pair.

    Each venue's occurrences are swept once in start order, keeping those still under way:
    an occurrence meets exactly those (a year's busy venue has a thousand occurrences, and
    most of them no conflict)."""
    by_venue: dict[int, list[_AtVenue]] = {}
    cancelled = EventStatus.CANCELLED
    for occurrence in occurrences:
        if occurrence.venue_id is not None and occurrence.status is not cancelled:
            start, end = occurrence.timing.utc_bounds()
            by_venue.setdefault(occurrence.venue_id, []).append((start, end, occurrence))
    found: list[Conflict] = []
    kind = ConflictKind.VENUE_DOUBLE_BOOKED
    severity = DEFAULT_SEVERITY[kind]
    names: dict[int, str] = {}  # by id(occurrence): each named once, however many it meets

    def name(occurrence: Occurrence) -> str:
        made = names.get(id(occurrence))
        if made is None:
            made = names[id(occurrence)] = occurrence_name(occurrence)
        return made

    for here in by_venue.values():
        here.sort(key=_start_and_end)
        under_way: list[_AtVenue] = []
        for entry in here:
            second_start, second_end, second = entry
            if under_way:
                under_way = [e for e in under_way if e[1] > second_start]
                for first_start, first_end, first in under_way:
                    if second.event_id == first.event_id:
                        continue
                    tz = zone(first.timing.time_zone)
                    start = max(first_start, second_start).astimezone(tz)
                    end = min(first_end, second_end).astimezone(tz)
                    key = conflict_key(kind, name(first), name(second))
                    found.append(Conflict(kind, severity, start, end, key,
                                          occurrences=(first, second)))  # fmt: skip
            under_way.append(entry)
    return found


_ZONES_APART = timedelta(hours=26)
"""The most two clocks differ by (UTC-12 to UTC+14)."""


def subscribed_conflicts(
    occurrences: Sequence[Occurrence], outside: Sequence[OutsideEvent]
) -> list[Conflict]:
    """Events (not cancelled) at the same time as an event of a subscribed calendar: one
    conflict a pair."""
    kind = ConflictKind.SUBSCRIBED_CLASH
    if not outside:
        return []
    theirs = sorted(outside, key=lambda o: o.timing.utc_bounds())
    starts = [o.timing.utc_bounds()[0] for o in theirs]
    # The longest of theirs bounds how early one that reaches an occurrence can begin.
    longest = max((o.timing.utc_bounds()[1] - s for o, s in zip(theirs, starts, strict=True)),
                  default=timedelta(0))  # fmt: skip
    found: list[Conflict] = []
    for occurrence in occurrences:
        if occurrence.status is EventStatus.CANCELLED:
            continue
        mine_start, mine_end = occurrence.timing.utc_bounds()
        # An all-day span's days may be read on another clock than its own (``overlap``):
        # up to a day of zones earlier or later than its own bounds.
        first = bisect_left(starts, mine_start - longest - _ZONES_APART)
        last = bisect_left(starts, mine_end + _ZONES_APART)
        for other in theirs[first:last]:
            shared = overlap(occurrence.timing, other.timing)
            if shared is None:
                continue
            parts = (occurrence_name(occurrence), f"{other.calendar}\x1e{other.uid}",
                     other.timing.utc_bounds()[0].isoformat())  # fmt: skip
            found.append(
                Conflict(kind, DEFAULT_SEVERITY[kind], *shared, conflict_key(kind, *parts),
                         occurrences=(occurrence,), outside=(other,))
            )  # fmt: skip
    return found


def _worded(conflict: Conflict) -> str:
    """The English message of an event-level conflict (the command line's, the log's)."""
    kind, mine = conflict.kind, conflict.occurrences
    day = f"{conflict.start:%Y-%m-%d}"
    if kind is ConflictKind.PUBLIC_HOLIDAY and mine:
        return f"{what_and_where(mine[0])} is on {conflict.about} ({day}), a public holiday"
    if kind is ConflictKind.EVE and mine:
        return f"{what_and_where(mine[0])} is on {conflict.about} ({day}), an eve most take off"
    if kind is ConflictKind.BRIDGE_DAY and mine:
        return (f"{what_and_where(mine[0])} is on a bridge day ({day}, between "
                f"{conflict.about} and the weekend): many take it off")  # fmt: skip
    if kind is ConflictKind.VENUE_DOUBLE_BOOKED and len(mine) == 2:
        first, second = mine
        return (f"{first.venue_name} is booked twice: {first.title!r} ({when(first.timing)}) "
                f"and {second.title!r} ({when(second.timing)})")  # fmt: skip
    if kind is ConflictKind.SUBSCRIBED_CLASH and mine and conflict.outside:
        other = conflict.outside[0]
        place = f" at {other.location}" if other.location else ""
        return (f"{what_and_where(mine[0])} ({when(mine[0].timing)}) is at the same time as "
                f"{other.title!r}{place} ({when(other.timing)}) in the calendar "
                f"{other.calendar!r}")  # fmt: skip
    return f"{kind.value} on {day}"


def in_order(conflicts: Iterable[Conflict]) -> list[Conflict]:
    """Conflicts by date, then kind: how every list shows them."""
    return sorted(conflicts, key=_in_order)


_in_order = attrgetter("start", "kind", "key")


# -- subscribed calendars -------------------------------------------------------------------


class CalendarUnreadable(EventplannerError):
    """A subscribed calendar that could not be read (unreachable, unreadable, not
    iCalendar); the message says which and why."""


@dataclass(frozen=True, slots=True)
class Subscription:
    """A read-only calendar the coordinator subscribes to, and how its last refresh went."""

    id: int
    name: str
    source: str
    """An https URL (webcal:// is read as https://) or a file's path."""
    event_count: int
    """Events in the last good copy (series counted once)."""
    refreshed_at: datetime | None
    """When the last good copy was read (UTC); None before one was."""
    failed_at: datetime | None
    """When the last refresh failed, if the last one did."""
    failure: str
    """Why it failed ("" when it did not): the last good copy is still used."""
