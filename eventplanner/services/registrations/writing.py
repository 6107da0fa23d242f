"""The registrations' writes, step by step: the event's row locked, a new registration
placed, its sessions chosen, the waiting moved up, a write put back, and what a write
returns (``RegistrationWrite``). ``RegistrationService`` runs them in one transaction."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from sqlalchemy import Select, delete, func, insert, select
from sqlalchemy.orm import Session

from eventplanner.domain.errors import ConflictError, NotFoundError, ValidationError
from eventplanner.domain.registrations import (
    SEATED,
    Registration,
    RegistrationStatus,
    has_room,
    mailto,
    placed,
    to_promote,
)
from eventplanner.persistence.schema import (
    ContactRow,
    EventRow,
    RegistrationRow,
    RegistrationSessionRow,
    SessionRow,
)
from eventplanner.services.changes import Action, ChangeSet, Kind
from eventplanner.services.events import rows
from eventplanner.services.events.touches import touch_of
from eventplanner.services.registrations.reading import (
    counts_of,
    lines_of,
    records_of,
    session_free,
)
from eventplanner.services.registrations.records import RegistrationWrite

WAITING = RegistrationStatus.WAITLISTED


def event_row(session: Session, event_id: int, *, lock: bool = False) -> EventRow:
    # The lock is what keeps two writers from both taking the last seat (PostgreSQL).
    row = session.get(EventRow, event_id, with_for_update=lock or None)
    if row is None:
        raise NotFoundError(f"there is no event with id {event_id} (it may have been deleted)")
    return row


def registration_of(event_id: int, contact_id: int) -> Select[RegistrationRow]:
    return select(RegistrationRow).where(
        RegistrationRow.event_id == event_id, RegistrationRow.contact_id == contact_id
    )


def row_of(session: Session, event_id: int, contact_id: int) -> RegistrationRow:
    row = session.scalar(registration_of(event_id, contact_id))
    if row is None:
        person = session.get(ContactRow, contact_id)
        who = person.name if person is not None else f"person {contact_id}"
        raise NotFoundError(f"{who} is not registered for event {event_id}")
    return row


def rows_of_event(session: Session, event_id: int) -> list[RegistrationRow]:
    statement = select(RegistrationRow).where(RegistrationRow.event_id == event_id)
    return list(session.scalars(statement.order_by(RegistrationRow.id)))


def check_sessions(session: Session, event_id: int, chosen: Sequence[int]) -> None:
    if not chosen:
        return
    found = set(
        session.scalars(
            select(SessionRow.id).where(SessionRow.id.in_(chosen), SessionRow.event_id == event_id)
        )
    )
    missing = [str(s) for s in chosen if s not in found]
    if missing:
        raise ValidationError(
            "sessions", f"session {', '.join(missing)} is not in this event's programme"
        )


def placed_status(
    session: Session,
    event_id: int,
    chosen: Sequence[int],
    status: RegistrationStatus | None,
    title: str,
) -> RegistrationStatus:
    if status in {RegistrationStatus.ATTENDED, RegistrationStatus.NO_SHOW}:
        assert status is not None
        return status
    if status is RegistrationStatus.CANCELLED:
        raise ValidationError("status", "a new registration cannot start as cancelled")
    counts = counts_of(session, [event_id])[event_id]
    free = session_free(session, chosen)
    rooms = {s: f is None or f > 0 for s, f in free.items()}
    found = placed(has_room(counts.capacity, counts.seated), rooms, chosen)
    if status is RegistrationStatus.REGISTERED and found is WAITING:
        raise ValidationError(
            "status",
            f"{title!r} is full ({counts.text}); leave --status out to put them on the waitlist",
        )
    if status is WAITING and found is not WAITING:
        # Nothing would move them up: promotion happens only when a seat is freed.
        raise ValidationError(
            "status",
            f"{title!r} has a free seat ({counts.text}); a person waits only when it is "
            "full, so leave --status out to give them the seat",
        )
    return found


def has_seat_for(session: Session, event: EventRow, row: RegistrationRow) -> bool:
    """Whether a waiting registration fits now (the event and each of its sessions)."""
    waiting = records_of(session, [row])[0]
    counts = counts_of(session, [event.id])[event.id]
    free = session_free(session, waiting.session_ids)
    return bool(to_promote([waiting], counts.free, free))


def choose_sessions(session: Session, registration_id: int, chosen: Sequence[int]) -> None:
    session.execute(
        delete(RegistrationSessionRow).where(
            RegistrationSessionRow.registration_id == registration_id
        )
    )
    if chosen:
        session.execute(
            insert(RegistrationSessionRow),
            [{"registration_id": registration_id, "session_id": s} for s in chosen],
        )


def promote(session: Session, event: EventRow) -> list[RegistrationRow]:
    """Move up whoever fits in the free seats, in the waitlist's order."""
    session.flush()
    waiting_rows = list(
        session.scalars(
            select(RegistrationRow).where(
                RegistrationRow.event_id == event.id, RegistrationRow.status == WAITING.value
            )
        )
    )
    if not waiting_rows:
        return []
    waiting = records_of(session, waiting_rows)
    counts = counts_of(session, [event.id])[event.id]
    free = session_free(session, (s for r in waiting for s in r.session_ids))
    moved = {r.id for r in to_promote(waiting, counts.free, free)}
    now = rows.now_utc()
    promoted = [row for row in waiting_rows if row.id in moved]
    for row in promoted:
        row.status, row.modified_at = RegistrationStatus.REGISTERED.value, now
    return promoted


