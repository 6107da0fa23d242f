"""Timed spans in an IANA zone and all-day spans: construction, moving, bounds."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.timing import AllDaySpan, TimedSpan

STOCKHOLM = ZoneInfo("Europe/Stockholm")
LOS_ANGELES = ZoneInfo("America/Los_Angeles")


def sto(*args: int) -> datetime:
    return datetime(*args, tzinfo=STOCKHOLM)  # type: ignore[misc]


def test_timed_span_refuses_a_naive_start() -> None:
    with pytest.raises(ValidationError) as caught:
        TimedSpan(datetime(2027, 5, 1, 9), sto(2027, 5, 1, 10))
    assert caught.value.field == "start"


def test_timed_span_refuses_a_naive_end() -> None:
    with pytest.raises(ValidationError) as caught:
        TimedSpan(sto(2027, 5, 1, 9), datetime(2027, 5, 1, 10))
    assert caught.value.field == "end"


def test_timed_span_refuses_an_unknown_zone() -> None:
    with pytest.raises(ValidationError) as caught:
        TimedSpan(sto(2027, 5, 1, 9), sto(2027, 5, 1, 10), "Europe/Atlantis")
    assert caught.value.field == "time_zone"


def test_timed_span_shows_both_ends_in_its_own_zone() -> None:
    span = TimedSpan(
        datetime(2027, 5, 1, 16, tzinfo=UTC),
        datetime(2027, 5, 1, 17, 30, tzinfo=UTC),
        "America/Los_Angeles",
    )
    assert span.start.tzinfo == LOS_ANGELES
    assert span.end.tzinfo == LOS_ANGELES
    assert span.start.replace(tzinfo=None) == datetime(2027, 5, 1, 9)
    assert span.end.replace(tzinfo=None) == datetime(2027, 5, 1, 10, 30)
    assert span.duration == timedelta(minutes=90)
    assert span.first_day == date(2027, 5, 1)
    assert not span.all_day


def test_timed_span_utc_bounds_are_the_instants() -> None:
    span = TimedSpan(sto(2027, 3, 28, 1, 30), sto(2027, 3, 28, 3, 30))
    start, end = span.utc_bounds()
    assert (start, end) == (
        datetime(2027, 3, 28, 0, 30, tzinfo=UTC),
        datetime(2027, 3, 28, 1, 30, tzinfo=UTC),
    )
    assert start.tzinfo is UTC


def test_the_same_instant_seen_from_elsewhere_is_the_same_span() -> None:
    here = TimedSpan(sto(2027, 6, 1, 18), sto(2027, 6, 1, 20))
    there = TimedSpan(
        datetime(2027, 6, 1, 9, tzinfo=LOS_ANGELES),
        datetime(2027, 6, 1, 11, tzinfo=LOS_ANGELES),
    )
    assert here == there
    assert there.start.tzinfo == STOCKHOLM


def test_shifted_keeps_nine_o_clock_across_the_spring_change() -> None:
    span = TimedSpan(sto(2027, 3, 22, 9), sto(2027, 3, 22, 11))
    moved = span.shifted(timedelta(days=7))
    assert moved.start.replace(tzinfo=None) == datetime(2027, 3, 29, 9)
    assert moved.end.replace(tzinfo=None) == datetime(2027, 3, 29, 11)
    assert moved.start.utcoffset() == timedelta(hours=2)
    assert moved.utc_bounds()[0] == datetime(2027, 3, 29, 7, tzinfo=UTC)
    assert moved.time_zone == span.time_zone


def test_moved_to_keeps_wall_clock_time_across_the_autumn_change() -> None:
    span = TimedSpan(sto(2027, 10, 25, 18), sto(2027, 10, 25, 20, 30))
    moved = span.moved_to(date(2027, 11, 2))
    assert moved.start.replace(tzinfo=None) == datetime(2027, 11, 2, 18)
    assert moved.end.replace(tzinfo=None) == datetime(2027, 11, 2, 20, 30)
    assert moved.start.utcoffset() == timedelta(hours=1)
    assert moved.utc_bounds()[1] - moved.utc_bounds()[0] == timedelta(minutes=150)


def test_moved_to_keeps_wall_clock_time_in_los_angeles() -> None:
    span = TimedSpan(
        datetime(2027, 3, 8, 9, tzinfo=LOS_ANGELES),
        datetime(2027, 3, 8, 10, tzinfo=LOS_ANGELES),
        "America/Los_Angeles",
    )
    moved = span.moved_to(date(2027, 3, 15))
    assert moved.start.replace(tzinfo=None) == datetime(2027, 3, 15, 9)
    assert moved.utc_bounds()[0] == datetime(2027, 3, 15, 16, tzinfo=UTC)  # PDT, UTC-7
    assert span.utc_bounds()[0] == datetime(2027, 3, 8, 17, tzinfo=UTC)  # PST, UTC-8


def test_moved_to_an_earlier_day() -> None:
    span = TimedSpan(sto(2027, 4, 12, 13), sto(2027, 4, 12, 15))
    moved = span.moved_to(date(2027, 3, 1))
    assert moved.start == sto(2027, 3, 1, 13)
    assert moved.end == sto(2027, 3, 1, 15)


def test_a_span_over_midnight_keeps_its_length_when_moved() -> None:
    span = TimedSpan(sto(2027, 5, 14, 22), sto(2027, 5, 15, 2))
    moved = span.moved_to(date(2027, 6, 1))
    assert moved.start == sto(2027, 6, 1, 22)
    assert moved.end == sto(2027, 6, 2, 2)


def test_all_day_span_days_and_duration() -> None:
    fair = AllDaySpan(date(2027, 3, 16), date(2027, 3, 18))
    assert fair.all_day
    assert fair.days == 3
    assert fair.duration == timedelta(days=3)
    assert fair.time_zone == "Europe/Stockholm"


def test_all_day_span_refuses_datetimes() -> None:
    with pytest.raises(ValidationError) as caught:
        AllDaySpan(datetime(2027, 3, 16, 9), date(2027, 3, 18))  # type: ignore[arg-type]
    assert caught.value.field == "first_day"
    with pytest.raises(ValidationError) as caught:
        AllDaySpan(date(2027, 3, 16), datetime(2027, 3, 18, 9))  # type: ignore[arg-type]
    assert caught.value.field == "last_day"


def test_all_day_span_refuses_an_unknown_zone() -> None:
    with pytest.raises(ValidationError) as caught:
        AllDaySpan(date(2027, 3, 16), date(2027, 3, 16), "Nowhere/Special")
    assert caught.value.field == "time_zone"


def test_all_day_utc_bounds_are_the_days_in_the_events_zone() -> None:
    day = AllDaySpan(date(2027, 3, 28), date(2027, 3, 28))
    start, end = day.utc_bounds()
    assert start == datetime(2027, 3, 27, 23, tzinfo=UTC)
    assert end == datetime(2027, 3, 28, 22, tzinfo=UTC)  # a 23-hour day

    la_day = AllDaySpan(date(2027, 3, 28), date(2027, 3, 29), "America/Los_Angeles")
    assert la_day.utc_bounds() == (
        datetime(2027, 3, 28, 7, tzinfo=UTC),
        datetime(2027, 3, 30, 7, tzinfo=UTC),
    )


def test_all_day_span_moves_whole_days() -> None:
    fair = AllDaySpan(date(2027, 3, 16), date(2027, 3, 18))
    assert fair.moved_to(date(2027, 10, 29)) == AllDaySpan(date(2027, 10, 29), date(2027, 10, 31))
    assert fair.shifted(timedelta(days=-2, hours=5)) == AllDaySpan(
        date(2027, 3, 14), date(2027, 3, 16)
    )


def test_a_trusted_span_equals_the_checked_one_and_keeps_its_utc_instants() -> None:
    tz = ZoneInfo("Europe/Stockholm")
    start, end = datetime(2027, 3, 28, 1, 30, tzinfo=tz), datetime(2027, 3, 28, 4, 0, tzinfo=tz)
    utc = (start.astimezone(UTC), end.astimezone(UTC))
    trusted = TimedSpan.trusted(start, end, "Europe/Stockholm", utc)
    checked = TimedSpan(start, end, "Europe/Stockholm")
    assert trusted == checked and hash(trusted) == hash(checked)
    assert trusted.utc_bounds() == checked.utc_bounds() == utc
    assert "utc" not in repr(trusted)


def test_a_replaced_span_works_out_its_utc_instants_again() -> None:
    from dataclasses import replace

    tz = ZoneInfo("Europe/Stockholm")
    span = TimedSpan(datetime(2027, 1, 5, 9, tzinfo=tz), datetime(2027, 1, 5, 10, tzinfo=tz))
    assert span.utc_start == datetime(2027, 1, 5, 8, tzinfo=UTC)
    later = replace(
        span, start=datetime(2027, 7, 5, 9, tzinfo=tz), end=datetime(2027, 7, 5, 10, tzinfo=tz)
    )
    assert later.utc_bounds() == (
        datetime(2027, 7, 5, 7, tzinfo=UTC),
        datetime(2027, 7, 5, 8, tzinfo=UTC),
    )
