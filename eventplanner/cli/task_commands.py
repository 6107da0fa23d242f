"""`eventplanner task list|add|edit|done|delete|recompute`: tasks and their deadlines from a
terminal.

TASK is a task's id (`task list` shows them); EVENT an event's id or UID; CONTACT a contact's
id or exact name. A due date is a date (2027-05-03), or a rule counted from an anchor:

    AMOUNT UNIT before|after ANCHOR

UNIT is d (days), w (weeks) or wd (Swedish working days: weekends, public holidays and
midsummer, Christmas and New Year's eves off), e.g. "10wd before start", "2w after end",
"3d before phase:12", "2w after task:7". ANCHOR is start or end (the task's event), phase:ID
(one of its phases), task:ID (another of its tasks) or fair:KIND (its stand's fair organiser's
deadline of that kind, "2wd before fair:catalogue_text": it moves when that deadline is
edited). A date counted in days or weeks that
lands on a day off moves to the working day before (--day-off earlier, the default), after
(later) or stays (keep); the task then says why. Counted tasks move with their event.
Working days are the database's (`eventplanner workdays settings`); after they change,
`task recompute` counts the open tasks again in them (`--dry-run`: which would move).
"""

from __future__ import annotations

import argparse
import json
import re
from dataclasses import replace
from datetime import date, time
from typing import TYPE_CHECKING, Any

from eventplanner.cli import arguments, catalog_commands, feed_commands
from eventplanner.cli.opening import event_by_id_or_uid, opened_workspace
from eventplanner.cli.output import terminal_text
from eventplanner.domain.deadlines import DayOff, parse_relative
from eventplanner.domain.errors import NotFoundError, ValidationError
from eventplanner.domain.stand import DeadlineKind
from eventplanner.domain.task_moves import TaskMove
from eventplanner.domain.tasks import AnchorKind, OwnerRole, Task, TaskDraft, TaskRule
from eventplanner.services.change_journal import recording
from eventplanner.services.tasks.service import TaskFilter
from eventplanner.services.workspace import Workspace

if TYPE_CHECKING:
    Commands = argparse._SubParsersAction[argparse.ArgumentParser]

_DUE_HELP = (
    "a date (2027-05-03), or a rule 'AMOUNT UNIT before|after ANCHOR': UNIT d, w or wd "
    "(working days), ANCHOR start, end, phase:ID, task:ID or fair:KIND (the stand's fair "
    "deadline of that kind); e.g. '10wd before start'"
)
_ANCHOR = re.compile(r"^(start|end|phase:(\d+)|task:(\d+)|fair:([a-z_]+))$", re.IGNORECASE)
_TIME = re.compile(r"^\s*([01]?\d|2[0-3]):([0-5]\d)\s*$")
_ROLES = ", ".join(r.value for r in OwnerRole)
_FAIR_KINDS = tuple(k.value for k in DeadlineKind)


# -- the grammar ---------------------------------------------------------------------------


