"""`eventplanner stand …` and `eventplanner exhibitor …`: a fair's stand from a terminal.

The shape: everything about the stand is `stand ACTION EVENT …` (`show`, `edit`, `export`)
or `stand LIST ACTION EVENT …` for its lists (`deadline`, `staff`, `material`), a list's
row named by its id after EVENT (as `stand … list` shows it); the co-exhibitors are
`exhibitor ACTION EVENT ORGANISATION`. EVENT is an event's id, UID or exact title (when
one event has it); ORGANISATION and CONTACT an id or exact name. Numbers take a decimal
point or comma (12.5, 12,5). Every command is one write: refused input changes nothing.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from eventplanner.domain.stand import DeadlineKind, ExhibitorState, MaterialState, StandType

if TYPE_CHECKING:
    Commands = argparse._SubParsersAction[argparse.ArgumentParser]

_EVENT = "the event's id, UID or exact title"
_SHAPE = (
    "Stand commands take the event first: `stand show|edit|export EVENT`, and for the "
    "stand's lists `stand deadline|staff|material ACTION EVENT [ID]` (a row's ID as the "
    "list shows it). Co-exhibitors: `eventplanner exhibitor add|edit|list|remove EVENT "
    "ORGANISATION`. Opening hours are the event's open-day phases (`eventplanner phase`)."
)


def _choices(kinds: type[StandType | DeadlineKind | ExhibitorState | MaterialState]) -> str:
    return ", ".join(k.value.replace("_", " ") for k in kinds)


def add_parsers(commands: Commands) -> None:
    stand = commands.add_parser(
        "stand",
        help="a fair's stand: booth, deadlines, badges, materials, spreadsheet",
        description=f"The event's stand at a fair. {_SHAPE}",
    )
    actions = stand.add_subparsers(dest="stand_action", metavar="ACTION", required=True)
    show = actions.add_parser("show", help="the stand whole: booth, open days, lists")
    show.add_argument("event", metavar="EVENT", help=_EVENT)
    show.add_argument("--format", choices=["text", "json"], default="text")
    edit = actions.add_parser(
        "edit",
        help="make or change the stand",
        description="Make the event's stand, or change what is given. The co-exhibitors' "
        "shares of the area may add up to the stand's area, never more: a smaller area "
        "than they hold is refused.",
    )
    edit.add_argument("event", metavar="EVENT", help=_EVENT)
    edit.add_argument("--organiser", metavar="ORG", help="the fair organiser (organisation "
                      "id or exact name; '' for none)")  # fmt: skip
    edit.add_argument("--hall")
    edit.add_argument("--booth", help="the booth number, e.g. A:12")
    edit.add_argument("--area", metavar="M2", help="the stand's area in m² ('' for unknown)")
    edit.add_argument("--type", dest="stand_type", choices=[t.value for t in StandType])
    edit.add_argument("--lead", metavar="CONTACT", help="the stand lead ('' for none)")
    edit.add_argument("--notes")
    export = actions.add_parser(
        "export",
        help="the stand's lists as a spreadsheet",
        description="One .xlsx with sheets Co-exhibitors, Badges, Orders and deadlines, and "
        "Materials, as a fair organiser asks for; written whole or not at all.",
    )
    export.add_argument("event", metavar="EVENT", help=_EVENT)
    export.add_argument("--xlsx", required=True, metavar="FILE", help="the file to write")
    _deadline_parsers(actions)
    _staff_parsers(actions)
    _material_parsers(actions)
    _exhibitor_parsers(commands)


def _deadline_parsers(actions: Commands) -> None:
    deadline = actions.add_parser(
        "deadline",
        help="the fair organiser's deadlines",
        description="The fair organiser's deadlines from the exhibitor manual, the stand's "
        f"or a co-exhibitor's own. Kinds: {_choices(DeadlineKind)}.",
    )
    steps = deadline.add_subparsers(dest="list_action", metavar="ACTION", required=True)
    add = steps.add_parser("add", help="add a deadline")
    add.add_argument("event", metavar="EVENT", help=_EVENT)
    add.add_argument("--kind", required=True, metavar="KIND", help=_choices(DeadlineKind))
    add.add_argument("--due", required=True, metavar="DATE", help="2027-01-15")
    add.add_argument("--time", metavar="HH:MM", help="the time of day it is due, if any")
    add.add_argument("--title", default="", help="(default: the kind)")
    add.add_argument("--exhibitor", metavar="ORGANISATION",
                     help="a co-exhibitor's own deadline")  # fmt: skip
    add.add_argument("--notes", default="")
    _dry_run(add)
    listing = steps.add_parser("list", help="the deadlines in date order")
    listing.add_argument("event", metavar="EVENT", help=_EVENT)
    listing.add_argument("--format", choices=["text", "json"], default="text")
    edit = steps.add_parser(
        "edit",
        help="change a deadline: its date, say",
        description="Change what is given of a deadline. The tasks counted from the stand's "
        "deadline of its kind (the earliest) move with it, as tasks move with their event; "
        "which, from → to, is said.",
    )
    edit.add_argument("event", metavar="EVENT", help=_EVENT)
    edit.add_argument("id", metavar="ID", help="the deadline's id (see `stand deadline list`)")
    edit.add_argument("--kind", metavar="KIND", help=_choices(DeadlineKind))
    edit.add_argument("--due", metavar="DATE", help="2027-01-15")
    edit.add_argument("--time", metavar="HH:MM", help="the time of day it is due ('' for none)")
    edit.add_argument("--title", help="('' for the kind)")
    edit.add_argument("--exhibitor", metavar="ORGANISATION",
                      help="a co-exhibitor's own deadline ('' for the stand's)")  # fmt: skip
    edit.add_argument("--notes")
    _dry_run(edit)
    done = steps.add_parser("done", help="tick a deadline done (or open again)")
    done.add_argument("event", metavar="EVENT", help=_EVENT)
    done.add_argument("id", metavar="ID", help="the deadline's id (see `stand deadline list`)")
    done.add_argument("--undo", action="store_true", help="open it again")
    remove = steps.add_parser("remove", help="take a deadline away")
    remove.add_argument("event", metavar="EVENT", help=_EVENT)
    remove.add_argument("id", metavar="ID", help="the deadline's id")
    _dry_run(remove)


def _dry_run(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--dry-run", action="store_true",
        help="only say which tasks counted from the deadline would move; change nothing",
    )  # fmt: skip


def _staff_parsers(actions: Commands) -> None:
    staff = actions.add_parser(
        "staff",
        help="the people on the stand, for badges",
        description="The people working the stand, named for their badges: the cluster's "
        "or a co-exhibitor's.",
    )
    steps = staff.add_subparsers(dest="list_action", metavar="ACTION", required=True)
    add = steps.add_parser("add", help="add a person")
    add.add_argument("event", metavar="EVENT", help=_EVENT)
    add.add_argument("name", metavar="NAME", help="as on the badge")
    add.add_argument("--exhibitor", metavar="ORGANISATION",
                     help="a co-exhibitor's person (default: the cluster's)")  # fmt: skip
    add.add_argument("--contact", metavar="CONTACT", help="the person as a contact, if one")
    add.add_argument("--no-badge", dest="badge", action="store_false",
                     help="on the stand without a badge of ours")  # fmt: skip
    listing = steps.add_parser("list", help="the people, the cluster's first")
    listing.add_argument("event", metavar="EVENT", help=_EVENT)
    listing.add_argument("--format", choices=["text", "json"], default="text")
    remove = steps.add_parser("remove", help="take a person off")
    remove.add_argument("event", metavar="EVENT", help=_EVENT)
    remove.add_argument("id", metavar="ID", help="the person's id (see `stand staff list`)")


def _material_fields(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--quantity", metavar="N")
    parser.add_argument("--packs", metavar="CONTACT", help="who packs it ('' for no one)")
    parser.add_argument("--ships", metavar="CONTACT", help="who ships it ('' for no one)")
    parser.add_argument("--brings-back", dest="brings_back", metavar="CONTACT",
                        help="who brings it back ('' for no one)")  # fmt: skip
    parser.add_argument("--state", metavar="STATE", help=f"where it is: {_choices(MaterialState)}")
    parser.add_argument("--notes")


def _material_parsers(actions: Commands) -> None:
    material = actions.add_parser(
        "material",
        help="the materials checklist and shipping",
        description="What goes to the stand (roll-ups, screens, brochures, demo kit), who "
        f"packs, ships and brings it back, and where it is ({_choices(MaterialState)}).",
    )
    steps = material.add_subparsers(dest="list_action", metavar="ACTION", required=True)
    add = steps.add_parser("add", help="add an item")
    add.add_argument("event", metavar="EVENT", help=_EVENT)
    add.add_argument("item", metavar="ITEM")
    _material_fields(add)
    listing = steps.add_parser("list", help="the items")
    listing.add_argument("event", metavar="EVENT", help=_EVENT)
    listing.add_argument("--format", choices=["text", "json"], default="text")
    edit = steps.add_parser("edit", help="change an item: where it is now, say")
    edit.add_argument("event", metavar="EVENT", help=_EVENT)
    edit.add_argument("id", metavar="ID", help="the item's id (see `stand material list`)")
    edit.add_argument("--item")
    _material_fields(edit)
    remove = steps.add_parser("remove", help="take an item off the list")
    remove.add_argument("event", metavar="EVENT", help=_EVENT)
    remove.add_argument("id", metavar="ID", help="the item's id")


def _exhibitor_fields(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--contact", metavar="CONTACT", help="their contact ('' for none)")
    share = parser.add_mutually_exclusive_group()
    share.add_argument("--area", metavar="M2", help="their share of the stand's area in m²")
    share.add_argument("--fee", metavar="SEK", help="a fixed fee instead of a share")
    parser.add_argument("--staff", metavar="N", help="how many people they may have there")
    parser.add_argument("--badges", metavar="N", help="how many badges they get")
    parser.add_argument("--brings", metavar="TEXT", help="what they bring: a demo, a robot cell")
    parser.add_argument("--power", metavar="KW", help="the power they need, in kW")
    parser.add_argument("--floor", metavar="M2", help="the floor their demo needs, in m²")
    parser.add_argument("--state", choices=[s.value for s in ExhibitorState],
                        help="asked, confirmed, or approved by the fair organiser")  # fmt: skip
    parser.add_argument("--notes")


def _exhibitor_parsers(commands: Commands) -> None:
    exhibitor = commands.add_parser(
        "exhibitor",
        help="the co-exhibitors sharing a fair's stand",
        description="Member companies sharing the event's stand, each with a share of its "
        "area or a fixed fee (not both). Their shares may add up to the stand's area, "
        f"never more. {_SHAPE}",
    )
    actions = exhibitor.add_subparsers(dest="exhibitor_action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="a company shares the stand")
    add.add_argument("event", metavar="EVENT", help=_EVENT)
    add.add_argument("organisation", metavar="ORGANISATION", help="id or exact name")
    _exhibitor_fields(add)
    edit = actions.add_parser("edit", help="change what is given of a co-exhibitor")
    edit.add_argument("event", metavar="EVENT", help=_EVENT)
    edit.add_argument("organisation", metavar="ORGANISATION", help="id or exact name")
    _exhibitor_fields(edit)
    listing = actions.add_parser("list", help="the co-exhibitors")
    listing.add_argument("event", metavar="EVENT", help=_EVENT)
    listing.add_argument("--format", choices=["text", "json"], default="text")
    remove = actions.add_parser(
        "remove", help="a company no longer shares the stand (its deadlines and people go)"
    )
    remove.add_argument("event", metavar="EVENT", help=_EVENT)
    remove.add_argument("organisation", metavar="ORGANISATION", help="id or exact name")
