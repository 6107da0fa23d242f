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
from typing import TYPE_CHECKING

from eventplanner.cli import feed_commands
from eventplanner.cli.opening import opened_workspace
from eventplanner.cli.task_input import ROLES
from eventplanner.cli.task_running import HANDLERS
from eventplanner.domain.deadlines import DayOff
from eventplanner.services.change_journal import recording

if TYPE_CHECKING:
    Commands = argparse._SubParsersAction[argparse.ArgumentParser]

_DUE_HELP = (
    "a date (2027-05-03), or a rule 'AMOUNT UNIT before|after ANCHOR': UNIT d, w or wd "
    "(working days), ANCHOR start, end, phase:ID, task:ID or fair:KIND (the stand's fair "
    "deadline of that kind); e.g. '10wd before start'"
)


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
    parser.add_argument("--role", metavar="ROLE", help=f"the owner's role: {ROLES}")
    parser.add_argument("--notes")
    parser.add_argument("--pinned", action="store_true", help="stays when its event moves")
    parser.add_argument(
        "--day-off",
        choices=[d.value for d in DayOff],
        help="a counted date on a day off moves earlier (the default), later, or is kept",
    )


# -- running (``task_running``) -------------------------------------------------------------


def run(args: argparse.Namespace) -> int:
    """Each write publishes again the deadline feeds it changed."""
    with opened_workspace(args) as workspace, recording() as journal:
        status = HANDLERS[args.task_action](args, workspace)
        if journal.changes:
            feed_commands.republish_changed(workspace, journal.changes)
        return status
