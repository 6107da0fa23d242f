"""Attendance at the door and afterwards: the event's registrations as the door sees them
(read once, searched in memory), many marked attended at once (a paper list typed in
afterwards), and the registered who never came marked no-shows in one step. Each bulk
write is one transaction and one ``RegistrationWrite``, so ``RegistrationService.undo``
takes it back whole."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from eventplanner.domain.checkin import DoorRow, door_row, folded
from eventplanner.domain.errors import NotFoundError, ValidationError
from eventplanner.domain.registrations import RegistrationStatus, change_problem
from eventplanner.domain.text import swedish_sort_key
from eventplanner.persistence.schema import ContactRow, EventRow, OrganisationRow, RegistrationRow
from eventplanner.services.changes import Action, ChangeSet, Kind
from eventplanner.services.events import rows
from eventplanner.services.events.touches import touch_of
from eventplanner.services.registrations.reading import counts_of, lines_of, records_of
from eventplanner.services.registrations.records import RegistrationLine, RegistrationWrite


@dataclass(frozen=True, slots=True)
class DoorList:
    """An event's registrations at the door, in Swedish alphabetical order of names."""

    event_id: int
    event_title: str
    rows: tuple[DoorRow, ...]


@dataclass(frozen=True, slots=True)
class AttendanceWrite:
    """Many registrations marked at once: those ``marked``, those ``unchanged`` (they were
    so already), and the ``write`` that ``RegistrationService.undo`` takes back."""

    write: RegistrationWrite
    marked: tuple[RegistrationLine, ...]
    unchanged: tuple[RegistrationLine, ...]

    @property
    def changes(self) -> ChangeSet:
        return self.write.changes


def door_list(session: Session, event: EventRow) -> DoorList:
    """Every registration of the event with its person's name, organisation and e-mail,
    the cancelled too (one may turn up after all)."""
    found = session.execute(
        select(RegistrationRow.id, RegistrationRow.contact_id, ContactRow.name,
               OrganisationRow.name, ContactRow.email, RegistrationRow.status)
        .join(ContactRow, ContactRow.id == RegistrationRow.contact_id)
        .outerjoin(OrganisationRow, OrganisationRow.id == ContactRow.organisation_id)
        .where(RegistrationRow.event_id == event.id)
    ).all()  # fmt: skip
    organisations: dict[str, str] = {}
    statuses = {s.value: s for s in RegistrationStatus}
    made = []
    for ident, contact, name, organisation, email, status in found:
        named = organisation or ""
        known = organisations.get(named)
        if known is None:
            known = organisations[named] = folded(named)
        made.append(door_row(ident, contact, name, named, email, statuses[status],
                             organisation_key=known))  # fmt: skip
    made.sort(key=lambda r: (swedish_sort_key(r.name), r.contact_id))
    return DoorList(event.id, event.title, tuple(made))


def mark_many(
    session: Session, event: EventRow, contact_ids: Sequence[int], wanted: RegistrationStatus
) -> AttendanceWrite:
    """Mark these people's registrations ``wanted`` (attended or no-show): all or none.
    NotFoundError naming those not registered for the event; ValidationError naming one
    that cannot change so (a cancelled person is not a no-show)."""
    ids = list(dict.fromkeys(contact_ids))
    found = {
        row.contact_id: row
        for row in session.scalars(
            select(RegistrationRow).where(
                RegistrationRow.event_id == event.id, RegistrationRow.contact_id.in_(ids)
            )
        )
    }
    missing = [i for i in ids if i not in found]
    if missing:
        names = session.execute(select(ContactRow.id, ContactRow.name).where(
            ContactRow.id.in_(missing))).all()  # fmt: skip
        named = dict(names)
        who = ", ".join(named.get(i, f"person {i}") for i in missing)
        raise NotFoundError(
            f"{who} {'is' if len(missing) == 1 else 'are'} not registered for "
            f"{event.title!r}; nothing was marked"
        )
    chosen = [found[i] for i in ids]
    return _marked(session, event, chosen, wanted)


def mark_rest_no_show(session: Session, event: EventRow) -> AttendanceWrite:
    """Every registration still registered (a seat held, never marked attended) marked a
    no-show; the waiting and the cancelled were not expected and stay as they are."""
    return _marked(session, event, still_registered(session, event), RegistrationStatus.NO_SHOW)


def still_registered(session: Session, event: EventRow) -> list[RegistrationRow]:
    statement = select(RegistrationRow).where(
        RegistrationRow.event_id == event.id,
        RegistrationRow.status == RegistrationStatus.REGISTERED.value,
    )
    return list(session.scalars(statement.order_by(RegistrationRow.id)))


def _marked(
    session: Session,
    event: EventRow,
    chosen: Sequence[RegistrationRow],
    wanted: RegistrationStatus,
) -> AttendanceWrite:
    changing = [row for row in chosen if row.status != wanted.value]
    same = [row for row in chosen if row.status == wanted.value]
    names = {line.registration.id: line for line in lines_of(session, records_of(session, chosen))}
    for row in changing:
        problem = change_problem(RegistrationStatus(row.status), wanted)
        if problem is not None:
            who = names[row.id].name
            raise ValidationError(
                "status", f"{who} on {event.title!r}: {problem}; nothing was marked"
            )
    before = tuple(records_of(session, changing))
    seated_before = counts_of(session, [event.id])[event.id].seated
    now = rows.now_utc()
    for row in changing:
        row.status, row.modified_at = wanted.value, now
    session.flush()
    marked = tuple(lines_of(session, records_of(session, changing)))
    changes = ChangeSet()
    if changing:
        changes = ChangeSet.of(Kind.REGISTRATION, Action.CHANGED, [r.id for r in changing])
        changes |= ChangeSet.for_events(Action.CHANGED, [touch_of(event)])
    write = RegistrationWrite(
        registration=None, promoted=(), mailto="", before=before, created=(),
        changes=changes, event_id=event.id, seated_before=seated_before,
    )  # fmt: skip
    return AttendanceWrite(write, marked, tuple(names[r.id] for r in same))
