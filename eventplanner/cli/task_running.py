"""Running `eventplanner task list|add|edit|done|delete|recompute` (the grammar:
``task_commands``)."""

from __future__ import annotations

import argparse
import json
from datetime import date

from eventplanner.cli import arguments
from eventplanner.cli.output import terminal_text
from eventplanner.cli.task_input import contact_id, draft_of, event_id, task_id
from eventplanner.cli.task_text import moves_text, said, task_record
from eventplanner.domain.errors import ValidationError
from eventplanner.services.tasks.service import TaskFilter
from eventplanner.services.workspace import Workspace


def _list(args: argparse.Namespace, workspace: Workspace) -> int:
    today = arguments.parse_date(args.today, "--today") if args.today else date.today()  # noqa: DTZ011
    if args.within is not None and not 0 <= args.within <= 3650:
        raise ValidationError("--within", f"give 0 to 3650 days, not {args.within}")
    where = TaskFilter(
        owner_contact_id=contact_id(workspace, args.owner) if args.owner else None,
        event_id=event_id(workspace, args.event) if args.event else None,
        done=True if args.done else False if args.open else None,
        overdue_on=today if args.overdue else None,
        due_by=date.fromordinal(today.toordinal() + args.within)
        if args.within is not None
        else None,
    )
    if args.within is not None and args.within < 0:
        raise ValidationError("--within", f"give 0 or more days, not {args.within}")
    found = workspace.tasks.list(where)
    if args.format == "json":
        print(json.dumps([task_record(t, today) for t in found], ensure_ascii=False, indent=2))
        return 0
    if not found:
        print("No tasks.")
        return 0
    lines = []
    for task in found:
        when = task.due_date.isoformat() + (f" {task.due_time:%H:%M}" if task.due_time else "")
        state = "done" if task.done else "OVERDUE" if task.is_overdue(today) else "open"
        pin = " (pinned)" if task.pinned else ""
        owner = f"  [{task.owner_name}]" if task.owner_name else ""
        event = f"  — {task.event_title}" if task.event_title else ""
        lines.append(f"{task.id:>5}  {when:<16}  {state:<7}  {task.title}{pin}{owner}{event}")
        if task.moved_reason:
            lines.append(f"{'':>7}why: {task.moved_reason}")
    print(terminal_text("\n".join(lines)))
    return 0


def _add(args: argparse.Namespace, workspace: Workspace) -> int:
    task = workspace.tasks.add(draft_of(args, workspace, None)).task
    print(terminal_text(said("Added", task)))
    return 0


def _edit(args: argparse.Namespace, workspace: Workspace) -> int:
    current = workspace.tasks.get(task_id(args.task))
    if args.pinned and args.unpinned:
        raise ValidationError("--pinned", "give --pinned or --unpinned, not both")
    written = workspace.tasks.edit(
        current.id, draft_of(args, workspace, current), expected_version=current.version
    )
    print(terminal_text(said("Changed", written.task)))
    return 0


def _done(args: argparse.Namespace, workspace: Workspace) -> int:
    ident = task_id(args.task)
    if args.undo:
        task = workspace.tasks.undo_done(ident).task
        print(terminal_text(f"Task {task.id} {task.title!r} is open again"))
    else:
        task = workspace.tasks.mark_done(ident, by=args.by).task
        print(terminal_text(f"Task {task.id} {task.title!r} is done"))
    return 0


def _delete(args: argparse.Namespace, workspace: Workspace) -> int:
    ident = task_id(args.task)
    task = workspace.tasks.get(ident)
    workspace.tasks.delete(ident, expected_version=task.version)
    print(terminal_text(f"Deleted task {ident} {task.title!r}"))
    return 0


def _recompute(args: argparse.Namespace, workspace: Workspace) -> int:
    if args.dry_run:
        moves = workspace.tasks.planned_recount()
        verb = "Would move"
    else:
        moves = list(workspace.tasks.recount().moves)
        verb = "Moved"
    if not moves:
        print("No open task moves: each is where the working days count it.")
        return 0
    print(terminal_text(moves_text(moves, f"{verb} {{n}} in the database's working days:")))
    return 0


HANDLERS = {"list": _list, "add": _add, "edit": _edit, "done": _done, "delete": _delete,
             "recompute": _recompute}  # fmt: skip
