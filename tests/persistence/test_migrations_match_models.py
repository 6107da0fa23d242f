"""The shipped migrations build exactly the models, and can be taken down and up again."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect, text
from sqlalchemy.engine import URL

from eventplanner.domain.model import EventDraft
from eventplanner.domain.timing import TimedSpan
from eventplanner.persistence import migrations
from eventplanner.persistence.database import Database
from eventplanner.persistence.schema import Base
from eventplanner.persistence.search import FTS_TABLE, PG_INDEX
from eventplanner.services.workspace import Workspace

IncludeName = Callable[[str | None, str, Any], bool]


def env_include_name(engine: Engine) -> IncludeName:
    """The ``include_name`` filter that the shipped ``migrations/env.py`` hands Alembic."""
    return migrations.include_name


def differences(engine: Engine) -> list[Any]:
    """What Alembic's autogenerate finds between the database and the models."""
    include_name = env_include_name(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_name": include_name, "compare_type": True}
        )
        return list(compare_metadata(context, Base.metadata))


def search_objects(engine: Engine) -> set[str]:
    """The hand-made full-text search objects (not part of the models) that exist."""
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            names = connection.execute(
                text("SELECT name FROM sqlite_master WHERE name LIKE :prefix"),
                {"prefix": f"{FTS_TABLE}%"},
            ).scalars()
        else:
            names = connection.execute(
                text("SELECT indexname FROM pg_indexes WHERE indexname = :name"),
                {"name": PG_INDEX},
            ).scalars()
        return set(names)


def _draft(title: str) -> EventDraft:
    start = datetime(2026, 9, 14, 9, 0, tzinfo=UTC)
    return EventDraft(title=title, timing=TimedSpan(start, start + timedelta(hours=3)))


def test_upgrading_an_empty_database_gives_exactly_the_models(empty_database_url: URL) -> None:
    db = Database.open(empty_database_url)
    try:
        assert migrations.state(db.engine).is_current
        assert differences(db.engine) == []
        # Alembic's own check, through env.py's complete configuration, agrees.
        command.check(migrations.config(db.engine))
        assert search_objects(db.engine), "the full-text index is made by the migration"
    finally:
        db.close()


def test_the_comparison_notices_a_missing_index(empty_database_url: URL) -> None:
    # The empty diff above means something only if the same comparison sees a difference.
    db = Database.open(empty_database_url)
    try:
        with db.engine.begin() as connection:
            connection.execute(text("DROP INDEX ix_events_kind"))
        found = differences(db.engine)
        assert [(d[0], d[1].name) for d in found] == [("add_index", "ix_events_kind")]
    finally:
        db.close()


def test_the_filter_hides_only_the_search_index_objects(sqlite_file: Path) -> None:
    db = Database.open(sqlite_file)
    try:
        include_name = env_include_name(db.engine)
    finally:
        db.close()
    assert not include_name(FTS_TABLE, "table", {})
    assert not include_name(f"{FTS_TABLE}_data", "table", {})
    assert not include_name(PG_INDEX, "index", {})
    for table in Base.metadata.tables:
        assert include_name(table, "table", {})
    assert include_name("ix_events_kind", "index", {})


def test_downgrade_to_base_then_upgrade_again(empty_database_url: URL) -> None:
    workspace = Workspace.open(empty_database_url)
    engine = workspace.database.engine
    try:
        workspace.events.create(_draft("Automationsmässan i Västerås"))

        migrations.downgrade(engine, "base")
        assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
        assert search_objects(engine) == set()
        assert migrations.state(engine).current is None

        migrations.upgrade(engine)
        assert migrations.state(engine).is_current
        assert differences(engine) == []
        assert search_objects(engine)
        # The rebuilt tables and search index work: a new event is saved and found.
        assert workspace.queries.count() == 0
        workspace.events.create(_draft("Innovationsdagar i Skellefteå"))
        assert [o.title for o in workspace.queries.search("innovation")] == [
            "Innovationsdagar i Skellefteå"
        ]
    finally:
        workspace.close()


@pytest.mark.parametrize("step", ["0001", "head"])
def test_upgrading_a_database_at_head_changes_nothing(empty_database_url: URL, step: str) -> None:
    db = Database.open(empty_database_url)
    try:
        before = sorted(inspect(db.engine).get_table_names())
        migrations.upgrade(db.engine, step)
        assert db.upgrade() is None
        assert sorted(inspect(db.engine).get_table_names()) == before
        assert migrations.state(db.engine).current == migrations.head()
    finally:
        db.close()
