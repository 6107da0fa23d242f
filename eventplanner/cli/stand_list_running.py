"""Running `eventplanner stand staff|material ACTION EVENT …`: the people named for badges
and the materials checklist."""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import Any

from eventplanner.cli import stand_input as typed
from eventplanner.cli.output import terminal_text
from eventplanner.cli.stand_lookup import (
    Handler,
    find_exhibitor,
    find_row,
    print_json,
    view_of,
)
from eventplanner.cli.stand_text import stand_record, stand_text
from eventplanner.domain.enums import parse_enum
from eventplanner.domain.stand import ExhibitorStaff, MaterialState, StandMaterial
from eventplanner.services.workspace import Workspace


def _staff_add(args: argparse.Namespace, workspace: Workspace) -> int:
    view = view_of(args, workspace)
    exhibitor = find_exhibitor(view, workspace, args.exhibitor) if args.exhibitor else None
    record = ExhibitorStaff(None, 0, args.name, exhibitor.id if exhibitor else None,
                            typed.contact(workspace, args.contact), args.badge)  # fmt: skip
    saved = workspace.stand.add_staff(view.event_id, record).record
    company = f" ({saved.company})" if saved.company else ""
    print(terminal_text(f"Added person {saved.id}: {saved.name}{company}"))
    return 0


def _staff_list(args: argparse.Namespace, workspace: Workspace) -> int:
    view = view_of(args, workspace)
    if args.format == "json":
        print_json(stand_record(view)["staff"])
        return 0
    print(terminal_text(stand_text(view, only="staff")))
    return 0


def _staff_remove(args: argparse.Namespace, workspace: Workspace) -> int:
    view = view_of(args, workspace)
    found = find_row(view.staff, args.id, "person", view, "stand staff list EVENT")
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
    view = view_of(args, workspace)
    record = replace(StandMaterial(None, 0, args.item), **_material_changes(args, workspace))
    saved = workspace.stand.add_material(view.event_id, record).record
    print(terminal_text(f"Added item {saved.id}: {saved.quantity} × {saved.item} "
                        f"({saved.state.label})"))  # fmt: skip
    return 0


def _material_list(args: argparse.Namespace, workspace: Workspace) -> int:
    view = view_of(args, workspace)
    if args.format == "json":
        print_json(stand_record(view)["materials"])
        return 0
    print(terminal_text(stand_text(view, only="materials")))
    return 0


def _material_edit(args: argparse.Namespace, workspace: Workspace) -> int:
    view = view_of(args, workspace)
    found = find_row(view.materials, args.id, "item", view, "stand material list EVENT")
    saved = workspace.stand.edit_material(
        replace(found, **_material_changes(args, workspace))
    ).record
    print(terminal_text(f"Changed item {saved.id}: {saved.quantity} × {saved.item} "
                        f"({saved.state.label})"))  # fmt: skip
    return 0


def _material_remove(args: argparse.Namespace, workspace: Workspace) -> int:
    view = view_of(args, workspace)
    found = find_row(view.materials, args.id, "item", view, "stand material list EVENT")
    workspace.stand.remove_material(found.id)
    print(terminal_text(f"Removed item {found.id}: {found.item}"))
    return 0


STAFF: dict[str, Handler] = {"add": _staff_add, "list": _staff_list, "remove": _staff_remove}
MATERIAL: dict[str, Handler] = {"add": _material_add, "list": _material_list,
                                "edit": _material_edit, "remove": _material_remove}  # fmt: skip
