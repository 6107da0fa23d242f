"""Every foreign key to ``contacts`` is declared in ``CONTACT_LINKS``, so a table added
later that names a person cannot escape the export, anonymising or erasing; the check
itself fails on a made-up table that is not declared."""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Integer, MetaData, Table

from eventplanner.persistence.schema import Base
from eventplanner.services.personal_data.links import CONTACT_LINKS, SECTIONS, OnErase


def foreign_keys_to_contacts(metadata: MetaData) -> set[str]:
    return {
        f"{table.name}.{key.parent.name}"
        for table in metadata.tables.values()
        for key in table.foreign_keys
        if key.column.table.name == "contacts"
    }


def test_every_foreign_key_to_contacts_is_declared() -> None:
    declared = {link.name for link in CONTACT_LINKS}
    assert foreign_keys_to_contacts(Base.metadata) == declared


def test_a_table_added_without_a_declaration_is_caught() -> None:
    later = MetaData()
    Table("contacts", later, Column("id", Integer, primary_key=True))
    Table("badges", later, Column("id", Integer, primary_key=True),
          Column("contact_id", ForeignKey("contacts.id")))  # fmt: skip
    assert foreign_keys_to_contacts(later) - {link.name for link in CONTACT_LINKS} == {
        "badges.contact_id"
    }


def test_sections_are_unique_and_clearing_is_only_for_nullable_links() -> None:
    assert len(SECTIONS) == len(set(SECTIONS))
    for link in CONTACT_LINKS:
        if link.on_erase is OnErase.CLEAR:
            assert link.table.c[link.column].nullable, link.name
