"""A person's rota as a feed: their shifts as calendar entries of their own (issue 15).

Each shift is one VEVENT under its own stable UID (a copy of the event gets new ones), with
SEQUENCE its own (raised with each change of its times, title, kind or notes) plus its
event's (whose title, place and status show in it), written by ``ical``'s programme
entries (VTIMEZONE from zoneinfo, OUTLOOK.md's rules). LOCATION: the booth, then the venue;
DESCRIPTION: the shift's notes and the contact at the stand (the event's host).

The shifts are the draft: a rota is for the staff, who need a change the day it is made,
so it is not held back for a release as the public programme is.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from eventplanner.domain.enums import BusyStatus, EventStatus
from eventplanner.domain.programme import PersonRole
from eventplanner.domain.timezones import zone
from eventplanner.ical import EntryPerson, Place, ProgrammeEntry
from eventplanner.persistence.schema import (
    ContactRow,
    EventPersonRow,
    EventRow,
    OrganisationRow,
    ShiftPersonRow,
    ShiftRow,
    VenueRow,
)

_CHUNK = 500


def booth_of(session: Session, event_id: int) -> str:
    """The booth the event's staff work at ("Hall B, booth B04"), first in a shift's
    LOCATION. The stand (hall and booth) comes with the stands of issue 15's other half;
    until then an event has none, and the venue alone is where its shifts are."""
    del session, event_id
    return ""


def shift_location(booth: str, venue_line: str) -> str:
    """Where a shift is, on one line: the booth, then the venue."""
    return ", ".join(p for p in (booth.strip(), venue_line.strip()) if p)


def stand_contacts(session: Session, event_ids: Sequence[int]) -> dict[int, EntryPerson]:
    """Whom the staff of each event ask: its host (the stand lead once stands exist), the
    first host by id."""
    found: dict[int, EntryPerson] = {}
    for start in range(0, len(event_ids), _CHUNK):
        query = (
            select(EventPersonRow.event_id, ContactRow.name, ContactRow.phone,
                   OrganisationRow.name.label("organisation"))
            .join(ContactRow, ContactRow.id == EventPersonRow.contact_id)
            .outerjoin(OrganisationRow, OrganisationRow.id == ContactRow.organisation_id)
            .where(EventPersonRow.event_id.in_(event_ids[start : start + _CHUNK]),
                   EventPersonRow.role == PersonRole.HOST.value)
            .order_by(EventPersonRow.id)
        )  # fmt: skip
        for row in session.execute(query):
            if row.event_id not in found:
                name = f"{row.name}, {row.phone}" if row.phone.strip() else row.name
                found[row.event_id] = EntryPerson(name, "host", row.organisation or "")
    return found


def rota_entries(
    session: Session,
    contact_id: int,
    event_ids: Sequence[int] | None,
    *,
    include_cancelled: bool = False,
) -> list[ProgrammeEntry]:
    """The shifts ``contact_id`` is on, of ``event_ids`` (None: of every event), as
    calendar entries in time order."""
    query = (
        select(ShiftRow, EventRow.uid, EventRow.title, EventRow.status, EventRow.time_zone,
               EventRow.sequence, EventRow.created_at, EventRow.modified_at, EventRow.venue_id)
        .join(ShiftPersonRow, ShiftPersonRow.shift_id == ShiftRow.id)
        .join(EventRow, EventRow.id == ShiftRow.event_id)
        .where(ShiftPersonRow.contact_id == contact_id)
        .order_by(ShiftRow.starts_at, ShiftRow.id)
    )  # fmt: skip
    found = session.execute(query).all()
    if event_ids is not None:
        wanted = set(event_ids)
        found = [r for r in found if r[0].event_id in wanted]
    if not include_cancelled:
        found = [r for r in found if r.status != EventStatus.CANCELLED.value]
    events = sorted({r[0].event_id for r in found})
    contacts = stand_contacts(session, events)
    venues = _places(session, {r.venue_id for r in found if r.venue_id is not None})
    booths = {e: booth_of(session, e) for e in events}
    entries = []
    for row in found:
        shift = row[0]
        tz = zone(row.time_zone)
        title = shift.title.strip() or shift.kind.replace("_", " ").capitalize()
        contact = contacts.get(shift.event_id)
        entries.append(
            ProgrammeEntry(
                uid=shift.uid,
                related_uid=row.uid,
                title=f"{row.title}: {title}",
                start=shift.starts_at.astimezone(tz),
                end=shift.ends_at.astimezone(tz),
                time_zone=row.time_zone,
                sequence=shift.sequence + row.sequence,
                created=shift.created_at,
                modified=max(shift.modified_at, row.modified_at),
                event_title=row.title,
                stage=booths.get(shift.event_id, ""),
                place=venues.get(row.venue_id) if row.venue_id is not None else None,
                description=shift.notes,
                people=(contact,) if contact is not None else (),
                busy=BusyStatus.BUSY,
                cancelled=row.status == EventStatus.CANCELLED.value,
            )
        )
    return entries


def _places(session: Session, venue_ids: set[int]) -> dict[int, Place]:
    if not venue_ids:
        return {}
    rows = session.scalars(select(VenueRow).where(VenueRow.id.in_(sorted(venue_ids))))
    return {r.id: Place(r.name, r.address, r.city, r.country) for r in rows}
