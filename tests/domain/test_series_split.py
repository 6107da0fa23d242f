"""A series cut in two at one occurrence ("this and following"): the RRULE arithmetic, and
what each part keeps of the skipped dates and changed occurrences."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from itertools import islice
from zoneinfo import ZoneInfo

import pytest

from eventplanner.domain.enums import BusyStatus, EventKind, EventStatus
from eventplanner.domain.errors import ValidationError
from eventplanner.domain.model import Event, OccurrenceChange
from eventplanner.domain.recurrence import (
    Recurrence,
    RecurrenceId,
    normalize_rule,
    recurrence_ids,
    rule_ending_before,
    rule_from,
)
from eventplanner.domain.series import (
    Drop,
    carried_changes,
    following_moved,
    moved_recurrence_id,
    occurrence_timing,
    series_moved,
    split_draft,
    split_series,
)
from eventplanner.domain.timing import AllDaySpan, TimedSpan, Timing

STOCKHOLM = "Europe/Stockholm"
LOS_ANGELES = "America/Los_Angeles"
STO = ZoneInfo(STOCKHOLM)
LA = ZoneInfo(LOS_ANGELES)


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=STO)  # type: ignore[misc]


def ids(
    rule: str, first: date | datetime, time_zone: str = STOCKHOLM, n: int = 400
) -> list[RecurrenceId]:
    return list(islice(recurrence_ids(rule, first, time_zone), n))


def key_of(first: date | datetime) -> RecurrenceId:
    return first.replace(tzinfo=None) if isinstance(first, datetime) else first


def parts_are_whole(rule: str, first: date | datetime, time_zone: str, split: RecurrenceId) -> None:
    """The cut rule gives exactly what comes before ``split``, the rule from ``split`` on
    exactly the rest: together, the whole series and nothing else."""
    whole = ids(rule, first, time_zone)
    earlier_rule = rule_ending_before(rule, first, time_zone, split)
    assert earlier_rule is not None
    assert "COUNT" not in earlier_rule and "UNTIL=" in earlier_rule
    later_first = (
        split.replace(tzinfo=ZoneInfo(time_zone)) if isinstance(split, datetime) else split
    )
    earlier = ids(earlier_rule, first, time_zone)
    later = ids(rule_from(rule, first, time_zone, split), later_first, time_zone)
    assert earlier == [k for k in whole if k < split]
    assert (earlier + later)[: len(whole)] == whole
    if "COUNT" in rule or "UNTIL" in rule:
        assert earlier + later == whole
    # Canonical: normalising changes nothing.
    all_day = not isinstance(first, datetime)
    assert normalize_rule(earlier_rule, all_day=all_day, time_zone=time_zone) == earlier_rule


# -- the rule arithmetic --------------------------------------------------------------------


def test_a_weekly_count_series_cut_across_the_spring_clock_change() -> None:
    # Nine o'clock on Mondays from 15 March; Stockholm moves to summer time on 28 March.
    first = at(2027, 3, 15, 9)
    rule = "FREQ=WEEKLY;COUNT=6"
    split = datetime(2027, 4, 5, 9)
    earlier = rule_ending_before(rule, first, STOCKHOLM, split)
    # The last one kept, 29 March 09:00 summer time, is 07:00 UTC.
    assert earlier == "FREQ=WEEKLY;UNTIL=20270329T070000Z"
    assert ids(earlier, first) == [datetime(2027, 3, d, 9) for d in (15, 22, 29)]
    later = rule_from(rule, first, STOCKHOLM, split)
    assert later == "FREQ=WEEKLY;COUNT=3"
    assert ids(later, at(2027, 4, 5, 9)) == [datetime(2027, 4, d, 9) for d in (5, 12, 19)]
    # Cut at the first Monday of summer time, the end is 08:00 UTC on the last winter one.
    assert rule_ending_before(rule, first, STOCKHOLM, datetime(2027, 3, 29, 9)) == (
        "FREQ=WEEKLY;UNTIL=20270322T080000Z"
    )


def test_a_weekly_series_cut_after_the_autumn_clock_change_keeps_its_local_hour() -> None:
    first = at(2027, 10, 11, 18)
    rule = "FREQ=WEEKLY;UNTIL=20271206T170000Z"
    split = datetime(2027, 11, 1, 18)  # the first Monday of winter time
    earlier = rule_ending_before(rule, first, STOCKHOLM, split)
    assert earlier == "FREQ=WEEKLY;UNTIL=20271025T160000Z"  # 18:00 summer time
    assert rule_from(rule, first, STOCKHOLM, split) == rule  # an end date stays
    parts_are_whole(rule, first, STOCKHOLM, split)


def test_an_all_day_series_ends_on_the_day_of_the_last_occurrence_kept() -> None:
    first = date(2027, 3, 1)
    rule = "FREQ=WEEKLY;COUNT=5"
    earlier = rule_ending_before(rule, first, STOCKHOLM, date(2027, 3, 15))
    assert earlier == "FREQ=WEEKLY;UNTIL=20270308"
    assert ids(earlier, first) == [date(2027, 3, 1), date(2027, 3, 8)]
    assert rule_from(rule, first, STOCKHOLM, date(2027, 3, 15)) == "FREQ=WEEKLY;COUNT=3"
    parts_are_whole(rule, first, STOCKHOLM, date(2027, 3, 15))


def test_the_first_occurrence_leaves_nothing_before_it() -> None:
    first = at(2027, 3, 1, 18)
    assert rule_ending_before("FREQ=WEEKLY;COUNT=8", first, STOCKHOLM, key_of(first)) is None
    assert rule_from("FREQ=WEEKLY;COUNT=8", first, STOCKHOLM, key_of(first)) == (
        "FREQ=WEEKLY;COUNT=8"
    )


def test_an_endless_series_begun_long_ago_is_cut_where_asked() -> None:
    # More occurrences before the split than any expansion limit.
    first = date(2001, 1, 1)
    earlier = rule_ending_before("FREQ=DAILY", first, STOCKHOLM, date(2027, 1, 1))
    assert earlier == "FREQ=DAILY;UNTIL=20261231"
    assert rule_from("FREQ=DAILY", first, STOCKHOLM, date(2027, 1, 1)) == "FREQ=DAILY"


def test_an_occurrence_in_the_spring_gap_is_kept_by_its_own_instant() -> None:
    # 02:30 does not exist on 28 March; that occurrence starts at 03:30 (01:30 UTC).
    first = at(2027, 3, 26, 2, 30)
    earlier = rule_ending_before(
        "FREQ=DAILY;COUNT=6", first, STOCKHOLM, datetime(2027, 3, 29, 2, 30)
    )
    assert earlier == "FREQ=DAILY;UNTIL=20270328T013000Z"
    assert ids(earlier, first)[-1] == datetime(2027, 3, 28, 2, 30)
    assert rule_from("FREQ=DAILY;COUNT=6", first, STOCKHOLM, datetime(2027, 3, 29, 2, 30)) == (
        "FREQ=DAILY;COUNT=3"
    )


RULES = [
    ("FREQ=WEEKLY;COUNT=12", at(2027, 3, 1, 18), STOCKHOLM),
    ("FREQ=WEEKLY;BYDAY=MO,WE;COUNT=9", at(2027, 3, 22, 9), STOCKHOLM),
    ("FREQ=WEEKLY;BYDAY=TH,TU;INTERVAL=2;COUNT=10", at(2027, 10, 5, 8, 30), STOCKHOLM),
    ("FREQ=MONTHLY;BYDAY=-1FR;COUNT=7", at(2027, 1, 29, 13), STOCKHOLM),
    ("FREQ=MONTHLY;BYMONTHDAY=31;COUNT=6", date(2027, 1, 31), STOCKHOLM),
    ("FREQ=DAILY;INTERVAL=3;UNTIL=20270420T160000Z", at(2027, 3, 20, 18), STOCKHOLM),
    ("FREQ=WEEKLY;UNTIL=20271129", date(2027, 10, 4), STOCKHOLM),
    ("FREQ=YEARLY", date(2024, 2, 29), STOCKHOLM),
    ("FREQ=WEEKLY", datetime(2027, 3, 2, 8, tzinfo=LA), LOS_ANGELES),
    ("FREQ=WEEKLY;COUNT=8", datetime(2027, 10, 26, 17, tzinfo=LA), LOS_ANGELES),
]


@pytest.mark.parametrize(("rule", "first", "time_zone"), RULES)
def test_cutting_anywhere_keeps_every_occurrence_on_exactly_one_side(
    rule: str, first: date | datetime, time_zone: str
) -> None:
    every = ids(rule, first, time_zone, n=12)
    for split in every[1:]:
        parts_are_whole(rule, first, time_zone, split)


# -- moving occurrences with a moved start --------------------------------------------------


def test_moved_recurrence_ids_follow_the_start_as_the_editor_moves_skipped_dates() -> None:
    old, new = datetime(2027, 3, 15, 18), datetime(2027, 3, 16, 17)
    assert moved_recurrence_id(datetime(2027, 3, 29, 18), old, new) == datetime(2027, 3, 30, 17)
    # Between all-day and timed: the day moves, the time is the new start's.
    assert moved_recurrence_id(date(2027, 3, 29), date(2027, 3, 15), new) == (
        datetime(2027, 3, 30, 17)
    )
    assert moved_recurrence_id(datetime(2027, 3, 29, 18), old, date(2027, 3, 17)) == (
        date(2027, 3, 31)
    )
    assert moved_recurrence_id(date(2027, 3, 29), date(2027, 3, 15), date(2027, 3, 15)) == (
        date(2027, 3, 29)
    )


# -- what each part keeps -------------------------------------------------------------------


def series(
    timing: Timing,
    rule: str,
    *,
    exdates: tuple[RecurrenceId, ...] = (),
    changes: tuple[OccurrenceChange, ...] = (),
) -> Event:
    return Event(
        id=7, uid="7@test", title="Intraprenörskap", timing=timing, kind=EventKind.COURSE,
        status=EventStatus.CONFIRMED, description="Kvällskurs", venue_id=3,
        venue_name="Västerås Science Park", online_url="", project_id=None, project_name=None,
        organiser_id=None, organiser_name=None, tags=("Kurs",), capacity=24, web_page="",
        busy_status=BusyStatus.BUSY, busy_status_is_default=True, reminder_minutes=60,
        recurrence=Recurrence(rule, exdates), notes="", sequence=4, version=9,
        created_at=datetime(2026, 12, 1, tzinfo=UTC), modified_at=datetime(2026, 12, 2, tzinfo=UTC),
        changes=changes,
    )  # fmt: skip


COURSE_TIMING = TimedSpan(at(2027, 3, 1, 18), at(2027, 3, 1, 20), STOCKHOLM)
MONDAYS = [datetime(2027, 3, d, 18) for d in (1, 8, 15, 22, 29)] + [
    datetime(2027, 4, d, 18) for d in (5, 12, 19)
]
GUEST = OccurrenceChange(datetime(2027, 3, 8, 18), title="Gästföreläsning")
CANCELLED = OccurrenceChange(datetime(2027, 3, 29, 18), cancelled=True)
RETITLED = OccurrenceChange(datetime(2027, 4, 5, 18), title="Studiebesök")
MOVED = OccurrenceChange(
    datetime(2027, 4, 12, 18), timing=TimedSpan(at(2027, 4, 14, 9), at(2027, 4, 14, 11), STOCKHOLM)
)


def course(**kw: object) -> Event:
    return series(COURSE_TIMING, "FREQ=WEEKLY;COUNT=8", **kw)  # type: ignore[arg-type]


def test_split_draft_is_the_series_from_that_occurrence_with_what_is_left() -> None:
    event = course(exdates=(MONDAYS[1], MONDAYS[6]), changes=(GUEST, MOVED))
    draft = split_draft(event, MONDAYS[3])
    assert draft.timing == occurrence_timing(COURSE_TIMING, MONDAYS[3])
    assert draft.timing == TimedSpan(at(2027, 3, 22, 18), at(2027, 3, 22, 20), STOCKHOLM)
    # Three of eight came before (the skipped one counts, as RFC 5545 counts).
    assert draft.recurrence == Recurrence("FREQ=WEEKLY;COUNT=5", (MONDAYS[6],))
    assert replace(draft, timing=event.timing, recurrence=event.recurrence) == event.draft()


def test_split_draft_starts_at_the_original_time_of_a_moved_occurrence() -> None:
    event = course(changes=(MOVED,))
    assert split_draft(event, MOVED.recurrence_id).timing == occurrence_timing(
        COURSE_TIMING, MOVED.recurrence_id
    )


@pytest.mark.parametrize(
    "key",
    [datetime(2027, 3, 2, 18), datetime(2027, 4, 26, 18), date(2027, 3, 8), MONDAYS[1]],
    ids=["not on the rule", "after the end", "a date", "skipped"],
)
def test_only_an_occurrence_can_be_split_at(key: RecurrenceId) -> None:
    event = course(exdates=(MONDAYS[1],))
    for attempt in (
        lambda: split_draft(event, key),
        lambda: split_series(event, key, event.draft()),
    ):
        with pytest.raises(ValidationError) as caught:
            attempt()
        assert caught.value.field == "recurrence_id"
        assert "Intraprenörskap" in caught.value.message


def test_a_single_event_cannot_be_split() -> None:
    single = replace(course(), recurrence=None)
    with pytest.raises(ValidationError, match="not a series"):
        split_draft(single, MONDAYS[0])


def test_the_earlier_part_keeps_what_came_before_and_the_later_takes_the_rest() -> None:
    event = course(exdates=(MONDAYS[1], MONDAYS[7]), changes=(GUEST, CANCELLED, RETITLED, MOVED))
    later = replace(split_draft(event, MONDAYS[4]), title="Intraprenörskap, del 2")
    plan = split_series(event, MONDAYS[4], later)
    assert plan.earlier is not None
    assert plan.earlier == replace(
        event.draft(),
        recurrence=Recurrence("FREQ=WEEKLY;UNTIL=20270322T170000Z", (MONDAYS[1],)),
    )
    assert plan.earlier_changes == (GUEST,)
    assert plan.later == later
    # Same start: every change from the split on goes along as it was.
    assert plan.later_changes == (CANCELLED, RETITLED, MOVED)


def test_changes_follow_a_later_part_moved_to_another_hour_and_day() -> None:
    event = course(changes=(CANCELLED, RETITLED, MOVED))
    draft = split_draft(event, MONDAYS[4])
    later = replace(
        draft, timing=TimedSpan(at(2027, 3, 30, 17), at(2027, 3, 30, 19), STOCKHOLM)
    )  # Tuesdays at 17:00 from 30 March
    plan = split_series(event, MONDAYS[4], later)
    assert plan.later_changes == (
        replace(CANCELLED, recurrence_id=datetime(2027, 3, 30, 17)),
        replace(RETITLED, recurrence_id=datetime(2027, 4, 6, 17)),
        # Moved to Wednesday 14 April at 09:00, and still there.
        replace(MOVED, recurrence_id=datetime(2027, 4, 13, 17)),
    )


def test_changes_the_new_rule_no_longer_has_are_dropped() -> None:
    event = course(changes=(CANCELLED, RETITLED, MOVED))
    every_other = replace(
        split_draft(event, MONDAYS[4]), recurrence=Recurrence("FREQ=WEEKLY;INTERVAL=2;COUNT=2")
    )
    plan = split_series(event, MONDAYS[4], every_other)
    assert plan.later_changes == (CANCELLED, MOVED)  # 29 March and 12 April are left
    assert carried_changes(event, MONDAYS[4], every_other) == (CANCELLED, MOVED)


def test_changes_on_skipped_dates_or_without_a_series_are_dropped() -> None:
    event = course(changes=(CANCELLED, RETITLED))
    draft = split_draft(event, MONDAYS[4])
    skipping = replace(draft, recurrence=Recurrence("FREQ=WEEKLY;COUNT=4", (MONDAYS[5],)))
    assert carried_changes(event, MONDAYS[4], skipping) == (CANCELLED,)
    one_off = replace(draft, recurrence=None)
    assert split_series(event, MONDAYS[4], one_off).later_changes == ()


def test_a_moved_occurrence_cannot_follow_a_switch_to_all_day() -> None:
    event = course(changes=(CANCELLED, MOVED))
    whole_days = replace(
        split_draft(event, MONDAYS[4]), timing=AllDaySpan(date(2027, 3, 29), date(2027, 3, 29))
    )
    assert carried_changes(event, MONDAYS[4], whole_days) == (
        replace(CANCELLED, recurrence_id=date(2027, 3, 29)),
    )


def test_a_moved_occurrence_is_shown_in_the_later_parts_zone() -> None:
    event = course(changes=(MOVED,))
    la_timing = TimedSpan(
        datetime(2027, 3, 29, 9, tzinfo=LA), datetime(2027, 3, 29, 11, tzinfo=LA), LOS_ANGELES
    )
    later = replace(split_draft(event, MONDAYS[4]), timing=la_timing)
    (carried,) = carried_changes(event, MONDAYS[4], later)
    assert carried.recurrence_id == datetime(2027, 4, 12, 9)
    assert carried.timing is not None and carried.timing.time_zone == LOS_ANGELES
    assert carried.timing.utc_bounds() == MOVED.timing.utc_bounds()  # type: ignore[union-attr]


def test_at_the_first_occurrence_the_whole_series_is_edited() -> None:
    event = course(changes=(GUEST, CANCELLED))
    later = replace(split_draft(event, MONDAYS[0]), title="Nytt namn")
    assert later.recurrence == event.recurrence
    plan = split_series(event, MONDAYS[0], later)
    assert plan.earlier is None and plan.earlier_changes == ()
    assert plan.later_changes == (GUEST, CANCELLED)


def test_when_every_earlier_occurrence_was_skipped_nothing_is_left_before() -> None:
    event = course(exdates=(MONDAYS[0], MONDAYS[1]))
    plan = split_series(event, MONDAYS[2], split_draft(event, MONDAYS[2]))
    assert plan.earlier is None
    assert plan.later.recurrence == Recurrence("FREQ=WEEKLY;COUNT=6")


def test_an_all_day_series_is_split_by_days() -> None:
    first = AllDaySpan(date(2027, 1, 14), date(2027, 1, 15), STOCKHOLM)
    skipped = (date(2027, 4, 14),)
    changed = OccurrenceChange(
        date(2027, 5, 14), timing=AllDaySpan(date(2027, 5, 17), date(2027, 5, 18), STOCKHOLM)
    )
    event = series(first, "FREQ=MONTHLY;UNTIL=20271231", exdates=skipped, changes=(changed,))
    draft = split_draft(event, date(2027, 3, 14))
    assert draft.timing == AllDaySpan(date(2027, 3, 14), date(2027, 3, 15), STOCKHOLM)
    assert draft.recurrence == Recurrence("FREQ=MONTHLY;UNTIL=20271231", skipped)
    plan = split_series(event, date(2027, 3, 14), draft)
    assert plan.earlier is not None and plan.earlier.recurrence is not None
    assert plan.earlier.recurrence == Recurrence("FREQ=MONTHLY;UNTIL=20270214")
    assert ids(plan.earlier.recurrence.rule, date(2027, 1, 14)) == [
        date(2027, 1, 14),
        date(2027, 2, 14),
    ]
    assert plan.later_changes == (changed,)
    # A day later from there: the changed occurrence goes a day later too, and keeps its days.
    moved_on = Recurrence("FREQ=MONTHLY;UNTIL=20271231", (date(2027, 4, 15),))
    later = replace(draft, timing=draft.timing.shifted(timedelta(days=1)), recurrence=moved_on)
    assert split_series(event, date(2027, 3, 14), later).later_changes == (
        replace(changed, recurrence_id=date(2027, 5, 15)),
    )


def test_the_rest_of_a_series_dragged_a_day_later_moves_with_its_weekday() -> None:
    event = series(COURSE_TIMING, "FREQ=WEEKLY;BYDAY=MO;COUNT=8", exdates=(MONDAYS[6],))
    slot = occurrence_timing(COURSE_TIMING, MONDAYS[4])
    dropped = slot.shifted(timedelta(days=1, hours=-1))  # Tuesday 30 March at 17:00
    rest = following_moved(event, MONDAYS[4], slot, dropped)
    assert rest.timing == TimedSpan(at(2027, 3, 30, 17), at(2027, 3, 30, 19), STOCKHOLM)
    assert rest.recurrence == Recurrence(
        "FREQ=WEEKLY;BYDAY=TU;COUNT=4", (datetime(2027, 4, 13, 17),)
    )
    plan = split_series(event, MONDAYS[4], rest)
    assert plan.earlier is not None and plan.earlier.timing == COURSE_TIMING


# The 22 March session moved on its own to Tuesday 23, then dragged to Wednesday 24.
ON_TUESDAY = TimedSpan(at(2027, 3, 23, 18), at(2027, 3, 23, 20), STOCKHOLM)
ON_WEDNESDAY = TimedSpan(at(2027, 3, 24, 18), at(2027, 3, 24, 20), STOCKHOLM)
MOVED_ON_ITS_OWN = OccurrenceChange(MONDAYS[3], title="Gästföreläsning", timing=ON_TUESDAY)


def test_a_session_moved_on_its_own_dragged_this_and_following_lands_where_dropped() -> None:
    event = course(changes=(GUEST, MOVED_ON_ITS_OWN, CANCELLED))
    rest = following_moved(event, MONDAYS[3], ON_TUESDAY, ON_WEDNESDAY)
    assert rest.timing == ON_WEDNESDAY
    plan = split_series(event, MONDAYS[3], rest, Drop(MONDAYS[3], ON_WEDNESDAY))
    assert plan.earlier_changes == (GUEST,)
    # Where the new series puts it is where it was dropped: only its title is its own.
    assert plan.later_changes == (
        OccurrenceChange(datetime(2027, 3, 24, 18), title="Gästföreläsning"),
        OccurrenceChange(datetime(2027, 3, 31, 18), cancelled=True),
    )
    # Only moved, nothing else: no change is left at all.
    moved_only = course(changes=(replace(MOVED_ON_ITS_OWN, title=None),))
    rest = following_moved(moved_only, MONDAYS[3], ON_TUESDAY, ON_WEDNESDAY)
    assert split_series(moved_only, MONDAYS[3], rest, Drop(MONDAYS[3], ON_WEDNESDAY)) == (
        split_series(course(), MONDAYS[3], rest)
    )


def test_the_whole_series_dragged_by_a_session_moved_on_its_own() -> None:
    event = course(changes=(GUEST, MOVED_ON_ITS_OWN, MOVED))
    whole = series_moved(event, MONDAYS[3], ON_TUESDAY, ON_WEDNESDAY)
    assert whole.timing == TimedSpan(at(2027, 3, 3, 18), at(2027, 3, 3, 20), STOCKHOLM)
    plan = split_series(event, MONDAYS[0], whole, Drop(MONDAYS[3], ON_WEDNESDAY))
    assert plan.earlier is None
    assert plan.later_changes == (
        replace(GUEST, recurrence_id=datetime(2027, 3, 10, 18)),
        OccurrenceChange(datetime(2027, 3, 24, 18), title="Gästföreläsning"),
        replace(MOVED, recurrence_id=datetime(2027, 4, 14, 18)),  # keeps where it was moved
    )


def test_a_dragged_session_of_its_own_length_keeps_it_where_dropped() -> None:
    longer = TimedSpan(at(2027, 3, 23, 18), at(2027, 3, 23, 21), STOCKHOLM)
    event = course(changes=(OccurrenceChange(MONDAYS[3], timing=longer),))
    dropped = TimedSpan(at(2027, 3, 24, 18), at(2027, 3, 24, 21), STOCKHOLM)
    rest = following_moved(event, MONDAYS[3], longer, dropped)
    assert rest.timing == ON_WEDNESDAY  # the series keeps its two hours
    plan = split_series(event, MONDAYS[3], rest, Drop(MONDAYS[3], dropped))
    assert plan.later_changes == (OccurrenceChange(datetime(2027, 3, 24, 18), timing=dropped),)


def test_a_split_at_a_skipped_first_occurrence_edits_the_whole_series() -> None:
    event = course(exdates=(MONDAYS[0],), changes=(GUEST,))
    plan = split_series(event, MONDAYS[0], replace(event.draft(), title="Nytt namn"))
    assert plan.earlier is None
    assert plan.later_changes == (GUEST,)
