"""Revision 0006 gives feeds a language setting: a 0005 database's feeds upgrade to
automatic (their categories' language still told from their texts), and the setting goes
again on a downgrade."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from sqlalchemy import inspect, text
from sqlalchemy.engine import URL, Engine

from eventplanner.domain.feeds import Feed
from eventplanner.persistence import migrations
from eventplanner.persistence.database import create_database_engine
from eventplanner.services.workspace import Workspace


def _feed_columns(engine: Engine) -> set[str]:
    return {column["name"] for column in inspect(engine).get_columns("feeds")}


def _make_0005_database(url: URL) -> None:
    """A database at 0005 with two feeds: one saved by the app, one written as 0005 did."""
    workspace = Workspace.open(url)
    try:
        workspace.feeds.create(Feed(id=None, name="Mässor 2027", description="Alla mässor"))
        migrations.downgrade(workspace.database.engine, "0005")
    finally:
        workspace.close()
    engine = create_database_engine(url)
    try:
        assert migrations.state(engine).current == "0005"
        assert "language" not in _feed_columns(engine)
        with engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO feeds (name, calendar_name, description, filter_json, "
                    "include_cancelled, cancelled_prefix, include_notes, folder, token, "
                    "created_at, modified_at, version) VALUES ('Trade fairs', '', '', '{}', "
                    "false, 'Cancelled: ', false, '', 'abcdefghijklmnopqrstuvwxyz012345', "
                    ":now, :now, 1)"
                ),
                {"now": datetime(2026, 12, 1)},
            )
    finally:
        engine.dispose()


def test_a_0005_feed_upgrades_to_an_automatic_language(empty_database_url: URL) -> None:
    _make_0005_database(empty_database_url)
    workspace = Workspace.open(empty_database_url)
    try:
        engine = workspace.database.engine
        assert migrations.state(engine).current == migrations.head()
        assert "language" in _feed_columns(engine)
        swedish = workspace.feeds.get_by_name("Mässor 2027")
        english = workspace.feeds.get_by_name("Trade fairs")
        assert swedish.language == "" and english.language == ""
        assert swedish.description == "Alla mässor"  # the rest as it was
        # And it can be set now.
        saved = workspace.feeds.update(
            replace(swedish, language="en"), expected_version=swedish.version
        )
        assert workspace.feeds.get(saved.id or 0).language == "en"
    finally:
        workspace.close()


def test_downgrading_0006_drops_the_setting_and_keeps_the_feed(empty_database_url: URL) -> None:
    workspace = Workspace.open(empty_database_url)
    try:
        workspace.feeds.create(Feed(id=None, name="Mässor 2027", language="en"))
        engine = workspace.database.engine
        migrations.downgrade(engine, "0005")
        assert "language" not in _feed_columns(engine)
        with engine.connect() as connection:
            names = connection.execute(text("SELECT name FROM feeds")).scalars().all()
        assert names == ["Mässor 2027"]
        migrations.upgrade(engine)
        assert workspace.feeds.get_by_name("Mässor 2027").language == ""
    finally:
        workspace.close()
