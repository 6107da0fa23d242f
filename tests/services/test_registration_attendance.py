"""Attendance on SQLite and PostgreSQL: the door's list, many marked attended at once (a
paper list afterwards), the rest marked no-shows in one step, a walk-in registered as
attended; each one write with its change set, and undone whole."""

from __future__ import annotations

import pytest

from eventplanner.domain.checkin import badge_code, door_counts, matching
from eventplanner.domain.errors import NotFoundError, ValidationError
from eventplanner.domain.model import Contact
from eventplanner.domain.registrations import RegistrationStatus
from eventplanner.services.changes import Kind
from eventplanner.services.workspace import Workspace
from tests.services.registration_world import make_seminar

R, A, N, C, W = (RegistrationStatus.REGISTERED, RegistrationStatus.ATTENDED,
                 RegistrationStatus.NO_SHOW, RegistrationStatus.CANCELLED,
                 RegistrationStatus.WAITLISTED)  # fmt: skip


def states(workspace: Workspace, event_id: int) -> dict[str, RegistrationStatus]:
    listed = workspace.registrations.registrations(event_id)
    return {line.name: line.registration.status for line in listed.lines}


def test_the_door_list_is_searched_in_memory(workspace: Workspace) -> None:
    seminar = make_seminar(workspace, capacity=3)
    service = workspace.registrations
    for person in seminar.people:
        service.register(seminar.event_id, person)
    listed = service.door_list(seminar.event_id)
    assert listed.event_title == "AI i verkstaden"
    assert [r.name for r in listed.rows] == [
        "Anna Berg", "Bo Ek", "Cecilia Lind", "David Holm", "Eva Strand"
    ]  # fmt: skip
    assert {r.organisation for r in listed.rows} == {"ABB Robotics"}
    assert [r.name for r in matching(listed.rows, "cec")] == ["Cecilia Lind"]
    assert [r.name for r in matching(listed.rows, "VASTERAS.se")] == ["David Holm"]
    assert len(matching(listed.rows, "abb")) == 5
    anna = seminar.people[0]
    assert [r.name for r in matching(listed.rows, badge_code(anna))] == ["Anna Berg"]
    assert door_counts(listed.rows) == (0, 3)  # two wait: not expected


def test_many_attended_at_once_then_the_rest_no_shows(workspace: Workspace) -> None:
    seminar = make_seminar(workspace, capacity=4)
    anna, bo, cecilia, david, eva = seminar.people
    service = workspace.registrations
    for person in seminar.people:
        service.register(seminar.event_id, person)
    service.attend(seminar.event_id, anna)
    marked = service.attend_many(seminar.event_id, [anna, bo, eva])
    assert [line.name for line in marked.marked] == ["Bo Ek", "Eva Strand"]
    assert [line.name for line in marked.unchanged] == ["Anna Berg"]
    assert marked.changes.changed[Kind.REGISTRATION] == {
        line.registration.id for line in marked.marked
    }
    assert seminar.event_id in marked.changes.changed[Kind.EVENT]
    assert states(workspace, seminar.event_id) == {
        "Anna Berg": A, "Bo Ek": A, "Cecilia Lind": R, "David Holm": R, "Eva Strand": A,
    }  # fmt: skip
    assert [line.name for line in service.still_registered(seminar.event_id)] == [
        "Cecilia Lind", "David Holm"
    ]  # fmt: skip
    rest = service.mark_no_shows(seminar.event_id)
    assert [line.name for line in rest.marked] == ["Cecilia Lind", "David Holm"]
    assert states(workspace, seminar.event_id)["David Holm"] is N
    counts = service.counts([seminar.event_id])[seminar.event_id]
    assert (counts.attended, counts.no_shows, counts.waiting) == (3, 2, 0)
    # Each step undone whole, the last first.
    service.undo(rest.write)
    assert states(workspace, seminar.event_id)["Cecilia Lind"] is R
    assert states(workspace, seminar.event_id)["David Holm"] is R
    service.undo(marked.write)
    assert states(workspace, seminar.event_id) == {  # Eva came from the waitlist: back there
        "Anna Berg": A, "Bo Ek": R, "Cecilia Lind": R, "David Holm": R, "Eva Strand": W,
    }  # fmt: skip
    # Nothing left to mark: an empty write that changes nothing.
    service.attend_many(seminar.event_id, [bo, cecilia, david, eva])
    assert service.mark_no_shows(seminar.event_id).marked == ()
    assert service.mark_no_shows(seminar.event_id).changes.changed == {}


def test_the_waiting_and_the_cancelled_are_not_no_shows(workspace: Workspace) -> None:
    seminar = make_seminar(workspace, capacity=2)
    anna, bo, cecilia, david, _eva = seminar.people
    service = workspace.registrations
    for person in (anna, bo, cecilia, david):
        service.register(seminar.event_id, person)
    service.cancel(seminar.event_id, anna)  # Cecilia moves up, David waits
    service.mark_no_shows(seminar.event_id)
    assert states(workspace, seminar.event_id) == {
        "Anna Berg": C, "Bo Ek": N, "Cecilia Lind": N, "David Holm": W,
    }  # fmt: skip


def test_a_bulk_mark_is_all_or_nothing(workspace: Workspace) -> None:
    seminar = make_seminar(workspace, capacity=5)
    anna, bo, _cecilia, _david, eva = seminar.people
    service = workspace.registrations
    service.register(seminar.event_id, anna)
    service.register(seminar.event_id, bo)
    with pytest.raises(NotFoundError, match="Eva Strand is not registered"):
        service.attend_many(seminar.event_id, [anna, eva])
    assert states(workspace, seminar.event_id) == {"Anna Berg": R, "Bo Ek": R}
    service.cancel(seminar.event_id, bo)
    service.attend(seminar.event_id, anna)
    service.register(seminar.event_id, eva)
    # A cancelled person turning up is marked attended (a walk-in after all).
    service.attend_many(seminar.event_id, [bo, eva])
    assert states(workspace, seminar.event_id) == {"Anna Berg": A, "Bo Ek": A, "Eva Strand": A}


def test_a_refused_change_in_a_bulk_mark_changes_nothing(workspace: Workspace) -> None:
    from eventplanner.services.registrations.attendance import mark_many
    from eventplanner.services.registrations.writing import event_row

    seminar = make_seminar(workspace, capacity=5)
    anna, bo, *_ = seminar.people
    service = workspace.registrations
    service.register(seminar.event_id, anna)
    service.register(seminar.event_id, bo)
    service.cancel(seminar.event_id, bo)
    refused = r"Bo Ek .* not a no-show; nothing was marked"
    with pytest.raises(ValidationError, match=refused), workspace.database.transaction() as s:
        event = event_row(s, seminar.event_id, lock=True)
        mark_many(s, event, [anna, bo], RegistrationStatus.NO_SHOW)
    assert states(workspace, seminar.event_id) == {"Anna Berg": R, "Bo Ek": C}


def test_a_walk_in_registered_as_attended_and_undone(workspace: Workspace) -> None:
    seminar = make_seminar(workspace, capacity=1)
    service = workspace.registrations
    service.register(seminar.event_id, seminar.people[0])  # full now
    walked = service.register_new(
        seminar.event_id, Contact(None, "Frida Nord", "frida@skf.se"), status=A
    )
    assert walked.registration is not None
    assert walked.registration.registration.status is A
    assert walked.made_person is not None
    assert states(workspace, seminar.event_id)["Frida Nord"] is A
    service.undo(walked)
    assert "Frida Nord" not in states(workspace, seminar.event_id)
    assert workspace.people.matching("frida@skf.se") == ()