def add_parsers(commands: Commands) -> None:
    task = commands.add_parser(
        "task",
        help="tasks and their deadlines",
        description="Tasks with an owner and a due date, on an event or on none. A due date "
        "is a date, or counted from the event (" + _DUE_HELP + "); counted tasks move with "
        "their event unless pinned or done.",
    )
    actions = task.add_subparsers(dest="task_action", metavar="ACTION", required=True)

    listing = actions.add_parser("list", help="tasks by due date")
    listing.add_argument("--owner", metavar="CONTACT", help="only this person's tasks")
    listing.add_argument("--event", metavar="EVENT", help="only this event's tasks")
    listing.add_argument(
        "--overdue", action="store_true", help="only open tasks due before today (--today)"
    )
    listing.add_argument(
        "--within", type=int, metavar="N", help="only tasks due within N days of today"
    )
    state = listing.add_mutually_exclusive_group()
    state.add_argument("--open", action="store_true", help="only open tasks")
    state.add_argument("--done", action="store_true", help="only tasks done")
    listing.add_argument("--today", metavar="DATE", help="the day seen from (default: today)")
    listing.add_argument("--format", choices=["table", "json"], default="table")

    add = actions.add_parser(
        "add", help="add a task", description="Add a task. --due: " + _DUE_HELP + "."
    )
    add.add_argument("--title", required=True)
    add.add_argument("--due", required=True, metavar="DATE_OR_RULE", help=_DUE_HELP)
    _add_fields(add)

    edit = actions.add_parser(
        "edit",
        help="change a task",
        description="Change the fields given; others stay. A --due date replaces the rule "
        "the task was counted from; a --due rule is counted anew.",
    )
    edit.add_argument("task", metavar="TASK", help="the task's id")
    edit.add_argument("--title")
    edit.add_argument("--due", metavar="DATE_OR_RULE", help=_DUE_HELP)
    _add_fields(edit)
    edit.add_argument("--no-time", action="store_true", help="take the time away")
    edit.add_argument("--no-owner", action="store_true", help="take the owner away")
    edit.add_argument("--unpinned", action="store_true", help="let the task move again")

    done = actions.add_parser("done", help="tick a task done (or, with --undo, open again)")
    done.add_argument("task", metavar="TASK", help="the task's id")
    done.add_argument("--undo", action="store_true", help="open the task again")
    done.add_argument("--by", default="", metavar="NAME", help="who did it")

    delete = actions.add_parser("delete", help="delete a task")
    delete.add_argument("task", metavar="TASK", help="the task's id")

    recompute = actions.add_parser(
        "recompute",
        help="count the open tasks again in the database's working days",
        description="Count every open, unpinned task with a rule again in the database's "
        "working days (after `eventplanner workdays settings` changed them: tasks already "
        "counted keep their dates until then), and say which moved, from → to.",
    )
    recompute.add_argument(
        "--dry-run", action="store_true", help="only say which would move; change nothing"
    )


