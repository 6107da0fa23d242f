"""`eventplanner session|stage|phase|role ...`: an event's programme from a terminal.

EVENT is an event's id, UID or exact title (when one event has it); CONTACT and
ORGANISATION an id or exact name; SESSION a session's id, UID or exact title. Times are
wall-clock times in the event's zone, or ISO 8601 with an offset. Every command is one
write: refused input changes nothing.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from eventplanner.cli import arguments, catalog_commands, feed_commands
from eventplanner.cli.opening import event_by_id_or_uid, opened_workspace
from eventplanner.cli.output import spreadsheet_cell, terminal_text
from eventplanner.domain.errors import NotFoundError, ValidationError
from eventplanner.domain.model import Event
from eventplanner.domain.programme import (
    Block,
    Confirmation,
    OrganisationLink,
    OrganisationRole,
    PersonRole,
    Phase,
    PhaseKind,
    RoleLink,
    Session,
    SessionKind,
    Stage,
    Target,
    parse_choice,
)
from eventplanner.domain.timezones import zone
from eventplanner.services.change_journal import recording, written_changes
from eventplanner.services.programme.records import Programme
from eventplanner.services.workspace import Workspace

_SESSION_KINDS = ", ".join(k.label for k in SessionKind)
_PERSON_ROLES = ", ".join(r.label for r in PersonRole)
_ORGANISATION_ROLES = ", ".join(r.label for r in OrganisationRole)
_PHASE_KINDS = ", ".join(k.label for k in PhaseKind)

if TYPE_CHECKING:
    Commands = argparse._SubParsersAction[argparse.ArgumentParser]


# -- the grammar ---------------------------------------------------------------------------


def add_parsers(commands: Commands) -> None:
    _session_parser(commands)
    _block_parser(commands)
    _stage_parser(commands)
    _phase_parser(commands)
    _role_parser(commands)


def _session_parser(commands: Commands) -> None:
    session = commands.add_parser(
        "session",
        help="list, add, change or delete the sessions of an event's programme",
        description="Sessions of an event's programme: keynotes, talks, panels, breaks. "
        "Times are wall-clock times in the event's zone, or ISO 8601 with an offset; a "
        "session must lie within its event's days.",
    )
    actions = session.add_subparsers(dest="programme_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="an event's sessions in time order")
    listing.add_argument("event", metavar="EVENT", help="the event's id, UID or exact title")
    listing.add_argument("--format", choices=["table", "json", "csv"], default="table")
    listing.add_argument(
        "--tz", metavar="ZONE", help="show the table's times in this IANA zone too"
    )
    add = actions.add_parser("add", help="add a session to an event")
    add.add_argument("event", metavar="EVENT", help="the event's id, UID or exact title")
    add.add_argument("--title", required=True)
    add.add_argument("--start", required=True, metavar="WHEN", help="'2027-01-19 09:00'")
    add.add_argument("--end", required=True, metavar="WHEN", help="'2027-01-19 09:45'")
    _session_fields(add)
    for option, role in (("--speaker", "speaker"), ("--moderator", "moderator or chair"),
                         ("--panellist", "panellist")):  # fmt: skip
        add.add_argument(
            option,
            action="append",
            default=[],
            metavar="CONTACT",
            help=f"a {role} (id or exact name; repeatable)",
        )
    edit = actions.add_parser(
        "edit", help="change a session", description="Change the fields given; others stay."
    )
    edit.add_argument("session", metavar="SESSION", help="the session's id, UID or exact title")
    edit.add_argument("--title")
    edit.add_argument("--start", metavar="WHEN")
    edit.add_argument("--end", metavar="WHEN", help="default: as long as it was")
    _session_fields(edit)
    delete = actions.add_parser("delete", help="delete a session and its people's roles")
    delete.add_argument("session", metavar="SESSION", help="the session's id, UID or exact title")


def _session_fields(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--stage", metavar="NAME", help="the stage's name or id ('' for none)")
    parser.add_argument(
        "--block",
        metavar="BLOCK",
        help="in this block (its id or title; '' for none), on its stage",
    )
    parser.add_argument("--kind", metavar="KIND", help=_SESSION_KINDS)
    parser.add_argument("--description")
    parser.add_argument("--language", help="sv, en, ...")
    parser.add_argument(
        "--capacity", metavar="N", help="its own seats for registrations ('' for no limit)"
    )


def _block_parser(commands: Commands) -> None:
    block = commands.add_parser(
        "block",
        help="an event's blocks: chaired groups of sessions on one stage, moved as one",
        description="A block groups sessions on one stage (`session add|edit --block`); "
        "moved, its sessions go with it, to another time, day or stage.",
    )
    actions = block.add_subparsers(dest="programme_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="an event's blocks with their sessions")
    listing.add_argument("event", metavar="EVENT", help="the event's id, UID or exact title")
    listing.add_argument("--format", choices=["table", "json"], default="table")
    add = actions.add_parser("add", help="add a block to an event")
    add.add_argument("event", metavar="EVENT", help="the event's id, UID or exact title")
    add.add_argument("--title", required=True)
    add.add_argument("--stage", required=True, metavar="NAME", help="the stage's name or id")
    add.add_argument("--description", default="")
    move = actions.add_parser(
        "move", help="move a block with its sessions (another day too)",
        description="Its first session then starts at --start; the others keep their "
        "lengths and gaps.",
    )  # fmt: skip
    move.add_argument("event", metavar="EVENT", help="the event's id, UID or exact title")
    move.add_argument("block", metavar="BLOCK", help="the block's id or title")
    move.add_argument("--start", required=True, metavar="WHEN", help="'2027-01-28 13:00'")
    move.add_argument("--stage", metavar="NAME", help="onto this stage (its name or id)")
    delete = actions.add_parser("delete", help="delete a block; its sessions stay unless asked")
    delete.add_argument("event", metavar="EVENT", help="the event's id, UID or exact title")
    delete.add_argument("block", metavar="BLOCK", help="the block's id or title")
    delete.add_argument(
        "--with-sessions", action="store_true", help="delete its sessions (and their roles) too"
    )


def _stage_parser(commands: Commands) -> None:
    stage = commands.add_parser("stage", help="an event's stages (rooms, or digital stages)")
    actions = stage.add_subparsers(dest="programme_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="an event's stages")
    listing.add_argument("event", metavar="EVENT", help="the event's id, UID or exact title")
    listing.add_argument("--format", choices=["table", "json"], default="table")
    add = actions.add_parser("add", help="add a stage to an event")
    add.add_argument("event", metavar="EVENT", help="the event's id, UID or exact title")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--digital", action="store_true", help="a digital stage (streamed only)")
    add.add_argument("--stream", metavar="URL", help="where it is streamed")
    add.add_argument("--recording", metavar="URL", help="where its recording is")
    edit = actions.add_parser(
        "edit", help="change a stage", description="Change the fields given; others stay."
    )
    edit.add_argument("event", metavar="EVENT", help="the event's id, UID or exact title")
    edit.add_argument("stage", metavar="STAGE", help="the stage's id or name")
    edit.add_argument("--name", dest="new_name", metavar="NAME", help="rename the stage")
    edit.add_argument("--stream-url", metavar="URL", help="where it is streamed ('' for none)")
    edit.add_argument("--recording-url", metavar="URL", help="where its recording is ('' for none)")
    kind = edit.add_mutually_exclusive_group()
    kind.add_argument(
        "--digital", dest="digital", action="store_true", default=None,
        help="a digital stage (streamed only)",
    )  # fmt: skip
    kind.add_argument("--room", dest="digital", action="store_false", help="a room at the venue")
    delete = actions.add_parser("delete", help="delete a stage no session or block is on")
    delete.add_argument("event", metavar="EVENT", help="the event's id, UID or exact title")
    delete.add_argument("stage", metavar="STAGE", help="the stage's id or name")


def _phase_parser(commands: Commands) -> None:
    phase = commands.add_parser(
        "phase", help="an event's phases (build-up, open days, rehearsal, dinner, tear-down)"
    )
    actions = phase.add_subparsers(dest="programme_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="an event's phases")
    listing.add_argument("event", metavar="EVENT", help="the event's id, UID or exact title")
    listing.add_argument("--format", choices=["table", "json"], default="table")
    add = actions.add_parser("add", help="add a phase to an event")
    add.add_argument("event", metavar="EVENT", help="the event's id, UID or exact title")
    add.add_argument("--kind", required=True, metavar="KIND", help=_PHASE_KINDS)
    add.add_argument("--start", required=True, metavar="WHEN")
    add.add_argument("--end", required=True, metavar="WHEN")
    add.add_argument("--name", default="", help="e.g. 'Öppet för besökare'")
    add.add_argument(
        "--public",
        choices=["yes", "no"],
        help="shown in public feeds (default: open days yes, the others no)",
    )
    edit = actions.add_parser(
        "edit", help="change a phase", description="Change the fields given; others stay."
    )
    edit.add_argument("event", metavar="EVENT", help="the event's id, UID or exact title")
    edit.add_argument("phase", metavar="PHASE", help="the phase's id, or its name or kind")
    edit.add_argument("--kind", metavar="KIND", help=_PHASE_KINDS)
    edit.add_argument("--start", metavar="WHEN")
    edit.add_argument("--end", metavar="WHEN", help="default: as long as it was")
    edit.add_argument("--name", help="'' for the kind's own name")
    edit.add_argument(
        "--public",
        choices=["yes", "no", "default"],
        help="shown in public feeds (default: as its kind has it)",
    )
    delete = actions.add_parser("delete", help="delete a phase")
    delete.add_argument("event", metavar="EVENT", help="the event's id, UID or exact title")
    delete.add_argument("phase", metavar="PHASE", help="the phase's id, or its name or kind")


def _role_parser(commands: Commands) -> None:
    role = commands.add_parser(
        "role",
        help="people's and organisations' roles on events and sessions",
        description="A person's role on an event (`role add CONTACT EVENT --role host`) or a "
        "session (`role add CONTACT --session SESSION --role speaker`); an organisation's "
        "role on an event (`role add --organisation ORG EVENT --role sponsor`).",
    )
    actions = role.add_subparsers(dest="programme_action", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list", help="the people and organisations with a role on an event"
    )
    listing.add_argument("event", metavar="EVENT", help="the event's id, UID or exact title")
    listing.add_argument("--format", choices=["table", "json"], default="table")
    for name, help_text in (("add", "give a role"), ("remove", "take a role away")):
        action = actions.add_parser(name, help=help_text)
        action.add_argument(
            "refs",
            nargs="*",
            metavar="CONTACT EVENT",
            help="the person (id or exact name) and the event (id, UID or exact title); "
            "with --organisation only the event; with --session only the person",
        )
        action.add_argument("--session", metavar="SESSION", help="on this session instead")
        action.add_argument(
            "--organisation", metavar="ORGANISATION", help="an organisation's role on the event"
        )
        action.add_argument(
            "--role",
            required=name == "add",
            metavar="ROLE",
            help=f"people: {_PERSON_ROLES}; organisations: {_ORGANISATION_ROLES}"
            + ("" if name == "add" else " (default: every role it has there)"),
        )
        if name == "add":
            action.add_argument(
                "--confirmation", metavar="STATE", help="asked (the default), confirmed, declined"
            )
            action.add_argument("--note", default="")


# -- running -------------------------------------------------------------------------------


def run(args: argparse.Namespace) -> int:
    with opened_workspace(args) as workspace, recording() as journal:
        handler = _HANDLERS[(args.command, args.programme_action)]
        result = handler(args, workspace)
        if journal.changes:
            feed_commands.republish_changed(workspace, written_changes(None, journal.changes))
        return result


def find_event(workspace: Workspace, ref: str) -> Event:
    """An event by id, UID, or exact title when one event has it."""
    event = event_by_id_or_uid(workspace, ref)
    if event is not None:
        return event
    found = workspace.programme.events_titled(ref.strip())
    if len(found) == 1:
        return workspace.events.get(found[0][0])
    if found:
        ids = ", ".join(str(i) for i, _ in found)
        raise ValidationError(
            "event", f"{len(found)} events are called {ref!r} (ids {ids}); give the id"
        )
    raise NotFoundError(f"no event has the id, UID or title {ref!r}")


def find_session(workspace: Workspace, ref: str) -> Session:
    text = ref.strip()
    ident = arguments.record_id(text)
    if ident is not None:
        return workspace.programme.session(ident)
    try:
        return workspace.programme.session_by_uid(text)
    except NotFoundError:
        pass
    found = workspace.programme.sessions_titled(text)
    if len(found) == 1:
        return found[0]
    if found:
        ids = ", ".join(str(s.id) for s in found)
        raise ValidationError(
            "session", f"{len(found)} sessions are called {ref!r} (ids {ids}); give the id or UID"
        )
    raise NotFoundError(f"no session has the id, UID or title {ref!r}")


def _stage_of(programme: Programme, ref: str) -> Stage:
    """A stage of the event by id or name (any case)."""
    stage_id = _stage_id(programme, ref)
    if stage_id is None:
        raise ValidationError("STAGE", "give the stage's id or name")
    return next(s for s in programme.stages if s.id == stage_id)


def _phase_of(programme: Programme, ref: str) -> Phase:
    """A phase of the event by id, or by its title (its name, else its kind), any case."""
    text = ref.strip()
    ident = arguments.record_id(text)
    found = [p for p in programme.phases if p.id == ident]
    if not found:
        found = [p for p in programme.phases if p.title.casefold() == text.casefold()]
    if len(found) == 1:
        return found[0]
    event = programme.event.title
    if found:
        ids = ", ".join(str(p.id) for p in found)
        raise ValidationError(
            "PHASE", f"{event!r} has {len(found)} phases called {ref!r} (ids {ids}); give the id"
        )
    listed = ", ".join(f"{p.title!r} (id {p.id})" for p in programme.phases) or "none yet"
    raise ValidationError("PHASE", f"{event!r} has no phase {ref!r} (its phases: {listed})")


def _stage_id(programme: Programme, ref: str) -> int | None:
    """A stage of the event by id or exact name; '' for none."""
    text = ref.strip()
    if not text:
        return None
    ident = arguments.record_id(text)
    for stage in programme.stages:
        if stage.id == ident:
            return stage.id
    named = [s for s in programme.stages if s.name.strip().casefold() == text.casefold()]
    if len(named) == 1:
        return named[0].id
    if named:  # a pair saved before such pairs were refused: which one is not guessed
        ids = ", ".join(str(s.id) for s in named)
        raise ValidationError(
            "--stage",
            f"{programme.event.title!r} has {len(named)} stages called {ref!r} (ids {ids}); "
            "give the id, or rename one with `eventplanner stage edit`",
        )
    names = ", ".join(repr(s.name) for s in programme.stages) or "none yet"
    raise ValidationError(
        "--stage",
        f"{programme.event.title!r} has no stage {ref!r} (its stages: {names}); add it with "
        "`eventplanner stage add`",
    )


def _contact(workspace: Workspace, ref: str) -> tuple[int, str]:
    found = catalog_commands.find(workspace, "contact", ref)
    return found.id, found.name


def _moment(text: str, time_zone: str, field: str) -> datetime:
    return arguments.parse_moment(text, time_zone, field)


# -- sessions ------------------------------------------------------------------------------


def _session_list(args: argparse.Namespace, workspace: Workspace) -> int:
    event = find_event(workspace, args.event)
    programme = workspace.programme.programme(event.id)
    if args.tz is not None:
        arguments.parse_zone(args.tz)
    if args.format == "json":
        records = [_session_record(programme, s) for s in programme.sessions]
        print(json.dumps(records, ensure_ascii=False, indent=2))
    elif args.format == "csv":
        sys.stdout.write(_sessions_csv(programme))
    else:
        print(terminal_text(_sessions_table(programme, args.tz)))
    return 0


def _people(programme: Programme, target: Target, ident: int) -> list[dict[str, Any]]:
    return [
        {
            "id": p.id, "contact_id": p.contact_id, "name": p.contact_name,
            "role": p.role.value, "confirmation": p.confirmation.value, "note": p.note,
        }
        for p in programme.people_on(target, ident)
    ]  # fmt: skip


def _session_record(programme: Programme, session: Session) -> dict[str, Any]:
    stage = programme.stage(session.stage_id)
    block = programme.block(session.block_id)
    return {
        "id": session.id,
        "uid": session.uid,
        "event_id": programme.event.id,
        "event_uid": programme.event_uid,
        "title": session.title,
        "kind": session.kind.value,
        "start": session.start.isoformat(),
        "end": session.end.isoformat(),
        "time_zone": programme.event.time_zone,
        "stage": None if stage is None else {
            "id": stage.id, "name": stage.name, "digital": stage.digital,
            "stream_url": stage.stream_url, "recording_url": stage.recording_url,
        },
        "block": None if block is None else {"id": block.id, "title": block.title},
        "description": session.description,
        "language": session.language,
        "capacity": session.capacity,
        "people": _people(programme, Target.SESSION, session.id or 0),
    }  # fmt: skip


def _people_text(programme: Programme, session: Session) -> str:
    return "; ".join(
        f"{p.contact_name} ({p.role.label})"
        for p in programme.people_on(Target.SESSION, session.id or 0)
    )


def _sessions_csv(programme: Programme) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["id", "uid", "start", "end", "title", "kind", "stage", "block", "people"])
    for s in programme.sessions:
        stage = programme.stage(s.stage_id)
        block = programme.block(s.block_id)
        writer.writerow(
            [spreadsheet_cell(v) for v in (
                s.id, s.uid, s.start.isoformat(), s.end.isoformat(), s.title, s.kind.value,
                stage.name if stage else "", block.title if block else "",
                _people_text(programme, s),
            )]
        )  # fmt: skip
    return buffer.getvalue()


def _sessions_table(programme: Programme, other_zone: str | None) -> str:
    event = programme.event
    if not programme.sessions:
        return f"{event.title!r} has no sessions yet."
    lines = [f"{event.title} ({event.days_text()}, times in {event.time_zone})"]
    day = None
    for s in programme.sessions:
        if s.start.date() != day:
            day = s.start.date()
            lines.append(f"{day:%A %Y-%m-%d} (week {day.isocalendar().week})")
        stage = programme.stage(s.stage_id)
        when = f"{s.start:%H:%M}–{s.end:%H:%M}"
        if other_zone and other_zone != event.time_zone:
            there = zone(other_zone)
            when += (
                f" ({s.start.astimezone(there):%H:%M}–{s.end.astimezone(there):%H:%M} {other_zone})"
            )
        people = _people_text(programme, s)
        lines.append(
            f"  {s.id:>5}  {when}  {s.title}  [{s.kind.label}]"
            + (f"  @ {stage.name}" if stage else "")
            + (f"  — {people}" if people else "")
        )
    return "\n".join(lines)


def _session_add(args: argparse.Namespace, workspace: Workspace) -> int:
    event = find_event(workspace, args.event)
    programme = workspace.programme.programme(event.id)
    tz = event.timing.time_zone
    record = Session(
        None,
        event.id,
        args.title,
        _moment(args.start, tz, "--start"),
        _moment(args.end, tz, "--end"),
        parse_choice(SessionKind, args.kind, "--kind") if args.kind else SessionKind.TALK,
        _stage_id(programme, args.stage) if args.stage is not None else None,
        description=args.description or "",
        language=args.language or "",
        capacity=arguments.parse_capacity(args.capacity) if args.capacity else None,
    )
    if args.block:
        record = _in_block(programme, record, args.block, stage_given=args.stage is not None)
    people = [
        RoleLink(None, _contact(workspace, ref)[0], role, Target.SESSION, 0)
        for option, role in (("moderator", PersonRole.MODERATOR),
                             ("speaker", PersonRole.SPEAKER),
                             ("panellist", PersonRole.PANELLIST))
        for ref in getattr(args, option)
    ]  # fmt: skip
    saved = workspace.programme.add_session(record, people).record
    print(f"Added session {saved.title!r} (id {saved.id}, UID {saved.uid}) to {event.title!r}")
    return 0


def _session_edit(args: argparse.Namespace, workspace: Workspace) -> int:
    current = find_session(workspace, args.session)
    programme = workspace.programme.programme(current.event_id)
    tz = programme.event.time_zone
    changes: dict[str, Any] = {}
    if args.title is not None:
        changes["title"] = args.title
    if args.start is not None:
        start = _moment(args.start, tz, "--start")
        changes["start"] = start
        changes["end"] = start + current.duration
    if args.end is not None:
        changes["end"] = _moment(args.end, tz, "--end")
    if args.stage is not None:
        changes["stage_id"] = _stage_id(programme, args.stage)
        if changes["stage_id"] != current.stage_id:
            changes["block_id"] = None  # a block is on one stage: it leaves it
    if args.kind is not None:
        changes["kind"] = parse_choice(SessionKind, args.kind, "--kind")
    if args.block is not None:
        if args.block.strip():
            placed = _in_block(programme, replace(current, **changes), args.block,
                               stage_given=args.stage is not None)  # fmt: skip
            changes["block_id"], changes["stage_id"] = placed.block_id, placed.stage_id
        else:
            changes["block_id"] = None
    for name in ("description", "language"):
        if getattr(args, name) is not None:
            changes[name] = getattr(args, name)
    if args.capacity is not None:
        changes["capacity"] = arguments.parse_capacity(args.capacity)
    if not changes:
        raise ValidationError("session", "nothing to change; give at least one option")
    saved = workspace.programme.edit_session(replace(current, **changes)).record
    print(f"Changed session {saved.title!r} (id {saved.id}, UID {saved.uid})")
    return 0


def _session_delete(args: argparse.Namespace, workspace: Workspace) -> int:
    current = find_session(workspace, args.session)
    workspace.programme.delete_session(current.id or 0)
    print(f"Deleted session {current.title!r} (id {current.id})")
    return 0


def _in_block(programme: Programme, record: Session, ref: str, *, stage_given: bool) -> Session:
    """``record`` in the block ``ref`` (id or exact title), on the block's stage; with
    --stage given too, that stage must be the block's."""
    block = _block_of(programme, ref, "--block")
    if stage_given and record.stage_id != block.stage_id:
        stage = programme.stage(block.stage_id)
        raise ValidationError(
            "--stage",
            f"the block {block.title!r} is on the stage {stage.name if stage else '?'!r}; "
            "leave out --stage, or give that one",
        )
    return replace(record, block_id=block.id, stage_id=block.stage_id)


