"""``FeedService.publish_changed``: after each kind of write, the feeds written are exactly
those whose content changed (``publish_due`` finds nothing left to write), and the feeds the
change cannot reach are not even rendered."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from eventplanner.domain.enums import EventKind
from eventplanner.domain.feeds import Feed
from eventplanner.domain.filters import EventFilter
from eventplanner.domain.model import EventDraft, OccurrenceChange
from eventplanner.domain.timing import TimedSpan
from eventplanner.services.change_journal import recording
from eventplanner.services.changes import Action, ChangeSet, Kind
from eventplanner.services.exporting.export import ExportOptions, Rendered, Selection
from eventplanner.services.feeds.feed_changes import may_change
from eventplanner.services.workspace import Workspace
from tests.services.feed_world import World, at

ALL = {"Allt", "April", "Maj och juni", "Kongressen", "Projektet", "Kurser"}


class Feeds:
    """The world's feeds, each published once, and the feeds rendered since ``watch``."""

    def __init__(self, workspace: Workspace, world: World, folder: Path) -> None:
        self.workspace = workspace
        made = [
            Feed(None, "Allt"),
            Feed(None, "April", first_day=date(2027, 4, 1), last_day=date(2027, 4, 30)),
            Feed(None, "Maj och juni", first_day=date(2027, 5, 1), last_day=date(2027, 6, 30)),
            Feed(None, "Kongressen", where=EventFilter(venue_ids=frozenset({world.venue_id}))),
            Feed(None, "Projektet", where=EventFilter(project_ids=frozenset({world.project_id}))),
            Feed(None, "Kurser", where=EventFilter(kinds=frozenset({EventKind.COURSE}))),
        ]
        self.by_name = {
            f.name: workspace.feeds.create(replace(f, folder=str(folder))) for f in made
        }
        assert {p.feed.name for p in workspace.feeds.publish_due().published} == ALL
        self.rendered: list[str] = []

    def watch(self, monkeypatch: pytest.MonkeyPatch) -> None:
        export = self.workspace.export
        render = export.render
        selections = {self.workspace.feeds.selection(f): n for n, f in self.by_name.items()}

        def counted(selection: Selection, options: ExportOptions) -> Rendered:
            self.rendered.append(selections[selection])
            return render(selection, options)

        monkeypatch.setattr(export, "render", counted)

    def publish(self, changes: ChangeSet) -> set[str]:
        """The feeds ``publish_changed`` wrote; that none was left out is checked."""
        self.rendered.clear()
        report = self.workspace.feeds.publish_changed(changes)
        assert not report.failed
        written = {p.feed.name for p in report.published}
        assert report.changes == ChangeSet.of(
            Kind.FEED, Action.CHANGED, [p.feed.id for p in report.published if p.feed.id]
        )
        rendered, self.rendered = list(self.rendered), []
        assert not self.workspace.feeds.publish_due().published, "a feed was left out"
        self.rendered = rendered
        return written


