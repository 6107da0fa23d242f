"""Where an event lies, as a change set names it: its id, UID and the instants from its
first occurrence's start to its series' end (None for a series that never ends).

Read from the stored row, before a write changes it and after, so a change set names both
the period an event left and the one it came to.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from eventplanner.persistence.schema import EventRow, OccurrenceChangeRow
from eventplanner.services.changes import EventTouch, Period

_CHUNK = 500


def period_of(
    starts_at: datetime,
    ends_at: datetime,
    recurring: bool,
    series_ends_at: datetime | None,
    earliest_moved: datetime | None = None,
) -> Period:
    """The instants an event covers: a series from its first start (or an occurrence moved
    before it) to its last occurrence's end, None when it never ends."""
    start = starts_at if earliest_moved is None else min(starts_at, earliest_moved)
    return Period(start, series_ends_at if recurring else ends_at)


def touch_of(row: EventRow, *before: EventTouch) -> EventTouch:
    """The event as its row stands now, with the periods of ``before`` (the same event
    read before the write) kept in front."""
    moved = [c.starts_at for c in row.changes if c.starts_at is not None]
    now = period_of(
        row.starts_at, row.ends_at, row.is_recurring, row.series_ends_at, min(moved, default=None)
    )
    periods = tuple(p for t in before for p in t.periods)
    return EventTouch(row.id, row.uid, periods + tuple(p for p in (now,) if p not in periods))


def touches(session: Session, ids: Iterable[int]) -> list[EventTouch]:
    """The stored events with these ids (read in bulk, one statement per 500), in id order."""
    wanted: Sequence[int] = sorted(set(ids))
    found: list[EventTouch] = []
    for begin in range(0, len(wanted), _CHUNK):
        chunk = wanted[begin : begin + _CHUNK]
        moved = (
            select(
                OccurrenceChangeRow.event_id.label("event_id"),
                func.min(OccurrenceChangeRow.starts_at).label("earliest"),
            )
            .where(OccurrenceChangeRow.event_id.in_(chunk))
            .group_by(OccurrenceChangeRow.event_id)
            .subquery()
        )
        statement = (
            select(
                EventRow.id,
                EventRow.uid,
                EventRow.starts_at,
                EventRow.ends_at,
                EventRow.is_recurring,
                EventRow.series_ends_at,
                moved.c.earliest,
            )
            .outerjoin(moved, moved.c.event_id == EventRow.id)
            .where(EventRow.id.in_(chunk))
            .order_by(EventRow.id)
        )
        for ident, uid, starts, ends, recurring, series_end, earliest in session.execute(statement):
            period = period_of(starts, ends, recurring, series_end, earliest)
            found.append(EventTouch(ident, uid, (period,)))
    return found
