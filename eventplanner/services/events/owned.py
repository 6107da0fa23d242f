"""What an event owns: every table with a foreign key to ``events`` (or to a table an event
owns), declared once, each copied with the event or derived from it.

``EventSnapshot`` (``snapshots``) holds the copied tables' rows; an import's update
replaces those ``in_calendar``; derived tables are rebuilt wherever an event is written.
A later table (sessions, roles, tasks, a stand, registrations, budget lines) joins by one
``OwnedTable`` in ``OWNED_TABLES``: ``tests/services/test_snapshot_schema.py`` fails while
one with a foreign key to events is missing from it.
"""

from __future__ import annotations

import enum
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import Table, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from eventplanner.domain.model import Event
from eventplanner.domain.programme import shifted as shifted_in_zone
from eventplanner.domain.text import name_key
from eventplanner.persistence.names import insert_missing
from eventplanner.persistence.schema import (
    BlockPersonRow,
    BlockRow,
    BudgetLineRow,
    CoExhibitorRow,
    ContactRow,
    EventOrganisationRow,
    EventPersonRow,
    EventRow,
    ExhibitorStaffRow,
    OccurrenceChangeRow,
    OrganisationRow,
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
    TagRow,
    TaskRow,
    event_tags,
)
from eventplanner.services.changes import Action, ChangeSet, Kind
from eventplanner.services.events import rows
from eventplanner.services.events.release_moves import release_moved
from eventplanner.services.events.task_moves import TasksFrom, tasks_followed_since


class Ownership(enum.Enum):
    COPIED = "copied"
    """Travels with the event: kept in the snapshot, put back and copied with it."""
    DERIVED = "derived"
    """Worked out from the event: rebuilt, never kept."""


@dataclass(frozen=True, slots=True)
class Shift:
    """Where a copy of an event lies from its original: ``days`` on (0: the same days), at
    the same wall-clock times in ``time_zone`` (the event's)."""

    days: int = 0
    time_zone: str = "UTC"

    @property
    def moved(self) -> bool:
        return self.days != 0


Values = tuple[tuple[str, Any], ...]
"""One stored row: (column, value) in the table's column order."""
RowValues = dict[str, Any]
Rebuild = Callable[[Session, Sequence[Event]], None]
MadeGood = Callable[[Session, list[tuple[RowValues, int]]], list[tuple[RowValues, int]]]


def _as_it_is(values: RowValues, _shift: Shift) -> RowValues | None:
    return values


def _goes_along(values: RowValues, _later: Event) -> RowValues | None:
    return values


def _unsplit(_values: RowValues, _at: Event) -> RowValues | None:
    """Written by the domain's split rule from the event itself (tags from the draft,
    changed occurrences from ``domain.series.split_series``): not copied again."""
    return None


@dataclass(frozen=True, slots=True)
class OwnedTable:
    """One table of records that belong to an event (see the module's docstring)."""

    table: Table
    link: str
    """The column naming the owner: an event's id, or the id of a row of ``parent``."""
    ownership: Ownership
    parent: str = "events"
    """The table ``link`` refers to: ``events``, or an owned table listed before this one."""
    in_calendar: bool = False
    """Written whole from what an iCalendar file carries of the event (its categories, its
    changed occurrences): an import's update replaces these rows; others it leaves alone."""
    follows_edit: bool = False
    """Rewritten by an edit or split of a series itself (its tasks, counted from its
    days): with the ``in_calendar`` ones, what undoing that edit puts back; others (its
    registrations, its budget) it leaves alone."""
    shifted: Callable[[RowValues, Shift], RowValues | None] = _as_it_is
    """A row of a copy of the event that lies ``Shift`` from it; None leaves it behind."""
    split: Callable[[RowValues, Event], RowValues | None] = _goes_along
    """A row the later part of a split series (the ``Event`` given, new) gets; None: it
    stays with the earlier part only."""
    rebuild: Rebuild | None = None
    """Derived tables: write the rows of these events (their old rows are gone)."""
    made_good: MadeGood | None = None
    """Rows about to be written back ``(values, event id)``, their references to records
    the event does not own made good (one deleted meanwhile): those to write."""
    references: tuple[tuple[str, str], ...] = ()
    """Other columns that name a row of an owned table listed before this one (a session's
    stage and block): ``(column, table)``, given the copy's ids when written."""
    self_references: tuple[str, ...] = ()
    """Columns that name another row of this same table (a task counted from another):
    given the copy's ids once every row is written."""
    moves: Kind | None = None
    """Rows with times of their own (``starts_at``, ``ends_at``: a programme's sessions and
    phases) that move with the event when it moves to other days, keeping their identity;
    the kind of record they are, for the change set."""

    @property
    def name(self) -> str:
        return self.table.name

    @property
    def own_id(self) -> str | None:
        """A single-column key of its own (kept on restore if free), or None."""
        keys = [c.name for c in self.table.primary_key.columns]
        return keys[0] if len(keys) == 1 and keys[0] != self.link else None


