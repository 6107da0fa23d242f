"""A trade fair with a stand on it: the fair organiser, two member companies and their
people, three open days and a build-up; what the stand's tests start from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from eventplanner.domain.enums import EventKind
from eventplanner.domain.model import Contact, EventDraft, Organisation
from eventplanner.domain.programme import Phase, PhaseKind
from eventplanner.domain.stand import (
    CoExhibitor,
    DeadlineKind,
    ExhibitorStaff,
    MaterialState,
    Stand,
    StandDeadline,
    StandMaterial,
)
from eventplanner.domain.timing import TimedSpan
from eventplanner.services.workspace import Workspace

STO = ZoneInfo("Europe/Stockholm")


@dataclass(frozen=True)
class Fair:
    event_id: int
    organiser_id: int
    robotics_id: int
    steel_id: int
    ada_id: int
    bo_id: int


def make_fair(workspace: Workspace, *, stand: bool = True) -> Fair:
    start = datetime(2027, 3, 16, 9, tzinfo=STO)
    cluster = workspace.organisations.create(Organisation(None, "Klustret"))
    event = workspace.events.create(
        EventDraft(
            "Elmia Subcontractor",
            TimedSpan(start, start + timedelta(days=2, hours=8)),
            kind=EventKind.TRADE_FAIR,
            organiser_id=cluster.id,
        )
    ).event
    elmia = workspace.organisations.create(Organisation(None, "Elmia AB"))
    robotics = workspace.organisations.create(Organisation(None, "Robotik i Norr AB"))
    steel = workspace.organisations.create(Organisation(None, "Stålverket AB"))
    ada = workspace.contacts.create(
        Contact(None, "Ada Lind", email="ada@robotik.se", organisation_id=robotics.id)
    )
    bo = workspace.contacts.create(Contact(None, "Bo Ek", email="bo@klustret.se"))
    for day in range(3):
        opens = start + timedelta(days=day)
        workspace.programme.add_phase(
            Phase(None, event.id, PhaseKind.OPEN_DAY, opens, opens + timedelta(hours=8))
        )
    workspace.programme.add_phase(
        Phase(
            None,
            event.id,
            PhaseKind.BUILD_UP,
            start - timedelta(hours=20),
            start - timedelta(hours=12),
        )
    )
    assert elmia.id and robotics.id and steel.id and ada.id and bo.id
    fair = Fair(event.id, elmia.id, robotics.id, steel.id, ada.id, bo.id)
    if stand:
        fill_stand(workspace, fair)
    return fair


def fill_stand(workspace: Workspace, fair: Fair) -> None:
    service = workspace.stand
    service.save_stand(
        Stand(
            None,
            fair.event_id,
            fair.organiser_id,
            "A",
            "A:12",
            60.0,
            lead_contact_id=fair.bo_id,
            notes="Corner stand",
        )
    )
    robotics = service.add_co_exhibitor(
        fair.event_id,
        CoExhibitor(
            None,
            0,
            fair.robotics_id,
            fair.ada_id,
            area=12.0,
            staff_quota=3,
            badge_quota=4,
            brings="A robot cell",
            power_kw=16.0,
            floor_m2=9.0,
        ),
    ).record
    service.add_co_exhibitor(
        fair.event_id, CoExhibitor(None, 0, fair.steel_id, fee=Decimal("15000.00"))
    )
    service.add_deadline(
        fair.event_id,
        StandDeadline(None, 0, DeadlineKind.CATALOGUE_TEXT, date(2027, 1, 15)),
    )
    service.add_deadline(
        fair.event_id,
        StandDeadline(
            None,
            0,
            DeadlineKind.ELECTRICITY_ORDER,
            date(2027, 2, 1),
            due_time=time(12, 0),
            co_exhibitor_id=robotics.id,
        ),
    )
    service.add_staff(fair.event_id, ExhibitorStaff(None, 0, "Bo Ek", contact_id=fair.bo_id))
    service.add_staff(
        fair.event_id, ExhibitorStaff(None, 0, "Ada Lind", robotics.id, contact_id=fair.ada_id)
    )
    service.add_material(
        fair.event_id,
        StandMaterial(None, 0, "Roll-up", 2, packer_id=fair.bo_id, state=MaterialState.PACKED),
    )
    service.add_material(fair.event_id, StandMaterial(None, 0, "=Brochures", 300))
