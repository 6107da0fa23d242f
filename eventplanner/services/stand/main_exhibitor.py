"""Who the main exhibitor of a stand is: the organisation the cluster's own people on the
stand (those of no co-exhibitor) work for, and whose name their badges carry.

The database holds no "our organisation", and a trade fair's event is often organised by
the fair organiser itself (the sample's are), so the event's organiser alone would put the
cluster's people under the fair's name. The main exhibitor is the first of:

1. an organisation linked to the event as its organiser (the programme's roles);
2. the event's organiser;
3. the organisation of the stand's lead;
4. the organisation most of the cluster's own people on the stand work for;

each taken only when it is not the fair organiser (the stand's, or any organisation of the
trade-fair organiser type). None found: the name is empty (shown as the cluster's own).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from eventplanner.domain.enums import OrganisationType
from eventplanner.domain.programme import OrganisationRole
from eventplanner.persistence.schema import (
    ContactRow,
    EventOrganisationRow,
    EventRow,
    ExhibitorStaffRow,
    OrganisationRow,
    StandRow,
)


def main_exhibitor_name(
    session: OrmSession, event: EventRow, stand: StandRow, staff: Iterable[ExhibitorStaffRow]
) -> str:
    """The name of the stand's main exhibitor (see the module), or "" when none is known."""
    for ident in _candidates(session, event, stand, staff):
        row = session.get(OrganisationRow, ident)
        if row is None or ident == stand.organiser_id:
            continue
        if row.type == OrganisationType.TRADE_FAIR_ORGANISER.value:
            continue
        return str(row.name)
    return ""


def _candidates(
    session: OrmSession, event: EventRow, stand: StandRow, staff: Iterable[ExhibitorStaffRow]
) -> Iterable[int]:
    yield from session.scalars(
        select(EventOrganisationRow.organisation_id)
        .where(EventOrganisationRow.event_id == event.id)
        .where(EventOrganisationRow.role == OrganisationRole.ORGANISER.value)
        .order_by(EventOrganisationRow.id)
    )
    if event.organiser_id is not None:
        yield event.organiser_id
    lead = _organisation_of(session, stand.lead_contact_id)
    if lead is not None:
        yield lead
    works_for = Counter(
        found
        for person in staff
        if person.co_exhibitor_id is None
        and (found := _organisation_of(session, person.contact_id)) is not None
    )
    yield from (ident for ident, _ in works_for.most_common())


def _organisation_of(session: OrmSession, contact_id: int | None) -> int | None:
    if contact_id is None:
        return None
    row = session.get(ContactRow, contact_id)
    return None if row is None else row.organisation_id
