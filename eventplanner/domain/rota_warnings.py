"""What the rota warns of while it is planned, and its coverage grid (issue 15).

Warnings: a shift below its need; a person in two shifts at once, or in a shift and a
session or another event at once (the programme's own rule, ``person_conflicts``, on the
shifts as bookings); a person over a daily maximum of hours; a shift with no one on it who
has a skill it requires. Each worded in English in its ``note``; the kind, shifts and
person named for a window to word it in its language.

The coverage grid: per day, its hours × its shifts, needed against assigned in each slot,
as plain data for a window to colour.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from eventplanner.domain.conflicts import Conflict
from eventplanner.domain.programme_conflicts import Booking, Margins, person_conflicts
from eventplanner.domain.rota import Shift, ShiftPerson, skill_key
from eventplanner.domain.timezones import zone

DEFAULT_DAILY_HOURS = 8.0
"""A person's daily maximum of rota hours unless a setting or option says otherwise."""


class WarningKind(StrEnum):
    BELOW_NEED = "below-need"
    DOUBLE_BOOKED = "double-booked"
    OVER_DAILY_MAXIMUM = "over-daily-maximum"
    MISSING_SKILL = "missing-skill"


@dataclass(frozen=True, slots=True)
class RotaWarning:
    kind: WarningKind
    note: str
    shift_ids: tuple[int, ...] = ()
    contact_id: int | None = None
    day: date | None = None


def shift_ident(shift_id: int) -> str:
    """A shift's name among the programme's bookings ("s12" a session, "e4" an event)."""
    return f"r{shift_id}"


def shift_bookings(
    shifts: Iterable[Shift],
    people: Iterable[ShiftPerson],
    time_zone: str,
    *,
    venue: tuple[int | None, str, str] = (None, "", ""),
) -> list[Booking]:
    """The people on ``shifts`` as the programme's bookings: within their event (a role on
    the whole event is no conflict with its shifts), at its venue."""
    by_id = {s.id: s for s in shifts}
    venue_id, venue_name, city = venue
    found = []
    for person in people:
        shift = by_id.get(person.shift_id)
        if shift is None or shift.id is None:
            continue
        found.append(
            Booking(
                person.contact_id,
                person.contact_name,
                "rota staff",
                False,
                shift_ident(shift.id),
                shift.shown_title,
                shift.start,
                shift.end,
                time_zone,
                shift.event_id,
                (),
                (f"e{shift.event_id}",),
                None,
                "",
                venue_id,
                venue_name,
                city,
            )
        )
    return found


def below_need(shifts: Iterable[Shift], people: Iterable[ShiftPerson]) -> list[RotaWarning]:
    counts = _counts(people)
    found = []
    for shift in shifts:
        have = counts.get(shift.id or 0, 0)
        if have < shift.needed:
            note = (f"{shift.shown_title!r} ({_span(shift)}) has {have} of the "
                    f"{shift.needed} people it needs")  # fmt: skip
            found.append(RotaWarning(WarningKind.BELOW_NEED, note, (shift.id or 0,)))
    return found


def double_booked(
    own: Sequence[Booking], others: Iterable[Booking], margins: Margins
) -> list[RotaWarning]:
    """A person on a shift of ``own`` and, at once, on another shift or in a session or
    another event (``others``): the programme's person rule, only the pairs with a shift.
    Two shifts of one rota are at one stand: back to back is no conflict, so between them
    no margin counts; between a shift and anything else the programme's margins do."""
    mine: dict[int, list[Booking]] = defaultdict(list)
    theirs: dict[int, list[Booking]] = defaultdict(list)
    for booking in own:
        mine[booking.contact_id].append(booking)
    for booking in others:
        theirs[booking.contact_id].append(booking)
    found: dict[str, tuple[Conflict, set[int]]] = {}
    for booking in own:
        person = booking.contact_id
        conflicts = person_conflicts(mine[person], Margins(0, 0), only=booking.ident)
        conflicts += person_conflicts([booking, *theirs[person]], margins, only=booking.ident)
        for conflict in conflicts:
            known = found.setdefault(conflict.key, (conflict, set()))
            known[1].add(int(booking.ident[1:]))
    return [
        RotaWarning(
            WarningKind.DOUBLE_BOOKED,
            conflict.note,
            tuple(sorted(shifts)),
            conflict.people[0] if conflict.people else None,
        )
        for conflict, shifts in sorted(found.values(), key=lambda f: (f[0].start, f[0].key))
    ]


