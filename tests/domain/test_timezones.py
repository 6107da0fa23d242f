"""The stated rule for local times that do not exist or exist twice, and zone lookup."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.timezones import (
    day_bounds,
    day_start,
    ensure_aware,
    is_valid_zone,
    localize,
    shift_forward_if_missing,
    to_utc,
    zone,
)

STOCKHOLM = "Europe/Stockholm"
LOS_ANGELES = "America/Los_Angeles"


@pytest.mark.parametrize(
    ("wall_clock", "time_zone"),
    [
        (datetime(2027, 3, 28, 2, 30), STOCKHOLM),  # last Sunday of March: 02:00 -> 03:00
        (datetime(2027, 3, 28, 2, 0), STOCKHOLM),  # the first minute of the gap
        (datetime(2027, 3, 28, 2, 59), STOCKHOLM),  # the last minute of the gap
        (datetime(2027, 3, 14, 2, 30), LOS_ANGELES),  # second Sunday of March in the US
    ],
)
def test_localize_rejects_a_time_in_the_spring_forward_gap(
    wall_clock: datetime, time_zone: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        localize(wall_clock, time_zone)
    assert caught.value.field == "start"
    assert "does not exist" in caught.value.message
    assert time_zone in caught.value.message
    assert f"{wall_clock:%Y-%m-%d %H:%M}" in str(caught.value)


def test_localize_names_the_field_it_was_given() -> None:
    with pytest.raises(ValidationError) as caught:
        localize(datetime(2027, 3, 28, 2, 30), STOCKHOLM, field="end")
    assert caught.value.field == "end"
    assert str(caught.value).startswith("end: ")


@pytest.mark.parametrize(
    ("wall_clock", "time_zone", "offset"),
    [
        (datetime(2027, 3, 28, 1, 59), STOCKHOLM, timedelta(hours=1)),
        (datetime(2027, 3, 28, 3, 0), STOCKHOLM, timedelta(hours=2)),
        (datetime(2027, 3, 14, 1, 59), LOS_ANGELES, timedelta(hours=-8)),
        (datetime(2027, 3, 14, 3, 0), LOS_ANGELES, timedelta(hours=-7)),
    ],
)
def test_localize_accepts_the_times_either_side_of_the_gap(
    wall_clock: datetime, time_zone: str, offset: timedelta
) -> None:
    local = localize(wall_clock, time_zone)
    assert local.replace(tzinfo=None) == wall_clock
    assert local.utcoffset() == offset


def test_ambiguous_autumn_time_in_stockholm_resolves_to_the_first_summer_time() -> None:
    local = localize(datetime(2027, 10, 31, 2, 30), STOCKHOLM)
    assert local.fold == 0
    assert local.utcoffset() == timedelta(hours=2)
    assert local.astimezone(UTC) == datetime(2027, 10, 31, 0, 30, tzinfo=UTC)
    assert local.isoformat() == "2027-10-31T02:30:00+02:00"


def test_ambiguous_autumn_time_in_los_angeles_resolves_to_daylight_time() -> None:
    local = localize(datetime(2027, 11, 7, 1, 30), LOS_ANGELES)
    assert local.fold == 0
    assert local.utcoffset() == timedelta(hours=-7)
    assert local.astimezone(UTC) == datetime(2027, 11, 7, 8, 30, tzinfo=UTC)


def test_localize_ignores_a_fold_the_caller_passed_in() -> None:
    # The documented rule is "the first of the two"; localize always states fold=0.
    local = localize(datetime(2027, 10, 31, 2, 30, fold=1), STOCKHOLM)
    assert local.fold == 0
    assert local.utcoffset() == timedelta(hours=2)


def test_localize_refuses_an_aware_datetime() -> None:
    with pytest.raises(ValueError, match="naive"):
        localize(datetime(2027, 5, 1, 9, tzinfo=UTC), STOCKHOLM)


def test_localize_keeps_an_ordinary_wall_clock_time() -> None:
    local = localize(datetime(2027, 1, 20, 9, 0), LOS_ANGELES)
    assert local.tzinfo == ZoneInfo(LOS_ANGELES)
    assert local.astimezone(UTC) == datetime(2027, 1, 20, 17, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "name", ["Europe/Västerås", "Mars/Olympus_Mons", "", " Europe/Stockholm", "../etc/passwd"]
)
def test_unknown_zone_names_are_rejected_on_the_time_zone_field(name: str) -> None:
    with pytest.raises(ValidationError) as caught:
        zone(name)
    assert caught.value.field == "time_zone"
    assert "unknown time zone" in caught.value.message
    assert not is_valid_zone(name)


def test_localize_rejects_an_unknown_zone_on_the_time_zone_field() -> None:
    with pytest.raises(ValidationError) as caught:
        localize(datetime(2027, 5, 1, 9), "Europe/Vasteras")
    assert caught.value.field == "time_zone"


@pytest.mark.parametrize("name", [STOCKHOLM, LOS_ANGELES, "UTC", "Asia/Tokyo"])
def test_known_zone_names_are_accepted(name: str) -> None:
    assert is_valid_zone(name)
    assert zone(name) == ZoneInfo(name)


def test_shift_forward_moves_a_gap_time_by_the_length_of_the_gap() -> None:
    tz = ZoneInfo(STOCKHOLM)
    moved = shift_forward_if_missing(datetime(2027, 3, 28, 2, 30, tzinfo=tz))
    assert moved.replace(tzinfo=None) == datetime(2027, 3, 28, 3, 30)
    assert moved.utcoffset() == timedelta(hours=2)

    la = ZoneInfo(LOS_ANGELES)
    moved = shift_forward_if_missing(datetime(2027, 3, 14, 2, 15, tzinfo=la))
    assert moved.replace(tzinfo=None) == datetime(2027, 3, 14, 3, 15)


def test_shift_forward_leaves_existing_and_ambiguous_times_alone() -> None:
    tz = ZoneInfo(STOCKHOLM)
    ordinary = datetime(2027, 3, 28, 3, 30, tzinfo=tz)
    assert shift_forward_if_missing(ordinary) is ordinary
    ambiguous = datetime(2027, 10, 31, 2, 30, tzinfo=tz)
    assert shift_forward_if_missing(ambiguous) is ambiguous


def test_ensure_aware_refuses_naive_times_and_names_the_field() -> None:
    with pytest.raises(ValidationError) as caught:
        ensure_aware(datetime(2027, 5, 1, 9), "from")
    assert caught.value.field == "from"
    aware = datetime(2027, 5, 1, 9, tzinfo=UTC)
    assert ensure_aware(aware, "from") is aware


def test_to_utc_keeps_the_instant() -> None:
    local = datetime(2027, 6, 1, 9, tzinfo=ZoneInfo(STOCKHOLM))
    assert to_utc(local) == datetime(2027, 6, 1, 7, tzinfo=UTC)
    assert to_utc(local).tzinfo is UTC


def test_day_bounds_of_the_short_and_the_long_day() -> None:
    start, end = day_bounds(date(2027, 3, 28), date(2027, 3, 28), STOCKHOLM)
    assert start == datetime(2027, 3, 27, 23, tzinfo=UTC)
    assert end - start == timedelta(hours=23)

    start, end = day_bounds(date(2027, 10, 31), date(2027, 10, 31), STOCKHOLM)
    assert start == datetime(2027, 10, 30, 22, tzinfo=UTC)
    assert end - start == timedelta(hours=25)


def test_day_bounds_cover_several_days_in_the_zone_asked_for() -> None:
    start, end = day_bounds(date(2027, 1, 18), date(2027, 1, 20), LOS_ANGELES)
    assert start == datetime(2027, 1, 18, 8, tzinfo=UTC)
    assert end == datetime(2027, 1, 21, 8, tzinfo=UTC)


def test_day_start_where_midnight_is_skipped_is_the_first_instant_that_exists() -> None:
    # Santiago de Chile moves its clocks forward at midnight (00:00 -> 01:00).
    tz = "America/Santiago"
    skipped = next(
        day
        for day in (date(2027, 8, 1) + timedelta(days=n) for n in range(120))
        if day_start(day, tz).hour == 1
    )
    first = day_start(skipped, tz)
    assert first.replace(tzinfo=None) == datetime(skipped.year, skipped.month, skipped.day, 1)
    before = first.astimezone(UTC) - timedelta(seconds=1)
    assert before.astimezone(ZoneInfo(tz)).date() == skipped - timedelta(days=1)
