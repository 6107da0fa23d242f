"""The programme's conflicts (issue 14): a person in two places at once, a person booked
outside their availability or in a role they declined, two sessions on one stage at once,
and a session outside its event's days or its open day's opening hours.

Found here from plain records (``Booking``, ``StageSlot``, ...) that the conflicts service
reads from the programme's tables; each conflict worded in English in its ``note``, and
what it names in its ``details`` (for a window to word it in its language), by kind:

- person-double-booked: name, first title, its place, its span, its role, second title,
  its place, its span, its role, the margin in minutes ("" when they overlap);
- role-declined: name, role, title, place, span;
- outside-availability: name, role, title, place, span, "unavailable" (then the
  unavailability's note) or "hours" (then the hours given that day);
- stage-double-booked: stage, event, first title, its span, second title, its span;
- session-outside-event: title, span, event, the event's days or the day's opening hours,
  "days" or "hours".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from eventplanner.domain.conflicts import DEFAULT_SEVERITY, Conflict, ConflictKind, conflict_key
from eventplanner.domain.timezones import zone


@dataclass(frozen=True, slots=True)
class Margins:
    """The time a person needs between two places (settings; minutes)."""

    changeover: int = 10
    """Between two stages (or venues in one city)."""
    travel: int = 60
    """Between venues in different cities."""

    @property
    def widest(self) -> timedelta:
        return timedelta(minutes=max(self.changeover, self.travel, 0))


@dataclass(frozen=True, slots=True)
class Booking:
    """A person with a role on a session, a block or a whole event, and when and where."""

    contact_id: int
    contact_name: str
    role: str
    declined: bool
    ident: str
    """What the role is on: "s12" a session, "b3" a block, "e4" an event."""
    title: str
    start: datetime
    """Aware."""
    end: datetime
    time_zone: str
    event_id: int
    sessions: tuple[int, ...] = ()
    """The sessions it covers (a session's own, a block's)."""
    within: tuple[str, ...] = ()
    """What it lies within ("e4", "b3"): no conflict with a booking of those."""
    stage_id: int | None = None
    stage_name: str = ""
    venue_id: int | None = None
    venue_name: str = ""
    city: str = ""
    digital: bool = False


@dataclass(frozen=True, slots=True)
class Slot:
    """A session as the stage and opening-hours rules see it."""

    session_id: int
    title: str
    start: datetime
    end: datetime
    event_id: int
    event_title: str
    time_zone: str
    stage_id: int | None = None
    stage_name: str = ""


@dataclass(frozen=True, slots=True)
class Window:
    """A span of time for a person (available or not) or an event (days, opening hours)."""

    start: datetime
    end: datetime
    note: str = ""


@dataclass(frozen=True, slots=True)
class EventDays:
    """An event's days and its open days' opening hours."""

    event_id: int
    title: str
    time_zone: str
    start: datetime
    end: datetime
    open_hours: tuple[Window, ...] = field(default=())


def _local(moment: datetime, time_zone: str) -> str:
    return f"{moment.astimezone(zone(time_zone)):%Y-%m-%d %H:%M}"


def _span(start: datetime, end: datetime, time_zone: str) -> str:
    first, last = start.astimezone(zone(time_zone)), end.astimezone(zone(time_zone))
    if first.date() == last.date():
        return f"{first:%Y-%m-%d %H:%M}–{last:%H:%M}"
    return f"{first:%Y-%m-%d %H:%M} to {last:%Y-%m-%d %H:%M}"


def _where(booking: Booking) -> str:
    return ", ".join(p for p in (booking.stage_name, booking.venue_name) if p)


def _place(booking: Booking) -> str:
    where = _where(booking)
    return f" ({where})" if where else ""


def _days_text(start: datetime, end: datetime, time_zone: str) -> str:
    tz = zone(time_zone)
    first = start.astimezone(tz).date()
    last = max((end - timedelta(microseconds=1)).astimezone(tz).date(), first)
    return first.isoformat() if first == last else f"{first.isoformat()} to {last.isoformat()}"


def margin_between(a: Booking, b: Booking, margins: Margins) -> timedelta:
    """The time a person needs from one booking to the other: none on one stage or online,
    the travel margin between venues in different cities, the changeover margin else."""
    if a.digital or b.digital:
        return timedelta(0)
    if a.stage_id is not None and a.stage_id == b.stage_id:
        return timedelta(0)
    cities = a.city.strip().casefold(), b.city.strip().casefold()
    elsewhere = a.venue_id is not None and b.venue_id is not None and a.venue_id != b.venue_id
    if elsewhere and all(cities) and cities[0] != cities[1]:
        return timedelta(minutes=margins.travel)
    if a.stage_id is None and b.stage_id is None and a.venue_id == b.venue_id:
        return timedelta(0) if a.venue_id is None else timedelta(minutes=margins.changeover)
    return timedelta(minutes=margins.changeover)


def person_conflicts(
    bookings: Iterable[Booking], margins: Margins, *, only: str | None = None
) -> list[Conflict]:
    """A person (role not declined) in two places at once, margins counted: one conflict a
    pair of bookings. With ``only``: those that involve the booking of that ``ident``."""
    kind = ConflictKind.PERSON_DOUBLE_BOOKED
    by_person: dict[int, list[Booking]] = {}
    for booking in bookings:
        if not booking.declined:
            by_person.setdefault(booking.contact_id, []).append(booking)
    widest = margins.widest
    found: list[Conflict] = []
    for contact_id, mine in by_person.items():
        mine.sort(key=lambda b: (b.start, b.end, b.ident))
        for index, first in enumerate(mine):
            for second in mine[index + 1 :]:
                if second.start >= first.end + widest:
                    break
                if only is not None and only not in (first.ident, second.ident):
                    continue
                if first.ident == second.ident or _nested(first, second):
                    continue
                gap = margin_between(first, second, margins)
                if not (second.start < first.end + gap and first.start < second.end + gap):
                    continue
                start, end = max(first.start, second.start), min(first.end, second.end)
                if start >= end:  # within the margin: the gap between them
                    start, end = min(first.end, second.end), max(first.start, second.start)
                tz = zone(first.time_zone)
                at_once = max(first.start, second.start) < min(first.end, second.end)
                minutes = "" if at_once else str(int(gap.total_seconds() // 60))
                why = f"with less than {minutes} minutes between" if minutes else "at the same time"
                one = _span(first.start, first.end, first.time_zone)
                other = _span(second.start, second.end, second.time_zone)
                note = (f"{first.contact_name} is booked twice {why}: {first.title!r}"
                        f"{_place(first)} {one} as {first.role} and {second.title!r}"
                        f"{_place(second)} {other} as {second.role}")  # fmt: skip
                key = conflict_key(
                    kind, f"{contact_id}:{first.ident}", f"{contact_id}:{second.ident}"
                )
                found.append(Conflict(kind, DEFAULT_SEVERITY[kind], start.astimezone(tz),
                                      end.astimezone(tz), key,
                                      sessions=_together(first.sessions, second.sessions),
                                      people=(contact_id,), note=note,
                                      details=(first.contact_name, first.title, _where(first),
                                               one, first.role, second.title, _where(second),
                                               other, second.role, minutes)))  # fmt: skip
    return found


def _together(first: tuple[int, ...], second: tuple[int, ...]) -> tuple[int, ...]:
    return tuple(dict.fromkeys((*first, *second)))


def _nested(a: Booking, b: Booking) -> bool:
    return a.ident in b.within or b.ident in a.within


def declined_conflicts(bookings: Iterable[Booking]) -> list[Conflict]:
    """A person still booked in a role they declined: one conflict a role."""
    kind = ConflictKind.ROLE_DECLINED
    found: list[Conflict] = []
    for b in bookings:
        if not b.declined:
            continue
        note = (f"{b.contact_name} declined to be {b.role} of {b.title!r}{_place(b)} "
                f"{_span(b.start, b.end, b.time_zone)}, and is still booked")  # fmt: skip
        tz = zone(b.time_zone)
        key = conflict_key(kind, str(b.contact_id), f"{b.ident}\x1e{b.role}")
        found.append(Conflict(kind, DEFAULT_SEVERITY[kind], b.start.astimezone(tz),
                              b.end.astimezone(tz), key, sessions=b.sessions,
                              people=(b.contact_id,), note=note,
                              details=(b.contact_name, b.role, b.title, _where(b),
                                       _span(b.start, b.end, b.time_zone))))  # fmt: skip
    return found


def availability_conflicts(
    bookings: Iterable[Booking],
    unavailable: Mapping[int, Sequence[Window]],
    available: Mapping[int, Sequence[Window]],
) -> list[Conflict]:
    """A person (role not declined) booked when they said they cannot be there, or on a day
    they gave hours for, outside those hours: one conflict a booking."""
    kind = ConflictKind.OUTSIDE_AVAILABILITY
    found: list[Conflict] = []
    for b in bookings:
        if b.declined:
            continue
        why, reason, detail = "", "", ""
        for window in unavailable.get(b.contact_id, ()):
            if window.start < b.end and b.start < window.end:
                why = "when they cannot be there" + (f" ({window.note})" if window.note else "")
                reason, detail = "unavailable", window.note
                break
        if not why:
            days = _days(b.start, b.end, b.time_zone)
            given = [w for w in available.get(b.contact_id, ())
                     if days & _days(w.start, w.end, b.time_zone)]  # fmt: skip
            if given and not any(w.start <= b.start and b.end <= w.end for w in given):
                hours = ", ".join(_span(w.start, w.end, b.time_zone) for w in given)
                why = f"outside the hours they can be there ({hours})"
                reason, detail = "hours", hours
        if not why:
            continue
        note = (f"{b.contact_name} is booked as {b.role} of {b.title!r}{_place(b)} "
                f"{_span(b.start, b.end, b.time_zone)} {why}")  # fmt: skip
        tz = zone(b.time_zone)
        key = conflict_key(kind, str(b.contact_id), b.ident)
        found.append(Conflict(kind, DEFAULT_SEVERITY[kind], b.start.astimezone(tz),
                              b.end.astimezone(tz), key, sessions=b.sessions,
                              people=(b.contact_id,), note=note,
                              details=(b.contact_name, b.role, b.title, _where(b),
                                       _span(b.start, b.end, b.time_zone), reason,
                                       detail)))  # fmt: skip
    return found


def _days(start: datetime, end: datetime, time_zone: str) -> set[date]:
    tz = zone(time_zone)
    first = start.astimezone(tz).date()
    last = (end - timedelta(microseconds=1)).astimezone(tz).date() if end > start else first
    days: set[date] = set()
    day = first
    while day <= last:
        days.add(day)
        day += timedelta(days=1)
    return days


def stage_conflicts(slots: Iterable[Slot], *, only: int | None = None) -> list[Conflict]:
    """Two sessions on one stage at once: one conflict a pair."""
    kind = ConflictKind.STAGE_DOUBLE_BOOKED
    by_stage: dict[int, list[Slot]] = {}
    for slot in slots:
        if slot.stage_id is not None:
            by_stage.setdefault(slot.stage_id, []).append(slot)
    found: list[Conflict] = []
    for here in by_stage.values():
        here.sort(key=lambda s: (s.start, s.end, s.session_id))
        for index, first in enumerate(here):
            for second in here[index + 1 :]:
                if second.start >= first.end:
                    break
                if first.session_id == second.session_id:
                    continue
                if only is not None and only not in (first.session_id, second.session_id):
                    continue
                tz = zone(first.time_zone)
                one = _span(first.start, first.end, first.time_zone)
                other = _span(second.start, second.end, second.time_zone)
                note = (f"The stage {first.stage_name!r} of {first.event_title!r} has two "
                        f"sessions at once: {first.title!r} ({one}) and {second.title!r} "
                        f"({other})")  # fmt: skip
                key = conflict_key(kind, f"s{first.session_id}", f"s{second.session_id}")
                found.append(Conflict(kind, DEFAULT_SEVERITY[kind],
                                      max(first.start, second.start).astimezone(tz),
                                      min(first.end, second.end).astimezone(tz), key,
                                      sessions=(first.session_id, second.session_id),
                                      note=note, details=(first.stage_name, first.event_title,
                                                          first.title, one, second.title,
                                                          other)))  # fmt: skip
    return found


def outside_event_conflicts(
    slots: Iterable[Slot], events: Mapping[int, EventDays]
) -> list[Conflict]:
    """A session outside its event's days, or on an open day outside its opening hours."""
    kind = ConflictKind.SESSION_OUTSIDE_EVENT
    found: list[Conflict] = []
    for slot in slots:
        event = events.get(slot.event_id)
        if event is None:
            continue
        if slot.start < event.start or slot.end > event.end:
            shown = _span(slot.start, slot.end, event.time_zone)
            reason, bounds = "days", _days_text(event.start, event.end, event.time_zone)
            note = (f"{slot.title!r} ({shown}) lies outside the days of its event "
                    f"{event.title!r} ({bounds})")  # fmt: skip
        else:
            if not event.open_hours:  # (most events: nothing worked out for their sessions)
                continue
            days = _days(slot.start, slot.end, event.time_zone)
            hours = [w for w in event.open_hours if days & _days(w.start, w.end, event.time_zone)]
            if not hours or any(w.start <= slot.start and slot.end <= w.end for w in hours):
                continue
            shown = _span(slot.start, slot.end, event.time_zone)
            bounds = ", ".join(_span(w.start, w.end, event.time_zone) for w in hours)
            reason = "hours"
            note = (f"{slot.title!r} ({shown}) lies outside the opening hours of "
                    f"{event.title!r} that day ({bounds})")  # fmt: skip
        key = conflict_key(kind, f"s{slot.session_id}")
        tz = zone(event.time_zone)
        found.append(Conflict(kind, DEFAULT_SEVERITY[kind], slot.start.astimezone(tz),
                              slot.end.astimezone(tz), key, sessions=(slot.session_id,),
                              note=note, details=(slot.title, shown, event.title, bounds,
                                                  reason)))  # fmt: skip
    return found