def _add_fields(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--time", metavar="HH:MM", help="a time on the due date")
    parser.add_argument("--event", metavar="EVENT", help="the event's id or UID")
    parser.add_argument("--owner", metavar="CONTACT", help="the person's id or exact name")
    parser.add_argument("--role", metavar="ROLE", help=f"the owner's role: {_ROLES}")
    parser.add_argument("--notes")
    parser.add_argument("--pinned", action="store_true", help="stays when its event moves")
    parser.add_argument(
        "--day-off",
        choices=[d.value for d in DayOff],
        help="a counted date on a day off moves earlier (the default), later, or is kept",
    )


# -- running -------------------------------------------------------------------------------


def run(args: argparse.Namespace) -> int:
    """Each write publishes again the deadline feeds it changed."""
    with opened_workspace(args) as workspace, recording() as journal:
        status = _HANDLERS[args.task_action](args, workspace)
        if journal.changes:
            feed_commands.republish_changed(workspace, journal.changes)
        return status


def _task_id(text: str) -> int:
    ident = arguments.record_id(text)
    if ident is None:
        raise ValidationError("TASK", f"{text!r} is not a task's id; see `eventplanner task list`")
    return ident


def _event_id(workspace: Workspace, ref: str) -> int:
    event = event_by_id_or_uid(workspace, ref)
    if event is None:
        raise NotFoundError(f"there is no event with the id or UID {ref!r}")
    return event.id


def _contact_id(workspace: Workspace, ref: str) -> int:
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


def _time(text: str) -> time:
    found = _TIME.match(text)
    if found is None:
        raise ValidationError("--time", f"{text!r} is not a time like 09:30")
    return time(int(found.group(1)), int(found.group(2)))


def _role(text: str) -> OwnerRole:
    try:
        return OwnerRole(" ".join(text.lower().replace("_", " ").split()))
    except ValueError:
        raise ValidationError("--role", f"{text!r} is not one of {_ROLES}") from None


def _due_fields(args: argparse.Namespace, rule_day_off: DayOff) -> dict[str, Any]:
    due = parse_due(args.due, rule_day_off)
    if isinstance(due, date):
        return {"due_date": due, "rule": None}
    return {"due_date": None, "rule": due}


def _list(args: argparse.Namespace, workspace: Workspace) -> int:
    today = arguments.parse_date(args.today, "--today") if args.today else date.today()  # noqa: DTZ011
    if args.within is not None and not 0 <= args.within <= 3650:
        raise ValidationError("--within", f"give 0 to 3650 days, not {args.within}")
    where = TaskFilter(
        owner_contact_id=_contact_id(workspace, args.owner) if args.owner else None,
        event_id=_event_id(workspace, args.event) if args.event else None,
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


def _draft(args: argparse.Namespace, workspace: Workspace, task: Task | None) -> TaskDraft:
    day_off = DayOff(args.day_off) if args.day_off else None
    if task is None:
        draft = TaskDraft(args.title, **_due_fields(args, day_off or DayOff.EARLIER))
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
            draft = replace(draft, **_due_fields(args, day_off or kept))
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
        changes["due_time"] = _time(args.time)
    if args.event is not None:
        changes["event_id"] = _event_id(workspace, args.event)
    if args.owner is not None:
        changes["owner_contact_id"] = _contact_id(workspace, args.owner)
    if args.role is not None:
        changes["owner_role"] = _role(args.role)
    if args.notes is not None:
        changes["notes"] = args.notes
    if args.pinned:
        changes["pinned"] = True
    return replace(draft, **changes)


def _said(verb: str, task: Task) -> str:
    where = f" on {task.event_title!r}" if task.event_title else ""
    line = f"{verb} task {task.id} {task.title!r}{where}, due {task.due_date.isoformat()}"
    if task.rule is not None:
        line += f" ({task.rule.describe()})"
    if task.moved_reason:
        line += f"\n  why: {task.moved_reason}"
    return line


def _add(args: argparse.Namespace, workspace: Workspace) -> int:
    task = workspace.tasks.add(_draft(args, workspace, None)).task
    print(terminal_text(_said("Added", task)))
    return 0


def _edit(args: argparse.Namespace, workspace: Workspace) -> int:
    current = workspace.tasks.get(_task_id(args.task))
    if args.pinned and args.unpinned:
        raise ValidationError("--pinned", "give --pinned or --unpinned, not both")
    written = workspace.tasks.edit(
        current.id, _draft(args, workspace, current), expected_version=current.version
    )
    print(terminal_text(_said("Changed", written.task)))
    return 0


def _done(args: argparse.Namespace, workspace: Workspace) -> int:
    ident = _task_id(args.task)
    if args.undo:
        task = workspace.tasks.undo_done(ident).task
        print(terminal_text(f"Task {task.id} {task.title!r} is open again"))
    else:
        task = workspace.tasks.mark_done(ident, by=args.by).task
        print(terminal_text(f"Task {task.id} {task.title!r} is done"))
    return 0


def _delete(args: argparse.Namespace, workspace: Workspace) -> int:
    ident = _task_id(args.task)
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


_HANDLERS = {"list": _list, "add": _add, "edit": _edit, "done": _done, "delete": _delete,
             "recompute": _recompute}  # fmt: skip


def moves_text(moves: list[TaskMove], heading: str = "Moved {n} with the event:") -> str:
    """The tasks a move of an event took along (or will), one a line: "from → to";
    ``heading`` with {n} for "3 tasks"."""
    lines = [heading.format(n=f"{len(moves)} task{'s' if len(moves) != 1 else ''}")]
    for move in moves:
        why = f" ({move.reason})" if move.reason else ""
        dates = f"{move.before.isoformat()} → {move.after.isoformat()}"
        lines.append(f"  {move.id:>5}  {move.title}: {dates}{why}")
    return "\n".join(lines)
