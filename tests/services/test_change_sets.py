"""Every write says what it changed: the change sets the services return and tell the
journal, on every backend (events with the periods they touched, catalog records, feeds)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from eventplanner.domain.errors import ConflictError, ValidationError
from eventplanner.domain.feeds import Feed
from eventplanner.domain.model import EventDraft, OccurrenceChange, Tag, Venue
from eventplanner.domain.recurrence import Recurrence
from eventplanner.domain.timing import AllDaySpan, TimedSpan
from eventplanner.services.change_journal import recording, written_changes
from eventplanner.services.changes import Action, ChangeSet, EventTouch, Kind, Period
from eventplanner.services.workspace import Workspace

STO = ZoneInfo("Europe/Stockholm")


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=STO)  # type: ignore[misc]


def meeting(**changes: object) -> EventDraft:
    draft = EventDraft(
        title="Styrgruppsmöte", timing=TimedSpan(at(2027, 3, 10, 9), at(2027, 3, 10, 11))
    )
    return replace(draft, **changes)  # type: ignore[arg-type]


def utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC)


def only_touch(changes: ChangeSet) -> EventTouch:
    (touch,) = changes.events
    return touch


# -- events ---------------------------------------------------------------------------------


def test_create_names_the_event_and_where_it_lies(workspace: Workspace) -> None:
    with recording() as journal:
        saved = workspace.events.create(meeting())
    event = saved.event
    assert saved.changes.ids(Kind.EVENT, Action.CREATED) == {event.id}
    assert not saved.changes.changed and not saved.changes.deleted
    assert only_touch(saved.changes) == EventTouch(
        event.id, event.uid, (Period(utc(at(2027, 3, 10, 9)), utc(at(2027, 3, 10, 11))),)
    )
    assert journal.changes == saved.changes


def test_a_series_reaches_to_its_last_occurrence_or_to_no_end(workspace: Workspace) -> None:
    weekly = meeting(recurrence=Recurrence("FREQ=WEEKLY;COUNT=3"))
    bounded = only_touch(workspace.events.create(weekly).changes)
    assert bounded.periods == (Period(utc(at(2027, 3, 10, 9)), utc(at(2027, 3, 24, 11))),)
    endless = meeting(recurrence=Recurrence("FREQ=WEEKLY"))
    assert only_touch(workspace.events.create(endless).changes).periods == (
        Period(utc(at(2027, 3, 10, 9)), None),
    )


def test_an_all_day_event_covers_its_days_in_its_zone(workspace: Workspace) -> None:
    fair = meeting(timing=AllDaySpan(date(2027, 3, 16), date(2027, 3, 18)))
    (period,) = only_touch(workspace.events.create(fair).changes).periods
    assert period == Period(utc(at(2027, 3, 16)), utc(at(2027, 3, 19)))


def test_update_touches_where_the_event_was_and_where_it_is(workspace: Workspace) -> None:
    event = workspace.events.create(meeting()).event
    moved = meeting(timing=TimedSpan(at(2027, 5, 4, 13), at(2027, 5, 4, 14)))
    with recording() as journal:
        saved = workspace.events.update(event.id, moved, expected_version=event.version)
    assert saved.changes.ids(Kind.EVENT, Action.CHANGED) == {event.id}
    assert only_touch(saved.changes) == EventTouch(
        event.id,
        event.uid,
        (
            Period(utc(at(2027, 3, 10, 9)), utc(at(2027, 3, 10, 11))),
            Period(utc(at(2027, 5, 4, 13)), utc(at(2027, 5, 4, 14))),
        ),
    )
    assert journal.changes == saved.changes
    # A change of its text alone: one period, before and after alike.
    retitled = workspace.events.update(
        event.id, replace(moved, title="Styrgrupp"), expected_version=saved.event.version
    )
    assert only_touch(retitled.changes).periods == (
        Period(utc(at(2027, 5, 4, 13)), utc(at(2027, 5, 4, 14))),
    )


def test_an_occurrence_moved_past_the_series_end_widens_its_period(workspace: Workspace) -> None:
    series = workspace.events.create(meeting(recurrence=Recurrence("FREQ=WEEKLY;COUNT=2"))).event
    later = TimedSpan(at(2027, 4, 2, 9), at(2027, 4, 2, 11))
    saved = workspace.events.change_occurrence(
        series.id, OccurrenceChange(datetime(2027, 3, 17, 9), timing=later)
    )
    before = Period(utc(at(2027, 3, 10, 9)), utc(at(2027, 3, 17, 11)))
    after = Period(utc(at(2027, 3, 10, 9)), utc(at(2027, 4, 2, 11)))
    assert only_touch(saved.changes).periods == (before, after)
    restored = workspace.events.restore_occurrence(series.id, datetime(2027, 3, 17, 9))
    assert only_touch(restored.changes).periods == (after, before)
    assert not workspace.events.restore_occurrence(series.id, datetime(2027, 3, 17, 9)).changes


def test_an_occurrence_moved_before_the_series_start_widens_it_too(workspace: Workspace) -> None:
    series = workspace.events.create(meeting(recurrence=Recurrence("FREQ=WEEKLY;COUNT=2"))).event
    earlier = TimedSpan(at(2027, 3, 1, 9), at(2027, 3, 1, 11))
    saved = workspace.events.change_occurrence(
        series.id, OccurrenceChange(datetime(2027, 3, 10, 9), timing=earlier)
    )
    assert only_touch(saved.changes).periods[-1].start == utc(at(2027, 3, 1, 9))


def test_cancel_changes_the_event_once(workspace: Workspace) -> None:
    event = workspace.events.create(meeting()).event
    cancelled = workspace.events.cancel(event.id)
    assert cancelled.changes.ids(Kind.EVENT, Action.CHANGED) == {event.id}
    with recording() as journal:
        again = workspace.events.cancel(event.id)
    assert not again.changes
    assert not journal.changes


def test_create_many_tells_the_journal_every_event(workspace: Workspace) -> None:
    with recording() as journal:
        ids = workspace.events.create_many([meeting(), meeting(title="Årsmöte")])
    assert journal.changes.ids(Kind.EVENT, Action.CREATED) == set(ids)
    assert {t.id for t in journal.changes.events} == set(ids)
    assert {t.periods for t in journal.changes.events} == {
        (Period(utc(at(2027, 3, 10, 9)), utc(at(2027, 3, 10, 11))),)
    }


def test_a_refused_write_tells_nothing(workspace: Workspace) -> None:
    event = workspace.events.create(meeting()).event
    workspace.events.update(event.id, meeting(title="Först"), expected_version=event.version)
    with recording() as journal, pytest.raises(ConflictError):
        workspace.events.update(event.id, meeting(title="Sist"), expected_version=event.version)
    assert not journal.changes
    with recording() as journal, pytest.raises(ValidationError):
        workspace.events.create(meeting(title=""))
    assert not journal.changes


# -- the catalog ------------------------------------------------------------------------------


def test_catalog_writes_name_their_record(workspace: Workspace) -> None:
    with recording() as journal:
        tag = workspace.tags.create(Tag(None, "mässa"))
    assert tag.id is not None
    assert journal.changes == ChangeSet.of(Kind.TAG, Action.CREATED, [tag.id])
    with recording() as journal:
        deleted = workspace.tags.delete(tag.id)
    assert deleted == ChangeSet.of(Kind.TAG, Action.DELETED, [tag.id])
    assert journal.changes == deleted
    with recording() as journal:
        workspace.tags.restore(tag)
    assert journal.changes == ChangeSet.of(Kind.TAG, Action.CREATED, [tag.id])


def test_a_venue_moved_names_its_events_and_a_new_capacity_does_not(
    workspace: Workspace,
) -> None:
    venue = workspace.venues.create(Venue(None, "Aros Congress Center", city="Västerås"))
    assert venue.id is not None
    here = workspace.events.create(meeting(venue_id=venue.id)).event
    workspace.events.create(meeting(title="Någon annanstans"))
    with recording() as journal:
        bigger = workspace.venues.update(replace(venue, capacity=400))
    assert journal.changes == ChangeSet.of(Kind.VENUE, Action.CHANGED, [venue.id])
    with recording() as journal:
        workspace.venues.update(replace(bigger, name="Aros Kongress"))
    changes = journal.changes
    assert changes.ids(Kind.VENUE, Action.CHANGED) == {venue.id}
    assert changes.ids(Kind.EVENT, Action.CHANGED) == {here.id}
    assert only_touch(changes) == EventTouch(
        here.id, here.uid, (Period(utc(at(2027, 3, 10, 9)), utc(at(2027, 3, 10, 11))),)
    )


def test_a_venue_moved_names_its_series_with_their_moved_occurrences(
    workspace: Workspace,
) -> None:
    venue = workspace.venues.create(Venue(None, "Elmia", city="Jönköping"))
    weekly = meeting(venue_id=venue.id, recurrence=Recurrence("FREQ=WEEKLY;COUNT=2"))
    series = workspace.events.create(weekly).event
    earlier = TimedSpan(at(2027, 3, 1, 9), at(2027, 3, 1, 11))
    workspace.events.change_occurrence(
        series.id, OccurrenceChange(datetime(2027, 3, 10, 9), timing=earlier)
    )
    with recording() as journal:
        workspace.venues.update(replace(venue, city="Huskvarna"))
    assert only_touch(journal.changes).periods == (
        Period(utc(at(2027, 3, 1, 9)), utc(at(2027, 3, 17, 11))),
    )


def test_a_tag_renamed_names_its_events(workspace: Workspace) -> None:
    tagged = workspace.events.create(meeting(tags=("mässa",))).event
    workspace.events.create(meeting(tags=("kurs",)))
    tag = workspace.tags.find("mässa")
    assert tag is not None and tag.id is not None
    with recording() as journal:
        workspace.tags.update(replace(tag, name="Mässor"))
    assert journal.changes.ids(Kind.TAG) == {tag.id}
    assert journal.changes.ids(Kind.EVENT, Action.CHANGED) == {tagged.id}


# -- feeds ------------------------------------------------------------------------------------


def test_feed_writes_name_the_feed(workspace: Workspace, folder: Path) -> None:
    with recording() as journal:
        feed = workspace.feeds.create(Feed(None, "Mässor", folder=str(folder)))
    assert feed.id is not None
    assert journal.changes == ChangeSet.of(Kind.FEED, Action.CREATED, [feed.id])
    for write in (
        lambda: workspace.feeds.update(
            replace(feed, description="x"), expected_version=feed.version
        ),
        lambda: workspace.feeds.new_token(feed.id or 0),
        lambda: workspace.feeds.publish(feed.id or 0),  # its publication marks
    ):
        with recording() as journal:
            write()
        assert journal.changes == ChangeSet.of(Kind.FEED, Action.CHANGED, [feed.id])
    with recording() as journal:
        deleted = workspace.feeds.delete(feed.id)
    assert deleted == journal.changes == ChangeSet.of(Kind.FEED, Action.DELETED, [feed.id])


# -- the journal ---------------------------------------------------------------------------


def test_recordings_nest_and_each_hears_what_was_written_inside_it(workspace: Workspace) -> None:
    with recording() as outer:
        first = workspace.events.create(meeting()).event
        with recording() as inner:
            second = workspace.events.create(meeting()).event
    assert inner.changes.ids(Kind.EVENT) == {second.id}
    assert outer.changes.ids(Kind.EVENT) == {first.id, second.id}
    # Outside any recording a write is told to no one, and still answers its change set.
    assert workspace.events.create(meeting()).changes


def test_written_changes_reads_a_silent_write_as_everything() -> None:
    venue = ChangeSet.of(Kind.VENUE, Action.CHANGED, [1])
    feed = ChangeSet.of(Kind.FEED, Action.DELETED, [2])
    assert written_changes(None, venue) == venue
    assert written_changes(feed, venue) == venue | feed
    assert written_changes(None, ChangeSet()) == ChangeSet.all()
    assert written_changes(object(), ChangeSet()) == ChangeSet.all()
