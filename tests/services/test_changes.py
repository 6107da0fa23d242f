"""Change sets: merged with |, read back from JSON as they were written, asked what they touch."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from eventplanner.services.changes import Action, ChangeSet, EventTouch, Kind, Period

T0 = datetime(2026, 3, 1, 8, tzinfo=UTC)

instants = st.integers(0, 10_000).map(lambda h: T0 + timedelta(hours=h))
periods = st.builds(Period, instants, st.one_of(st.none(), instants))
touches = st.builds(
    EventTouch, st.integers(1, 50), st.text(min_size=1, max_size=8), st.tuples(periods)
)
records = st.dictionaries(
    st.sampled_from(list(Kind)), st.frozensets(st.integers(1, 50), min_size=1)
)
change_sets = st.builds(
    ChangeSet,
    created=records,
    changed=records,
    deleted=records,
    events=st.lists(touches, unique_by=lambda t: t.id).map(tuple),
    everything=st.booleans(),
)


@given(change_sets)
def test_a_change_set_reads_back_from_json_as_it_was_written(changes: ChangeSet) -> None:
    assert ChangeSet.from_json(changes.to_json()) == changes


@given(change_sets, change_sets)
def test_merging_keeps_every_record_of_both(a: ChangeSet, b: ChangeSet) -> None:
    merged = a | b
    for kind in Kind:
        for action in Action:
            assert merged.ids(kind, action) == a.ids(kind, action) | b.ids(kind, action)
    assert {t.id for t in merged.events} == {t.id for t in a.events} | {t.id for t in b.events}
    assert merged.everything == (a.everything or b.everything)


def test_an_unreadable_notice_is_a_change_of_everything() -> None:
    assert ChangeSet.from_json("{not json").everything
    assert ChangeSet.from_json('{"events": [[1]]}').everything


def test_an_event_touches_the_periods_it_lay_in_before_and_after() -> None:
    moved = ChangeSet.for_events(
        Action.CHANGED,
        [
            EventTouch(
                7,
                "uid-7",
                (
                    Period(T0, T0 + timedelta(hours=1)),
                    Period(T0 + timedelta(days=30), T0 + timedelta(days=30, hours=1)),
                ),
            )
        ],
    )
    assert moved.touches(Kind.EVENT) and not moved.touches(Kind.VENUE)
    assert moved.touches_period(T0, T0 + timedelta(days=1))
    assert moved.touches_period(T0 + timedelta(days=29), T0 + timedelta(days=31))
    assert not moved.touches_period(T0 + timedelta(days=5), T0 + timedelta(days=6))
    endless = ChangeSet.for_events(Action.CREATED, [EventTouch(8, "uid-8", (Period(T0, None),))])
    assert endless.touches_period(T0 + timedelta(days=9000), T0 + timedelta(days=9001))
    assert not ChangeSet() and ChangeSet.all() and moved
