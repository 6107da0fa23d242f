"""Revision 0023 adds projects' targets; a downgrade takes them away and the projects stay;
an upgrade brings the table back, empty, and the service works on it."""

from __future__ import annotations

from sqlalchemy import inspect
from sqlalchemy.engine import URL

from eventplanner.domain.model import Project
from eventplanner.domain.reports import ProjectTarget, TargetKind
from eventplanner.persistence import migrations
from eventplanner.services.workspace import Workspace


def test_project_targets_come_and_go_with_0023(empty_database_url: URL) -> None:
    workspace = Workspace.open(empty_database_url)
    try:
        engine = workspace.database.engine
        columns = {c["name"] for c in inspect(engine).get_columns("project_targets")}
        assert {"project_id", "kind", "amount", "event_kind", "first_day", "last_day"} <= columns
        project = workspace.projects.create(Project(None, "Stålet digitalt")).id or 0
        target = ProjectTarget(None, project, "Deltagare", TargetKind.PARTICIPANTS, 300)
        workspace.targets.add(target)
        migrations.downgrade(engine, "0022")
        assert "project_targets" not in inspect(engine).get_table_names()
        migrations.upgrade(engine)
        assert workspace.projects.get(project).name == "Stålet digitalt"
        assert workspace.targets.list(project) == ()
        assert workspace.targets.add(target).record.amount == 300
    finally:
        workspace.close()
