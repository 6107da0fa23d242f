"""The tasks a write of a fair organiser's deadline moves (``domain.fair_deadline_moves``'
rule): moved in the write's own transaction (``tasks_followed``), listed beforehand, from →
to, for the Stand window's question and `stand deadline … --dry-run` (``planned_moves``),
and put back by an undo of the write (``put_back_first``)."""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from datetime import date

from sqlalchemy.orm import Session

from eventplanner.domain.fair_deadline_moves import (
    DeadlineStep,
    counted_again,
    deadlines_after,
    fair_deadline_days,
    fair_deadlines_followed,
    may_move_tasks,
)
from eventplanner.domain.task_moves import TaskMove
from eventplanner.persistence.schema import StandDeadlineRow
from eventplanner.services.changes import ChangeSet
from eventplanner.services.events.task_moves import counting, fair_deadline_dates, write_moves
from eventplanner.services.stand import reading
from eventplanner.services.stand import rows as lookup
from eventplanner.services.tasks.recount import put_back


def tasks_followed(session: Session, event_id: int, was: Mapping[str, date]) -> ChangeSet:
    """After a write of the event's deadlines (the fair deadlines' days were ``was``, by
    kind): its tasks moved where the days as stored now put them; the moves as a change
    set."""
    now = fair_deadline_dates(session, event_id)
    if counted_again(was, now) is None:
        return ChangeSet()
    places, anchors, calendar = counting(session, event_id)
    return write_moves(session, fair_deadlines_followed(places, anchors, calendar, [was, now]))


def planned_moves(session: Session, event_id: int, steps: Sequence[DeadlineStep]) -> list[TaskMove]:
    """The tasks that ``steps`` (writes of the event's deadlines, one after another) will
    move, from → to, worked out from the deadlines as stored by the rule the writes follow."""
    steps = [step for step in steps if may_move_tasks(step)]
    if not steps:
        return []
    stand = lookup.stand_row(session, event_id)
    deadlines = (
        [reading.deadline(row) for row in lookup.of_stand(session, StandDeadlineRow, stand.id)]
        if stand is not None
        else []
    )
    days = [fair_deadline_days(deadlines)]
    for step in steps:
        deadlines = deadlines_after(deadlines, step)
        days.append(fair_deadline_days(deadlines))
    if all(counted_again(was, now) is None for was, now in itertools.pairwise(days)):
        return []
    places, anchors, calendar = counting(session, event_id)
    return fair_deadlines_followed(places, anchors, calendar, days)


def put_back_first(session: Session, tasks_back: Sequence[TaskMove]) -> ChangeSet:
    """An undo's first step: the tasks the undone write moved (``tasks_back``), those still
    where it put them, go back to their dates and reasons, before the deadline is written
    back (which then counts again only what its own change moves)."""
    if not tasks_back:
        return ChangeSet()
    _back, changes = put_back(session, tasks_back)
    return changes
