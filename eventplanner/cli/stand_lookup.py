"""What a stand's command names, found: the event's stand, a co-exhibitor by its
organisation, a row of one of the stand's lists by its id (``stand_running`` and the lists'
``stand_deadline_running`` and ``stand_list_running`` share these)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any

from eventplanner.cli import arguments
from eventplanner.cli import stand_input as typed
from eventplanner.cli.programme_commands import find_event
from eventplanner.domain.errors import NotFoundError, ValidationError
from eventplanner.domain.stand import CoExhibitor
from eventplanner.services.stand.reading import StandView
from eventplanner.services.workspace import Workspace

Handler = Callable[[argparse.Namespace, Workspace], int]


def find_exhibitor(view: StandView, workspace: Workspace, ref: str) -> CoExhibitor:
    """The co-exhibitor of ``view``'s stand that is the organisation ``ref`` names."""
    organisation = typed.organisation(workspace, ref)
    found = next((e for e in view.co_exhibitors if e.organisation_id == organisation), None)
    if found is None:
        raise NotFoundError(
            f"{ref!r} does not share the stand of {view.event_title!r}; see "
            "`eventplanner exhibitor list EVENT`"
        )
    return found


def row_id(text: str, noun: str, listing: str) -> int:
    """A row's id as typed (``listing``: the command that lists them, for the message)."""
    ident = arguments.record_id(text)
    if ident is None:
        raise ValidationError("ID", f"{text!r} is not an id; see `eventplanner {listing}`")
    return ident


def find_row(rows: tuple[Any, ...], text: str, noun: str, view: StandView, listing: str) -> Any:
    """The row of ``rows`` with the id ``text`` (a ``noun`` of ``view``'s stand)."""
    ident = row_id(text, noun, listing)
    found = next((r for r in rows if r.id == ident), None)
    if found is None:
        raise NotFoundError(f"the stand of {view.event_title!r} has no {noun} with id {ident}; "
                            f"see `eventplanner {listing}`")  # fmt: skip
    return found


def view_of(args: argparse.Namespace, workspace: Workspace) -> StandView:
    """The stand of the command's EVENT."""
    return workspace.stand.stand(find_event(workspace, args.event).id)


def print_json(record: Any) -> None:
    print(json.dumps(record, ensure_ascii=False, indent=2))
