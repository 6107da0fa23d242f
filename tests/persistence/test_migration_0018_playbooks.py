"""Revision 0018 adds the team's playbooks and their task templates; a downgrade takes them
away and the events stay; a playbook's templates go with it, and two templates of one
playbook cannot share a key, nor two playbooks a name in any case."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import insert, inspect, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import IntegrityError

from eventplanner.domain.model import EventDraft
from eventplanner.domain.timing import AllDaySpan
from eventplanner.persistence import migrations
from eventplanner.persistence.schema import PlaybookRow, PlaybookTaskRow
from eventplanner.services.workspace import Workspace

_TABLES = {"playbooks", "playbook_tasks"}


def _row(playbook_id: int, key: str) -> dict[str, object]:
    return {"playbook_id": playbook_id, "position": 0, "key": key, "owner_role": "finance",
            "anchor_kind": "event_end", "amount": 2, "unit": "weeks", "direction": "after",
            "day_off": "later"}  # fmt: skip


def test_playbooks_come_and_go_with_0018(empty_database_url: URL) -> None:
    workspace = Workspace.open(empty_database_url)
    try:
        engine = workspace.database.engine
        assert set(inspect(engine).get_table_names()) >= _TABLES
        event = workspace.events.create(
            EventDraft("Elmia", AllDaySpan(date(2027, 3, 9), date(2027, 3, 11)))
        ).event
        copied = workspace.playbooks.copy("Trade fair with a shared stand", "Elmia-mässan")
        assert copied.stored.id is not None
        assert workspace.playbooks.get("ELMIA-MÄSSAN").playbook.templates == (
            workspace.playbooks.get("Trade fair with a shared stand").playbook.templates
        )
        applied = workspace.playbooks.apply("Elmia-mässan", event.id)
        assert len(applied.task_ids) == 32

        now = datetime(2027, 1, 1, tzinfo=UTC)
        with engine.begin() as connection, pytest.raises(IntegrityError):
            connection.execute(
                insert(PlaybookRow),
                {"name": "elmia-mässan", "name_key": "elmia-mässan", "description_en": "",
                 "description_sv": "", "language": "en", "created_at": now, "modified_at": now,
                 "version": 1},
            )  # fmt: skip
        with engine.begin() as connection, pytest.raises(IntegrityError):
            connection.execute(insert(PlaybookTaskRow), _row(copied.stored.id, "badges"))
        with engine.begin() as connection:  # its templates go with it
            connection.execute(text("DELETE FROM playbooks"))
            left = connection.execute(text("SELECT count(*) FROM playbook_tasks")).scalar()
        assert left == 0

        migrations.downgrade(engine, "0015")
        assert not _TABLES & set(inspect(engine).get_table_names())
        migrations.upgrade(engine)
        assert set(inspect(engine).get_table_names()) >= _TABLES
        assert workspace.events.get(event.id).title == "Elmia"
        assert all(s.built_in for s in workspace.playbooks.list())
    finally:
        workspace.close()
