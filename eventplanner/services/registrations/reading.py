"""Reading registrations: their counts (many events in one query), lines with their people,
and the free seats of sessions."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from eventplanner.domain.registrations import (
    SEATED,
    Counts,
    Registration,
    RegistrationSource,
    RegistrationStatus,
    waitlist_order,
)
from eventplanner.persistence.schema import (
    ContactRow,
    EventRow,
    OrganisationRow,
    RegistrationRow,
    RegistrationSessionRow,
    SessionRow,
    VenueRow,
)
from eventplanner.services.registrations.records import RegistrationLine

_SEATED = [s.value for s in SEATED]


def _number(status: RegistrationStatus | list[str]) -> ColumnElement[int]:
    wanted = status if isinstance(status, list) else [status.value]
    return func.coalesce(func.sum(case((RegistrationRow.status.in_(wanted), 1), else_=0)), 0)


def counts_of(session: Session, event_ids: Sequence[int]) -> dict[int, Counts]:
    """The counts of these events (those that exist), from one query: seats taken, the
    capacity (the event's, else its venue's), waiting, attended, cancelled, no-shows."""
    statement = (
        select(
            EventRow.id,
            func.coalesce(EventRow.capacity, VenueRow.capacity),
            _number(_SEATED),
            _number(RegistrationStatus.WAITLISTED),
            _number(RegistrationStatus.ATTENDED),
            _number(RegistrationStatus.CANCELLED),
            _number(RegistrationStatus.NO_SHOW),
        )
        .outerjoin(VenueRow, VenueRow.id == EventRow.venue_id)
        .outerjoin(RegistrationRow, RegistrationRow.event_id == EventRow.id)
        .where(EventRow.id.in_(list(event_ids)))
        .group_by(EventRow.id, EventRow.capacity, VenueRow.capacity)
    )
    return {
        ident: Counts(int(seated), capacity, int(waiting), int(attended), int(cancelled),
                      int(no_shows))
        for ident, capacity, seated, waiting, attended, cancelled, no_shows
        in session.execute(statement)
    }  # fmt: skip


def sessions_of(session: Session, registration_ids: Iterable[int]) -> dict[int, tuple[int, ...]]:
    ids = list(registration_ids)
    found: dict[int, list[int]] = defaultdict(list)
    if ids:
        statement = (
            select(RegistrationSessionRow.registration_id, RegistrationSessionRow.session_id)
            .where(RegistrationSessionRow.registration_id.in_(ids))
            .order_by(RegistrationSessionRow.session_id)
        )
        for registration, chosen in session.execute(statement):
            found[registration].append(chosen)
    return {k: tuple(v) for k, v in found.items()}


def record_of(row: RegistrationRow, session_ids: tuple[int, ...] = ()) -> Registration:
    return Registration(
        id=row.id,
        event_id=row.event_id,
        contact_id=row.contact_id,
        status=RegistrationStatus(row.status),
        registered_at=row.registered_at,
        source=RegistrationSource(row.source),
        session_ids=session_ids,
        priority=row.priority,
        priority_reason=row.priority_reason,
        needs=row.needs,
        version=row.version,
    )


def records_of(session: Session, rows: Sequence[RegistrationRow]) -> list[Registration]:
    chosen = sessions_of(session, (r.id for r in rows))
    return [record_of(r, chosen.get(r.id, ())) for r in rows]


def lines_of(session: Session, registrations: Sequence[Registration]) -> list[RegistrationLine]:
    """Each registration with its person's name, e-mail and organisation, in the list's
    order: seated by when they came, then the waitlist numbered, then the cancelled."""
    people = {
        ident: (name, email, organisation or "")
        for ident, name, email, organisation in session.execute(
            select(ContactRow.id, ContactRow.name, ContactRow.email, OrganisationRow.name)
            .outerjoin(OrganisationRow, OrganisationRow.id == ContactRow.organisation_id)
            .where(ContactRow.id.in_({r.contact_id for r in registrations}))
        )
    }
    waiting = waitlist_order(r for r in registrations if r.status is RegistrationStatus.WAITLISTED)
    position = {r.id: place for place, r in enumerate(waiting, start=1)}
    seated = sorted((r for r in registrations if r.seated), key=lambda r: (r.registered_at, r.id))
    cancelled = sorted(
        (r for r in registrations if r.status is RegistrationStatus.CANCELLED),
        key=lambda r: (r.registered_at, r.id),
    )
    return [
        RegistrationLine(r, *people.get(r.contact_id, ("", "", "")), position.get(r.id))
        for r in [*seated, *waiting, *cancelled]
    ]


def session_free(session: Session, session_ids: Iterable[int]) -> dict[int, int | None]:
    """The free seats of these sessions (None: no capacity of their own)."""
    ids = list(set(session_ids))
    if not ids:
        return {}
    taken = dict(
        session.execute(
            select(RegistrationSessionRow.session_id, func.count())
            .join(RegistrationRow, RegistrationRow.id == RegistrationSessionRow.registration_id)
            .where(RegistrationSessionRow.session_id.in_(ids))
            .where(RegistrationRow.status.in_(_SEATED))
            .group_by(RegistrationSessionRow.session_id)
        ).all()
    )
    capacities = session.execute(select(SessionRow.id, SessionRow.capacity).where(
        SessionRow.id.in_(ids)))  # fmt: skip
    return {
        ident: None if capacity is None else max(0, capacity - int(taken.get(ident, 0)))
        for ident, capacity in capacities
    }
