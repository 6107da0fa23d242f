"""Where the tasks counted from the fair organiser's deadlines go when those deadlines are
added, changed or taken away (issue 15): the one rule that a write of a deadline follows
and that its preview ("saving this deadline moves 3 tasks") follows beforehand.

A task counted from a fair deadline counts from the stand's own deadline of that kind (not
a co-exhibitor's), the earliest of them (``fair_deadline_days``). A write moves the tasks
counted from a kind whose day it changed, counted again from that day, and those counted
from them (``task_moves.followed``); the tasks of a kind left with no deadline stay where
they are. Several writes one after another (deadlines removed together) move the tasks
step by step, each counted from where the step before left it.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date

from eventplanner.domain.stand import StandDeadline
from eventplanner.domain.task_moves import Anchors, TaskMove, TaskPlace, followed
from eventplanner.domain.tasks import AnchorKind, TaskRule
from eventplanner.domain.working_days import WorkingCalendar

DeadlineStep = tuple[StandDeadline | None, StandDeadline | None]
"""One write of a deadline: (as it was, as it is saved); None before: added; None after:
taken away."""


def fair_deadline_days(deadlines: Iterable[StandDeadline]) -> dict[str, date]:
    """The day tasks count from for each kind of deadline: the earliest of the stand's own
    deadlines of that kind (a co-exhibitor's own deadlines count for no task)."""
    days: dict[str, date] = {}
    for deadline in deadlines:
        if deadline.co_exhibitor_id is not None:
            continue
        kind = deadline.kind.value
        known = days.get(kind)
        if known is None or deadline.due < known:
            days[kind] = deadline.due
    return days


def deadlines_after(deadlines: Sequence[StandDeadline], step: DeadlineStep) -> list[StandDeadline]:
    """The stand's deadlines once ``step`` is written."""
    before, after = step
    if before is None:
        return [*deadlines, after] if after is not None else list(deadlines)
    kept = [d for d in deadlines if d.id != before.id]
    return kept if after is None else [*kept, after]


def may_move_tasks(step: DeadlineStep) -> bool:
    """Whether ``step`` can move a task at all: it adds or takes away a stand's own
    deadline, or changes a deadline's day, kind or whose it is (not its title, notes,
    time or done)."""
    before, after = step
    if before is None or after is None:
        shown = after if after is not None else before
        return shown is not None and shown.co_exhibitor_id is None
    return (before.due, before.kind, before.co_exhibitor_id) != (
        after.due, after.kind, after.co_exhibitor_id,
    )  # fmt: skip


def counted_again(
    was: Mapping[str, date], now: Mapping[str, date]
) -> Callable[[TaskRule], bool] | None:
    """Which rules a change of the fair deadlines' days from ``was`` to ``now`` counts
    again: those counted from a kind whose day changed (and still has one); None when none
    did."""
    moved = {kind for kind, day in now.items() if day != was.get(kind)}
    if not moved:
        return None

    def from_moved(rule: TaskRule) -> bool:
        return rule.anchor is AnchorKind.FAIR_DEADLINE and rule.anchor_ref in moved

    return from_moved


def fair_deadlines_followed(
    tasks: Sequence[TaskPlace],
    anchors: Anchors,
    calendar: WorkingCalendar,
    days: Sequence[Mapping[str, date]],
) -> list[TaskMove]:
    """The moves of ``tasks`` (their anchors ``anchors``) when the fair deadlines' days go
    through ``days`` one write after another (``days[0]``: where they are now), from where
    each task is now to where the last write leaves it, in date order; a task taken
    somewhere and back is no move."""
    current = list(tasks)
    first: dict[int, TaskMove] = {}
    last: dict[int, TaskMove] = {}
    for was, now in itertools.pairwise(days):
        recount = counted_again(was, now)
        if recount is None:
            continue
        moves = followed(current, replace(anchors, fair_deadlines=now), calendar, days=0,
                         recount=recount)  # fmt: skip
        if not moves:
            continue
        for move in moves:
            first.setdefault(move.id, move)
            last[move.id] = move
        moved = {m.id: m for m in moves}
        current = [
            replace(t, due_date=moved[t.id].after, moved_reason=moved[t.id].reason)
            if t.id in moved
            else t
            for t in current
        ]
    whole = [
        TaskMove(i, m.title, first[i].before, m.after, m.reason, first[i].reason_before)
        for i, m in last.items()
    ]
    return sorted(
        (m for m in whole if (m.before, m.reason_before) != (m.after, m.reason)),
        key=lambda m: (m.after, m.id),
    )
