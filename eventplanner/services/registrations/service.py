"""Registering people for events: a seat or the waitlist, cancellations that move the first
on the waitlist up in the same transaction, attendance, and the undo of each.

Every write locks the event's row first (``SELECT … FOR UPDATE`` on PostgreSQL; SQLite's
write transactions are taken whole), so two coordinators registering or cancelling at once
count the same seats one after the other and never overbook. Every write returns a
``RegistrationWrite`` whose change set names the registrations and their event.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import Select, delete, insert, select
from sqlalchemy.orm import Session

from eventplanner.domain.errors import ConflictError, NotFoundError, ValidationError
from eventplanner.domain.registrations import (
    Counts,
    Registration,
    RegistrationSource,
    RegistrationStatus,
    change_problem,
    has_room,
    mailto,
    needs_problems,
    placed,
    priority_problems,
    to_promote,
)
from eventplanner.domain.validation import raise_first
from eventplanner.persistence.database import Database
from eventplanner.persistence.schema import (
    ContactRow,
    EventRow,
    RegistrationRow,
    RegistrationSessionRow,
    SessionRow,
)
from eventplanner.services.change_journal import reported
from eventplanner.services.changes import Action, ChangeSet, Kind
from eventplanner.services.events import rows
from eventplanner.services.events.touches import touch_of
from eventplanner.services.registrations.reading import (
    counts_of,
    lines_of,
    records_of,
    session_free,
)
from eventplanner.services.registrations.records import (
    EventRegistrations,
    RegistrationLine,
    RegistrationWrite,
)

_WAITING = RegistrationStatus.WAITLISTED


class RegistrationService:
    """Use cases on registrations. Every write is one transaction: all of it or none."""

    def __init__(self, database: Database) -> None:
        self._db = database

    # -- reading ---------------------------------------------------------------------------

    def registrations(self, event_id: int) -> EventRegistrations:
        """The event's registrations with their people, and its counts."""
        with self._db.reading() as session:
            event = _event(session, event_id)
            found = _rows_of_event(session, event_id)
            return EventRegistrations(
                event_id,
                event.title,
                counts_of(session, [event_id])[event_id],
                tuple(lines_of(session, records_of(session, found))),
            )

    def counts(self, event_ids: Sequence[int]) -> dict[int, Counts]:
        """The counts of many events ("48 / 60, 5 waiting"), from one query."""
        with self._db.reading() as session:
            return counts_of(session, event_ids)

    def registration(self, event_id: int, contact_id: int) -> Registration:
        with self._db.reading() as session:
            row = _row_of(session, event_id, contact_id)
            return records_of(session, [row])[0]

    def of_person(self, contact_id: int) -> tuple[Registration, ...]:
        """A person's registrations across all events, by when they came."""
        with self._db.reading() as session:
            found = session.scalars(
                select(RegistrationRow)
                .where(RegistrationRow.contact_id == contact_id)
                .order_by(RegistrationRow.registered_at, RegistrationRow.id)
            ).all()
            return tuple(records_of(session, found))

    # -- writing ---------------------------------------------------------------------------

    @reported
    def register(
        self,
        event_id: int,
        contact_id: int,
        *,
        status: RegistrationStatus | None = None,
        session_ids: Sequence[int] = (),
        needs: str = "",
        source: RegistrationSource = RegistrationSource.TYPED,
        at: datetime | None = None,
    ) -> RegistrationWrite:
        """Register a person: a seat when the event (and each chosen session) has one, else
        the waitlist. ``status`` None places them so; REGISTERED when full is refused (the
        message says to leave it out); ATTENDED or NO_SHOW record a walk-in or a past event
        whatever the seats. A person registered before and cancelled comes again."""
        raise_first(needs_problems(needs))
        chosen = tuple(sorted(set(session_ids)))
        with self._db.transaction() as session:
            event = _event(session, event_id, lock=True)
            person = session.get(ContactRow, contact_id)
            if person is None:
                raise NotFoundError(f"there is no person with id {contact_id}")
            _check_sessions(session, event_id, chosen)
            existing = session.scalar(_of(event_id, contact_id))
            before: tuple[Registration, ...] = ()
            if existing is not None:
                if existing.status != RegistrationStatus.CANCELLED.value:
                    raise ValidationError(
                        "person",
                        f"{person.name} is already on {event.title!r} "
                        f"({RegistrationStatus(existing.status).label})",
                    )
                before = tuple(records_of(session, [existing]))
            wanted = _placed(session, event_id, chosen, status, event.title)
            now = at or rows.now_utc()
            if existing is None:
                row = RegistrationRow(
                    event_id=event_id, contact_id=contact_id, status=wanted.value,
                    source=source.value, registered_at=now, priority=0, priority_reason="",
                    needs=needs, modified_at=now, version=1,
                )  # fmt: skip
                session.add(row)
            else:
                row = existing
                row.status, row.registered_at, row.modified_at = wanted.value, now, now
                row.needs, row.source, row.priority, row.priority_reason = (
                    needs, source.value, 0, ""
                )  # fmt: skip
            session.flush()
            _choose_sessions(session, row.id, chosen)
            created = () if existing is not None else (row.id,)
            action = Action.CREATED if existing is None else Action.CHANGED
            return _written(session, event, row, (), before, created, action)

    @reported
    def cancel(self, event_id: int, contact_id: int) -> RegistrationWrite:
        """Cancel a registration; the first on the waitlist who fits the freed seat moves up
        in the same transaction (``promoted``, with a ``mailto`` link to tell them)."""
        return self._change(event_id, contact_id, RegistrationStatus.CANCELLED)

    @reported
    def attend(self, event_id: int, contact_id: int) -> RegistrationWrite:
        """Mark a person as attended (from the waitlist too: they came and got in)."""
        return self._change(event_id, contact_id, RegistrationStatus.ATTENDED)

    @reported
    def no_show(self, event_id: int, contact_id: int) -> RegistrationWrite:
        return self._change(event_id, contact_id, RegistrationStatus.NO_SHOW)

    @reported
    def reinstate(self, event_id: int, contact_id: int) -> RegistrationWrite:
        """Registered again: a no-show or an attendance marked by mistake."""
        return self._change(event_id, contact_id, RegistrationStatus.REGISTERED)

    @reported
    def prioritise(
        self, event_id: int, contact_id: int, priority: int, reason: str
    ) -> RegistrationWrite:
        """Give a waitlisted registration a priority (higher comes first) with a reason;
        when there is room, whoever now comes first moves up."""
        raise_first(priority_problems(priority, reason))
        with self._db.transaction() as session:
            event = _event(session, event_id, lock=True)
            row = _row_of(session, event_id, contact_id)
            if row.status != _WAITING.value:
                raise ValidationError(
                    "priority", "only a registration on the waitlist has a priority"
                )
            before = tuple(records_of(session, [row]))
            row.priority, row.priority_reason = priority, reason.strip()
            row.modified_at = rows.now_utc()
            promoted = _promote(session, event)
            return _written(session, event, row, promoted, before, (), Action.CHANGED)

    @reported
    def fill_free_seats(self, event_id: int) -> RegistrationWrite:
        """Move up from the waitlist whoever fits in the seats free now (after the event's
        or a session's capacity was raised), in the waitlist's order."""
        with self._db.transaction() as session:
            event = _event(session, event_id, lock=True)
            promoted = _promote(session, event)
            return _written(session, event, None, promoted, (), (), Action.CHANGED)

    @reported
    def set_needs(self, event_id: int, contact_id: int, needs: str) -> RegistrationWrite:
        """Change a registration's dietary and access needs (private free text)."""
        raise_first(needs_problems(needs))
        with self._db.transaction() as session:
            event = _event(session, event_id, lock=True)
            row = _row_of(session, event_id, contact_id)
            before = tuple(records_of(session, [row]))
            row.needs, row.modified_at = needs, rows.now_utc()
            return _written(session, event, row, (), before, (), Action.CHANGED)

    @reported
    def undo(self, write: RegistrationWrite) -> ChangeSet:
        """Take a write back: what it made goes, what it changed is as it was (those it
        moved up from the waitlist wait again). ConflictError when one of them was changed
        since (undo that first)."""
        with self._db.transaction() as session:
            event = _event(session, write.event_id, lock=True)
            touched: set[int] = set()
            for ident in write.created:
                session.execute(delete(RegistrationRow).where(RegistrationRow.id == ident))
            for state in write.before:
                assert state.id is not None
                row = session.get(RegistrationRow, state.id)
                if row is None:
                    raise NotFoundError("the registration was deleted since; nothing was undone")
                _put_back(session, row, state)
                touched.add(state.id)
            session.flush()
            changes = ChangeSet.of(Kind.REGISTRATION, Action.CHANGED, touched)
            changes |= ChangeSet.of(Kind.REGISTRATION, Action.DELETED, write.created)
            return changes | ChangeSet.for_events(Action.CHANGED, [touch_of(event)])

    # -- helpers ---------------------------------------------------------------------------

    def _change(
        self, event_id: int, contact_id: int, wanted: RegistrationStatus
    ) -> RegistrationWrite:
        with self._db.transaction() as session:
            event = _event(session, event_id, lock=True)
            row = _row_of(session, event_id, contact_id)
            current = RegistrationStatus(row.status)
            problem = change_problem(current, wanted)
            if problem is not None:
                name = session.get(ContactRow, contact_id)
                who = name.name if name is not None else "the person"
                raise ValidationError("status", f"{who} on {event.title!r}: {problem}")
            if current is _WAITING and not _has_seat_for(session, event, row):
                counts = counts_of(session, [event_id])[event_id]
                raise ValidationError(
                    "status", f"{event.title!r} is full ({counts.text}); cancel someone first"
                )
            before = tuple(records_of(session, [row]))
            row.status, row.modified_at = wanted.value, rows.now_utc()
            session.flush()
            promoted = _promote(session, event) if wanted is RegistrationStatus.CANCELLED else []
            return _written(session, event, row, promoted, before, (), Action.CHANGED)