@pytest.fixture
def feeds(
    workspace: Workspace, world: World, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> Feeds:
    made = Feeds(workspace, world, folder)
    made.watch(monkeypatch)
    return made


def test_a_retitled_event_publishes_the_feeds_that_show_it(
    workspace: Workspace, world: World, feeds: Feeds
) -> None:
    seminar = workspace.events.get(world.seminar_id)
    saved = workspace.events.update(
        seminar.id, replace(seminar.draft(), title="Seminarium"), expected_version=seminar.version
    )
    assert feeds.publish(saved.changes) == {"Allt", "April", "Kongressen", "Projektet"}
    # May and June lie outside the seminar's day: that feed is not even rendered.
    assert set(feeds.rendered) == ALL - {"Maj och juni"}


def test_an_event_moved_publishes_the_feed_it_left_and_the_one_it_came_to(
    workspace: Workspace, world: World, feeds: Feeds
) -> None:
    seminar = workspace.events.get(world.seminar_id)
    may = TimedSpan(at(2027, 5, 20, 13), at(2027, 5, 20, 16))
    saved = workspace.events.update(
        seminar.id, replace(seminar.draft(), timing=may), expected_version=seminar.version
    )
    assert feeds.publish(saved.changes) == {
        "Allt", "April", "Maj och juni", "Kongressen", "Projektet",
    }  # fmt: skip


def test_an_occurrence_changed_reaches_no_feed_of_later_days(
    workspace: Workspace, world: World, feeds: Feeds
) -> None:
    change = OccurrenceChange(datetime(2027, 2, 22, 13), title="Intraprenörskap: gästföreläsning")
    saved = workspace.events.change_occurrence(world.course_id, change)
    assert feeds.publish(saved.changes) == {"Allt", "Kurser"}
    assert not {"April", "Maj och juni"} & set(feeds.rendered)


def test_a_new_event_publishes_the_feeds_it_joins(workspace: Workspace, feeds: Feeds) -> None:
    june = TimedSpan(at(2027, 6, 9, 10), at(2027, 6, 9, 11))
    saved = workspace.events.create(EventDraft(title="Medlemsmöte", timing=june))
    assert feeds.publish(saved.changes) == {"Allt", "Maj och juni"}
    assert "April" not in feeds.rendered


def test_a_venue_renamed_publishes_the_feeds_of_its_events(
    workspace: Workspace, world: World, feeds: Feeds
) -> None:
    venue = workspace.venues.get(world.venue_id)
    with recording() as journal:
        workspace.venues.update(replace(venue, name="Västerås Konferens"))
    # The fair (March) and the seminar (April, in the project) are held there.
    assert feeds.publish(journal.changes) == {"Allt", "April", "Kongressen", "Projektet"}


def test_a_venue_capacity_renders_only_the_feeds_that_choose_it(
    workspace: Workspace, world: World, feeds: Feeds
) -> None:
    venue = workspace.venues.get(world.venue_id)
    with recording() as journal:
        workspace.venues.update(replace(venue, capacity=300))
    assert feeds.publish(journal.changes) == set()
    assert feeds.rendered == ["Kongressen"]


def test_a_feed_edited_publishes_itself_alone(workspace: Workspace, feeds: Feeds) -> None:
    courses = feeds.by_name["Kurser"]
    with recording() as journal:
        workspace.feeds.update(
            replace(courses, description="Kurser för medlemmar"), expected_version=courses.version
        )
    assert feeds.publish(journal.changes) == {"Kurser"}
    assert feeds.rendered == ["Kurser"]


def test_everything_renders_every_feed_and_nothing_renders_none(feeds: Feeds) -> None:
    assert feeds.publish(ChangeSet.all()) == set()  # nothing had changed
    assert set(feeds.rendered) == ALL
    assert feeds.publish(ChangeSet()) == set()
    assert feeds.rendered == []


def test_may_change_without_a_database() -> None:
    april = Feed(7, "April", first_day=date(2027, 4, 1), last_day=date(2027, 4, 30))
    tagged = Feed(8, "Mässor", where=EventFilter(tag_ids=frozenset({3})))
    assert may_change(april, ChangeSet.all())
    assert may_change(april, ChangeSet.of(Kind.FEED, Action.CHANGED, [7]))
    assert not may_change(april, ChangeSet.of(Kind.FEED, Action.CHANGED, [8]))
    assert not may_change(april, ChangeSet.of(Kind.FEED, Action.DELETED, [7]))
    assert may_change(tagged, ChangeSet.of(Kind.TAG, Action.CHANGED, [3]))
    assert not may_change(tagged, ChangeSet.of(Kind.TAG, Action.CHANGED, [4]))
    assert not may_change(april, ChangeSet.of(Kind.CONTACT, Action.CHANGED, [1]))
    # An event whose periods are not known may lie anywhere.
    assert may_change(april, ChangeSet.of(Kind.EVENT, Action.DELETED, [5]))
