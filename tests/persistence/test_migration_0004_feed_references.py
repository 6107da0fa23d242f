"""Revision 0004 turns the tag names a feed's stored filter chooses into the tags' ids, so a
0003 database's feeds keep their events when a tag is renamed after the upgrade."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from sqlalchemy import text
from sqlalchemy.engine import URL, Engine

from eventplanner.domain.feeds import Feed
from eventplanner.domain.filters import EventFilter
from eventplanner.domain.model import EventDraft
from eventplanner.domain.timing import TimedSpan
from eventplanner.persistence import migrations
from eventplanner.persistence.database import create_database_engine
from eventplanner.services.workspace import Workspace

_0003_FILTER = {
    "include_cancelled": True, "kinds": [], "organiser_ids": [], "project_ids": [],
    "statuses": [], "tags": ["Borttagen", "mässa"], "text": "", "venue_ids": [],
}  # fmt: skip
"""A feed's filter as Eventplanner 0003 wrote it: tags by name ("Borttagen" is no tag)."""


def _draft(title: str, *tags: str) -> EventDraft:
    start = datetime(2027, 3, 15, 9, 0, tzinfo=UTC)
    return EventDraft(title=title, timing=TimedSpan(start, start + timedelta(hours=2)), tags=tags)


def _stored_filters(engine: Engine) -> dict[str, dict[str, object]]:
    with engine.connect() as connection:
        found = connection.execute(text("SELECT name, filter_json FROM feeds")).all()
    return {name: json.loads(value) for name, value in found}


def _make_0003_database(url: URL) -> None:
    """A database at 0003 with two tagged events and feeds that name their tags."""
    workspace = Workspace.open(url)
    try:
        workspace.events.create(_draft("Automationsmässan", "Mässa"))
        workspace.events.create(_draft("Spridningsseminarium", "Forskning"))
        workspace.feeds.create(
            Feed(id=None, name="Forskning", where=EventFilter(tags=frozenset({"forskning"})))
        )
        migrations.downgrade(workspace.database.engine, "0003")
    finally:
        workspace.close()
    engine = create_database_engine(url)
    try:
        assert migrations.state(engine).current == "0003"
        with engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO feeds (name, calendar_name, description, filter_json, "
                    "include_cancelled, cancelled_prefix, include_notes, folder, token, "
                    "created_at, modified_at, version) VALUES ('Mässor', '', '', :filter, "
                    "false, 'Cancelled: ', false, '', 'abcdefghijklmnopqrstuvwxyz012345', "
                    ":now, :now, 1)"
                ),
                {"filter": json.dumps(_0003_FILTER), "now": datetime(2026, 12, 1)},
            )
        stored = _stored_filters(engine)
        assert stored["Forskning"]["tags"] == ["Forskning"]  # downgraded: by name again
        assert "tag_ids" not in stored["Forskning"]
    finally:
        engine.dispose()


def test_a_0003_feed_filtered_by_tag_name_is_upgraded_to_filter_by_id(
    empty_database_url: URL,
) -> None:
    _make_0003_database(empty_database_url)
    workspace = Workspace.open(empty_database_url)
    try:
        engine = workspace.database.engine
        assert migrations.state(engine).current == migrations.head()
        mässa, forskning = workspace.tags.find("Mässa"), workspace.tags.find("Forskning")
        assert mässa is not None and forskning is not None
        stored = _stored_filters(engine)
        assert stored["Mässor"]["tag_ids"] == [mässa.id]
        assert stored["Mässor"]["tags"] == ["Borttagen"]  # matches no tag: kept as it was
        assert stored["Forskning"]["tag_ids"] == [forskning.id]
        assert stored["Forskning"]["tags"] == []
        assert stored["Mässor"]["venue_ids"] == []  # the rest of the filter as it was

        # Renamed after the upgrade, the tag stays chosen: the feed keeps its event.
        workspace.tags.update(replace(forskning, name="Forskning och utveckling"))
        feed = workspace.feeds.get_by_name("Forskning")
        assert feed.where.tag_ids == {forskning.id}
        document = workspace.feeds.document(feed.token)
        assert document is not None
        assert b"SUMMARY:Spridningsseminarium" in document.body
    finally:
        workspace.close()


def test_downgrading_0004_names_the_tags_again(empty_database_url: URL) -> None:
    workspace = Workspace.open(empty_database_url)
    try:
        workspace.events.create(_draft("Automationsmässan", "Mässa"))
        workspace.feeds.create(
            Feed(id=None, name="Mässor", where=EventFilter(tags=frozenset({"MÄSSA"})))
        )
        engine = workspace.database.engine
        migrations.downgrade(engine, "0003")
        assert _stored_filters(engine)["Mässor"]["tags"] == ["Mässa"]
        migrations.upgrade(engine)
        assert _stored_filters(engine)["Mässor"]["tags"] == []
        assert workspace.feeds.get_by_name("Mässor").where.tag_ids == {
            workspace.tags.find("Mässa").id  # type: ignore[union-attr]
        }
    finally:
        workspace.close()
