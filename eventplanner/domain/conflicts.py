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
from zoneinfo import ZoneInfo

from eventplanner.domain.enums import EventStatus
from eventplanner.domain.errors import EventplannerError
from eventplanner.domain.occurrence import Occurrence
from eventplanner.domain.timezones import zone
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
    message: str
    """Names what and where: "'Automationsmässan' at Elmia is on Midsommarafton (…)"."""
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
    accepted: Acceptance | None = field(default=None, compare=False)

    @property
    def holds(self) -> bool:
        """Whether it holds a release: a ``HOLD`` not accepted."""
        return self.severity is Severity.HOLD and self.accepted is None

    @property
    def sort_key(self) -> tuple[datetime, str, str]:
        return (self.start, self.kind.value, self.key)


def conflict_key(kind: ConflictKind, *parts: str) -> str:
    """A short stable name of a conflict: its kind and what it involves, hashed."""
    text = "\x1f".join((kind.value, *sorted(parts)))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


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
    found: list[Conflict] = []
    for occurrence in occurrences:
        if occurrence.status is EventStatus.CANCELLED:
            continue
        for day in local_days(occurrence.timing):
            if not first <= day <= last:
                continue
            off = days_off.get(day)
            if off is not None:
                kind = ConflictKind.EVE if off.eve else ConflictKind.PUBLIC_HOLIDAY
                what = "an eve most take off" if off.eve else "a public holiday"
                text = f"{what_and_where(occurrence)} is on {off.name} ({day:%Y-%m-%d}), {what}"
            elif day in bridges:
                kind = ConflictKind.BRIDGE_DAY
                text = (
                    f"{what_and_where(occurrence)} is on a bridge day ({day:%Y-%m-%d}, "
                    f"between {bridges[day].name} and the weekend): many take it off"
                )
            else:
                continue
            start, end = _day_bounds(day, occurrence.timing.time_zone)
            found.append(
                Conflict(
                    kind,
                    DEFAULT_SEVERITY[kind],
                    start,
                    end,
                    text,
                    conflict_key(kind, occurrence_name(occurrence), day.isoformat()),
                    occurrences=(occurrence,),
                    about=(off or bridges[day]).name,
                )
            )
    return found


def _day_bounds(day: date, time_zone: str) -> tuple[datetime, datetime]:
    tz: ZoneInfo = zone(time_zone)
    start = datetime(day.year, day.month, day.day, tzinfo=tz)
    after = day + timedelta(days=1)
    return start, datetime(after.year, after.month, after.day, tzinfo=tz)


# -- overlaps -------------------------------------------------------------------------------


def overlap(a: Timing, b: Timing) -> tuple[datetime, datetime] | None:
    """The instants two timings share, in ``a``'s zone; None when they do not meet."""
    a_start, a_end = a.utc_bounds()
    b_start, b_end = b.utc_bounds()
    start, end = max(a_start, b_start), min(a_end, b_end)
    if start >= end:
        return None
    tz = zone(a.time_zone)
    return start.astimezone(tz), end.astimezone(tz)


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


def venue_conflicts(occurrences: Sequence[Occurrence]) -> list[Conflict]:
    """Two events (not cancelled, not two occurrences of one series) at one venue at once:
    one conflict a pair."""
    by_venue: dict[int, list[Occurrence]] = {}
    for occurrence in occurrences:
        if occurrence.venue_id is not None and occurrence.status is not EventStatus.CANCELLED:
            by_venue.setdefault(occurrence.venue_id, []).append(occurrence)
    found: list[Conflict] = []
    kind = ConflictKind.VENUE_DOUBLE_BOOKED
    for here in by_venue.values():
        here.sort(key=lambda o: o.timing.utc_bounds())
        for index, first in enumerate(here):
            first_end = first.timing.utc_bounds()[1]
            for second in here[index + 1 :]:
                if second.timing.utc_bounds()[0] >= first_end:
                    break  # sorted by start: none later meets the first
                if second.event_id == first.event_id:
                    continue
                shared = overlap(first.timing, second.timing)
                if shared is None:
                    continue
                text = (
                    f"{first.venue_name} is booked twice: {first.title!r} "
                    f"({when(first.timing)}) and {second.title!r} ({when(second.timing)})"
                )
                parts = (occurrence_name(first), occurrence_name(second))
                found.append(
                    Conflict(kind, DEFAULT_SEVERITY[kind], *shared, text,
                             conflict_key(kind, *parts), occurrences=(first, second))
                )  # fmt: skip
    return found


def subscribed_conflicts(
    occurrences: Sequence[Occurrence], outside: Sequence[OutsideEvent]
) -> list[Conflict]:
    """Events (not cancelled) at the same time as an event of a subscribed calendar: one
    conflict a pair."""
    kind = ConflictKind.SUBSCRIBED_CLASH
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
        first = bisect_left(starts, mine_start - longest)
        last = bisect_left(starts, mine_end)
        for other in theirs[first:last]:
            shared = overlap(occurrence.timing, other.timing)
            if shared is None:
                continue
            place = f" at {other.location}" if other.location else ""
            text = (
                f"{what_and_where(occurrence)} ({when(occurrence.timing)}) is at the same "
                f"time as {other.title!r}{place} ({when(other.timing)}) in the calendar "
                f"{other.calendar!r}"
            )
            parts = (occurrence_name(occurrence), f"{other.calendar}\x1e{other.uid}",
                     other.timing.utc_bounds()[0].isoformat())  # fmt: skip
            found.append(
                Conflict(kind, DEFAULT_SEVERITY[kind], *shared, text,
                         conflict_key(kind, *parts), occurrences=(occurrence,),
                         outside=(other,))
            )  # fmt: skip
    return found


def in_order(conflicts: Iterable[Conflict]) -> list[Conflict]:
    """Conflicts by date, then kind: how every list shows them."""
    return sorted(conflicts, key=lambda c: c.sort_key)


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
