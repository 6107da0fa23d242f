"""Running `eventplanner stand …` and `exhibitor …` (the grammar: ``stand_commands``)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from eventplanner.cli import arguments, feed_commands
from eventplanner.cli import stand_input as typed
from eventplanner.cli.deadline_moves import print_moves, tasks_moved
from eventplanner.cli.opening import opened_workspace
from eventplanner.cli.output import terminal_text
from eventplanner.cli.programme_commands import find_event
from eventplanner.cli.stand_text import stand_record, stand_text
from eventplanner.domain.enums import parse_enum
from eventplanner.domain.errors import NotFoundError, ValidationError
from eventplanner.domain.stand import (
    CoExhibitor,
    DeadlineKind,
    ExhibitorStaff,
    ExhibitorState,
    MaterialState,
    Stand,
    StandDeadline,
    StandMaterial,
    StandType,
)
from eventplanner.services.change_journal import recording
from eventplanner.services.changes import ChangeSet, Kind
from eventplanner.services.stand.reading import StandView
from eventplanner.services.workspace import Workspace

Handler = Callable[[argparse.Namespace, Workspace], int]


def run(args: argparse.Namespace) -> int:
    """Nothing of a stand is in a feed, but the tasks a fair deadline moves are: the
    deadline feeds they are in are published again."""
    with opened_workspace(args) as workspace, recording() as journal:
        if args.command == "exhibitor":
            status = _EXHIBITOR[args.exhibitor_action](args, workspace)
        elif args.stand_action in _LISTS:
            status = _LISTS[args.stand_action][args.list_action](args, workspace)
        else:
            status = _STAND[args.stand_action](args, workspace)
        if journal.changes.ids(Kind.TASK):
            feed_commands.republish_changed(workspace, journal.changes)
        return status


def _exhibitor(view: StandView, workspace: Workspace, ref: str) -> CoExhibitor:
    organisation = typed.organisation(workspace, ref)
    found = next((e for e in view.co_exhibitors if e.organisation_id == organisation), None)
    if found is None:
        raise NotFoundError(
            f"{ref!r} does not share the stand of {view.event_title!r}; see "
            "`eventplanner exhibitor list EVENT`"
        )
    return found


def _row_id(text: str, noun: str, listing: str) -> int:
    ident = arguments.record_id(text)
    if ident is None:
        raise ValidationError("ID", f"{text!r} is not an id; see `eventplanner {listing}`")
    return ident


def _one(rows: tuple[Any, ...], text: str, noun: str, view: StandView, listing: str) -> Any:
    ident = _row_id(text, noun, listing)
    found = next((r for r in rows if r.id == ident), None)
    if found is None:
        raise NotFoundError(f"the stand of {view.event_title!r} has no {noun} with id {ident}; "
                            f"see `eventplanner {listing}`")  # fmt: skip
    return found


def _view(args: argparse.Namespace, workspace: Workspace) -> StandView:
    return workspace.stand.stand(find_event(workspace, args.event).id)


def _print_json(record: Any) -> None:
    print(json.dumps(record, ensure_ascii=False, indent=2))


# -- the stand -----------------------------------------------------------------------------


def _show(args: argparse.Namespace, workspace: Workspace) -> int:
    view = _view(args, workspace)
    if args.format == "json":
        _print_json(stand_record(view))
    else:
        print(terminal_text(stand_text(view)))
    return 0


def _edit(args: argparse.Namespace, workspace: Workspace) -> int:
    view = _view(args, workspace)
    stand = view.stand or Stand(None, view.event_id)
    changes: dict[str, Any] = {}
    if args.organiser is not None:
        changes["organiser_id"] = typed.organisation(workspace, args.organiser)
    if args.lead is not None:
        changes["lead_contact_id"] = typed.contact(workspace, args.lead)
    if args.area is not None:
        changes["area"] = typed.measure(args.area, "--area", "m²")
    for name in ("hall", "booth", "notes"):
        if getattr(args, name) is not None:
            changes[name] = getattr(args, name)
    if args.stand_type is not None:
        changes["stand_type"] = StandType(args.stand_type)
    saved = workspace.stand.save_stand(replace(stand, **changes)).record
    verb = "Made" if view.stand is None else "Changed"
    print(terminal_text(f"{verb} the stand of {view.event_title!r}: "
                        f"{_stand_line(saved)}"))  # fmt: skip
    return 0


def _stand_line(stand: Stand) -> str:
    parts = [f"hall {stand.hall}" if stand.hall else "", f"booth {stand.booth}"
             if stand.booth else "", f"{stand.area:g} m²" if stand.area else "",
             stand.stand_type.label]  # fmt: skip
    return ", ".join(p for p in parts if p)


def _export(args: argparse.Namespace, workspace: Workspace) -> int:
    view = _view(args, workspace)
    target = Path(args.xlsx).expanduser().absolute()
    from eventplanner.services.stand.spreadsheet import write_workbook

    write_workbook(view, target)
    print(terminal_text(f"Wrote the stand of {view.event_title!r} to {target}"))
    return 0


_STAND: dict[str, Handler] = {"show": _show, "edit": _edit, "export": _export}


# -- co-exhibitors -------------------------------------------------------------------------


def _exhibitor_changes(args: argparse.Namespace, workspace: Workspace) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    if args.contact is not None:
        changes["contact_id"] = typed.contact(workspace, args.contact)
    if args.area is not None:
        changes["area"], changes["fee"] = typed.measure(args.area, "--area", "m²"), None
    if args.fee is not None:
        changes["fee"], changes["area"] = typed.fee(args.fee), None
    for option, name in (("staff", "staff_quota"), ("badges", "badge_quota")):
        value = typed.count(getattr(args, option), f"--{option}")
        if value is not None:
            changes[name] = value
    if args.power is not None:
        changes["power_kw"] = typed.measure(args.power, "--power", "kW")
    if args.floor is not None:
        changes["floor_m2"] = typed.measure(args.floor, "--floor", "m²")
    if args.brings is not None:
        changes["brings"] = args.brings
    if args.notes is not None:
        changes["notes"] = args.notes
    if args.state is not None:
        changes["state"] = ExhibitorState(args.state)
    return changes


def _exhibitor_add(args: argparse.Namespace, workspace: Workspace) -> int:
    event = find_event(workspace, args.event)
    organisation = typed.organisation(workspace, args.organisation)
    assert organisation is not None
    record = replace(CoExhibitor(None, 0, organisation), **_exhibitor_changes(args, workspace))
    saved = workspace.stand.add_co_exhibitor(event.id, record).record
    print(terminal_text(f"{saved.organisation_name} shares the stand of {event.title!r} "
                        f"({_share(saved)}, {saved.state.label})"))  # fmt: skip
    return 0


def _exhibitor_edit(args: argparse.Namespace, workspace: Workspace) -> int:
    view = _view(args, workspace)
    found = _exhibitor(view, workspace, args.organisation)
    saved = workspace.stand.edit_co_exhibitor(
        replace(found, **_exhibitor_changes(args, workspace))
    ).record
    share = f"{_share(saved)}, {saved.state.label}"
    print(terminal_text(f"Changed {saved.organisation_name} on the stand of "
                        f"{view.event_title!r} ({share})"))  # fmt: skip
    return 0


def _share(exhibitor: CoExhibitor) -> str:
    if exhibitor.area is not None:
        return f"{exhibitor.area:g} m²"
    if exhibitor.fee is not None:
        return f"{exhibitor.fee} SEK"
    return "no share or fee yet"


def _exhibitor_list(args: argparse.Namespace, workspace: Workspace) -> int:
    view = _view(args, workspace)
    if args.format == "json":
        _print_json(stand_record(view)["co_exhibitors"])
        return 0
    if not view.co_exhibitors:
        print(terminal_text(f"No co-exhibitors share the stand of {view.event_title!r} yet."))
        return 0
    lines = [f"Co-exhibitors of {view.event_title}:"]
    for e in view.co_exhibitors:
        contact = f", {e.contact_name}" if e.contact_name else ""
        lines.append(f"  {e.organisation_name}{contact}: {_share(e)}, staff {e.staff_quota}, "
                     f"badges {e.badge_quota}, {e.state.label}")  # fmt: skip
    print(terminal_text("\n".join(lines)))
    return 0


def _exhibitor_remove(args: argparse.Namespace, workspace: Workspace) -> int:
    view = _view(args, workspace)
    found = _exhibitor(view, workspace, args.organisation)
    assert found.id is not None
    workspace.stand.remove_co_exhibitor(found.id)
    print(terminal_text(f"{found.organisation_name} no longer shares the stand of "
                        f"{view.event_title!r}"))  # fmt: skip
    return 0


_EXHIBITOR: dict[str, Handler] = {
    "add": _exhibitor_add, "edit": _exhibitor_edit, "list": _exhibitor_list,
    "remove": _exhibitor_remove,
}  # fmt: skip


# -- deadlines, staff, materials -----------------------------------------------------------


def _deadline_add(args: argparse.Namespace, workspace: Workspace) -> int:
    view = _view(args, workspace)
    kind = parse_enum(DeadlineKind, args.kind, "--kind")
    exhibitor = _exhibitor(view, workspace, args.exhibitor) if args.exhibitor else None
    due = arguments.parse_date(args.due, "--due")
    record = StandDeadline(
        None, 0, kind, due, args.title, typed.time_of_day(args.time), notes=args.notes,
        co_exhibitor_id=exhibitor.id if exhibitor else None,
    )  # fmt: skip
    added: list[StandDeadline] = []

    def write() -> ChangeSet:
        written = workspace.stand.add_deadline(view.event_id, record)
        added.append(written.record)
        return written.changes

    moves = tasks_moved(workspace, view.event_id, write)
    saved = added[0]
    print(terminal_text(f"Added deadline {saved.id}: {saved.name} by {saved.due.isoformat()}"))
    print_moves(moves)
    return 0


def _deadline_list(args: argparse.Namespace, workspace: Workspace) -> int:
    view = _view(args, workspace)
    if args.format == "json":
        _print_json(stand_record(view)["deadlines"])
        return 0
    print(terminal_text(stand_text(view, only="deadlines")))
    return 0


def _deadline_edit(args: argparse.Namespace, workspace: Workspace) -> int:
    view = _view(args, workspace)
    found: StandDeadline = _one(view.deadlines, args.id, "deadline", view,
                                "stand deadline list EVENT")  # fmt: skip
    changes: dict[str, Any] = {}
    if args.kind is not None:
        changes["kind"] = parse_enum(DeadlineKind, args.kind, "--kind")
    if args.due is not None:
        changes["due"] = arguments.parse_date(args.due, "--due")
    if args.time is not None:
        changes["due_time"] = typed.time_of_day(args.time)
    if args.title is not None:
        changes["title"] = args.title
    if args.notes is not None:
        changes["notes"] = args.notes
    if args.exhibitor is not None:
        exhibitor = _exhibitor(view, workspace, args.exhibitor) if args.exhibitor.strip() else None
        changes["co_exhibitor_id"] = exhibitor.id if exhibitor else None
    saved: list[StandDeadline] = []

    def write() -> ChangeSet:
        written = workspace.stand.edit_deadline(replace(found, **changes))
        saved.append(written.record)
        return written.changes

    moves = tasks_moved(workspace, view.event_id, write)
    deadline = saved[0]
    print(terminal_text(f"Changed deadline {deadline.id}: {deadline.name} by "
                        f"{deadline.due.isoformat()}"))  # fmt: skip
    print_moves(moves)
    return 0


def _deadline_done(args: argparse.Namespace, workspace: Workspace) -> int:
    view = _view(args, workspace)
    found = _one(view.deadlines, args.id, "deadline", view, "stand deadline list EVENT")
    saved = workspace.stand.edit_deadline(replace(found, done=not args.undo)).record
    print(terminal_text(f"{saved.name} ({saved.due.isoformat()}): "
                        f"{'done' if saved.done else 'open again'}"))  # fmt: skip
    return 0


def _deadline_remove(args: argparse.Namespace, workspace: Workspace) -> int:
    view = _view(args, workspace)
    found = _one(view.deadlines, args.id, "deadline", view, "stand deadline list EVENT")
    moves = tasks_moved(workspace, view.event_id, lambda: workspace.stand.remove_deadline(found.id))
    print(terminal_text(f"Removed deadline {found.id}: {found.name}"))
    print_moves(moves)
    return 0


def _staff_add(args: argparse.Namespace, workspace: Workspace) -> int:
    view = _view(args, workspace)
    exhibitor = _exhibitor(view, workspace, args.exhibitor) if args.exhibitor else None
    record = ExhibitorStaff(None, 0, args.name, exhibitor.id if exhibitor else None,
                            typed.contact(workspace, args.contact), args.badge)  # fmt: skip
    saved = workspace.stand.add_staff(view.event_id, record).record
    company = f" ({saved.company})" if saved.company else ""
    print(terminal_text(f"Added person {saved.id}: {saved.name}{company}"))
    return 0


def _staff_list(args: argparse.Namespace, workspace: Workspace) -> int:
    view = _view(args, workspace)
    if args.format == "json":
        _print_json(stand_record(view)["staff"])
        return 0
    print(terminal_text(stand_text(view, only="staff")))
    return 0


def _staff_remove(args: argparse.Namespace, workspace: Workspace) -> int:
    view = _view(args, workspace)
    found = _one(view.staff, args.id, "person", view, "stand staff list EVENT")
    workspace.stand.remove_staff(found.id)
    print(terminal_text(f"Removed person {found.id}: {found.name}"))
    return 0


def _material_changes(args: argparse.Namespace, workspace: Workspace) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    quantity = typed.count(args.quantity, "--quantity")
    if quantity is not None:
        changes["quantity"] = quantity
    for option, name in (("packs", "packer_id"), ("ships", "shipper_id"),
                         ("brings_back", "returner_id")):  # fmt: skip
        if getattr(args, option) is not None:
            changes[name] = typed.contact(workspace, getattr(args, option))
    if args.state is not None:
        changes["state"] = parse_enum(MaterialState, args.state, "--state")
    if args.notes is not None:
        changes["notes"] = args.notes
    if getattr(args, "item", None) is not None:
        changes["item"] = args.item
    return changes


def _material_add(args: argparse.Namespace, workspace: Workspace) -> int:
    view = _view(args, workspace)
    record = replace(StandMaterial(None, 0, args.item), **_material_changes(args, workspace))
    saved = workspace.stand.add_material(view.event_id, record).record
    print(terminal_text(f"Added item {saved.id}: {saved.quantity} × {saved.item} "
                        f"({saved.state.label})"))  # fmt: skip
    return 0


def _material_list(args: argparse.Namespace, workspace: Workspace) -> int:
    view = _view(args, workspace)
    if args.format == "json":
        _print_json(stand_record(view)["materials"])
        return 0
    print(terminal_text(stand_text(view, only="materials")))
    return 0


def _material_edit(args: argparse.Namespace, workspace: Workspace) -> int:
    view = _view(args, workspace)
    found = _one(view.materials, args.id, "item", view, "stand material list EVENT")
    saved = workspace.stand.edit_material(
        replace(found, **_material_changes(args, workspace))
    ).record
    print(terminal_text(f"Changed item {saved.id}: {saved.quantity} × {saved.item} "
                        f"({saved.state.label})"))  # fmt: skip
    return 0


def _material_remove(args: argparse.Namespace, workspace: Workspace) -> int:
    view = _view(args, workspace)
    found = _one(view.materials, args.id, "item", view, "stand material list EVENT")
    workspace.stand.remove_material(found.id)
    print(terminal_text(f"Removed item {found.id}: {found.item}"))
    return 0


_LISTS: dict[str, dict[str, Handler]] = {
    "deadline": {"add": _deadline_add, "list": _deadline_list, "edit": _deadline_edit,
                 "done": _deadline_done, "remove": _deadline_remove},
    "staff": {"add": _staff_add, "list": _staff_list, "remove": _staff_remove},
    "material": {"add": _material_add, "list": _material_list, "edit": _material_edit,
                 "remove": _material_remove},
}  # fmt: skip
