"""`eventplanner participant list|add|edit` (and ``find|export|forget|retention``, in
``personal_data_commands``) and `registration list|add|cancel|attend|priority`:
people and their registrations for events, from a terminal.

EVENT is an event's id, UID or exact title (when one event has it); PERSON a person's id,
e-mail address (any case) or exact name (when one person has it). When an event is full a
new registration goes to the waitlist; a cancellation moves the first waiting up and prints
whom to tell, with a mailto: link Outlook opens with their addresses.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from eventplanner.cli import (
    arguments,
    catalog_commands,
    checkin_commands,
    personal_data_commands,
    registration_sheet_commands,
)
from eventplanner.cli.opening import opened_workspace
from eventplanner.cli.output import terminal_text
from eventplanner.cli.programme_commands import find_event
from eventplanner.domain.enums import parse_enum
from eventplanner.domain.errors import NotFoundError, ValidationError
from eventplanner.domain.model import Contact
from eventplanner.domain.registrations import RegistrationStatus
from eventplanner.services.registrations.records import RegistrationLine, RegistrationWrite
from eventplanner.services.workspace import Workspace

if TYPE_CHECKING:
    Commands = argparse._SubParsersAction[argparse.ArgumentParser]

_PERSON = "the person's id, e-mail or exact name"
_EVENT = "the event's id, UID or exact title"


def add_parsers(commands: Commands) -> None:
    participant = commands.add_parser(
        "participant",
        help="people who register for events (one record across events)",
        description="People as participants: one record across events, matched by e-mail.",
    )
    actions = participant.add_subparsers(dest="registration_action", metavar="ACTION",
                                         required=True)  # fmt: skip
    listing = actions.add_parser("list", help="everyone, with organisation and registrations")
    listing.add_argument("search", nargs="?", default="", help="name, e-mail or organisation")
    listing.add_argument("--format", choices=["table", "json"], default="table")
    add = actions.add_parser("add", help="add a person")
    add.add_argument("--name", required=True)
    add.add_argument("--email", required=True)
    edit = actions.add_parser("edit", help="change a person")
    edit.add_argument("person", metavar="PERSON", help=_PERSON)
    edit.add_argument("--name")
    edit.add_argument("--email")
    personal_data_commands.add_actions(actions)
    for action in (add, edit):
        action.add_argument("--phone")
        action.add_argument("--organisation", metavar="NAME_OR_ID", help="'' for none")
        action.add_argument("--title", help="role or job title")

    registration = commands.add_parser(
        "registration",
        help="who registered for an event, its waitlist and attendance",
        description="Registrations of people to an event. When it is full (its capacity, "
        "else its venue's) a new registration waits; a cancellation moves the first waiting "
        "up at once and prints whom to tell.",
    )
    actions = registration.add_subparsers(dest="registration_action", metavar="ACTION",
                                          required=True)  # fmt: skip
    listing = actions.add_parser("list", help="an event's registrations and counts")
    listing.add_argument("event", metavar="EVENT", help=_EVENT)
    listing.add_argument("--format", choices=["table", "json"], default="table")
    add = actions.add_parser("add", help="register a person (the waitlist when full)")
    add.add_argument("event", metavar="EVENT", help=_EVENT)
    add.add_argument("person", metavar="PERSON", help=_PERSON)
    add.add_argument("--status", help="registered, waitlisted, attended (a walk-in) or no-show; "
                     "default: registered, or waitlisted when full")  # fmt: skip
    add.add_argument("--needs", default="", metavar="TEXT",
                     help="dietary and access needs (private)")  # fmt: skip
    add.add_argument("--session", action="append", default=[], metavar="SESSION_ID",
                     help="a chosen session of the programme (repeatable)")  # fmt: skip
    cancel = actions.add_parser("cancel", help="cancel a registration; the first waiting moves up")
    cancel.add_argument("event", metavar="EVENT", help=_EVENT)
    cancel.add_argument("person", metavar="PERSON", help=_PERSON)
    checkin_commands.add_registration_actions(actions)  # attend, badges, sheet
    fill = actions.add_parser(
        "fill",
        help="move the waiting up into free seats (after the capacity was raised)",
    )
    fill.add_argument("event", metavar="EVENT", help=_EVENT)
    priority = actions.add_parser("priority", help="raise a waiting person's priority")
    priority.add_argument("event", metavar="EVENT", help=_EVENT)
    priority.add_argument("person", metavar="PERSON", help=_PERSON)
    priority.add_argument("--priority", required=True, metavar="N", help="0 to 100; higher first")
    priority.add_argument("--reason", default="", help="why (needed above 0)")
    registration_sheet_commands.add_actions(actions)


# Feeds never hold participants, so these commands publish nothing.
def run(args: argparse.Namespace) -> int:
    with opened_workspace(args) as workspace:
        if args.command == "participant":
            return _participant(args, workspace)
        return _registration(args, workspace)


def find_person(workspace: Workspace, ref: str) -> Contact:
    """The person ``ref`` names (id, e-mail or exact name); a clear message when none or
    more than one does."""
    text = ref.strip()
    ident = arguments.record_id(text)
    if ident is not None:
        return workspace.contacts.get(ident)
    found = workspace.people.matching(text)
    if len(found) == 1:
        return found[0]
    if found:
        ids = ", ".join(str(p.id) for p in found)
        raise ValidationError(
            "person", f"{len(found)} people match {ref!r} (ids {ids}); give the id or the e-mail"
        )
    raise NotFoundError(
        f"no person has the id, e-mail or name {ref!r}; add them with "
        "`eventplanner participant add --name ... --email ...`"
    )


# -- participants --------------------------------------------------------------------------


def _participant(args: argparse.Namespace, workspace: Workspace) -> int:
    if args.registration_action in personal_data_commands.ACTIONS:
        return personal_data_commands.run(args, workspace)
    if args.registration_action == "list":
        found = workspace.people.participants(args.search)
        if args.format == "json":
            rows = [{"id": p.contact.id, "name": p.contact.name, "email": p.contact.email,
                     "phone": p.contact.phone, "organisation": p.organisation or None,
                     "title": p.contact.title, "registrations": p.registrations}
                    for p in found]  # fmt: skip
            print(json.dumps(rows, ensure_ascii=False, indent=2))
        elif not found:
            print("No people.")
        else:
            print(terminal_text(_table(
                ["id", "name", "e-mail", "organisation", "title", "registrations"],
                [[str(p.contact.id), p.contact.name, p.contact.email, p.organisation,
                  p.contact.title, str(p.registrations)] for p in found],
            )))  # fmt: skip
        return 0
    values = _person_values(args, workspace)
    if args.registration_action == "add":
        _unique_email(workspace, values["email"], None)
        made = workspace.contacts.create(Contact(None, **values))
        print(f"Added person {made.name!r} (id {made.id})")
        return 0
    person = find_person(workspace, args.person)
    if not values:
        raise ValidationError("participant", "nothing to change; give at least one option")
    if "email" in values:
        _unique_email(workspace, values["email"], person.id)
    saved = workspace.contacts.update(replace(person, **values))
    print(f"Changed person {saved.name!r} (id {saved.id})")
    return 0


def _person_values(args: argparse.Namespace, workspace: Workspace) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name in ("name", "email", "phone", "title"):
        given = getattr(args, name, None)
        if given is not None:
            values[name] = given.strip()
    if args.organisation is not None:
        ref = args.organisation.strip()
        values["organisation_id"] = (
            catalog_commands.find(workspace, "organisation", ref).id if ref else None
        )
    return values


def _unique_email(workspace: Workspace, email: str, own: int | None) -> None:
    """People are matched by e-mail: a second person with the same address is refused."""
    if not email.strip():
        return
    others = [p for p in workspace.people.matching(email) if p.id != own]
    if others:
        raise ValidationError(
            "--email",
            f"{others[0].name!r} (id {others[0].id}) already has the e-mail {email.strip()!r}; "
            "change that person instead (`eventplanner participant edit`)",
        )


# -- registrations -------------------------------------------------------------------------


def _registration(args: argparse.Namespace, workspace: Workspace) -> int:
    event = find_event(workspace, args.event)
    service = workspace.registrations
    if args.registration_action == "list":
        listed = service.registrations(event.id)
        if args.format == "json":
            print(json.dumps({"event_id": event.id, "event": event.title,
                              "counts": _counts(listed.counts),
                              "registrations": [_jsonable(line) for line in listed.lines]},
                             ensure_ascii=False, indent=2))  # fmt: skip
            return 0
        print(terminal_text(f"{event.title}: {listed.counts.text}"))
        if listed.lines:
            print(terminal_text(_table(
                ["#", "name", "e-mail", "organisation", "status", "needs"],
                [[str(line.waitlist_position or ""), line.name, line.email, line.organisation,
                  line.registration.status.label, line.registration.needs]
                 for line in listed.lines],
            )))  # fmt: skip
        return 0
    if args.registration_action in {"attend", "badges", "sheet"}:
        return checkin_commands.registration_action(args, workspace, event)
    if args.registration_action in registration_sheet_commands.ACTIONS:
        return registration_sheet_commands.run(args, workspace, event)
    if args.registration_action == "fill":
        written = service.fill_free_seats(event.id)
        print(terminal_text(f"{event.title}: {service.counts([event.id])[event.id].text}"))
        _promoted(written)
        return 0
    person = find_person(workspace, args.person)
    ident = person.id or 0
    action = args.registration_action
    if action == "add":
        status = _status(args.status) if args.status else None
        sessions = [_session_id(s) for s in args.session]
        written = service.register(event.id, ident, status=status, session_ids=sessions,
                                   needs=args.needs)  # fmt: skip
        assert written.registration is not None  # a registration was written
        state = written.registration.registration.status
        where = "on the waitlist" if state is RegistrationStatus.WAITLISTED else state.label
        print(terminal_text(f"Registered {person.name} for {event.title!r}: {where} "
                            f"({service.counts([event.id])[event.id].text})"))  # fmt: skip
        return 0
    if action == "priority":
        written = service.prioritise(event.id, ident, _priority(args.priority), args.reason)
        print(terminal_text(f"{person.name} has priority {args.priority.strip()} on the waitlist"))
        _promoted(written)
        return 0
    written = service.cancel(event.id, ident)
    counts = service.counts([event.id])[event.id].text
    print(terminal_text(f"Cancelled {person.name} on {event.title!r} ({counts})"))
    _promoted(written)
    return 0


def _promoted(written: RegistrationWrite) -> None:
    if not written.promoted:
        print("Nobody moved up from the waitlist.")
        return
    print("Moved up from the waitlist (tell them):")
    for line in written.promoted:
        print(terminal_text(f"  {line.name} <{line.email}>" if line.email else f"  {line.name}"))
    if written.mailto:
        print(terminal_text(f"E-mail them: {written.mailto}"))


def _status(text: str) -> RegistrationStatus:
    status = parse_enum(RegistrationStatus, text, "--status")
    if status is RegistrationStatus.CANCELLED:
        raise ValidationError("--status", "a new registration cannot be cancelled; add it first")
    return status


def _session_id(text: str) -> int:
    ident = arguments.record_id(text.strip())
    if ident is None:
        raise ValidationError("--session", f"{text!r} is not a session's id; see "
                              "`eventplanner session list EVENT`")  # fmt: skip
    return ident


def _priority(text: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise ValidationError("--priority", f"{text!r} is not a whole number") from None


def _counts(counts: Any) -> dict[str, Any]:
    return {"seated": counts.seated, "capacity": counts.capacity, "waiting": counts.waiting,
            "attended": counts.attended, "cancelled": counts.cancelled,
            "no_shows": counts.no_shows, "text": counts.text}  # fmt: skip


def _jsonable(line: RegistrationLine) -> dict[str, Any]:
    r = line.registration
    return {"id": r.id, "person_id": r.contact_id, "name": line.name, "email": line.email,
            "organisation": line.organisation or None, "status": r.status.value,
            "waitlist_position": line.waitlist_position, "priority": r.priority,
            "priority_reason": r.priority_reason, "source": r.source.value,
            "registered_at": r.registered_at.isoformat(), "sessions": list(r.session_ids),
            "needs": r.needs}  # fmt: skip


def _table(header: list[str], rows: list[list[str]]) -> str:
    widths = [min(36, max(len(x) for x in [h, *[row[i] for row in rows]]))
              for i, h in enumerate(header)]  # fmt: skip
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip()]
    for row in rows:
        cells = [(c if len(c) <= w else c[: w - 1] + "…").ljust(w)
                 for c, w in zip(row, widths, strict=True)]  # fmt: skip
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)
