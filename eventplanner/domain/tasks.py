"""Tasks: a deadline with an owner, on an event or on none (issue 15).

A task's date is its own, or worked out from a relative rule (``TaskRule``: "10 working
days before the event's start") that it keeps, so that it moves when its anchor does. A
task done (``done_at``) or ``pinned`` stays where it is. Plain values and rules only: the
services store them (``services.tasks``) and work out the dates (``domain.deadlines``).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from eventplanner.domain.deadlines import RelativeDeadline
from eventplanner.domain.errors import ValidationError

TITLE_LIMIT = 200
"""The longest title a task may have (the column's width)."""


class OwnerRole(enum.StrEnum):
    """Who on the event's team a task falls to when no one by name is given."""

    COORDINATOR = "coordinator"
    COMMUNICATIONS = "communications"
    FINANCE = "finance"
    STAND_LEAD = "stand lead"


class AnchorKind(enum.StrEnum):
    """What a relative task's date is counted from."""

    EVENT_START = "event_start"
    EVENT_END = "event_end"
    PHASE = "phase"
    """The first day of one of the event's phases (``anchor_id``)."""
    TASK = "task"
    """Another task's due date (``anchor_id``): "two weeks after the invitations went out"."""
    FAIR_DEADLINE = "fair_deadline"
    """A fair organiser's deadline (``anchor_ref``: its kind, the event's stand's earliest of
    it): not moved with the event, whose days the fair organiser does not follow, but with
    the deadline when it is edited."""


@dataclass(frozen=True, slots=True)
class TaskRule:
    """A relative deadline (``domain.deadlines``) and what it is counted from."""

    anchor: AnchorKind
    deadline: RelativeDeadline
    anchor_id: int | None = None
    """The phase or task of a PHASE or TASK anchor."""
    anchor_ref: str | None = None
    """The fair organiser's deadline of a FAIR_DEADLINE anchor."""

    @property
    def follows_event(self) -> bool:
        """Whether the rule's anchor moves when the event moves."""
        return self.anchor is not AnchorKind.FAIR_DEADLINE

    def describe(self) -> str:
        """ "10 working days before the event's start"."""
        return f"{self.deadline.describe()} {ANCHOR_WORDS[self.anchor]}"


ANCHOR_WORDS = {
    AnchorKind.EVENT_START: "the event's start",
    AnchorKind.EVENT_END: "the event's end",
    AnchorKind.PHASE: "the phase",
    AnchorKind.TASK: "the task",
    AnchorKind.FAIR_DEADLINE: "the fair organiser's deadline",
}


@dataclass(frozen=True, slots=True)
class TaskDraft:
    """What a person enters for a task (new, or changed)."""

    title: str
    due_date: date | None = None
    """The date; None when ``rule`` gives it."""
    event_id: int | None = None
    notes: str = ""
    owner_contact_id: int | None = None
    owner_role: OwnerRole | None = None
    due_time: time | None = None
    pinned: bool = False
    rule: TaskRule | None = None
    template_key: str | None = None


@dataclass(frozen=True, slots=True)
class Task:
    """A task as stored."""

    id: int
    uid: str
    title: str
    due_date: date
    event_id: int | None = None
    event_title: str = ""
    notes: str = ""
    owner_contact_id: int | None = None
    owner_name: str = ""
    owner_role: OwnerRole | None = None
    due_time: time | None = None
    pinned: bool = False
    done_at: datetime | None = None
    done_by: str = ""
    rule: TaskRule | None = None
    moved_reason: str | None = None
    """Why the date is not the day the rule gave (a holiday, a weekend), or None."""
    template_key: str | None = None
    sequence: int = 0
    version: int = 1

    @property
    def done(self) -> bool:
        return self.done_at is not None

    @property
    def follows_event(self) -> bool:
        """Whether it moves when its event moves: open, not pinned, on an event."""
        return self.event_id is not None and not self.done and not self.pinned

    def is_overdue(self, today: date) -> bool:
        return not self.done and self.due_date < today


def checked_title(title: str) -> str:
    """The title trimmed; ValidationError when empty or too long."""
    trimmed = " ".join(title.split())
    if not trimmed:
        raise ValidationError("title", "a task needs a title")
    if len(trimmed) > TITLE_LIMIT:
        raise ValidationError(
            "title", f"a task's title may have at most {TITLE_LIMIT} characters, not {len(trimmed)}"
        )
    return trimmed


def checked_rule(rule: TaskRule, event_id: int | None) -> TaskRule:
    """The rule if it can give a date; ValidationError naming what is wrong otherwise (the
    deadline itself checks its amount and unit)."""
    needs_event = rule.anchor in (
        AnchorKind.EVENT_START, AnchorKind.EVENT_END, AnchorKind.PHASE, AnchorKind.FAIR_DEADLINE
    )  # fmt: skip
    if needs_event and event_id is None:
        raise ValidationError(
            "due", f"a deadline counted from {ANCHOR_WORDS[rule.anchor]} needs the task's event"
        )
    if rule.anchor in (AnchorKind.PHASE, AnchorKind.TASK) and rule.anchor_id is None:
        raise ValidationError(
            "due", f"a deadline counted from {ANCHOR_WORDS[rule.anchor]} needs which"
        )
    if rule.anchor is AnchorKind.FAIR_DEADLINE and not (rule.anchor_ref or "").strip():
        raise ValidationError(
            "due", "a deadline counted from the fair organiser's needs which (its kind)"
        )
    return rule


# -- the Tasks view's groups -----------------------------------------------------------------


class DueGroup(enum.StrEnum):
    """Where an open task falls, seen from a day: the Tasks view's sections, in order."""

    OVERDUE = "overdue"
    TODAY = "today"
    THIS_WEEK = "this week"
    LATER = "later"
    DONE = "done"


def due_group(task: Task, today: date) -> DueGroup:
    """The section of ``task`` seen from ``today``: this week runs to its Sunday."""
    if task.done:
        return DueGroup.DONE
    if task.due_date < today:
        return DueGroup.OVERDUE
    if task.due_date == today:
        return DueGroup.TODAY
    sunday = today + timedelta(days=6 - today.weekday())
    return DueGroup.THIS_WEEK if task.due_date <= sunday else DueGroup.LATER


def in_order(tasks: Iterable[Task]) -> list[Task]:
    """By due date and time (a task without a time at the end of its day), then id."""
    return sorted(tasks, key=lambda t: (t.due_date, t.due_time or time.max, t.id))


def grouped_by_due(tasks: Sequence[Task], today: date) -> dict[DueGroup, list[Task]]:
    """Every group in order (empty ones too), each in date order."""
    groups: dict[DueGroup, list[Task]] = {g: [] for g in DueGroup}
    for task in in_order(tasks):
        groups[due_group(task, today)].append(task)
    return groups
