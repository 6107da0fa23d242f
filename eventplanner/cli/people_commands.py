"""`eventplanner availability list|add|remove` and `role list`: when people can or cannot be
there, and who has a role on an event (people and organisations), from a terminal.

CONTACT is a contact's id or exact name (as `role add` takes it). Times are wall-clock
times in --tz (default: $EVENTPLANNER_TIME_ZONE, else Europe/Stockholm), or ISO 8601 with
an offset; two dates alone are whole days, the last one included. JSON carries ids and ISO
8601 times with offsets.
"""

from __future__ import annotations

import argparse
import json
import os
import re
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from eventplanner.cli import TIME_ZONE_ENV, arguments, catalog_commands
from eventplanner.cli.opening import opened_workspace
from eventplanner.cli.output import terminal_text
from eventplanner.domain.errors import ValidationError
from eventplanner.domain.programme import Availability, Target, availability_problems, raise_first
from eventplanner.domain.timezones import DEFAULT_TIME_ZONE, day_start, zone
from eventplanner.services.workspace import Workspace

if TYPE_CHECKING:
    Commands = argparse._SubParsersAction[argparse.ArgumentParser]

_DAY = re.compile(r"^\s*\d{4}-\d{2}-\d{2}\s*$")


# -- the grammar ---------------------------------------------------------------------------


