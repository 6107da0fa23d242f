"""`eventplanner shift|skill|rota ...`: an event's staff rota from a terminal.

EVENT is an event's id, UID or exact title (when one event has it); SHIFT a shift's id;
CONTACT an id or exact name. Times are wall-clock times in the event's zone ('2027-03-09
09:00'), or ISO 8601 with an offset. Every command is one write: refused input changes
nothing; the rota feeds of the people it touches are published again.
"""

from __future__ import annotations

import argparse
import json
from datetime import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventplanner.cli import arguments, catalog_commands, feed_commands
from eventplanner.cli.opening import opened_workspace
from eventplanner.cli.output import terminal_text
from eventplanner.cli.programme_commands import find_event
from eventplanner.domain.errors import ValidationError
from eventplanner.domain.rota import (
    ExtraDay,
    RotaTemplate,
    Scope,
    Shift,
    ShiftEdit,
    ShiftKind,
    parse_hours,
    parse_kind,
)
from eventplanner.domain.rota_warnings import DEFAULT_DAILY_HOURS
from eventplanner.services.change_journal import recording, written_changes
from eventplanner.services.rota.records import Rota
from eventplanner.services.workspace import Workspace

if TYPE_CHECKING:
    Commands = argparse._SubParsersAction[argparse.ArgumentParser]

_KINDS = ", ".join(k.label for k in ShiftKind)
_EVENT_HELP = "the event's id, UID or exact title"


# -- the grammar ---------------------------------------------------------------------------


def add_parsers(commands: Commands) -> None:
    _shift_parser(commands)
    _skill_parser(commands)
    rota = commands.add_parser(
        "rota",
        help="print an event's staff rota to PDF",
        description="The staff rota for the stand's wall: a page per day (its shifts, their "
        "people, a shift short of people marked) and a page per person (their shifts); with "
        "--person only that person's page.",
    )
    rota.add_argument("event", metavar="EVENT", help=_EVENT_HELP)
    rota.add_argument("--pdf", metavar="FILE", required=True, help="the PDF to write")
    rota.add_argument("--person", metavar="CONTACT", help="only this person's shifts")
    rota.add_argument("--paper", choices=["A4", "A3"], default="A4")
    rota.add_argument("--language", choices=["sv", "en"], default="en")


