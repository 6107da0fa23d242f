"""A person typed in to be registered: matched by e-mail to someone already known, else
made, in the registration's own transaction; and taken away again by its undo when the
write made them and nothing else has come to use them."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from eventplanner.domain.errors import ConflictError, ValidationError
from eventplanner.domain.model import Contact
from eventplanner.domain.validation import contact_problems, email_key, raise_first
from eventplanner.persistence.schema import ContactRow, OrganisationRow

ContactInUse = Callable[[Session, int], bool]
"""Whether anything (an event role, a shift, a registration, a feed) uses a person."""


def contact_of(row: ContactRow) -> Contact:
    return Contact(
        row.id, row.name, row.email, row.phone, row.organisation_id, row.title, row.version
    )


def person_for(session: Session, person: Contact) -> tuple[ContactRow, Contact | None]:
    """The person to register for ``person`` as typed: the one known by its e-mail (any
    case, spaces around it), else the one with its id (a redo), else one made now; with
    the person made (None when one was found)."""
    raise_first(contact_problems(person))
    email = person.email.strip()
    if email:
        known = list(
            session.scalars(
                select(ContactRow)
                .where(ContactRow.email_key == email_key(email))
                .order_by(ContactRow.id)
            )
        )
        if len(known) > 1:
            names = ", ".join(repr(row.name) for row in known)
            raise ValidationError(
                "email", f"{names} all have the e-mail {email!r}; pick the person from the list"
            )
        if known:
            return known[0], None
    if person.id is not None:
        again = session.get(ContactRow, person.id)
        if again is not None:
            if again.name != person.name.strip():
                raise ConflictError(
                    f"{person.name.strip()!r} cannot be brought back: the place was taken by "
                    f"{again.name!r} meanwhile"
                )
            return again, None
    if person.organisation_id is not None and (
        session.get(OrganisationRow, person.organisation_id) is None
    ):
        raise ValidationError(
            "organisation_id", f"there is no organisation with id {person.organisation_id}"
        )
    row = ContactRow(
        name=person.name.strip(), email=email, phone=person.phone.strip(),
        organisation_id=person.organisation_id, title=person.title.strip(), version=1,
    )  # fmt: skip
    if person.id is not None:
        row.id = person.id  # a redo brings them back under the same id
    session.add(row)
    session.flush()
    return row, contact_of(row)


def forget_made(session: Session, made: Contact, in_use: ContactInUse) -> bool:
    """Delete the person a write made, unless they were changed or are used since;
    whether they went."""
    assert made.id is not None
    row = session.get(ContactRow, made.id)
    if row is None or row.version != made.version or in_use(session, made.id):
        return False
    session.execute(delete(ContactRow).where(ContactRow.id == made.id))
    return True
