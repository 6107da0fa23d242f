"""Where a row naming a person belongs: its event (through a block, a session, a shift or a
stand where it has no event of its own) and what of it a person reads ("Opening keynote",
"Build-up 08:00").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from eventplanner.persistence.schema import (
    BlockRow,
    EventRow,
    SessionRow,
    ShiftRow,
    StandRow,
)


@dataclass(frozen=True, slots=True)
class EventPlace:
    """An event as a person's record names it."""

    id: int
    title: str
    starts_at: datetime
    ends_at: datetime
    """Its last occurrence's end for a series that ends; its first's for one without end."""
    endless: bool = False


_THROUGH: dict[str, tuple[str, Any, Any, Any]] = {
    # table: (its column naming the parent, the parent's id, its event, what a person reads)
    "block_people": ("block_id", BlockRow.id, BlockRow.event_id, BlockRow.title),
    "session_people": ("session_id", SessionRow.id, SessionRow.event_id, SessionRow.title),
    "shift_people": ("shift_id", ShiftRow.id, ShiftRow.event_id, ShiftRow.title),
    "co_exhibitors": ("stand_id", StandRow.id, StandRow.event_id, StandRow.booth),
    "exhibitor_staff": ("stand_id", StandRow.id, StandRow.event_id, StandRow.booth),
    "stand_materials": ("stand_id", StandRow.id, StandRow.event_id, StandRow.booth),
}


def event_ids_of(
    session: Session, table: str, rows: Iterable[Mapping[str, Any]]
) -> list[int | None]:
    """Each row's event id (None for a row of no event: a skill, a task of its own)."""
    found = list(rows)
    if table in _THROUGH:
        column, ident, event, _what = _THROUGH[table]
        parents = {r[column] for r in found}
        events: dict[int, int] = dict(
            session.execute(select(ident, event).where(ident.in_(parents))).all()
        )
        return [events.get(r[column]) for r in found]
    return [r.get("event_id") for r in found]


def details_of(session: Session, table: str, rows: Iterable[Mapping[str, Any]]) -> list[str]:
    """What of each row's parent a person reads: a session's or a block's title, a shift's
    title (or kind), a stand's booth; "" where there is nothing more to say."""
    found = list(rows)
    if table not in _THROUGH:
        return ["" for _ in found]
    column, ident, _event, what = _THROUGH[table]
    parents = {r[column] for r in found}
    if table == "shift_people":
        titles = {
            i: (t or kind) for i, t, kind in session.execute(
                select(ShiftRow.id, ShiftRow.title, ShiftRow.kind).where(ShiftRow.id.in_(parents))
            )
        }  # fmt: skip
    else:
        titles = dict(session.execute(select(ident, what).where(ident.in_(parents))).all())
    return [str(titles.get(r[column]) or "") for r in found]


def events_of(session: Session, ids: Iterable[int | None]) -> dict[int, EventPlace]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    statement = select(
        EventRow.id, EventRow.title, EventRow.starts_at, EventRow.ends_at,
        EventRow.is_recurring, EventRow.series_ends_at,
    ).where(EventRow.id.in_(wanted))  # fmt: skip
    return {
        ident: EventPlace(
            ident,
            title,
            starts,
            series_end if recurring and series_end is not None else ends,
            endless=bool(recurring and series_end is None),
        )
        for ident, title, starts, ends, recurring, series_end in session.execute(statement)
    }
