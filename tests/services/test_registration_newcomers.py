"""A person typed in to be registered, on SQLite and PostgreSQL: matched by e-mail to one
already known, else made in the registration's own transaction; undo takes the person made
away again in its own, unless something else has come to use them."""

from __future__ import annotations

from datetime import timedelta

import pytest

from eventplanner.domain.errors import NotFoundError, ValidationError
from eventplanner.domain.model import Contact, EventDraft
from eventplanner.domain.registrations import RegistrationStatus
from eventplanner.domain.timing import TimedSpan
from eventplanner.services.changes import Kind
from eventplanner.services.workspace import Workspace
from tests.services.registration_world import START, make_seminar


def names(workspace: Workspace) -> list[str]:
    return [p.contact.name for p in workspace.people.participants()]


def test_a_typed_e_mail_finds_the_person_already_known(workspace: Workspace) -> None:
    seminar = make_seminar(workspace, capacity=5)
    written = workspace.registrations.register_new(
        seminar.event_id, Contact(None, "Anna B", "  ANNA.Berg@ABB.se ")
    )
    assert written.made_person is None
    assert written.registration is not None
    assert written.registration.registration.contact_id == seminar.people[0]
    assert Kind.CONTACT not in written.changes.created
    assert names(workspace).count("Anna Berg") == 1 and "Anna B" not in names(workspace)
    workspace.registrations.undo(written)
    assert workspace.contacts.get(seminar.people[0]).name == "Anna Berg"


def test_a_new_person_is_made_and_registered_together(workspace: Workspace) -> None:
    seminar = make_seminar(workspace, capacity=5)
    service = workspace.registrations
    written = service.register_new(seminar.event_id, Contact(None, "Filip Ny", "filip@ny.se"))
    made = written.made_person
    assert made is not None and made.id is not None
    assert written.changes.created[Kind.CONTACT] == {made.id}
    assert service.registration(seminar.event_id, made.id).status is RegistrationStatus.REGISTERED
    undone = service.undo(written)
    assert undone.changes.deleted[Kind.CONTACT] == {made.id}
    assert "Filip Ny" not in names(workspace)
    # Redo brings them back under the same id, so later commands still find them.
    again = service.register_new(seminar.event_id, made)
    assert again.made_person is not None and again.made_person.id == made.id


def test_a_refused_registration_makes_nobody(workspace: Workspace) -> None:
    seminar = make_seminar(workspace, capacity=5)
    service = workspace.registrations
    with pytest.raises(ValidationError, match="is not an email address"):
        service.register_new(seminar.event_id, Contact(None, "Filip Ny", "filip"))
    with pytest.raises(NotFoundError):
        service.register_new(999_999, Contact(None, "Filip Ny", "filip@ny.se"))
    assert "Filip Ny" not in names(workspace)


def test_undo_keeps_a_person_made_who_is_used_since(workspace: Workspace) -> None:
    seminar = make_seminar(workspace, capacity=5)
    other = workspace.events.create(
        EventDraft("Robotdagen", TimedSpan(START, START + timedelta(hours=2)))
    ).event
    service = workspace.registrations
    written = service.register_new(seminar.event_id, Contact(None, "Filip Ny", "filip@ny.se"))
    assert written.made_person is not None and written.made_person.id is not None
    service.register(other.id, written.made_person.id)
    undone = service.undo(written)
    assert Kind.CONTACT not in undone.changes.deleted
    with pytest.raises(NotFoundError):
        service.registration(seminar.event_id, written.made_person.id)
    assert names(workspace).count("Filip Ny") == 1
