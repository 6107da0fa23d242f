"""Applying a playbook to an event: a task for each template the event does not have yet,
due as planned, keeping its relative rule so it moves with the event
(``services.events.task_moves``), and its template (``template_key``: the playbook's name
key and the template's key), by which a second application knows what is there already.

A template counted from an anchor the event lacks (a phase, a fair deadline not entered)
keeps the rule it was counted by, from the event's start or end, and says so in its notes.
The rows go in with one Core insert (and one update linking the tasks counted from other
tasks to them): an event's forty tasks cost little more than the rows themselves.
"""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from eventplanner.domain.playbooks import PlannedTask
from eventplanner.domain.tasks import AnchorKind, TaskRule, checked_title
from eventplanner.domain.text import name_key
from eventplanner.persistence.schema import TaskRow
from eventplanner.services.events.rows import new_uid, now_utc
from eventplanner.services.playbooks.records import EventPlan
from eventplanner.services.tasks.records import rule_columns

_KEY_WIDTH = 200
"""``tasks.template_key``'s width."""


def template_tag(playbook: str, key: str) -> str:
    """What a task made from the template ``key`` of ``playbook`` keeps in ``template_key``:
    "trade fair with a shared stand/badges" (a long name by its hash)."""
    prefix = name_key(playbook)
    if len(prefix) + 1 + len(key) > _KEY_WIDTH:
        prefix = hashlib.sha256(prefix.encode()).hexdigest()[:32]
    return f"{prefix}/{key}"


def _prefix(playbook: str) -> str:
    return template_tag(playbook, "")


def existing_tasks(session: Session, playbook: str, event_id: int) -> dict[str, tuple[int, date]]:
    """The tasks the event has from ``playbook``: their id and due day by template key."""
    prefix = _prefix(playbook)
    found = session.execute(
        select(TaskRow.id, TaskRow.template_key, TaskRow.due_date).where(
            TaskRow.event_id == event_id,
            TaskRow.template_key.startswith(prefix, autoescape=True),
        )
    )
    return {str(tag)[len(prefix) :]: (ident, day) for ident, tag, day in found}


def existing_days(session: Session, playbook: str, event_id: int) -> dict[str, date]:
    """The due days of the tasks the event has from ``playbook``, by template key."""
    return {key: day for key, (_ident, day) in existing_tasks(session, playbook, event_id).items()}


def write_tasks(
    session: Session, plan: EventPlan, language: str, existing: dict[str, tuple[int, date]]
) -> list[int]:
    """Make the tasks of ``plan`` the event has not got (``existing``); their ids, in the
    order of ``plan.new_tasks``."""
    new = plan.new_tasks
    if not new:
        return []
    now = now_utc()
    values = [_values(task, plan, language, now) for task in new]
    statement = insert(TaskRow).returning(TaskRow.id, sort_by_parameter_order=True)
    ids = list(session.scalars(statement, values))
    by_key = {key: ident for key, (ident, _day) in existing.items()}
    by_key.update((task.template.key, ident) for task, ident in zip(new, ids, strict=True))
    links = [
        {"b_id": ident, "b_anchor": by_key[task.counted_from.ref]}
        for task, ident in zip(new, ids, strict=True)
        if task.counted_from.kind is AnchorKind.TASK
    ]
    if links:
        session.connection().execute(
            update(TaskRow.__table__)  # type: ignore[arg-type]
            .where(TaskRow.__table__.c.id == bindparam("b_id"))
            .values(anchor_task_id=bindparam("b_anchor")),
            links,
        )
    return ids


def _values(task: PlannedTask, plan: EventPlan, language: str, now: Any) -> dict[str, Any]:
    template = task.template
    anchor = task.counted_from
    rule = TaskRule(
        anchor.kind,
        task.rule or template.rule,
        anchor_id=task.phase_id if anchor.kind is AnchorKind.PHASE else None,
        anchor_ref=anchor.ref if anchor.kind is AnchorKind.FAIR_DEADLINE else None,
    )
    notes = "\n\n".join(n for n in (template.description(language), _note(task)) if n)
    return {
        "uid": new_uid(), "title": checked_title(template.title(language)), "notes": notes,
        "event_id": plan.event_id, "owner_contact_id": None,
        "owner_role": template.owner_role.value, "due_date": task.due.day, "due_time": None,
        "pinned": False, "done_at": None, "done_by": "", **rule_columns(rule),
        "moved_reason": task.due.reason, "template_key": template_tag(plan.playbook, template.key),
        "sequence": 0, "created_at": now, "modified_at": now, "version": 1,
    }  # fmt: skip


def _note(task: PlannedTask) -> str:
    return f"{task.note[0].upper()}{task.note[1:]}." if task.note else ""
