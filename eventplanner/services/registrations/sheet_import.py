"""Importing registrations from a spreadsheet (a web form's export, an Excel list) into an
event, all of it or nothing, undoable; and the preview of what it would do, computed by the
very same plan (``_plan``) so that what is previewed is what is written.

People are matched by e-mail (``contacts.email_key``: trimmed, lower case); rows of the
file with the same e-mail are one person (merged, and shown). Organisations are matched by
organisation number, else by name (any case), and made when new. Those already on the
event are left as they are. The new registrations take the free seats in the order they
came (their time in the file, else the row's order) by the same rule as one registered by
hand (``domain.registrations.placed``), the rest go to the waitlist; their source is
"form import". The undo takes them back by ``RegistrationService.undo``'s rule, then the
people and organisations the import made, unless something has come to use them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from eventplanner.domain.enums import OrganisationType
from eventplanner.domain.model import Contact
from eventplanner.domain.registrations import (
    RegistrationSource,
    RegistrationStatus,
    has_room,
    placed,
)
from eventplanner.domain.sheet_columns import SheetField, column_label
from eventplanner.domain.sheet_rows import RowProblem, SheetPerson, read_people
from eventplanner.persistence.database import Database
from eventplanner.persistence.schema import ContactRow, EventRow, OrganisationRow, RegistrationRow
from eventplanner.services.change_journal import reported
from eventplanner.services.changes import Action, ChangeSet, Kind
from eventplanner.services.events import rows
from eventplanner.services.events.touches import touch_of
from eventplanner.services.registrations.reading import counts_of
from eventplanner.services.registrations.records import RegistrationUndo, RegistrationWrite
from eventplanner.services.registrations.service import undone
from eventplanner.services.registrations.sheet_files import Sheet
from eventplanner.services.registrations.sheet_records import (
    ImportLine,
    ImportPreview,
    ImportWrite,
    SheetRefused,
)
from eventplanner.services.registrations.writing import event_row

OrganisationInUse = Callable[[Session, int], bool]
"""Whether anything (a person, an event, a project, a feed) uses an organisation."""
ContactsInUse = Callable[[Session, Sequence[int]], set[int]]
"""Those of the people that anything uses (``ContactInUse`` for many at once)."""

_SLICE = 500
T = TypeVar("T")


def _slices(items: Sequence[T]) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), _SLICE):
        yield items[start : start + _SLICE]


class RegistrationImports:
    """Registrations from spreadsheets: previewed, imported in one transaction, undone."""

    def __init__(
        self,
        database: Database,
        contacts_in_use: ContactsInUse,
        organisation_in_use: OrganisationInUse,
    ) -> None:
        self._db = database
        self._contacts_in_use = contacts_in_use
        self._organisation_in_use = organisation_in_use

    def preview(self, event_id: int, sheet: Sheet, mapping: Sequence[SheetField]) -> ImportPreview:
        """What importing ``sheet`` read by ``mapping`` into the event would do; writes
        nothing."""
        with self._db.reading() as session:
            return _plan(session, event_row(session, event_id), sheet, mapping)[0]

    @reported
    def import_sheet(
        self,
        event_id: int,
        sheet: Sheet,
        mapping: Sequence[SheetField],
        *,
        again: ImportWrite | None = None,
    ) -> ImportWrite:
        """Import ``sheet`` into the event in one transaction: all of it, or (a
        ``SheetRefused`` naming each row and column that is wrong) nothing. ``again``, the
        write of this import before it was undone (a redo), brings the people and
        organisations it made back under their ids, so that later changes still find
        them."""
        with self._db.transaction() as session:
            event = event_row(session, event_id, lock=True)
            preview, plan = _plan(session, event, sheet, mapping)
            if preview.problems:
                raise SheetRefused(sheet.name, preview.problems)
            return _written(session, event, preview, plan, again)

    @reported
    def undo(self, write: ImportWrite) -> RegistrationUndo:
        """Take an import back in one transaction: its registrations (ConflictError,
        changing nothing, when one was changed since), then the people and organisations it
        made that nothing else uses now."""
        with self._db.transaction() as session:
            taken = undone(session, write.registrations, self._one_in_use)
            changes = taken.changes
            session.flush()
            gone = self._forget_made(session, write.made_people)
            changes |= ChangeSet.of(Kind.CONTACT, Action.DELETED, gone)
            session.flush()
            dropped = []
            for ident, version in write.made_organisations:
                row = session.get(OrganisationRow, ident)
                if row is None or row.version != version:
                    continue
                if not self._organisation_in_use(session, ident):
                    session.execute(delete(OrganisationRow).where(OrganisationRow.id == ident))
                    dropped.append(ident)
            changes |= ChangeSet.of(Kind.ORGANISATION, Action.DELETED, dropped)
            return RegistrationUndo(taken.promoted, taken.mailto, changes)

    def _one_in_use(self, session: Session, ident: int) -> bool:
        return ident in self._contacts_in_use(session, [ident])

    def _forget_made(self, session: Session, made: Sequence[Contact]) -> list[int]:
        """Delete the people an import made, unless changed or used since (as
        ``forget_made`` does for one, in a few queries for thousands); those deleted."""
        versions = {p.id: p.version for p in made if p.id is not None}
        unchanged: list[int] = []
        for part in _slices(list(versions)):
            statement = select(ContactRow.id, ContactRow.version).where(ContactRow.id.in_(part))
            unchanged += [i for i, v in session.execute(statement) if v == versions[i]]
        kept = self._contacts_in_use(session, unchanged)
        gone = [i for i in unchanged if i not in kept]
        for part in _slices(gone):
            session.execute(delete(ContactRow).where(ContactRow.id.in_(part)))
        return gone


@dataclass(frozen=True, slots=True)
class _Plan:
    contacts: dict[str, int]
    """The known people by e-mail key."""
    organisations: dict[str, int]
    """The known organisations by number ("n:…") and by name ("o:…", folded)."""
    seated_before: int


def _plan(
    session: Session, event: EventRow, sheet: Sheet, mapping: Sequence[SheetField]
) -> tuple[ImportPreview, _Plan]:
    zone = ZoneInfo(event.time_zone)
    read = read_people(sheet.headers, sheet.rows, mapping, zone, first_row=sheet.first_row,
                       overflowing=sheet.overflowing)  # fmt: skip
    problems = list(read.problems)
    people = read.people
    contacts: dict[str, int] = {}
    twice: dict[str, list[str]] = {}
    keys = [p.key for p in people]
    for part in _slices(keys):
        statement = select(ContactRow.email_key, ContactRow.id, ContactRow.name).where(
            ContactRow.email_key.in_(part)
        )
        for key, ident, name in session.execute(statement.order_by(ContactRow.id)):
            if key in contacts:
                twice.setdefault(key, []).append(name)
            contacts.setdefault(key, ident)
    email_column = column_label(sheet.headers, list(mapping).index(SheetField.EMAIL)) if (
        SheetField.EMAIL in mapping) else ""  # fmt: skip
    for person in people:
        if person.key in twice:
            many = len(twice[person.key]) + 1
            said = f"{many} people have the e-mail {person.email!r}; merge them first"
            problems.append(RowProblem(person.rows[0], email_column, said, "email_twice",
                                       (str(many), person.email)))  # fmt: skip
    already = set(session.scalars(select(RegistrationRow.contact_id).where(
        RegistrationRow.event_id == event.id)))  # fmt: skip
    organisations: dict[str, int] = {}
    for ident, name, number in session.execute(
        select(OrganisationRow.id, OrganisationRow.name, OrganisationRow.org_number).order_by(
            OrganisationRow.id
        )
    ):
        if number:
            organisations.setdefault(f"n:{number}", ident)
        else:  # one known by name only: a number in the file does not make it another
            organisations.setdefault(f"u:{name.strip().casefold()}", ident)
        organisations.setdefault(f"o:{name.strip().casefold()}", ident)
    new_organisations = []
    seen: set[str] = set()
    for person in people:
        if person.key in contacts or (not person.organisation and not person.org_number):
            continue
        made = _organisation_key(person, organisations)
        if made is not None and made not in seen:
            seen.add(made)
            new_organisations.append(person.organisation or person.org_number)
    counts = counts_of(session, [event.id])[event.id]
    seated = counts.seated
    now = rows.now_utc()
    order = sorted(range(len(people)), key=lambda i: (people[i].registered_at or now, i))
    statuses: dict[int, RegistrationStatus | None] = {}
    for i in order:
        known = contacts.get(people[i].key)
        if known is not None and known in already:
            statuses[i] = None
            continue
        status = placed(has_room(counts.capacity, seated), {}, ())
        seated += status is RegistrationStatus.REGISTERED
        statuses[i] = status
    lines = tuple(
        ImportLine(p, p.key in contacts, statuses[i]) for i, p in enumerate(people)
    )  # fmt: skip
    problems.sort(key=lambda p: (p.row, p.column))
    preview = ImportPreview(event.id, event.title, lines, read.merged,
                            tuple(new_organisations), tuple(problems))  # fmt: skip
    return preview, _Plan(contacts, organisations, counts.seated)


def _organisation_key(person: SheetPerson, known: dict[str, int]) -> str | None:
    """The key a new organisation is made under, None for one known: by its number (or
    by its name when the one of that name has no number), else by its name."""
    name = person.organisation.strip().casefold()
    if person.org_number:
        if f"n:{person.org_number}" in known or (name and f"u:{name}" in known):
            return None
        return f"n:{person.org_number}"
    return None if f"o:{name}" in known else f"o:{name}"


def _inserted(
    session: Session,
    table: type[ContactRow | OrganisationRow],
    values: Sequence[Mapping[str, object]],
    ids: Sequence[int | None],
) -> list[int]:
    """Insert ``values`` (in bulk), each under its id in ``ids`` when it has one (a redo),
    else a new one; the ids in the order of ``values``."""
    given = [dict(v, id=i) for v, i in zip(values, ids, strict=True) if i is not None]
    if given:
        session.execute(insert(table), given)
    fresh = [v for v, i in zip(values, ids, strict=True) if i is None]
    made: Iterator[int] = iter(())
    if fresh:
        made = iter(session.scalars(
            insert(table).returning(table.id, sort_by_parameter_order=True), fresh
        ).all())  # fmt: skip
    return [i if i is not None else next(made) for i in ids]


def _written(
    session: Session,
    event: EventRow,
    preview: ImportPreview,
    plan: _Plan,
    again: ImportWrite | None,
) -> ImportWrite:
    now = rows.now_utc()
    ids_before: dict[str, int] = {}
    if again is not None:
        ids_before = {p.email.strip().lower(): p.id or 0 for p in again.made_people}
        made_before = zip(again.organisation_keys, again.made_organisations, strict=True)
        ids_before |= {key: ident for key, (ident, _version) in made_before}
    organisations = dict(plan.organisations)
    made_organisations: list[int] = []
    wanted: dict[str, dict[str, object]] = {}
    for line in preview.lines:
        person = line.person
        if line.known or not (person.organisation or person.org_number):
            continue
        key = _organisation_key(person, organisations)
        if key is not None and key not in wanted:
            wanted[key] = {"name": (person.organisation or person.org_number)[:200],
                           "type": OrganisationType.OTHER.value, "web_page": "", "notes": "",
                           "org_number": person.org_number or None,
                           "country": "SE" if person.org_number else "",
                           "version": 1}  # fmt: skip
    if wanted:
        made = _inserted(session, OrganisationRow, list(wanted.values()),
                         [ids_before.get(k) for k in wanted])  # fmt: skip
        for key, ident in zip(wanted, made, strict=True):
            organisations[key] = ident
            made_organisations.append(ident)
        # A person whose organisation is known by number now is known by its name too.
        for made_values, ident in zip(wanted.values(), made, strict=True):
            organisations.setdefault(f"o:{str(made_values['name']).strip().casefold()}", ident)
    new_people = [line.person for line in preview.lines if not line.known]
    contact_values = [
        {"name": p.name, "email": p.email, "email_key": p.key, "phone": p.phone,
         "title": p.title,
         "organisation_id": _organisation_of(p, organisations), "version": 1}
        for p in new_people
    ]  # fmt: skip
    contacts = dict(plan.contacts)
    made_people: list[Contact] = []
    if contact_values:
        made_ids = _inserted(session, ContactRow, contact_values,
                             [ids_before.get(p.key) for p in new_people])  # fmt: skip
        for person, values, ident in zip(new_people, contact_values, made_ids, strict=True):
            contacts[person.key] = ident
            organisation = values["organisation_id"]
            assert organisation is None or isinstance(organisation, int)
            made_people.append(Contact(ident, person.name, person.email, person.phone,
                                       organisation, person.title, 1))  # fmt: skip
    registering = [line for line in preview.lines if line.status is not None]
    registration_values = [
        {"event_id": event.id, "contact_id": contacts[line.person.key],
         "status": line.status.value if line.status else "",
         "source": RegistrationSource.FORM_IMPORT.value,
         "registered_at": line.person.registered_at or now, "priority": 0,
         "priority_reason": "", "needs": line.person.needs, "modified_at": now, "version": 1}
        for line in registering
    ]  # fmt: skip
    created: Sequence[int] = ()
    if registration_values:
        created = session.scalars(
            insert(RegistrationRow).returning(RegistrationRow.id, sort_by_parameter_order=True),
            registration_values,
        ).all()
    session.flush()
    changes = ChangeSet.of(Kind.REGISTRATION, Action.CREATED, created)
    changes |= ChangeSet.of(Kind.CONTACT, Action.CREATED, [p.id or 0 for p in made_people])
    changes |= ChangeSet.of(Kind.ORGANISATION, Action.CREATED, made_organisations)
    changes |= ChangeSet.for_events(Action.CHANGED, [touch_of(event)])
    registrations = RegistrationWrite(
        registration=None, promoted=(), mailto="", before=(), created=tuple(created),
        changes=changes, event_id=event.id, seated_before=plan.seated_before,
    )  # fmt: skip
    return ImportWrite(preview, registrations, tuple(made_people),
                       tuple((i, 1) for i in made_organisations), changes,
                       tuple(wanted))  # fmt: skip


def _organisation_of(person: SheetPerson, organisations: dict[str, int]) -> int | None:
    name = person.organisation.strip().casefold()
    if person.org_number:
        by_number = organisations.get(f"n:{person.org_number}")
        return by_number if by_number is not None else organisations.get(f"u:{name}")
    return organisations.get(f"o:{name}") if name else None
