"""A project's targets: added, changed, removed, each write one transaction with its change
set; bad input named and nothing written; a project with targets is not deleted."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from eventplanner.domain.enums import EventKind
from eventplanner.domain.errors import ConflictError, NotFoundError, ValidationError
from eventplanner.domain.model import Project
from eventplanner.domain.reports import ProjectTarget, TargetKind
from eventplanner.services.changes import Action, Kind
from eventplanner.services.workspace import Workspace


@pytest.fixture
def project(workspace: Workspace) -> int:
    return workspace.projects.create(Project(None, "Stålet digitalt")).id or 0


def test_add_edit_remove(workspace: Workspace, project: int) -> None:
    target = ProjectTarget(None, project, "  Seminarier ", TargetKind.EVENTS_HELD, 10,
                           EventKind.SEMINAR, date(2027, 1, 1), date(2027, 12, 31))  # fmt: skip
    written = workspace.targets.add(target)
    assert written.record.name == "Seminarier" and written.record.version == 1
    assert written.changes.ids(Kind.PROJECT_TARGET, Action.CREATED) == {written.record.id}
    changed = workspace.targets.edit(replace(written.record, amount=12)).record
    assert (changed.amount, changed.version) == (12, 2)
    with pytest.raises(ConflictError):
        workspace.targets.edit(replace(written.record, amount=14))  # read at version 1
    assert workspace.targets.list(project) == (changed,)
    removed = workspace.targets.remove(changed.id or 0)
    assert removed.ids(Kind.PROJECT_TARGET, Action.DELETED) == {changed.id}
    assert workspace.targets.list(project) == ()
    with pytest.raises(NotFoundError):
        workspace.targets.remove(changed.id or 0)


@pytest.mark.parametrize(
    ("target", "field"),
    [
        (ProjectTarget(None, 0, "", TargetKind.HOURS, 5), "name"),
        (ProjectTarget(None, 0, "Timmar", TargetKind.HOURS, 0), "amount"),
        (ProjectTarget(None, 0, "SMF", TargetKind.SMES, 5, EventKind.SEMINAR), "event kind"),
        (
            ProjectTarget(
                None, 0, "T", TargetKind.HOURS, 5, None, date(2027, 2, 1), date(2027, 1, 1)
            ),
            "period",
        ),
    ],
)
def test_bad_targets_are_refused(
    workspace: Workspace, project: int, target: ProjectTarget, field: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        workspace.targets.add(replace(target, project_id=project))
    assert refused.value.field == field
    assert workspace.targets.list(project) == ()


def test_a_project_with_targets_is_not_deleted(workspace: Workspace, project: int) -> None:
    workspace.targets.add(ProjectTarget(None, project, "Deltagare", TargetKind.PARTICIPANTS, 300))
    with pytest.raises(ValidationError, match="1 target"):
        workspace.projects.delete(project)
    assert workspace.projects.get(project).name == "Stålet digitalt"
    with pytest.raises(NotFoundError):
        workspace.targets.add(ProjectTarget(None, 9999, "X", TargetKind.HOURS, 1))
