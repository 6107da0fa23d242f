"""The sample's steel project has targets, and its report over the project's run counts its
seminars against them (the participants come with the sample's registrations)."""

from __future__ import annotations

from datetime import date

from eventplanner.domain.enums import EventKind
from eventplanner.domain.reports import TargetKind
from eventplanner.services.sample import build_sample
from eventplanner.services.workspace import Workspace

TODAY = date(2026, 11, 18)


def test_the_steel_project_has_targets_with_progress(workspace: Workspace) -> None:
    summary = build_sample(workspace, today=TODAY)
    assert summary.targets == 5
    steel = next(p for p in workspace.projects.list() if p.name.startswith("Stålindustrins"))
    targets = workspace.targets.list(steel.id or 0)
    assert [(t.name, t.kind, t.amount) for t in targets][:3] == [
        ("Seminarier", TargetKind.EVENTS_HELD, 10),
        ("Workshoppar", TargetKind.EVENTS_HELD, 4),
        ("Deltagare", TargetKind.PARTICIPANTS, 300),
    ]
    assert targets[0].event_kind is EventKind.SEMINAR
    assert steel.start is not None and steel.end is not None
    report = workspace.reports.report(steel.id or 0, steel.start, steel.end)
    seminars = next(k for k in report.kinds if k.kind == "seminar")
    assert seminars.events > 0
    assert report.targets[0].actual == seminars.events
