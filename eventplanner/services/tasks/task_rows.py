"""The Tasks view's rows as read (issue 15): every task once, in date order, with all a
keystroke in the filter box needs made beforehand, on the reading thread: each task's
search key (title, owner and event, case folded) and the positions of the tasks under each
heading of the three groupings. A keystroke then only tests ``word in key`` over ints
(``task_list``); nothing is grouped, sorted or worded again on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from eventplanner.domain.tasks import DueGroup, Task, due_group, in_order
from eventplanner.domain.text import swedish_sort_key
from eventplanner.services.tasks.counts import TaskCounts


@dataclass(frozen=True, slots=True)
class Section:
    """A heading of the Tasks view and the positions of its tasks in ``TaskRows.tasks``
    (in date order)."""

    key: str
    """A ``DueGroup`` value, an owner's or an event's id as text ("" for none)."""
    title: str
    """What the heading shows (an owner's name, an event's title; "" for none)."""
    rows: tuple[int, ...]
    """Every task under it."""
    open_rows: tuple[int, ...]
    """Those not done (what is shown while Show done is off)."""


@dataclass(frozen=True, slots=True)
class TaskRows:
    """Every task as the Tasks view reads it, seen from ``today``."""

    today: date
    tasks: tuple[Task, ...] = ()
    """In date order (``in_order``); a row of the view is a position in this tuple."""
    keys: tuple[str, ...] = ()
    """Each task's ``search_key``, at the same position."""
    by_due: tuple[Section, ...] = ()
    by_owner: tuple[Section, ...] = ()
    by_event: tuple[Section, ...] = ()
    counts: TaskCounts = field(default_factory=TaskCounts)
    positions: dict[int, int] = field(default_factory=dict)
    """Each task's position, by id."""


def search_key(task: Task) -> str:
    """What the filter's words are looked for in: title, owner and event, case folded."""
    return f"{task.title}\n{task.owner_name}\n{task.event_title}".casefold()


def task_rows(tasks: Sequence[Task], today: date) -> TaskRows:
    """``tasks`` made into the view's rows, seen from ``today``: by due group (overdue,
    today, this week, later, done; every one, empty or not), by owner and by event (names in
    Swedish order, those without last)."""
    ordered = tuple(in_order(tasks))
    done = [task.done for task in ordered]
    due: dict[DueGroup, list[int]] = {group: [] for group in DueGroup}
    for at, task in enumerate(ordered):
        due[due_group(task, today)].append(at)
    return TaskRows(
        today=today,
        tasks=ordered,
        keys=tuple(search_key(task) for task in ordered),
        by_due=tuple(_section(g.value, g.value, rows, done) for g, rows in due.items()),
        by_owner=_sections(ordered, done, lambda t: (t.owner_contact_id, t.owner_name)),
        by_event=_sections(ordered, done, lambda t: (t.event_id, t.event_title)),
        counts=TaskCounts(
            open=len(ordered) - len(due[DueGroup.DONE]),
            overdue=len(due[DueGroup.OVERDUE]),
            today=len(due[DueGroup.TODAY]),
            this_week=len(due[DueGroup.THIS_WEEK]),
            done=len(due[DueGroup.DONE]),
        ),
        positions={task.id: at for at, task in enumerate(ordered)},
    )


def _section(key: str, title: str, rows: list[int], done: list[bool]) -> Section:
    return Section(key, title, tuple(rows), tuple(at for at in rows if not done[at]))


def _sections(
    tasks: tuple[Task, ...], done: list[bool], key: Callable[[Task], tuple[int | None, str]]
) -> tuple[Section, ...]:
    found: dict[int | None, tuple[str, list[int]]] = {}
    for at, task in enumerate(tasks):
        ident, name = key(task)
        found.setdefault(ident, (name, []))[1].append(at)
    ordered = sorted(
        found.items(), key=lambda i: (i[0] is None, swedish_sort_key(i[1][0]), i[0] or 0)
    )
    return tuple(
        _section("" if ident is None else str(ident), name, rows, done)
        for ident, (name, rows) in ordered
    )
