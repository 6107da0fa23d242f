"""Stored tasks as the domain's ``Task``, and a task's rule as its columns."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, select

from eventplanner.domain.tasks import AnchorKind, OwnerRole, Task, TaskRule
from eventplanner.persistence.schema import ContactRow, EventRow, TaskRow
from eventplanner.services.events.task_moves import rule_of


def task_query() -> Select[TaskRow, str, str]:
    """Every task with its owner's name and its event's title (either may be NULL)."""
    return (
        select(TaskRow, ContactRow.name, EventRow.title)
        .outerjoin(ContactRow, ContactRow.id == TaskRow.owner_contact_id)
        .outerjoin(EventRow, EventRow.id == TaskRow.event_id)
    )


def task_of(row: TaskRow, owner_name: str | None = None, event_title: str | None = None) -> Task:
    return Task(
        id=row.id,
        uid=row.uid,
        title=row.title,
        due_date=row.due_date,
        event_id=row.event_id,
        event_title=event_title or "",
        notes=row.notes,
        owner_contact_id=row.owner_contact_id,
        owner_name=owner_name or "",
        owner_role=OwnerRole(row.owner_role) if row.owner_role else None,
        due_time=row.due_time,
        pinned=row.pinned,
        done_at=row.done_at,
        done_by=row.done_by,
        rule=rule_of(row),
        moved_reason=row.moved_reason,
        template_key=row.template_key,
        sequence=row.sequence,
        version=row.version,
    )


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
