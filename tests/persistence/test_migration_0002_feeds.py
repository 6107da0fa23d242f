"""Revision 0002 adds the feeds table; a 0001 database holding events is upgraded in place."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import URL, make_url

from eventplanner.domain.model import EventDraft
from eventplanner.domain.timing import TimedSpan
from eventplanner.persistence import migrations
from eventplanner.persistence.database import create_database_engine
from eventplanner.services.workspace import Workspace


def _draft(title: str, day: int) -> EventDraft:
    start = datetime(2027, 3, day, 9, 0, tzinfo=UTC)
    return EventDraft(title=title, timing=TimedSpan(start, start + timedelta(hours=2)))


def _make_0001_database(url: URL) -> None:
    """A database as Eventplanner 0001 left it: its tables, two events, no feeds table."""
    workspace = Workspace.open(url)
    try:
        workspace.events.create(_draft("Automationsmässan, byggdag", 15))
        workspace.events.create(_draft("Spridningsseminarium i Borlänge", 17))
        migrations.downgrade(workspace.database.engine, "0001")
    finally:
        workspace.close()
    engine = create_database_engine(url)
    try:
        assert "feeds" not in inspect(engine).get_table_names()
        assert migrations.state(engine).current == "0001"
    finally:
        engine.dispose()


def test_a_0001_database_with_events_is_upgraded_and_keeps_them(
    empty_database_url: URL,
) -> None:
    _make_0001_database(empty_database_url)
    workspace = Workspace.open(empty_database_url)
    try:
        engine = workspace.database.engine
        assert migrations.state(engine).current == migrations.head()
        columns = {c["name"] for c in inspect(engine).get_columns("feeds")}
        assert {"name", "token", "filter_json", "published_hash", "published_at"} <= columns
        assert [o.title for o in workspace.queries.search("spridningsseminarium")] == [
            "Spridningsseminarium i Borlänge"
        ]
        assert workspace.queries.count() == 2
        assert workspace.feeds.list() == []
    finally:
        workspace.close()


def test_an_upgraded_sqlite_file_was_backed_up_at_0001_first(tmp_path: Path) -> None:
    path = tmp_path / "planering.sqlite"
    _make_0001_database(make_url(f"sqlite:///{path}"))

    Workspace.open(path).close()

    [backup] = sorted(tmp_path.glob("planering.before-upgrade-*.sqlite"))
    check = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        assert check.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
        assert check.execute("SELECT count(*) FROM events").fetchone() == (2,)
        tables = {r[0] for r in check.execute("SELECT name FROM sqlite_master")}
        assert "feeds" not in tables
    finally:
        check.close()


def test_downgrading_0002_drops_only_the_feeds(empty_database_url: URL) -> None:
    workspace = Workspace.open(empty_database_url)
    try:
        workspace.events.create(_draft("Nätverksträff", 3))
        engine = workspace.database.engine
        migrations.downgrade(engine, "0001")
        with engine.connect() as connection:
            titles = connection.execute(text("SELECT title FROM events")).scalars().all()
        assert titles == ["Nätverksträff"]
        assert "feeds" not in inspect(engine).get_table_names()
        migrations.upgrade(engine)
        assert "feeds" in inspect(engine).get_table_names()
    finally:
        workspace.close()
