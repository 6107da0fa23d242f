"""Running `eventplanner stand …` and `exhibitor …` (the grammar: ``stand_commands``): the
stand itself and its co-exhibitors here, the deadlines in ``stand_deadline_running``, the
badges and materials in ``stand_list_running``."""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path
from typing import Any

from eventplanner.cli import feed_commands
from eventplanner.cli import stand_input as typed
from eventplanner.cli.opening import opened_workspace
from eventplanner.cli.output import terminal_text
from eventplanner.cli.programme_commands import find_event
from eventplanner.cli.stand_deadline_running import DEADLINE
from eventplanner.cli.stand_list_running import MATERIAL, STAFF
from eventplanner.cli.stand_lookup import Handler, find_exhibitor, print_json, view_of
from eventplanner.cli.stand_text import stand_record, stand_text
from eventplanner.domain.stand import CoExhibitor, ExhibitorState, Stand, StandType
from eventplanner.services.change_journal import recording
from eventplanner.services.changes import Kind
from eventplanner.services.workspace import Workspace


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


# -- the stand -----------------------------------------------------------------------------


def _show(args: argparse.Namespace, workspace: Workspace) -> int:
    view = view_of(args, workspace)
    if args.format == "json":
        print_json(stand_record(view))
    else:
        print(terminal_text(stand_text(view)))
    return 0


def _edit(args: argparse.Namespace, workspace: Workspace) -> int:
    view = view_of(args, workspace)
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
    view = view_of(args, workspace)
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
    view = view_of(args, workspace)
    found = find_exhibitor(view, workspace, args.organisation)
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
    view = view_of(args, workspace)
    if args.format == "json":
        print_json(stand_record(view)["co_exhibitors"])
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
    view = view_of(args, workspace)
    found = find_exhibitor(view, workspace, args.organisation)
    assert found.id is not None
    workspace.stand.remove_co_exhibitor(found.id)
    print(terminal_text(f"{found.organisation_name} no longer shares the stand of "
                        f"{view.event_title!r}"))  # fmt: skip
    return 0


_EXHIBITOR: dict[str, Handler] = {
    "add": _exhibitor_add, "edit": _exhibitor_edit, "list": _exhibitor_list,
    "remove": _exhibitor_remove,
}  # fmt: skip


_LISTS: dict[str, dict[str, Handler]] = {"deadline": DEADLINE, "staff": STAFF,
                                         "material": MATERIAL}  # fmt: skip