def _changes_shifted(values: RowValues, shift: Shift) -> RowValues | None:
    # As a copy's draft leaves its skipped dates behind (``EventService.duplicate``): a
    # series copied to other days starts afresh, its exceptions belonged to the old dates.
    return None if shift.moved else values


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


def _tags_made_good(
    session: Session, wanted: list[tuple[RowValues, int]]
) -> list[tuple[RowValues, int]]:
    """Tag links whose tag was deleted meanwhile link to the tag of the same name, made
    again if need be (as restoring an event always brought its tags back)."""
    tag_ids = {v["tag_id"] for v, _ in wanted}
    names = dict(
        session.execute(select(TagRow.id, TagRow.name).where(TagRow.id.in_(tag_ids))).all()
    )
    if len(names) == len(tag_ids):
        return wanted
    by_event: dict[int, list[RowValues]] = defaultdict(list)
    for values, event_id in wanted:
        by_event[event_id].append(values)
    stored_names = dict(
        session.execute(
            select(EventRow.id, EventRow.tag_names).where(EventRow.id.in_(list(by_event)))
        ).all()
    )
    result: list[tuple[RowValues, int]] = []
    for event_id, links in by_event.items():
        present = [v for v in links if v["tag_id"] in names]
        known = {name_key(names[v["tag_id"]]) for v in present}
        lost = [n for n in rows.parse_tag_names(stored_names.get(event_id, ""))
                if name_key(n) not in known]  # fmt: skip
        made, _ = insert_missing(session, TagRow, [{"name": n, "version": 1} for n in lost])
        present += [{"event_id": event_id, "tag_id": made[name_key(n)][0]} for n in lost]
        unique = {v["tag_id"]: v for v in present}
        result += [(v, event_id) for v in unique.values()]
    return result


def _times_shifted(values: RowValues, shift: Shift) -> RowValues | None:
    """A phase of a copy: the same wall-clock times on the copy's days."""
    if not shift.moved:
        return values
    return {
        **values,
        "starts_at": shifted_in_zone(values["starts_at"], shift.days, shift.time_zone),
        "ends_at": shifted_in_zone(values["ends_at"], shift.days, shift.time_zone),
    }


def _session_shifted(values: RowValues, shift: Shift) -> RowValues | None:
    """A session of a copy: shifted with it, under a UID of its own (a calendar must not
    take it for the original's)."""
    moved = _times_shifted(values, shift)
    assert moved is not None
    return {**moved, "uid": rows.new_uid()}


def _stays(_values: RowValues, _at: Event) -> RowValues | None:
    """A series has no programme (``domain.programme``): nothing of it goes to a split."""
    return None


def _unreleased(_values: RowValues, _shift: Shift) -> RowValues | None:
    """A copy of an event starts as an unreleased draft: its sessions have UIDs of their
    own, which no release of the original knows."""
    return None


def _present(
    session: Session, wanted: list[tuple[RowValues, int]], column: str, table: Table
) -> list[tuple[RowValues, int]]:
    """Rows whose ``column`` names a record that still exists (a person or organisation
    deleted meanwhile takes their role with them)."""
    ids = {v[column] for v, _ in wanted}
    found = set(session.scalars(select(table.c.id).where(table.c.id.in_(ids))))
    return [(v, e) for v, e in wanted if v[column] in found]


