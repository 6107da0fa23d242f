"""What the stand's writes share: the rows they name looked up (a clear message when one is
missing or changed meanwhile), the stand made when a list is first written to, the
values a record is stored as, and the change set of a write."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from eventplanner.domain.errors import ConflictError, NotFoundError, ValidationError
from eventplanner.domain.programme import raise_first
from eventplanner.domain.stand import (
    CoExhibitor,
    StandDeadline,
    StandMaterial,
    deadline_problems,
    material_problems,
)
from eventplanner.persistence.schema import (
    CoExhibitorRow,
    ContactRow,
    EventRow,
    OrganisationRow,
    StandRow,
)
from eventplanner.services.changes import Action, ChangeSet, Kind
from eventplanner.services.events.touches import touch_of


def saved_id(ident: int | None, noun: str) -> int:
    if ident is None:
        raise ValidationError("id", f"the {noun} has not been saved yet")
    return ident


def get(session: OrmSession, model: type[Any], ident: int, noun: str, expected: int = 0) -> Any:
    """The row; ConflictError when ``expected`` (a row version, 0 for any) is not the
    stored one."""
    row = session.get(model, ident)
    if row is None:
        raise NotFoundError(f"there is no {noun} with id {ident} (it may have been deleted)")
    if expected and row.version != expected:
        raise ConflictError(
            f"the {noun} was changed by someone else since you opened it; nothing was saved. "
            "Reload it and make your change again."
        )
    return row


def event_row(session: OrmSession, event_id: int, *, lock: bool = False) -> EventRow:
    row = session.get(EventRow, event_id, with_for_update=lock or None)
    if row is None:
        raise NotFoundError(f"there is no event with id {event_id} (it may have been deleted)")
    return row


def event_of_stand(session: OrmSession, stand_id: int) -> EventRow:
    stand_row = get(session, StandRow, stand_id, "stand")
    return event_row(session, stand_row.event_id, lock=True)


def stand_row(session: OrmSession, event_id: int) -> StandRow | None:
    return session.scalars(select(StandRow).where(StandRow.event_id == event_id)).one_or_none()


def stand_for_writing(session: OrmSession, event_id: int) -> tuple[StandRow, ChangeSet]:
    """The event's stand, made (empty) when it has none: with the change set of making it."""
    found = stand_row(session, event_id)
    if found is not None:
        return found, ChangeSet()
    row = StandRow(event_id=event_id, hall="", booth="", stand_type="shared", notes="", version=1)
    session.add(row)
    session.flush()
    return row, ChangeSet.of(Kind.STAND, Action.CREATED, [row.id])


def of_stand(session: OrmSession, model: type[Any], stand_id: int) -> list[Any]:
    return list(session.scalars(select(model).where(model.stand_id == stand_id)))


def organisation(session: OrmSession, ident: int, what: str) -> OrganisationRow:
    row = session.get(OrganisationRow, ident)
    if row is None:
        raise ValidationError("organisation", f"there is no organisation with id {ident} "
                              f"(for {what})")  # fmt: skip
    return row


def contact(session: OrmSession, ident: int, what: str) -> ContactRow:
    row = session.get(ContactRow, ident)
    if row is None:
        raise ValidationError("contact", f"there is no contact with id {ident} (for {what})")
    return row


def co_exhibitor_of(session: OrmSession, ident: int | None, stand_id: int) -> None:
    """A co-exhibitor named by a deadline or a person is one of this stand's."""
    if ident is None:
        return
    row = session.get(CoExhibitorRow, ident)
    if row is None or row.stand_id != stand_id:
        raise ValidationError(
            "co-exhibitor", f"there is no co-exhibitor with id {ident} on this stand"
        )


def check_deadline(session: OrmSession, deadline: StandDeadline) -> None:
    raise_first(deadline_problems(deadline))
    co_exhibitor_of(session, deadline.co_exhibitor_id, deadline.stand_id)


def material_checked(session: OrmSession, material: StandMaterial) -> StandMaterial:
    material = replace(material, item=material.item.strip())
    raise_first(material_problems(material))
    for ident, role in ((material.packer_id, "who packs"), (material.shipper_id, "who ships"),
                        (material.returner_id, "who brings it back")):  # fmt: skip
        if ident is not None:
            contact(session, ident, f"{role} {material.item!r}")
    return material


def exhibitor_values(exhibitor: CoExhibitor) -> dict[str, Any]:
    return {
        "stand_id": exhibitor.stand_id, "organisation_id": exhibitor.organisation_id,
        "contact_id": exhibitor.contact_id, "area": exhibitor.area, "fee": exhibitor.fee,
        "staff_quota": exhibitor.staff_quota, "badge_quota": exhibitor.badge_quota,
        "brings": exhibitor.brings, "power_kw": exhibitor.power_kw,
        "floor_m2": exhibitor.floor_m2, "state": exhibitor.state.value,
        "notes": exhibitor.notes,
    }  # fmt: skip


def deadline_values(deadline: StandDeadline) -> dict[str, Any]:
    return {
        "stand_id": deadline.stand_id, "co_exhibitor_id": deadline.co_exhibitor_id,
        "kind": deadline.kind.value, "title": deadline.title.strip(),
        "due_date": deadline.due, "due_time": deadline.due_time, "done": deadline.done,
        "notes": deadline.notes,
    }  # fmt: skip


def material_values(material: StandMaterial) -> dict[str, Any]:
    return {
        "stand_id": material.stand_id, "item": material.item, "quantity": material.quantity,
        "packer_id": material.packer_id, "shipper_id": material.shipper_id,
        "returner_id": material.returner_id, "state": material.state.value,
        "notes": material.notes,
    }  # fmt: skip


def changes(kind: Kind, action: Action, ident: int, event_row: EventRow) -> ChangeSet:
    """The record's change, and its event named as changed (its views refresh); the
    event's row is left alone (nothing of the stand is in a calendar)."""
    return ChangeSet.of(kind, action, [ident]) | ChangeSet.for_events(
        Action.CHANGED, [touch_of(event_row)]
    )
