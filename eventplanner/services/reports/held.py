"""Which of a project's events were held in a period: single events by their start, series
by each occurrence (struck-out and cancelled ones left out), in the event's own time zone.
Held means it has begun by the moment the report is made: an event still ahead, a draft or
one called off is not (yet) held, however its days fall in the period.

Events are few (hundreds a year), so each is placed in the period in Python after an index
range query with a day's margin either side; the registrations, which are many, are counted
in SQL (``services.reports.figures``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import and_, false, func, or_, select
from sqlalchemy.orm import Session

from eventplanner.domain.enums import EventStatus
from eventplanner.persistence.schema import EventRow, OccurrenceChangeRow, SeriesOccurrenceRow

_MARGIN = timedelta(days=1, hours=14)
"""Wider than any zone's offset from UTC."""


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


def held_in(
    session: Session, project_id: int, first: date, last: date, now: datetime
) -> list[Held]:
    """The project's events held from ``first`` to ``last`` (both included) that began
    before ``now``, in date order."""
    lo = datetime.combine(first, time(), UTC) - _MARGIN
    hi = datetime.combine(last + timedelta(days=1), time(), UTC) + _MARGIN
    columns = (EventRow.id, EventRow.title, EventRow.kind, EventRow.public, EventRow.all_day,
               EventRow.time_zone)  # fmt: skip
    not_held = (EventStatus.CANCELLED.value, EventStatus.DRAFT.value)
    mine = and_(EventRow.project_id == project_id, EventRow.status.not_in(not_held))
    hi = min(hi, now)
    singles = select(*columns, EventRow.starts_at, EventRow.ends_at).where(
        mine, EventRow.is_recurring == false(), EventRow.starts_at >= lo, EventRow.starts_at < hi
    )
    # An occurrence cancelled is left out; one moved counts where it moved to (its change's
    # times; a change keeps NULL for what it leaves as the series has it).
    change = OccurrenceChangeRow
    occurrences = (
        select(
            EventRow.id, func.coalesce(change.title, EventRow.title), EventRow.kind,
            EventRow.public, EventRow.all_day, EventRow.time_zone,
            func.coalesce(change.starts_at, SeriesOccurrenceRow.starts_at),
            func.coalesce(change.ends_at, SeriesOccurrenceRow.ends_at),
        )
        .select_from(SeriesOccurrenceRow)
        .join(EventRow, EventRow.id == SeriesOccurrenceRow.event_id)
        .outerjoin(
            change,
            and_(
                change.event_id == SeriesOccurrenceRow.event_id,
                change.recurrence_id == SeriesOccurrenceRow.recurrence_id,
            ),
        )
        .where(
            mine,
            or_(change.id.is_(None), change.cancelled == false()),
            SeriesOccurrenceRow.starts_at >= lo,
            SeriesOccurrenceRow.starts_at < hi,
        )
    )  # fmt: skip
    found: list[Held] = []
    for statement in (singles, occurrences):
        for ident, title, kind, public, all_day, zone, starts, ends in session.execute(statement):
            local = starts.astimezone(ZoneInfo(zone))
            day = local.date()
            if not first <= day <= last or starts >= now:
                continue
            length = ends - starts
            if all_day:
                days = max(1, round(length / timedelta(days=1)))
                hours = Decimal(0)
            else:
                days = 1
                minutes = int(length.total_seconds()) // 60
                hours = (Decimal(minutes) / 60).quantize(Decimal("0.01")).normalize()
            found.append(Held(ident, title, kind, bool(public), day, hours, days))
    found.sort(key=lambda h: (h.day, h.event_id))
    return found
