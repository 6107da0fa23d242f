"""Undo of registrations against a second writer, on SQLite and PostgreSQL: it never
overbooks the event or a session, it moves the first waiting up into a seat it frees, and
it leaves alone a registration changed since it was made."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from eventplanner.domain.errors import ConflictError
from eventplanner.domain.programme import Session, SessionKind
from eventplanner.domain.registrations import RegistrationStatus
from eventplanner.services.changes import Kind
from eventplanner.services.workspace import Workspace
from tests.services.registration_world import START, make_seminar

R, W = RegistrationStatus.REGISTERED, RegistrationStatus.WAITLISTED


def status_of(workspace: Workspace, event_id: int, person: int) -> RegistrationStatus:
    return workspace.registrations.registration(event_id, person).status


def test_undoing_a_cancel_never_overbooks_the_event(workspace: Workspace) -> None:
    seminar = make_seminar(workspace, capacity=1)
    anna, _bo, cecilia, *_ = seminar.people
    service = workspace.registrations
    service.register(seminar.event_id, anna)
    cancelled = service.cancel(seminar.event_id, anna)
    service.register(seminar.event_id, cecilia)  # a colleague, or the command line
    with pytest.raises(ConflictError, match=r"'AI i verkstaden' would have 2 seats taken of 1"):
        service.undo(cancelled)
    assert status_of(workspace, seminar.event_id, anna) is RegistrationStatus.CANCELLED
    assert status_of(workspace, seminar.event_id, cecilia) is R
    assert service.counts([seminar.event_id])[seminar.event_id].text == "1 / 1"


def test_undoing_a_cancel_puts_back_an_event_walk_ins_had_filled(workspace: Workspace) -> None:
    seminar = make_seminar(workspace, capacity=1)
    anna, bo, cecilia, *_ = seminar.people
    service = workspace.registrations
    service.register(seminar.event_id, anna)
    service.register(seminar.event_id, bo, status=RegistrationStatus.ATTENDED)  # a walk-in
    cancelled = service.cancel(seminar.event_id, anna)
    service.register(seminar.event_id, cecilia)  # waits: Bo has the one seat
    service.undo(cancelled)
    assert status_of(workspace, seminar.event_id, anna) is R
    assert service.counts([seminar.event_id])[seminar.event_id].text == "2 / 1, 1 waiting"


def test_undoing_a_cancel_never_overbooks_a_session(workspace: Workspace) -> None:
    seminar = make_seminar(workspace, capacity=None)
    talk = workspace.programme.add_session(
        Session(None, seminar.event_id, "Demo i labbet", START, START + timedelta(hours=1),
                SessionKind.TALK)
    ).record  # fmt: skip
    talk = workspace.programme.edit_session(replace(talk, capacity=1)).record
    chosen = [talk.id or 0]
    anna, bo, *_ = seminar.people
    service = workspace.registrations
    service.register(seminar.event_id, anna, session_ids=chosen)
    cancelled = service.cancel(seminar.event_id, anna)
    service.register(seminar.event_id, bo, session_ids=chosen)
    with pytest.raises(ConflictError, match=r"session 'Demo i labbet' .* 2 seats taken of 1"):
        service.undo(cancelled)
    assert status_of(workspace, seminar.event_id, anna) is RegistrationStatus.CANCELLED
    assert status_of(workspace, seminar.event_id, bo) is R


def test_undoing_a_cancel_puts_back_a_session_walk_ins_had_filled(
    workspace: Workspace,
) -> None:
    seminar = make_seminar(workspace, capacity=None)
    talk = workspace.programme.add_session(
        Session(None, seminar.event_id, "Demo i labbet", START, START + timedelta(hours=1),
                SessionKind.TALK)
    ).record  # fmt: skip
    talk = workspace.programme.edit_session(replace(talk, capacity=1)).record
    chosen = [talk.id or 0]
    anna, bo, cecilia, *_ = seminar.people
    service = workspace.registrations
    service.register(seminar.event_id, anna, session_ids=chosen)
    # A walk-in on the full session: two in its one seat.
    service.register(seminar.event_id, bo, status=RegistrationStatus.ATTENDED, session_ids=chosen)
    cancelled = service.cancel(seminar.event_id, anna)
    service.register(seminar.event_id, cecilia, session_ids=chosen)  # waits: Bo has the seat
    service.undo(cancelled)  # as it was: Anna and the walk-in, nobody took Anna's seat
    assert status_of(workspace, seminar.event_id, anna) is R
    assert status_of(workspace, seminar.event_id, cecilia) is W
    # Beyond what the walk-ins had filled it to, an undo is still refused.
    again = service.cancel(seminar.event_id, anna)
    service.attend(seminar.event_id, cecilia)  # came in anyway: the seat is taken
    with pytest.raises(ConflictError, match=r"session 'Demo i labbet' .* 3 seats taken of 1"):
        service.undo(again)
    assert status_of(workspace, seminar.event_id, anna) is RegistrationStatus.CANCELLED


def test_undoing_a_registration_moves_the_first_waiting_up(workspace: Workspace) -> None:
    seminar = make_seminar(workspace, capacity=1)
    anna, bo, cecilia, *_ = seminar.people
    service = workspace.registrations
    first = service.register(seminar.event_id, anna)
    service.register(seminar.event_id, bo)
    service.register(seminar.event_id, cecilia)
    undone = service.undo(first)
    assert [line.name for line in undone.promoted] == ["Bo Ek"]
    assert undone.mailto == "mailto:bo.ek@mdu.se"
    bo_id = undone.promoted[0].registration.id
    assert bo_id in undone.changes.changed[Kind.REGISTRATION]
    assert first.created[0] in undone.changes.deleted[Kind.REGISTRATION]
    assert status_of(workspace, seminar.event_id, bo) is R
    assert service.counts([seminar.event_id])[seminar.event_id].text == "1 / 1, 1 waiting"


def test_undoing_a_waiting_registration_moves_nobody(workspace: Workspace) -> None:
    seminar = make_seminar(workspace, capacity=1)
    anna, bo, cecilia, *_ = seminar.people
    service = workspace.registrations
    service.register(seminar.event_id, anna)
    service.register(seminar.event_id, bo)
    waiting = service.register(seminar.event_id, cecilia)
    assert service.undo(waiting).promoted == ()
    assert service.counts([seminar.event_id])[seminar.event_id].text == "1 / 1, 1 waiting"


def test_a_registration_changed_since_it_was_made_is_not_undone(workspace: Workspace) -> None:
    seminar = make_seminar(workspace, capacity=2)
    anna = seminar.people[0]
    service = workspace.registrations
    made = service.register(seminar.event_id, anna)
    service.attend(seminar.event_id, anna)
    with pytest.raises(ConflictError, match="changed since it was made"):
        service.undo(made)
    assert status_of(workspace, seminar.event_id, anna) is RegistrationStatus.ATTENDED
