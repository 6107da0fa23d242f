"""Revision 0022 gives contacts the time they were anonymised; a downgrade takes the column
away and the people stay; an upgrade brings it back, empty, and anonymising works on it."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import inspect, text
from sqlalchemy.engine import URL

from eventplanner.domain.model import Contact
from eventplanner.persistence import migrations
from eventplanner.services.workspace import Workspace

NOW = datetime(2026, 12, 7, 12, tzinfo=UTC)


def _columns(workspace: Workspace) -> set[str]:
    return {c["name"] for c in inspect(workspace.database.engine).get_columns("contacts")}


def test_contacts_anonymised_at_comes_and_goes_with_0022(empty_database_url: URL) -> None:
    workspace = Workspace.open(empty_database_url)
    try:
        engine = workspace.database.engine
        assert "anonymised_at" in _columns(workspace)
        anna = workspace.contacts.create(Contact(None, "Anna Berg", "anna@abb.se"))
        assert anna.id is not None
        workspace.personal_data.anonymise([anna.id], at=NOW)
        migrations.downgrade(engine, "0021")
        assert "anonymised_at" not in _columns(workspace)
        with engine.connect() as connection:  # the models know the column: read it raw
            names = connection.execute(text("select name from contacts")).scalars().all()
        assert names == [f"Anonymised {anna.id}"]
        migrations.upgrade(engine)
        assert "anonymised_at" in _columns(workspace)
        assert not workspace.personal_data.holdings(anna.id).anonymised
        workspace.personal_data.anonymise([anna.id], at=NOW)
        assert workspace.personal_data.holdings(anna.id).anonymised
    finally:
        workspace.close()
