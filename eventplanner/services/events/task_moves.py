"""An event's tasks follow it: when the event moves (or its end does), its open, unpinned
tasks are counted again from where their anchors now lie, in the move's own transaction
(``owned.move_with_event``), by the rule of ``domain.task_moves``; undoing the move (the old
event written back) counts them again from the old anchors, which takes them back.

``planned_task_moves`` is the same rule before the move: "which tasks will move, from →
to", for the app's and the command line's confirmation. Here, not in ``services.tasks``,
because moving an event must not depend on the tasks' capability (which uses events).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.orm import Session

from eventplanner.domain.deadlines import DayOff, Direction, RelativeDeadline, Unit
from eventplanner.domain.series import first_day_of
from eventplanner.domain.task_moves import Anchors, TaskMove, TaskPlace, followed, last_day_of
from eventplanner.domain.tasks import AnchorKind, TaskRule
from eventplanner.domain.timezones import zone
from eventplanner.domain.timing import Timing
from eventplanner.domain.working_days import WorkingCalendar
from eventplanner.persistence.schema import EventRow, PhaseRow, TaskRow
from eventplanner.services.changes import Action, ChangeSet, Kind
from eventplanner.services.events import rows
from eventplanner.services.team.notices import note_written

WORKING_CALENDAR = WorkingCalendar()
"""The calendar tasks are counted in: Sweden's (the organisation's own days off and its
bridge days are a setting still to come)."""

TASKS: Table = TaskRow.__table__  # type: ignore[assignment]


def rule_of(row: Any) -> TaskRule | None:
    """A stored task's relative rule (a ``TaskRow`` or a row of its columns), None for one
    with a date of its own."""
    if row.anchor_kind is None or row.amount is None:
        return None
    anchor = AnchorKind(row.anchor_kind)
    anchor_id = row.anchor_phase_id if anchor is AnchorKind.PHASE else row.anchor_task_id
    deadline = RelativeDeadline(
        row.amount,
        Unit(row.unit or Unit.DAYS.value),
        Direction(row.direction or Direction.BEFORE.value),
        DayOff(row.day_off or DayOff.EARLIER.value),
    )
    return TaskRule(anchor, deadline, anchor_id, row.anchor_ref)


def _places(session: Session, event_id: int) -> list[TaskPlace]:
    found = session.execute(
        select(TASKS).where(TASKS.c.event_id == event_id).order_by(TASKS.c.due_date, TASKS.c.id)
    )
    return [
        TaskPlace(
            row.id,
            row.title,
            row.due_date,
            rule_of(row),
            follows=row.done_at is None and not row.pinned,
            moved_reason=row.moved_reason,
        )
        for row in found
    ]


def _anchors(
    session: Session, event_id: int, first: date, last: date, time_zone: str, days: int
) -> Anchors:
    """The anchors with the event on ``first``..``last`` and its phases ``days`` on from
    where they are stored; tasks of other events counted from, where they are."""
    where = zone(time_zone)
    phases = {
        ident: starts.astimezone(where).date() + timedelta(days=days)
        for ident, starts in session.execute(
            select(PhaseRow.id, PhaseRow.starts_at).where(PhaseRow.event_id == event_id)
        )
    }
    return Anchors(first, last, phases)


def phase_day(session: Session, phase_id: int, event_id: int) -> date | None:
    """The first day of the event's phase, in the event's zone; None if it has no such."""
    found = session.execute(
        select(PhaseRow.starts_at, EventRow.time_zone)
        .join(EventRow, EventRow.id == PhaseRow.event_id)
        .where(PhaseRow.id == phase_id, PhaseRow.event_id == event_id)
    ).one_or_none()
    return None if found is None else found[0].astimezone(zone(found[1])).date()


def event_days(session: Session, event_id: int) -> tuple[date, date, str]:
    """An event's first and last day as stored (in its zone), and its zone."""
    row = session.execute(
        select(
            EventRow.all_day,
            EventRow.first_day,
            EventRow.last_day,
            EventRow.starts_at,
            EventRow.ends_at,
            EventRow.time_zone,
        ).where(EventRow.id == event_id)
    ).one()
    if row.all_day and row.first_day is not None and row.last_day is not None:
        return row.first_day, row.last_day, row.time_zone
    where = zone(row.time_zone)
    start, end = row.starts_at.astimezone(where), row.ends_at.astimezone(where)
    last = end.date() if end.time() != start.min.time() else end.date() - timedelta(days=1)
    return start.date(), max(last, start.date()), row.time_zone


def planned_task_moves(
    session: Session,
    event_id: int,
    timing: Timing,
    calendar: WorkingCalendar = WORKING_CALENDAR,
) -> list[TaskMove]:
    """The tasks that will move, from → to, when the event is saved with ``timing``."""
    places = _places(session, event_id)
    if not places:
        return []
    first, _last, _zone = event_days(session, event_id)
    days = (first_day_of(timing) - first).days
    anchors = _anchors(
        session, event_id, first_day_of(timing), last_day_of(timing), timing.time_zone, days
    )
    return followed(places, anchors, calendar, days=days)


def tasks_followed(
    session: Session,
    event_id: int,
    days: int,
    calendar: WorkingCalendar = WORKING_CALENDAR,
) -> ChangeSet:
    """Move the event's tasks to where its stored days (already moved ``days`` on, its
    phases with it) now put them; each task moved gets a higher SEQUENCE and row version.
    The tasks moved, as a change set."""
    places = _places(session, event_id)
    if not places:
        return ChangeSet()
    first, last, time_zone = event_days(session, event_id)
    moves = followed(places, _anchors(session, event_id, first, last, time_zone, 0), calendar,
                     days=days)  # fmt: skip
    return write_moves(session, moves)


def write_moves(session: Session, moves: Sequence[TaskMove]) -> ChangeSet:
    """Write tasks' new dates and reasons (SEQUENCE and row version one higher)."""
    if not moves:
        return ChangeSet()
    session.flush()
    now = rows.now_utc()
    values = [{"b_id": m.id, "b_due": m.after, "b_reason": m.reason} for m in moves]
    statement = (
        update(TASKS)
        .where(TASKS.c.id == bindparam("b_id"))
        .values(
            due_date=bindparam("b_due"),
            moved_reason=bindparam("b_reason"),
            sequence=TASKS.c.sequence + 1,
            version=TASKS.c.version + 1,
            modified_at=now,
        )
    )
    session.connection().execute(statement, values)
    ids = [m.id for m in moves]
    note_written(session, Kind.TASK, Action.CHANGED, ids)  # for the other windows too
    return ChangeSet.of(Kind.TASK, Action.CHANGED, ids)
