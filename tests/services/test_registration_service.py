"""Registrations on SQLite and PostgreSQL: seats then the waitlist, a cancellation that
moves the first waiting up in the same write (with whom to tell), priorities, sessions'
own seats, counts from one query, change sets, and undo of each write."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from eventplanner.domain.errors import NotFoundError, ValidationError
from eventplanner.domain.model import Venue
from eventplanner.domain.programme import Session, SessionKind
from eventplanner.domain.registrations import RegistrationSource, RegistrationStatus
from eventplanner.services.changes import Kind
from eventplanner.services.workspace import Workspace
from tests.services.registration_world import START, make_seminar

R, W = RegistrationStatus.REGISTERED, RegistrationStatus.WAITLISTED


def statuses(
    workspace: Workspace, event_id: int
) -> list[tuple[str, RegistrationStatus, int | None]]:
    listed = workspace.registrations.registrations(event_id)
    return [(line.name, line.registration.status, line.waitlist_position) for line in listed.lines]


def test_seats_then_the_waitlist_then_promotion(workspace: Workspace) -> None:
    seminar = make_seminar(workspace, capacity=2)
    anna, bo, cecilia, david, _eva = seminar.people
    service = workspace.registrations
    for person in (anna, bo, cecilia, david):
        service.register(seminar.event_id, person)
    assert statuses(workspace, seminar.event_id) == [
        ("Anna Berg", R, None), ("Bo Ek", R, None),
        ("Cecilia Lind", W, 1), ("David Holm", W, 2),
    ]  # fmt: skip
    assert service.counts([seminar.event_id])[seminar.event_id].text == "2 / 2, 2 waiting"
    cancelled = service.cancel(seminar.event_id, bo)
    assert cancelled.registration.registration.status is RegistrationStatus.CANCELLED
    assert [p.name for p in cancelled.promoted] == ["Cecilia Lind"]
    assert cancelled.mailto == "mailto:cecilia@ri.se"
    assert cancelled.changes.changed[Kind.REGISTRATION] >= {
        p.registration.id for p in cancelled.promoted if p.registration.id
    }
    assert seminar.event_id in cancelled.changes.changed[Kind.EVENT]
    assert service.counts([seminar.event_id])[seminar.event_id].text == "2 / 2, 1 waiting"
    # Undo: Bo has his seat again and Cecilia waits again, first.
    service.undo(cancelled)
    assert statuses(workspace, seminar.event_id) == [
        ("Anna Berg", R, None), ("Bo Ek", R, None),
        ("Cecilia Lind", W, 1), ("David Holm", W, 2),
    ]  # fmt: skip


def test_a_raised_priority_goes_first(workspace: Workspace) -> None:
    seminar = make_seminar(workspace, capacity=1)
    anna, bo, cecilia, *_ = seminar.people
    service = workspace.registrations
    for person in (anna, bo, cecilia):
        service.register(seminar.event_id, person)
    with pytest.raises(ValidationError, match="needs a reason"):
        service.prioritise(seminar.event_id, cecilia, 10, "")
    service.prioritise(seminar.event_id, cecilia, 10, "speaker's colleague")
    assert [(n, p) for n, _s, p in statuses(workspace, seminar.event_id)][1:] == [
        ("Cecilia Lind", 1),
        ("Bo Ek", 2),
    ]
    promoted = service.cancel(seminar.event_id, anna).promoted
    assert [p.name for p in promoted] == ["Cecilia Lind"]


def test_capacity_comes_from_the_venue_when_the_event_has_none(workspace: Workspace) -> None:
    seminar = make_seminar(workspace, capacity=None)
    hall = workspace.venues.create(Venue(None, "Aros Congress", capacity=1))
    event = workspace.events.get(seminar.event_id)
    workspace.events.update(
        event.id, replace(event.draft(), venue_id=hall.id), expected_version=event.version
    )
    first = workspace.registrations.register(seminar.event_id, seminar.people[0])
    second = workspace.registrations.register(seminar.event_id, seminar.people[1])
    assert (first.registration.registration.status, second.registration.registration.status) == (
        R,
        W,
    )


def test_no_capacity_seats_everyone(workspace: Workspace) -> None:
    seminar = make_seminar(workspace, capacity=None)
    for person in seminar.people:
        workspace.registrations.register(seminar.event_id, person)
    assert workspace.registrations.counts([seminar.event_id])[seminar.event_id].text == "5"


def test_a_full_session_sends_its_choosers_to_the_waitlist(workspace: Workspace) -> None:
    seminar = make_seminar(workspace, capacity=None)
    talk = workspace.programme.add_session(
        Session(
            None,
            seminar.event_id,
            "Demo i labbet",
            START,
            START + timedelta(hours=1),
            SessionKind.TALK,
        )
    ).record
    talk = workspace.programme.edit_session(replace(talk, capacity=1)).record
    assert workspace.programme.session(talk.id or 0).capacity == 1
    anna, bo, cecilia, *_ = seminar.people
    service = workspace.registrations
    assert (
        service.register(
            seminar.event_id, anna, session_ids=[talk.id or 0]
        ).registration.registration.status
        is R
    )
    assert (
        service.register(
            seminar.event_id, bo, session_ids=[talk.id or 0]
        ).registration.registration.status
        is W
    )
    assert service.register(seminar.event_id, cecilia).registration.registration.status is R
    assert [p.name for p in service.cancel(seminar.event_id, anna).promoted] == ["Bo Ek"]
    with pytest.raises(ValidationError, match="not in this event's programme"):
        service.register(seminar.event_id, seminar.people[3], session_ids=[999_999])


def test_attendance_walk_ins_and_their_undo(workspace: Workspace) -> None:
    seminar = make_seminar(workspace, capacity=1)
    anna, bo, cecilia, *_ = seminar.people
    service = workspace.registrations
    service.register(seminar.event_id, anna, needs="Vegetarian; wheelchair access")
    attended = service.attend(seminar.event_id, anna)
    assert attended.registration.registration.status is RegistrationStatus.ATTENDED
    with pytest.raises(ValidationError, match="already attended"):
        service.attend(seminar.event_id, anna)
    walk_in = service.register(seminar.event_id, bo, status=RegistrationStatus.ATTENDED)
    assert walk_in.registration.registration.status is RegistrationStatus.ATTENDED
    with pytest.raises(ValidationError, match="is full"):
        service.register(seminar.event_id, cecilia, status=R)
    service.undo(walk_in)
    with pytest.raises(NotFoundError):
        service.registration(seminar.event_id, bo)
    service.undo(attended)
    again = service.registration(seminar.event_id, anna)
    assert (again.status, again.needs) == (R, "Vegetarian; wheelchair access")


def test_a_person_is_on_an_event_once_and_may_come_back(workspace: Workspace) -> None:
    seminar = make_seminar(workspace, capacity=5)
    anna = seminar.people[0]
    service = workspace.registrations
    first = service.register(seminar.event_id, anna, source=RegistrationSource.FORM_IMPORT)
    assert (
        first.created and first.registration.registration.source is RegistrationSource.FORM_IMPORT
    )
    with pytest.raises(ValidationError, match="Anna Berg is already on 'AI i verkstaden'"):
        service.register(seminar.event_id, anna)
    service.cancel(seminar.event_id, anna)
    with pytest.raises(ValidationError, match="register them again"):
        service.reinstate(seminar.event_id, anna)
    back = service.register(seminar.event_id, anna)
    assert back.created == () and back.registration.registration.status is R
    service.undo(back)
    assert service.registration(seminar.event_id, anna).status is RegistrationStatus.CANCELLED


def test_a_registered_person_cannot_be_deleted(workspace: Workspace) -> None:
    seminar = make_seminar(workspace)
    workspace.registrations.register(seminar.event_id, seminar.people[0])
    with pytest.raises(ValidationError, match="used by 1 event"):
        workspace.contacts.delete(seminar.people[0])


def test_raised_capacity_fills_its_free_seats_from_the_waitlist(workspace: Workspace) -> None:
    seminar = make_seminar(workspace, capacity=1)
    service = workspace.registrations
    for person in seminar.people[:4]:
        service.register(seminar.event_id, person)
    event = workspace.events.get(seminar.event_id)
    workspace.events.update(
        event.id, replace(event.draft(), capacity=3), expected_version=event.version
    )
    assert service.counts([event.id])[event.id].text == "1 / 3, 3 waiting"
    filled = service.fill_free_seats(event.id)
    assert filled.registration is None
    assert [p.name for p in filled.promoted] == ["Bo Ek", "Cecilia Lind"]
    assert filled.mailto == "mailto:bo.ek@mdu.se,cecilia@ri.se"
    assert service.counts([event.id])[event.id].text == "3 / 3, 1 waiting"
    assert service.fill_free_seats(event.id).promoted == ()
    service.undo(filled)
    assert service.counts([event.id])[event.id].text == "1 / 3, 3 waiting"