def _block_of(programme: Programme, ref: str, option: str) -> Block:
    """A block of the event by id or exact title."""
    text = ref.strip()
    ident = arguments.record_id(text)
    found = [b for b in programme.blocks if b.id == ident] or [
        b for b in programme.blocks if b.title.casefold() == text.casefold()
    ]
    if len(found) == 1:
        return found[0]
    if found:
        ids = ", ".join(str(b.id) for b in found)
        raise ValidationError(
            option, f"{len(found)} blocks are called {ref!r} (ids {ids}); give the id"
        )
    titles = ", ".join(repr(b.title) for b in programme.blocks) or "none yet"
    raise ValidationError(
        option,
        f"{programme.event.title!r} has no block {ref!r} (its blocks: {titles}); add it with "
        "`eventplanner block add`",
    )


def _block_by_ref(workspace: Workspace, args: argparse.Namespace) -> tuple[Programme, Block]:
    programme = workspace.programme.programme(find_event(workspace, args.event).id)
    return programme, _block_of(programme, args.block, "block")


# -- blocks --------------------------------------------------------------------------------


def _block_list(args: argparse.Namespace, workspace: Workspace) -> int:
    event = find_event(workspace, args.event)
    programme = workspace.programme.programme(event.id)
    members = {
        b.id: [s for s in programme.sessions if s.block_id == b.id] for b in programme.blocks
    }
    if args.format == "json":
        records = [
            {"id": b.id, "event_id": b.event_id, "title": b.title, "description": b.description,
             "stage": {"id": b.stage_id, "name": _stage_name(programme, b.stage_id)},
             "sessions": [{"id": s.id, "uid": s.uid, "title": s.title,
                           "start": s.start.isoformat(), "end": s.end.isoformat()}
                          for s in members[b.id]],
             "people": _people(programme, Target.BLOCK, b.id or 0)}
            for b in programme.blocks
        ]  # fmt: skip
        print(json.dumps(records, ensure_ascii=False, indent=2))
    elif not programme.blocks:
        print(f"{event.title!r} has no blocks yet.")
    else:
        for b in programme.blocks:
            sessions = members[b.id]
            when = (f"{sessions[0].start:%Y-%m-%d %H:%M}–{sessions[-1].end:%H:%M}"
                    if sessions else "no sessions yet")  # fmt: skip
            line = f"{b.id:>5}  {b.title}  @ {_stage_name(programme, b.stage_id)}  {when}"
            print(terminal_text(f"{line}  ({len(sessions)} sessions)"))
    return 0


