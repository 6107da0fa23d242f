"""Revision 0011 lets feeds publish the programme: a 0010 database's feeds upgrade to
publishing their events only ("{}"), and the column goes again on a downgrade."""

from __future__ import annotations

from sqlalchemy import inspect
from sqlalchemy.engine import URL, Engine

from eventplanner.domain.feeds import Feed, FeedProgramme
from eventplanner.persistence import migrations
from eventplanner.persistence.database import create_database_engine
from eventplanner.services.workspace import Workspace


def _feed_columns(engine: Engine) -> set[str]:
    return {column["name"] for column in inspect(engine).get_columns("feeds")}


def test_a_0010_feed_upgrades_to_publishing_its_events_only(empty_database_url: URL) -> None:
    workspace = Workspace.open(empty_database_url)
    try:
        workspace.feeds.create(Feed(id=None, name="Mässor 2027", description="Alla mässor"))
        migrations.downgrade(workspace.database.engine, "0010")
    finally:
        workspace.close()
    engine = create_database_engine(empty_database_url)
    try:
        assert migrations.state(engine).current == "0010"
        assert "programme_json" not in _feed_columns(engine)
    finally:
        engine.dispose()
    workspace = Workspace.open(empty_database_url)
    try:
        assert migrations.state(workspace.database.engine).current == migrations.head()
        feed = workspace.feeds.get_by_name("Mässor 2027")
        assert feed.programme == FeedProgramme() and feed.description == "Alla mässor"
    finally:
        workspace.close()
