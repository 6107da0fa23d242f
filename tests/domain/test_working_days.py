"""Swedish working days against real dates, written out by hand (Easter Sundays 2025-2030:
20 Apr, 5 Apr, 28 Mar, 16 Apr, 1 Apr, 21 Apr; Midsommarafton the Friday of 19-25 June;
Alla helgons dag the Saturday of 31 Oct-6 Nov)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.working_days import WorkingCalendar

LAW = WorkingCalendar()
BRIDGE = WorkingCalendar(bridge_days_off=True)

# Every holiday and eve off of 2025-2030, on whichever day of the week it falls.
GOLDEN = [
    ("2025-01-01", "Nyårsdagen"),
    ("2025-01-06", "Trettondedag jul"),
    ("2025-04-18", "Långfredagen"),
    ("2025-04-20", "Påskdagen"),
    ("2025-04-21", "Annandag påsk"),
    ("2025-05-01", "Första maj"),
    ("2025-05-29", "Kristi himmelsfärdsdag"),
    ("2025-06-06", "Nationaldagen"),
    ("2025-06-08", "Pingstdagen"),
    ("2025-06-20", "Midsommarafton"),
    ("2025-06-21", "Midsommardagen"),
    ("2025-11-01", "Alla helgons dag"),
    ("2025-12-24", "Julafton"),
    ("2025-12-25", "Juldagen"),
    ("2025-12-26", "Annandag jul"),
    ("2025-12-31", "Nyårsafton"),
    ("2026-01-01", "Nyårsdagen"),
    ("2026-01-06", "Trettondedag jul"),
    ("2026-04-03", "Långfredagen"),
    ("2026-04-05", "Påskdagen"),
    ("2026-04-06", "Annandag påsk"),
    ("2026-05-01", "Första maj"),
    ("2026-05-14", "Kristi himmelsfärdsdag"),
    ("2026-05-24", "Pingstdagen"),
    ("2026-06-06", "Nationaldagen"),
    ("2026-06-19", "Midsommarafton"),
    ("2026-06-20", "Midsommardagen"),
    ("2026-10-31", "Alla helgons dag"),
    ("2026-12-24", "Julafton"),
    ("2026-12-25", "Juldagen"),
    ("2026-12-26", "Annandag jul"),
    ("2026-12-31", "Nyårsafton"),
    ("2027-01-01", "Nyårsdagen"),
    ("2027-01-06", "Trettondedag jul"),
    ("2027-03-26", "Långfredagen"),
    ("2027-03-28", "Påskdagen"),
    ("2027-03-29", "Annandag påsk"),
    ("2027-05-01", "Första maj"),
    ("2027-05-06", "Kristi himmelsfärdsdag"),
    ("2027-06-06", "Nationaldagen"),
    ("2027-06-25", "Midsommarafton"),
    ("2027-06-26", "Midsommardagen"),
    ("2027-11-06", "Alla helgons dag"),
    ("2027-12-24", "Julafton"),
    ("2027-12-25", "Juldagen"),
    ("2027-12-31", "Nyårsafton"),
    ("2028-01-01", "Nyårsdagen"),
    ("2028-01-06", "Trettondedag jul"),
    ("2028-04-14", "Långfredagen"),
    ("2028-04-16", "Påskdagen"),
    ("2028-04-17", "Annandag påsk"),
    ("2028-05-01", "Första maj"),
    ("2028-05-25", "Kristi himmelsfärdsdag"),
    ("2028-06-06", "Nationaldagen"),
    ("2028-06-23", "Midsommarafton"),
    ("2028-06-24", "Midsommardagen"),
    ("2028-11-04", "Alla helgons dag"),
    ("2028-12-25", "Juldagen"),
    ("2028-12-26", "Annandag jul"),
    ("2029-01-01", "Nyårsdagen"),
    ("2029-01-06", "Trettondedag jul"),
    ("2029-03-30", "Långfredagen"),
    ("2029-04-01", "Påskdagen"),
    ("2029-04-02", "Annandag påsk"),
    ("2029-05-01", "Första maj"),
    ("2029-05-10", "Kristi himmelsfärdsdag"),
    ("2029-06-06", "Nationaldagen"),
    ("2029-06-22", "Midsommarafton"),
    ("2029-06-23", "Midsommardagen"),
    ("2029-11-03", "Alla helgons dag"),
    ("2029-12-24", "Julafton"),
    ("2029-12-25", "Juldagen"),
    ("2029-12-26", "Annandag jul"),
    ("2029-12-31", "Nyårsafton"),
    ("2030-01-01", "Nyårsdagen"),
    ("2030-04-19", "Långfredagen"),
    ("2030-04-21", "Påskdagen"),
    ("2030-04-22", "Annandag påsk"),
    ("2030-05-01", "Första maj"),
    ("2030-05-30", "Kristi himmelsfärdsdag"),
    ("2030-06-06", "Nationaldagen"),
    ("2030-06-21", "Midsommarafton"),
    ("2030-06-22", "Midsommardagen"),
    ("2030-11-02", "Alla helgons dag"),
    ("2030-12-24", "Julafton"),
    ("2030-12-25", "Juldagen"),
    ("2030-12-26", "Annandag jul"),
    ("2030-12-31", "Nyårsafton"),
]

# Holidays that fall on a Sunday, where the package names the holiday rather than the day.
SUNDAY_HOLIDAYS = [
    ("2027-12-26", "Annandag jul"),
    ("2028-12-24", "Julafton"),
    ("2028-12-31", "Nyårsafton"),
    ("2030-01-06", "Trettondedag jul"),
]

# The Fridays after Kristi himmelsfärdsdag: the bridge days the package knows.
BRIDGE_DAYS = ["2025-05-30", "2026-05-15", "2027-05-07", "2028-05-26", "2029-05-11", "2030-05-31"]

# Days that look special but are working days by the law.
WORKING = [
    "2025-01-02",  # between Nyårsdagen and the weekend
    "2026-01-05",  # Trettondagsafton: a half day
    "2026-04-02",  # Skärtorsdagen: a half day
    "2026-04-30",  # Valborgsmässoafton: a half day
    "2026-10-30",  # Allahelgonsafton: a half day
    "2026-12-23",
    "2026-12-30",
    "2028-02-29",  # the leap day, a Tuesday
    "2030-06-07",  # the Friday after Nationaldagen: no bridge day in the package
]


@pytest.mark.parametrize(("day", "name"), GOLDEN + SUNDAY_HOLIDAYS)
def test_every_holiday_and_eve_of_2025_to_2030_is_off_by_its_name(day: str, name: str) -> None:
    assert LAW.why_not_working(date.fromisoformat(day)) == name
    assert not LAW.is_working_day(date.fromisoformat(day))


def test_the_golden_table_is_every_weekday_off_of_2025_to_2030() -> None:
    found = {
        day.isoformat(): why
        for day, why in LAW.days_off(date(2025, 1, 1), date(2030, 12, 31))
        if day.weekday() < 5
    }
    assert found == {day: name for day, name in GOLDEN if date.fromisoformat(day).weekday() < 5}


@pytest.mark.parametrize("day", WORKING + BRIDGE_DAYS)
def test_half_days_bridge_days_and_the_leap_day_are_working_days(day: str) -> None:
    assert LAW.is_working_day(date.fromisoformat(day))
    assert LAW.why_not_working(date.fromisoformat(day)) is None


@pytest.mark.parametrize("day", BRIDGE_DAYS)
def test_bridge_days_are_off_when_switched_on(day: str) -> None:
    assert BRIDGE.why_not_working(date.fromisoformat(day)) == "Klämdag"


def test_weekends_and_own_days_off_say_so() -> None:
    own = WorkingCalendar(own_days_off=frozenset({date(2026, 3, 9), date(2026, 12, 24)}))
    assert own.why_not_working(date(2026, 3, 7)) == "Saturday"
    assert own.why_not_working(date(2026, 3, 8)) == "Sunday"
    assert own.why_not_working(date(2026, 3, 9)) == "own day off"
    assert own.why_not_working(date(2026, 12, 24)) == "Julafton"  # the law's name first
    assert LAW.is_working_day(date(2026, 3, 9))


def test_working_days_in_a_year() -> None:
    # 2026: 261 weekdays less 10 weekday holidays; 2028 (leap, from a Saturday): 260 less 9.
    assert LAW.working_days_between(date(2025, 12, 31), date(2026, 12, 31)) == 251
    assert BRIDGE.working_days_between(date(2025, 12, 31), date(2026, 12, 31)) == 250
    assert LAW.working_days_between(date(2027, 12, 31), date(2028, 12, 31)) == 251


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        ("2026-04-02", 1, "2026-04-07"),  # over Easter
        ("2026-04-07", -1, "2026-04-02"),
        ("2026-06-18", 1, "2026-06-22"),  # over midsummer
        ("2026-06-22", -1, "2026-06-18"),
        ("2026-12-23", 1, "2026-12-28"),  # Christmas
        ("2026-12-23", 4, "2027-01-04"),  # and New Year
        ("2026-12-23", 6, "2027-01-07"),  # and Trettondedag jul
        ("2027-01-04", -1, "2026-12-30"),
        ("2027-01-07", -6, "2026-12-23"),
        ("2026-05-13", 1, "2026-05-15"),  # over Kristi himmelsfärdsdag, to the bridge day
        ("2028-02-25", 2, "2028-02-29"),  # to the leap day
        ("2028-03-01", -1, "2028-02-29"),
        ("2026-06-01", 10, "2026-06-15"),  # Nationaldagen is a Saturday in 2026
        ("2030-06-03", 5, "2030-06-11"),  # Nationaldagen a Thursday in 2030
        ("2026-03-07", 0, "2026-03-07"),  # nothing counted: a Saturday stays
        ("2026-03-06", 0, "2026-03-06"),
        ("2026-03-07", 1, "2026-03-09"),  # from a day off
        ("2026-03-07", -1, "2026-03-06"),
    ],
)
def test_add_working_days(start: str, n: int, expected: str) -> None:
    assert LAW.add_working_days(date.fromisoformat(start), n) == date.fromisoformat(expected)


def test_bridge_days_and_own_days_off_are_skipped_when_counting() -> None:
    assert BRIDGE.add_working_days(date(2026, 5, 13), 1) == date(2026, 5, 18)
    assert BRIDGE.add_working_days(date(2026, 5, 18), -1) == date(2026, 5, 13)
    own = WorkingCalendar(own_days_off=frozenset({date(2026, 3, 9)}))
    assert own.add_working_days(date(2026, 3, 6), 1) == date(2026, 3, 10)
    assert own.next_working_day(date(2026, 3, 6)) == date(2026, 3, 10)
    assert own.previous_working_day(date(2026, 3, 10)) == date(2026, 3, 6)
    assert LAW.next_working_day(date(2026, 12, 23)) == date(2026, 12, 28)
    assert LAW.previous_working_day(date(2027, 1, 1)) == date(2026, 12, 30)


def test_working_days_between_counts_after_the_first_up_to_the_last() -> None:
    assert LAW.working_days_between(date(2026, 12, 23), date(2027, 1, 4)) == 4
    assert LAW.working_days_between(date(2027, 1, 4), date(2026, 12, 23)) == -4
    assert LAW.working_days_between(date(2026, 3, 9), date(2026, 3, 9)) == 0
    assert LAW.working_days_between(date(2026, 3, 6), date(2026, 3, 8)) == 0  # a weekend


def test_counting_too_far_is_refused() -> None:
    with pytest.raises(ValidationError, match="at most 2500"):
        LAW.add_working_days(date(2026, 1, 1), 2501)
    with pytest.raises(ValidationError, match="1900-2200"):
        LAW.add_working_days(date(2200, 12, 20), 20)


days = st.dates(min_value=date(2024, 1, 1), max_value=date(2031, 12, 31))
calendars = st.builds(
    WorkingCalendar,
    bridge_days_off=st.booleans(),
    own_days_off=st.frozensets(days, max_size=20),
)


@given(days, st.integers(min_value=-400, max_value=400), calendars)
def test_counting_there_and_back_gives_n(day: date, n: int, calendar: WorkingCalendar) -> None:
    result = calendar.add_working_days(day, n)
    assert calendar.working_days_between(day, result) == n
    if n != 0:
        assert calendar.is_working_day(result)
        assert (result > day) == (n > 0)
        # Of the days strictly between, exactly the other n - 1 are working days.
        sign = 1 if n > 0 else -1
        steps = abs((result - day).days)
        passed = [day + timedelta(days=sign * i) for i in range(1, steps)]
        assert sum(1 for d in passed if calendar.is_working_day(d)) == abs(n) - 1


def test_own_days_off_say_their_names() -> None:
    from eventplanner.domain.errors import ValidationError
    from eventplanner.domain.working_days import OwnDayOff, checked_day_off

    calendar = WorkingCalendar.of(
        True, [OwnDayOff(date(2027, 6, 4), "Personaldag"), OwnDayOff(date(2027, 6, 7))]
    )
    assert calendar.why_not_working(date(2027, 6, 4)) == "Personaldag"
    assert calendar.why_not_working(date(2027, 6, 7)) == "own day off"
    assert calendar.why_not_working(date(2027, 5, 7)) == "Klämdag"
    assert calendar.days_off_named == (
        OwnDayOff(date(2027, 6, 4), "Personaldag"), OwnDayOff(date(2027, 6, 7), "")
    )  # fmt: skip
    assert calendar == WorkingCalendar.of(True, calendar.days_off_named)
    assert calendar != WorkingCalendar.of(True, [OwnDayOff(date(2027, 6, 4), "Kickoff")])
    assert hash(calendar) == hash(WorkingCalendar.of(True, calendar.days_off_named))
    assert checked_day_off(OwnDayOff(date(2027, 6, 4), "  Personal   dag ")).name == "Personal dag"
    with pytest.raises(ValidationError, match="at most 100 characters"):
        checked_day_off(OwnDayOff(date(2027, 6, 4), "x" * 101))