def _stage_name(programme: Programme, stage_id: int | None) -> str:
    stage = programme.stage(stage_id)
    return stage.name if stage is not None else ""


def _block_add(args: argparse.Namespace, workspace: Workspace) -> int:
    event = find_event(workspace, args.event)
    programme = workspace.programme.programme(event.id)
    stage_id = _stage_id(programme, args.stage)
    if stage_id is None:
        raise ValidationError("--stage", "a block is on a stage; give its name or id")
    block = Block(None, event.id, stage_id, args.title, args.description)
    saved = workspace.programme.add_block(block).record
    print(f"Added block {saved.title!r} (id {saved.id}) to {event.title!r}")
    return 0


def _block_move(args: argparse.Namespace, workspace: Workspace) -> int:
    programme, block = _block_by_ref(workspace, args)
    start = _moment(args.start, programme.event.time_zone, "--start")
    stage_id = None
    if args.stage is not None:
        stage_id = _stage_id(programme, args.stage)
        if stage_id is None:
            raise ValidationError("--stage", "a block is on a stage; give its name or id")
    if not any(s.block_id == block.id for s in programme.sessions):
        raise ValidationError(
            "block", f"the block {block.title!r} has no sessions to move; add them with "
            "`eventplanner session edit SESSION --block BLOCK`",
        )  # fmt: skip
    saved = workspace.programme.move_block(block.id or 0, start, stage_id=stage_id).record
    print(f"Moved block {saved.title!r} (id {saved.id}) to start {start:%Y-%m-%d %H:%M}")
    return 0