def add_parsers(commands: Commands) -> None:
    availability = commands.add_parser(
        "availability",
        help="when a person can or cannot be there",
        description="Periods when a person can be there (hours given for a day: a booking "
        "outside them that day is a conflict) or cannot (a booking then is a conflict); "
        "`eventplanner conflicts` reports both. Times are wall-clock times in --tz, or ISO "
        "8601 with an offset; two dates alone are whole days, the last one included.",
    )
    actions = availability.add_subparsers(dest="people_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="a person's periods, in time order")
    listing.add_argument("contact", metavar="CONTACT", help="the person's id or exact name")
    listing.add_argument("--format", choices=["table", "json"], default="table")
    listing.add_argument("--tz", metavar="ZONE", help="show the times in this IANA zone")
    add = actions.add_parser(
        "add",
        help="say when a person can or cannot be there",
        description="Add a period to a person's availability (by default one they can be "
        "there; --unavailable for one they cannot).",
    )
    add.add_argument("contact", metavar="CONTACT", help="the person's id or exact name")
    add.add_argument("--from", dest="start", required=True, metavar="WHEN",
                     help="'2027-01-19 08:00', or a first day '2027-01-19'")  # fmt: skip
    add.add_argument("--to", dest="end", required=True, metavar="WHEN",
                     help="'2027-01-19 12:00', or a last day (included)")  # fmt: skip
    can = add.add_mutually_exclusive_group()
    can.add_argument("--unavailable", dest="available", action="store_false",
                     help="the person cannot be there: a booking then is a conflict")  # fmt: skip
    can.add_argument("--available", dest="available", action="store_true",
                     help="the hours the person can be there (the default): on those days "
                          "a booking outside them is a conflict")  # fmt: skip
    add.set_defaults(available=True)
    add.add_argument("--note", default="", help="e.g. 'in Skellefteå'")
    add.add_argument("--tz", metavar="ZONE", help="the zone of --from and --to")
    remove = actions.add_parser("remove", help="take a period away")
    remove.add_argument("id", metavar="ID", help="the period's id (see `availability list`)")


# -- running -------------------------------------------------------------------------------


def run(args: argparse.Namespace) -> int:
    """A person's availability is in no feed: nothing is published again after a write."""
    with opened_workspace(args) as workspace:
        return _HANDLERS[args.people_action](args, workspace)


def _zone(args: argparse.Namespace) -> str:
    name = str(getattr(args, "tz", None) or os.environ.get(TIME_ZONE_ENV) or DEFAULT_TIME_ZONE)
    zone(name)  # an unknown zone: a clear message, before anything is read
    return name


def _contact(workspace: Workspace, ref: str) -> tuple[int, str]:
    found = catalog_commands.find(workspace, "contact", ref)
    return found.id, found.name


def _span(start_text: str, end_text: str, time_zone: str) -> tuple[datetime, datetime]:
    """--from and --to: two times, or two days (whole days, the last one included)."""
    days = bool(_DAY.match(start_text)), bool(_DAY.match(end_text))
    if all(days):
        first = arguments.parse_date(start_text, "--from")
        last = arguments.parse_date(end_text, "--to")
        if last < first:
            raise ValidationError(
                "--to",
                f"the last day ({last.isoformat()}) is before the first ({first.isoformat()})",
            )
        return day_start(first, time_zone), day_start(last + timedelta(days=1), time_zone)
    if any(days):
        field = "--from" if days[0] else "--to"
        raise ValidationError(
            field, "give both --from and --to as times ('2027-01-19 08:00'), or both as days"
        )
    return (
        arguments.parse_moment(start_text, time_zone, "--from"),
        arguments.parse_moment(end_text, time_zone, "--to"),
    )


def _when(period: Availability, time_zone: str) -> str:
    tz = zone(time_zone)
    start, end = period.start.astimezone(tz), period.end.astimezone(tz)
    midnight = start.time() == end.time() == datetime.min.time()
    if midnight and end > start:
        last = (end - timedelta(days=1)).date()
        if last == start.date():
            return f"{start:%Y-%m-%d}, all day"
        return f"{start:%Y-%m-%d} to {last:%Y-%m-%d}, whole days"
    if start.date() == end.date():
        return f"{start:%Y-%m-%d %H:%M}–{end:%H:%M}"
    return f"{start:%Y-%m-%d %H:%M} – {end:%Y-%m-%d %H:%M}"


def _can(period: Availability) -> str:
    return "can be there" if period.available else "cannot be there"


def _list(args: argparse.Namespace, workspace: Workspace) -> int:
    time_zone = _zone(args)
    contact_id, name = _contact(workspace, args.contact)
    periods = workspace.programme.availability(contact_id)
    tz = zone(time_zone)
    if args.format == "json":
        records = [
            {
                "id": p.id, "contact_id": p.contact_id, "contact": name,
                "start": p.start.astimezone(tz).isoformat(),
                "end": p.end.astimezone(tz).isoformat(), "time_zone": time_zone,
                "available": p.available, "note": p.note,
            }
            for p in periods
        ]  # fmt: skip
        print(json.dumps(records, ensure_ascii=False, indent=2))
    elif not periods:
        print(terminal_text(f"{name!r} has said nothing yet about when they can be there."))
    else:
        lines = [f"{name}: when they can or cannot be there (times in {time_zone})"]
        for p in periods:
            note = f"  — {p.note}" if p.note else ""
            lines.append(f"{p.id:>5}  {_when(p, time_zone)}  {_can(p)}{note}")
        print(terminal_text("\n".join(lines)))
    return 0


def _add(args: argparse.Namespace, workspace: Workspace) -> int:
    time_zone = _zone(args)
    contact_id, name = _contact(workspace, args.contact)
    start, end = _span(args.start, args.end, time_zone)
    record = Availability(None, contact_id, start, end, args.available, args.note)
    # The domain's rule, worded in the zone the times were typed in (the service words
    # the same refusal in UTC).
    raise_first(availability_problems(record, name, time_zone))
    saved = workspace.programme.add_availability(record).record
    print(terminal_text(f"Added availability {saved.id}: {name!r} {_can(saved)} "
                        f"{_when(saved, time_zone)} ({time_zone})"))  # fmt: skip
    return 0


def _remove(args: argparse.Namespace, workspace: Workspace) -> int:
    ident = arguments.record_id(args.id)
    if ident is None:
        raise ValidationError("ID", f"{args.id!r} is not an id; see `availability list CONTACT`")
    workspace.programme.remove_availability(ident)
    print(f"Removed availability {ident}")
    return 0


_HANDLERS = {"list": _list, "add": _add, "remove": _remove}


# -- role list -----------------------------------------------------------------------------


def role_list(args: argparse.Namespace, workspace: Workspace, event_id: int) -> int:
    """The people with a role on the event, its blocks and its sessions, and the
    organisations with a role on it."""
    programme = workspace.programme.programme(event_id)
    event = programme.event
    titles: dict[tuple[Target, int], str] = {(Target.EVENT, event.id): event.title}
    titles |= {(Target.BLOCK, b.id): b.title for b in programme.blocks if b.id is not None}
    titles |= {(Target.SESSION, s.id): s.title for s in programme.sessions if s.id is not None}
    order = {Target.EVENT: 0, Target.BLOCK: 1, Target.SESSION: 2}
    sessions = {s.id: n for n, s in enumerate(programme.sessions)}
    people = sorted(
        programme.people,
        key=lambda p: (order[p.target], sessions.get(p.target_id, 0)
                       if p.target is Target.SESSION else p.target_id, p.id or 0),
    )  # fmt: skip
    if args.format == "json":
        record: dict[str, Any] = {
            "event_id": event.id,
            "event_uid": programme.event_uid,
            "title": event.title,
            "people": [
                {
                    "id": p.id, "contact_id": p.contact_id, "name": p.contact_name,
                    "role": p.role.value, "confirmation": p.confirmation.value, "note": p.note,
                    "on": p.target.value, "target_id": p.target_id,
                    "target_title": titles.get((p.target, p.target_id), ""),
                }
                for p in people
            ],
            "organisations": [
                {
                    "id": o.id, "organisation_id": o.organisation_id,
                    "name": o.organisation_name, "role": o.role.value, "note": o.note,
                }
                for o in programme.organisations
            ],
        }  # fmt: skip
        print(json.dumps(record, ensure_ascii=False, indent=2))
        return 0
    lines = [f"{event.title} ({event.days_text()})", "People:"]
    for p in people:
        where = (
            "the whole event"
            if p.target is Target.EVENT
            else f"{p.target.value} {titles.get((p.target, p.target_id), '')!r}"
        )
        note = f"  — {p.note}" if p.note else ""
        # (no ids: a role's id is one of its kind's, event, block or session; JSON has them)
        lines.append(f"  {p.contact_name}  {p.role.label} ({p.confirmation.label})"
                     f"  on {where}{note}")  # fmt: skip
    if not people:
        lines.append("  none yet")
    lines.append("Organisations:")
    for o in programme.organisations:
        note = f"  — {o.note}" if o.note else ""
        lines.append(f"  {o.organisation_name}  {o.role.label}{note}")
    if not programme.organisations:
        lines.append("  none yet")
    print(terminal_text("\n".join(lines)))
    return 0
