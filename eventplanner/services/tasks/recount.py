"""Open tasks counted again in the database's working days: after its working-days setting
changed (``services.working_days``), the tasks already counted keep their dates until a
coordinator asks for this, having seen which move, from → to (``planned_recount``).

Each open, unpinned task with a rule is counted again from where its anchor lies now (its
event's start or end, a phase, a fair deadline, another task); a task with a date of its
own stays. Undoing it (``put_back``) writes back the dates and reasons the tasks had, where
nothing has moved them since.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from eventplanner.domain.task_moves import TaskMove
from eventplanner.domain.working_days import WorkingCalendar
from eventplanner.persistence.schema import TaskRow
from eventplanner.services.changes import ChangeSet
from eventplanner.services.events.task_moves import recounted, write_moves

_CHUNK = 500
"""Ids in one ``IN (...)``."""


def planned_recount(session: Session, calendar: WorkingCalendar) -> list[TaskMove]:
    """Every open, unpinned task that ``calendar`` puts elsewhere, from → to, by the day
    it goes to."""
    events = session.scalars(
        select(TaskRow.event_id)
        .where(
            TaskRow.done_at.is_(None),
            TaskRow.pinned.is_(False),
            TaskRow.anchor_kind.is_not(None),
        )
        .distinct()
    )
    moves: list[TaskMove] = []
    for event_id in list(events):
        moves += recounted(session, event_id, calendar)
    return sorted(moves, key=lambda m: (m.after, m.id))


def put_back(session: Session, moves: Sequence[TaskMove]) -> tuple[list[TaskMove], ChangeSet]:
    """The tasks of ``moves`` back where they were before, those still where the moves put
    them (one moved since, or deleted, stays as it is); what was put back, and its change
    set."""
    ids = [m.id for m in moves]
    now: dict[int, date] = {}
    for begin in range(0, len(ids), _CHUNK):
        part = ids[begin : begin + _CHUNK]
        query = select(TaskRow.id, TaskRow.due_date).where(TaskRow.id.in_(part))
        now.update(session.execute(query).all())
    back = [
        TaskMove(m.id, m.title, m.after, m.before, m.reason_before, m.reason)
        for m in moves
        if now.get(m.id) == m.after
    ]
    return back, write_moves(session, back)
