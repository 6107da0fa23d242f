"""Dates typed into a date field: ISO in every locale; what could be two days is refused."""

from __future__ import annotations

from datetime import date

import pytest

from eventplanner.domain.typed_dates import DayProblem, read_typed_day


@pytest.mark.parametrize(
    "text",
    ["2027-02-01", " 2027-2-1 ", "2027.02.01", "2027/02/01", "20270201"],
)
def test_a_year_first_date_is_read_as_iso(text: str) -> None:
    assert read_typed_day(text).day == date(2027, 2, 1)


@pytest.mark.parametrize(
    ("text", "day"),
    [("13/02/2027", date(2027, 2, 13)), ("02/13/2027", date(2027, 2, 13)),
     ("5.5.2027", date(2027, 5, 5)), ("31-12-2027", date(2027, 12, 31))],
)  # fmt: skip
def test_a_year_last_date_is_read_when_its_order_cannot_matter(text: str, day: date) -> None:
    assert read_typed_day(text).day == day


def test_a_year_last_date_that_could_be_two_days_is_refused() -> None:
    read = read_typed_day("01/02/2027")
    assert read.day is None and read.problem is DayProblem.AMBIGUOUS
    assert read.readings == (date(2027, 2, 1), date(2027, 1, 2))


@pytest.mark.parametrize("text", ["2027-02-30", "2027-13-01", "31/31/2027", "20271301"])
def test_no_such_day(text: str) -> None:
    assert read_typed_day(text).problem is DayProblem.NO_SUCH_DAY


@pytest.mark.parametrize(
    "text", ["", "15", "27-02-01", "1/2/27", "2027-02", "tomorrow", "2027-02/01"]
)
def test_what_is_not_a_whole_date_is_refused(text: str) -> None:
    read = read_typed_day(text)
    assert read.day is None and read.problem is DayProblem.NOT_A_DATE
