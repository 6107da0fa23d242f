"""Revision 0017 adds the staff rota's tables (shifts, the people on them, contacts'
skills); a downgrade takes them away again and leaves the events and contacts as they
were, and an upgrade brings them back empty."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import inspect, text
from sqlalchemy.engine import URL

from eventplanner.domain.model import Contact, EventDraft
from eventplanner.domain.rota import Shift, ShiftKind
from eventplanner.domain.timing import AllDaySpan
from eventplanner.persistence import migrations
from eventplanner.services.workspace import Workspace

_TABLES = {"shifts", "shift_people", "contact_skills"}
STO = ZoneInfo("Europe/Stockholm")


def test_the_rota_tables_come_with_0017_and_go_before_it(empty_database_url: URL) -> None:
    workspace = Workspace.open(empty_database_url)
    try:
        engine = workspace.database.engine
        assert set(inspect(engine).get_table_names()) >= _TABLES
        event = (
            workspace.events.create(
                EventDraft(
                    "Elmia", AllDaySpan(date(2027, 3, 9), date(2027, 3, 9), "Europe/Stockholm")
                )
            ).event.id
            or 0
        )
        ada = workspace.contacts.create(Contact(None, "Ada Lind")).id or 0
        start = datetime(2027, 3, 9, 9, tzinfo=STO)
        shift = workspace.rota.add_shift(
            Shift(None, event, ShiftKind.OPEN_DAY, "Förmiddag", start, start.replace(hour=13))
        ).record
        workspace.rota.assign(shift.id or 0, ada)
        workspace.rota.add_skill(ada, "Tyska")
        assert workspace.rota.shift(shift.id or 0).start == start  # UTC in, the zone's out

        migrations.downgrade(engine, "0014")
        assert not _TABLES & set(inspect(engine).get_table_names())
        with engine.connect() as connection:
            assert connection.execute(text("SELECT title FROM events")).scalars().all() == ["Elmia"]
            assert connection.execute(text("SELECT name FROM contacts")).scalars().all() == [
                "Ada Lind"
            ]
        migrations.upgrade(engine)
        with engine.connect() as connection:
            for table in _TABLES:
                assert connection.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar() == 0
    finally:
        workspace.close()
