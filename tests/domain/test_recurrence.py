"""RFC 5545 recurrence rules: checking, canonical form and expansion through DST."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.recurrence import (
    MAX_OCCURRENCES,
    is_occurrence,
    last_recurrence_id,
    normalize_rule,
    occurrence_start,
    parse_recurrence_id,
    recurrence_id_text,
    recurrence_ids,
    shift_until,
)
from eventplanner.domain.timezones import localize

STOCKHOLM = "Europe/Stockholm"
LOS_ANGELES = "America/Los_Angeles"
STO = ZoneInfo(STOCKHOLM)


def timed(rule: str, time_zone: str = STOCKHOLM) -> str:
    return normalize_rule(rule, all_day=False, time_zone=time_zone)


def all_day(rule: str, time_zone: str = STOCKHOLM) -> str:
    return normalize_rule(rule, all_day=True, time_zone=time_zone)


# -- canonical form -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "canonical"),
    [
        ("FREQ=WEEKLY", "FREQ=WEEKLY"),
        ("RRULE:FREQ=WEEKLY;COUNT=10", "FREQ=WEEKLY;COUNT=10"),
        ("rrule:freq=weekly;byday=mo,we;count=10", "FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10"),
        ("COUNT=6;INTERVAL=2;FREQ=MONTHLY", "FREQ=MONTHLY;COUNT=6;INTERVAL=2"),
        ("  FREQ=MONTHLY; BYDAY = 1TU ;  ", "FREQ=MONTHLY;BYDAY=1TU"),
        ("FREQ=WEEKLY;BYDAY=MO, TH;;WKST=MO", "FREQ=WEEKLY;BYDAY=MO,TH;WKST=MO"),
        ("FREQ=MONTHLY;BYDAY=-1FR", "FREQ=MONTHLY;BYDAY=-1FR"),
        ("FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=20", "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=20"),
    ],
)
def test_normalize_rule_gives_the_canonical_form(given: str, canonical: str) -> None:
    assert timed(given) == canonical
    assert timed(canonical) == canonical  # canonical form is a fixed point


def test_until_date_of_a_timed_series_becomes_the_end_of_that_day_in_utc() -> None:
    # 23:59:59 on 1 June in Stockholm (summer time, UTC+2) is 21:59:59 UTC.
    assert timed("FREQ=WEEKLY;UNTIL=20270601") == "FREQ=WEEKLY;UNTIL=20270601T215959Z"
    # In winter (UTC+1) it is 22:59:59 UTC.
    assert timed("FREQ=WEEKLY;UNTIL=20270115") == "FREQ=WEEKLY;UNTIL=20270115T225959Z"
    # In Los Angeles the day ends on the next UTC day.
    assert timed("FREQ=WEEKLY;UNTIL=20270601", LOS_ANGELES) == "FREQ=WEEKLY;UNTIL=20270602T065959Z"


def test_until_local_time_of_a_timed_series_becomes_utc() -> None:
    assert timed("FREQ=DAILY;UNTIL=20270601T090000") == "FREQ=DAILY;UNTIL=20270601T070000Z"
    assert timed("FREQ=DAILY;UNTIL=20270601T070000Z") == "FREQ=DAILY;UNTIL=20270601T070000Z"


def test_until_of_an_all_day_series_becomes_a_date_in_the_events_zone() -> None:
    assert all_day("FREQ=WEEKLY;UNTIL=20270601") == "FREQ=WEEKLY;UNTIL=20270601"
    assert all_day("FREQ=WEEKLY;UNTIL=20270601T120000Z") == "FREQ=WEEKLY;UNTIL=20270601"
    # 23:30 UTC on 1 June is already 2 June in Stockholm ...
    assert all_day("FREQ=WEEKLY;UNTIL=20270601T233000Z") == "FREQ=WEEKLY;UNTIL=20270602"
    # ... but still 1 June in Los Angeles; 05:00 UTC on 2 June is 1 June there too.
    assert all_day("FREQ=WEEKLY;UNTIL=20270602T050000Z", LOS_ANGELES) == (
        "FREQ=WEEKLY;UNTIL=20270601"
    )


# -- invalid rules --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "words"),
    [
        ("", "empty"),
        ("RRULE:", "empty"),
        ("BYDAY=MO;COUNT=3", "no FREQ"),
        ("garbage", "not NAME=VALUE"),
        ("FREQ=", "not NAME=VALUE"),
        ("FREQ=WEEKLY;COLOUR=RED", "unknown rule part"),
        ("FREQ=WEEKLY;FREQ=DAILY", "appears twice"),
        ("FREQ=FORTNIGHTLY", "unknown frequency"),
        ("FREQ=WEEKLY;COUNT=3;UNTIL=20270101", "not both"),
        ("FREQ=HOURLY", "at most daily"),
        ("FREQ=MINUTELY;COUNT=5", "at most daily"),
        ("FREQ=SECONDLY", "at most daily"),
        (f"FREQ=WEEKLY;COUNT={MAX_OCCURRENCES + 1}", f"COUNT must be 1 to {MAX_OCCURRENCES}"),
        ("FREQ=WEEKLY;COUNT=0", "COUNT must be"),
        ("FREQ=WEEKLY;COUNT=-2", "COUNT must be"),
        ("FREQ=WEEKLY;COUNT=ten", "COUNT must be"),
        ("FREQ=WEEKLY;INTERVAL=0", "INTERVAL"),
        ("FREQ=WEEKLY;INTERVAL=two", "INTERVAL"),
        ("FREQ=WEEKLY;UNTIL=2027", "UNTIL"),
        ("FREQ=WEEKLY;UNTIL=20271345", "UNTIL"),
        ("FREQ=WEEKLY;BYDAY=XX", "BYDAY 'XX' is not a weekday"),
        ("FREQ=WEEKLY;WKST=ZZ", "WKST 'ZZ' is not a weekday"),
        ("FREQ=DAILY;BYHOUR=25", "BYHOUR '25' is not a number 0 to 23"),
        ("FREQ=MONTHLY;BYSETPOS=0", "BYSETPOS '0' is not a number 1 to 366"),
    ],
)
def test_invalid_rules_are_named_on_the_recurrence_field(rule: str, words: str) -> None:
    for is_all_day in (False, True):
        with pytest.raises(ValidationError) as caught:
            normalize_rule(rule, all_day=is_all_day, time_zone=STOCKHOLM)
        assert caught.value.field == "recurrence"
        assert words in caught.value.message
        assert str(caught.value).startswith("recurrence: ")


def test_the_largest_count_is_accepted() -> None:
    assert timed(f"FREQ=DAILY;COUNT={MAX_OCCURRENCES}") == f"FREQ=DAILY;COUNT={MAX_OCCURRENCES}"


# -- expansion ------------------------------------------------------------------------------


def test_weekly_series_keeps_nine_o_clock_local_across_spring_forward() -> None:
    first = datetime(2027, 3, 15, 9, tzinfo=STO)
    ids = list(recurrence_ids("FREQ=WEEKLY;COUNT=4", first, STOCKHOLM))
    assert ids == [datetime(2027, 3, d, 9) for d in (15, 22, 29)] + [datetime(2027, 4, 5, 9)]
    assert all(key.tzinfo is None for key in ids)  # recurrence ids are wall-clock times
    starts = [occurrence_start(key, STOCKHOLM) for key in ids]
    assert [s.astimezone(UTC).hour for s in starts] == [8, 8, 7, 7]  # type: ignore[union-attr]


def test_weekly_series_keeps_nine_o_clock_local_across_fall_back() -> None:
    first = datetime(2027, 10, 25, 9, tzinfo=STO)
    starts = [
        occurrence_start(key, STOCKHOLM)
        for key in recurrence_ids("FREQ=WEEKLY;COUNT=2", first, STOCKHOLM)
    ]
    assert starts == [datetime(2027, 10, 25, 9, tzinfo=STO), datetime(2027, 11, 1, 9, tzinfo=STO)]
    assert [s.utcoffset() for s in starts] == [timedelta(hours=2), timedelta(hours=1)]  # type: ignore[union-attr]


def test_los_angeles_series_keeps_local_time_when_the_us_changes_before_europe() -> None:
    la = ZoneInfo(LOS_ANGELES)
    first = datetime(2027, 3, 9, 8, tzinfo=la)  # a Tuesday call from Silicon Valley
    starts = [
        occurrence_start(key, LOS_ANGELES)
        for key in recurrence_ids("FREQ=WEEKLY;COUNT=3", first, LOS_ANGELES)
    ]
    assert [s.replace(tzinfo=None) for s in starts] == [  # type: ignore[union-attr]
        datetime(2027, 3, 9, 8),
        datetime(2027, 3, 16, 8),
        datetime(2027, 3, 23, 8),
    ]
    in_stockholm = [s.astimezone(STO).hour for s in starts]  # type: ignore[union-attr]
    assert in_stockholm == [17, 16, 16]  # the gap is eight hours for two weeks of March


def test_an_occurrence_in_the_gap_moves_forward_by_the_gap() -> None:
    first = datetime(2027, 3, 26, 2, 30, tzinfo=STO)
    ids = list(recurrence_ids("FREQ=DAILY;COUNT=4", first, STOCKHOLM))
    # The recurrence id still names the original 02:30 (as RECURRENCE-ID would).
    assert datetime(2027, 3, 28, 2, 30) in ids
    start = occurrence_start(datetime(2027, 3, 28, 2, 30), STOCKHOLM)
    assert isinstance(start, datetime)
    assert start.replace(tzinfo=None) == datetime(2027, 3, 28, 3, 30)
    assert start.astimezone(UTC) == datetime(2027, 3, 28, 1, 30, tzinfo=UTC)
    # The day after, 02:30 exists again.
    after = occurrence_start(datetime(2027, 3, 29, 2, 30), STOCKHOLM)
    assert after == datetime(2027, 3, 29, 2, 30, tzinfo=STO)


def test_an_occurrence_at_an_ambiguous_time_is_the_first_one() -> None:
    start = occurrence_start(datetime(2027, 10, 31, 2, 30), STOCKHOLM)
    assert isinstance(start, datetime)
    assert start.utcoffset() == timedelta(hours=2)


def test_all_day_series_expand_to_dates() -> None:
    ids = list(recurrence_ids("FREQ=MONTHLY;BYDAY=1TU;COUNT=3", date(2027, 1, 5), STOCKHOLM))
    assert ids == [date(2027, 1, 5), date(2027, 2, 2), date(2027, 3, 2)]
    assert all(type(key) is date for key in ids)
    assert occurrence_start(date(2027, 2, 2), STOCKHOLM) == date(2027, 2, 2)


def test_all_day_until_is_inclusive() -> None:
    rule = all_day("FREQ=WEEKLY;UNTIL=20270315")
    ids = list(recurrence_ids(rule, date(2027, 3, 1), STOCKHOLM))
    assert ids == [date(2027, 3, 1), date(2027, 3, 8), date(2027, 3, 15)]


def test_timed_until_date_includes_that_days_occurrence() -> None:
    rule = timed("FREQ=WEEKLY;UNTIL=20270329")
    ids = list(recurrence_ids(rule, datetime(2027, 3, 15, 18, tzinfo=STO), STOCKHOLM))
    assert ids == [datetime(2027, 3, 15, 18), datetime(2027, 3, 22, 18), datetime(2027, 3, 29, 18)]


def test_bounds_select_original_starts_from_after_up_to_before() -> None:
    first = datetime(2027, 1, 4, 18, tzinfo=STO)
    ids = list(
        recurrence_ids(
            "FREQ=WEEKLY",
            first,
            STOCKHOLM,
            after=datetime(2027, 2, 1, 18, tzinfo=STO),  # inclusive
            before=datetime(2027, 2, 22, 18, tzinfo=STO),  # exclusive
        )
    )
    assert ids == [datetime(2027, 2, 1, 18), datetime(2027, 2, 8, 18), datetime(2027, 2, 15, 18)]


def test_date_bounds_on_a_timed_series_are_read_in_its_zone() -> None:
    first = datetime(2027, 1, 4, 0, 30, tzinfo=STO)
    ids = list(
        recurrence_ids(
            "FREQ=DAILY", first, STOCKHOLM, after=date(2027, 1, 10), before=date(2027, 1, 12)
        )
    )
    assert ids == [datetime(2027, 1, 10, 0, 30), datetime(2027, 1, 11, 0, 30)]


def test_all_day_bounds_accept_dates_or_datetimes() -> None:
    ids = list(
        recurrence_ids(
            "FREQ=DAILY",
            date(2027, 1, 1),
            STOCKHOLM,
            after=datetime(2027, 1, 3, 15, tzinfo=UTC),
            before=date(2027, 1, 6),
        )
    )
    assert ids == [date(2027, 1, 3), date(2027, 1, 4), date(2027, 1, 5)]


def test_an_endless_series_is_cut_at_the_limit() -> None:
    ids = list(recurrence_ids("FREQ=DAILY", date(2027, 1, 1), STOCKHOLM, limit=7))
    assert len(ids) == 7
    assert ids[-1] == date(2027, 1, 7)


# -- membership and the end of a series -----------------------------------------------------


def test_is_occurrence_for_a_timed_series() -> None:
    rule = "FREQ=WEEKLY;COUNT=10"
    first = datetime(2027, 3, 1, 18, tzinfo=STO)
    assert is_occurrence(rule, first, STOCKHOLM, datetime(2027, 3, 1, 18))
    assert is_occurrence(rule, first, STOCKHOLM, datetime(2027, 3, 29, 18))  # after the change
    assert is_occurrence(rule, first, STOCKHOLM, datetime(2027, 5, 3, 18))  # the tenth
    assert not is_occurrence(rule, first, STOCKHOLM, datetime(2027, 5, 10, 18))  # eleventh
    assert not is_occurrence(rule, first, STOCKHOLM, datetime(2027, 3, 8, 17))
    assert not is_occurrence(rule, first, STOCKHOLM, datetime(2027, 3, 9, 18))
    assert not is_occurrence(rule, first, STOCKHOLM, datetime(2027, 2, 22, 18))  # before
    assert not is_occurrence(rule, first, STOCKHOLM, date(2027, 3, 8))  # a date, not a time


def test_is_occurrence_for_an_all_day_series() -> None:
    rule = "FREQ=MONTHLY;BYMONTHDAY=15"
    first = date(2027, 1, 15)
    assert is_occurrence(rule, first, STOCKHOLM, date(2027, 6, 15))
    assert not is_occurrence(rule, first, STOCKHOLM, date(2027, 6, 16))
    assert not is_occurrence(rule, first, STOCKHOLM, datetime(2027, 6, 15, 0, 0))


def test_is_occurrence_names_a_gap_occurrence_by_its_original_time() -> None:
    first = datetime(2027, 3, 26, 2, 30, tzinfo=STO)
    assert is_occurrence("FREQ=DAILY", first, STOCKHOLM, datetime(2027, 3, 28, 2, 30))
    assert not is_occurrence("FREQ=DAILY", first, STOCKHOLM, datetime(2027, 3, 28, 3, 30))


def test_last_recurrence_id_of_a_counted_series() -> None:
    first = datetime(2027, 3, 1, 18, tzinfo=STO)
    assert last_recurrence_id("FREQ=WEEKLY;COUNT=10", first, STOCKHOLM) == datetime(2027, 5, 3, 18)
    assert last_recurrence_id("FREQ=WEEKLY;COUNT=1", first, STOCKHOLM) == datetime(2027, 3, 1, 18)


def test_last_recurrence_id_of_a_series_with_until() -> None:
    first = datetime(2027, 3, 1, 18, tzinfo=STO)
    rule = timed("FREQ=WEEKLY;UNTIL=20270322")
    assert last_recurrence_id(rule, first, STOCKHOLM) == datetime(2027, 3, 22, 18)
    assert last_recurrence_id(
        all_day("FREQ=MONTHLY;UNTIL=20270630"), date(2027, 1, 31), STOCKHOLM
    ) == date(2027, 5, 31)  # months without a 31st are skipped, as RFC 5545 says


def test_last_recurrence_id_of_an_endless_series_is_none() -> None:
    assert last_recurrence_id("FREQ=WEEKLY", datetime(2027, 3, 1, 18, tzinfo=STO), STOCKHOLM) is (
        None
    )
    assert last_recurrence_id("FREQ=YEARLY;INTERVAL=2", date(2027, 1, 1), STOCKHOLM) is None


# -- the stored form of recurrence ids ------------------------------------------------------


def test_recurrence_id_text_round_trips() -> None:
    for key in (datetime(2027, 3, 10, 18, 0), date(2027, 3, 10)):
        assert parse_recurrence_id(recurrence_id_text(key)) == key
    assert recurrence_id_text(datetime(2027, 3, 10, 18)) == "2027-03-10T18:00:00"
    assert recurrence_id_text(date(2027, 3, 10)) == "2027-03-10"
    assert type(parse_recurrence_id("2027-03-10")) is date


def test_recurrence_id_text_refuses_an_aware_time() -> None:
    with pytest.raises(ValueError, match="wall-clock"):
        recurrence_id_text(datetime(2027, 3, 10, 18, tzinfo=UTC))


def test_parse_recurrence_id_names_its_field() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_recurrence_id("tisdag", field="exdates")
    assert caught.value.field == "exdates"


def test_series_at_the_same_instant_in_different_zones_keep_their_own_hours() -> None:
    """08:30 in London is 09:30 in Stockholm: equal instants, different wall clocks."""
    rule = "FREQ=WEEKLY;COUNT=2"
    london = localize(datetime(2028, 11, 30, 8, 30), "Europe/London")
    stockholm = localize(datetime(2028, 11, 30, 9, 30), "Europe/Stockholm")
    assert london == stockholm
    assert next(recurrence_ids(rule, stockholm, "Europe/Stockholm")).hour == 9
    assert list(recurrence_ids(rule, london, "Europe/London")) == [
        datetime(2028, 11, 30, 8, 30),
        datetime(2028, 12, 7, 8, 30),
    ]


def test_a_series_copied_across_the_autumn_change_keeps_its_last_occurrence() -> None:
    # Mondays 18:00 until 25 October (summer time, 16:00 UTC), copied to start a week later:
    # the copy ends 1 November at 18:00 winter time, 17:00 UTC.
    rule = shift_until("FREQ=WEEKLY;UNTIL=20271025T160000Z", 7, "Europe/Stockholm")
    assert rule == "FREQ=WEEKLY;UNTIL=20271101T170000Z"
    first = datetime(2027, 10, 11, 18, tzinfo=ZoneInfo("Europe/Stockholm"))
    assert list(recurrence_ids(rule, first, "Europe/Stockholm"))[-1] == datetime(2027, 11, 1, 18)
    assert shift_until("FREQ=DAILY;UNTIL=20271025", 7, "Europe/Stockholm") == (
        "FREQ=DAILY;UNTIL=20271101"
    )
