"""Every table that hangs on an event is part of its snapshot.

A table with a foreign key to ``events``, directly or through a table that has one, holds
records an event owns: a delete, an undo, a duplicate or an import that did not know of it
would leave them behind or lose them. So each must be declared in
``services.events.owned.OWNED_TABLES`` (copied with the event, or derived from it), and a
table added later without that declaration fails here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy import Column, ForeignKey, Integer, MetaData, String, Table, inspect

from eventplanner.persistence.database import Database
from eventplanner.persistence.schema import Base
from eventplanner.services.events.owned import OWNED_TABLES
from eventplanner.services.events.owned_table import OwnedTable, Ownership

PROGRAMME = (
    "stages", "blocks", "sessions", "phases", "event_people", "block_people",
    "session_people", "event_organisations", "programme_releases",
)  # fmt: skip
"""The programme's tables (issue 14); a contact's availability hangs on the contact."""
STAND = ("stands", "co_exhibitors", "stand_deadlines", "exhibitor_staff", "stand_materials")
"""The stand at a fair (issue 15): the stand on the event, the rest on the stand."""

ROTA = ("shifts", "shift_people")
"""The staff rota's tables (issue 15); a contact's skills hang on the contact."""
TASKS = ("tasks",)
"""An event's tasks (issue 15); a task without an event is owned by none."""
BUDGET = ("budget_lines",)
"""An event's budget lines (issue 16); a project's own lines are owned by none."""

REGISTRATIONS = ("registrations", "registration_sessions")
"""Who registered for an event (issue 16), and the sessions each chose."""


def owned_by_events(references: Mapping[str, Iterable[str]]) -> set[str]:
    """The tables that refer to ``events``, directly or through one that does, given each
    table's referred tables."""
    owners = {"events"}
    found: set[str] = set()
    grew = True
    while grew:
        grew = False
        for table, referred in references.items():
            if table not in owners and owners & set(referred):
                owners.add(table)
                found.add(table)
                grew = True
    return found


def references_of(metadata: MetaData) -> dict[str, set[str]]:
    return {
        table.name: {key.column.table.name for key in table.foreign_keys}
        for table in metadata.tables.values()
    }


def not_in_snapshots(references: Mapping[str, Iterable[str]]) -> set[str]:
    return owned_by_events(references) - {table.name for table in OWNED_TABLES}


def test_every_table_that_hangs_on_an_event_is_declared() -> None:
    references = references_of(Base.metadata)
    assert owned_by_events(references) == {
        "event_tags", "occurrence_changes", "series_occurrences", *PROGRAMME, *STAND, *ROTA,
        *TASKS, *BUDGET, *REGISTRATIONS,
    }  # fmt: skip
    assert not_in_snapshots(references) == set()


def test_the_migrated_database_has_no_other_table_on_events(database: Database) -> None:
    # The migrations, not the models, make the tables people's databases have.
    inspector = inspect(database.engine)
    references = {
        name: {key["referred_table"] for key in inspector.get_foreign_keys(name)}
        for name in inspector.get_table_names()
    }
    assert owned_by_events(references) == owned_by_events(references_of(Base.metadata))
    assert not_in_snapshots(references) == set()


def test_a_table_added_without_a_declaration_is_caught() -> None:
    # A later issue's tables, in a copy of the schema: invoices on an event, and notes
    # owned through an invoice. Neither is declared, so CI would fail.
    metadata = MetaData()
    for table in Base.metadata.tables.values():
        table.to_metadata(metadata)
    Table(
        "invoices",
        metadata,
        Column("id", Integer, primary_key=True),
        Column("event_id", ForeignKey("events.id", ondelete="CASCADE")),
        Column("title", String(200)),
    )
    Table(
        "invoice_notes",
        metadata,
        Column("id", Integer, primary_key=True),
        Column("invoice_id", ForeignKey("invoices.id", ondelete="CASCADE")),
        Column("name", String(200)),
    )
    assert not_in_snapshots(references_of(metadata)) == {"invoices", "invoice_notes"}


def test_each_declaration_names_a_real_link_to_its_owner() -> None:
    seen = {"events"}
    for owned in OWNED_TABLES:
        assert owned.parent in seen, f"{owned.name} is listed before {owned.parent}"
        link = owned.table.c[owned.link]
        assert {key.column.table.name for key in link.foreign_keys} == {owned.parent}
        assert (owned.ownership is Ownership.DERIVED) == (owned.rebuild is not None)
        for column, other in owned.references:  # a session's stage, block: listed before it
            assert other in seen, f"{owned.name}.{column} names {other}, listed after it"
            referred = {key.column.table.name for key in owned.table.c[column].foreign_keys}
            assert referred == {other}
        seen.add(owned.name)
    assert len(seen) == len(OWNED_TABLES) + 1


def test_copied_and_derived_tables() -> None:
    kinds: dict[str, Ownership] = {t.name: t.ownership for t in OWNED_TABLES}
    assert kinds == {
        "event_tags": Ownership.COPIED,
        "occurrence_changes": Ownership.COPIED,
        "series_occurrences": Ownership.DERIVED,
        **dict.fromkeys(PROGRAMME, Ownership.COPIED),
        **dict.fromkeys(STAND, Ownership.COPIED),
        **dict.fromkeys(ROTA, Ownership.COPIED),
        **dict.fromkeys(TASKS, Ownership.COPIED),
        **dict.fromkeys(BUDGET, Ownership.COPIED),
        **dict.fromkeys(REGISTRATIONS, Ownership.COPIED),
    }
    in_calendar = {t.name for t in OWNED_TABLES if t.in_calendar}
    assert in_calendar == {"event_tags", "occurrence_changes"}
    assert all(isinstance(t, OwnedTable) for t in OWNED_TABLES)
