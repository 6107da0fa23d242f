"""Which events a command means: the command line's filter options as an ``EventFilter``."""

from __future__ import annotations

import argparse

from eventplanner.cli import arguments, catalog_commands
from eventplanner.domain.filters import EventFilter
from eventplanner.services.workspace import Workspace


def event_filter(args: argparse.Namespace, workspace: Workspace) -> EventFilter:
    resolve = catalog_commands.resolver(workspace)
    return EventFilter(
        text=args.search or "",
        kinds=frozenset(arguments.parse_kind(k) for k in args.kind or ()),
        statuses=frozenset(arguments.parse_status(s) for s in args.status or ()),
        project_ids=frozenset(resolve("project", p) for p in args.project or ()),
        venue_ids=frozenset(resolve("venue", v) for v in args.venue or ()),
        organiser_ids=frozenset(resolve("organisation", o) for o in args.organiser or ()),
        tags=frozenset(t.strip() for t in args.tag or ()),
        include_cancelled=not args.no_cancelled,
    )
