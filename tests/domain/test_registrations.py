"""Registration rules without a database: seats, the waitlist's order, who moves up, the
counts' text and the e-mail link."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from eventplanner.domain.registrations import (
    Counts,
    Registration,
    RegistrationStatus,
    capacity_of,
    change_problem,
    has_room,
    mailto,
    placed,
    priority_problems,
    to_promote,
    waitlist_order,
)

T0 = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)
W = RegistrationStatus.WAITLISTED


def waiting(
    ident: int, minutes: int, priority: int = 0, sessions: tuple[int, ...] = ()
) -> Registration:
    return Registration(
        ident, 1, 100 + ident, W, T0 + timedelta(minutes=minutes), session_ids=sessions,
        priority=priority, priority_reason="asked" if priority else "",
    )  # fmt: skip


def test_capacity_is_the_events_else_its_venues() -> None:
    assert capacity_of(60, 200) == 60
    assert capacity_of(None, 200) == 200
    assert capacity_of(None, None) is None
    assert has_room(None, 10_000)
    assert has_room(60, 59) and not has_room(60, 60)


def test_a_new_registration_waits_when_the_event_or_a_session_is_full() -> None:
    assert placed(True, {}, ()) is RegistrationStatus.REGISTERED
    assert placed(False, {}, ()) is W
    assert placed(True, {7: True, 8: False}, (7,)) is RegistrationStatus.REGISTERED
    assert placed(True, {7: True, 8: False}, (7, 8)) is W


def test_the_waitlist_is_by_priority_then_first_come() -> None:
    first, second, raised = waiting(1, 0), waiting(2, 5), waiting(3, 10, priority=5)
    assert [r.id for r in waitlist_order([second, first, raised])] == [3, 1, 2]


def test_the_first_who_fits_moves_up() -> None:
    first, second, third = waiting(1, 0, sessions=(8,)), waiting(2, 5), waiting(3, 10)
    # One seat free on the event; session 8 is full, so the first waits on and the second moves.
    assert [r.id for r in to_promote([third, second, first], 1, {8: 0})] == [2]
    assert [r.id for r in to_promote([third, second, first], 2, {8: 1})] == [1, 2]
    assert [r.id for r in to_promote([first, second], None, {})] == [1, 2]
    assert to_promote([first, second], 0, {}) == []


def test_counts_read_as_the_calendar_shows_them() -> None:
    assert Counts(48, 60, 5).text == "48 / 60, 5 waiting"
    assert Counts(48, 60, 0).text == "48 / 60"
    assert Counts(12, None, 0).text == "12"
    assert Counts(70, 60, 0).free == 0
    assert Counts(48, None, 0).free is None


def test_which_changes_are_refused() -> None:
    registered, cancelled = RegistrationStatus.REGISTERED, RegistrationStatus.CANCELLED
    attended = RegistrationStatus.ATTENDED
    assert change_problem(registered, cancelled) is None
    assert change_problem(W, attended) is None
    assert change_problem(cancelled, cancelled) == "it is already cancelled"
    assert "no-show" in (change_problem(attended, cancelled) or "")
    assert "register them again" in (change_problem(cancelled, registered) or "")


def test_only_someone_expected_can_be_a_no_show() -> None:
    no_show = RegistrationStatus.NO_SHOW
    assert "not expected" in (change_problem(RegistrationStatus.CANCELLED, no_show) or "")
    assert "cancel them instead" in (change_problem(W, no_show) or "")
    assert change_problem(RegistrationStatus.REGISTERED, no_show) is None
    assert change_problem(RegistrationStatus.ATTENDED, no_show) is None
    assert change_problem(W, RegistrationStatus.CANCELLED) is None


def test_a_raised_priority_needs_a_reason() -> None:
    assert priority_problems(0, "") == []
    assert [p.field for p in priority_problems(5, " ")] == ["reason"]
    assert [p.field for p in priority_problems(101, "x")] == ["priority"]


@pytest.mark.parametrize(
    ("addresses", "link"),
    [
        ([], ""),
        (["anna@abb.se"], "mailto:anna@abb.se"),
        (["anna@abb.se", " bo@mdu.se ", ""], "mailto:anna@abb.se,bo@mdu.se"),
    ],
)
def test_mailto_links(addresses: list[str], link: str) -> None:
    assert mailto(addresses) == link
    assert mailto(["a@b.se"], "Din plats") == "mailto:a@b.se?subject=Din%20plats"
