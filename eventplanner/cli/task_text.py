"""How `task` commands print tasks: as JSON records, as the line a write says, and the
moves of tasks "from → to" (with an event, a deadline or the working days)."""

from __future__ import annotations

from datetime import date
from typing import Any

from eventplanner.domain.task_moves import TaskMove
from eventplanner.domain.tasks import Task


def task_record(task: Task, today: date) -> dict[str, Any]:
    """A task as JSON: ids, ISO dates, its rule in its short form."""
    rule = task.rule
    return {
        "id": task.id,
        "uid": task.uid,
        "title": task.title,
        "due_date": task.due_date.isoformat(),
        "due_time": task.due_time.strftime("%H:%M") if task.due_time else None,
        "event_id": task.event_id,
        "event": task.event_title or None,
        "owner_contact_id": task.owner_contact_id,
        "owner": task.owner_name or None,
        "owner_role": task.owner_role.value if task.owner_role else None,
        "notes": task.notes,
        "pinned": task.pinned,
        "done": task.done,
        "done_at": task.done_at.isoformat() if task.done_at else None,
        "done_by": task.done_by or None,
        "overdue": task.is_overdue(today),
        "rule": None
        if rule is None
        else {
            "anchor": rule.anchor.value,
            "anchor_id": rule.anchor_id,
            "deadline": rule.deadline.short(),
            "day_off": rule.deadline.day_off.value,
        },
        "why": task.moved_reason,
    }


def said(verb: str, task: Task) -> str:
    where = f" on {task.event_title!r}" if task.event_title else ""
    line = f"{verb} task {task.id} {task.title!r}{where}, due {task.due_date.isoformat()}"
    if task.rule is not None:
        line += f" ({task.rule.describe()})"
    if task.moved_reason:
        line += f"\n  why: {task.moved_reason}"
    return line


def moves_text(moves: list[TaskMove], heading: str = "Moved {n} with the event:") -> str:
    """The tasks a move of an event took along (or will), one a line: "from → to";
    ``heading`` with {n} for "3 tasks"."""
    lines = [heading.format(n=f"{len(moves)} task{'s' if len(moves) != 1 else ''}")]
    for move in moves:
        why = f" ({move.reason})" if move.reason else ""
        dates = f"{move.before.isoformat()} → {move.after.isoformat()}"
        lines.append(f"  {move.id:>5}  {move.title}: {dates}{why}")
    return "\n".join(lines)
