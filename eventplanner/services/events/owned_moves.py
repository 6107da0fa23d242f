"""What an event owns with times of its own moves with the event to other days
(``OwnedTable.moves``), its published programme and tasks with it.
"""

from __future__ import annotations

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from eventplanner.domain.programme import shifted as shifted_in_zone
from eventplanner.services.changes import Action, ChangeSet
from eventplanner.services.events import owned
from eventplanner.services.events.owned_table import Shift
from eventplanner.services.events.release_moves import release_moved
from eventplanner.services.events.task_moves import TasksFrom, tasks_followed_since


def move_with_event(
    session: Session, event_id: int, shift: Shift, *, tasks_before: TasksFrom
) -> ChangeSet:
    """Move what an event owns that has times of its own (``OwnedTable.moves``) by
    ``shift``, as the event itself moved to other days: the same wall-clock times in its
    zone, each row's version raised; and its published programme with it, as a new release
    (``release_moves``: releases never change); and its open, unpinned tasks whose anchor
    moved (its start and end were ``tasks_before``: ``task_moves.tasks_start`` before the
    write) counted again from where their anchors now lie (``task_moves``). What it moved
    and made, as a change set."""
    moved = ChangeSet()
    if shift.moved:
        moved = _times_moved(session, event_id, shift)
    # Its tasks follow where the event (and its phases) now lie: also when only its end moved.
    moved = moved | tasks_followed_since(session, event_id, tasks_before, phase_days=shift.days)
    if moved:
        session.expire_all()
    return moved


def _times_moved(session: Session, event_id: int, shift: Shift) -> ChangeSet:
    moved = release_moved(session, event_id, shift)
    for declared in owned.OWNED_TABLES:
        if declared.moves is None or declared.parent != "events":
            continue
        table = declared.table
        found = session.execute(
            select(table.c.id, table.c.starts_at, table.c.ends_at, table.c.version).where(
                table.c[declared.link] == event_id
            )
        ).all()
        if not found:
            continue
        values = [
            {
                "b_id": ident,
                "b_starts": shifted_in_zone(starts, shift.days, shift.time_zone),
                "b_ends": shifted_in_zone(ends, shift.days, shift.time_zone),
                "b_version": version + 1,
            }
            for ident, starts, ends, version in found
        ]
        statement = (
            update(table)
            .where(table.c.id == bindparam("b_id"))
            .values(
                starts_at=bindparam("b_starts"),
                ends_at=bindparam("b_ends"),
                version=bindparam("b_version"),
            )
        )
        session.connection().execute(statement, values)
        moved = moved | ChangeSet.of(declared.moves, Action.CHANGED, (row.id for row in found))
    return moved
