"""A whole series edited at once (a new time, day or rule): its skipped dates, changed
occurrences and UNTIL move with it, and what a new rule cannot carry is listed, not lost
in silence."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from eventplanner.domain.enums import BusyStatus, EventKind, EventStatus
from eventplanner.domain.model import Event, EventDraft, OccurrenceChange
from eventplanner.domain.recurrence import Recurrence, RecurrenceId, normalize_rule, recurrence_ids
from eventplanner.domain.series import occurrence_timing, series_moved
from eventplanner.domain.series_edits import moved_series_draft, whole_series_edit
from eventplanner.domain.timezones import localize, to_utc
from eventplanner.domain.timing import TimedSpan, Timing
from eventplanner.domain.validation import event_problems

STOCKHOLM = "Europe/Stockholm"
LOS_ANGELES = "America/Los_Angeles"
STO = ZoneInfo(STOCKHOLM)


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=STO)  # type: ignore[misc]


def series(
    timing: Timing,
    rule: str,
    *,
    exdates: tuple[RecurrenceId, ...] = (),
    changes: tuple[OccurrenceChange, ...] = (),
) -> Event:
    rule = normalize_rule(rule, all_day=timing.all_day, time_zone=timing.time_zone)
    return Event(
        id=7, uid="7@test", title="Styrelsemöte", timing=timing, kind=EventKind.OTHER,
        status=EventStatus.CONFIRMED, description="", venue_id=None, venue_name=None,
        online_url="", project_id=None, project_name=None, organiser_id=None,
        organiser_name=None, tags=(), capacity=None, web_page="", busy_status=BusyStatus.BUSY,
        busy_status_is_default=True, reminder_minutes=None,
        recurrence=Recurrence(rule, exdates), notes="", sequence=1, version=1,
        created_at=datetime(2026, 12, 1, tzinfo=UTC), modified_at=datetime(2026, 12, 1, tzinfo=UTC),
        changes=tuple(sorted(changes, key=lambda c: c.recurrence_id)),
    )  # fmt: skip


def saved(event: Event, edited: EventDraft) -> Event:
    """``event`` as the services store ``edited``: the whole series with its exceptions."""
    edit = whole_series_edit(event, edited)
    assert not edit.loses_exceptions, (edit.lost_skipped, edit.lost_changes)
    assert event_problems(edit.draft) == []
    draft = edit.draft
    return replace(
        event, timing=draft.timing, recurrence=draft.recurrence,
        changes=tuple(sorted(edit.changes, key=lambda c: c.recurrence_id)),
    )  # fmt: skip


def shown(event: Event) -> list[tuple[RecurrenceId, datetime, datetime, bool, str]]:
    """What a calendar shows of the series: each occurrence's id, real start and end (UTC),
    whether it is cancelled and its title."""
    assert event.recurrence is not None
    timing = event.timing
    assert isinstance(timing, TimedSpan)
    changes = {c.recurrence_id: c for c in event.changes}
    out = []
    for key in recurrence_ids(event.recurrence.rule, timing.start, timing.time_zone):
        if key in event.recurrence.exdates:
            continue
        change = changes.get(key, OccurrenceChange(key))
        span = change.timing or occurrence_timing(timing, key)
        assert isinstance(span, TimedSpan)
        out.append(
            (key, to_utc(span.start), to_utc(span.end), change.cancelled, change.title or "")
        )
    return out


# The weekly board meeting: Tuesdays 10:00-11:00 from 2 March, until the session of
# 13 April, across Stockholm's spring clock change (28 March).
WEEKLY = TimedSpan(at(2027, 3, 2, 10), at(2027, 3, 2, 11), STOCKHOLM)
UNTIL_LAST = "FREQ=WEEKLY;UNTIL=20270413T080000Z"  # 10:00 summer time on 13 April
SKIPPED = datetime(2027, 3, 9, 10)
CANCELLED = OccurrenceChange(datetime(2027, 3, 16, 10), cancelled=True)
RETITLED = OccurrenceChange(datetime(2027, 3, 23, 10), title="Årsmöte")
OWN_TIME = OccurrenceChange(
    datetime(2027, 3, 30, 10), timing=TimedSpan(at(2027, 3, 31, 15), at(2027, 3, 31, 16), STOCKHOLM)
)
AT_SERIES_TIME = OccurrenceChange(
    datetime(2027, 4, 6, 10),
    title="Budget",
    timing=TimedSpan(at(2027, 4, 6, 10), at(2027, 4, 6, 11), STOCKHOLM),
)


def board() -> Event:
    return series(
        WEEKLY, UNTIL_LAST, exdates=(SKIPPED,),
        changes=(CANCELLED, RETITLED, OWN_TIME, AT_SERIES_TIME),
    )  # fmt: skip


def test_moved_from_10_to_13_every_exception_and_the_last_session_stay() -> None:
    event = board()
    later = TimedSpan(at(2027, 3, 2, 13), at(2027, 3, 2, 14), STOCKHOLM)
    moved = saved(event, moved_series_draft(event.draft(), later))

    assert moved.recurrence is not None
    assert moved.recurrence.exdates == (datetime(2027, 3, 9, 13),)
    assert moved.recurrence.rule == "FREQ=WEEKLY;UNTIL=20270413T110000Z"  # 13:00 summer time
    before, after = shown(event), shown(moved)
    assert len(after) == len(before) == 6  # 2 March to 13 April, less 9 March
    assert [o[0] for o in after] == [k + timedelta(hours=3) for k, *_ in before]
    assert [o[3] for o in after] == [o[3] for o in before]  # the cancelled one stays cancelled
    assert [o[4] for o in after] == [o[4] for o in before]
    by_key = {c.recurrence_id: c for c in moved.changes}
    # Moved on its own to Wednesday 15:00: it stays there.
    assert by_key[datetime(2027, 3, 30, 13)].timing == OWN_TIME.timing
    # Its own time was the series' 10:00: it goes to 13:00 with the series.
    assert by_key[datetime(2027, 4, 6, 13)].timing == TimedSpan(
        at(2027, 4, 6, 13), at(2027, 4, 6, 14), STOCKHOLM
    )


def test_moved_a_day_later_the_weekday_end_and_exceptions_follow() -> None:
    event = board()
    later = TimedSpan(at(2027, 3, 3, 10), at(2027, 3, 3, 11), STOCKHOLM)
    moved = saved(event, moved_series_draft(event.draft(), later))
    assert moved.recurrence is not None
    assert moved.recurrence.rule == "FREQ=WEEKLY;UNTIL=20270414T080000Z"
    assert [o[0] for o in shown(moved)] == [k + timedelta(days=1) for k, *_ in shown(event)]


def test_moved_to_another_zone_at_the_same_clock_time_keeps_the_last_session() -> None:
    # 10:00 in London is an hour later than 10:00 in Stockholm: the UNTIL (UTC) must move
    # with it, or the session of 13 April falls after it and vanishes without a word.
    london = ZoneInfo("Europe/London")
    event = board()
    there = TimedSpan(
        datetime(2027, 3, 2, 10, tzinfo=london), datetime(2027, 3, 2, 11, tzinfo=london),
        "Europe/London",
    )  # fmt: skip
    moved = saved(event, moved_series_draft(event.draft(), there))
    assert moved.recurrence is not None
    assert moved.recurrence.rule == "FREQ=WEEKLY;UNTIL=20270413T090000Z"  # 10:00 BST
    before, after = shown(event), shown(moved)
    assert [o[0] for o in after] == [o[0] for o in before]
    assert [o[3:] for o in after] == [o[3:] for o in before]
    # A new end given with the zone is kept as given.
    edited = replace(
        moved_series_draft(event.draft(), there),
        recurrence=Recurrence("FREQ=WEEKLY;UNTIL=20270406T090000Z", (SKIPPED,)),
    )
    edit = whole_series_edit(event, edited)
    assert edit.draft.recurrence is not None
    assert edit.draft.recurrence.rule == "FREQ=WEEKLY;UNTIL=20270406T090000Z"


def test_a_new_end_date_given_with_the_move_is_kept_as_given() -> None:
    event = board()
    later = TimedSpan(at(2027, 3, 2, 9), at(2027, 3, 2, 10), STOCKHOLM)
    edited = moved_series_draft(event.draft(), later)
    edited = replace(edited, recurrence=Recurrence("FREQ=WEEKLY;UNTIL=20270406", (SKIPPED,)))
    edit = whole_series_edit(event, edited)
    assert edit.draft.recurrence is not None
    assert edit.draft.recurrence.rule == "FREQ=WEEKLY;UNTIL=20270406T215959Z"
    assert edit.lost_changes == ()  # 6 April is still in; 13 April had no exception


def test_a_new_weekday_pattern_lists_the_exceptions_it_cannot_carry() -> None:
    event = board()
    edited = replace(
        event.draft(), recurrence=Recurrence("FREQ=WEEKLY;BYDAY=TU;INTERVAL=2", (SKIPPED,))
    )
    edit = whole_series_edit(event, edited)
    # Every other Tuesday from 2 March: 9 and 23 March and 6 April are gone.
    assert edit.lost_skipped == (SKIPPED,)
    assert edit.lost_changes == (RETITLED, AT_SERIES_TIME)
    assert edit.loses_exceptions
    assert edit.draft.recurrence is not None and edit.draft.recurrence.exdates == ()
    assert {c.recurrence_id for c in edit.changes} == {
        CANCELLED.recurrence_id,
        OWN_TIME.recurrence_id,
    }


def test_a_series_that_stops_repeating_loses_all_its_exceptions() -> None:
    event = board()
    edit = whole_series_edit(event, replace(event.draft(), recurrence=None))
    assert edit.lost_skipped == (SKIPPED,)
    assert edit.lost_changes == event.changes
    assert edit.changes == ()


def test_a_drag_of_the_whole_series_goes_through_the_same_rule() -> None:
    event = board()
    key = datetime(2027, 3, 16, 10)
    before = occurrence_timing(event.timing, key)
    after = TimedSpan(at(2027, 3, 16, 13), at(2027, 3, 16, 14), STOCKHOLM)
    edit = whole_series_edit(event, series_moved(event, key, before, after))
    assert not edit.loses_exceptions
    by_key = {c.recurrence_id: c for c in edit.changes}
    assert by_key[datetime(2027, 4, 6, 13)].timing == TimedSpan(
        at(2027, 4, 6, 13), at(2027, 4, 6, 14), STOCKHOLM
    )
    assert edit.draft.recurrence is not None
    assert edit.draft.recurrence.rule == "FREQ=WEEKLY;UNTIL=20270413T110000Z"


# -- properties: any series, any step, across the clock changes -------------------------------


@st.composite
def series_and_step(draw: st.DrawFn) -> tuple[Event, timedelta]:
    """A timed series in Stockholm or Los Angeles around a clock change, with skipped dates,
    cancelled, retitled and moved occurrences, and a step (days, hours, quarters) to move it."""
    time_zone = draw(st.sampled_from([STOCKHOLM, LOS_ANGELES]))
    tz = ZoneInfo(time_zone)
    day = draw(st.dates(date(2027, 2, 20), date(2027, 11, 10)))
    wall = datetime.combine(day, datetime.min.time()) + timedelta(
        hours=draw(st.integers(4, 21)), minutes=15 * draw(st.integers(0, 3))
    )
    start = wall.replace(tzinfo=tz)
    length = timedelta(minutes=15 * draw(st.integers(1, 16)))
    timing = TimedSpan(start, start + length, time_zone)
    interval = draw(st.integers(1, 2))
    freq = draw(st.sampled_from(["DAILY", "WEEKLY", "WEEKLY;BYDAY=MO,TH"]))
    if freq.endswith("MO,TH"):
        assume(day.weekday() in (0, 3))
    rule = f"FREQ={freq};INTERVAL={interval};COUNT={draw(st.integers(2, 14))}"
    keys = list(recurrence_ids(rule, start, time_zone))
    if draw(st.booleans()):  # ends by UNTIL at its last occurrence instead
        last = keys[-1].replace(tzinfo=tz).astimezone(UTC)
        rule = rule.rsplit(";COUNT", 1)[0] + f";UNTIL={last:%Y%m%dT%H%M%SZ}"
    marks = draw(st.lists(st.sampled_from(["", "skip", "cancel", "title", "slot", "own"]),
                          min_size=len(keys), max_size=len(keys)))  # fmt: skip
    exdates, changes = [], []
    for key, mark in zip(keys, marks, strict=True):
        slot = occurrence_timing(timing, key)
        assert isinstance(slot, TimedSpan)
        if mark == "skip":
            exdates.append(key)
        elif mark == "cancel":
            changes.append(OccurrenceChange(key, cancelled=True))
        elif mark == "title":
            changes.append(OccurrenceChange(key, title="Gästföreläsning"))
        elif mark == "slot":
            changes.append(OccurrenceChange(key, title="Budget", timing=slot))
        elif mark == "own":
            own = to_utc(slot.start) + timedelta(minutes=15 * draw(st.integers(-40, 40)))
            changes.append(OccurrenceChange(key, timing=TimedSpan(own, own + length, time_zone)))
    step = timedelta(days=draw(st.integers(-9, 9)), minutes=15 * draw(st.integers(-24, 24)))
    moved_wall = wall + step
    assume(4 <= moved_wall.hour <= 22)  # no first start in a clock change's gap
    return series(timing, rule, exdates=tuple(exdates), changes=tuple(changes)), step


def moved_by(event: Event, step: timedelta) -> Event:
    """``event`` moved by ``step`` of wall-clock time, as the editor or ``edit --start`` does."""
    timing = event.timing
    assert isinstance(timing, TimedSpan)
    start = localize(timing.start.replace(tzinfo=None) + step, timing.time_zone)
    later = TimedSpan(start, to_utc(start) + (timing.end - timing.start), timing.time_zone)
    return saved(event, moved_series_draft(event.draft(), later))


@settings(max_examples=150, deadline=None)
@given(series_and_step())
def test_moved_by_a_step_and_back_is_the_series_it_was(case: tuple[Event, timedelta]) -> None:
    event, step = case
    moved = moved_by(event, step)
    # An occurrence moved on its own exactly where the moved series puts it cannot be told
    # from one that follows the series: the way back moves it too.
    for change in event.changes:
        key = change.recurrence_id
        assert isinstance(key, datetime)
        new_slot = occurrence_timing(moved.timing, key + step)
        if change.timing is not None and change.timing != occurrence_timing(event.timing, key):
            assume(to_utc(change.timing.start) != to_utc(new_slot.start))  # type: ignore[union-attr]
    assert moved_by(moved, -step) == event


@settings(max_examples=150, deadline=None)
@given(series_and_step())
def test_moved_by_a_step_every_occurrence_moves_by_it(case: tuple[Event, timedelta]) -> None:
    event, step = case
    own = {
        c.recurrence_id
        for c in event.changes
        if c.timing is not None and c.timing != occurrence_timing(event.timing, c.recurrence_id)
    }
    before, after = shown(event), shown(moved_by(event, step))
    assert len(after) == len(before)
    for (key, start, end, cancelled, title), now in zip(before, after, strict=True):
        assert isinstance(key, datetime)
        assert now[0] == key + step
        assert now[3:] == (cancelled, title)  # cancelled ones still cancelled
        if key in own:
            assert now[1:3] == (start, end)  # moved on its own: it stays where it was put
        else:
            tz = ZoneInfo(event.timing.time_zone)
            wall = start.astimezone(tz).replace(tzinfo=None) + step
            assert now[1].astimezone(tz).replace(tzinfo=None) == wall  # same clock time
            assert now[2] - now[1] == end - start


@settings(max_examples=100, deadline=None)
@given(series_and_step())
def test_moved_by_a_step_into_the_other_zone_keeps_every_occurrence(
    case: tuple[Event, timedelta],
) -> None:
    """The same clock time in another zone is another instant: the UNTIL goes with it."""
    event, step = case
    timing = event.timing
    assert isinstance(timing, TimedSpan)
    other = LOS_ANGELES if timing.time_zone == STOCKHOLM else STOCKHOLM
    wall = timing.start.replace(tzinfo=None) + step
    assume(localize(wall, other).replace(tzinfo=None) == wall)  # not in a clock change's gap
    start = localize(wall, other)
    there = TimedSpan(start, to_utc(start) + (timing.end - timing.start), other)
    before, after = shown(event), shown(saved(event, moved_series_draft(event.draft(), there)))
    assert [o[0] for o in after] == [k + step for k, *_ in before]  # type: ignore[operator]
    assert [o[3:] for o in after] == [o[3:] for o in before]
