"""Where an event's tasks go when the event moves (issue 15): the one rule that both the
move itself and its preview ("which tasks will move, from → to") follow.

An open task that is not pinned follows its event: one counted from a relative rule is
counted again from its anchor where the anchor now is (the event's new start or end, its
phase moved with it, the task it follows wherever that one goes), in working days where it
was counted so; one with a date of its own moves as many days as the event did. Done and
pinned tasks stay. Those counted from a fair organiser's deadline are counted from that
deadline where it lies (the fair's days do not follow the event; an edit of the deadline
moves them: ``recount`` picks the tasks such an edit counts again). Counting again from the
same anchor gives the same date, so moving the event back (an undo) takes its tasks back
too.

Where an event's (or a series') start and end lie is ``domain.task_anchors``' rule.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from eventplanner.domain.deadlines import due_date
from eventplanner.domain.task_anchors import days_of
from eventplanner.domain.tasks import AnchorKind, TaskRule
from eventplanner.domain.timing import Timing
from eventplanner.domain.working_days import WorkingCalendar


@dataclass(frozen=True, slots=True)
class TaskPlace:
    """A task as a move sees it."""

    id: int
    title: str
    due_date: date
    rule: TaskRule | None = None
    follows: bool = True
    """Open and not pinned."""
    moved_reason: str | None = None


@dataclass(frozen=True, slots=True)
class TaskMove:
    """A task a move takes from one date to another (or whose reason changes)."""

    id: int
    title: str
    before: date
    after: date
    reason: str | None = None
    """Why ``after`` is not the day the rule gave (a holiday, a weekend), or None."""
    reason_before: str | None = None
    """Why ``before`` was not the day the rule gave, or None (what an undo puts back)."""


@dataclass(frozen=True, slots=True)
class Anchors:
    """Where the anchors lie once the event has moved."""

    event_start: date
    event_end: date
    phases: Mapping[int, date] = field(default_factory=dict)
    """Each phase's first day, in the event's zone."""
    tasks: Mapping[int, date] = field(default_factory=dict)
    """Tasks counted from that are not among those moved (stored dates)."""
    fair_deadlines: Mapping[str, date] = field(default_factory=dict)
    """The fair organiser's deadlines of the event's stand, by kind (the earliest of each)."""


def last_day_of(timing: Timing) -> date:
    """The event's last day: an end at midnight ends the day before."""
    return days_of(timing)[1]


def followed(
    tasks: Sequence[TaskPlace],
    anchors: Anchors,
    calendar: WorkingCalendar,
    *,
    days: int,
    recount: Callable[[TaskRule], bool] | None = None,
) -> list[TaskMove]:
    """The tasks of ``tasks`` whose date (or reason) changes when their event has moved
    ``days`` days and its anchors lie at ``anchors`` (see the module's rule), in date order.

    With ``recount`` only the tasks whose rule it picks are counted again, and those
    counted from a task that moved (an edit of one fair deadline moves the tasks counted
    from it, not the rest, whatever the working days would now make of them)."""
    by_id = {t.id: t for t in tasks}
    circled = _in_circles(by_id)
    placed: dict[int, tuple[date, str | None]] = {}

    def place(task: TaskPlace) -> tuple[date, str | None]:
        known = placed.get(task.id)
        if known is not None:
            return known
        result = (task.due_date, task.moved_reason)
        rule = task.rule
        if task.follows and task.id not in circled:  # a circle of tasks stays where it is
            if rule is None:
                result = (task.due_date + timedelta(days=days), task.moved_reason)
            elif recount is None or recount(rule) or _anchor_moved(rule, by_id, place):
                anchor = _anchor_day(rule, anchors, by_id, place)
                if anchor is not None:
                    due = due_date(anchor, rule.deadline, calendar)
                    result = (due.day, due.reason)
        placed[task.id] = result
        return result

    moves = []
    for task in tasks:
        day, reason = place(task)
        if (day, reason) != (task.due_date, task.moved_reason):
            moves.append(
                TaskMove(task.id, task.title, task.due_date, day, reason, task.moved_reason)
            )
    return sorted(moves, key=lambda m: (m.after, m.id))


def _in_circles(by_id: Mapping[int, TaskPlace]) -> set[int]:
    """The tasks counted, through others, from themselves (the service refuses such a
    circle; one in stored data must not send its tasks anywhere)."""

    def counted_from(task: TaskPlace) -> int | None:
        rule = task.rule
        return rule.anchor_id if rule is not None and rule.anchor is AnchorKind.TASK else None

    found: set[int] = set()
    for start in by_id:
        seen = [start]
        current = counted_from(by_id[start])
        while current is not None and current in by_id and current not in seen:
            seen.append(current)
            current = counted_from(by_id[current])
        if current is not None and current in seen:
            found.update(seen[seen.index(current) :])
    return found


def _anchor_moved(
    rule: TaskRule,
    by_id: Mapping[int, TaskPlace],
    place: Callable[[TaskPlace], tuple[date, str | None]],
) -> bool:
    """Whether the task ``rule`` counts from is one that moves."""
    if rule.anchor is not AnchorKind.TASK or rule.anchor_id is None:
        return False
    other = by_id.get(rule.anchor_id)
    return other is not None and place(other)[0] != other.due_date


def _anchor_day(
    rule: TaskRule,
    anchors: Anchors,
    by_id: Mapping[int, TaskPlace],
    place: Callable[[TaskPlace], tuple[date, str | None]],
) -> date | None:
    if rule.anchor is AnchorKind.EVENT_START:
        return anchors.event_start
    if rule.anchor is AnchorKind.EVENT_END:
        return anchors.event_end
    if rule.anchor is AnchorKind.FAIR_DEADLINE:
        return anchors.fair_deadlines.get(rule.anchor_ref or "")
    if rule.anchor_id is None:
        return None
    if rule.anchor is AnchorKind.PHASE:
        return anchors.phases.get(rule.anchor_id)
    if rule.anchor is AnchorKind.TASK:
        other = by_id.get(rule.anchor_id)
        if other is not None:
            return place(other)[0]
        return anchors.tasks.get(rule.anchor_id)
    return None
