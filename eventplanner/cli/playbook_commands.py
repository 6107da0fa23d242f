"""`eventplanner playbook list|show|apply|export|import|copy|delete`: checklists whose
deadlines follow the event, from a terminal.

NAME is a playbook's name (any case). EVENT is an event's id, UID or exact title. The
built-in playbooks are read-only: `playbook copy` makes one of the team's to change (or
export one, change the file, and import it). JSON carries the playbook file's own format.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventplanner.cli import feed_commands
from eventplanner.cli.opening import opened_workspace
from eventplanner.cli.output import terminal_text
from eventplanner.cli.programme_commands import find_event
from eventplanner.domain.playbook_files import to_document
from eventplanner.domain.playbooks import LANGUAGES, PlannedTask, describe_deadline
from eventplanner.services.change_journal import recording, written_changes
from eventplanner.services.playbooks.records import EventPlan, StoredPlaybook
from eventplanner.services.workspace import Workspace

if TYPE_CHECKING:
    Commands = argparse._SubParsersAction[argparse.ArgumentParser]


# -- the grammar ---------------------------------------------------------------------------


def add_parser(commands: Commands) -> None:
    playbook = commands.add_parser(
        "playbook",
        help="checklists whose deadlines follow the event",
        description="A playbook is a named list of tasks for a kind of event, each due "
        "relative to the event (its start or end, a phase, the fair organiser's deadline, or "
        "another task), in days, weeks or Swedish working days. Applying one to an event "
        "makes its tasks; they move when the event moves. The built-in playbooks are "
        "read-only: copy one to change it.",
    )
    actions = playbook.add_subparsers(dest="playbook_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="the playbooks, built-in and the team's")
    listing.add_argument("--format", choices=["table", "json"], default="table")
    show = actions.add_parser("show", help="one playbook's tasks and their deadlines")
    show.add_argument("name", metavar="NAME", help="the playbook's name")
    show.add_argument("--format", choices=["text", "json"], default="text")
    show.add_argument("--language", choices=LANGUAGES, help="the titles in en or sv")
    apply = actions.add_parser(
        "apply",
        help="make an event's tasks from a playbook",
        description="Make the event's tasks from the playbook, each due as counted from "
        "the event and moved off a non-working day as its rule says (the reason is shown). "
        "Tasks the event has from the playbook already are left as they are.",
    )
    apply.add_argument("name", metavar="NAME", help="the playbook's name")
    apply.add_argument("event", metavar="EVENT", help="the event's id, UID or exact title")
    apply.add_argument(
        "--dry-run", action="store_true", help="show the tasks and their dates; save nothing"
    )
    apply.add_argument(
        "--language", choices=LANGUAGES, help="the tasks' titles in en or sv (default: the "
        "playbook's language)"
    )  # fmt: skip
    export = actions.add_parser("export", help="write a playbook to a file to share")
    export.add_argument("name", metavar="NAME", help="the playbook's name")
    export.add_argument("file", metavar="FILE", help="the file to write (.json)")
    importing = actions.add_parser(
        "import",
        help="add a playbook from a file",
        description="Add the playbook a file holds (one `playbook export` wrote) as one of "
        "the team's. A name already taken is refused unless --name or --rename is given.",
    )
    importing.add_argument("file", metavar="FILE", help="the playbook file (.json)")
    naming = importing.add_mutually_exclusive_group()
    naming.add_argument("--name", help="import it under this name")
    naming.add_argument(
        "--rename", action="store_true", help="if the name is taken, add a number: 'Name (2)'"
    )
    copy = actions.add_parser("copy", help="copy a playbook (a built-in one too) to change it")
    copy.add_argument("name", metavar="NAME", help="the playbook to copy")
    copy.add_argument("new_name", metavar="NEW_NAME", help="the copy's name")
    delete = actions.add_parser("delete", help="delete one of the team's playbooks")
    delete.add_argument("name", metavar="NAME", help="the playbook's name")


# -- running -------------------------------------------------------------------------------


def run(args: argparse.Namespace) -> int:
    # What a command says is printed once the feeds are published again: output cut short
    # (piped into `head`) must not leave the deadline feeds without the tasks just made.
    with opened_workspace(args) as workspace, recording() as journal:
        with contextlib.redirect_stdout(io.StringIO()) as said:
            result = _HANDLERS[args.playbook_action](args, workspace)
            if journal.changes:  # tasks made: the deadline feeds show them
                changes = written_changes(None, journal.changes)
                feed_commands.republish_changed(workspace, changes)
        sys.stdout.write(said.getvalue())
        return result


def _kind(stored: StoredPlaybook) -> str:
    kind = stored.playbook.event_kind
    return kind.label if kind is not None else "any"


def _list(args: argparse.Namespace, workspace: Workspace) -> int:
    listed = workspace.playbooks.list()
    if args.format == "json":
        print(json.dumps([_summary(s) for s in listed], ensure_ascii=False, indent=2))
        return 0
    width = max((len(s.name) for s in listed), default=4)
    print(f"{'NAME':<{width}}  {'FOR':<16}  TASKS  ")
    for stored in listed:
        whose = "built-in" if stored.built_in else "the team's"
        print(
            terminal_text(
                f"{stored.name:<{width}}  {_kind(stored):<16}  {len(stored.playbook.templates):>5}"
                f"  {whose}"
            )
        )
    return 0


def _summary(stored: StoredPlaybook) -> dict[str, Any]:
    playbook = stored.playbook
    return {
        "name": playbook.name,
        "event_kind": playbook.event_kind.value if playbook.event_kind else None,
        "language": playbook.language,
        "tasks": len(playbook.templates),
        "built_in": stored.built_in,
        "id": stored.id,
    }


def _show(args: argparse.Namespace, workspace: Workspace) -> int:
    stored = workspace.playbooks.get(args.name)
    playbook = stored.playbook
    if args.format == "json":
        print(json.dumps({**to_document(playbook), "built_in": stored.built_in},
                         ensure_ascii=False, indent=2))  # fmt: skip
        return 0
    language = args.language or playbook.language
    whose = "built-in (copy it to change it)" if stored.built_in else "the team's"
    lines = [
        playbook.name,
        f"For: {_kind(stored)}; {len(playbook.templates)} tasks; language {playbook.language}; "
        f"{whose}",
    ]
    description = playbook.description(language)
    if description:
        lines.append(description)
    lines.append("")
    for template in playbook.templates:
        lines.append(f"{template.key}: {template.title(language)}")
        lines.append(f"    {template.owner_role.value}; {describe_deadline(template)}")
    print(terminal_text("\n".join(lines)))
    return 0


def _apply(args: argparse.Namespace, workspace: Workspace) -> int:
    event = find_event(workspace, args.event)
    playbooks = workspace.playbooks
    language = args.language or playbooks.get(args.name).playbook.language
    if args.dry_run:
        plan = playbooks.plan(args.name, event.id)
        made = len(plan.new_tasks)
        head = f"Would make {made} task{'s' * (made != 1)} (a dry run: nothing was saved)"
    else:
        applied = playbooks.apply(args.name, event.id, language=args.language)
        plan = applied.plan
        made = len(applied.task_ids)
        head = f"Made {made} task{'s' * (made != 1)}"
    print(terminal_text(f"{plan.playbook} → {plan.event_title} (event {plan.event_id}): {head}"))
    if plan.existing:
        print(
            f"{len(plan.existing)} of its {len(plan.tasks)} tasks the event has already "
            "(applied before): left as they are"
        )
    _print_tasks(plan, language)
    return 0


def _print_tasks(plan: EventPlan, language: str) -> None:
    for task in sorted(plan.new_tasks, key=lambda t: (t.due.day, t.template.key)):
        print(terminal_text(_task_line(task, language)))
        for reason in task.reasons:
            print(terminal_text(f"      {reason}"))


def _task_line(task: PlannedTask, language: str) -> str:
    day = task.due.day
    week = day.isocalendar().week
    template = task.template
    return (
        f"  {day:%Y-%m-%d} {day:%a} w{week:<2}  {template.title(language)}  "
        f"({template.owner_role.value}; {describe_deadline(template)})"
    )


def _export(args: argparse.Namespace, workspace: Workspace) -> int:
    path = workspace.playbooks.export(args.name, Path(args.file))
    print(terminal_text(f"Wrote {workspace.playbooks.get(args.name).name!r} to {path}"))
    return 0


def _import(args: argparse.Namespace, workspace: Workspace) -> int:
    written = workspace.playbooks.import_file(Path(args.file), name=args.name, rename=args.rename)
    count = len(written.stored.playbook.templates)
    print(terminal_text(f"Imported {written.stored.name!r} ({count} tasks)"))
    return 0


def _copy(args: argparse.Namespace, workspace: Workspace) -> int:
    written = workspace.playbooks.copy(args.name, args.new_name)
    print(terminal_text(f"Copied to {written.stored.name!r}: yours to change"))
    return 0


def _delete(args: argparse.Namespace, workspace: Workspace) -> int:
    name = workspace.playbooks.get(args.name).name
    workspace.playbooks.delete(args.name)
    print(terminal_text(f"Deleted {name!r} (tasks made from it stay)"))
    return 0


_HANDLERS = {
    "list": _list,
    "show": _show,
    "apply": _apply,
    "export": _export,
    "import": _import,
    "copy": _copy,
    "delete": _delete,
}