def _people_made_good(
    session: Session, wanted: list[tuple[RowValues, int]]
) -> list[tuple[RowValues, int]]:
    return _present(session, wanted, "contact_id", ContactRow.__table__)  # type: ignore[arg-type]


def _organisations_made_good(
    session: Session, wanted: list[tuple[RowValues, int]]
) -> list[tuple[RowValues, int]]:
    return _present(session, wanted, "organisation_id", OrganisationRow.__table__)  # type: ignore[arg-type]


def _links_made_good(*columns: str) -> MadeGood:
    """Rows whose links to contacts (``columns``, each nullable) name a contact deleted
    meanwhile keep the row with the link cleared, as deleting the contact does."""

    def made_good(
        session: Session, wanted: list[tuple[RowValues, int]]
    ) -> list[tuple[RowValues, int]]:
        ids = {v[c] for v, _ in wanted for c in columns if v[c] is not None}
        found = set(session.scalars(select(ContactRow.id).where(ContactRow.id.in_(ids))))
        return [({**v, **{c: v[c] if v[c] in found else None for c in columns}}, e)
                for v, e in wanted]  # fmt: skip

    return made_good


def _stand_made_good(
    session: Session, wanted: list[tuple[RowValues, int]]
) -> list[tuple[RowValues, int]]:
    """A stand whose fair organiser or lead was deleted meanwhile comes back without them."""
    wanted = _links_made_good("lead_contact_id")(session, wanted)
    ids = {v["organiser_id"] for v, _ in wanted if v["organiser_id"] is not None}
    found = set(session.scalars(select(OrganisationRow.id).where(OrganisationRow.id.in_(ids))))
    return [({**v, "organiser_id": v["organiser_id"] if v["organiser_id"] in found else None}, e)
            for v, e in wanted]  # fmt: skip


def _co_exhibitors_made_good(
    session: Session, wanted: list[tuple[RowValues, int]]
) -> list[tuple[RowValues, int]]:
    """A co-exhibitor whose organisation was deleted meanwhile is left behind (its own
    deadlines and staff with it); one whose contact was, comes back without the contact."""
    present = _present(session, wanted, "organisation_id", OrganisationRow.__table__)  # type: ignore[arg-type]
    return _links_made_good("contact_id")(session, present)


def _deadline_shifted(values: RowValues, shift: Shift) -> RowValues | None:
    """A fair's deadline of a copy on other days (next year's fair): as many days on as
    the copy is, and open again."""
    if not shift.moved:
        return values
    return {**values, "due_date": values["due_date"] + timedelta(days=shift.days), "done": False}


def _exhibitor_shifted(values: RowValues, shift: Shift) -> RowValues | None:
    """A co-exhibitor of a copy on other days is to be asked again: a fair organiser's
    approval is for one fair."""
    return {**values, "state": "asked"} if shift.moved else values


def _material_shifted(values: RowValues, shift: Shift) -> RowValues | None:
    """The materials of a copy on other days start at the office: the list is what goes
    to the next fair, not where last year's things ended up."""
    return {**values, "state": "at_office"} if shift.moved else values


def _task_shifted(values: RowValues, shift: Shift) -> RowValues | None:
    """A task of a copy: open, unpinned, a UID of its own, its date as many days on as the
    copy lies from the original (those counted from the event are counted again after)."""
    return {
        **values,
        "uid": rows.new_uid(),
        "due_date": values["due_date"] + timedelta(days=shift.days),
        "done_at": None,
        "done_by": "",
        "pinned": False,
        "sequence": 0,
        "version": 1,
    }


def _task_owners_made_good(
    session: Session, wanted: list[tuple[RowValues, int]]
) -> list[tuple[RowValues, int]]:
    """A task whose owner was deleted meanwhile comes back without an owner."""
    ids = {v["owner_contact_id"] for v, _ in wanted if v["owner_contact_id"] is not None}
    found = set(session.scalars(select(ContactRow.id).where(ContactRow.id.in_(ids))))
    return [
        (v if v["owner_contact_id"] in found or v["owner_contact_id"] is None
         else {**v, "owner_contact_id": None}, e)
        for v, e in wanted
    ]  # fmt: skip


