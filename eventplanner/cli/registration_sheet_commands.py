"""`eventplanner registration import|export|emails`: an event's registrations in from a
spreadsheet (a web form's export, an Excel list) and out to one, and its e-mail addresses
as Outlook's To field takes them.

`import` prints what it does (with --dry-run only that, writing nothing); a list with
problems is refused whole, each problem naming its row and column, with exit status 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventplanner.cli.output import terminal_text
from eventplanner.domain.enums import parse_enum
from eventplanner.domain.errors import ValidationError
from eventplanner.domain.model import Event
from eventplanner.domain.registrations import RegistrationStatus
from eventplanner.domain.sheet_columns import SheetField, changed_mapping, guess_mapping
from eventplanner.services.registrations.sheet_export import delimiter_named
from eventplanner.services.registrations.sheet_files import read_sheet
from eventplanner.services.registrations.sheet_records import ImportPreview
from eventplanner.services.workspace import Workspace

if TYPE_CHECKING:
    Actions = argparse._SubParsersAction[argparse.ArgumentParser]

ACTIONS = frozenset({"import", "export", "emails"})
_EVENT = "the event's id, UID or exact title"
_FIELDS = ", ".join(f.value for f in SheetField)


def add_actions(actions: Actions) -> None:
    """The `registration` actions for spreadsheets."""
    importing = actions.add_parser(
        "import",
        help="register the people of a CSV or XLSX list (a web form's export)",
        description="Register the people of a CSV or XLSX list for an event. Columns are "
        "recognised by their headers (Förnamn, Efternamn, E-post, Organisation, ... or the "
        "English ones); people are matched by e-mail, rows with the same e-mail merged; "
        "when the event is full the rest go to the waitlist. A list with any problem is "
        "refused whole, naming each row and column.",
    )
    importing.add_argument("event", metavar="EVENT", help=_EVENT)
    importing.add_argument("file", metavar="FILE", type=Path, help="a .csv or .xlsx file")
    importing.add_argument("--dry-run", action="store_true",
                           help="say what the import would do; change nothing")  # fmt: skip
    importing.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                           help=f"read a column (its header or letter) as a field: {_FIELDS} "
                           "(repeatable)")  # fmt: skip
    importing.add_argument("--format", choices=["table", "json"], default="table")
    exporting = actions.add_parser(
        "export",
        help="write an event's participant list (with attendance) to XLSX or CSV",
        description="Write an event's registrations to an XLSX workbook or a CSV file "
        "(UTF-8 with a byte-order mark, semicolons as Excel in Sweden expects). Text that a "
        "spreadsheet would run as a formula gets an apostrophe before it.",
    )
    exporting.add_argument("event", metavar="EVENT", help=_EVENT)
    target = exporting.add_mutually_exclusive_group(required=True)
    target.add_argument("--xlsx", type=Path, metavar="FILE")
    target.add_argument("--csv", type=Path, metavar="FILE")
    exporting.add_argument("--delimiter", default="semicolon",
                           help="of the CSV file: semicolon (default), comma or tab")  # fmt: skip
    emails = actions.add_parser(
        "emails",
        help="the e-mail addresses of an event's registrations, for Outlook's To field",
    )
    emails.add_argument("event", metavar="EVENT", help=_EVENT)
    emails.add_argument("--status", action="append", default=[], metavar="STATUS",
                        help="registered, waitlisted, attended, no-show or cancelled "
                        "(repeatable; default: all but the cancelled)")  # fmt: skip


def run(args: argparse.Namespace, workspace: Workspace, event: Event) -> int:
    assert event.id is not None
    if args.registration_action == "emails":
        statuses = [parse_enum(RegistrationStatus, s, "--status") for s in args.status]
        print(terminal_text(workspace.registration_lists.emails(event.id, statuses)))
        return 0
    if args.registration_action == "export":
        path: Path = args.xlsx or args.csv
        if args.xlsx is not None and path.suffix.lower() != ".xlsx":
            raise ValidationError("--xlsx", f"{path.name}: the workbook's name ends in .xlsx")
        if args.csv is not None and path.suffix.lower() not in {".csv", ".txt"}:
            raise ValidationError("--csv", f"{path.name}: the file's name ends in .csv")
        written = workspace.registration_lists.export(
            event.id, path, delimiter=delimiter_named(args.delimiter)
        )
        print(terminal_text(f"Wrote {written} registrations of {event.title!r} to {path}"))
        return 0
    return _import(args, workspace, event.id)


def _import(args: argparse.Namespace, workspace: Workspace, event_id: int) -> int:
    sheet = read_sheet(args.file)
    mapping = changed_mapping(sheet.headers, guess_mapping(sheet.headers), args.map)
    imports = workspace.registration_imports
    preview = imports.preview(event_id, sheet, mapping)
    if not preview.problems and not args.dry_run:
        preview = imports.import_sheet(event_id, sheet, mapping).preview
    if args.format == "json":
        found = _jsonable(preview, sheet.headers, mapping)
        found["imported"] = not preview.problems and not args.dry_run
        print(json.dumps(found, ensure_ascii=False, indent=2))
        return 1 if preview.problems else 0
    columns = ", ".join(f"{h or '?'} → {f.label}" for h, f in zip(sheet.headers, mapping,
                                                                 strict=True))  # fmt: skip
    print(terminal_text(f"{sheet.name}: {columns}"))
    if preview.problems:
        print(terminal_text(f"{sheet.name} was not imported (nothing changed):"), file=sys.stderr)
        for problem in preview.problems:
            print(terminal_text(f"  {problem.text}"), file=sys.stderr)
        return 1
    for person in preview.merged:
        rows = ", ".join(str(r) for r in person.rows)
        print(terminal_text(f"  {person.email}: rows {rows} merged into one"))
    if preview.new_organisations:
        print(terminal_text("  New organisations: " + ", ".join(preview.new_organisations)))
        print(terminal_text(f"  {preview.actor_note}"))
    done = "Would import" if args.dry_run else "Imported"
    print(terminal_text(f"{done} into {preview.event_title!r}: {preview.summary}"))
    return 0


def _jsonable(
    preview: ImportPreview, headers: tuple[str, ...], mapping: tuple[SheetField, ...]
) -> dict[str, Any]:
    return {
        "event_id": preview.event_id,
        "event": preview.event_title,
        "mapping": [{"column": h, "field": f.value} for h, f in zip(headers, mapping,
                                                                   strict=True)],
        "new_people": preview.new_people,
        "matched_people": preview.matched_people,
        "merged": [{"email": p.email, "rows": list(p.rows)} for p in preview.merged],
        "already_on_the_list": preview.already,
        "registered": preview.registered,
        "waitlisted": preview.waitlisted,
        "new_organisations": list(preview.new_organisations),
        "problems": [{"row": p.row, "column": p.column, "message": p.message, "text": p.text}
                     for p in preview.problems],
        "people": [{"rows": list(line.person.rows), "name": line.person.name,
                    "email": line.person.email, "known": line.known,
                    "status": line.status.value if line.status else "already on the list"}
                   for line in preview.lines],
        "summary": preview.summary,
    }  # fmt: skip
