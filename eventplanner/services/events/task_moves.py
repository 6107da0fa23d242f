"""An event's tasks follow it: when the event moves (or its end does), its open, unpinned
tasks are counted again from where their anchors now lie, in the move's own transaction
(``owned_moves.move_with_event``), by the rule of ``domain.task_moves``; undoing the move (the old
event written back) counts them again from the old anchors, which takes them back.

A move counts again the tasks whose anchor it moved (the event's start, its end, its phases)
and those counted from them; the others stay where they are, whatever a change of the
working days since would make of them (``services.tasks.recount`` is for that, asked for).

``planned_task_moves`` is the same rule before the move: "which tasks will move, from →
to", for the app's and the command line's confirmation, of any save that may move them (a
single event's new timing, a series saved whole, one occurrence, this and following: the
``EventEdit`` kinds of ``domain.task_anchors``). Here, not in ``services.tasks``, because
moving an event must not depend on the tasks' capability (which uses events).

Every count is in the database's working days (``services.working_days``) unless a
calendar is given; and the tasks counted from a fair organiser's deadline count from the
event's stand's deadline (``fair_deadline_dates``) where it lies.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Table, bindparam, func, select, update
from sqlalchemy.orm import Session

from eventplanner.domain.deadlines import DayOff, Direction, RelativeDeadline, Unit
from eventplanner.domain.errors import NotFoundError
from eventplanner.domain.model import Event
from eventplanner.domain.series import first_day_of
from eventplanner.domain.task_anchors import (
    EventEdit,
    EventShape,
    anchor_days,
    days_of,
    shape_after,
)
from eventplanner.domain.task_moves import Anchors, TaskMove, TaskPlace, followed
from eventplanner.domain.tasks import AnchorKind, TaskRule
from eventplanner.domain.timezones import zone
from eventplanner.domain.working_days import WorkingCalendar
from eventplanner.persistence.schema import (
    EventRow,
    PhaseRow,
    StandDeadlineRow,
    StandRow,
    TaskRow,
)
from eventplanner.services.changes import Action, ChangeSet, Kind
from eventplanner.services.events import rows
from eventplanner.services.events.event_loading import load_events
from eventplanner.services.team.notices import note_written
from eventplanner.services.working_days.stored import stored_calendar

WORKING_CALENDAR = WorkingCalendar()
"""The law's calendar: Sweden's, without bridge days or own days off. A database counts in
its own (``services.working_days.stored_calendar``), which is this until it is set."""

_NO_NAMES: dict[str, dict[int, str]] = {"venues": {}, "projects": {}, "organisations": {}}

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


def _places(session: Session, event_id: int | None) -> list[TaskPlace]:
    """The tasks of the event (of none: those on no event) as a move sees them."""
    on = TASKS.c.event_id.is_(None) if event_id is None else TASKS.c.event_id == event_id
    found = session.execute(select(TASKS).where(on).order_by(TASKS.c.due_date, TASKS.c.id))
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
    """The anchors with the event's start and end on ``first`` and ``last`` and its phases
    ``days`` on from where they are stored; its stand's fair deadlines where they lie."""
    where = zone(time_zone)
    phases = {
        ident: starts.astimezone(where).date() + timedelta(days=days)
        for ident, starts in session.execute(
            select(PhaseRow.id, PhaseRow.starts_at).where(PhaseRow.event_id == event_id)
        )
    }
    return Anchors(first, last, phases, fair_deadlines=fair_deadline_dates(session, event_id))


def fair_deadline_dates(session: Session, event_id: int) -> dict[str, date]:
    """The stand's own deadlines (not a co-exhibitor's) of ``event_id`` by kind, the
    earliest of each kind; none for an event without a stand."""
    found = session.execute(
        select(StandDeadlineRow.kind, func.min(StandDeadlineRow.due_date))
        .join(StandRow, StandRow.id == StandDeadlineRow.stand_id)
        .where(StandRow.event_id == event_id, StandDeadlineRow.co_exhibitor_id.is_(None))
        .group_by(StandDeadlineRow.kind)
    )
    return {row[0]: row[1] for row in found}


def phase_day(session: Session, phase_id: int, event_id: int) -> date | None:
    """The first day of the event's phase, in the event's zone; None if it has no such."""
    found = session.execute(
        select(PhaseRow.starts_at, EventRow.time_zone)
        .join(EventRow, EventRow.id == PhaseRow.event_id)
        .where(PhaseRow.id == phase_id, PhaseRow.event_id == event_id)
    ).one_or_none()
    return None if found is None else found[0].astimezone(zone(found[1])).date()


def stored_event(session: Session, event_id: int) -> Event:
    """The event as stored (without its venue's, project's and organiser's names)."""
    found = load_events(session, [event_id], names=_NO_NAMES).get(event_id)
    if found is None:
        raise NotFoundError(f"event {event_id} does not exist (it may have been deleted)")
    return found


def event_days(session: Session, event_id: int) -> tuple[date, date, str]:
    """An event's start and end day as its tasks count them (``domain.task_anchors``: a
    series' first occurrence as held), and its zone."""
    row = session.execute(
        select(
            EventRow.all_day,
            EventRow.first_day,
            EventRow.last_day,
            EventRow.starts_at,
            EventRow.ends_at,
            EventRow.time_zone,
            EventRow.is_recurring,
        ).where(EventRow.id == event_id)
    ).one()
    if row.is_recurring:
        first, last = anchor_days(EventShape.of(stored_event(session, event_id)))
        return first, last, row.time_zone
    timing = rows.timing_of(
        row.all_day, row.time_zone, row.starts_at, row.ends_at, row.first_day, row.last_day
    )
    first, last = days_of(timing, row.time_zone)
    return first, last, row.time_zone


