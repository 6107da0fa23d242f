"""Revision 0019 adds the database's settings and the organisation's own days off; a
downgrade takes them away and the events stay; a setting's key and a day off's day are each
there once; a database without them counts by the law's calendar."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import insert, inspect
from sqlalchemy.engine import URL
from sqlalchemy.exc import IntegrityError

from eventplanner.domain.model import EventDraft
from eventplanner.domain.timing import AllDaySpan
from eventplanner.domain.working_days import OwnDayOff, WorkingCalendar
from eventplanner.persistence import migrations
from eventplanner.persistence.schema import OwnDayOffRow, SettingRow
from eventplanner.services.workspace import Workspace

_TABLES = {"settings", "own_days_off"}
NOW = datetime(2027, 1, 1, tzinfo=UTC)


def test_working_days_come_and_go_with_0019(empty_database_url: URL) -> None:
    workspace = Workspace.open(empty_database_url)
    try:
        engine = workspace.database.engine
        assert set(inspect(engine).get_table_names()) >= _TABLES
        assert workspace.working_days.calendar() == WorkingCalendar()
        event = workspace.events.create(
            EventDraft("Elmia", AllDaySpan(date(2027, 3, 9), date(2027, 3, 11)))
        ).event
        workspace.working_days.change(
            bridge_days_off=True, add=[OwnDayOff(date(2027, 6, 4), "Personaldag")]
        )
        with engine.begin() as connection, pytest.raises(IntegrityError):
            connection.execute(
                insert(OwnDayOffRow),
                {"day": date(2027, 6, 4), "name": "Igen", "modified_at": NOW, "version": 1},
            )
        with engine.begin() as connection, pytest.raises(IntegrityError):
            connection.execute(
                insert(SettingRow),
                {"key": "working_days.bridge_days_off", "value": "false", "modified_at": NOW,
                 "version": 1},
            )  # fmt: skip

        migrations.downgrade(engine, "0018")
        assert not _TABLES & set(inspect(engine).get_table_names())
        migrations.upgrade(engine)
        assert set(inspect(engine).get_table_names()) >= _TABLES
        assert workspace.events.get(event.id).title == "Elmia"
        assert workspace.working_days.calendar() == WorkingCalendar()
    finally:
        workspace.close()