def put_back(session: Session, row: RegistrationRow, state: Registration) -> None:
    if row.version != state.version + 1 and row.version != state.version:
        raise ConflictError(
            "the registration was changed again since; undo that first, nothing was undone"
        )
    row.status, row.source = state.status.value, state.source.value
    row.registered_at, row.priority = state.registered_at, state.priority
    row.priority_reason, row.needs = state.priority_reason, state.needs
    row.modified_at = rows.now_utc()
    row.version += 1
    assert state.id is not None
    choose_sessions(session, state.id, state.session_ids)


def written_versions(write: RegistrationWrite) -> dict[int, int]:
    """The registrations a write made, each with the version it wrote."""
    line = write.registration
    made = {line.registration.id: line.registration.version} if line is not None else {}
    return {ident: made.get(ident, 1) for ident in write.created}


def sessions_taken(session: Session, chosen: Iterable[int]) -> dict[int, int]:
    """Seats taken on each of the ``chosen`` sessions (0 for none), by session id."""
    wanted = sorted(set(chosen))
    if not wanted:
        return {}
    taken = dict.fromkeys(wanted, 0)
    found = session.execute(
        select(RegistrationSessionRow.session_id, func.count())
        .join(RegistrationRow, RegistrationRow.id == RegistrationSessionRow.registration_id)
        .where(RegistrationSessionRow.session_id.in_(wanted))
        .where(RegistrationRow.status.in_([s.value for s in SEATED]))
        .group_by(RegistrationSessionRow.session_id)
    )
    taken.update((ident, int(count)) for ident, count in found)
    return taken


def check_not_overbooked(
    session: Session,
    event: EventRow,
    seated_again: Sequence[Registration],
    seated_before: int,
    sessions_before: Mapping[int, int] | None = None,
) -> None:
    """ConflictError when the seats now taken exceed the event's capacity and the
    ``seated_before`` the write that is undone (walk-ins may have filled it beyond), or a
    session's capacity that one of ``seated_again`` chose and its seats taken before the
    write (``sessions_before``; walk-ins may have filled it beyond too): someone took the
    seat meanwhile."""
    if not seated_again:
        return
    counts = counts_of(session, [event.id])[event.id]
    beyond = max(counts.capacity, seated_before) if counts.capacity is not None else None
    if beyond is not None and counts.seated > beyond:
        raise ConflictError(
            f"{event.title!r} would have {counts.seated} seats taken of {counts.capacity} "
            "(someone took the seat since); nothing was undone"
        )
    taken = sessions_taken(session, (s for r in seated_again for s in r.session_ids))
    if not taken:
        return
    before = sessions_before or {}
    found = session.execute(
        select(SessionRow.id, SessionRow.title, SessionRow.capacity)
        .where(SessionRow.id.in_(taken))
        .order_by(SessionRow.id)
    )
    for ident, title, capacity in found:
        if capacity is not None and taken[ident] > max(capacity, before.get(ident, 0)):
            raise ConflictError(
                f"session {title!r} of {event.title!r} would have {taken[ident]} seats taken "
                f"of {capacity} (someone took the seat since); nothing was undone"
            )


def written(
    session: Session,
    event: EventRow,
    row: RegistrationRow | None,
    promoted: Iterable[RegistrationRow],
    before: tuple[Registration, ...],
    created: tuple[int, ...],
    action: Action,
) -> RegistrationWrite:
    session.flush()
    moved = list(promoted)
    # Those moved up were waiting before: their earlier state, for undo.
    earlier = tuple(
        Registration(
            r.id, r.event_id, r.contact_id, WAITING, r.registered_at, r.source, r.session_ids,
            r.priority, r.priority_reason, r.needs, r.version - 1,
        )
        for r in records_of(session, moved)
    )  # fmt: skip
    rows_written = [row, *moved] if row is not None else moved
    lines = lines_of(session, records_of(session, rows_written))
    by_id = {line.registration.id: line for line in lines}
    moved_lines = tuple(by_id[r.id] for r in moved)
    changes = ChangeSet.of(Kind.REGISTRATION, action, [row.id] if row is not None else [])
    if moved:
        changes |= ChangeSet.of(Kind.REGISTRATION, Action.CHANGED, [r.id for r in moved])
    changes |= ChangeSet.for_events(Action.CHANGED, [touch_of(event)])
    return RegistrationWrite(
        registration=by_id[row.id] if row is not None else None,
        promoted=moved_lines,
        mailto=mailto([line.email for line in moved_lines]),
        before=before + earlier,
        created=created,
        changes=changes,
        event_id=event.id,
    )