def planned_task_moves(
    session: Session,
    event_id: int,
    edit: EventEdit,
    calendar: WorkingCalendar | None = None,
) -> list[TaskMove]:
    """The tasks that will move, from → to, when ``edit`` of the event is saved (a new
    timing, the event saved whole, one occurrence changed, a series split): worked out from
    what the event will be by the rules the save follows (``task_anchors.shape_after``)."""
    places = _places(session, event_id)
    if not places:
        return []
    before = stored_event(session, event_id)
    after = shape_after(before, edit)
    was_first, was_last, _zone = event_days(session, event_id)
    first, last = anchor_days(after)
    # Its phases go as many days on as its start (``owned_moves.move_with_event``).
    phase_days = (first_day_of(after.timing) - first_day_of(before.timing)).days
    recount = moved_anchors((was_first, was_last), (first, last), phase_days)
    if recount is None:
        return []
    anchors = _anchors(session, event_id, first, last, after.timing.time_zone, phase_days)
    return followed(places, anchors, calendar or stored_calendar(session),
                    days=(first - was_first).days, recount=recount)  # fmt: skip


def tasks_followed(
    session: Session,
    event_id: int,
    days: int,
    calendar: WorkingCalendar | None = None,
    *,
    recount: Callable[[TaskRule], bool] | None = None,
) -> ChangeSet:
    """Move the event's tasks to where its stored days (already moved ``days`` on, its
    phases with it) now put them, in ``calendar`` (the database's when None); each task
    moved gets a higher SEQUENCE and row version. ``recount``: only the tasks whose rule it
    picks (and those counted from them) are counted again (``task_moves.followed``). The
    tasks moved, as a change set."""
    return write_moves(session, recounted(session, event_id, calendar, days=days,
                                          recount=recount))  # fmt: skip


def recounted(
    session: Session,
    event_id: int | None,
    calendar: WorkingCalendar | None = None,
    *,
    days: int = 0,
    recount: Callable[[TaskRule], bool] | None = None,
) -> list[TaskMove]:
    """Where the event's tasks go (those on no event for None: counted from each other
    only) counted again from where their anchors are stored, those with a date of their
    own ``days`` on; not written (``write_moves``)."""
    places, anchors, counted_in = counting(session, event_id, calendar)
    if not places:
        return []
    return followed(places, anchors, counted_in, days=days, recount=recount)


def counting(
    session: Session, event_id: int | None, calendar: WorkingCalendar | None = None
) -> tuple[list[TaskPlace], Anchors, WorkingCalendar]:
    """What the event's tasks (those on no event for None) are counted with as stored:
    the tasks as a move sees them, where their anchors lie, and the working days
    (``calendar``, or the database's). The anchors are not read for an event without
    tasks."""
    places = _places(session, event_id)
    counted_in = calendar or WORKING_CALENDAR
    if not places:
        return places, Anchors(date.min, date.min), counted_in
    if event_id is None:
        anchors = Anchors(date.min, date.min)  # no rule of a task on no event counts from one
    else:
        first, last, time_zone = event_days(session, event_id)
        anchors = _anchors(session, event_id, first, last, time_zone, 0)
    return places, anchors, calendar or stored_calendar(session)


TasksFrom = tuple[date, date] | None
"""The start and end day an event's tasks counted from before a write (``tasks_start``);
None for an event without tasks."""


def tasks_start(session: Session, event_id: int) -> TasksFrom:
    """Where the event's tasks count its start and end from now, taken before a write that
    may move them (``tasks_followed_since``); None when it has no tasks."""
    has = session.scalar(select(TASKS.c.id).where(TASKS.c.event_id == event_id).limit(1))
    if has is None:
        return None
    first, last, _zone = event_days(session, event_id)
    return first, last


def moved_anchors(before: tuple[date, date], after: tuple[date, date], phase_days: int) -> (
    Callable[[TaskRule], bool] | None
):  # fmt: skip
    """Which rules a move from ``before`` to ``after`` (start and end days, its phases
    ``phase_days`` on) counts again: those whose anchor moved; None when none did."""
    start, end = before[0] != after[0], before[1] != after[1]
    if not (start or end or phase_days):
        return None

    def moved(rule: TaskRule) -> bool:
        anchor = rule.anchor
        return (
            (anchor is AnchorKind.EVENT_START and start)
            or (anchor is AnchorKind.EVENT_END and end)
            or (anchor is AnchorKind.PHASE and phase_days != 0)
        )

    return moved


def tasks_followed_since(
    session: Session, event_id: int, before: TasksFrom, *, phase_days: int = 0
) -> ChangeSet:
    """After a write of the event: its tasks whose anchor moved (its start and end were
    ``before``, ``tasks_start``; its phases went ``phase_days`` on) counted again, and those
    counted from them; those with a date of their own as far as its start went. The rest
    stay, whatever the working days would now make of them (``task recompute`` is asked
    for that)."""
    if before is None:
        return ChangeSet()
    first, last, _zone = event_days(session, event_id)
    recount = moved_anchors(before, (first, last), phase_days)
    if recount is None:
        return ChangeSet()
    return tasks_followed(session, event_id, (first - before[0]).days, recount=recount)


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
