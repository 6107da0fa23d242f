from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventplanner.domain.deadlines import (
    DayOff,
    Direction,
    DueDate,
    RelativeDeadline,
    Unit,
    due_date,
    parse_relative,
)
from eventplanner.domain.errors import ValidationError
from eventplanner.domain.working_days import WorkingCalendar

LAW = WorkingCalendar()


def rule(text: str, day_off: DayOff = DayOff.EARLIER) -> RelativeDeadline:
    return parse_relative(text, day_off)


@pytest.mark.parametrize(
    ("anchor", "text", "day_off", "expected"),
    [
        # Days: a week before midsummer's Friday is Midsommarafton.
        ("2026-06-26", "7d before", DayOff.EARLIER, ("2026-06-18", "2026-06-19", "Midsommarafton")),
        ("2026-06-26", "7d before", DayOff.LATER, ("2026-06-22", "2026-06-19", "Midsommarafton")),
        ("2026-06-26", "7d before", DayOff.KEEP, ("2026-06-19", None, None)),
        ("2026-03-12", "5d before", DayOff.EARLIER, ("2026-03-06", "2026-03-07", "Saturday")),
        ("2026-03-12", "5d after", DayOff.LATER, ("2026-03-17", None, None)),
        # Weeks: two weeks after 10 December 2026 is Julafton.
        ("2026-12-10", "2w after", DayOff.EARLIER, ("2026-12-23", "2026-12-24", "Julafton")),
        ("2026-12-10", "2w after", DayOff.LATER, ("2026-12-28", "2026-12-24", "Julafton")),
        ("2026-04-17", "2w before", DayOff.LATER, ("2026-04-07", "2026-04-03", "Långfredagen")),
        ("2026-04-17", "2w before", DayOff.KEEP, ("2026-04-03", None, None)),
        # Working days land on a working day: nothing moves, whatever the rule.
        ("2026-04-08", "3wd before", DayOff.LATER, ("2026-04-01", None, None)),
        ("2026-04-02", "1wd after", DayOff.EARLIER, ("2026-04-07", None, None)),
        ("2026-06-22", "10wd before", DayOff.KEEP, ("2026-06-05", None, None)),
        # 0 working days is the anchor itself, moved by the rule when it is a day off.
        ("2027-01-01", "0wd after", DayOff.EARLIER, ("2026-12-30", "2027-01-01", "Nyårsdagen")),
        ("2027-01-01", "0wd after", DayOff.LATER, ("2027-01-04", "2027-01-01", "Nyårsdagen")),
        ("2027-01-01", "0wd after", DayOff.KEEP, ("2027-01-01", None, None)),
        ("2027-01-04", "0d before", DayOff.EARLIER, ("2027-01-04", None, None)),
    ],
)
def test_due_date(
    anchor: str, text: str, day_off: DayOff, expected: tuple[str, str | None, str | None]
) -> None:
    day, moved_from, why = expected
    found = due_date(date.fromisoformat(anchor), rule(text, day_off), LAW)
    if moved_from is None:
        assert found == DueDate(date.fromisoformat(day), None, None)
    else:
        assert found == DueDate(
            date.fromisoformat(day),
            date.fromisoformat(moved_from),
            f"{moved_from} is {why}: moved to {day}",
        )


def test_the_reason_reads_as_a_sentence() -> None:
    found = due_date(date(2026, 6, 26), rule("1w before"), LAW)
    assert found.reason == "2026-06-19 is Midsommarafton: moved to 2026-06-18"


def test_bridge_days_and_own_days_off_move_a_date_when_switched_on() -> None:
    anchor = date(2026, 5, 22)  # a week later than the bridge day after Kristi himmelsfärdsdag
    assert due_date(anchor, rule("1w before"), LAW) == DueDate(date(2026, 5, 15))
    bridge = WorkingCalendar(bridge_days_off=True)
    assert due_date(anchor, rule("1w before"), bridge).reason == (
        "2026-05-15 is Klämdag: moved to 2026-05-13"
    )
    assert due_date(anchor, rule("5wd before"), bridge).day == date(2026, 5, 13)
    assert due_date(anchor, rule("5wd before"), LAW).day == date(2026, 5, 15)
    own = WorkingCalendar(own_days_off=frozenset({date(2026, 3, 9)}))
    assert due_date(date(2026, 3, 16), rule("1w before", DayOff.LATER), own).reason == (
        "2026-03-09 is own day off: moved to 2026-03-10"
    )


