"""The staff quotas of an event's co-exhibitors, read for the rota
(``domain.exhibitor_quotas``): each co-exhibitor's quota and who its people are.

A co-exhibitor's people are the contacts who work for its organisation and those named for
it on the stand's badge list; a person named on the list for another company (or for the
cluster) counts for that one only."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from eventplanner.domain.exhibitor_quotas import StaffQuota
from eventplanner.persistence.schema import (
    CoExhibitorRow,
    ContactRow,
    ExhibitorStaffRow,
    OrganisationRow,
    StandRow,
)


def staff_quotas(session: DbSession, event_id: int) -> tuple[StaffQuota, ...]:
    """The co-exhibitors' staff quotas on the event's stand (none without a stand)."""
    stand_id = session.scalar(select(StandRow.id).where(StandRow.event_id == event_id))
    if stand_id is None:
        return ()
    exhibitors = session.execute(
        select(CoExhibitorRow.id, CoExhibitorRow.organisation_id, CoExhibitorRow.staff_quota,
               OrganisationRow.name)
        .join(OrganisationRow, OrganisationRow.id == CoExhibitorRow.organisation_id)
        .where(CoExhibitorRow.stand_id == stand_id)
        .order_by(CoExhibitorRow.id)
    ).all()  # fmt: skip
    if not exhibitors:
        return ()
    of_organisation = {r.organisation_id: r.id for r in exhibitors}
    company: dict[int, int | None] = {
        contact: of_organisation[organisation]
        for contact, organisation in session.execute(
            select(ContactRow.id, ContactRow.organisation_id).where(
                ContactRow.organisation_id.in_(sorted(of_organisation))
            )
        )
        if organisation is not None
    }
    named = session.execute(
        select(ExhibitorStaffRow.contact_id, ExhibitorStaffRow.co_exhibitor_id)
        .where(ExhibitorStaffRow.stand_id == stand_id, ExhibitorStaffRow.contact_id.is_not(None))
        .order_by(ExhibitorStaffRow.id)
    ).all()  # fmt: skip
    for contact, exhibitor in named:
        if contact is not None:
            company[contact] = exhibitor
    members: dict[int, set[int]] = {r.id: set() for r in exhibitors}
    for contact, exhibitor in company.items():
        if exhibitor is not None:
            members[exhibitor].add(contact)
    return tuple(
        StaffQuota(r.id, r.name, r.staff_quota, frozenset(members[r.id])) for r in exhibitors
    )
