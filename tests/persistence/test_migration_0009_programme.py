"""Revision 0009 adds the programme's tables (stages, blocks, sessions, phases, roles,
availability) with the indexes of the person-conflict query; a downgrade drops them and
nothing else."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import inspect, text
from sqlalchemy.engine import URL

from eventplanner.domain.model import Contact, EventDraft
from eventplanner.domain.timing import TimedSpan
from eventplanner.persistence import migrations
from eventplanner.services.workspace import Workspace

PROGRAMME = {
    "stages", "blocks", "sessions", "phases", "event_people", "block_people",
    "session_people", "event_organisations", "contact_availability",
}  # fmt: skip


def test_upgrading_to_0009_makes_the_tables_and_downgrading_drops_them(
    empty_database_url: URL,
) -> None:
    workspace = Workspace.open(empty_database_url)
    try:
        engine = workspace.database.engine
        inspector = inspect(engine)
        assert set(inspector.get_table_names()) >= PROGRAMME
        indexes = {i["name"]: i["column_names"] for i in inspector.get_indexes("session_people")}
        assert indexes["ix_session_people_contact"] == ["contact_id", "session_id"]
        indexes = {i["name"]: i["column_names"] for i in inspector.get_indexes("sessions")}
        # (0013 adds the event, stage and block after these.)
        assert indexes["ix_sessions_starts_ends"][:3] == ["starts_at", "ends_at", "id"]
        start = datetime(2027, 1, 19, 8, tzinfo=UTC)
        workspace.events.create(
            EventDraft("Innovationsdagar", TimedSpan(start, start + timedelta(hours=8)))
        )
        workspace.contacts.create(Contact(None, "Ada Lind"))

        migrations.downgrade(engine, "0008")
        assert not set(inspect(engine).get_table_names()) & PROGRAMME
        with engine.connect() as connection:
            assert connection.execute(text("SELECT title FROM events")).scalars().all() == [
                "Innovationsdagar"
            ]
        migrations.upgrade(engine)
        assert set(inspect(engine).get_table_names()) >= PROGRAMME
    finally:
        workspace.close()