def over_daily_maximum(
    shifts: Iterable[Shift],
    people: Iterable[ShiftPerson],
    time_zone: str,
    maximum_hours: float = DEFAULT_DAILY_HOURS,
) -> list[RotaWarning]:
    """A person on more than ``maximum_hours`` of shifts on one day (a shift past midnight
    counts on each day by its hours there)."""
    tz = zone(time_zone)
    by_id = {s.id: s for s in shifts}
    hours: dict[tuple[int, date], float] = defaultdict(float)
    on: dict[tuple[int, date], list[int]] = defaultdict(list)
    names: dict[int, str] = {}
    for person in people:
        shift = by_id.get(person.shift_id)
        if shift is None:
            continue
        names[person.contact_id] = person.contact_name
        for day, length in _hours_by_day(shift.start.astimezone(tz), shift.end.astimezone(tz)):
            hours[(person.contact_id, day)] += length
            on[(person.contact_id, day)].append(shift.id or 0)
    found = []
    for (contact, day), total in sorted(hours.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        if total > maximum_hours + 1e-9:
            note = (
                f"{names[contact]} is on {_number(total)} hours of shifts on "
                f"{day.isoformat()}, over the daily maximum of {_number(maximum_hours)}"
            )
            found.append(RotaWarning(WarningKind.OVER_DAILY_MAXIMUM, note,
                                     tuple(on[(contact, day)]), contact, day))  # fmt: skip
    return found


def missing_skills(
    shifts: Iterable[Shift],
    people: Iterable[ShiftPerson],
    skills: Mapping[int, Iterable[str]],
) -> list[RotaWarning]:
    """A shift requiring a skill that no one on it has (``skills``: each contact's)."""
    on: dict[int, list[int]] = defaultdict(list)
    for person in people:
        on[person.shift_id].append(person.contact_id)
    has = {contact: {skill_key(s) for s in theirs} for contact, theirs in skills.items()}
    found = []
    for shift in shifts:
        for skill in shift.skills:
            key = skill_key(skill)
            if not any(key in has.get(c, set()) for c in on.get(shift.id or 0, [])):
                note = (f"no one on {shift.shown_title!r} ({_span(shift)}) has the skill "
                        f"{skill!r} it requires")  # fmt: skip
                found.append(RotaWarning(WarningKind.MISSING_SKILL, note, (shift.id or 0,)))
    return found


# -- the coverage grid ------------------------------------------------------------------------


class Coverage(StrEnum):
    UNDER = "under"
    FULL = "full"
    OVER = "over"


def coverage_of(needed: int, assigned: int) -> Coverage:
    if assigned < needed:
        return Coverage.UNDER
    return Coverage.OVER if assigned > needed else Coverage.FULL


@dataclass(frozen=True, slots=True)
class Cell:
    needed: int
    assigned: int

    @property
    def coverage(self) -> Coverage:
        return coverage_of(self.needed, self.assigned)


@dataclass(frozen=True, slots=True)
class CoverageDay:
    """One day's grid: ``cells[hour][shift]`` is the slot of that hour of that shift (None
    where the shift does not reach it); ``totals[hour]`` the hour's across its shifts."""

    day: date
    hours: tuple[time, ...]
    shift_ids: tuple[int, ...]
    cells: tuple[tuple[Cell | None, ...], ...]
    totals: tuple[Cell, ...]


def coverage_grid(
    shifts: Sequence[Shift], people: Iterable[ShiftPerson], time_zone: str
) -> tuple[CoverageDay, ...]:
    """Per day with shifts (by their local start), its whole hours from the first shift's
    start to the last's end (to midnight at most) × its shifts."""
    tz = zone(time_zone)
    counts = _counts(people)
    by_day: dict[date, list[Shift]] = defaultdict(list)
    for shift in sorted(shifts, key=lambda s: (s.start, s.id or 0)):
        by_day[shift.start.astimezone(tz).date()].append(shift)
    days = []
    for day, mine in sorted(by_day.items()):
        midnight = datetime.combine(day, time(), tzinfo=tz)
        first = min(s.start.astimezone(tz).hour for s in mine)
        last_end = max(min(s.end, midnight + timedelta(days=1)) for s in mine)
        last = min(24, -(-int((last_end - midnight).total_seconds()) // 3600))
        hours = tuple(range(first, max(last, first + 1)))
        cells, totals = [], []
        for hour in hours:
            low = midnight + timedelta(hours=hour)
            high = low + timedelta(hours=1)
            row = tuple(
                Cell(s.needed, counts.get(s.id or 0, 0)) if s.start < high and low < s.end else None
                for s in mine
            )
            cells.append(row)
            present = [c for c in row if c is not None]
            totals.append(Cell(sum(c.needed for c in present), sum(c.assigned for c in present)))
        days.append(
            CoverageDay(
                day,
                tuple(time(h) for h in hours),
                tuple(s.id or 0 for s in mine),
                tuple(cells),
                tuple(totals),
            )
        )
    return tuple(days)


# -- helpers --------------------------------------------------------------------------------


def _counts(people: Iterable[ShiftPerson]) -> dict[int, int]:
    counts: dict[int, int] = defaultdict(int)
    for person in people:
        counts[person.shift_id] += 1
    return counts


def _span(shift: Shift) -> str:
    start, end = shift.start, shift.end.astimezone(shift.start.tzinfo)
    if start.date() == end.date():
        return f"{start:%Y-%m-%d %H:%M}–{end:%H:%M}"
    return f"{start:%Y-%m-%d %H:%M} to {end:%Y-%m-%d %H:%M}"


def _hours_by_day(start: datetime, end: datetime) -> list[tuple[date, float]]:
    found = []
    at = start
    while at < end:
        next_midnight = datetime.combine(at.date() + timedelta(days=1), time(), tzinfo=at.tzinfo)
        upto = min(end, next_midnight)
        found.append((at.date(), (upto - at).total_seconds() / 3600))
        at = upto
    return found


def _number(hours: float) -> str:
    return f"{hours:g}" if hours == int(hours) else f"{hours:.1f}"
