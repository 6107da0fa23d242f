"""Where a dragged event lands: by days, to a new start, to a new end, and whole series."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from eventplanner.domain.enums import BusyStatus, EventKind, EventStatus
from eventplanner.domain.errors import ValidationError
from eventplanner.domain.model import Event, EventDraft, OccurrenceChange
from eventplanner.domain.moves import (
    ending_at,
    moved_by_days,
    moved_to,
    real_length,
    snapped,
    wall_clock,
)
from eventplanner.domain.recurrence import Recurrence, recurrence_ids
from eventplanner.domain.series import moved_rule, occurrence_moved, series_moved
from eventplanner.domain.timing import AllDaySpan, TimedSpan, Timing
from eventplanner.domain.validation import event_problems

STOCKHOLM = ZoneInfo("Europe/Stockholm")
TOKYO = ZoneInfo("Asia/Tokyo")


def sto(*args: int) -> datetime:
    return datetime(*args, tzinfo=STOCKHOLM)  # type: ignore[misc]


def seminar(start: datetime, minutes: int = 60) -> TimedSpan:
    return TimedSpan(start, start + timedelta(minutes=minutes), "Europe/Stockholm")


# --- by days (the month view, the all-day row) ---------------------------------------------------


def test_moved_over_the_spring_change_a_9_oclock_seminar_still_starts_at_9() -> None:
    # Friday 26 March 2027 is winter time (+01:00); Monday 29 March summer time (+02:00).
    before = seminar(sto(2027, 3, 26, 9), 90)
    after = moved_by_days(before, 3)
    assert isinstance(after, TimedSpan)
    assert after.start.replace(tzinfo=None) == datetime(2027, 3, 29, 9)
    assert after.end.replace(tzinfo=None) == datetime(2027, 3, 29, 10, 30)
    assert after.start.utcoffset() == timedelta(hours=2)
    assert after.start.astimezone(UTC) == datetime(2027, 3, 29, 7, tzinfo=UTC)
    assert moved_by_days(after, -3) == before


def test_moved_over_the_autumn_change_it_keeps_its_clock_time_too() -> None:
    before = seminar(sto(2027, 10, 29, 9))  # Friday, summer time
    after = moved_by_days(before, 7)
    assert isinstance(after, TimedSpan)
    assert after.start.replace(tzinfo=None) == datetime(2027, 11, 5, 9)
    assert after.start.utcoffset() == timedelta(hours=1)


def test_an_overnight_event_moved_off_the_short_night_lasts_as_long_in_real_time() -> None:
    # 22:00 Saturday to 06:00 Sunday on the night the clocks go forward: seven real hours.
    short_night = TimedSpan(sto(2027, 3, 27, 22), sto(2027, 3, 28, 6))
    after = moved_by_days(short_night, 7)
    assert isinstance(after, TimedSpan)
    assert real_length(after) == timedelta(hours=7)
    assert after.start.replace(tzinfo=None) == datetime(2027, 4, 3, 22)
    assert after.end.replace(tzinfo=None) == datetime(2027, 4, 4, 5)


def test_a_start_moved_into_the_spring_gap_is_refused_by_the_stated_rule() -> None:
    with pytest.raises(ValidationError, match="does not exist in Europe/Stockholm") as caught:
        moved_by_days(seminar(sto(2027, 3, 27, 2, 30)), 1)
    assert caught.value.field == "start"


def test_a_start_moved_into_the_autumn_overlap_is_the_first_of_the_two() -> None:
    after = moved_by_days(seminar(sto(2027, 10, 30, 2, 30)), 1)
    assert isinstance(after, TimedSpan)
    assert after.start.replace(tzinfo=None) == datetime(2027, 10, 31, 2, 30)
    assert after.start.utcoffset() == timedelta(hours=2)  # still summer time
    assert real_length(after) == timedelta(hours=1)


def test_an_all_day_fair_keeps_its_number_of_days() -> None:
    fair = AllDaySpan(date(2027, 3, 16), date(2027, 3, 18))
    assert moved_by_days(fair, 7) == AllDaySpan(date(2027, 3, 23), date(2027, 3, 25))
    assert moved_by_days(fair, -16) == AllDaySpan(date(2027, 2, 28), date(2027, 3, 2))


def test_an_event_in_tokyo_keeps_its_tokyo_clock_time() -> None:
    start = datetime(2027, 3, 26, 17, tzinfo=TOKYO)
    meeting = TimedSpan(start, start + timedelta(hours=1), "Asia/Tokyo")
    after = moved_by_days(meeting, 3)
    assert isinstance(after, TimedSpan)
    assert after.time_zone == "Asia/Tokyo"
    assert after.start == datetime(2027, 3, 29, 17, tzinfo=TOKYO)


# --- to a new start and a new end (the week view) ------------------------------------------------


def test_moved_to_a_wall_clock_time_of_the_display_zone() -> None:
    before = seminar(sto(2027, 3, 26, 9), 45)
    after = moved_to(before, datetime(2027, 3, 29, 10, 15), "Europe/Stockholm")
    assert after.start == sto(2027, 3, 29, 10, 15)
    assert after.end == sto(2027, 3, 29, 11)


def test_an_event_elsewhere_lands_where_it_was_dropped_and_stays_in_its_own_zone() -> None:
    start = datetime(2027, 5, 4, 17, tzinfo=TOKYO)  # 10:00 in Stockholm
    meeting = TimedSpan(start, start + timedelta(hours=1), "Asia/Tokyo")
    after = moved_to(meeting, datetime(2027, 5, 4, 11), "Europe/Stockholm")
    assert after.time_zone == "Asia/Tokyo"
    assert after.start.replace(tzinfo=None) == datetime(2027, 5, 4, 18)
    assert after.start == sto(2027, 5, 4, 11)


def test_a_drop_into_the_gap_is_refused() -> None:
    with pytest.raises(ValidationError, match="2027-03-28 02:30 does not exist"):
        moved_to(seminar(sto(2027, 3, 28, 9)), datetime(2027, 3, 28, 2, 30), "Europe/Stockholm")


def test_a_new_end_is_kept_at_least_a_quarter_after_the_start() -> None:
    before = seminar(sto(2027, 5, 4, 9))
    assert ending_at(before, datetime(2027, 5, 4, 11, 30), "Europe/Stockholm").end == sto(
        2027, 5, 4, 11, 30
    )
    shortest = ending_at(before, datetime(2027, 5, 4, 8), "Europe/Stockholm")
    assert shortest.start == before.start
    assert shortest.end == sto(2027, 5, 4, 9, 15)


def test_a_new_end_at_midnight_is_the_next_day() -> None:
    before = seminar(sto(2027, 5, 4, 22))
    after = ending_at(before, wall_clock(date(2027, 5, 4), 24 * 60), "Europe/Stockholm")
    assert after.end == sto(2027, 5, 5, 0)


def test_a_new_end_in_the_gap_is_refused() -> None:
    before = seminar(sto(2027, 3, 28, 1))
    with pytest.raises(ValidationError) as caught:
        ending_at(before, datetime(2027, 3, 28, 2, 15), "Europe/Stockholm")
    assert caught.value.field == "end"


def test_times_snap_to_the_nearest_quarter() -> None:
    assert snapped(datetime(2027, 5, 4, 10, 7)) == datetime(2027, 5, 4, 10, 0)
    assert snapped(datetime(2027, 5, 4, 10, 8)) == datetime(2027, 5, 4, 10, 15)
    assert snapped(datetime(2027, 5, 4, 23, 58)) == datetime(2027, 5, 5, 0, 0)
    assert wall_clock(date(2027, 5, 4), 615.5) == datetime(2027, 5, 4, 10, 15, 30)


# --- series --------------------------------------------------------------------------------------


def series(timing: Timing, rule: str, *, exdates: tuple[object, ...] = (), changes=()) -> Event:  # type: ignore[no-untyped-def]
    now = datetime(2027, 1, 1, tzinfo=UTC)
    return Event(
        id=7, uid="7@test", title="Intraprenörskap", timing=timing, kind=EventKind.COURSE,
        status=EventStatus.PLANNED, description="", venue_id=None, venue_name=None,
        online_url="", project_id=None, project_name=None, organiser_id=None,
        organiser_name=None, tags=(), capacity=None, web_page="", busy_status=BusyStatus.BUSY,
        busy_status_is_default=True, reminder_minutes=None,
        recurrence=Recurrence(rule, exdates),  # type: ignore[arg-type]
        notes="", sequence=0, version=1, created_at=now, modified_at=now, changes=changes,
    )  # fmt: skip


def test_one_occurrence_moved_keeps_its_other_changes() -> None:
    guest = OccurrenceChange(datetime(2027, 2, 11, 13), title="Gästföreläsning")
    course = series(seminar(sto(2027, 2, 4, 13), 180), "FREQ=WEEKLY;BYDAY=TH;COUNT=8",
                    changes=(guest,))  # fmt: skip
    moved = seminar(sto(2027, 2, 12, 9), 180)
    change = occurrence_moved(course, datetime(2027, 2, 11, 13), moved)
    assert change == OccurrenceChange(
        datetime(2027, 2, 11, 13), title="Gästföreläsning", timing=moved
    )


def test_one_occurrence_moved_back_where_the_series_puts_it_has_no_timing_of_its_own() -> None:
    course = series(seminar(sto(2027, 2, 4, 13), 180), "FREQ=WEEKLY;BYDAY=TH;COUNT=8")
    back = seminar(sto(2027, 2, 11, 13), 180)
    assert occurrence_moved(course, datetime(2027, 2, 11, 13), back).timing is None


def test_a_weekly_series_moved_a_day_and_an_hour_moves_its_weekday_end_and_exdates() -> None:
    course = series(
        seminar(sto(2027, 2, 4, 13), 180),
        "FREQ=WEEKLY;BYDAY=TH;UNTIL=20270401T215959Z",
        exdates=(datetime(2027, 2, 18, 13),),
    )
    before = seminar(sto(2027, 2, 11, 13), 180)
    after = seminar(sto(2027, 2, 12, 14), 180)
    draft = series_moved(course, datetime(2027, 2, 11, 13), before, after)
    assert draft.timing == seminar(sto(2027, 2, 5, 14), 180)
    assert draft.recurrence == Recurrence(
        "FREQ=WEEKLY;BYDAY=FR;UNTIL=20270402T225959Z", (datetime(2027, 2, 19, 14),)
    )
    assert event_problems(draft) == []


def test_a_series_made_longer_by_one_occurrence_grows_by_as_much() -> None:
    course = series(seminar(sto(2027, 2, 4, 13), 180), "FREQ=WEEKLY;COUNT=8")
    before = seminar(sto(2027, 2, 11, 13), 180)
    after = seminar(sto(2027, 2, 11, 13), 240)
    draft = series_moved(course, datetime(2027, 2, 11, 13), before, after)
    assert draft.timing == seminar(sto(2027, 2, 4, 13), 240)
    assert draft.recurrence == course.recurrence


def test_a_second_tuesday_moved_a_day_becomes_a_second_wednesday() -> None:
    meeting = series(seminar(sto(2027, 1, 12, 8)), "FREQ=MONTHLY;BYDAY=2TU;COUNT=10")
    draft = series_moved(
        meeting, datetime(2027, 3, 9, 8), seminar(sto(2027, 3, 9, 8)), seminar(sto(2027, 3, 10, 8))
    )
    assert draft.timing == seminar(sto(2027, 1, 13, 8))
    assert draft.recurrence is not None and draft.recurrence.rule == (
        "FREQ=MONTHLY;BYDAY=2WE;COUNT=10"
    )
    assert event_problems(draft) == []


def test_an_all_day_series_moves_by_days() -> None:
    fair = series(AllDaySpan(date(2027, 3, 16), date(2027, 3, 17)), "FREQ=YEARLY;COUNT=3",
                  exdates=(date(2028, 3, 16),))  # fmt: skip
    before = AllDaySpan(date(2027, 3, 16), date(2027, 3, 17))
    draft = series_moved(fair, date(2027, 3, 16), before, moved_by_days(before, 2))
    assert draft.timing == AllDaySpan(date(2027, 3, 18), date(2027, 3, 19))
    assert draft.recurrence == Recurrence("FREQ=YEARLY;COUNT=3", (date(2028, 3, 18),))


def test_a_series_moved_across_the_spring_change_keeps_its_clock_time() -> None:
    course = series(seminar(sto(2027, 3, 22, 9)), "FREQ=DAILY;COUNT=14")
    draft = series_moved(
        course,
        datetime(2027, 3, 26, 9),
        seminar(sto(2027, 3, 26, 9)),
        seminar(sto(2027, 3, 26, 10)),
    )
    assert isinstance(draft.timing, TimedSpan)
    assert draft.timing.start == sto(2027, 3, 22, 10)


def test_the_until_of_a_date_rule_moves_by_whole_days() -> None:
    rule = "FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20270331"
    moved = moved_rule(
        rule, date(2027, 3, 1), date(2027, 3, 2), timedelta(days=1, hours=2), "Europe/Stockholm"
    )
    assert moved == "FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20270401"


def test_a_draft_moved_whole_still_validates_as_the_editor_would() -> None:
    course = series(seminar(sto(2027, 2, 4, 13), 180), "FREQ=WEEKLY;BYDAY=TH;COUNT=8")
    draft = series_moved(
        course,
        datetime(2027, 2, 11, 13),
        seminar(sto(2027, 2, 11, 13), 180),
        seminar(sto(2027, 2, 9, 13), 180),
    )
    assert isinstance(draft, EventDraft)
    assert replace(draft, recurrence=None).timing == seminar(sto(2027, 2, 2, 13), 180)
    assert draft.recurrence is not None and draft.recurrence.rule.startswith("FREQ=WEEKLY;BYDAY=TU")
    assert event_problems(draft) == []


def test_a_series_moved_a_week_across_the_autumn_change_keeps_its_last_occurrence() -> None:
    # Mondays at 18:00 ending 25 October, summer time (16:00 UTC); clocks go back on the 31st.
    # A week later it ends 1 November at 18:00 winter time: 17:00 UTC, not 16:00.
    course = series(seminar(sto(2027, 10, 4, 18), 120), "FREQ=WEEKLY;UNTIL=20271025T160000Z")
    before = seminar(sto(2027, 10, 4, 18), 120)
    draft = series_moved(course, datetime(2027, 10, 4, 18), before, moved_by_days(before, 7))
    assert draft.recurrence == Recurrence("FREQ=WEEKLY;UNTIL=20271101T170000Z")
    assert isinstance(draft.timing, TimedSpan)
    assert list(recurrence_ids(draft.recurrence.rule, draft.timing.start, "Europe/Stockholm")) == [
        datetime(2027, 10, 11, 18),
        datetime(2027, 10, 18, 18),
        datetime(2027, 10, 25, 18),
        datetime(2027, 11, 1, 18),
    ]
    # And back: the spring the other way round, an hour earlier in UTC.
    spring = moved_rule("FREQ=DAILY;UNTIL=20270327T080000Z", date(2027, 3, 20), date(2027, 3, 21),
                        timedelta(days=1), "Europe/Stockholm")  # fmt: skip
    assert spring == "FREQ=DAILY;UNTIL=20270328T070000Z"


# Mondays 18:00-20:00 from 1 March; the 22 March session was moved on its own to Tuesday 23.
MONDAYS_22 = datetime(2027, 3, 22, 18)
ON_TUESDAY = seminar(sto(2027, 3, 23, 18), 120)


def test_a_session_moved_on_its_own_takes_the_series_to_where_it_was_dropped() -> None:
    course = series(seminar(sto(2027, 3, 1, 18), 120), "FREQ=WEEKLY;COUNT=8",
                    changes=(OccurrenceChange(MONDAYS_22, timing=ON_TUESDAY),))  # fmt: skip
    # Dragged from Tuesday 23 to Wednesday 24: two days from its place in the series.
    draft = series_moved(course, MONDAYS_22, ON_TUESDAY, moved_by_days(ON_TUESDAY, 1))
    assert draft.timing == seminar(sto(2027, 3, 3, 18), 120)
    assert draft.recurrence == Recurrence("FREQ=WEEKLY;COUNT=8")
    # In the week view to Tuesday at 19:00: the series goes to Tuesdays at 19:00.
    draft = series_moved(course, MONDAYS_22, ON_TUESDAY, seminar(sto(2027, 3, 23, 19), 120))
    assert draft.timing == seminar(sto(2027, 3, 2, 19), 120)


def test_a_new_end_for_a_session_moved_on_its_own_moves_no_session() -> None:
    course = series(seminar(sto(2027, 3, 1, 18), 120), "FREQ=WEEKLY;BYDAY=MO;COUNT=8",
                    changes=(OccurrenceChange(MONDAYS_22, timing=ON_TUESDAY),))  # fmt: skip
    longer = seminar(sto(2027, 3, 23, 18), 180)
    draft = series_moved(course, MONDAYS_22, ON_TUESDAY, longer)
    assert draft.timing == seminar(sto(2027, 3, 1, 18), 180)
    assert draft.recurrence == Recurrence("FREQ=WEEKLY;BYDAY=MO;COUNT=8")
