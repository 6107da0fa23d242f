"""What an event owns: every table with a foreign key to ``events`` (or to a table an event
owns), declared once, each copied with the event or derived from it.

``EventSnapshot`` (``snapshots``) holds the copied tables' rows; an import's update
replaces those ``in_calendar``; derived tables are rebuilt wherever an event is written.
A later table (sessions, roles, tasks, a stand, registrations, budget lines) joins by one
``OwnedTable`` in ``OWNED_TABLES``: ``tests/services/test_snapshot_schema.py`` fails while
one with a foreign key to events is missing from it.

What a table is and how its rows travel: ``owned_table``; each table's rules for a copy and
a split (``copy_rules``) and for rows written back (``made_good``); what moves with an event
moved to other days: ``owned_moves``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Table, delete, insert, select
from sqlalchemy.orm import Session

from eventplanner.domain.model import Event
from eventplanner.persistence.schema import (
    BlockPersonRow,
    BlockRow,
    BudgetLineRow,
    CoExhibitorRow,
    EventOrganisationRow,
    EventPersonRow,
    ExhibitorStaffRow,
    OccurrenceChangeRow,
    PhaseRow,
    RegistrationRow,
    RegistrationSessionRow,
    ReleaseRow,
    SeriesOccurrenceRow,
    SessionPersonRow,
    SessionRow,
    ShiftPersonRow,
    ShiftRow,
    StageRow,
    StandDeadlineRow,
    StandMaterialRow,
    StandRow,
    TaskRow,
    event_tags,
)
from eventplanner.services.changes import Kind
from eventplanner.services.events import rows
from eventplanner.services.events.copy_rules import (
    budget_line_copied,
    changes_shifted,
    deadline_shifted,
    exhibitor_shifted,
    material_shifted,
    not_copied,
    session_shifted,
    stays,
    task_shifted,
    times_shifted,
    unreleased,
    unsplit,
)
from eventplanner.services.events.made_good import (
    co_exhibitors_made_good,
    links_made_good,
    organisations_made_good,
    people_made_good,
    stand_made_good,
    tags_made_good,
    task_owners_made_good,
)
from eventplanner.services.events.owned_table import OwnedTable, Ownership


def _store_occurrences(session: Session, events: Sequence[Event]) -> None:
    stored = [
        occurrence
        for event in events
        if event.recurrence is not None
        for occurrence in rows.stored_occurrences(
            event.id, event.timing, event.recurrence.rule, event.recurrence.exdates
        )
    ]
    if stored:
        session.execute(insert(SeriesOccurrenceRow), stored)


def _table(row: type[Any]) -> Table:
    table = row.__table__
    assert isinstance(table, Table)
    return table


OWNED_TABLES: tuple[OwnedTable, ...] = (
    OwnedTable(
        event_tags,
        "event_id",
        Ownership.COPIED,
        in_calendar=True,
        split=unsplit,
        made_good=tags_made_good,
    ),
    OwnedTable(
        OccurrenceChangeRow.__table__,  # type: ignore[arg-type]
        "event_id",
        Ownership.COPIED,
        in_calendar=True,
        shifted=changes_shifted,
        split=unsplit,
    ),
    OwnedTable(
        SeriesOccurrenceRow.__table__,  # type: ignore[arg-type]
        "event_id",
        Ownership.DERIVED,
        rebuild=_store_occurrences,
    ),
    # The programme (issue 14).
    OwnedTable(_table(StageRow), "event_id", Ownership.COPIED, split=stays),
    OwnedTable(
        _table(BlockRow),
        "event_id",
        Ownership.COPIED,
        split=stays,
        references=(("stage_id", "stages"),),
    ),
    OwnedTable(
        _table(SessionRow),
        "event_id",
        Ownership.COPIED,
        shifted=session_shifted,
        split=stays,
        references=(("stage_id", "stages"), ("block_id", "blocks")),
        moves=Kind.SESSION,
    ),
    OwnedTable(
        _table(PhaseRow),
        "event_id",
        Ownership.COPIED,
        shifted=times_shifted,
        split=stays,
        moves=Kind.PHASE,
    ),
    OwnedTable(_table(EventPersonRow), "event_id", Ownership.COPIED, made_good=people_made_good),
    OwnedTable(
        _table(BlockPersonRow),
        "block_id",
        Ownership.COPIED,
        parent="blocks",
        made_good=people_made_good,
    ),
    OwnedTable(
        _table(SessionPersonRow),
        "session_id",
        Ownership.COPIED,
        parent="sessions",
        made_good=people_made_good,
    ),
    OwnedTable(
        _table(EventOrganisationRow),
        "event_id",
        Ownership.COPIED,
        made_good=organisations_made_good,
    ),
    # Its releases (frozen copies of the programme): back with an undone delete, kept by an
    # import's update, left behind by a duplicate; never changed, so an event moved to other
    # days gets its latest one again, moved (``move_with_event``, ``release_moves``).
    OwnedTable(_table(ReleaseRow), "event_id", Ownership.COPIED, shifted=unreleased, split=stays),
    # The stand at a fair (issue 15), and what hangs on it. A series has no stand: nothing
    # of it goes to a split. A copy on other days (next year's fair) starts afresh: its
    # deadlines as many days on and open, its co-exhibitors asked, its materials at the
    # office; a copy on the same days is the same.
    OwnedTable(
        _table(StandRow), "event_id", Ownership.COPIED, split=stays, made_good=stand_made_good
    ),
    OwnedTable(
        _table(CoExhibitorRow),
        "stand_id",
        Ownership.COPIED,
        parent="stands",
        shifted=exhibitor_shifted,
        made_good=co_exhibitors_made_good,
    ),
    OwnedTable(
        _table(StandDeadlineRow),
        "stand_id",
        Ownership.COPIED,
        parent="stands",
        shifted=deadline_shifted,
        references=(("co_exhibitor_id", "co_exhibitors"),),
    ),
    OwnedTable(
        _table(ExhibitorStaffRow),
        "stand_id",
        Ownership.COPIED,
        parent="stands",
        references=(("co_exhibitor_id", "co_exhibitors"),),
        made_good=links_made_good("contact_id"),
    ),
    OwnedTable(
        _table(StandMaterialRow),
        "stand_id",
        Ownership.COPIED,
        parent="stands",
        shifted=material_shifted,
        made_good=links_made_good("packer_id", "shipper_id", "returner_id"),
    ),
    # The staff rota (issue 15): shifts move with the event and are copied shifted (under
    # UIDs of their own, as sessions), their people with them; a series has no rota.
    OwnedTable(
        _table(ShiftRow),
        "event_id",
        Ownership.COPIED,
        shifted=session_shifted,
        split=stays,
        moves=Kind.SHIFT,
    ),
    OwnedTable(
        _table(ShiftPersonRow),
        "shift_id",
        Ownership.COPIED,
        parent="shifts",
        made_good=people_made_good,
    ),
    # Its tasks (issue 15): back with an undone delete, kept by an import's update, left
    # with the earlier part of a split series (whose first days they were counted from).
    # A duplicate is next year's event: its tasks are copied open and unpinned, under UIDs
    # of their own, shifted by its days, and those counted from the event are counted again
    # from the copy (``task_moves.follow_anchors``, called by the duplicate).
    OwnedTable(
        _table(TaskRow),
        "event_id",
        Ownership.COPIED,
        follows_edit=True,
        shifted=task_shifted,
        split=stays,
        made_good=task_owners_made_good,
        references=(("anchor_phase_id", "phases"),),
        self_references=("anchor_task_id",),
    ),
    # Its budget lines (issue 16): back with an undone delete, kept by an import's update,
    # left with the earlier part of a split series; a duplicate copies the planned lines
    # with their actuals cleared. A project's own lines (no event) are owned by none.
    OwnedTable(
        _table(BudgetLineRow),
        "event_id",
        Ownership.COPIED,
        shifted=budget_line_copied,
        split=stays,
    ),
    # Its registrations (issue 16): back with an undone delete, kept by an import's update
    # (an iCalendar file carries no participants), left with the earlier part of a split
    # series; a duplicate copies none (``not_copied``). A person deleted meanwhile takes
    # their registration with them (a registration is of a person).
    OwnedTable(
        _table(RegistrationRow),
        "event_id",
        Ownership.COPIED,
        shifted=not_copied,
        split=stays,
        made_good=people_made_good,
    ),
    OwnedTable(
        _table(RegistrationSessionRow),
        "registration_id",
        Ownership.COPIED,
        parent="registrations",
        references=(("session_id", "sessions"),),
    ),
)
"""Every table an event owns, parents before the tables owned through them. Read it as
``owned.OWNED_TABLES`` (not imported by name), so that a test declaring a later table
declares it in one place."""


def copied_tables() -> tuple[OwnedTable, ...]:
    return tuple(t for t in OWNED_TABLES if t.ownership is Ownership.COPIED)


def import_undo_tables() -> tuple[OwnedTable, ...]:
    """The tables an import's undo puts back: all an import may have written (the in-calendar
    rows it replaced, and what moved with the event: programme, releases, stand, rota,
    tasks), and what is owned through them. The event's budget lines and registrations stay
    as they are now (no import writes them): those made since the import are kept, and the
    sessions registrations chose, rows the undo writes anew with their ids, are held across
    it (``snapshot_overwrite.overwrite``)."""
    kept = {"budget_lines", "registrations", "registration_sessions"}
    return tuple(t for t in OWNED_TABLES if t.name not in kept)


def series_edit_tables() -> tuple[OwnedTable, ...]:
    """The copied tables a split or whole edit of a series writes (``in_calendar``,
    ``follows_edit``; a series has no programme, stand or rota): all its undo puts back."""
    return tuple(t for t in copied_tables() if t.in_calendar or t.follows_edit)


def clear(session: Session, event_ids: Sequence[int], tables: Iterable[OwnedTable]) -> None:
    """Delete these events' rows of ``tables`` (and what is owned through them), rows owned
    through others before those."""
    chosen = {t.name for t in tables}
    for table in OWNED_TABLES:  # what is owned through a chosen table goes with it
        if table.parent in chosen:
            chosen.add(table.name)
    keys: dict[str, list[Any]] = {"events": list(event_ids)}
    parents = {t.parent for t in OWNED_TABLES}
    for table in OWNED_TABLES:  # the keys of the rows that own others, top down
        if table.name in parents and table.own_id is not None and keys.get(table.parent):
            column, link = table.table.c[table.own_id], table.table.c[table.link]
            keys[table.name] = list(
                session.scalars(select(column).where(link.in_(keys[table.parent])))
            )
    for table in reversed(OWNED_TABLES):
        if table.name in chosen and keys.get(table.parent):
            link = table.table.c[table.link]
            session.execute(delete(table.table).where(link.in_(keys[table.parent])))