def _block_delete(args: argparse.Namespace, workspace: Workspace) -> int:
    _, block = _block_by_ref(workspace, args)
    workspace.programme.delete_block(block.id or 0, with_sessions=args.with_sessions)
    kept = "with its sessions" if args.with_sessions else "(its sessions stay)"
    print(f"Deleted block {block.title!r} (id {block.id}) {kept}")
    return 0


# -- stages and phases ---------------------------------------------------------------------


def _stage_list(args: argparse.Namespace, workspace: Workspace) -> int:
    event = find_event(workspace, args.event)
    stages = workspace.programme.programme(event.id).stages
    if args.format == "json":
        records = [
            {"id": s.id, "event_id": s.event_id, "name": s.name, "digital": s.digital,
             "stream_url": s.stream_url, "recording_url": s.recording_url}
            for s in stages
        ]  # fmt: skip
        print(json.dumps(records, ensure_ascii=False, indent=2))
    elif not stages:
        print(f"{event.title!r} has no stages yet.")
    else:
        for s in stages:
            kind = "digital" if s.digital else "room"
            links = "  ".join(
                f"{label}: {url}"
                for label, url in (("stream", s.stream_url), ("recording", s.recording_url))
                if url
            )
            print(terminal_text(f"{s.id:>5}  {s.name}  [{kind}]  {links}".rstrip()))
    return 0


