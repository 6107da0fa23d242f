"""A catalog record brought back under its own id (undo of a delete, redo of a create)."""

from __future__ import annotations

import pytest

from eventplanner.domain.errors import ConflictError
from eventplanner.domain.model import Organisation, Project, Venue
from eventplanner.services.workspace import Workspace


def test_a_deleted_venue_comes_back_with_its_id(workspace: Workspace) -> None:
    workspace.venues.create(Venue(None, "Aros Congress Center"))
    made = workspace.venues.create(Venue(None, "Plug and Play", time_zone="America/Los_Angeles"))
    workspace.venues.delete(made.id or 0)
    back = workspace.venues.restore(made)
    assert back == made
    assert workspace.venues.get(made.id or 0).time_zone == "America/Los_Angeles"
    later = workspace.venues.create(Venue(None, "Västerås Kongress"))
    assert later.id not in (None, made.id)


def test_projects_and_organisations_come_back_too(workspace: Workspace) -> None:
    project = workspace.projects.create(Project(None, "Mässor 2027"))
    organisation = workspace.organisations.create(Organisation(None, "ABB Robotics"))
    workspace.projects.delete(project.id or 0)
    workspace.organisations.delete(organisation.id or 0)
    assert workspace.projects.restore(project) == project
    assert workspace.organisations.restore(organisation) == organisation


def test_a_place_taken_meanwhile_is_refused(workspace: Workspace) -> None:
    made = workspace.venues.create(Venue(None, "Aros Congress Center"))
    with pytest.raises(ConflictError, match="cannot be brought back"):
        workspace.venues.restore(made)  # still there: nothing to bring back
    assert len(workspace.venues.list()) == 1
