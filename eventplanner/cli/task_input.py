"""What was typed for a `task` command, read into values: a task's id, its event and owner,
its due date or rule (``parse_due``: the grammar in ``task_commands``' docstring), a time,
an owner's role, and the ``TaskDraft`` an `add` or `edit` makes of them."""

from __future__ import annotations

import argparse
import re
from dataclasses import replace
from datetime import date, time
from typing import Any

from eventplanner.cli import arguments, catalog_commands
from eventplanner.cli.opening import event_by_id_or_uid
from eventplanner.domain.deadlines import DayOff, parse_relative
from eventplanner.domain.errors import NotFoundError, ValidationError
from eventplanner.domain.stand import DeadlineKind
from eventplanner.domain.tasks import AnchorKind, OwnerRole, Task, TaskDraft, TaskRule
from eventplanner.services.workspace import Workspace

_ANCHOR = re.compile(r"^(start|end|phase:(\d+)|task:(\d+)|fair:([a-z_]+))$", re.IGNORECASE)
_TIME = re.compile(r"^\s*([01]?\d|2[0-3]):([0-5]\d)\s*$")
ROLES = ", ".join(r.value for r in OwnerRole)
"""The owners' roles, for help and messages."""
_FAIR_KINDS = tuple(k.value for k in DeadlineKind)


def task_id(text: str) -> int:
    ident = arguments.record_id(text)
    if ident is None:
        raise ValidationError("TASK", f"{text!r} is not a task's id; see `eventplanner task list`")
    return ident


def event_id(workspace: Workspace, ref: str) -> int:
    event = event_by_id_or_uid(workspace, ref)
    if event is None:
        raise NotFoundError(f"there is no event with the id or UID {ref!r}")
    return event.id


def contact_id(workspace: Workspace, ref: str) -> int:
    return int(catalog_commands.find(workspace, "contact", ref).id)


def parse_due(text: str, day_off: DayOff = DayOff.EARLIER) -> date | TaskRule:
    """--due: a date, or a rule counted from an anchor (see the module's docstring)."""
    value = text.strip()
    if re.match(r"^\d{4}-\d{1,2}-\d{1,2}$", value) or value.lower() == "today":
        return arguments.parse_date(value, "--due")
    parts = value.rsplit(maxsplit=1)
    found = _ANCHOR.match(parts[-1]) if len(parts) == 2 else None
    if found is None:
        raise ValidationError(
            "--due",
            f"{text!r} is neither a date like 2027-05-03 nor a rule like '10wd before start' "
            "(the anchor last: start, end, phase:ID, task:ID or fair:KIND)",
        )
    try:
        deadline = parse_relative(parts[0], day_off)
    except ValidationError as error:
        raise ValidationError("--due", error.message) from None
    word = found.group(1).lower()
    if word == "start":
        return TaskRule(AnchorKind.EVENT_START, deadline)
    if word == "end":
        return TaskRule(AnchorKind.EVENT_END, deadline)
    if found.group(2) is not None:
        return TaskRule(AnchorKind.PHASE, deadline, int(found.group(2)))
    if found.group(4) is not None:
        kind = found.group(4).lower()
        if kind not in _FAIR_KINDS:
            raise ValidationError(
                "--due", f"{kind!r} is not a kind of fair deadline: {', '.join(_FAIR_KINDS)}"
            )
        return TaskRule(AnchorKind.FAIR_DEADLINE, deadline, anchor_ref=kind)
    return TaskRule(AnchorKind.TASK, deadline, int(found.group(3)))


def time_of_day(text: str) -> time:
    found = _TIME.match(text)
    if found is None:
        raise ValidationError("--time", f"{text!r} is not a time like 09:30")
    return time(int(found.group(1)), int(found.group(2)))


def role(text: str) -> OwnerRole:
    try:
        return OwnerRole(" ".join(text.lower().replace("_", " ").split()))
    except ValueError:
        raise ValidationError("--role", f"{text!r} is not one of {ROLES}") from None


def due_fields(args: argparse.Namespace, rule_day_off: DayOff) -> dict[str, Any]:
    due = parse_due(args.due, rule_day_off)
    if isinstance(due, date):
        return {"due_date": due, "rule": None}
    return {"due_date": None, "rule": due}


def draft_of(args: argparse.Namespace, workspace: Workspace, task: Task | None) -> TaskDraft:
    day_off = DayOff(args.day_off) if args.day_off else None
    if task is None:
        draft = TaskDraft(args.title, **due_fields(args, day_off or DayOff.EARLIER))
    else:
        draft = TaskDraft(
            task.title,
            None if task.rule is not None else task.due_date,
            event_id=task.event_id,
            notes=task.notes,
            owner_contact_id=task.owner_contact_id,
            owner_role=task.owner_role,
            due_time=task.due_time,
            pinned=task.pinned,
            rule=task.rule,
            template_key=task.template_key,
        )
        if args.title is not None:
            draft = replace(draft, title=args.title)
        if args.due is not None:
            kept = task.rule.deadline.day_off if task.rule else DayOff.EARLIER
            draft = replace(draft, **due_fields(args, day_off or kept))
        elif day_off is not None and draft.rule is not None:
            deadline = replace(draft.rule.deadline, day_off=day_off)
            draft = replace(draft, rule=replace(draft.rule, deadline=deadline))
        if args.no_time:
            draft = replace(draft, due_time=None)
        if args.no_owner:
            draft = replace(draft, owner_contact_id=None, owner_role=None)
        if args.unpinned:
            draft = replace(draft, pinned=False)
    changes: dict[str, Any] = {}
    if args.time is not None:
        changes["due_time"] = time_of_day(args.time)
    if args.event is not None:
        changes["event_id"] = event_id(workspace, args.event)
    if args.owner is not None:
        changes["owner_contact_id"] = contact_id(workspace, args.owner)
    if args.role is not None:
        changes["owner_role"] = role(args.role)
    if args.notes is not None:
        changes["notes"] = args.notes
    if args.pinned:
        changes["pinned"] = True
    return replace(draft, **changes)