def _budget_line_copied(values: RowValues, _shift: Shift) -> RowValues | None:
    """A line of a copy of the event: what was planned, nothing spent or received yet."""
    return {**values, "actual_minor": None, "version": 1}


def _not_copied(_values: RowValues, _shift: Shift) -> RowValues | None:
    """A duplicate is a new occasion: people register for it afresh, so a copy of an event
    (on its days or others) starts with no registrations."""
    return None


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
        split=_unsplit,
        made_good=_tags_made_good,
    ),
    OwnedTable(
        OccurrenceChangeRow.__table__,  # type: ignore[arg-type]
        "event_id",
        Ownership.COPIED,
        in_calendar=True,
        shifted=_changes_shifted,
        split=_unsplit,
    ),
    OwnedTable(
        SeriesOccurrenceRow.__table__,  # type: ignore[arg-type]
        "event_id",
        Ownership.DERIVED,
        rebuild=_store_occurrences,
    ),
    # The programme (issue 14).
    OwnedTable(_table(StageRow), "event_id", Ownership.COPIED, split=_stays),
    OwnedTable(
        _table(BlockRow),
        "event_id",
        Ownership.COPIED,
        split=_stays,
        references=(("stage_id", "stages"),),
    ),
    OwnedTable(
        _table(SessionRow),
        "event_id",
        Ownership.COPIED,
        shifted=_session_shifted,
        split=_stays,
        references=(("stage_id", "stages"), ("block_id", "blocks")),
        moves=Kind.SESSION,
    ),
    OwnedTable(
        _table(PhaseRow),
        "event_id",
        Ownership.COPIED,
        shifted=_times_shifted,
        split=_stays,
        moves=Kind.PHASE,
    ),
    OwnedTable(_table(EventPersonRow), "event_id", Ownership.COPIED, made_good=_people_made_good),
    OwnedTable(
        _table(BlockPersonRow),
        "block_id",
        Ownership.COPIED,
        parent="blocks",
        made_good=_people_made_good,
    ),
    OwnedTable(
        _table(SessionPersonRow),
        "session_id",
        Ownership.COPIED,
        parent="sessions",
        made_good=_people_made_good,
    ),
    OwnedTable(
        _table(EventOrganisationRow),
        "event_id",
        Ownership.COPIED,
        made_good=_organisations_made_good,
    ),
    # Its releases (frozen copies of the programme): back with an undone delete, kept by an
    # import's update, left behind by a duplicate; never changed, so an event moved to other
    # days gets its latest one again, moved (``move_with_event``, ``release_moves``).
    OwnedTable(_table(ReleaseRow), "event_id", Ownership.COPIED, shifted=_unreleased, split=_stays),
    # The stand at a fair (issue 15), and what hangs on it. A series has no stand: nothing
    # of it goes to a split. A copy on other days (next year's fair) starts afresh: its
    # deadlines as many days on and open, its co-exhibitors asked, its materials at the
    # office; a copy on the same days is the same.
    OwnedTable(
        _table(StandRow), "event_id", Ownership.COPIED, split=_stays, made_good=_stand_made_good
    ),
    OwnedTable(
        _table(CoExhibitorRow),
        "stand_id",
        Ownership.COPIED,
        parent="stands",
        shifted=_exhibitor_shifted,
        made_good=_co_exhibitors_made_good,
    ),
    OwnedTable(
        _table(StandDeadlineRow),
        "stand_id",
        Ownership.COPIED,
        parent="stands",
        shifted=_deadline_shifted,
        references=(("co_exhibitor_id", "co_exhibitors"),),
    ),
    OwnedTable(
        _table(ExhibitorStaffRow),
        "stand_id",
        Ownership.COPIED,
        parent="stands",
        references=(("co_exhibitor_id", "co_exhibitors"),),
        made_good=_links_made_good("contact_id"),
    ),
    OwnedTable(
        _table(StandMaterialRow),
        "stand_id",
        Ownership.COPIED,
        parent="stands",
        shifted=_material_shifted,
        made_good=_links_made_good("packer_id", "shipper_id", "returner_id"),
    ),
    # The staff rota (issue 15): shifts move with the event and are copied shifted (under
    # UIDs of their own, as sessions), their people with them; a series has no rota.
    OwnedTable(
        _table(ShiftRow),
        "event_id",
        Ownership.COPIED,
        shifted=_session_shifted,
        split=_stays,
        moves=Kind.SHIFT,
    ),
    OwnedTable(
        _table(ShiftPersonRow),
        "shift_id",
        Ownership.COPIED,
        parent="shifts",
        made_good=_people_made_good,
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
        shifted=_task_shifted,
        split=_stays,
        made_good=_task_owners_made_good,
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
        shifted=_budget_line_copied,
        split=_stays,
    ),
    # Its registrations (issue 16): back with an undone delete, kept by an import's update
    # (an iCalendar file carries no participants), left with the earlier part of a split
    # series; a duplicate copies none (``_not_copied``). A person deleted meanwhile takes
    # their registration with them (a registration is of a person).
    OwnedTable(
        _table(RegistrationRow),
        "event_id",
        Ownership.COPIED,
        shifted=_not_copied,
        split=_stays,
        made_good=_people_made_good,
    ),
    OwnedTable(
        _table(RegistrationSessionRow),
        "registration_id",
        Ownership.COPIED,
        parent="registrations",
        references=(("session_id", "sessions"),),
    ),
)
"""Every table an event owns, parents before the tables owned through them."""


