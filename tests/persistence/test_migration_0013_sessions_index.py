"""Revision 0013 widens the sessions-by-time index with each session's event, stage and
block (its name and leading columns kept), and indexes a stage's sessions by time in place
of the stage alone; a downgrade puts both back, and the sessions are kept either way."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import inspect, text
from sqlalchemy.engine import URL, Engine

from eventplanner.domain.model import EventDraft
from eventplanner.domain.programme import Session, Stage
from eventplanner.domain.timing import TimedSpan
from eventplanner.persistence import migrations
from eventplanner.services.workspace import Workspace

_NAME = "ix_sessions_starts_ends"


def _indexes(engine: Engine) -> dict[str, list[str]]:
    found = inspect(engine).get_indexes("sessions")
    return {str(i["name"]): list(i["column_names"]) for i in found if i["name"] in _NAMES}


_NAMES = {_NAME, "ix_sessions_stage_starts", "ix_sessions_stage_id"}


def test_the_index_holds_the_places_after_0013_and_not_before(empty_database_url: URL) -> None:
    workspace = Workspace.open(empty_database_url)
    try:
        engine = workspace.database.engine
        wide = {
            _NAME: ["starts_at", "ends_at", "id", "event_id", "stage_id", "block_id"],
            "ix_sessions_stage_starts": ["stage_id", "starts_at", "ends_at"],
        }
        assert _indexes(engine) == wide
        start = datetime(2027, 1, 19, 8, tzinfo=UTC)
        event = workspace.events.create(
            EventDraft("Innovationsdagar", TimedSpan(start, start + timedelta(hours=8)))
        ).event.id
        assert event is not None
        stage = workspace.programme.add_stage(Stage(None, event, "Stora salen")).record.id
        workspace.programme.add_session(
            Session(None, event, "Öppning", start, start + timedelta(hours=1), stage_id=stage)
        )

        migrations.downgrade(engine, "0012")
        assert _indexes(engine) == {
            _NAME: ["starts_at", "ends_at", "id"],
            "ix_sessions_stage_id": ["stage_id"],
        }
        migrations.upgrade(engine)
        assert _indexes(engine) == wide
        with engine.connect() as connection:
            titles = connection.execute(text("SELECT title FROM sessions")).scalars().all()
        assert titles == ["Öppning"]
    finally:
        workspace.close()