def _stage_add(args: argparse.Namespace, workspace: Workspace) -> int:
    event = find_event(workspace, args.event)
    stage = Stage(None, event.id, args.name, args.digital, args.stream or "", args.recording or "")
    saved = workspace.programme.add_stage(stage).record
    print(f"Added stage {saved.name!r} (id {saved.id}) to {event.title!r}")
    return 0


def _stage_edit(args: argparse.Namespace, workspace: Workspace) -> int:
    event = find_event(workspace, args.event)
    current = _stage_of(workspace.programme.programme(event.id), args.stage)
    changes: dict[str, Any] = {}
    for option, name in (("new_name", "name"), ("stream_url", "stream_url"),
                         ("recording_url", "recording_url"), ("digital", "digital")):  # fmt: skip
        if getattr(args, option) is not None:
            changes[name] = getattr(args, option)
    if not changes:
        raise ValidationError("stage", "nothing to change; give at least one option")
    saved = workspace.programme.edit_stage(replace(current, **changes)).record
    print(f"Changed stage {saved.name!r} (id {saved.id}) of {event.title!r}")
    return 0


def _stage_delete(args: argparse.Namespace, workspace: Workspace) -> int:
    event = find_event(workspace, args.event)
    stage = _stage_of(workspace.programme.programme(event.id), args.stage)
    workspace.programme.delete_stage(stage.id or 0)
    print(f"Deleted stage {stage.name!r} (id {stage.id}) of {event.title!r}")
    return 0