@pytest.mark.parametrize(
    ("text", "amount", "unit", "direction"),
    [
        ("10wd before", 10, Unit.WORKING_DAYS, Direction.BEFORE),
        ("2w after", 2, Unit.WEEKS, Direction.AFTER),
        ("3d before", 3, Unit.DAYS, Direction.BEFORE),
        (" 3 d  before ", 3, Unit.DAYS, Direction.BEFORE),
        ("10 working days before", 10, Unit.WORKING_DAYS, Direction.BEFORE),
        ("1 Working Day After", 1, Unit.WORKING_DAYS, Direction.AFTER),
        ("1 week after", 1, Unit.WEEKS, Direction.AFTER),
        ("14 days before", 14, Unit.DAYS, Direction.BEFORE),
        ("10 arbetsdagar före", 10, Unit.WORKING_DAYS, Direction.BEFORE),
        ("2 veckor efter", 2, Unit.WEEKS, Direction.AFTER),
        ("0d after", 0, Unit.DAYS, Direction.AFTER),
    ],
)
def test_parse_relative(text: str, amount: int, unit: Unit, direction: Direction) -> None:
    assert parse_relative(text) == RelativeDeadline(amount, unit, direction, DayOff.EARLIER)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "'' is not a deadline like '10wd before'"),
        ("before", "is not a deadline like"),
        ("10wd", "is not a deadline like"),
        ("ten days before", "is not a deadline like"),
        ("3x before", "'x' is not a unit; use d (days), w (weeks) or wd (working days)"),
        ("3d around", "'around' is not 'before' or 'after'"),
        ("-3d before", "the amount -3 is negative"),
        ("3651d before", "3651 days is too far; at most 3650"),
        ("521w after", "at most 520"),
        ("2501wd after", "at most 2500"),
        ("99999999999999999999d before", "is too far; at most 3650"),
    ],
)
def test_parse_relative_refuses_clearly(text: str, message: str) -> None:
    with pytest.raises(ValidationError, match="deadline") as error:
        parse_relative(text)
    assert message in str(error.value)


def test_a_rule_checks_what_it_is_made_of() -> None:
    with pytest.raises(ValidationError, match="not a whole number"):
        RelativeDeadline(1.5, Unit.DAYS, Direction.BEFORE)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="not a Unit"):
        RelativeDeadline(1, "fortnights", Direction.BEFORE)  # type: ignore[arg-type]
    assert RelativeDeadline(3650, Unit.DAYS, Direction.AFTER).amount == 3650


@pytest.mark.parametrize(
    ("text", "english", "swedish"),
    [
        ("10wd before", "10 working days before", "10 arbetsdagar före"),
        ("1wd after", "1 working day after", "1 arbetsdag efter"),
        ("2w after", "2 weeks after", "2 veckor efter"),
        ("1w before", "1 week before", "1 vecka före"),
        ("3d before", "3 days before", "3 dagar före"),
        ("1d after", "1 day after", "1 dag efter"),
    ],
)
def test_describe(text: str, english: str, swedish: str) -> None:
    parsed = parse_relative(text)
    assert str(parsed) == english
    assert parsed.describe("en") == english
    assert parsed.describe("sv") == swedish
    assert parsed.short() == text
    assert parse_relative(english) == parse_relative(swedish) == parsed


@given(
    st.integers(min_value=0, max_value=2500),
    st.sampled_from(Unit),
    st.sampled_from(Direction),
    st.sampled_from(["en", "sv"]),
)
def test_every_rule_reads_back_from_its_words(
    amount: int, unit: Unit, direction: Direction, language: str
) -> None:
    made = RelativeDeadline(min(amount, 520) if unit is Unit.WEEKS else amount, unit, direction)
    assert parse_relative(made.short()) == made
    assert parse_relative(made.describe(language)) == made