def move_with_event(
    session: Session, event_id: int, shift: Shift, *, tasks_before: TasksFrom
) -> ChangeSet:
    """Move what an event owns that has times of its own (``OwnedTable.moves``) by
    ``shift``, as the event itself moved to other days: the same wall-clock times in its
    zone, each row's version raised; and its published programme with it, as a new release
    (``release_moves``: releases never change); and its open, unpinned tasks whose anchor
    moved (its start and end were ``tasks_before``: ``task_moves.tasks_start`` before the
    write) counted again from where their anchors now lie (``task_moves``). What it moved
    and made, as a change set."""
    moved = ChangeSet()
    if shift.moved:
        moved = _times_moved(session, event_id, shift)
    # Its tasks follow where the event (and its phases) now lie: also when only its end moved.
    moved = moved | tasks_followed_since(session, event_id, tasks_before, phase_days=shift.days)
    if moved:
        session.expire_all()
    return moved


def _times_moved(session: Session, event_id: int, shift: Shift) -> ChangeSet:
    moved = release_moved(session, event_id, shift)
    for owned in OWNED_TABLES:
        if owned.moves is None or owned.parent != "events":
            continue
        table = owned.table
        found = session.execute(
            select(table.c.id, table.c.starts_at, table.c.ends_at, table.c.version).where(
                table.c[owned.link] == event_id
            )
        ).all()
        if not found:
            continue
        values = [
            {
                "b_id": ident,
                "b_starts": shifted_in_zone(starts, shift.days, shift.time_zone),
                "b_ends": shifted_in_zone(ends, shift.days, shift.time_zone),
                "b_version": version + 1,
            }
            for ident, starts, ends, version in found
        ]
        statement = (
            update(table)
            .where(table.c.id == bindparam("b_id"))
            .values(
                starts_at=bindparam("b_starts"),
                ends_at=bindparam("b_ends"),
                version=bindparam("b_version"),
            )
        )
        session.connection().execute(statement, values)
        moved = moved | ChangeSet.of(owned.moves, Action.CHANGED, (row.id for row in found))
    return moved


def copied_tables() -> tuple[OwnedTable, ...]:
    return tuple(t for t in OWNED_TABLES if t.ownership is Ownership.COPIED)


def import_undo_tables() -> tuple[OwnedTable, ...]:
    """The tables an import's undo puts back: all an import may have written (the in-calendar
    rows it replaced, and what moved with the event: programme, releases, stand, rota,
    tasks), and what is owned through them. The event's budget lines and registrations stay
    as they are now (no import writes them): those made since the import are kept, and the
    sessions registrations chose, rows the undo writes anew with their ids, are held across
    it (``snapshots.overwrite``)."""
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