def _phase_list(args: argparse.Namespace, workspace: Workspace) -> int:
    event = find_event(workspace, args.event)
    phases = workspace.programme.programme(event.id).phases
    if args.format == "json":
        records = [
            {"id": p.id, "event_id": p.event_id, "kind": p.kind.value, "name": p.name,
             "start": p.start.isoformat(), "end": p.end.isoformat(), "public": p.is_public}
            for p in phases
        ]  # fmt: skip
        print(json.dumps(records, ensure_ascii=False, indent=2))
    elif not phases:
        print(f"{event.title!r} has no phases yet.")
    else:
        for p in phases:
            shown = "public" if p.is_public else "staff"
            when = f"{p.start:%Y-%m-%d %H:%M} – {p.end:%Y-%m-%d %H:%M}"
            print(terminal_text(f"{p.id:>5}  {when}  {p.title}  [{shown}]"))
    return 0


def _phase_add(args: argparse.Namespace, workspace: Workspace) -> int:
    event = find_event(workspace, args.event)
    tz = event.timing.time_zone
    phase = Phase(
        None,
        event.id,
        parse_choice(PhaseKind, args.kind, "--kind"),
        _moment(args.start, tz, "--start"),
        _moment(args.end, tz, "--end"),
        args.name,
        None if args.public is None else args.public == "yes",
    )
    saved = workspace.programme.add_phase(phase).record
    print(f"Added phase {saved.title!r} (id {saved.id}) to {event.title!r}")
    return 0


