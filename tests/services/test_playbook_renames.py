"""A playbook renamed (the editor's Rename…, or an edit with another name) keeps the tasks
made from it: they are tagged with its new name, so applying it again makes only what an
event lacks; an import tells its change set like every write."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from eventplanner.domain.errors import ConflictError, ValidationError
from eventplanner.domain.playbook_files import dumps
from eventplanner.domain.playbooks import Playbook
from eventplanner.services.change_journal import recording
from eventplanner.services.changes import Action, Kind
from eventplanner.services.playbooks.applying import template_tag
from eventplanner.services.tasks.service import TaskFilter
from eventplanner.services.workspace import Workspace
from tests.services.test_playbook_service import FAIR, fair, small


def tags(workspace: Workspace, event_id: int) -> set[str]:
    return {str(t.template_key) for t in workspace.tasks.list(TaskFilter(event_id=event_id))}


def test_a_renamed_playbook_keeps_its_tasks(workspace: Workspace) -> None:
    event = fair(workspace)
    made = workspace.playbooks.create(small())
    applied = workspace.playbooks.apply("Nätverksträff", event.id)
    with recording() as journal:
        renamed = workspace.playbooks.rename(
            "nätverksträff", "Träff för nätverket", version=made.stored.version
        )
    assert journal.changes == renamed.changes
    assert renamed.stored.name == "Träff för nätverket"
    assert renamed.changes.ids(Kind.PLAYBOOK, Action.CHANGED) == {made.stored.id}
    assert renamed.changes.ids(Kind.TASK, Action.CHANGED) == set(applied.task_ids)
    assert tags(workspace, event.id) == {
        "träff för nätverket/invitations",
        "träff för nätverket/reminder",
        "träff för nätverket/rigging",
    }
    again = workspace.playbooks.apply("Träff för nätverket", event.id)
    assert again.task_ids == ()
    assert again.plan.existing == {"invitations", "reminder", "rigging"}


def test_only_its_own_tasks_are_retagged(workspace: Workspace) -> None:
    """Another playbook whose name begins like this one's ("a/b" beside "a") keeps its
    tasks; a change of case only retags nothing."""
    event = fair(workspace)
    workspace.playbooks.create(small("Träff"))
    workspace.playbooks.create(small("Träff/Stor"))
    workspace.playbooks.apply("Träff", event.id)
    workspace.playbooks.apply("Träff/Stor", event.id)
    case_only = workspace.playbooks.rename("Träff", "TRÄFF")
    assert not case_only.changes.ids(Kind.TASK)
    workspace.playbooks.rename("TRÄFF", "Möte")
    assert tags(workspace, event.id) == {
        *(f"möte/{k}" for k in ("invitations", "reminder", "rigging")),
        *(f"träff/stor/{k}" for k in ("invitations", "reminder", "rigging")),
    }


def test_a_long_name_s_hashed_tags_follow_it(workspace: Workspace) -> None:
    """A name so long that a template's tag is the name's hash: applied, found by that
    tag (applying such a playbook once failed), and retagged."""
    long_name = "Nätverksträff " + "med en mycket lång beskrivning " * 6
    event = fair(workspace)
    playbook = small(long_name.strip()[:199])
    assert not template_tag(playbook.name, "invitations").startswith(playbook.name.casefold())
    workspace.playbooks.create(playbook)
    made = workspace.playbooks.apply(playbook.name, event.id)  # it failed on such a name
    assert len(made.task_ids) == 3
    assert workspace.playbooks.apply(playbook.name, event.id).task_ids == ()
    workspace.playbooks.rename(playbook.name, "Kort")
    assert tags(workspace, event.id) == {"kort/invitations", "kort/reminder", "kort/rigging"}
    assert workspace.playbooks.apply("Kort", event.id).task_ids == ()


def test_a_rename_is_refused_as_an_edit_is(workspace: Workspace) -> None:
    made = workspace.playbooks.create(small())
    workspace.playbooks.create(small("Frukostmöte"))
    with pytest.raises(ValidationError, match="exists already"):
        workspace.playbooks.rename("Nätverksträff", "frukostmöte")
    with pytest.raises(ValidationError, match="exists already"):
        workspace.playbooks.rename("Nätverksträff", FAIR.upper())
    with pytest.raises(ValidationError, match="built-in"):
        workspace.playbooks.rename(FAIR, "Vår mässa")
    with pytest.raises(ValidationError, match="needs a name"):
        workspace.playbooks.rename("Nätverksträff", "  ")
    workspace.playbooks.edit("Nätverksträff", made.stored.playbook)  # version 2 now
    with pytest.raises(ConflictError, match="changed by someone else"):
        workspace.playbooks.rename("Nätverksträff", "Möte", version=made.stored.version)
    assert workspace.playbooks.get("Nätverksträff").playbook == made.stored.playbook


def test_an_import_tells_its_changes(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "träff.json"
    path.write_text(dumps(small()), encoding="utf-8")
    with recording() as journal:
        imported = workspace.playbooks.import_file(path)
    assert journal.changes == imported.changes
    assert imported.changes.ids(Kind.PLAYBOOK, Action.CREATED) == {imported.stored.id}
    with recording() as journal:
        again = workspace.playbooks.import_file(path, rename=True)
    assert again.stored.name == "Nätverksträff (2)"
    assert journal.changes == again.changes


def test_an_edit_without_a_new_name_retags_nothing(workspace: Workspace) -> None:
    event = fair(workspace)
    workspace.playbooks.create(small())
    workspace.playbooks.apply("Nätverksträff", event.id)
    before = tags(workspace, event.id)
    playbook: Playbook = workspace.playbooks.get("Nätverksträff").playbook
    edited = workspace.playbooks.edit("Nätverksträff", replace(playbook, language="sv"))
    assert not edited.changes.ids(Kind.TASK)
    assert tags(workspace, event.id) == before
