"""Rows of the tables an event owns about to be written back (an undo, an import's undo, a
duplicate), their references to records the event does not own made good
(``OwnedTable.made_good``): a person, organisation or tag deleted meanwhile.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from eventplanner.domain.text import name_key
from eventplanner.persistence.names import insert_missing
from eventplanner.persistence.schema import ContactRow, EventRow, OrganisationRow, TagRow
from eventplanner.services.events import rows
from eventplanner.services.events.owned_table import MadeGood, RowValues


def tags_made_good(
    session: Session, wanted: list[tuple[RowValues, int]]
) -> list[tuple[RowValues, int]]:
    """Tag links whose tag was deleted meanwhile link to the tag of the same name, made
    again if need be (as restoring an event always brought its tags back)."""
    tag_ids = {v["tag_id"] for v, _ in wanted}
    names = dict(
        session.execute(select(TagRow.id, TagRow.name).where(TagRow.id.in_(tag_ids))).all()
    )
    if len(names) == len(tag_ids):
        return wanted
    by_event: dict[int, list[RowValues]] = defaultdict(list)
    for values, event_id in wanted:
        by_event[event_id].append(values)
    stored_names = dict(
        session.execute(
            select(EventRow.id, EventRow.tag_names).where(EventRow.id.in_(list(by_event)))
        ).all()
    )
    result: list[tuple[RowValues, int]] = []
    for event_id, links in by_event.items():
        present = [v for v in links if v["tag_id"] in names]
        known = {name_key(names[v["tag_id"]]) for v in present}
        lost = [n for n in rows.parse_tag_names(stored_names.get(event_id, ""))
                if name_key(n) not in known]  # fmt: skip
        made, _ = insert_missing(session, TagRow, [{"name": n, "version": 1} for n in lost])
        present += [{"event_id": event_id, "tag_id": made[name_key(n)][0]} for n in lost]
        unique = {v["tag_id"]: v for v in present}
        result += [(v, event_id) for v in unique.values()]
    return result


def _present(
    session: Session, wanted: list[tuple[RowValues, int]], column: str, table: Table
) -> list[tuple[RowValues, int]]:
    """Rows whose ``column`` names a record that still exists (a person or organisation
    deleted meanwhile takes their role with them)."""
    ids = {v[column] for v, _ in wanted}
    found = set(session.scalars(select(table.c.id).where(table.c.id.in_(ids))))
    return [(v, e) for v, e in wanted if v[column] in found]


def people_made_good(
    session: Session, wanted: list[tuple[RowValues, int]]
) -> list[tuple[RowValues, int]]:
    return _present(session, wanted, "contact_id", ContactRow.__table__)  # type: ignore[arg-type]


def organisations_made_good(
    session: Session, wanted: list[tuple[RowValues, int]]
) -> list[tuple[RowValues, int]]:
    return _present(session, wanted, "organisation_id", OrganisationRow.__table__)  # type: ignore[arg-type]


def links_made_good(*columns: str) -> MadeGood:
    """Rows whose links to contacts (``columns``, each nullable) name a contact deleted
    meanwhile keep the row with the link cleared, as deleting the contact does."""

    def made_good(
        session: Session, wanted: list[tuple[RowValues, int]]
    ) -> list[tuple[RowValues, int]]:
        ids = {v[c] for v, _ in wanted for c in columns if v[c] is not None}
        found = set(session.scalars(select(ContactRow.id).where(ContactRow.id.in_(ids))))
        return [({**v, **{c: v[c] if v[c] in found else None for c in columns}}, e)
                for v, e in wanted]  # fmt: skip

    return made_good


def stand_made_good(
    session: Session, wanted: list[tuple[RowValues, int]]
) -> list[tuple[RowValues, int]]:
    """A stand whose fair organiser or lead was deleted meanwhile comes back without them."""
    wanted = links_made_good("lead_contact_id")(session, wanted)
    ids = {v["organiser_id"] for v, _ in wanted if v["organiser_id"] is not None}
    found = set(session.scalars(select(OrganisationRow.id).where(OrganisationRow.id.in_(ids))))
    return [({**v, "organiser_id": v["organiser_id"] if v["organiser_id"] in found else None}, e)
            for v, e in wanted]  # fmt: skip


def co_exhibitors_made_good(
    session: Session, wanted: list[tuple[RowValues, int]]
) -> list[tuple[RowValues, int]]:
    """A co-exhibitor whose organisation was deleted meanwhile is left behind (its own
    deadlines and staff with it); one whose contact was, comes back without the contact."""
    present = _present(session, wanted, "organisation_id", OrganisationRow.__table__)  # type: ignore[arg-type]
    return links_made_good("contact_id")(session, present)


def task_owners_made_good(
    session: Session, wanted: list[tuple[RowValues, int]]
) -> list[tuple[RowValues, int]]:
    """A task whose owner was deleted meanwhile comes back without an owner."""
    ids = {v["owner_contact_id"] for v, _ in wanted if v["owner_contact_id"] is not None}
    found = set(session.scalars(select(ContactRow.id).where(ContactRow.id.in_(ids))))
    return [
        (v if v["owner_contact_id"] in found or v["owner_contact_id"] is None
         else {**v, "owner_contact_id": None}, e)
        for v, e in wanted
    ]  # fmt: skip
