"""Retention on SQLite and PostgreSQL: the setting is the database's; a preview names who
a run would anonymise (only people whose every registration is of an event past the
cut-off, and who are not working contacts too) and the run does just that, undoably."""

from __future__ import annotations

from datetime import timedelta

import pytest

from eventplanner.domain.errors import ConflictError, ValidationError
from eventplanner.services.changes import Kind
from eventplanner.services.workspace import Workspace
from tests.services.personal_data_world import NOW, PAST, build_world, dump


def test_the_setting_is_kept_in_the_database(workspace: Workspace) -> None:
    service = workspace.personal_data
    assert service.retention().months == 0
    changes = service.set_retention(24)
    assert changes.touches(Kind.SETTING)
    assert service.retention().months == 24
    assert not service.set_retention(24)  # as it was: nothing changed
    with pytest.raises(ValidationError, match="0 \\(never\\) to 600 months, not -1"):
        service.set_retention(-1)
    assert service.retention().months == 24


def test_only_people_whose_every_registration_is_past_are_anonymised(
    workspace: Workspace,
) -> None:
    build_world(workspace)
    service = workspace.personal_data
    preview = service.retention_preview(12, at=NOW)
    # Bo and Cecilia came only to the seminar of March 2025; Anna registered for next
    # April's expo too (and is a working contact); David only for the expo.
    assert [name for _, name in preview.people] == ["Bo Ek", "Cecilia Lind"]
    assert preview.registrations == 2
    assert [(e.title, e.people) for e in preview.events] == [("Stålseminariet", 2)]
    assert preview.kept_back == 1
    assert preview.cutoff == NOW.replace(year=2025)
    # A longer retention: the seminar is not past it yet.
    assert service.retention_preview(24, at=NOW).people == ()
    assert [e.title for e in service.past_events(at=NOW)] == ["Stålseminariet"]


def test_a_run_anonymises_what_the_preview_named_and_is_undone(workspace: Workspace) -> None:
    world = build_world(workspace)
    service = workspace.personal_data
    before = dump(workspace)
    with pytest.raises(ValidationError, match="no retention is set"):
        service.run_retention(at=NOW)
    service.set_retention(12)
    before = dump(workspace)
    done = service.run_retention(at=NOW)
    assert done.people == (world.bo, world.cecilia)
    assert service.holdings(world.bo).anonymised
    assert not service.holdings(world.anna).anonymised
    assert service.holdings(world.anna).name == "Anna Berg"
    # Anna's registration keeps the seminar holding personal data.
    assert [(e.title, e.people) for e in service.past_events(at=NOW)] == [("Stålseminariet", 1)]
    assert service.retention_preview(at=NOW).people == ()  # nothing more to do
    service.undo(done)
    assert dump(workspace) == before


def test_an_event_just_ended_is_not_past_a_retention(workspace: Workspace) -> None:
    build_world(workspace)
    at = PAST + timedelta(days=10)
    assert workspace.personal_data.retention_preview(1, at=at).people == ()


def test_a_run_anonymises_only_whom_the_preview_named_at_its_cut_off(
    workspace: Workspace,
) -> None:
    world = build_world(workspace)
    service = workspace.personal_data
    preview = service.retention_preview(12, at=NOW)
    # Run three years later: a cut-off made then would take David's expo too.
    later = NOW + timedelta(days=3 * 365)
    assert world.david in {c for c, _ in service.retention_preview(12, at=later).people}
    done = service.run_retention(previewed=preview, at=later)
    assert done.people == (world.bo, world.cecilia)
    assert not service.holdings(world.david).anonymised
    # Undone and done again (a redo): the same people, no others.
    service.undo(done)
    again = service.run_retention(previewed=preview, at=later)
    assert again.people == (world.bo, world.cecilia)


def test_a_run_refuses_when_the_list_changed_since_the_preview(workspace: Workspace) -> None:
    world = build_world(workspace)
    service = workspace.personal_data
    preview = service.retention_preview(12, at=NOW)
    workspace.registrations.register(world.future, world.bo)  # Bo comes again next year
    before = dump(workspace)
    with pytest.raises(ConflictError, match="changed since the preview; preview again"):
        service.run_retention(previewed=preview, at=NOW)
    assert dump(workspace) == before
