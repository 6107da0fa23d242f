"""Coordinators registering and cancelling at once never overbook an event.

Each coordinator has a Database of its own (its own connections, as another program would)
and all start together. On PostgreSQL the event's row is locked (SELECT … FOR UPDATE) in
each write, so the seats are counted one writer after the other; on SQLite the write
transactions are taken whole (BEGIN IMMEDIATE).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from sqlalchemy.engine import URL

from eventplanner.domain.model import Contact
from eventplanner.domain.registrations import RegistrationStatus
from eventplanner.services.workspace import Workspace
from tests.services.registration_world import make_seminar

COORDINATORS = 8


def _together(workspaces: list[Workspace], work: Callable[[int, Workspace], object]) -> None:
    start = threading.Barrier(len(workspaces), timeout=60)
    failures: list[BaseException] = []
    lock = threading.Lock()

    def run(n: int) -> None:
        try:
            start.wait()
            work(n, workspaces[n])
        except BaseException as exc:
            with lock:
                failures.append(exc)

    threads = [threading.Thread(target=run, args=(n,)) for n in range(len(workspaces))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=200)
    assert not any(t.is_alive() for t in threads)
    assert failures == []


@pytest.mark.timeout(240)
def test_many_registering_at_once_take_only_the_seats_there_are(database_url: URL) -> None:
    first = Workspace.open(database_url)
    seminar = make_seminar(first, capacity=2)
    people = [
        first.contacts.create(Contact(None, f"Deltagare {n}", f"d{n}@example.se")).id or 0
        for n in range(COORDINATORS)
    ]
    first.close()
    workspaces = [Workspace.open(database_url) for _ in range(COORDINATORS)]
    try:
        _together(workspaces, lambda n, w: w.registrations.register(seminar.event_id, people[n]))
        counts = workspaces[0].registrations.counts([seminar.event_id])[seminar.event_id]
        assert (counts.seated, counts.waiting) == (2, COORDINATORS - 2)
    finally:
        for workspace in workspaces:
            workspace.close()


@pytest.mark.timeout(240)
def test_two_cancelling_at_once_promote_two_different_people(database_url: URL) -> None:
    first = Workspace.open(database_url)
    seminar = make_seminar(first, capacity=3)
    for person in seminar.people:  # three seated, two waiting
        first.registrations.register(seminar.event_id, person)
    first.close()
    anna, bo, _cecilia, david, eva = seminar.people
    workspaces = [Workspace.open(database_url) for _ in range(2)]
    promoted: list[int] = []
    try:
        _together(
            workspaces,
            lambda n, w: promoted.extend(
                p.registration.contact_id
                for p in w.registrations.cancel(seminar.event_id, (anna, bo)[n]).promoted
            ),
        )
        assert sorted(promoted) == sorted([david, eva])
        listed = workspaces[0].registrations.registrations(seminar.event_id)
        seated = [line.name for line in listed.lines if line.registration.seated]
        assert sorted(seated) == ["Cecilia Lind", "David Holm", "Eva Strand"]
        assert listed.counts.text == "3 / 3"
        cancelled = [
            line.name
            for line in listed.lines
            if line.registration.status is RegistrationStatus.CANCELLED
        ]
        assert sorted(cancelled) == ["Anna Berg", "Bo Ek"]
    finally:
        for workspace in workspaces:
            workspace.close()
