"""The staff rota's rules: the template, the slots an edit's scope reaches, the warnings
and the coverage grid (issue 15)."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.programme_conflicts import Booking, Margins
from eventplanner.domain.rota import (
    ExtraDay,
    Hours,
    RotaTemplate,
    Scope,
    Shift,
    ShiftEdit,
    ShiftKind,
    ShiftPerson,
    edited,
    from_template,
    in_scope,
    parse_hours,
    parse_kind,
)
from eventplanner.domain.rota_warnings import (
    Coverage,
    WarningKind,
    below_need,
    coverage_grid,
    double_booked,
    missing_skills,
    over_daily_maximum,
    shift_bookings,
)
from eventplanner.domain.timezones import zone

TZ = "Europe/Stockholm"


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2027, 3, day, hour, minute, tzinfo=zone(TZ))


def shift(ident: int, day: int, start: int, end: int, needed: int = 2, **kw: object) -> Shift:
    return Shift(ident, 1, ShiftKind.OPEN_DAY, f"Shift {ident}", at(day, start), at(day, end),
                 needed, **kw)  # type: ignore[arg-type]  # fmt: skip


def person(shift_id: int, contact: int, name: str = "") -> ShiftPerson:
    return ShiftPerson(None, shift_id, contact, name or f"Person {contact}")


def test_a_fair_in_seven_inputs_build_up_three_days_of_two_shifts_tear_down() -> None:
    template = RotaTemplate(
        first_day=date(2027, 3, 9), days=3, shifts_per_day=2, people=3,
        hours=Hours(time(9), time(17)),
        build_up=ExtraDay(date(2027, 3, 8), Hours(time(8), time(18)), 4),
        tear_down=ExtraDay(date(2027, 3, 12), Hours(time(17), time(21)), 2),
    )  # fmt: skip
    shifts = from_template(template, 1, TZ)
    assert [s.title for s in shifts] == [
        "Build-up", "Open day 1, shift 1", "Open day 1, shift 2", "Open day 2, shift 1",
        "Open day 2, shift 2", "Open day 3, shift 1", "Open day 3, shift 2", "Tear-down",
    ]  # fmt: skip
    assert shifts[1].start == at(9, 9) and shifts[1].end == at(9, 13)
    assert shifts[2].start == at(9, 13) and shifts[2].end == at(9, 17)
    assert [s.needed for s in shifts] == [4, 3, 3, 3, 3, 3, 3, 2]
    assert shifts[0].kind is ShiftKind.BUILD_UP and shifts[-1].kind is ShiftKind.TEAR_DOWN


def test_three_shifts_split_to_the_minute_or_given_as_times() -> None:
    even = from_template(
        RotaTemplate(date(2027, 3, 9), 1, 3, 1, hours=Hours(time(9), time(17))), 1, TZ
    )
    assert [(s.start.time(), s.end.time()) for s in even] == [
        (time(9), time(11, 40)), (time(11, 40), time(14, 20)), (time(14, 20), time(17)),
    ]  # fmt: skip
    given = from_template(
        RotaTemplate(date(2027, 3, 9), 1, 2, 1,
                     times=(Hours(time(8), time(12)), Hours(time(12), time(18)))), 1, TZ,
    )  # fmt: skip
    assert [s.end.time() for s in given] == [time(12), time(18)]


@pytest.mark.parametrize(
    ("template", "field"),
    [
        (RotaTemplate(date(2027, 3, 9), 1, 4, 1, hours=Hours(time(9), time(17))), "shifts-per-day"),
        (RotaTemplate(date(2027, 3, 9), 0, 1, 1, hours=Hours(time(9), time(17))), "days"),
        (RotaTemplate(date(2027, 3, 9), 1, 1, 0, hours=Hours(time(9), time(17))), "people"),
        (RotaTemplate(date(2027, 3, 9), 1, 2, 1, times=(Hours(time(9), time(17)),)), "times"),
        (RotaTemplate(date(2027, 3, 9), 1, 1, 1), "hours"),
    ],
)
def test_a_template_that_cannot_be_made_says_which_input(
    template: RotaTemplate, field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        from_template(template, 1, TZ)
    assert caught.value.field == field


def test_hours_and_kinds_as_typed() -> None:
    assert parse_hours("09:00–17:30", "hours") == Hours(time(9), time(17, 30))
    with pytest.raises(ValidationError, match="closes before it opens"):
        parse_hours("17:00-09:00", "hours")
    with pytest.raises(ValidationError, match="not hours like"):
        parse_hours("nine to five", "hours")
    assert parse_kind("Build-up") is ShiftKind.BUILD_UP
    assert parse_kind("open day") is ShiftKind.OPEN_DAY
    with pytest.raises(ValidationError, match="choose one of"):
        parse_kind("lunch")


def test_following_and_all_reach_the_shifts_of_the_same_slot() -> None:
    shifts = [shift(1, 9, 9, 13), shift(2, 9, 13, 17), shift(3, 10, 9, 13), shift(4, 11, 9, 13)]
    assert [s.id for s in in_scope(shifts[2], shifts, Scope.THIS, TZ)] == [3]
    assert [s.id for s in in_scope(shifts[2], shifts, Scope.FOLLOWING, TZ)] == [3, 4]
    assert [s.id for s in in_scope(shifts[2], shifts, Scope.ALL, TZ)] == [1, 3, 4]


def test_an_edit_moves_times_of_day_on_each_shifts_own_day() -> None:
    moved = edited(shift(3, 10, 9, 13), ShiftEdit(starts=time(8), needed=4), TZ)
    assert (moved.start, moved.end, moved.needed) == (at(10, 8), at(10, 13), 4)
    night = edited(shift(3, 10, 18, 22), ShiftEdit(ends=time(2)), TZ)
    assert night.end == at(11, 2)
    with pytest.raises(ValidationError, match="give its new end too"):
        edited(shift(3, 10, 9, 13), ShiftEdit(starts=time(14)), TZ)


def test_warnings_below_need_over_the_daily_maximum_and_missing_skills() -> None:
    shifts = [shift(1, 9, 8, 13, 2, skills=("German",)), shift(2, 9, 13, 18, 1)]
    people = [person(1, 10), person(2, 10)]
    below = below_need(shifts, people)
    assert [(w.kind, w.shift_ids) for w in below] == [(WarningKind.BELOW_NEED, (1,))]
    assert "has 1 of the 2 people it needs" in below[0].note
    over = over_daily_maximum(shifts, people, TZ)
    assert [(w.contact_id, w.day) for w in over] == [(10, date(2027, 3, 9))]
    assert "10 hours" in over[0].note and "maximum of 8" in over[0].note
    assert over_daily_maximum(shifts, people, TZ, maximum_hours=10) == []
    missing = missing_skills(shifts, people, {10: ["English"]})
    assert [(w.kind, w.shift_ids) for w in missing] == [(WarningKind.MISSING_SKILL, (1,))]
    assert missing_skills(shifts, people, {10: ["  german "]}) == []


def test_a_person_in_two_shifts_or_a_shift_and_a_session_at_once() -> None:
    shifts = [shift(1, 9, 9, 13), shift(2, 9, 12, 16), shift(3, 9, 16, 18)]
    people = [person(1, 10, "Anna"), person(2, 10, "Anna"), person(3, 11, "Bo")]
    own = shift_bookings(shifts, people, TZ)
    talk = Booking(11, "Bo", "speaker", False, "s7", "Keynote", at(9, 17), at(9, 18), TZ, 2,
                   (7,), ("e2",))  # fmt: skip
    whole = Booking(10, "Anna", "host", False, "e1", "The fair", at(9, 0), at(10, 0), TZ, 1)
    found = double_booked(own, [talk, whole], Margins())
    assert [(w.contact_id, w.shift_ids) for w in found] == [(10, (1, 2)), (11, (3,))]
    assert "Keynote" in found[1].note


def test_the_coverage_grid_gives_each_hour_of_each_shift_needed_and_assigned() -> None:
    shifts = [shift(1, 9, 9, 11, 2), shift(2, 9, 10, 12, 1)]
    people = [person(1, 10), person(2, 11), person(2, 12)]
    (day,) = coverage_grid(shifts, people, TZ)
    assert day.day == date(2027, 3, 9)
    assert day.hours == (time(9), time(10), time(11))
    assert day.shift_ids == (1, 2)
    assert [[c.coverage if c else None for c in row] for row in day.cells] == [
        [Coverage.UNDER, None],
        [Coverage.UNDER, Coverage.OVER],
        [None, Coverage.OVER],
    ]
    assert [(t.needed, t.assigned) for t in day.totals] == [(2, 1), (3, 3), (1, 2)]


def test_back_to_back_shifts_at_the_stand_are_no_conflict_but_a_talk_next_door_is() -> None:
    shifts = [shift(1, 9, 9, 13), shift(2, 9, 13, 17)]
    people = [person(1, 10, "Anna"), person(2, 10, "Anna")]
    own = shift_bookings(shifts, people, TZ, venue=(5, "Elmiamässan", "Jönköping"))
    talk = Booking(10, "Anna", "speaker", False, "s7", "Keynote", at(9, 17, 5), at(9, 18), TZ,
                   2, (7,), ("e2",), 3, "Aulan", 5, "Elmiamässan", "Jönköping")  # fmt: skip
    found = double_booked(own, [talk], Margins())
    assert [(w.shift_ids, "less than 10 minutes" in w.note) for w in found] == [((2,), True)]
