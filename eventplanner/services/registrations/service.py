"""Registering people for events: a seat or the waitlist, cancellations that move the first
on the waitlist up in the same transaction, attendance, and the undo of each.

Every write locks the event's row first (``SELECT … FOR UPDATE`` on PostgreSQL; SQLite's
write transactions are taken whole), so two coordinators registering or cancelling at once
count the same seats one after the other and never overbook. Every write returns a
``RegistrationWrite`` whose change set names the registrations and their event.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from eventplanner.domain.errors import ConflictError, NotFoundError, ValidationError
from eventplanner.domain.model import Contact
from eventplanner.domain.registrations import (
    SEATED,
    Counts,
    Registration,
    RegistrationSource,
    RegistrationStatus,
    change_problem,
    needs_problems,
    priority_problems,
)
from eventplanner.domain.validation import raise_first
from eventplanner.persistence.database import Database
from eventplanner.persistence.schema import (
    ContactRow,
    EventRow,
    RegistrationRow,
)
from eventplanner.services.change_journal import reported
from eventplanner.services.changes import Action, ChangeSet, Kind
from eventplanner.services.events import rows
from eventplanner.services.registrations.attendance import (
    AttendanceWrite,
    DoorList,
    door_list,
    mark_many,
    mark_rest_no_show,
    still_registered,
)
from eventplanner.services.registrations.newcomers import ContactInUse, forget_made, person_for
from eventplanner.services.registrations.reading import (
    counts_of,
    lines_of,
    records_of,
)
from eventplanner.services.registrations.records import (
    EventRegistrations,
    RegistrationLine,
    RegistrationUndo,
    RegistrationWrite,
)
from eventplanner.services.registrations.writing import (
    WAITING,
    check_not_overbooked,
    check_sessions,
    choose_sessions,
    event_row,
    has_seat_for,
    placed_status,
    promote,
    put_back,
    registration_of,
    row_of,
    rows_of_event,
    sessions_taken,
    written,
    written_versions,
)

_SLICE = 500


class RegistrationService:
    """Use cases on registrations. Every write is one transaction: all of it or none."""

    def __init__(self, database: Database, contact_in_use: ContactInUse) -> None:
        self._db = database
        self._contact_in_use = contact_in_use

    # -- reading ---------------------------------------------------------------------------

    def registrations(self, event_id: int) -> EventRegistrations:
        """The event's registrations with their people, and its counts."""
        with self._db.reading() as session:
            event = event_row(session, event_id)
            found = rows_of_event(session, event_id)
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
            row = row_of(session, event_id, contact_id)
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
        message says to leave it out); WAITLISTED with a seat free is refused (nothing would
        move them up); ATTENDED or NO_SHOW record a walk-in or a past event whatever the
        seats. A person registered before and cancelled comes again."""
        raise_first(needs_problems(needs))
        with self._db.transaction() as session:
            event = event_row(session, event_id, lock=True)
            person = session.get(ContactRow, contact_id)
            if person is None:
                raise NotFoundError(f"there is no person with id {contact_id}")
            return self._register(session, event, person, status, session_ids, needs, source, at)

    @reported
    def register_new(
        self, event_id: int, person: Contact, *, status: RegistrationStatus | None = None
    ) -> RegistrationWrite:
        """Register a person typed in by name and e-mail: the one already known by that
        e-mail (any case), else one made now (or brought back under ``person.id``, a redo),
        in one transaction with the registration. ``made_person`` names the one made, whom
        ``undo`` takes away again in its own transaction. ``status`` as ``register``'s
        (ATTENDED: a walk-in at the door)."""
        with self._db.transaction() as session:
            event = event_row(session, event_id, lock=True)
            row, made = person_for(session, person)
            write = self._register(
                session, event, row, status, (), "", RegistrationSource.TYPED, None
            )
            if made is None:
                return write
            changes = write.changes | ChangeSet.of(Kind.CONTACT, Action.CREATED, [row.id])
            return replace(write, made_person=made, changes=changes)

    def door_list(self, event_id: int) -> DoorList:
        """The event's registrations as the door searches them (check-in)."""
        with self._db.reading() as session:
            return door_list(session, event_row(session, event_id))

    def still_registered(self, event_id: int) -> tuple[RegistrationLine, ...]:
        """Those registered who were never marked attended: the no-shows to be."""
        with self._db.reading() as session:
            found = still_registered(session, event_row(session, event_id))
            return tuple(lines_of(session, records_of(session, found)))

    @reported
    def attend_many(self, event_id: int, contact_ids: Sequence[int]) -> AttendanceWrite:
        """Mark many people attended in one write (a paper list afterwards); those attended
        already are left so. All or nothing: NotFoundError naming whoever is not registered
        for the event. ``undo(result.write)`` takes it back whole."""
        with self._db.transaction() as session:
            event = event_row(session, event_id, lock=True)
            return mark_many(session, event, contact_ids, RegistrationStatus.ATTENDED)

    @reported
    def mark_no_shows(self, event_id: int) -> AttendanceWrite:
        """Everyone still registered (never marked attended) marked a no-show, in one
        write; ``undo(result.write)`` takes it back whole."""
        with self._db.transaction() as session:
            return mark_rest_no_show(session, event_row(session, event_id, lock=True))

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
            event = event_row(session, event_id, lock=True)
            row = row_of(session, event_id, contact_id)
            if row.status != WAITING.value:
                raise ValidationError(
                    "priority", "only a registration on the waitlist has a priority"
                )
            before = tuple(records_of(session, [row]))
            row.priority, row.priority_reason = priority, reason.strip()
            row.modified_at = rows.now_utc()
            promoted = promote(session, event)
            return written(session, event, row, promoted, before, (), Action.CHANGED)

    @reported
    def fill_free_seats(self, event_id: int) -> RegistrationWrite:
        """Move up from the waitlist whoever fits in the seats free now (after the event's
        or a session's capacity was raised), in the waitlist's order."""
        with self._db.transaction() as session:
            event = event_row(session, event_id, lock=True)
            promoted = promote(session, event)
            return written(session, event, None, promoted, (), (), Action.CHANGED)

    @reported
    def set_needs(self, event_id: int, contact_id: int, needs: str) -> RegistrationWrite:
        """Change a registration's dietary and access needs (private free text)."""
        raise_first(needs_problems(needs))
        with self._db.transaction() as session:
            event = event_row(session, event_id, lock=True)
            row = row_of(session, event_id, contact_id)
            before = tuple(records_of(session, [row]))
            row.needs, row.modified_at = needs, rows.now_utc()
            return written(session, event, row, (), before, (), Action.CHANGED)

    @reported
    def undo(self, write: RegistrationWrite) -> RegistrationUndo:
        """Take a write back: what it made goes (a person it made too, unless something
        else uses them now), what it changed is as it was (those it moved up from the
        waitlist wait again). A seat freed by a registration taken away
        goes to the first on the waitlist who fits (``promoted``). ConflictError, changing
        nothing, when one of them was changed since (undo that first) or when one coming
        back to a seat would overbook the event or a session (another writer took it)."""
        with self._db.transaction() as session:
            return undone(session, write, self._contact_in_use)

    # -- helpers ---------------------------------------------------------------------------

    def _register(
        self,
        session: Session,
        event: EventRow,
        person: ContactRow,
        status: RegistrationStatus | None,
        session_ids: Sequence[int],
        needs: str,
        source: RegistrationSource,
        at: datetime | None,
    ) -> RegistrationWrite:
        chosen = tuple(sorted(set(session_ids)))
        check_sessions(session, event.id, chosen)
        existing = session.scalar(registration_of(event.id, person.id))
        before: tuple[Registration, ...] = ()
        if existing is not None:
            if existing.status != RegistrationStatus.CANCELLED.value:
                raise ValidationError(
                    "person",
                    f"{person.name} is already on {event.title!r} "
                    f"({RegistrationStatus(existing.status).label})",
                )
            before = tuple(records_of(session, [existing]))
        wanted = placed_status(session, event.id, chosen, status, event.title)
        now = at or rows.now_utc()
        if existing is None:
            row = RegistrationRow(
                event_id=event.id, contact_id=person.id, status=wanted.value,
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
        choose_sessions(session, row.id, chosen)
        created = () if existing is not None else (row.id,)
        action = Action.CREATED if existing is None else Action.CHANGED
        return written(session, event, row, (), before, created, action)

    def _change(
        self, event_id: int, contact_id: int, wanted: RegistrationStatus
    ) -> RegistrationWrite:
        with self._db.transaction() as session:
            event = event_row(session, event_id, lock=True)
            row = row_of(session, event_id, contact_id)
            current = RegistrationStatus(row.status)
            problem = change_problem(current, wanted)
            if problem is not None:
                name = session.get(ContactRow, contact_id)
                who = name.name if name is not None else "the person"
                raise ValidationError("status", f"{who} on {event.title!r}: {problem}")
            # Only a seat needs a free one: cancelling a waiting person takes none, and a
            # waiting person who came is a walk-in (as ``register(status=ATTENDED)``).
            seat_wanted = wanted is RegistrationStatus.REGISTERED
            if seat_wanted and current is WAITING and not has_seat_for(session, event, row):
                counts = counts_of(session, [event_id])[event_id]
                raise ValidationError(
                    "status", f"{event.title!r} is full ({counts.text}); cancel someone first"
                )
            before = tuple(records_of(session, [row]))
            seated_before = counts_of(session, [event_id])[event_id].seated
            sessions_before = sessions_taken(session, before[0].session_ids)
            row.status, row.modified_at = wanted.value, rows.now_utc()
            session.flush()
            promoted = promote(session, event) if wanted is RegistrationStatus.CANCELLED else []
            write = written(session, event, row, promoted, before, (), Action.CHANGED)
            return replace(
                write,
                seated_before=seated_before,
                sessions_before=tuple(sorted(sessions_before.items())),
            )


def undone(session: Session, write: RegistrationWrite, in_use: ContactInUse) -> RegistrationUndo:
    """``RegistrationService.undo`` inside ``session``'s transaction (an import's undo
    takes its registrations back with the same rule, then the people it made)."""
    event = event_row(session, write.event_id, lock=True)
    touched: set[int] = set()
    freed = False
    versions = written_versions(write)
    made = list(versions)
    # In slices, read and deleted at once: an import makes thousands.
    for start in range(0, len(made), _SLICE):
        part = made[start : start + _SLICE]
        found = session.execute(
            select(RegistrationRow.id, RegistrationRow.version, RegistrationRow.status).where(
                RegistrationRow.id.in_(part)
            )
        ).all()
        for ident, version, status in found:
            if version != versions[ident]:
                raise ConflictError(
                    "the registration was changed since it was made; undo that first, "
                    "nothing was undone"
                )
            freed = freed or RegistrationStatus(status) in SEATED
        session.execute(delete(RegistrationRow).where(RegistrationRow.id.in_(part)))
    seated_again: list[Registration] = []
    for state in write.before:
        assert state.id is not None
        row = session.get(RegistrationRow, state.id)
        if row is None:
            raise NotFoundError("the registration was deleted since; nothing was undone")
        if state.seated and RegistrationStatus(row.status) not in SEATED:
            seated_again.append(state)
        put_back(session, row, state)
        touched.add(state.id)
    session.flush()
    check_not_overbooked(
        session, event, seated_again, write.seated_before, dict(write.sessions_before)
    )
    promoted = promote(session, event) if freed else []
    moved = written(session, event, None, promoted, (), (), Action.CHANGED)
    changes = ChangeSet.of(Kind.REGISTRATION, Action.CHANGED, touched)
    changes |= ChangeSet.of(Kind.REGISTRATION, Action.DELETED, write.created)
    person = write.made_person
    if person is not None and forget_made(session, person, in_use):
        changes |= ChangeSet.of(Kind.CONTACT, Action.DELETED, [person.id or 0])
    changes |= moved.changes
    return RegistrationUndo(moved.promoted, moved.mailto, changes)


__all__ = ["RegistrationLine", "RegistrationService"]
