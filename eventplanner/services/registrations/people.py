"""People as participants: one record across events, matched by e-mail (trimmed, lower
case) or by name, listed with their organisation and how many events they registered for."""

from __future__ import annotations

from sqlalchemy import func, select

from eventplanner.domain.model import Contact
from eventplanner.domain.text import swedish_sort_key
from eventplanner.domain.validation import email_key
from eventplanner.persistence.database import Database
from eventplanner.persistence.schema import ContactRow, OrganisationRow, RegistrationRow
from eventplanner.services.registrations.records import Participant


def _contact(row: ContactRow) -> Contact:
    return Contact(
        row.id, row.name, row.email, row.phone, row.organisation_id, row.title, row.version
    )


class PeopleDirectory:
    """Finding people to register, across all events."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def matching(self, ref: str) -> tuple[Contact, ...]:
        """The people ``ref`` names: an e-mail address (any case, spaces around it) or an
        exact name (any case); more than one when it is ambiguous."""
        wanted = ref.strip()
        with self._db.reading() as session:
            if "@" in wanted:
                statement = select(ContactRow).where(ContactRow.email_key == email_key(wanted))
                return tuple(
                    _contact(r) for r in session.scalars(statement.order_by(ContactRow.id))
                )
            # Compared here: SQLite's lower() folds ASCII only ("Åsa" would not match "åsa").
            statement = select(ContactRow).where(func.length(ContactRow.name) == len(wanted))
            return tuple(
                _contact(r)
                for r in session.scalars(statement.order_by(ContactRow.id))
                if r.name.casefold() == wanted.casefold()
            )

    def participants(self, text: str = "") -> list[Participant]:
        """Everyone, in Swedish alphabetical order; ``text`` narrows to names, e-mails or
        organisations containing it."""
        counted = (
            select(RegistrationRow.contact_id, func.count().label("n"))
            .group_by(RegistrationRow.contact_id)
            .subquery()
        )
        statement = (
            select(ContactRow, OrganisationRow.name, counted.c.n)
            .outerjoin(OrganisationRow, OrganisationRow.id == ContactRow.organisation_id)
            .outerjoin(counted, counted.c.contact_id == ContactRow.id)
        )
        with self._db.reading() as session:
            found = [
                Participant(_contact(row), organisation or "", int(n or 0))
                for row, organisation, n in session.execute(statement)
            ]
        wanted = text.strip().casefold()
        if wanted:
            found = [
                p for p in found
                if wanted in f"{p.contact.name}\n{p.contact.email}\n{p.organisation}".casefold()
            ]  # fmt: skip
        return sorted(found, key=lambda p: (swedish_sort_key(p.contact.name), p.contact.id or 0))
