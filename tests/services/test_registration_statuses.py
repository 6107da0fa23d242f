"""Status changes on SQLite and PostgreSQL that need no seat: a waiting person cancelled or
come as a walk-in while the event is full; no-shows only of those who were expected; and
nobody put on the waitlist while seats are free."""

from __future__ import annotations

import pytest

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.registrations import RegistrationStatus
from eventplanner.services.workspace import Workspace
from tests.services.registration_world import make_seminar

R, W = RegistrationStatus.REGISTERED, RegistrationStatus.WAITLISTED


def status_of(workspace: Workspace, event_id: int, person: int) -> RegistrationStatus:
    return workspace.registrations.registration(event_id, person).status


def test_a_waiting_person_is_cancelled_while_the_event_is_full(workspace: Workspace) -> None:
    seminar = make_seminar(workspace, capacity=1)
    anna, bo, *_ = seminar.people
    service = workspace.registrations
    service.register(seminar.event_id, anna)
    service.register(seminar.event_id, bo)
    cancelled = service.cancel(seminar.event_id, bo)
    assert cancelled.promoted == ()
    assert status_of(workspace, seminar.event_id, bo) is RegistrationStatus.CANCELLED
    assert service.counts([seminar.event_id])[seminar.event_id].text == "1 / 1"
    service.undo(cancelled)
    assert status_of(workspace, seminar.event_id, bo) is W


def test_a_waiting_person_who_came_is_a_walk_in(workspace: Workspace) -> None:
    seminar = make_seminar(workspace, capacity=1)
    anna, bo, cecilia, *_ = seminar.people
    service = workspace.registrations
    for person in (anna, bo, cecilia):
        service.register(seminar.event_id, person)
    service.attend(seminar.event_id, bo)
    assert status_of(workspace, seminar.event_id, bo) is RegistrationStatus.ATTENDED
    assert service.counts([seminar.event_id])[seminar.event_id].text == "2 / 1, 1 waiting"
    # A seat is still checked: Cecilia cannot simply be registered into a full event.
    with pytest.raises(ValidationError, match="is full"):
        service.reinstate(seminar.event_id, cecilia)
    assert status_of(workspace, seminar.event_id, cecilia) is W


def test_only_someone_expected_is_marked_a_no_show(workspace: Workspace) -> None:
    seminar = make_seminar(workspace, capacity=1)
    anna, bo, *_ = seminar.people
    service = workspace.registrations
    service.register(seminar.event_id, anna)
    service.register(seminar.event_id, bo)
    with pytest.raises(ValidationError, match="Bo Ek on 'AI i verkstaden': they were on the"):
        service.no_show(seminar.event_id, bo)
    service.cancel(seminar.event_id, anna)  # Bo moves up
    with pytest.raises(ValidationError, match="Anna Berg on 'AI i verkstaden': they cancelled"):
        service.no_show(seminar.event_id, anna)
    assert status_of(workspace, seminar.event_id, anna) is RegistrationStatus.CANCELLED
    assert service.counts([seminar.event_id])[seminar.event_id].text == "1 / 1"
    service.no_show(seminar.event_id, bo)
    assert status_of(workspace, seminar.event_id, bo) is RegistrationStatus.NO_SHOW


def test_nobody_is_put_on_the_waitlist_while_seats_are_free(workspace: Workspace) -> None:
    seminar = make_seminar(workspace, capacity=1)
    anna, bo, *_ = seminar.people
    service = workspace.registrations
    with pytest.raises(ValidationError, match=r"has a free seat \(0 / 1\)"):
        service.register(seminar.event_id, anna, status=W)
    assert service.registrations(seminar.event_id).lines == ()
    service.register(seminar.event_id, anna)
    waiting = service.register(seminar.event_id, bo, status=W)
    assert waiting.registration is not None
    assert waiting.registration.registration.status is W
