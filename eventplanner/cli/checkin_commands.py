"""`eventplanner checkin EVENT`: a terminal at the door. Type a few letters of a name,
organisation or e-mail (or scan a badge, whose QR code a scanner types as ``EP-P<person
id>`` and Enter): one match is marked attended at once, several are numbered (type the
number); ``+ Name <e-mail> | Organisation`` registers a walk-in as attended; ``u`` undoes
the last; ``q`` (or end of input) quits. ``checkin EVENT --no-shows [--dry-run]`` marks
everyone registered who never arrived a no-show, in one step.

And `registration attend EVENT PERSON... [--list FILE]` (a paper list afterwards, in one
step), `registration badges EVENT --pdf FILE`, `registration sheet EVENT --pdf FILE`.
Everything here is the local database: nothing needs a network.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from eventplanner.cli import catalog_commands
from eventplanner.cli.opening import opened_workspace
from eventplanner.cli.output import terminal_text
from eventplanner.cli.programme_commands import find_event
from eventplanner.domain.checkin import DoorRow, door_counts, matching
from eventplanner.domain.errors import EventplannerError, ValidationError
from eventplanner.domain.model import Contact, Event
from eventplanner.domain.registrations import RegistrationStatus
from eventplanner.services.registrations.records import RegistrationWrite
from eventplanner.services.workspace import Workspace

if TYPE_CHECKING:
    Commands = argparse._SubParsersAction[argparse.ArgumentParser]

_EVENT = "the event's id, UID or exact title"
_SHOWN = 15
_WALK_IN = re.compile(r"^\+\s*(?P<name>[^<|]+?)\s*(?:<(?P<email>[^>]*)>)?\s*(?:\|\s*(?P<org>.+))?$")
HELP = (
    "Type letters of a name, organisation or e-mail, or scan a badge; a number picks from "
    "the list; '+ Name <e-mail> | Organisation' registers a walk-in; 'u' undoes the last; "
    "'q' quits."
)


def add_parsers(commands: Commands) -> None:
    checkin = commands.add_parser(
        "checkin",
        help="check people in at the door (interactive), or mark the rest no-shows",
        description="A terminal at the door. Type a few letters of a name, organisation or "
        "e-mail, or scan a badge (its QR code holds EP-P<person id>; a scanner acting as a "
        "keyboard types it and Enter): one match is marked attended at once, several are "
        "numbered (type the number). '+ Name <e-mail> | Organisation' registers a walk-in as "
        "attended (e-mail and organisation may be left out; the organisation must be known); "
        "'u' undoes the last; 'q' or the end of input quits. With --no-shows: everyone "
        "registered who never arrived is marked a no-show, in one step. Nothing needs a "
        "network.",
    )
    checkin.add_argument("event", metavar="EVENT", help=_EVENT)
    checkin.add_argument("--no-shows", action="store_true",
                         help="mark everyone registered who never arrived a no-show")  # fmt: skip
    checkin.add_argument("--dry-run", action="store_true",
                         help="with --no-shows: list whom, change nothing")  # fmt: skip


def add_registration_actions(actions: Commands) -> None:
    """`registration attend|badges|sheet`."""
    attend = actions.add_parser(
        "attend", help="mark people as attended (several at once: one step)"
    )
    attend.add_argument("event", metavar="EVENT", help=_EVENT)
    attend.add_argument("person", metavar="PERSON", nargs="*",
                        help="the person's id, e-mail or exact name")  # fmt: skip
    attend.add_argument("--list", metavar="FILE", dest="people_file",
                        help="one person a line (id, e-mail or name); - for stdin")  # fmt: skip
    for name, text in (
        ("badges", "name badges as a PDF: name, organisation, QR code (EP-P<person id>)"),
        ("sheet", "the attendance sheet as a PDF: names, organisations, a column to sign"),
    ):
        action = actions.add_parser(name, help=text)
        action.add_argument("event", metavar="EVENT", help=_EVENT)
        action.add_argument("--pdf", metavar="FILE", required=True, help="the PDF to write")
        if name == "sheet":
            action.add_argument("--language", choices=["en", "sv"], default="en")


def run(args: argparse.Namespace) -> int:
    with opened_workspace(args) as workspace:
        event = find_event(workspace, args.event)
        if args.no_shows:
            return _no_shows(workspace, event, dry_run=args.dry_run)
        if args.dry_run:
            raise ValidationError("--dry-run", "goes with --no-shows")
        return Door(workspace, event, sys.stdin, sys.stdout).run()


# -- registration attend|badges|sheet ------------------------------------------------------


def registration_action(args: argparse.Namespace, workspace: Workspace, event: Event) -> int:
    if args.registration_action == "attend":
        return _attend(args, workspace, event)
    from eventplanner.printing.badges import write_badges, write_sheet

    listed = workspace.registrations.door_list(event.id)
    target = Path(args.pdf).expanduser()
    try:
        if args.registration_action == "badges":
            count = write_badges(listed, target)
            done = f"{count} badge{'s' if count != 1 else ''}"
        else:
            pages = write_sheet(listed, target, args.language)
            done = f"attendance sheet, {pages} page{'s' if pages != 1 else ''}"
    except OSError as exc:
        raise ValidationError("--pdf", f"cannot write {target}: {exc.strerror or exc}") from exc
    print(terminal_text(f"wrote {target} ({done}): {event.title}"))
    return 0


def _attend(args: argparse.Namespace, workspace: Workspace, event: Event) -> int:
    from eventplanner.cli.registration_commands import find_person

    refs = list(args.person)
    if args.people_file:
        refs += _listed(args.people_file)
    if not refs:
        raise ValidationError("person", "name at least one person, or give --list FILE")
    people = [find_person(workspace, ref) for ref in refs]
    service = workspace.registrations
    if len(people) == 1:
        service.attend(event.id, people[0].id or 0)
        marked = [people[0].name]
        already: list[str] = []
    else:
        written = service.attend_many(event.id, [p.id or 0 for p in people])
        marked = [line.name for line in written.marked]
        already = [line.name for line in written.unchanged]
    counts = service.counts([event.id])[event.id]
    who = ", ".join(marked) or "nobody"
    print(terminal_text(f"Marked as attended: {who} on {event.title!r} "
                        f"({counts.text}, {counts.attended} attended)"))  # fmt: skip
    if already:
        print(terminal_text(f"Attended already: {', '.join(already)}"))
    return 0


def _listed(name: str) -> list[str]:
    try:
        text = sys.stdin.read() if name == "-" else Path(name).expanduser().read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError("--list", f"cannot read {name}: {exc}") from exc
    return [line.strip() for line in text.splitlines() if line.strip()]


def _no_shows(workspace: Workspace, event: Event, *, dry_run: bool) -> int:
    service = workspace.registrations
    if dry_run:
        rest = service.still_registered(event.id)
        print(terminal_text(f"Would mark {len(rest)} no-show{'s' if len(rest) != 1 else ''} "
                            f"on {event.title!r} (nothing changed):"))  # fmt: skip
    else:
        rest = service.mark_no_shows(event.id).marked
        print(terminal_text(f"Marked {len(rest)} no-show{'s' if len(rest) != 1 else ''} "
                            f"on {event.title!r}:"))  # fmt: skip
    for line in rest:
        print(terminal_text(f"  {line.name}" + (f" ({line.organisation})"
                                                 if line.organisation else "")))  # fmt: skip
    return 0


# -- the door ------------------------------------------------------------------------------


class Door:
    """The interactive check-in: reads lines from ``given``, answers on ``told``."""

    def __init__(self, workspace: Workspace, event: Event, given: TextIO, told: TextIO) -> None:
        self._workspace = workspace
        self._event = event
        self._in = given
        self._out = told
        self._shown: list[DoorRow] = []
        self._done: list[RegistrationWrite] = []
        self._rows: tuple[DoorRow, ...] = ()

    def run(self) -> int:
        self._read()
        self._say(f"Check-in: {self._event.title}")
        self._say(HELP)
        self._counts()
        while True:
            self._out.write("> ")
            self._out.flush()
            line = self._in.readline()
            if not line:
                break
            text = line.strip()
            if text.casefold() in {"q", "quit"}:
                break
            try:
                self._answer(text)
            except EventplannerError as exc:
                self._say(f"error: {exc}")
        self._say("")
        self._counts()
        return 0

    def _answer(self, text: str) -> None:
        if not text:
            return
        if text.casefold() in {"u", "undo"}:
            self._undo()
        elif text in {"?", "h", "help"}:
            self._say(HELP)
        elif text.startswith("+"):
            self._walk_in(text)
        elif text.isdigit() and self._shown:
            number = int(text)
            if not 1 <= number <= len(self._shown):
                self._say(f"Choose 1 to {len(self._shown)}, or type letters of a name.")
                return
            self._mark(self._shown[number - 1])
        else:
            self._search(text)

    def _search(self, text: str) -> None:
        found = matching(self._rows, text)
        if len(found) == 1:
            self._mark(found[0])
            return
        if not found:
            self._shown = []
            self._say(f"Nobody matches {text!r}; '+ Name <e-mail>' registers a walk-in.")
            return
        self._shown = found[:_SHOWN]
        for n, row in enumerate(self._shown, start=1):
            self._say(f"{n:>3}  {_described(row)}")
        if len(found) > _SHOWN:
            self._say(f"     … and {len(found) - _SHOWN} more: type more letters.")

    def _mark(self, row: DoorRow) -> None:
        self._shown = []
        if row.arrived:
            self._say(f"{row.name} has arrived already.")
            return
        written = self._workspace.registrations.attend(self._event.id, row.contact_id)
        self._done.append(written)
        # Only this row changed: no need to read the whole list again.
        arrived = replace(row, status=RegistrationStatus.ATTENDED)
        self._rows = tuple(arrived if r is row else r for r in self._rows)
        self._say(f"Arrived: {_described(row)}")
        self._counts()

    def _walk_in(self, text: str) -> None:
        found = _WALK_IN.match(text)
        if found is None or not found.group("name").strip():
            self._say("A walk-in: '+ Name <e-mail> | Organisation' (e-mail and organisation "
                      "may be left out).")  # fmt: skip
            return
        organisation = None
        if found.group("org"):
            organisation = catalog_commands.find(
                self._workspace, "organisation", found.group("org").strip()
            ).id
        person = Contact(None, found.group("name").strip(), (found.group("email") or "").strip(),
                         organisation_id=organisation)  # fmt: skip
        written = self._workspace.registrations.register_new(
            self._event.id, person, status=RegistrationStatus.ATTENDED
        )
        self._done.append(written)
        self._read()
        self._say(f"Walk-in arrived: {person.name}")
        self._counts()

    def _undo(self) -> None:
        if not self._done:
            self._say("Nothing to undo.")
            return
        written = self._done.pop()
        self._workspace.registrations.undo(written)
        name = written.registration.name if written.registration is not None else ""
        self._read()
        self._say(f"Undone: {name} arrived")
        self._counts()

    def _read(self) -> None:
        self._rows = self._workspace.registrations.door_list(self._event.id).rows

    def _counts(self) -> None:
        arrived, expected = door_counts(self._rows)
        self._say(f"Arrived {arrived} of {expected} expected.")

    def _say(self, text: str) -> None:
        self._out.write(terminal_text(text) + "\n")
        self._out.flush()


def _described(row: DoorRow) -> str:
    parts = [row.name]
    if row.organisation:
        parts.append(f"({row.organisation})")
    if row.email:
        parts.append(f"<{row.email}>")
    if row.status is not RegistrationStatus.REGISTERED:
        parts.append(f"[{row.status.label}]")
    return " ".join(parts)
