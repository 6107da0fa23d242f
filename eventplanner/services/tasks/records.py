"""Stored tasks as the domain's ``Task``, and a task's rule as its columns.

Tasks are read with one Core select of the columns a ``Task`` holds (with its owner's name
and its event's title joined), in date order, on the session's connection, never as ORM
objects: the Tasks view reads every task, and 50,000 ORM rows took 2.6 s on SQLite here,
ten times the fetch of their columns; the tuples below take about three times the same
select's fetch (``tests/benchmarks/test_bench_tasks_view.py``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Select, select

from eventplanner.domain.tasks import AnchorKind, OwnerRole, Task, TaskRule
from eventplanner.persistence.schema import ContactRow, EventRow, TaskRow
from eventplanner.services.events.task_moves import rule_of

_TASKS = TaskRow.__table__.c
_COLUMNS = (
    _TASKS.id, _TASKS.uid, _TASKS.title, _TASKS.due_date, _TASKS.event_id, EventRow.title,
    _TASKS.notes, _TASKS.owner_contact_id, ContactRow.name, _TASKS.owner_role,
    _TASKS.due_time, _TASKS.pinned, _TASKS.done_at, _TASKS.done_by, _TASKS.anchor_kind,
    _TASKS.anchor_phase_id, _TASKS.anchor_task_id, _TASKS.anchor_ref, _TASKS.amount,
    _TASKS.unit, _TASKS.direction, _TASKS.day_off, _TASKS.moved_reason, _TASKS.template_key,
    _TASKS.sequence, _TASKS.version,
)  # fmt: skip
"""In the order of ``Task``'s fields (its rule's columns where the rule is)."""


def task_select() -> Select[Any]:
    """Every task's columns with its owner's name and its event's title (either NULL)."""
    return (
        select(*_COLUMNS)
        .outerjoin_from(TaskRow, ContactRow, ContactRow.id == _TASKS.owner_contact_id)
        .outerjoin(EventRow, EventRow.id == _TASKS.event_id)
    )


def in_date_order(query: Select[Any]) -> Select[Any]:
    """``query`` by due date, then time (a task without one at the end of its day), then
    id: ``domain.tasks.in_order``, done by the database."""
    return query.order_by(_TASKS.due_date, _TASKS.due_time.is_(None), _TASKS.due_time, _TASKS.id)


def tasks_of(found: Iterable[Sequence[Any]]) -> list[Task]:
    """The rows of ``task_select`` as tasks."""
    roles = {role.value: role for role in OwnerRole}
    return [
        Task(id=r[0], uid=r[1], title=r[2], due_date=r[3], event_id=r[4],
             event_title=r[5] or "", notes=r[6], owner_contact_id=r[7], owner_name=r[8] or "",
             owner_role=roles[r[9]] if r[9] else None, due_time=r[10], pinned=r[11],
             done_at=r[12], done_by=r[13], rule=None if r[14] is None else rule_of(r),
             moved_reason=r[22], template_key=r[23], sequence=r[24], version=r[25])
        for r in found
    ]  # fmt: skip


def rule_columns(rule: TaskRule | None) -> dict[str, Any]:
    """The columns that hold ``rule`` (all None for a task with a date of its own)."""
    if rule is None:
        return dict.fromkeys(
            ("anchor_kind", "anchor_phase_id", "anchor_task_id", "anchor_ref", "amount", "unit",
             "direction", "day_off"),
        )  # fmt: skip
    return {
        "anchor_kind": rule.anchor.value,
        "anchor_phase_id": rule.anchor_id if rule.anchor is AnchorKind.PHASE else None,
        "anchor_task_id": rule.anchor_id if rule.anchor is AnchorKind.TASK else None,
        "anchor_ref": rule.anchor_ref,
        "amount": rule.deadline.amount,
        "unit": rule.deadline.unit.value,
        "direction": rule.deadline.direction.value,
        "day_off": rule.deadline.day_off.value,
    }
