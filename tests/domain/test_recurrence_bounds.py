"""Recurrence is bounded: no walk through a rule goes past the planner's last year, rule
parts out of RFC 5545's ranges are refused with a short message, and checking many dates
against a series walks it once."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from dateutil import rrule as du
from hypothesis import given, settings
from hypothesis import strategies as st

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.recurrence import (
    UNLIMITED,
    is_occurrence,
    normalize_rule,
    occurrences_among,
    recurrence_ids,
)
from eventplanner.domain.timezones import YEARS

STOCKHOLM = "Europe/Stockholm"
START = datetime(2027, 3, 1, 9, tzinfo=ZoneInfo(STOCKHOLM))


@pytest.fixture
def years_walked(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Every year (and month) dateutil turns to while walking a rule: the work, counted."""
    walked: list[int] = []
    rebuild = du._iterinfo.rebuild

    def counting(self: object, year: int, month: int) -> None:
        walked.append(year)
        rebuild(self, year, month)

    monkeypatch.setattr(du._iterinfo, "rebuild", counting)
    return walked


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=YEARLY;BYWEEKNO=1;BYMONTH=6",
        "FREQ=MONTHLY;BYDAY=5MO;BYMONTHDAY=1",
        "FREQ=WEEKLY;BYMONTH=2;BYMONTHDAY=29;BYYEARDAY=1",
    ],
)
def test_a_rule_that_never_occurs_is_walked_no_further_than_the_last_year(
    rule: str, years_walked: list[int]
) -> None:
    """dateutil walked such a rule to the year 9999 before it gave up (seconds each)."""
    timed = normalize_rule(rule, all_day=False, time_zone=STOCKHOLM)
    assert list(recurrence_ids(timed, START, STOCKHOLM, limit=UNLIMITED)) == []
    assert years_walked and max(years_walked) <= YEARS[1]


@pytest.mark.parametrize(
    "rule",
    ["FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", "FREQ=DAILY;BYMONTH=4,6;BYMONTHDAY=31,-31",
     "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-30"],
)  # fmt: skip
def test_a_day_no_month_has_is_known_without_a_walk(rule: str, years_walked: list[int]) -> None:
    timed = normalize_rule(rule, all_day=False, time_zone=STOCKHOLM)
    assert list(recurrence_ids(timed, START, STOCKHOLM, limit=UNLIMITED)) == []
    assert years_walked == []
    feb_29 = normalize_rule(
        "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", all_day=True, time_zone=STOCKHOLM
    )
    assert next(recurrence_ids(feb_29, date(2027, 1, 1), STOCKHOLM)) == date(2028, 2, 29)


def test_an_exdate_far_ahead_is_looked_for_no_further_than_the_last_year(
    years_walked: list[int],
) -> None:
    """A daily series with an EXDATE in 9998 walked every day to there (7 s an import)."""
    assert not is_occurrence("FREQ=DAILY", START, STOCKHOLM, datetime(9998, 12, 31, 9))
    assert not occurrences_among("FREQ=DAILY", START, STOCKHOLM, [datetime(9998, 12, 31, 9)])
    assert not is_occurrence("FREQ=DAILY", START, STOCKHOLM, datetime(2201, 1, 1, 9))
    assert years_walked == [] or max(years_walked) <= YEARS[1]


