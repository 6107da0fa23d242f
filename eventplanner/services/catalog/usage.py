"""How many events use a catalog record: what keeps it from being deleted."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select, union
from sqlalchemy.orm import Session

from eventplanner.persistence.schema import (
    BlockPersonRow,
    BlockRow,
    CoExhibitorRow,
    ContactRow,
    EventOrganisationRow,
    EventPersonRow,
    EventRow,
    FeedRow,
    ProjectRow,
    RegistrationRow,
    SessionPersonRow,
    SessionRow,
    ShiftPersonRow,
    ShiftRow,
    StandRow,
)
from eventplanner.services.feeds.feed_references import feeds_choosing
from eventplanner.services.feeds.feed_rows import parse_programme_json


def count_of(session: Session, column: Any, ident: int) -> int:
    return int(session.scalar(select(func.count()).where(column == ident)) or 0)


def events_of_organisation(session: Session, ident: int) -> int:
    """The events an organisation organises or has a role in (partner, sponsor, ...), or
    shares the stand of as a co-exhibitor (its fair organiser's link is cleared instead)."""
    events = union(
        select(EventRow.id).where(EventRow.organiser_id == ident),
        select(EventOrganisationRow.event_id).where(EventOrganisationRow.organisation_id == ident),
        select(StandRow.event_id)
        .join(CoExhibitorRow, CoExhibitorRow.stand_id == StandRow.id)
        .where(CoExhibitorRow.organisation_id == ident),
    ).subquery()
    return int(session.scalar(select(func.count()).select_from(events)) or 0)


def roles_of_contact(session: Session, ident: int) -> int:
    """The events a person has a role in (on the event, a block or a session), a shift
    of, or a registration for: deleting them would lose those."""
    events = union(
        select(EventPersonRow.event_id).where(EventPersonRow.contact_id == ident),
        select(BlockRow.event_id)
        .join(BlockPersonRow, BlockPersonRow.block_id == BlockRow.id)
        .where(BlockPersonRow.contact_id == ident),
        select(SessionRow.event_id)
        .join(SessionPersonRow, SessionPersonRow.session_id == SessionRow.id)
        .where(SessionPersonRow.contact_id == ident),
        select(ShiftRow.event_id)
        .join(ShiftPersonRow, ShiftPersonRow.shift_id == ShiftRow.id)
        .where(ShiftPersonRow.contact_id == ident),
        select(RegistrationRow.event_id).where(RegistrationRow.contact_id == ident),
    ).subquery()
    return int(session.scalar(select(func.count()).select_from(events)) or 0)


def contact_in_use(session: Session, ident: int) -> bool:
    """Whether anything keeps a person from being deleted: a role, a shift or a
    registration on an event (``roles_of_contact``), or a feed that follows them."""
    return roles_of_contact(session, ident) > 0 or bool(feeds_choosing(session, "contact", ident))


def organisation_in_use(session: Session, ident: int) -> bool:
    """Whether anything keeps an organisation: a person of it, a project it funds, an
    event it has a part in (``events_of_organisation``) or a feed that follows it."""
    return (
        count_of(session, ContactRow.organisation_id, ident) > 0
        or count_of(session, ProjectRow.funder_id, ident) > 0
        or events_of_organisation(session, ident) > 0
        or bool(feeds_choosing(session, "organisation", ident))
    )


def contacts_in_use(session: Session, ids: Sequence[int]) -> set[int]:
    """Those of ``ids`` that ``contact_in_use`` keeps, found in a few queries (an import's
    undo asks about thousands): a role on an event, a block or a session, a shift, a
    registration, or a feed that follows them."""
    wanted = list(ids)
    found: set[int] = set()
    for name, text in session.execute(select(FeedRow.name, FeedRow.programme_json)):
        programme = parse_programme_json(text, name)
        found |= {i for i in (programme.person_id, programme.rota_person_id) if i is not None}
    found &= set(wanted)
    for start in range(0, len(wanted), 500):
        part = wanted[start : start + 500]
        for column in (EventPersonRow.contact_id, BlockPersonRow.contact_id,
                       SessionPersonRow.contact_id, ShiftPersonRow.contact_id,
                       RegistrationRow.contact_id):  # fmt: skip
            found.update(session.scalars(select(column).where(column.in_(part)).distinct()))
    return found
