"""What the window shows of tasks without the Tasks view open (issue 15): the open
deadlines per day of a period (the calendar's badges: one query a period) and what falls
due in 7, 3 and 1 working days (the reminder at start and once a day).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from eventplanner.domain.tasks import Task
from eventplanner.domain.working_days import WorkingCalendar
from eventplanner.persistence.database import Database
from eventplanner.persistence.schema import EventRow, TaskRow
from eventplanner.services.tasks.records import in_date_order, task_select, tasks_of
from eventplanner.services.working_days.stored import stored_calendar

REMINDER_STEPS = (7, 3, 1)
"""The working days ahead a reminder tells of, farthest first."""


@dataclass(frozen=True, slots=True)
class DueSoon:
    """The open tasks that fall due ``working_days`` working days from a day: those due
    after the working day one step nearer, up to and including ``last`` (a weekend or
    holiday before ``last`` counts with it)."""

    working_days: int
    last: date
    tasks: tuple[Task, ...]


def deadlines_by_day(database: Database, first: date, last: date) -> dict[date, int]:
    """How many open tasks fall due on each day from ``first`` to ``last`` (days with none
    left out): one grouped query."""
    query = (
        select(TaskRow.due_date, func.count())
        .where(TaskRow.done_at.is_(None), TaskRow.due_date >= first, TaskRow.due_date <= last)
        .group_by(TaskRow.due_date)
    )
    with database.reading() as session:
        found: dict[date, int] = {}
        for day, count in session.execute(query):
            found[day] = count
        return found


def due_soon(
    database: Database,
    today: date,
    steps: Sequence[int] = REMINDER_STEPS,
    calendar: WorkingCalendar | None = None,
) -> tuple[DueSoon, ...]:
    """For each of ``steps`` (working days ahead, in the database's working days unless
    ``calendar`` is given), the open tasks that then fall due; the steps with none left
    out. A task is told of once a step: at 7 working days ahead, at 3, at 1 (so a reminder
    each day tells of what is new, not again of everything)."""
    ordered = sorted(set(steps))
    if not ordered:
        return ()
    with database.reading() as session:
        counting = calendar or stored_calendar(session)
        bounds = [(n, counting.add_working_days(today, n - 1) if n > 1 else today,
                   counting.add_working_days(today, n)) for n in ordered]  # fmt: skip
        lowest = min(after for _n, after, _last in bounds)
        highest = max(last for _n, _after, last in bounds)
        query = task_select().where(
            TaskRow.done_at.is_(None), TaskRow.due_date > lowest, TaskRow.due_date <= highest
        )
        found = tasks_of(session.connection().execute(in_date_order(query)).all())
    answer = []
    for n, after, last in reversed(bounds):
        tasks = tuple(t for t in found if after < t.due_date <= last)
        if tasks:
            answer.append(DueSoon(n, last, tasks))
    return tuple(answer)


@dataclass(frozen=True, slots=True)
class EventChoice:
    """An event a task may be on, as the task dialog offers it."""

    id: int
    title: str
    starts: date


def event_choices(database: Database) -> list[EventChoice]:
    """Every event (a series once), by start, newest last: what the task dialog offers."""
    query = select(EventRow.id, EventRow.title, EventRow.starts_at, EventRow.first_day).order_by(
        EventRow.starts_at, EventRow.id
    )
    with database.reading() as session:
        return [
            EventChoice(ident, title, first if first is not None else starts.date())
            for ident, title, starts, first in session.execute(query)
        ]