def _event(session: Session, event_id: int, *, lock: bool = False) -> EventRow:
    # The lock is what keeps two writers from both taking the last seat (PostgreSQL).
    row = session.get(EventRow, event_id, with_for_update=lock or None)
    if row is None:
        raise NotFoundError(f"there is no event with id {event_id} (it may have been deleted)")
    return row


def _of(event_id: int, contact_id: int) -> Select[RegistrationRow]:
    return select(RegistrationRow).where(
        RegistrationRow.event_id == event_id, RegistrationRow.contact_id == contact_id
    )


def _row_of(session: Session, event_id: int, contact_id: int) -> RegistrationRow:
    row = session.scalar(_of(event_id, contact_id))
    if row is None:
        person = session.get(ContactRow, contact_id)
        who = person.name if person is not None else f"person {contact_id}"
        raise NotFoundError(f"{who} is not registered for event {event_id}")
    return row


def _rows_of_event(session: Session, event_id: int) -> list[RegistrationRow]:
    statement = select(RegistrationRow).where(RegistrationRow.event_id == event_id)
    return list(session.scalars(statement.order_by(RegistrationRow.id)))


def _check_sessions(session: Session, event_id: int, chosen: Sequence[int]) -> None:
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


def _placed(
    session: Session,
    event_id: int,
    chosen: Sequence[int],
    status: RegistrationStatus | None,
    title: str,
) -> RegistrationStatus:
    if status in {RegistrationStatus.ATTENDED, RegistrationStatus.NO_SHOW, _WAITING}:
        assert status is not None
        return status
    if status is RegistrationStatus.CANCELLED:
        raise ValidationError("status", "a new registration cannot start as cancelled")
    counts = counts_of(session, [event_id])[event_id]
    free = session_free(session, chosen)
    rooms = {s: f is None or f > 0 for s, f in free.items()}
    found = placed(has_room(counts.capacity, counts.seated), rooms, chosen)
    if status is RegistrationStatus.REGISTERED and found is _WAITING:
        raise ValidationError(
            "status",
            f"{title!r} is full ({counts.text}); leave --status out to put them on the waitlist",
        )
    return found


def _has_seat_for(session: Session, event: EventRow, row: RegistrationRow) -> bool:
    """Whether a waiting registration fits now (the event and each of its sessions)."""
    waiting = records_of(session, [row])[0]
    counts = counts_of(session, [event.id])[event.id]
    free = session_free(session, waiting.session_ids)
    return bool(to_promote([waiting], counts.free, free))


def _choose_sessions(session: Session, registration_id: int, chosen: Sequence[int]) -> None:
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


def _promote(session: Session, event: EventRow) -> list[RegistrationRow]:
    """Move up whoever fits in the free seats, in the waitlist's order."""
    session.flush()
    waiting_rows = list(
        session.scalars(
            select(RegistrationRow).where(
                RegistrationRow.event_id == event.id, RegistrationRow.status == _WAITING.value
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


def _put_back(session: Session, row: RegistrationRow, state: Registration) -> None:
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
    _choose_sessions(session, state.id, state.session_ids)


def _written(
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
            r.id, r.event_id, r.contact_id, _WAITING, r.registered_at, r.source, r.session_ids,
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


__all__ = ["RegistrationLine", "RegistrationService"]
