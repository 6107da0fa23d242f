"""Revision 0008 adds the table of change notices SQLite's listeners read (the live team
view); a downgrade drops it, and nothing else."""

from __future__ import annotations

from sqlalchemy import inspect
from sqlalchemy.engine import URL

from eventplanner.domain.model import Venue
from eventplanner.persistence import migrations
from eventplanner.services.workspace import Workspace


def test_upgrading_to_0008_makes_the_table_and_downgrading_drops_it(
    empty_database_url: URL,
) -> None:
    workspace = Workspace.open(empty_database_url)
    try:
        engine = workspace.database.engine
        assert "change_notices" in inspect(engine).get_table_names()
        workspace.venues.create(Venue(None, "Aulan"))
        migrations.downgrade(engine, "0007")
        assert "change_notices" not in inspect(engine).get_table_names()
        assert [v.name for v in workspace.venues.list()] == ["Aulan"]
        migrations.upgrade(engine)
        assert "change_notices" in inspect(engine).get_table_names()
    finally:
        workspace.close()
