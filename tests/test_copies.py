"""Each test's database is fresh: a copy of a template built once a run (tests/copies.py),
and on PostgreSQL the run's database emptied of every table's rows before it is filled."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, inspect, select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import NullPool

from eventplanner.domain.filters import TimeWindow
from eventplanner.domain.model import Venue
from eventplanner.persistence import migrations
from eventplanner.persistence.database import Database
from eventplanner.persistence.schema import Base
from eventplanner.services.sample import SampleSummary
from eventplanner.services.workspace import Workspace
from tests import copies
from tests.postgres import model_tables

TODAY = date(2026, 11, 18)


def _counts(url: URL) -> dict[str, int]:
    """How many rows each model table holds."""
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            return {
                table.name: connection.execute(select(func.count()).select_from(table)).scalar_one()
                for table in Base.metadata.sorted_tables
            }
    finally:
        engine.dispose()


def test_the_reset_empties_every_table_the_migrations_make(database: Database) -> None:
    """The tables emptied between tests come from the models; a table the migrations make
    that the models lack (or the other way round) would be left full, and fails here."""
    made = {
        name
        for name in inspect(database.engine).get_table_names()
        if name != "alembic_version" and migrations.include_name(name, "table", None)
    }
    assert made == set(model_tables())
    assert "change_notices" in made and "own_days_off" in made


@pytest.mark.database_copy("sample_year", TODAY)
def test_the_next_tests_copy_is_fresh_after_this_ones_writes(
    database_url: URL, made: object, templates: copies.Templates, tmp_path: Path
) -> None:
    assert isinstance(made, SampleSummary)
    copied = _counts(database_url)
    assert copied["events"] == made.events and copied["tasks"] == made.tasks > 0
    workspace = Workspace.open(database_url)
    try:
        first_new = workspace.venues.create(Venue(None, "Lokstallet", city="Malmö")).id
        window = TimeWindow.days(made.first_day, made.last_day)
        for event_id in {o.event_id for o in workspace.queries.occurrences(window)}:
            workspace.events.delete(event_id)
        assert workspace.queries.count() == 0
    finally:
        workspace.close()
    # What the next test gets: a new file on SQLite, this same database on PostgreSQL.
    if database_url.get_backend_name() == "sqlite":
        database_url = make_url(f"sqlite:///{tmp_path / 'next.sqlite'}")
    name, build = copies.template_for("sample_year", TODAY)
    assert templates.copy(name, build, database_url) == made
    assert _counts(database_url) == copied
    workspace = Workspace.open(database_url)
    try:
        # Ids start where the template's end, as if the sample had been built here.
        assert workspace.venues.create(Venue(None, "Lokstallet", city="Malmö")).id == first_new
    finally:
        workspace.close()


def test_an_empty_database_is_at_the_newest_schema_and_holds_nothing(database_url: URL) -> None:
    assert set(_counts(database_url).values()) == {0}
    engine = create_engine(database_url, poolclass=NullPool)
    try:
        assert migrations.state(engine).is_current
    finally:
        engine.dispose()