def _phase_edit(args: argparse.Namespace, workspace: Workspace) -> int:
    event = find_event(workspace, args.event)
    current = _phase_of(workspace.programme.programme(event.id), args.phase)
    tz = event.timing.time_zone
    changes: dict[str, Any] = {}
    if args.kind is not None:
        changes["kind"] = parse_choice(PhaseKind, args.kind, "--kind")
    if args.start is not None:
        start = _moment(args.start, tz, "--start")
        changes["start"] = start
        changes["end"] = start + (current.end - current.start)
    if args.end is not None:
        changes["end"] = _moment(args.end, tz, "--end")
    if args.name is not None:
        changes["name"] = args.name.strip()
    if args.public is not None:
        changes["public"] = None if args.public == "default" else args.public == "yes"
    if not changes:
        raise ValidationError("phase", "nothing to change; give at least one option")
    saved = workspace.programme.edit_phase(replace(current, **changes)).record
    print(f"Changed phase {saved.title!r} (id {saved.id}) of {event.title!r}")
    return 0


def _phase_delete(args: argparse.Namespace, workspace: Workspace) -> int:
    event = find_event(workspace, args.event)
    phase = _phase_of(workspace.programme.programme(event.id), args.phase)
    workspace.programme.delete_phase(phase.id or 0)
    print(f"Deleted phase {phase.title!r} (id {phase.id}) of {event.title!r}")
    return 0


