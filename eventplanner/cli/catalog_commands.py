"""`eventplanner venue|organisation|contact|project|tag list|add|edit|delete`."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from dataclasses import asdict, fields, replace
from typing import Any

from eventplanner.cli import arguments
from eventplanner.cli.output import terminal_text
from eventplanner.domain.enums import ActorType, CompanySize, OrganisationType, parse_enum
from eventplanner.domain.errors import NotFoundError, ValidationError
from eventplanner.domain.model import Contact, Organisation, Project, Tag, Venue
from eventplanner.services.catalog.service import CatalogService
from eventplanner.services.workspace import Workspace

Record = Venue | Organisation | Contact | Project | Tag


def service(workspace: Workspace, noun: str) -> CatalogService[Any]:
    services: dict[str, CatalogService[Any]] = {
        "venue": workspace.venues,
        "organisation": workspace.organisations,
        "contact": workspace.contacts,
        "project": workspace.projects,
        "tag": workspace.tags,
    }
    return services[noun]


def resolver(workspace: Workspace) -> Callable[[str, str], int]:
    """A function from (noun, id or exact name) to the record's id."""

    def resolve(noun: str, ref: str) -> int:
        return find(workspace, noun, ref).id or 0

    return resolve


def find(workspace: Workspace, noun: str, ref: str) -> Any:
    catalog = service(workspace, noun)
    text = ref.strip()
    ident = arguments.record_id(text)
    if ident is not None:
        return catalog.get(ident)
    found = catalog.find(text)
    if found is None:
        raise NotFoundError(
            f"there is no {noun} called {ref!r}; see `eventplanner {noun} list`, "
            f"or add it with `eventplanner {noun} add --name ...`"
        )
    return found


_ENUMS: dict[str, type[CompanySize] | type[ActorType]] = {
    "size": CompanySize,
    "actor_type": ActorType,
}

_RECORDS: dict[str, type[Any]] = {
    "venue": Venue, "organisation": Organisation, "contact": Contact, "project": Project,
    "tag": Tag,
}  # fmt: skip


def _values(args: argparse.Namespace, workspace: Workspace, noun: str) -> dict[str, Any]:
    """The record fields given on the command line, converted to their types."""
    values: dict[str, Any] = {}
    for field in fields(_RECORDS[noun]):
        name = field.name
        option = {"organisation_id": "organisation", "funder_id": "funder"}.get(name, name)
        raw = getattr(args, option, None)
        if raw is None or name in {"id", "version"}:
            continue
        if name in {"organisation_id", "funder_id"}:
            values[name] = find(workspace, "organisation", raw).id if raw.strip() else None
        elif name == "capacity":
            values[name] = arguments.parse_capacity(raw)
        elif name in {"start", "end"}:
            values[name] = arguments.parse_date(raw, name) if raw.strip() else None
        elif name == "type":
            values[name] = parse_enum(OrganisationType, raw, "type")
        elif name in _ENUMS:  # an empty value clears it
            values[name] = (
                parse_enum(_ENUMS[name], raw, f"--{name.replace('_', '-')}")
                if raw.strip()
                else None
            )
        else:
            values[name] = raw
    return values


def run(args: argparse.Namespace, workspace: Workspace) -> int:
    noun = args.command
    catalog = service(workspace, noun)
    action = args.catalog_action
    if action == "list":
        records = catalog.list(args.search)
        if args.format == "json":
            print(json.dumps([_jsonable(r) for r in records], ensure_ascii=False, indent=2))
        else:
            print(terminal_text(_table(records, noun)))
        return 0
    if action == "add":
        created = catalog.create(_RECORDS[noun](id=None, **_values(args, workspace, noun)))
        print(f"Added {noun} {created.name!r} (id {created.id})")
        return 0
    record = find(workspace, noun, args.ref)
    if action == "edit":
        changes = _values(args, workspace, noun)
        if not changes:
            raise ValidationError(noun, "nothing to change; give at least one option")
        saved = catalog.update(replace(record, **changes))
        print(f"Changed {noun} {saved.name!r} (id {saved.id})")
        return 0
    catalog.delete(record.id)
    print(f"Deleted {noun} {record.name!r} (id {record.id})")
    return 0


def _jsonable(record: Record) -> dict[str, Any]:
    values = asdict(record)
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in values.items()}


def _table(records: list[Any], noun: str) -> str:
    if not records:
        return f"No {noun}s."
    columns = [f.name for f in fields(records[0]) if f.name not in {"version", "notes"}]
    rows = [[_cell(getattr(r, c)) for c in columns] for r in records]
    widths = [min(40, max(len(x) for x in [c, *[row[i] for row in rows]])) for i, c in
              enumerate(columns)]  # fmt: skip
    lines = ["  ".join(c.replace("_", " ").ljust(w) for c, w in zip(columns, widths, strict=True))]
    for row in rows:
        lines.append(
            "  ".join(
                (c if len(c) <= w else c[: w - 1] + "…").ljust(w)
                for c, w in zip(row, widths, strict=True)
            ).rstrip()
        )
    return "\n".join(lines)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, OrganisationType | CompanySize | ActorType):
        return value.label
    return str(value)
