"""The conflicts that hold an event's release (issue 14): those of severity ``HOLD``, not
accepted with a reason, that involve the sessions of the event's programme (its draft, the
one about to be released).

The programme's service sits below the conflicts' (``services.programme`` may not import
``services.conflicts``), so the workspace hands ``holding_finder(...)`` to the release
service as a plain function of an event's id.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from sqlalchemy import func, select

from eventplanner.domain.conflicts import Conflict
from eventplanner.domain.errors import NotFoundError
from eventplanner.domain.filters import TimeWindow
from eventplanner.persistence.database import Database
from eventplanner.persistence.schema import EventRow, SessionRow
from eventplanner.services.conflicts.service import ConflictService

_AROUND = timedelta(days=1)
"""Looked for a day either side of the sessions: a person's margins reach past them."""


def holding_conflicts(
    database: Database, conflicts: ConflictService, event_id: int
) -> tuple[Conflict, ...]:
    """The unaccepted ``HOLD`` conflicts on the sessions of ``event_id``, by time."""
    with database.reading() as session:
        event = session.get(EventRow, event_id)
        if event is None:
            raise NotFoundError(f"there is no event with id {event_id} (it may have been deleted)")
        ids = set(session.scalars(select(SessionRow.id).where(SessionRow.event_id == event_id)))
        first, last = session.execute(
            select(func.min(SessionRow.starts_at), func.max(SessionRow.ends_at)).where(
                SessionRow.event_id == event_id
            )
        ).one()
        time_zone = event.time_zone
    if not ids or first is None or last is None:
        return ()
    window = TimeWindow(first - _AROUND, last + _AROUND, time_zone)
    found = [c for c in conflicts.conflicts(window) if c.holds and ids.intersection(c.sessions)]
    return tuple(sorted(found, key=lambda c: c.sort_key))


def holding_finder(
    database: Database, conflicts: Callable[[], ConflictService]
) -> Callable[[int], tuple[Conflict, ...]]:
    """``holding_conflicts`` as a function of an event's id (the conflicts' service made
    only when first asked)."""
    return lambda event_id: holding_conflicts(database, conflicts(), event_id)