def _shift_parser(commands: Commands) -> None:
    shift = commands.add_parser(
        "shift",
        help="list, add, change or delete the shifts of an event's staff rota",
        description="Shifts of an event's staff rota (build-up, open days, tear-down), the "
        "people on them and the warnings while planning. Times are wall-clock times in the "
        "event's zone, or ISO 8601 with an offset.",
    )
    actions = shift.add_subparsers(dest="rota_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="an event's shifts in time order, with warnings")
    listing.add_argument("event", metavar="EVENT", help=_EVENT_HELP)
    listing.add_argument("--format", choices=["table", "json"], default="table")
    _max_hours(listing)
    add = actions.add_parser("add", help="add a shift to an event")
    add.add_argument("event", metavar="EVENT", help=_EVENT_HELP)
    add.add_argument("--start", required=True, metavar="WHEN", help="'2027-03-09 09:00'")
    add.add_argument("--end", required=True, metavar="WHEN", help="'2027-03-09 13:00'")
    add.add_argument("--kind", metavar="KIND", help=f"{_KINDS} (default: open day)")
    add.add_argument("--title", default="")
    add.add_argument("--needed", type=int, default=1, metavar="N", help="people (default 1)")
    add.add_argument(
        "--skill",
        action="append",
        default=[],
        metavar="SKILL",
        help="a skill it requires ('German', 'demo operator'; repeatable)",
    )
    add.add_argument("--notes", default="")
    template = actions.add_parser(
        "template",
        help="make an event's rota from a template",
        description="A rota in a few inputs: the open days (first day, how many, shifts a "
        "day and the people each needs), the opening hours split evenly or each shift's "
        "times, and a build-up and a tear-down.",
    )
    template.add_argument("event", metavar="EVENT", help=_EVENT_HELP)
    template.add_argument("--first-day", required=True, metavar="DATE", help="'2027-03-09'")
    template.add_argument("--days", required=True, type=int, metavar="N", help="open days")
    template.add_argument("--shifts-per-day", required=True, type=int, metavar="N", help="1-3")
    template.add_argument("--people", required=True, type=int, metavar="N",
                          help="people each open-day shift needs")  # fmt: skip
    hours = template.add_mutually_exclusive_group()
    hours.add_argument("--hours", metavar="HH:MM-HH:MM",
                       help="the opening hours, split evenly (default 09:00-17:00)")  # fmt: skip
    hours.add_argument("--times", nargs="+", metavar="HH:MM-HH:MM",
                       help="each shift's hours instead, one per shift")  # fmt: skip
    for option, what in (("--build-up", "build-up"), ("--tear-down", "tear-down")):
        template.add_argument(option, nargs="+", metavar="DATE HH:MM-HH:MM [PEOPLE]",
                              help=f"the {what}: its day, hours and people (default: as "
                                   "--people)")  # fmt: skip
    edit = actions.add_parser(
        "edit",
        help="change a shift, or the following or all of its slot",
        description="Change the fields given; the others stay. --scope following or all "
        "changes the shifts of the same kind at the same times of day (from this one on, or "
        "every one); it says how many shifts it changes. Times are times of day.",
    )
    edit.add_argument("shift", metavar="SHIFT", help="the shift's id")
    edit.add_argument("--start", metavar="HH:MM", help="a new start; the end stays")
    edit.add_argument("--end", metavar="HH:MM", help="a new end (before the start: the next day)")
    edit.add_argument("--kind", metavar="KIND", help=_KINDS)
    edit.add_argument("--title")
    edit.add_argument("--needed", type=int, metavar="N")
    edit.add_argument("--skill", action="append", metavar="SKILL",
                      help="the skills it requires (repeatable; '' for none)")  # fmt: skip
    edit.add_argument("--notes")
    edit.add_argument("--scope", choices=[s.value for s in Scope], default="this")
    edit.add_argument("--dry-run", action="store_true",
                      help="only say how many shifts the edit would change")  # fmt: skip
    delete = actions.add_parser("delete", help="delete a shift and take its people off it")
    delete.add_argument("shift", metavar="SHIFT", help="the shift's id")
    assign = actions.add_parser("assign", help="put a person on a shift")
    assign.add_argument("shift", metavar="SHIFT", help="the shift's id")
    assign.add_argument("contact", metavar="CONTACT", help="the contact's id or exact name")
    assign.add_argument("--reason", default="",
                        help="why, when the shift already has the people it needs")  # fmt: skip
    unassign = actions.add_parser("unassign", help="take a person off a shift")
    unassign.add_argument("shift", metavar="SHIFT", help="the shift's id")
    unassign.add_argument("contact", metavar="CONTACT", help="the contact's id or exact name")


def _max_hours(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--max-hours",
        type=float,
        default=DEFAULT_DAILY_HOURS,
        metavar="HOURS",
        help=f"a person's daily maximum of shift hours (default {DEFAULT_DAILY_HOURS:g})",
    )


def _skill_parser(commands: Commands) -> None:
    skill = commands.add_parser(
        "skill",
        help="the skills a person has, for the rota's skill warnings",
        description="A person's skills ('English', 'German', 'demo operator'), compared with "
        "the skills a shift requires whatever their case.",
    )
    actions = skill.add_subparsers(dest="rota_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="a person's skills")
    listing.add_argument("contact", metavar="CONTACT", help="the contact's id or exact name")
    for name, what in (("add", "give a person a skill"), ("remove", "take a skill away")):
        action = actions.add_parser(name, help=what)
        action.add_argument("contact", metavar="CONTACT", help="the contact's id or exact name")
        action.add_argument("skill", metavar="SKILL")


# -- running -------------------------------------------------------------------------------


def run(args: argparse.Namespace) -> int:
    if args.command == "rota":
        return _print(args)
    with opened_workspace(args) as workspace, recording() as journal:
        handler = _HANDLERS[(args.command, args.rota_action)]
        result = handler(args, workspace)
        if journal.changes:
            feed_commands.republish_changed(workspace, written_changes(None, journal.changes))
        return result


def _contact(workspace: Workspace, ref: str) -> tuple[int, str]:
    found = catalog_commands.find(workspace, "contact", ref)
    return found.id, found.name


def _shift_id(ref: str) -> int:
    ident = arguments.record_id(ref.strip())
    if ident is None:
        raise ValidationError("shift", f"{ref!r} is not a shift's id; see `eventplanner shift "
                                       "list EVENT`")  # fmt: skip
    return ident


def _time_of_day(text: str, option: str) -> time:
    try:
        return time.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(option, f"{text!r} is not a time of day like 09:00") from None


# -- shifts --------------------------------------------------------------------------------


def _list(args: argparse.Namespace, workspace: Workspace) -> int:
    event = find_event(workspace, args.event)
    rota = workspace.rota.rota(event.id or 0, daily_hours=args.max_hours)
    if args.format == "json":
        print(json.dumps(rota_record(rota), ensure_ascii=False, indent=2))
        return 0
    if not rota.shifts:
        print(f"{event.title!r} has no shifts yet; add them with `eventplanner shift add` or "
              "`eventplanner shift template`")  # fmt: skip
        return 0
    for shift in rota.shifts:
        people = rota.people_on(shift.id)
        names = ", ".join(p.contact_name for p in people) or "nobody yet"
        skills = f"  requires {', '.join(shift.skills)}" if shift.skills else ""
        print(terminal_text(
            f"{shift.id:>5}  {shift.start:%Y-%m-%d %H:%M}–{shift.end:%H:%M}  "
            f"{shift.kind.label:<9}  {shift.shown_title}  [{len(people)}/{shift.needed}] "
            f"{names}{skills}"))  # fmt: skip
    if rota.warnings:
        print(f"\n{len(rota.warnings)} warning{'s' * (len(rota.warnings) != 1)}:")
        for warning in rota.warnings:
            print(terminal_text(f"  - {warning.note}"))
    return 0


def rota_record(rota: Rota) -> dict[str, Any]:
    """The rota as JSON: shifts with their people and warnings, the coverage grid."""
    return {
        "event": {"id": rota.event.id, "title": rota.event.title, "uid": rota.event_uid,
                  "time_zone": rota.event.time_zone, "location": rota.location},
        "daily_hours": rota.daily_hours,
        "shifts": [
            {"id": s.id, "uid": s.uid, "kind": s.kind.value, "title": s.shown_title,
             "start": s.start.isoformat(), "end": s.end.isoformat(), "needed": s.needed,
             "skills": list(s.skills), "notes": s.notes, "sequence": s.sequence,
             "people": [{"contact_id": p.contact_id, "name": p.contact_name, "reason": p.reason}
                        for p in rota.people_on(s.id)]}
            for s in rota.shifts
        ],
        "warnings": [
            {"kind": w.kind.value, "note": w.note, "shifts": list(w.shift_ids),
             "contact_id": w.contact_id, "day": w.day.isoformat() if w.day else None}
            for w in rota.warnings
        ],
        "coverage": [
            {"day": d.day.isoformat(), "hours": [h.strftime("%H:%M") for h in d.hours],
             "shifts": list(d.shift_ids),
             "cells": [[None if c is None else {"needed": c.needed, "assigned": c.assigned,
                                                "coverage": c.coverage.value} for c in row]
                       for row in d.cells],
             "totals": [{"needed": t.needed, "assigned": t.assigned,
                         "coverage": t.coverage.value} for t in d.totals]}
            for d in rota.coverage
        ],
    }  # fmt: skip


def _add(args: argparse.Namespace, workspace: Workspace) -> int:
    event = find_event(workspace, args.event)
    tz = event.timing.time_zone
    shift = Shift(
        None,
        event.id or 0,
        parse_kind(args.kind) if args.kind else ShiftKind.OPEN_DAY,
        args.title,
        arguments.parse_moment(args.start, tz, "--start"),
        arguments.parse_moment(args.end, tz, "--end"),
        args.needed,
        tuple(args.skill),
        args.notes,
    )
    saved = workspace.rota.add_shift(shift).record
    print(f"Added shift {saved.shown_title!r} (id {saved.id}) to {event.title!r}")
    return 0


def _extra(values: list[str] | None, option: str, people: int) -> ExtraDay | None:
    if values is None:
        return None
    if len(values) not in (2, 3):
        raise ValidationError(option, "give its day, hours and people: 2027-03-08 08:00-16:00 4")
    count = people
    if len(values) == 3:
        try:
            count = int(values[2])
        except ValueError:
            raise ValidationError(option, f"{values[2]!r} is not a number of people") from None
    return ExtraDay(arguments.parse_date(values[0], option), parse_hours(values[1], option), count)


def _template(args: argparse.Namespace, workspace: Workspace) -> int:
    event = find_event(workspace, args.event)
    times = tuple(parse_hours(t, "--times") for t in args.times or ())
    hours = None if times else parse_hours(args.hours or "09:00-17:00", "--hours")
    template = RotaTemplate(
        first_day=arguments.parse_date(args.first_day, "--first-day"),
        days=args.days,
        shifts_per_day=args.shifts_per_day,
        people=args.people,
        hours=hours,
        times=times,
        build_up=_extra(args.build_up, "--build-up", args.people),
        tear_down=_extra(args.tear_down, "--tear-down", args.people),
    )
    made = workspace.rota.add_from_template(event.id or 0, template).record
    print(f"Added {len(made)} shift{'s' * (len(made) != 1)} to {event.title!r}")
    return 0


def _edit(args: argparse.Namespace, workspace: Workspace) -> int:
    ident = _shift_id(args.shift)
    skills = None if args.skill is None else tuple(s for s in args.skill if s.strip())
    edit = ShiftEdit(
        kind=parse_kind(args.kind) if args.kind is not None else None,
        title=args.title,
        needed=args.needed,
        skills=skills,
        notes=args.notes,
        starts=_time_of_day(args.start, "--start") if args.start is not None else None,
        ends=_time_of_day(args.end, "--end") if args.end is not None else None,
    )
    if edit.empty:
        raise ValidationError("shift", "nothing to change; give at least one option")
    scope = Scope(args.scope)
    preview = workspace.rota.edit_preview(ident, scope)
    plural = "s" * (preview.count != 1)
    if args.dry_run:
        print(f"The edit would change {preview.count} shift{plural} (ids "
              f"{', '.join(str(i) for i in preview.shift_ids)}); nothing was changed")  # fmt: skip
        return 0
    print(f"Changing {preview.count} shift{plural} ({scope.value})")
    saved = workspace.rota.edit_shifts(ident, edit, scope).record
    print(f"Changed {len(saved)} shift{'s' * (len(saved) != 1)}")
    return 0


def _delete(args: argparse.Namespace, workspace: Workspace) -> int:
    shift = workspace.rota.shift(_shift_id(args.shift))
    workspace.rota.delete_shift(shift.id or 0)
    print(f"Deleted shift {shift.shown_title!r} (id {shift.id})")
    return 0


def _assign(args: argparse.Namespace, workspace: Workspace) -> int:
    ident = _shift_id(args.shift)
    contact, name = _contact(workspace, args.contact)
    workspace.rota.assign(ident, contact, args.reason)
    print(f"Put {name} on shift {ident}")
    return 0


def _unassign(args: argparse.Namespace, workspace: Workspace) -> int:
    ident = _shift_id(args.shift)
    contact, name = _contact(workspace, args.contact)
    workspace.rota.unassign(ident, contact)
    print(f"Took {name} off shift {ident}")
    return 0


# -- skills --------------------------------------------------------------------------------


def _skills(args: argparse.Namespace, workspace: Workspace) -> int:
    contact, name = _contact(workspace, args.contact)
    skills = workspace.rota.skills(contact)
    print(terminal_text(f"{name}: {', '.join(skills)}" if skills else f"{name} has no skills yet"))
    return 0


def _skill_add(args: argparse.Namespace, workspace: Workspace) -> int:
    contact, name = _contact(workspace, args.contact)
    workspace.rota.add_skill(contact, args.skill)
    print(terminal_text(f"{name} has the skill {' '.join(args.skill.split())!r}"))
    return 0


def _skill_remove(args: argparse.Namespace, workspace: Workspace) -> int:
    contact, name = _contact(workspace, args.contact)
    workspace.rota.remove_skill(contact, args.skill)
    print(terminal_text(f"{name} no longer has the skill {args.skill.strip()!r}"))
    return 0


# -- printing ------------------------------------------------------------------------------


def _print(args: argparse.Namespace) -> int:
    from eventplanner.printing.render import write_pdf
    from eventplanner.printing.rota import rota_document

    with opened_workspace(args) as workspace:
        event = find_event(workspace, args.event)
        rota = workspace.rota.rota(event.id or 0)
        person = None
        if args.person is not None:
            person, name = _contact(workspace, args.person)
            if person not in {p.contact_id for p in rota.people}:
                raise ValidationError("person", f"{name} is on no shift of {event.title!r}")
        document = rota_document(rota, person=person, language=args.language, paper=args.paper)
    target = Path(args.pdf).expanduser()
    try:
        pages = write_pdf(document, target)
    except OSError as exc:
        raise ValidationError("pdf", f"cannot write {target}: {exc.strerror or exc}") from exc
    print(f"wrote {target} ({pages} page{'s' if pages != 1 else ''}): {document.title}")
    return 0


_HANDLERS = {
    ("shift", "list"): _list,
    ("shift", "add"): _add,
    ("shift", "template"): _template,
    ("shift", "edit"): _edit,
    ("shift", "delete"): _delete,
    ("shift", "assign"): _assign,
    ("shift", "unassign"): _unassign,
    ("skill", "list"): _skills,
    ("skill", "add"): _skill_add,
    ("skill", "remove"): _skill_remove,
}
