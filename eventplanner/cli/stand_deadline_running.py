"""Running `eventplanner stand deadline add|list|edit|done|remove EVENT …`: the fair
organiser's deadlines. A write of one moves the tasks counted from the stand's deadline of
its kind (``StandService``), and says which, from → to (``deadline_moves``); with
`--dry-run` it says which would move (``StandService.planned_deadline_moves``, the rule the
write follows) and writes nothing."""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import Any

from eventplanner.cli import arguments
from eventplanner.cli import stand_input as typed
from eventplanner.cli.deadline_moves import print_moves, tasks_moved
from eventplanner.cli.output import terminal_text
from eventplanner.cli.stand_lookup import (
    Handler,
    find_exhibitor,
    find_row,
    print_json,
    view_of,
)
from eventplanner.cli.stand_text import stand_record, stand_text
from eventplanner.cli.task_text import moves_text
from eventplanner.domain.enums import parse_enum
from eventplanner.domain.programme import raise_first
from eventplanner.domain.stand import DeadlineKind, StandDeadline, deadline_problems
from eventplanner.services.changes import ChangeSet
from eventplanner.services.workspace import Workspace


def _deadline_add(args: argparse.Namespace, workspace: Workspace) -> int:
    view = view_of(args, workspace)
    kind = parse_enum(DeadlineKind, args.kind, "--kind")
    exhibitor = find_exhibitor(view, workspace, args.exhibitor) if args.exhibitor else None
    due = arguments.parse_date(args.due, "--due")
    record = StandDeadline(
        None, 0, kind, due, args.title, typed.time_of_day(args.time), notes=args.notes,
        co_exhibitor_id=exhibitor.id if exhibitor else None,
    )  # fmt: skip
    if args.dry_run:
        return _dry_run(workspace, view.event_id, None, record, "add")
    added: list[StandDeadline] = []

    def write() -> ChangeSet:
        written = workspace.stand.add_deadline(view.event_id, record)
        added.append(written.record)
        return written.changes

    moves = tasks_moved(workspace, view.event_id, write)
    saved = added[0]
    print(terminal_text(f"Added deadline {saved.id}: {saved.name} by {saved.due.isoformat()}"))
    print_moves(moves)
    return 0


def _deadline_list(args: argparse.Namespace, workspace: Workspace) -> int:
    view = view_of(args, workspace)
    if args.format == "json":
        print_json(stand_record(view)["deadlines"])
        return 0
    print(terminal_text(stand_text(view, only="deadlines")))
    return 0


def _deadline_edit(args: argparse.Namespace, workspace: Workspace) -> int:
    view = view_of(args, workspace)
    found: StandDeadline = find_row(view.deadlines, args.id, "deadline", view,
                                "stand deadline list EVENT")  # fmt: skip
    changes: dict[str, Any] = {}
    if args.kind is not None:
        changes["kind"] = parse_enum(DeadlineKind, args.kind, "--kind")
    if args.due is not None:
        changes["due"] = arguments.parse_date(args.due, "--due")
    if args.time is not None:
        changes["due_time"] = typed.time_of_day(args.time)
    if args.title is not None:
        changes["title"] = args.title
    if args.notes is not None:
        changes["notes"] = args.notes
    if args.exhibitor is not None:
        exhibitor = (
            find_exhibitor(view, workspace, args.exhibitor) if args.exhibitor.strip() else None
        )
        changes["co_exhibitor_id"] = exhibitor.id if exhibitor else None
    if args.dry_run:
        return _dry_run(workspace, view.event_id, found, replace(found, **changes), "change")
    saved: list[StandDeadline] = []

    def write() -> ChangeSet:
        written = workspace.stand.edit_deadline(replace(found, **changes))
        saved.append(written.record)
        return written.changes

    moves = tasks_moved(workspace, view.event_id, write)
    deadline = saved[0]
    print(terminal_text(f"Changed deadline {deadline.id}: {deadline.name} by "
                        f"{deadline.due.isoformat()}"))  # fmt: skip
    print_moves(moves)
    return 0


def _deadline_done(args: argparse.Namespace, workspace: Workspace) -> int:
    view = view_of(args, workspace)
    found = find_row(view.deadlines, args.id, "deadline", view, "stand deadline list EVENT")
    saved = workspace.stand.edit_deadline(replace(found, done=not args.undo)).record
    print(terminal_text(f"{saved.name} ({saved.due.isoformat()}): "
                        f"{'done' if saved.done else 'open again'}"))  # fmt: skip
    return 0


def _deadline_remove(args: argparse.Namespace, workspace: Workspace) -> int:
    view = view_of(args, workspace)
    found = find_row(view.deadlines, args.id, "deadline", view, "stand deadline list EVENT")
    if args.dry_run:
        return _dry_run(workspace, view.event_id, found, None, "remove")
    moves = tasks_moved(workspace, view.event_id, lambda: workspace.stand.remove_deadline(found.id))
    print(terminal_text(f"Removed deadline {found.id}: {found.name}"))
    print_moves(moves)
    return 0


def _dry_run(
    workspace: Workspace,
    event_id: int,
    before: StandDeadline | None,
    after: StandDeadline | None,
    verb: str,
) -> int:
    """Say what a write of the deadline would do and which tasks it would move; write
    nothing. The input is checked as the write checks it."""
    if after is not None:
        raise_first(deadline_problems(after))
    shown = after if after is not None else before
    assert shown is not None
    print(terminal_text(f"Would {verb} the deadline {shown.name} by {shown.due.isoformat()} "
                        "(a dry run: nothing was saved)"))  # fmt: skip
    moves = workspace.stand.planned_deadline_moves(event_id, [(before, after)])
    moving = [m for m in moves if m.before != m.after]
    if moving:
        print(terminal_text(moves_text(moving, "Would move {n} with the deadline:")))
    else:
        print("No task would move.")
    return 0


DEADLINE: dict[str, Handler] = {"add": _deadline_add, "list": _deadline_list,
                                "edit": _deadline_edit, "done": _deadline_done,
                                "remove": _deadline_remove}  # fmt: skip