# -- roles ---------------------------------------------------------------------------------


def _role_target(
    args: argparse.Namespace, workspace: Workspace
) -> tuple[str | None, Target, int, str, int]:
    """(contact ref or None for an organisation, target, target id, its name, event id)."""
    refs: list[str] = list(args.refs)
    if args.organisation is not None:
        if args.session is not None:
            raise ValidationError("--session", "an organisation's role is on an event")
        if len(refs) != 1:
            raise ValidationError("EVENT", "give the event (only) with --organisation")
        event = find_event(workspace, refs[0])
        return None, Target.EVENT, event.id, f"{event.title!r}", event.id
    if args.session is not None:
        if len(refs) != 1:
            raise ValidationError("CONTACT", "give the person (only) with --session")
        session = find_session(workspace, args.session)
        return (
            refs[0],
            Target.SESSION,
            session.id or 0,
            f"the session {session.title!r}",
            session.event_id,
        )
    if len(refs) != 2:
        raise ValidationError("CONTACT", "give the person and the event, or --session SESSION")
    event = find_event(workspace, refs[1])
    return refs[0], Target.EVENT, event.id, f"{event.title!r}", event.id


def _role_list(args: argparse.Namespace, workspace: Workspace) -> int:
    from eventplanner.cli.people_commands import role_list

    return role_list(args, workspace, find_event(workspace, args.event).id)


def _role_add(args: argparse.Namespace, workspace: Workspace) -> int:
    contact_ref, target, ident, where, event_id = _role_target(args, workspace)
    if contact_ref is None:
        organisation = catalog_commands.find(workspace, "organisation", args.organisation)
        role = parse_choice(OrganisationRole, args.role, "--role")
        link = OrganisationLink(None, event_id, organisation.id, role, args.note)
        workspace.programme.add_organisation_role(link)
        print(f"{organisation.name!r} is {role.label} of {where}")
        return 0
    contact_id, name = _contact(workspace, contact_ref)
    person_role = parse_choice(PersonRole, args.role, "--role")
    confirmation = (
        parse_choice(Confirmation, args.confirmation, "--confirmation")
        if args.confirmation
        else Confirmation.ASKED
    )
    workspace.programme.add_role(
        RoleLink(None, contact_id, person_role, target, ident, confirmation, args.note)
    )
    print(f"{name!r} is {person_role.label} on {where} ({confirmation.label})")
    return 0


def _role_remove(args: argparse.Namespace, workspace: Workspace) -> int:
    contact_ref, target, ident, where, event_id = _role_target(args, workspace)
    programme = workspace.programme.programme(event_id)
    if contact_ref is None:
        organisation = catalog_commands.find(workspace, "organisation", args.organisation)
        wanted_org = parse_choice(OrganisationRole, args.role, "--role") if args.role else None
        links = [
            o for o in programme.organisations
            if o.organisation_id == organisation.id and wanted_org in (None, o.role)
        ]  # fmt: skip
        if not links:
            raise NotFoundError(f"{organisation.name!r} has no such role on {where}")
        workspace.programme.remove_organisation_roles([link.id or 0 for link in links])
        roles = f"{len(links)} role{'s' * (len(links) != 1)}"
        print(f"Removed {roles} of {organisation.name!r} on {where}")
        return 0
    contact_id, name = _contact(workspace, contact_ref)
    wanted = parse_choice(PersonRole, args.role, "--role") if args.role else None
    people = [
        p for p in programme.people_on(target, ident)
        if p.contact_id == contact_id and wanted in (None, p.role)
    ]  # fmt: skip
    if not people:
        raise NotFoundError(f"{name!r} has no such role on {where}")
    workspace.programme.remove_roles(target, [person.id or 0 for person in people])
    print(f"Removed {len(people)} role{'s' * (len(people) != 1)} of {name!r} on {where}")
    return 0


_HANDLERS = {
    ("session", "list"): _session_list,
    ("session", "add"): _session_add,
    ("session", "edit"): _session_edit,
    ("session", "delete"): _session_delete,
    ("block", "list"): _block_list,
    ("block", "add"): _block_add,
    ("block", "move"): _block_move,
    ("block", "delete"): _block_delete,
    ("stage", "list"): _stage_list,
    ("stage", "add"): _stage_add,
    ("stage", "edit"): _stage_edit,
    ("stage", "delete"): _stage_delete,
    ("phase", "list"): _phase_list,
    ("phase", "add"): _phase_add,
    ("phase", "edit"): _phase_edit,
    ("phase", "delete"): _phase_delete,
    ("role", "list"): _role_list,
    ("role", "add"): _role_add,
    ("role", "remove"): _role_remove,
}
