"""`eventplanner programme EVENT --pdf FILE`: the printed programme, a run sheet, a door
sheet or a person's run sheet, as a PDF, without a window; the same command's `--frab FILE`
is the schedule file (``schedule_commands``). Both show the latest release, or with
`--draft` the draft."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from eventplanner.cli import catalog_commands
from eventplanner.cli.opening import opened_workspace
from eventplanner.domain.errors import ValidationError

if TYPE_CHECKING:
    Commands = argparse._SubParsersAction[argparse.ArgumentParser]


def add_parser(commands: Commands) -> None:
    programme = commands.add_parser(
        "programme",
        help="release an event's programme, print it to PDF, or write it as a schedule file",
        description="The printed programme (a day per page, stages side by side), or with "
        "--run-sheet the crew's run sheet, --door-sheet STAGE a stage's door sheet, --person "
        "CONTACT one person's run sheet. No session is split across a page break. With "
        "--frab, the programme as frab's schedule.xml or pretalx's schedule.json, which "
        "conference apps (Giggity, Fahrplan, ConfClerk) read: stages as rooms, sessions as "
        "events (breaks left out), a stable guid per session. Both show the latest release "
        "(--draft: the draft being edited). --release NAME releases the draft (the feeds then "
        "publish it), --releases lists the releases, --changes shows the draft against the "
        "latest release.",
    )
    programme.add_argument("event", metavar="EVENT", help="the event's id, UID or exact title")
    output = programme.add_mutually_exclusive_group(required=True)
    output.add_argument("--pdf", metavar="FILE", help="the PDF to write")
    output.add_argument(
        "--frab",
        metavar="FILE",
        help="write to FILE.xml (frab XML) or FILE.json (pretalx JSON); '-' for XML on stdout",
    )
    output.add_argument(
        "--release",
        metavar="NAME",
        help="release the draft programme under NAME: prints what changed since the last "
        "release and who is affected (exits 1 while a conflict holds it, or if nothing changed)",
    )
    output.add_argument("--releases", action="store_true", help="list the event's releases")
    output.add_argument(
        "--changes",
        action="store_true",
        help="the draft against the latest release: the changes, who is affected, and the "
        "conflicts that hold a release",
    )
    programme.add_argument("--note", help="with --release: a note kept with the release")
    programme.add_argument(
        "--emails",
        metavar="DIR",
        help="with --release: write one .eml per affected person into DIR (unsent drafts "
        "Outlook opens ready to send), in --language",
    )
    programme.add_argument(
        "--format",
        choices=["table", "json"],
        default="table",
        help="for --release, --releases and --changes (default: table)",
    )
    which = programme.add_mutually_exclusive_group()
    which.add_argument("--run-sheet", action="store_true", help="the crew's run sheet")
    which.add_argument("--door-sheet", metavar="STAGE", help="a stage's door sheet (its name)")
    which.add_argument("--person", metavar="CONTACT", help="a person's own run sheet")
    programme.add_argument(
        "--draft",
        action="store_true",
        help="the draft being edited, not the latest release (a PDF says 'Draft' on each page)",
    )
    programme.add_argument("--paper", choices=["A4", "A3"], default="A4")
    programme.add_argument("--language", choices=["sv", "en"], default="en")


def run(args: argparse.Namespace) -> int:
    from eventplanner.cli.programme_commands import find_event
    from eventplanner.printing import documents
    from eventplanner.printing.render import write_pdf

    with opened_workspace(args) as workspace:
        event = find_event(workspace, args.event)
        printable = documents.load(workspace, event.id or 0, draft=args.draft)
        kind = documents.DocumentKind.PROGRAMME
        stage_id = contact_id = None
        if args.run_sheet:
            kind = documents.DocumentKind.RUN_SHEET
        elif args.door_sheet is not None:
            kind = documents.DocumentKind.DOOR_SHEET
            stages = printable.programme.stages
            stage = next((s for s in stages if s.name == args.door_sheet.strip()), None)
            if stage is None:
                names = ", ".join(repr(s.name) for s in stages) or "none yet"
                raise ValidationError(
                    "door-sheet", f"{event.title!r} has no stage {args.door_sheet!r} "
                    f"(its stages: {names})",
                )  # fmt: skip
            stage_id = stage.id
        elif args.person is not None:
            kind = documents.DocumentKind.PERSON
            contact_id = catalog_commands.find(workspace, "contact", args.person).id
            if contact_id not in printable.people:
                raise ValidationError("person", f"{args.person!r} has no role in {event.title!r}")
        choice = documents.Choice(kind, args.paper, args.language, stage_id, contact_id)
        document = documents.document(printable, choice)
    target = Path(args.pdf).expanduser()
    try:
        pages = write_pdf(document, target)
    except OSError as exc:
        raise ValidationError("pdf", f"cannot write {target}: {exc.strerror or exc}") from exc
    print(f"wrote {target} ({pages} page{'s' if pages != 1 else ''}): {document.title}")
    return 0