def test_an_endless_series_ends_with_the_last_year() -> None:
    ids = list(recurrence_ids("FREQ=YEARLY", date(2190, 3, 1), STOCKHOLM, limit=UNLIMITED))
    assert ids == [date(year, 3, 1) for year in range(2190, YEARS[1] + 1)]


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ("FREQ=MONTHLY;BYDAY=99MO", "BYDAY '99MO': a month has at most 5 of each weekday"),
        ("FREQ=MONTHLY;BYDAY=6MO", "a month has at most 5"),
        ("FREQ=YEARLY;BYMONTH=3;BYDAY=53MO", "a month has at most 5"),
        ("FREQ=YEARLY;BYDAY=54MO", "BYDAY '54MO': a year has at most 53 of each weekday"),
        ("FREQ=YEARLY;BYDAY=0MO", "a year has at most 53"),
        ("FREQ=WEEKLY;BYDAY=MO,XX", "BYDAY 'XX' is not a weekday"),
        ("FREQ=YEARLY;BYMONTH=13", "BYMONTH '13' is not a number 1 to 12"),
        ("FREQ=YEARLY;BYWEEKNO=99", "BYWEEKNO '99' is not a number 1 to 53"),
        ("FREQ=YEARLY;BYYEARDAY=-367", "BYYEARDAY '-367'"),
        ("FREQ=MONTHLY;BYMONTHDAY=0", "BYMONTHDAY '0'"),
        ("FREQ=MONTHLY;BYMONTHDAY=-0", "BYMONTHDAY '-0'"),
        ("FREQ=DAILY;BYHOUR=-1", "BYHOUR '-1' is not a number 0 to 23"),
        ("FREQ=MONTHLY;BYDAY=MO;BYSETPOS=" + "9" * 5000, "BYSETPOS '999"),
        ("FREQ=DAILY;COUNT=" + "9" * 5000, "COUNT must be 1 to 5000"),
        ("FREQ=DAILY;COUNT=1000000000000", "COUNT must be 1 to 5000"),
        ("FREQ=DAILY;INTERVAL=1000000000000", "INTERVAL must be a whole number from 1 to 999"),
        ("FREQ=DAILY;COUNT=١٢", "COUNT must be 1 to 5000"),  # digits, but not ASCII ones
        ("FREQ=DAILY;UNTIL=99991231", "UNTIL '99991231': the year 9999 is out of range"),
        ("FREQ=DAILY;UNTIL=00010101T000000Z", "the year 1 is out of range (1900-2200)"),
        ("FREQ=DAILY;UNTIL=2" + "0" * 5000, "UNTIL '200"),
        ("FREQ=" + "X" * 5000, "unknown frequency 'XXX"),
    ],
)
def test_rule_parts_outside_rfc_5545_are_refused_with_a_short_message(
    rule: str, message: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        normalize_rule(rule, all_day=False, time_zone=STOCKHOLM)
    assert raised.value.field == "recurrence"
    assert message in raised.value.message
    assert len(raised.value.message) < 200


@pytest.mark.parametrize(
    "rule",
    ["FREQ=MONTHLY;BYDAY=5MO", "FREQ=MONTHLY;BYDAY=-1FR", "FREQ=YEARLY;BYDAY=53MO",
     "FREQ=YEARLY;BYYEARDAY=-366,1", "FREQ=MONTHLY;BYMONTHDAY=+1,-31", "FREQ=WEEKLY;BYDAY=+2MO"],
)  # fmt: skip
def test_rule_parts_within_rfc_5545_stay_allowed(rule: str) -> None:
    normalize_rule(rule, all_day=False, time_zone=STOCKHOLM)


_PART_VALUES = st.sampled_from(
    ["1", "-1", "0", "5", "53", "99", "366", "367", "MO", "1MO", "-5FR", "53SU", "99MO", "+1TU",
     "13", "31", "-31", "", "X", "1,2", "2,30", "MO,TU", "1000000000000", "9" * 50]
)  # fmt: skip
_PARTS = st.sampled_from(
    ["BYDAY", "BYMONTH", "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYSETPOS", "BYHOUR",
     "BYMINUTE", "BYSECOND", "COUNT", "INTERVAL", "WKST"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(["DAILY", "WEEKLY", "MONTHLY", "YEARLY"]),
    st.dictionaries(_PARTS, _PART_VALUES, max_size=4),
    st.booleans(),
)
def test_any_rule_is_refused_by_validation_or_expands(
    freq: str, parts: dict[str, str], whole_days: bool
) -> None:
    text = ";".join([f"FREQ={freq}", *(f"{name}={value}" for name, value in parts.items())])
    try:
        rule = normalize_rule(text, all_day=whole_days, time_zone=STOCKHOLM)
    except ValidationError as exc:
        assert len(exc.message) < 300
        return
    first: date | datetime = START.date() if whole_days else START
    ids = list(recurrence_ids(rule, first, STOCKHOLM, limit=20))
    assert all(key.year <= YEARS[1] for key in ids)
    assert occurrences_among(rule, first, STOCKHOLM, ids) == set(ids)


def test_occurrences_among_agrees_with_is_occurrence_date_by_date() -> None:
    rule = "FREQ=MONTHLY;BYDAY=-1FR"
    candidates = [datetime(2027, month, day, 9) for month in (3, 4, 5) for day in range(24, 31)]
    candidates += [date(2027, 3, 26), datetime(2027, 3, 26, 10), datetime(2250, 1, 1, 9)]
    found = occurrences_among(rule, START, STOCKHOLM, candidates)
    assert found == {key for key in candidates if is_occurrence(rule, START, STOCKHOLM, key)}
    assert found == {datetime(2027, 3, 26, 9), datetime(2027, 4, 30, 9), datetime(2027, 5, 28, 9)}
