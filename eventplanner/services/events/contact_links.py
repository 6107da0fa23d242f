"""Every place a person (a contact) is named, declared once, with what anonymising and
erasing them does there (read by ``personal_data.links`` and, for rows an undo puts back,
``events.anonymised_rows``: both need it, and services.events may use no capability above it).

A table with a foreign key to ``contacts`` joins by one ``ContactLink`` in
``CONTACT_LINKS``: ``tests/services/test_personal_data_links.py`` fails while one is missing,
so a later table cannot hold a person beyond the reach of an export, an anonymisation or an
erasure.

**Anonymise** keeps what the reach counts need (a registration's event, status, sessions,
source and dates; a role, a shift, a task as held) and drops what says who the person is:
the contact's name, e-mail, phone and title; a registration's needs and priority reason; a
role's or a shift's note about them; their skills and availability (they describe the
person, and no report counts them); a stand badge's name (a copy of theirs).

**Erase** deletes the person and what exists only for them (their registrations, with the
sessions they chose, moving the first waiting up where a seat frees; their roles in
programmes, their places on shifts, skills, availability, stand badges) and clears the link
where the record is the team's and outlives them (a task they owned, a stand they led, a
co-exhibitor they were the contact of, stand materials they packed, shipped or returned).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from sqlalchemy import Table

from eventplanner.persistence.schema import (
    AvailabilityRow,
    BlockPersonRow,
    CoExhibitorRow,
    ContactSkillRow,
    EventPersonRow,
    ExhibitorStaffRow,
    RegistrationRow,
    SessionPersonRow,
    ShiftPersonRow,
    StandMaterialRow,
    StandRow,
    TaskRow,
)
from eventplanner.services.changes import Kind


class OnErase(enum.Enum):
    DELETE = "delete"
    """The row exists for the person alone: it goes with them."""
    CLEAR = "clear"
    """The row is the team's and outlives them: the link is set to NULL."""


class OnAnonymise(enum.Enum):
    KEEP = "keep"
    """Kept as it is (it holds nothing about the person but the link)."""
    BLANK = "blank"
    """Kept, with its free-text columns about the person (``blanked``) emptied."""
    DELETE = "delete"
    """Deleted: it describes the person and counts for nothing."""
    RENAME = "rename"
    """Kept, its copy of the person's name (``blanked[0]``) replaced by the anonymous one."""


@dataclass(frozen=True, slots=True)
class ContactLink:
    """One foreign key to ``contacts`` and what each way of forgetting does to its rows."""

    table: Table
    column: str
    section: str
    """Its key in the export (``registrations``, ``session_roles``...), stable."""
    kind: Kind
    """The kind of record a change set names its rows as."""
    on_erase: OnErase
    on_anonymise: OnAnonymise
    blanked: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return f"{self.table.name}.{self.column}"


def _table(row: type) -> Table:
    table: Table = row.__table__  # type: ignore[attr-defined]
    return table


REGISTRATIONS = ContactLink(
    _table(RegistrationRow), "contact_id", "registrations", Kind.REGISTRATION,
    OnErase.DELETE, OnAnonymise.BLANK, ("needs", "priority_reason"),
)  # fmt: skip

CONTACT_LINKS: tuple[ContactLink, ...] = (
    REGISTRATIONS,
    ContactLink(_table(EventPersonRow), "contact_id", "event_roles", Kind.EVENT_ROLE,
                OnErase.DELETE, OnAnonymise.BLANK, ("note",)),
    ContactLink(_table(BlockPersonRow), "contact_id", "block_roles", Kind.BLOCK_ROLE,
                OnErase.DELETE, OnAnonymise.BLANK, ("note",)),
    ContactLink(_table(SessionPersonRow), "contact_id", "session_roles", Kind.SESSION_ROLE,
                OnErase.DELETE, OnAnonymise.BLANK, ("note",)),
    ContactLink(_table(ShiftPersonRow), "contact_id", "shifts", Kind.SHIFT_PERSON,
                OnErase.DELETE, OnAnonymise.BLANK, ("reason",)),
    ContactLink(_table(ContactSkillRow), "contact_id", "skills", Kind.CONTACT,
                OnErase.DELETE, OnAnonymise.DELETE),
    ContactLink(_table(AvailabilityRow), "contact_id", "availability", Kind.AVAILABILITY,
                OnErase.DELETE, OnAnonymise.DELETE),
    ContactLink(_table(ExhibitorStaffRow), "contact_id", "stand_staff", Kind.EXHIBITOR_STAFF,
                OnErase.DELETE, OnAnonymise.RENAME, ("name",)),
    ContactLink(_table(TaskRow), "owner_contact_id", "tasks_owned", Kind.TASK,
                OnErase.CLEAR, OnAnonymise.KEEP),
    ContactLink(_table(StandRow), "lead_contact_id", "stands_led", Kind.STAND,
                OnErase.CLEAR, OnAnonymise.KEEP),
    ContactLink(_table(CoExhibitorRow), "contact_id", "co_exhibitor_contact", Kind.CO_EXHIBITOR,
                OnErase.CLEAR, OnAnonymise.KEEP),
    ContactLink(_table(StandMaterialRow), "packer_id", "materials_packed", Kind.STAND_MATERIAL,
                OnErase.CLEAR, OnAnonymise.KEEP),
    ContactLink(_table(StandMaterialRow), "shipper_id", "materials_shipped",
                Kind.STAND_MATERIAL, OnErase.CLEAR, OnAnonymise.KEEP),
    ContactLink(_table(StandMaterialRow), "returner_id", "materials_returned",
                Kind.STAND_MATERIAL, OnErase.CLEAR, OnAnonymise.KEEP),
)  # fmt: skip
"""Every foreign key to ``contacts``, registrations first (their deletion frees seats)."""


def anonymous_name(contact_id: int) -> str:
    """The name an anonymised person is stored under: "Anonymised 1234" (the record's id,
    which says nothing of the person; windows word it in their language)."""
    return f"Anonymised {contact_id}"
