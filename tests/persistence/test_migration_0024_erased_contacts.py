"""Revision 0024 keeps the ids of people erased; a downgrade drops the table and the rest
stays; an upgrade brings it back, empty, and an erasure writes it again."""

from __future__ import annotations

from sqlalchemy import inspect, select, text
from sqlalchemy.engine import URL

from eventplanner.domain.model import Contact
from eventplanner.persistence import migrations
from eventplanner.persistence.schema import ErasedContactRow
from eventplanner.services.workspace import Workspace


def _tables(workspace: Workspace) -> set[str]:
    return set(inspect(workspace.database.engine).get_table_names())


def _erased(workspace: Workspace) -> list[int]:
    with workspace.database.reading() as session:
        return list(session.scalars(select(ErasedContactRow.contact_id)))


def test_erased_contacts_come_and_go_with_0024(empty_database_url: URL) -> None:
    workspace = Workspace.open(empty_database_url)
    try:
        engine = workspace.database.engine
        assert "erased_contacts" in _tables(workspace)
        anna = workspace.contacts.create(Contact(None, "Anna Berg", "anna@abb.se"))
        bo = workspace.contacts.create(Contact(None, "Bo Ek", "bo@abb.se"))
        assert anna.id is not None and bo.id is not None
        workspace.personal_data.erase([anna.id])
        assert _erased(workspace) == [anna.id]
        migrations.downgrade(engine, "0023")
        assert "erased_contacts" not in _tables(workspace)
        with engine.connect() as connection:
            names = connection.execute(text("select name from contacts")).scalars().all()
        assert names == ["Bo Ek"]
        migrations.upgrade(engine)
        assert "erased_contacts" in _tables(workspace)
        assert _erased(workspace) == []
        erased = workspace.personal_data.erase([bo.id])
        assert _erased(workspace) == [bo.id]
        workspace.personal_data.undo(erased)
        assert _erased(workspace) == []
    finally:
        workspace.close()
