"""Feeds refer to tags, venues, projects and organisers by identity: a rename keeps every feed
whole, a deletion that would empty a feed is refused naming it, and a venue edited is
republished with SEQUENCE and LAST-MODIFIED raised on the events whose LOCATION changed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar

from eventplanner.domain.errors import UsedByFeedsError, ValidationError
from eventplanner.domain.feeds import Feed
from eventplanner.domain.filters import EventFilter
from eventplanner.domain.model import Organisation, Project, Tag, Venue
from eventplanner.services.workspace import Workspace
from tests.ical.factories import run_ics_check
from tests.services.feed_world import World


def _events(body: bytes) -> dict[str, Calendar]:
    return {str(c["SUMMARY"]): c for c in Calendar.from_ical(body).walk("VEVENT")}


def _tag_id(workspace: Workspace, name: str) -> int:
    tag = workspace.tags.find(name)
    assert tag is not None and tag.id is not None
    return tag.id


# -- tags by identity -------------------------------------------------------------------------


def test_a_tag_named_when_saved_is_kept_by_its_id(workspace: Workspace, world: World) -> None:
    feed = workspace.feeds.create(
        Feed(id=None, name="Forskning", where=EventFilter(tags=frozenset({"FORSKNING"})))
    )
    assert feed.where.tags == frozenset()
    assert feed.where.tag_ids == {_tag_id(workspace, "forskning")}


def test_renaming_a_tag_keeps_the_feeds_events(workspace: Workspace, world: World) -> None:
    feed = workspace.feeds.create(
        Feed(
            id=None, name="Mässor", where=EventFilter(tags=frozenset({"mässa"})),
            first_day=date(2027, 1, 1), last_day=date(2027, 12, 31),
        )
    )  # fmt: skip
    tag = workspace.tags.find("mässa")
    assert tag is not None
    workspace.tags.update(replace(tag, name="Mässor och utställningar"))
    document = workspace.feeds.document(feed.token)
    assert document is not None
    assert list(_events(document.body)) == ["Automationsmässan"]
    # Saved again (as the feeds window or `feed edit` would), it still chooses that tag.
    again = workspace.feeds.get(feed.id or 0)
    saved = workspace.feeds.update(replace(again, description="x"), expected_version=again.version)
    assert saved.where.tag_ids == {tag.id}


def test_a_feed_saved_with_a_tag_id_that_does_not_exist_is_refused(
    workspace: Workspace, world: World
) -> None:
    with pytest.raises(ValidationError) as refused:
        workspace.feeds.create(Feed(id=None, name="X", where=EventFilter(tag_ids=frozenset({999}))))
    assert refused.value.field == "tags"
    assert "no tag with id 999" in refused.value.message


# -- deleting what a feed chooses ---------------------------------------------------------------


def test_deleting_a_tag_a_feed_chooses_is_refused_naming_the_feed(workspace: Workspace) -> None:
    tag = workspace.tags.create(Tag(None, "Hösten"))  # no event has it yet
    workspace.feeds.create(Feed(id=None, name="Höstens evenemang", where=EventFilter(
        tags=frozenset({"Hösten"}))))  # fmt: skip
    assert tag.id is not None
    with pytest.raises(UsedByFeedsError) as refused:
        workspace.tags.delete(tag.id)
    assert refused.value.field == "tag"
    assert refused.value.name == "Hösten"
    assert refused.value.feeds == ("Höstens evenemang",)
    assert "'Hösten' is chosen by the feed 'Höstens evenemang'" in refused.value.message
    assert workspace.tags.get(tag.id).name == "Hösten"


@pytest.mark.parametrize("noun", ["venue", "project", "organisation"])
def test_deleting_a_venue_project_or_organiser_a_feed_chooses_is_refused(
    workspace: Workspace, noun: str
) -> None:
    if noun == "venue":
        ident = workspace.venues.create(Venue(None, "Kulturhuset")).id
        where, service = EventFilter(venue_ids=frozenset({ident or 0})), workspace.venues
    elif noun == "project":
        ident = workspace.projects.create(Project(None, "Noder")).id
        where, service = EventFilter(project_ids=frozenset({ident or 0})), workspace.projects
    else:
        ident = workspace.organisations.create(Organisation(None, "Robotdalen")).id
        where = EventFilter(organiser_ids=frozenset({ident or 0}))
        service = workspace.organisations  # type: ignore[assignment]
    assert ident is not None
    workspace.feeds.create(Feed(id=None, name="Ett", where=where))
    workspace.feeds.create(Feed(id=None, name="Två", where=where))
    workspace.feeds.create(Feed(id=None, name="Allt"))
    with pytest.raises(UsedByFeedsError) as refused:
        service.delete(ident)
    assert refused.value.feeds == ("Ett", "Två")
    assert "chosen by the feeds 'Ett' and 'Två'; change them first" in refused.value.message
    service.get(ident)  # still there


def test_once_no_feed_chooses_it_a_tag_can_be_deleted(workspace: Workspace) -> None:
    tag = workspace.tags.create(Tag(None, "Hösten"))
    feed = workspace.feeds.create(
        Feed(id=None, name="Hösten", where=EventFilter(tags=frozenset({"Hösten"})))
    )
    workspace.feeds.update(replace(feed, where=EventFilter()), expected_version=feed.version)
    workspace.tags.delete(tag.id or 0)
    assert workspace.tags.list() == []


# -- a venue edited is republished -----------------------------------------------------------


def test_a_renamed_venue_republishes_with_sequence_and_last_modified_raised(
    workspace: Workspace, world: World, folder: Path
) -> None:
    """OUTLOOK.md 7: SEQUENCE increases with every change that matters to a calendar, and
    LAST-MODIFIED is the time of the change, or Outlook keeps the old LOCATION."""
    feed = workspace.feeds.create(
        Feed(
            id=None, name="Västerås", where=EventFilter(venue_ids=frozenset({world.venue_id})),
            first_day=date(2027, 1, 1), last_day=date(2027, 12, 31), folder=str(folder),
        )
    )  # fmt: skip
    assert feed.id is not None
    first = workspace.feeds.publish(feed.id)
    before = _events(first.path.read_bytes())
    assert set(before) == {"Automationsmässan", "Spridningsseminarium: stål och digitalisering"}

    venue = workspace.venues.get(world.venue_id)
    workspace.venues.update(replace(venue, name="Aros Congress Center"))
    report = workspace.feeds.publish_due()

    assert [p.feed.name for p in report.published] == ["Västerås"]
    after = _events(first.path.read_bytes())
    for title, event in after.items():
        assert str(event["LOCATION"]).startswith("Aros Congress Center")
        assert int(event["SEQUENCE"]) == int(before[title]["SEQUENCE"]) + 1
        assert event["LAST-MODIFIED"].dt > before[title]["LAST-MODIFIED"].dt
    run_ics_check(first.path)


def test_editing_a_venue_leaves_events_alone_when_their_location_is_the_same(
    workspace: Workspace, world: World
) -> None:
    venue = workspace.venues.get(world.venue_id)
    fair = workspace.events.get(world.fair_id)
    workspace.venues.update(replace(venue, capacity=400, notes="Lastkaj på baksidan."))
    assert workspace.events.get(world.fair_id).sequence == fair.sequence
    workspace.venues.update(replace(workspace.venues.get(world.venue_id), city="Eskilstuna"))
    moved = workspace.events.get(world.fair_id)
    assert moved.sequence == fair.sequence + 1
    assert moved.modified_at > fair.modified_at
