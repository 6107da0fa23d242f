"""Revision 0020 adds registrations (and the sessions each chose), organisations' identity
(number, country, size, actor type), contacts' e-mail key, events' public flag and
sessions' capacity; a downgrade takes them away and the events and people stay; an
upgrade over existing rows fills the defaults (public, SE, the e-mail in lower case, Å
and Ö too)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import insert, inspect, select, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import IntegrityError

from eventplanner.domain.model import Contact, EventDraft, Organisation
from eventplanner.domain.timing import TimedSpan
from eventplanner.persistence import migrations
from eventplanner.persistence.schema import OrganisationRow
from eventplanner.services.workspace import Workspace

_TABLES = {"registrations", "registration_sessions"}
_COLUMNS = {
    "organisations": {"org_number", "country", "size", "actor_type"},
    "contacts": {"email_key"},
    "events": {"public"},
    "sessions": {"capacity"},
}
START = datetime(2027, 4, 20, 11, 0, tzinfo=UTC)


def _columns(workspace: Workspace, table: str) -> set[str]:
    return {c["name"] for c in inspect(workspace.database.engine).get_columns(table)}


def test_registrations_come_and_go_with_0020(empty_database_url: URL) -> None:
    workspace = Workspace.open(empty_database_url)
    try:
        engine = workspace.database.engine
        assert set(inspect(engine).get_table_names()) >= _TABLES
        event = workspace.events.create(
            EventDraft("AI-seminarium", TimedSpan(START, START + timedelta(hours=2)), capacity=1)
        ).event
        person = workspace.contacts.create(Contact(None, "Anna Berg", " Anna.Berg@ABB.se "))
        workspace.registrations.register(event.id, person.id or 0)
        workspace.organisations.create(Organisation(None, "Volvo", org_number="556012-5790"))
        with engine.begin() as connection, pytest.raises(IntegrityError):
            connection.execute(
                insert(OrganisationRow),
                {"name": "Volvo igen", "type": "other", "web_page": "", "notes": "",
                 "org_number": "556012-5790", "country": "SE", "version": 1},
            )  # fmt: skip

        migrations.downgrade(engine, "0019")
        assert not _TABLES & set(inspect(engine).get_table_names())
        for table, columns in _COLUMNS.items():
            assert not columns & _columns(workspace, table), table
        with engine.begin() as connection:  # a row made before the upgrade
            connection.execute(text("UPDATE contacts SET email = ' Åsa.Öberg@MDU.se '"))

        migrations.upgrade(engine)
        assert set(inspect(engine).get_table_names()) >= _TABLES
        for table, columns in _COLUMNS.items():
            assert columns <= _columns(workspace, table), table
        assert workspace.events.get(event.id).public is True
        assert workspace.registrations.counts([event.id])[event.id].text == "0 / 1"
        (volvo,) = workspace.organisations.list()
        assert (volvo.org_number, volvo.country) == ("", "SE")
        with engine.connect() as connection:
            keys = connection.execute(select(text("email_key")).select_from(text("contacts")))
            # As the service computes it: lower case beyond ASCII too (SQLite's lower() is not).
            assert keys.scalars().all() == ["åsa.öberg@mdu.se"]
    finally:
        workspace.close()
