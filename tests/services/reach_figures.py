"""The reach figures a funder report counts, by a small query of its own: what anonymising
must leave as it was. The funder report (built in parallel) should be pointed at
``test_funder_reach_figures_survive_anonymising.py`` once it exists, comparing its own
figures before and after as this does.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import select

from eventplanner.persistence.schema import ContactRow, OrganisationRow, RegistrationRow
from eventplanner.services.workspace import Workspace


def reach_figures(workspace: Workspace) -> dict[str, Any]:
    """Registrations by status; unique people and organisations (by organisation number,
    else by id) among those registered; people by their organisation's actor type,
    organisation type, size and country; and registrations by event."""
    statement = (
        select(RegistrationRow.event_id, RegistrationRow.status, ContactRow.id,
               OrganisationRow.id, OrganisationRow.org_number, OrganisationRow.type,
               OrganisationRow.actor_type, OrganisationRow.size, OrganisationRow.country)
        .join(ContactRow, ContactRow.id == RegistrationRow.contact_id)
        .outerjoin(OrganisationRow, OrganisationRow.id == ContactRow.organisation_id)
    )  # fmt: skip
    with workspace.database.reading() as session:
        rows = session.execute(statement).all()
    people = {r[2]: r for r in rows}
    organisations = {(r[4] or f"id {r[3]}") for r in rows if r[3] is not None}
    return {
        "registrations_by_status": dict(Counter(r[1] for r in rows)),
        "registrations_by_event": dict(Counter(r[0] for r in rows)),
        "unique_people": len(people),
        "unique_organisations": len(organisations),
        "people_by_actor_type": dict(Counter(r[6] for r in people.values())),
        "people_by_organisation_type": dict(Counter(r[5] for r in people.values())),
        "people_by_size": dict(Counter(r[7] for r in people.values())),
        "people_by_country": dict(Counter(r[8] for r in people.values())),
        "organisations_by_actor_type": dict(
            Counter({(r[4] or r[3]): r[6] for r in rows if r[3] is not None}.values())
        ),
    }
