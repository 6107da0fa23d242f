"""Which of a project's events were held in a period: single events by their start, series
by each occurrence, in the event's own time zone. The occurrences are the calendar's own
(``services.events.queries``): endless series are expanded, a moved occurrence counts where
it moved to, and one cancelled or made a draft (the series' status or its own) is not held.
Held means it has begun by the moment the report is made: an event still ahead is not (yet)
held, however its days fall in the period.

A series' registrations belong to the whole series: they count in the period that holds its
first held occurrence only (``counts_people``), so yearly reports add up to the whole run's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import func, select, true
from sqlalchemy.orm import Session

from eventplanner.domain.enums import EventStatus
from eventplanner.domain.filters import EventFilter, TimeWindow
from eventplanner.domain.timezones import zone
from eventplanner.domain.timing import AllDaySpan
from eventplanner.persistence.schema import EventRow, OccurrenceChangeRow
from eventplanner.services.events.queries import find_occurrences

_MARGIN = timedelta(days=1, hours=14)
"""Wider than any zone's offset from UTC."""

_HELD_STATUSES = frozenset(EventStatus) - {EventStatus.CANCELLED, EventStatus.DRAFT}


@dataclass(frozen=True, slots=True)
class Held:
    """One event (or occurrence of a series) held in the period."""

    event_id: int
    title: str
    kind: str
    public: bool
    day: date
    """Its first day, in its own time zone."""
    hours: Decimal
    """Zero for an all-day event."""
    days: int
    counts_people: bool = True
    """Whether the event's registrations (and programme) count in this period: always for
    a single event; for a series, only in the period of its first held occurrence."""


def held_in(
    session: Session, project_id: int, first: date, last: date, now: datetime
) -> list[Held]:
    """The project's events held from ``first`` to ``last`` (both included) that began
    before ``now``, in date order."""
    lo = datetime.combine(first, time(), UTC) - _MARGIN
    hi = datetime.combine(last + timedelta(days=1), time(), UTC) + _MARGIN
    # From the first series' start (or an occurrence moved before it), to learn each series'
    # first held occurrence.
    series = select(func.min(EventRow.starts_at)).where(
        EventRow.project_id == project_id, EventRow.is_recurring == true()
    )
    moved = (
        select(func.min(OccurrenceChangeRow.starts_at))
        .join(EventRow, EventRow.id == OccurrenceChangeRow.event_id)
        .where(EventRow.project_id == project_id)
    )
    earliest = [lo, *(s for s in (session.scalar(series), session.scalar(moved)) if s)]
    start = min(_aware(s) for s in earliest) - _MARGIN
    where = EventFilter(
        project_ids=frozenset({project_id}), statuses=_HELD_STATUSES, include_cancelled=False
    )
    found: list[Held] = []
    firsts: dict[int, date] = {}
    public: dict[int, bool] = {}
    occurrences = [
        o
        for o in find_occurrences(session, TimeWindow(start, hi), where)
        if o.project_id == project_id and o.status in _HELD_STATUSES and o.timing.utc_start < now
    ]
    ids = sorted({o.event_id for o in occurrences})
    if ids:
        public = dict(
            session.execute(select(EventRow.id, EventRow.public).where(EventRow.id.in_(ids))).all()
        )
    for occurrence in occurrences:
        timing = occurrence.timing
        if isinstance(timing, AllDaySpan):
            day, days, hours = timing.first_day, timing.days, Decimal(0)
        else:
            begins, ends = timing.utc_bounds()  # real time, across a change of clock too
            day = begins.astimezone(zone(timing.time_zone)).date()
            minutes = int((ends - begins).total_seconds()) // 60
            days, hours = 1, (Decimal(minutes) / 60).quantize(Decimal("0.01")).normalize()
        ident = occurrence.event_id
        if occurrence.recurrence_id is not None:
            firsts[ident] = min(firsts.get(ident, day), day)
        if first <= day <= last:
            found.append(Held(ident, occurrence.title, occurrence.kind.value,
                              bool(public.get(ident)), day, hours, days))  # fmt: skip
    found = [h if h.event_id not in firsts else _first_or_not(h, firsts[h.event_id]) for h in found]
    found.sort(key=lambda h: (h.day, h.event_id))
    return found


def _first_or_not(held: Held, first_day: date) -> Held:
    return Held(held.event_id, held.title, held.kind, held.public, held.day, held.hours,
                held.days, held.day == first_day)  # fmt: skip


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)
