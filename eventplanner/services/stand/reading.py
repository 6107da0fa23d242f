"""An event's stand as the stand's service returns it: rows made into the domain's values,
with the names of the organisations and contacts they link to."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from eventplanner.domain.programme import Phase, PhaseKind
from eventplanner.domain.stand import (
    CoExhibitor,
    DeadlineKind,
    ExhibitorStaff,
    ExhibitorState,
    MaterialState,
    OpenDay,
    Stand,
    StandDeadline,
    StandMaterial,
    StandType,
    open_days,
)
from eventplanner.domain.text import swedish_sort_key
from eventplanner.persistence.schema import (
    CoExhibitorRow,
    ContactRow,
    EventRow,
    ExhibitorStaffRow,
    OrganisationRow,
    PhaseRow,
    StandDeadlineRow,
    StandMaterialRow,
    StandRow,
)
from eventplanner.services.stand.main_exhibitor import main_exhibitor_name


@dataclass(frozen=True, slots=True)
class StandView:
    """An event's stand whole: None until one is made (``stand edit``, or the first
    co-exhibitor, deadline, person or item added), its lists, and the open days read
    from the event's phases."""

    event_id: int
    event_title: str
    event_uid: str
    time_zone: str
    stand: Stand | None
    co_exhibitors: tuple[CoExhibitor, ...] = ()
    deadlines: tuple[StandDeadline, ...] = ()
    staff: tuple[ExhibitorStaff, ...] = ()
    materials: tuple[StandMaterial, ...] = ()
    open_days: tuple[OpenDay, ...] = ()
    main_exhibitor: str = ""
    """The cluster's name as the stand's main exhibitor ("" when unknown)."""

    def exhibitor(self, exhibitor_id: int | None) -> CoExhibitor | None:
        return next((e for e in self.co_exhibitors if e.id == exhibitor_id), None)


def read_stand(session: OrmSession, event: EventRow) -> StandView:
    row = session.scalars(select(StandRow).where(StandRow.event_id == event.id)).one_or_none()
    phases = [
        Phase(p.id, p.event_id, PhaseKind(p.kind), p.starts_at, p.ends_at, p.name, p.public)
        for p in session.scalars(select(PhaseRow).where(PhaseRow.event_id == event.id))
    ]
    days = open_days(phases, event.time_zone)
    if row is None:
        return StandView(event.id, event.title, event.uid, event.time_zone, None, open_days=days)
    names = Names(session)
    exhibitors = sorted(
        (co_exhibitor(r, names) for r in session.scalars(
            select(CoExhibitorRow).where(CoExhibitorRow.stand_id == row.id))),
        key=lambda e: swedish_sort_key(e.organisation_name),
    )  # fmt: skip
    people = list(
        session.scalars(select(ExhibitorStaffRow).where(ExhibitorStaffRow.stand_id == row.id))
    )
    # A badge carries the company its person represents on the stand: a co-exhibitor's
    # people their company's, the cluster's own the main exhibitor's (not the fair's).
    main = main_exhibitor_name(session, event, row, people)
    companies: dict[int | None, str] = {e.id: e.organisation_name for e in exhibitors}
    companies[None] = main
    deadlines = sorted(
        (deadline(r) for r in session.scalars(
            select(StandDeadlineRow).where(StandDeadlineRow.stand_id == row.id))),
        key=lambda d: (d.due, d.due_time is not None, d.due_time, d.id),
    )  # fmt: skip
    staff = sorted(
        (staff_member(r, companies) for r in people),
        key=lambda s: (s.co_exhibitor_id is not None, swedish_sort_key(s.company),
                       swedish_sort_key(s.name)),
    )  # fmt: skip
    materials = [
        material(r, names)
        for r in session.scalars(
            select(StandMaterialRow)
            .where(StandMaterialRow.stand_id == row.id)
            .order_by(StandMaterialRow.id)
        )
    ]
    return StandView(
        event.id, event.title, event.uid, event.time_zone, stand(row, names),
        tuple(exhibitors), tuple(deadlines), tuple(staff), tuple(materials), days, main,
    )  # fmt: skip


class Names:
    """Organisations' and contacts' names, each read once."""

    def __init__(self, session: OrmSession) -> None:
        self._session = session
        self._rows: dict[tuple[type[Any], int], Any] = {}

    def _row(self, model: type[Any], ident: int | None) -> Any:
        if ident is None:
            return None
        key = (model, ident)
        if key not in self._rows:
            self._rows[key] = self._session.get(model, ident)
        return self._rows[key]

    def organisation(self, ident: int | None) -> str:
        row = self._row(OrganisationRow, ident)
        return "" if row is None else str(row.name)

    def contact(self, ident: int | None) -> str:
        row = self._row(ContactRow, ident)
        return "" if row is None else str(row.name)

    def email(self, ident: int | None) -> str:
        row = self._row(ContactRow, ident)
        return "" if row is None else str(row.email)


def stand(row: StandRow, names: Names | None = None) -> Stand:
    return Stand(
        row.id, row.event_id, row.organiser_id, row.hall, row.booth, row.area,
        StandType(row.stand_type), row.lead_contact_id, row.notes, row.version,
        names.organisation(row.organiser_id) if names else "",
        names.contact(row.lead_contact_id) if names else "",
    )  # fmt: skip


def co_exhibitor(row: CoExhibitorRow, names: Names | None = None) -> CoExhibitor:
    fee = None if row.fee is None else Decimal(row.fee)
    return CoExhibitor(
        row.id, row.stand_id, row.organisation_id, row.contact_id, row.area, fee,
        row.staff_quota, row.badge_quota, row.brings, row.power_kw, row.floor_m2,
        ExhibitorState(row.state), row.notes, row.version,
        names.organisation(row.organisation_id) if names else "",
        names.contact(row.contact_id) if names else "",
        names.email(row.contact_id) if names else "",
    )  # fmt: skip


def deadline(row: StandDeadlineRow) -> StandDeadline:
    return StandDeadline(
        row.id, row.stand_id, DeadlineKind(row.kind), row.due_date, row.title, row.due_time,
        row.done, row.notes, row.co_exhibitor_id, row.version,
    )  # fmt: skip


def staff_member(row: ExhibitorStaffRow, companies: dict[int | None, str]) -> ExhibitorStaff:
    return ExhibitorStaff(
        row.id, row.stand_id, row.name, row.co_exhibitor_id, row.contact_id, row.badge,
        row.version, companies.get(row.co_exhibitor_id, ""),
    )  # fmt: skip


def material(row: StandMaterialRow, names: Names | None = None) -> StandMaterial:
    return StandMaterial(
        row.id, row.stand_id, row.item, row.quantity, row.packer_id, row.shipper_id,
        row.returner_id, MaterialState(row.state), row.notes, row.version,
        names.contact(row.packer_id) if names else "",
        names.contact(row.shipper_id) if names else "",
        names.contact(row.returner_id) if names else "",
    )  # fmt: skip
