"""Revision 0016 makes the stand's tables on an upgraded database (empty: nothing had a
stand before) with the constraints the models declare: one stand an event, an
organisation once a stand, an event's delete taking its stand's rows with it, a contact's
delete clearing its links; a downgrade drops them."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import delete, insert, inspect, select
from sqlalchemy.engine import URL
from sqlalchemy.exc import IntegrityError

from eventplanner.domain.model import EventDraft
from eventplanner.domain.timing import TimedSpan
from eventplanner.persistence import migrations
from eventplanner.persistence.schema import (
    CoExhibitorRow,
    ContactRow,
    EventRow,
    ExhibitorStaffRow,
    OrganisationRow,
    StandDeadlineRow,
    StandRow,
)
from eventplanner.services.workspace import Workspace

STO = ZoneInfo("Europe/Stockholm")
TABLES = {"stands", "co_exhibitors", "stand_deadlines", "exhibitor_staff", "stand_materials"}


def test_the_stand_tables_down_and_up(empty_database_url: URL) -> None:
    workspace = Workspace.open(empty_database_url)
    try:
        engine = workspace.database.engine
        migrations.downgrade(engine, "0014")
        assert not TABLES & set(inspect(engine).get_table_names())
        migrations.upgrade(engine)
        assert set(inspect(engine).get_table_names()) >= TABLES
        start = datetime(2027, 3, 16, 9, tzinfo=STO)
        fair = workspace.events.create(
            EventDraft("Elmia", TimedSpan(start, start + timedelta(hours=8)))
        ).event
        with engine.begin() as connection:
            org = connection.execute(
                insert(OrganisationRow).returning(OrganisationRow.id),
                {"name": "Robotik AB", "type": "member_company", "web_page": "", "notes": "",
                 "version": 1},
            ).scalar_one()  # fmt: skip
            contact = connection.execute(
                insert(ContactRow).returning(ContactRow.id),
                {"name": "Ada", "email": "", "phone": "", "title": "", "version": 1},
            ).scalar_one()
            stand = connection.execute(
                insert(StandRow).returning(StandRow.id),
                {"event_id": fair.id, "hall": "A", "booth": "1", "stand_type": "shared",
                 "notes": "", "version": 1, "lead_contact_id": contact},
            ).scalar_one()  # fmt: skip
            exhibitor = {"stand_id": stand, "organisation_id": org, "staff_quota": 0,
                         "badge_quota": 0, "brings": "", "state": "asked", "notes": "",
                         "version": 1}  # fmt: skip
            shared = connection.execute(
                insert(CoExhibitorRow).returning(CoExhibitorRow.id), exhibitor
            ).scalar_one()
            connection.execute(insert(StandDeadlineRow), {
                "stand_id": stand, "co_exhibitor_id": shared, "kind": "other", "title": "",
                "due_date": date(2027, 1, 1), "done": False, "notes": "", "version": 1,
            })  # fmt: skip
            connection.execute(insert(ExhibitorStaffRow), {
                "stand_id": stand, "name": "Ada", "badge": True, "contact_id": contact,
                "version": 1,
            })  # fmt: skip
        with pytest.raises(IntegrityError), engine.begin() as connection:
            connection.execute(insert(CoExhibitorRow), exhibitor)  # the same company twice
        with pytest.raises(IntegrityError), engine.begin() as connection:
            connection.execute(insert(StandRow), {  # a second stand on the event
                "event_id": fair.id, "hall": "", "booth": "", "stand_type": "own", "notes": "",
                "version": 1,
            })  # fmt: skip
        with engine.begin() as connection:
            connection.execute(delete(ContactRow).where(ContactRow.id == contact))
            assert connection.execute(select(StandRow.lead_contact_id)).scalar_one() is None
            assert connection.execute(select(ExhibitorStaffRow.contact_id)).scalar_one() is None
            connection.execute(delete(EventRow).where(EventRow.id == fair.id))
            for table in (StandRow, CoExhibitorRow, StandDeadlineRow, ExhibitorStaffRow):
                assert connection.execute(select(table.id)).all() == []
    finally:
        workspace.close()
