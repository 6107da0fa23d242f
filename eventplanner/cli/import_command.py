"""``eventplanner import FILE...``: preview an iCalendar import, then write it.

Every file is read and checked before anything is written, so a refused file (named with
its line or event) leaves the database as it was. Each file is then imported in a
transaction of its own.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from eventplanner.cli import arguments, catalog_commands
from eventplanner.domain.clock import clock_text
from eventplanner.domain.enums import EventKind
from eventplanner.domain.errors import EventplannerError, ValidationError
from eventplanner.ical.reader_errors import ICalendarError
from eventplanner.ical.reader_lines import read_file
from eventplanner.services.importing.service import (
    ImportAction,
    ImportOptions,
    ImportPlan,
    PlannedEvent,
)
from eventplanner.services.workspace import Workspace


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The ``import`` subcommand's grammar (cli/parser.py calls this)."""
    command = commands.add_parser(
        "import",
        help="import events from iCalendar (.ics) files",
        description="Import events from .ics files (Outlook, Exchange, Google, Apple, event "
        "sites). Prints what is new, updated, unchanged or skipped, then writes it. Events "
        "already imported are matched by UID: a newer version updates them, the same or an "
        "older one changes nothing.",
    )
    command.add_argument("files", nargs="+", metavar="FILE", help="an .ics file")
    command.add_argument("--dry-run", action="store_true", help="show the plan, write nothing")
    command.add_argument("--project", metavar="NAME_OR_ID", help="put every event in this project")
    command.add_argument(
        "--kind", metavar="KIND", help="kind of events whose categories name none (default: other)"
    )
    command.add_argument(
        "--zone",
        metavar="ZONE",
        help="IANA zone for times written without one (when the file names none), and for "
        "showing times; default $EVENTPLANNER_TIME_ZONE, else Europe/Stockholm",
    )
    command.add_argument(
        "--venue",
        action="append",
        default=[],
        metavar="LOCATION=VENUE",
        help="events whose LOCATION is this go to this existing venue (a name or id) instead "
        'of a new one, e.g. --venue "Sal 1, plan 4=Kongresshallen"; may be given again',
    )
    command.add_argument(
        "--skip-bad",
        action="store_true",
        help="leave out (and list) events that cannot be imported instead of refusing the file",
    )


def run(args: argparse.Namespace, workspace: Workspace, zone_name: str) -> int:
    """Plan every file, print the plans, and (without --dry-run) import them."""
    resolve = catalog_commands.resolver(workspace)
    options = ImportOptions(
        project_id=resolve("project", args.project) if args.project else None,
        kind=arguments.parse_kind(args.kind) if args.kind else EventKind.OTHER,
        floating_zone=zone_name,
        display_zone=zone_name,
        skip_bad=args.skip_bad,
        venue_choices=tuple(_venue_choice(given, resolve) for given in args.venue),
    )
    contents = [(name, _read(name)) for name in args.files]
    plans = [(name, _plan(workspace, name, data, options)) for name, data in contents]
    for name, plan in plans:
        print(describe(name, plan))
    if args.dry_run:
        print("Dry run: nothing was written.")
        return 0
    for name, data in contents:
        # Planned again just before writing: an earlier file may hold the same events.
        plan = _plan(workspace, name, data, options)
        result = workspace.imports.apply(plan)
        print(
            f"{name}: imported {len(result.created)} new and {len(result.updated)} updated "
            f"events" + (f"; {len(result.venues_created)} venues made" if result.venues_created
                         else "")
        )  # fmt: skip
    return 0


def _venue_choice(given: str, resolve: Callable[[str, str], int]) -> tuple[str, int]:
    """``LOCATION=VENUE`` as (LOCATION, the venue's id); the last ``=`` parts them."""
    location, equals, venue = given.rpartition("=")
    if not equals or not location.strip() or not venue.strip():
        raise ValidationError(
            "--venue", f"{given!r} is not LOCATION=VENUE (the text of LOCATION, '=', a venue)"
        )
    return location.strip(), resolve("venue", venue.strip())


def _read(name: str) -> bytes:
    try:
        return read_file(Path(name).expanduser())
    except OSError as exc:
        raise ValidationError("FILE", f"{name} cannot be read: {exc.strerror or exc}") from None
    except ICalendarError as exc:
        raise EventplannerError(f"{name}: {exc}; nothing was imported") from None


def _plan(workspace: Workspace, name: str, data: bytes, options: ImportOptions) -> ImportPlan:
    try:
        return workspace.imports.plan(data, options=options)
    except EventplannerError as exc:
        raise EventplannerError(f"{name}: {exc}; nothing was imported") from None


def describe(name: str, plan: ImportPlan) -> str:
    """The plan as text: counts, then one line per event (and its warnings)."""
    counts = ", ".join(f"{plan.count(action)} {action.value}" for action in ImportAction)
    lines = [f"{name}: {counts}"]
    if plan.project_name:
        lines.append(f"  into the project {plan.project_name}")
    if plan.new_venues:
        lines.append(f"  new venues: {', '.join(plan.new_venues)}")
    for location, venue in plan.chosen_venues:
        lines.append(f"  LOCATION {location!r} goes to the venue {venue}")
    lines += [f"  ! {warning}" for warning in plan.warnings]
    for event in plan.events:
        lines.append("  " + _event_line(event))
        lines += [f"      ! {warning}" for warning in event.warnings]
    return "\n".join(lines)


def _event_line(event: PlannedEvent) -> str:
    where = f"line {event.line}" if event.line is not None else ""
    if event.action is ImportAction.SKIPPED:
        return f"{event.action.value:<9}  {where}  {event.title or event.uid}: {event.reason}"
    when = _when(event.start, event.end)
    extra = [event.kind.label] if event.kind else []
    if event.recurring:
        extra.append("series")
    if event.tags:
        extra.append("tags: " + ", ".join(event.tags))
    return f"{event.action.value:<9}  {when:<33}  {event.title}  ({'; '.join(extra)})"


def _when(start: datetime | date | None, end: datetime | date | None) -> str:
    if isinstance(start, datetime) and isinstance(end, datetime):
        week = start.isocalendar().week
        same_day = start.date() == end.date()
        finish = clock_text(end) if same_day else f"{end:%Y-%m-%d} {clock_text(end)}"
        return f"{start:%Y-%m-%d} {clock_text(start)}–{finish} v.{week}"
    if isinstance(start, date) and isinstance(end, date):
        week = start.isocalendar().week
        return f"{start:%Y-%m-%d}" + (f"–{end:%Y-%m-%d}" if end != start else "") + f" v.{week}"
    return ""
