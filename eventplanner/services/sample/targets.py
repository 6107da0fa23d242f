"""The steel project's targets for its funder's report (issue 16): what Vinnova was promised
for the project's whole run."""

from __future__ import annotations

from eventplanner.domain.enums import EventKind
from eventplanner.domain.reports import ProjectTarget, TargetKind
from eventplanner.services.sample.catalog import Catalog
from eventplanner.services.workspace import Workspace

STEEL_TARGETS = (
    ("Seminarier", TargetKind.EVENTS_HELD, 10, EventKind.SEMINAR),
    ("Workshoppar", TargetKind.EVENTS_HELD, 4, EventKind.WORKSHOP),
    ("Deltagare", TargetKind.PARTICIPANTS, 300, None),
    ("Nådda företag", TargetKind.COMPANIES, 40, None),
    ("Nådda SMF", TargetKind.SMES, 20, None),
)
"""Name, kind, number and kind of event of each."""


def add_targets(workspace: Workspace, catalog: Catalog) -> int:
    """The steel project's targets; returns how many."""
    project = catalog.projects["stal"]
    for name, kind, amount, event_kind in STEEL_TARGETS:
        workspace.targets.add(ProjectTarget(None, project, name, kind, amount, event_kind))
    return len(STEEL_TARGETS)
