"""An event whole: its row and every record that belongs to it, as one immutable value.

``EventSnapshot`` is what delete, undo of a delete, duplicate, series split and its undo,
import and import undo take and put back, so nothing an event owns is left behind or lost.
What an event owns is declared once, in ``owned.OWNED_TABLES``: copied tables travel in
the snapshot (put back with their ids on undo, copied with new ids and shifted with the
event on duplicate), derived tables are rebuilt from the event.

The functions here write inside the caller's transaction with Core statements, many events
at once; ``EventService`` and the import call them.
"""

from __future__ import annotations

import enum
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Table, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from eventplanner.domain.errors import NotFoundError, ValidationError
from eventplanner.domain.model import Event, SplitResult, Warning
from eventplanner.persistence.database import note_deleted_events
from eventplanner.persistence.schema import EventRow, OccurrenceChangeRow, TagRow, event_tags
from eventplanner.services.changes import Action, ChangeSet, EventTouch
from eventplanner.services.events import rows
from eventplanner.services.events.anonymised_rows import as_forgotten
from eventplanner.services.events.event_loading import load_events
from eventplanner.services.events.owned import (
    OWNED_TABLES,
    OwnedTable,
    Ownership,
    RowValues,
    Shift,
    Values,
    clear,
    copied_tables,
)
from eventplanner.services.events.touches import period_of

CHUNK = 500
"""Events per IN (...) list."""

EVENTS: Table = EventRow.__table__  # type: ignore[assignment]


# -- the value -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OwnedRows:
    """The rows of one copied table that belong to the event, in key order."""

    table: str
    rows: tuple[Values, ...]


@dataclass(frozen=True, slots=True)
class EventSnapshot:
    """An event with everything it owns, as stored when taken.

    ``row`` is its ``events`` row, every column (id, UID, SEQUENCE, row version, times of
    creation and change, and the rest); ``owned`` the rows of every copied table of
    ``OWNED_TABLES`` (tag links, changed occurrences, and what later tables add), each
    table named even when empty; ``event`` the same as the services return it.

    **Equal.** A restore puts back the same record (``content`` equal: id when it was
    free, UID, creation time, every field, tags, skipped dates, changed occurrences and
    every copied row with its id when free) as a newer revision: SEQUENCE one higher than
    the snapshot's (so Outlook takes the event that comes back over the one it removed),
    row version one higher, and the time of the restore as its time of change.
    """

    event: Event
    row: Values
    owned: tuple[OwnedRows, ...]

    @property
    def id(self) -> int:
        return self.event.id

    @property
    def uid(self) -> str:
        return self.event.uid

    @property
    def title(self) -> str:
        return self.event.title

    @property
    def sequence(self) -> int:
        return self.event.sequence

    @property
    def version(self) -> int:
        return self.event.version

    def values(self) -> RowValues:
        return dict(self.row)

    def rows_of(self, table: str) -> tuple[Values, ...]:
        for owned in self.owned:
            if owned.table == table:
                return owned.rows
        return ()

    def content(self) -> EventSnapshot:
        """This snapshot without its revision (SEQUENCE, row version, time of change):
        what a restore keeps equal."""
        blank = datetime(1970, 1, 1, tzinfo=UTC)
        bookkeeping = {"sequence": 0, "version": 0, "modified_at": blank}
        row = tuple((k, bookkeeping.get(k, v)) for k, v in self.row)
        event = replace(self.event, sequence=0, version=0, modified_at=blank)
        return EventSnapshot(event, row, self.owned)

    def touch(self) -> EventTouch:
        """The event, and where it lay, for a change set."""
        row = self.values()
        moved = [dict(c).get("starts_at") for c in self.rows_of(_CHANGES)]
        earliest = min((m for m in moved if m is not None), default=None)
        period = period_of(
            row["starts_at"], row["ends_at"], row["is_recurring"], row["series_ends_at"], earliest
        )
        return EventTouch(self.id, self.uid, (period,))


_CHANGES = OccurrenceChangeRow.__tablename__


# -- results of the writes that go through snapshots ---------------------------------------


@dataclass(frozen=True, slots=True)
class Deleted:
    """Events deleted: each as it was (for undo), and the change set."""

    snapshots: tuple[EventSnapshot, ...]
    changes: ChangeSet

    @property
    def snapshot(self) -> EventSnapshot:
        (only,) = self.snapshots
        return only


@dataclass(frozen=True, slots=True)
class EventWritten:
    """An event restored, duplicated or put back as it was; with the change set."""

    event: Event
    changes: ChangeSet
    warnings: tuple[Warning, ...] = ()


@dataclass(frozen=True, slots=True)
class SplitWritten(SplitResult):
    """A split series (``SplitResult``) with the change set of the split."""

    changes: ChangeSet = field(default_factory=ChangeSet)


class Revision(enum.Enum):
    """The SEQUENCE and time of change an event written from a snapshot gets."""

    NEWER = "newer"
    """Higher than the snapshot's and than the stored one's; changed now (an undo)."""
    AS_WAS = "as_was"
    """The snapshot's own (an import taken back: the file is newer again)."""


# -- reading -------------------------------------------------------------------------------


def take(session: Session, ids: Sequence[int]) -> dict[int, EventSnapshot]:
    """Snapshots of the events with these ids (those that exist), by id."""
    ids = list(dict.fromkeys(ids))
    if not ids:
        return {}
    session.flush()
    events = load_events(session, ids)
    connection = session.connection()
    found: dict[int, Values] = {}
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        statement = select(*EVENTS.columns).where(EVENTS.c.id.in_(chunk))
        for record in connection.execute(statement).mappings():
            found[record["id"]] = tuple((c.name, record[c.name]) for c in EVENTS.columns)
    owned = _read_owned(session, list(found))
    return {
        ident: EventSnapshot(
            events[ident],
            row,
            tuple(OwnedRows(t.name, tuple(owned[t.name].get(ident, ()))) for t in copied_tables()),
        )
        for ident, row in found.items()
        if ident in events
    }


def take_one(session: Session, event_id: int) -> EventSnapshot:
    found = take(session, [event_id]).get(event_id)
    if found is None:
        raise NotFoundError(f"event {event_id} does not exist (it may have been deleted)")
    return found


def _read_owned(
    session: Session, ids: Sequence[int], only: Iterable[str] | None = None
) -> dict[str, dict[int, list[Values]]]:
    """Each copied table's rows of these events: table → event id → rows in key order.
    ``only``: just these tables (and those they are owned through)."""
    connection = session.connection()
    owned: dict[str, dict[int, list[Values]]] = {}
    owner_of: dict[str, dict[Any, int]] = {"events": {i: i for i in ids}}
    tables = copied_tables()
    if only is not None:
        by_name = {t.name: t for t in tables}
        needed = set(only)
        for name in list(needed):
            while name in by_name and by_name[name].parent != "events":
                name = by_name[name].parent
                needed.add(name)
        tables = tuple(t for t in tables if t.name in needed)
    for table in tables:
        by_event: dict[int, list[Values]] = defaultdict(list)
        mine: dict[Any, int] = {}
        parents = list(owner_of[table.parent])
        link = table.table.c[table.link]
        keys = list(table.table.primary_key.columns)
        for start in range(0, len(parents), CHUNK):
            chunk = parents[start : start + CHUNK]
            statement = select(*table.table.columns).where(link.in_(chunk)).order_by(*keys)
            for record in connection.execute(statement).mappings():
                event_id = owner_of[table.parent][record[table.link]]
                by_event[event_id].append(
                    tuple((c.name, record[c.name]) for c in table.table.columns)
                )
                if table.own_id is not None:
                    mine[record[table.own_id]] = event_id
        owned[table.name] = by_event
        owner_of[table.name] = mine
    return owned


# -- deleting ------------------------------------------------------------------------------


def remove(session: Session, ids: Sequence[int]) -> None:
    """Delete these events and everything they own (owned tables first)."""
    ids = list(ids)
    if not ids:
        return
    session.flush()
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        clear(session, chunk, OWNED_TABLES)
        # RETURNING names the deleted events to the live team view's notice (team.notices).
        session.execute(
            EVENTS.delete().where(EVENTS.c.id.in_(chunk)).returning(EVENTS.c.id, EVENTS.c.uid)
        ).all()
    note_deleted_events(session, ids)
    session.expire_all()


# -- writing from snapshots ----------------------------------------------------------------


def restore(session: Session, snapshots: Sequence[EventSnapshot]) -> list[int]:
    """Put deleted events back as new rows (``Revision.NEWER``): the same id where it is
    free, UID, fields and owned rows. Raises ValidationError when the UID is taken.
    Their ids, in order."""
    if not snapshots:
        return []
    session.flush()
    uids = [s.uid for s in snapshots]
    taken = session.scalars(select(EventRow.uid).where(EventRow.uid.in_(uids))).first()
    if taken is not None:
        title = next(s.title for s in snapshots if s.uid == taken)
        raise ValidationError("uid", f"{title!r} exists already")
    free = _free(session, EVENTS, "id", [s.id for s in snapshots])
    now = rows.now_utc()
    ids: list[int] = []
    for snapshot in snapshots:
        values = snapshot.values()
        if snapshot.id not in free:
            del values["id"]
        values.update(sequence=snapshot.sequence + 1, version=snapshot.version + 1,
                      modified_at=now)  # fmt: skip
        ids.append(session.execute(insert(EVENTS).returning(EVENTS.c.id), values).scalar_one())
    _write_owned(session, list(zip(snapshots, ids, strict=True)), keep_ids=True)
    _rebuild(session, ids)
    session.expire_all()
    return ids


def overwrite(
    session: Session,
    targets: Sequence[tuple[int, EventSnapshot]],
    revision: Revision,
    tables: Iterable[OwnedTable] = OWNED_TABLES,
) -> None:
    """Make the stored events ``(id, snapshot)`` what their snapshots hold, in place: every
    field, and the rows of the copied ``tables`` (and of those owned through them: what was
    owned since is dropped); the rows of other tables are left as they are now (an import's
    undo restores what the import may have written, ``owned.import_undo_tables``). Their
    ids and UIDs unchanged; SEQUENCE and time of change by ``revision``; row version one higher
    than stored. Derived tables are rebuilt."""
    if not targets:
        return
    restored = _with_owned_through(tables)
    session.flush()
    ids = [ident for ident, _ in targets]
    held = _held(session, ids, restored)
    current: dict[int, tuple[int, int]] = {}
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        query = select(EventRow.id, EventRow.version, EventRow.sequence).where(
            EventRow.id.in_(chunk)
        )
        current.update((i, (v, s)) for i, v, s in session.execute(query))
    now = rows.now_utc()
    values: list[RowValues] = []
    for ident, snapshot in targets:
        if ident not in current:
            raise NotFoundError(f"{snapshot.title!r} no longer exists (it was deleted)")
        version, sequence = current[ident]
        row = snapshot.values()
        del row["id"], row["uid"]
        if revision is Revision.NEWER:
            row.update(sequence=max(sequence, snapshot.sequence) + 1, modified_at=now)
        row["version"] = version + 1
        values.append({"b_id": ident, **row})
    names = [n for n in values[0] if n != "b_id"]
    statement = (
        update(EVENTS)
        .where(EVENTS.c.id == bindparam("b_id"))
        .values({n: bindparam(n) for n in names})
    )
    session.connection().execute(statement, values)
    derived = [t for t in OWNED_TABLES if t.ownership is Ownership.DERIVED]
    for start in range(0, len(ids), CHUNK):
        clear(session, ids[start : start + CHUNK], [*restored, *derived])
    kept = {t.name for t in restored}
    chosen = [
        (
            replace(
                s, owned=tuple(o if o.table in kept else OwnedRows(o.table, ()) for o in s.owned)
            ),
            i,
        )
        for i, s in targets
    ]
    written = _write_owned(
        session, chosen, keep_ids=True, present=_still_there(session, restored, chosen)
    )
    _hold_again(session, held, written)
    _rebuild(session, ids)
    session.expire_all()


@dataclass(frozen=True, slots=True)
class _Held:
    """Rows of a table left as it is that name rows written anew (the sessions a
    registration chose): taken out before those are cleared, put back after."""

    table: OwnedTable
    rows: tuple[RowValues, ...]


def _held(session: Session, ids: Sequence[int], restored: Sequence[OwnedTable]) -> list[_Held]:
    """The rows of the tables left as they are (their owners not restored) that name a
    restored table, deleted now so that clearing and writing those anew leaves them be."""
    chosen = {t.name for t in restored}
    wanted = [
        t for t in copied_tables()
        if t.name not in chosen and t.parent not in chosen
        and any(other in chosen for _, other in t.references)
    ]  # fmt: skip
    if not wanted:
        return []
    for table in wanted:  # taken out and put back whole: nothing may hang on its rows
        if any(t.parent == table.name or table.name in {o for _, o in t.references}
               for t in OWNED_TABLES):  # fmt: skip
            raise ValueError(f"{table.name} cannot be held across writing what it names")
    owned = _read_owned(session, ids, {t.name for t in wanted})
    held = []
    for table in wanted:
        found = tuple(dict(row) for rows in owned[table.name].values() for row in rows)
        # Every row of their owners was read: those owners' rows all go, a chunk at a time.
        owners = sorted({row[table.link] for row in found})
        link = table.table.c[table.link]
        for start in range(0, len(owners), CHUNK):
            session.execute(delete(table.table).where(link.in_(owners[start : start + CHUNK])))
        held.append(_Held(table, found))
    return held


def _hold_again(
    session: Session, held: Sequence[_Held], written: Mapping[str, Mapping[Any, Any]]
) -> None:
    """Put the held rows back, naming the rows written anew by their ids now; one naming a
    row no longer there (a session added since and so not put back) stays out."""
    for hold in held:
        again = []
        for row in hold.rows:
            named = [(c, o) for c, o in hold.table.references if row[c] is not None]
            if any(row[c] not in written.get(o, {}) for c, o in named):
                continue
            again.append({**row, **{c: written[o][row[c]] for c, o in named}})
        if again:
            session.execute(insert(hold.table.table), again)


def _with_owned_through(tables: Iterable[OwnedTable]) -> list[OwnedTable]:
    """The copied ``tables`` and those owned through them, in ``OWNED_TABLES`` order.
    A table owned through another must come with its owner. A table left as it is whose
    rows name one written anew (registrations' chosen sessions, naming sessions) is held
    across the writing (``_held``)."""
    chosen = {t.name for t in tables}
    for table in OWNED_TABLES:
        if table.parent in chosen:
            chosen.add(table.name)
    result = [t for t in copied_tables() if t.name in chosen]
    for table in result:
        if table.parent != "events" and table.parent not in chosen:
            raise ValueError(f"{table.name} cannot be restored without {table.parent}")
    return result


def _still_there(
    session: Session,
    restored: Sequence[OwnedTable],
    targets: Sequence[tuple[EventSnapshot, int]],
) -> dict[str, dict[Any, Any]]:
    """Rows of tables left as they are that the rows restored name (a task's phase): those
    still stored, by their own ids (a row naming one gone since is left out, as
    ``_write_owned`` leaves out one whose record was left behind)."""
    chosen = {t.name for t in restored}
    named: dict[str, set[Any]] = defaultdict(set)
    for table in restored:
        for column, other in table.references:
            if other in chosen:
                continue
            for snapshot, _ in targets:
                named[other].update(
                    dict(row)[column] for row in snapshot.rows_of(table.name)
                    if dict(row)[column] is not None
                )  # fmt: skip
    by_name = {t.name: t for t in OWNED_TABLES}
    present: dict[str, dict[Any, Any]] = {}
    for other, ids in named.items():
        own = by_name[other].own_id
        assert own is not None  # a table named by others has a key of its own
        there = set(ids) - _free(session, by_name[other].table, own, ids)
        present[other] = {i: i for i in there}
    return present


def copy(
    session: Session, snapshot: EventSnapshot, columns: Mapping[str, Any], shift: Shift
) -> int:
    """A new event from ``snapshot`` with ``columns`` instead of its own (a new UID, say)
    and copies of its owned rows, new ids, shifted by ``shift``; the new id."""
    session.flush()
    values = snapshot.values()
    del values["id"]
    values.update(columns)
    ident: int = session.execute(insert(EVENTS).returning(EVENTS.c.id), values).scalar_one()
    shifted = _mapped(snapshot, lambda table, row: table.shifted(row, shift))
    _write_owned(session, [(shifted, ident)], keep_ids=False)
    _series_end(session, ident)
    _rebuild(session, [ident])
    session.expire_all()
    return ident


def carry_to_split(
    session: Session, snapshot: EventSnapshot, later: Event, redo_of: EventSnapshot | None
) -> None:
    """Give ``later``, the part split off the series of ``snapshot``, what each copied
    table's ``split`` rule gives it (new ids); or, splitting again after an undo, what
    ``redo_of`` (the part as the undo deleted it) had of them, with its ids where free.
    What the split writes from the event itself (``in_calendar``) is left to it."""
    if redo_of is not None:
        carried = _mapped(redo_of, lambda table, row: None if table.in_calendar else row)
    else:
        carried = _mapped(snapshot, lambda table, row: table.split(row, later))
    if any(owned.rows for owned in carried.owned):
        _write_owned(session, [(carried, later.id)], keep_ids=redo_of is not None)
        session.expire_all()


def _mapped(
    snapshot: EventSnapshot, rule: Callable[[OwnedTable, RowValues], RowValues | None]
) -> EventSnapshot:
    """The snapshot with each owned row passed through ``rule`` (None drops it; a dropped
    parent drops what is owned through it)."""
    owned: list[OwnedRows] = []
    kept: dict[str, set[Any]] = {}
    for table in copied_tables():
        result: list[Values] = []
        mine: set[Any] = set()
        for row in snapshot.rows_of(table.name):
            values = dict(row)
            if table.parent != "events" and values[table.link] not in kept.get(table.parent, ()):
                continue
            if any(
                values[column] is not None and values[column] not in kept.get(other, ())
                for column, other in table.references
            ):
                continue  # what it is on was left behind
            changed = rule(table, values)
            if changed is None:
                continue
            result.append(tuple(changed.items()))
            if table.own_id is not None:
                mine.add(values[table.own_id])
        kept[table.name] = mine
        owned.append(OwnedRows(table.name, tuple(result)))
    return replace(snapshot, owned=tuple(owned))


def _write_owned(
    session: Session,
    targets: Sequence[tuple[EventSnapshot, int]],
    *,
    keep_ids: bool,
    present: Mapping[str, Mapping[Any, Any]] | None = None,
) -> dict[str, dict[Any, Any]]:
    """Insert the owned rows of each snapshot for the event id beside it: with their own
    ids where ``keep_ids`` and free, new ones otherwise (children follow their parents).
    ``present``: rows of tables not written that those written may name, by id. Returns
    the ids each table's rows were written with, by the ids they had (and ``present``)."""
    new_ids: dict[str, dict[Any, Any]] = {k: dict(v) for k, v in (present or {}).items()}
    has_children = (
        {t.parent for t in OWNED_TABLES}
        | {other for t in OWNED_TABLES for _, other in t.references}
        | {t.name for t in OWNED_TABLES if t.self_references}
    )
    for table in copied_tables():
        wanted: list[tuple[RowValues, int]] = []
        for snapshot, event_id in targets:
            for row in snapshot.rows_of(table.name):
                values = dict(row)
                if table.parent == "events":
                    values[table.link] = event_id
                elif values[table.link] in new_ids.get(table.parent, {}):
                    values[table.link] = new_ids[table.parent][values[table.link]]
                else:
                    continue  # its owner was left behind (``made_good``): it goes with it
                named = [(c, o) for c, o in table.references if values[c] is not None]
                if any(values[c] not in new_ids.get(o, {}) for c, o in named):
                    continue  # what it is on was left behind, as ``_mapped`` has it
                for column, other in named:
                    values[column] = new_ids[other][values[column]]
                wanted.append((values, event_id))
        if not wanted:
            continue
        # A person anonymised or erased since the snapshot gets nothing back (not their
        # needs, notes, badge); before ``made_good``, which takes an erased person for one
        # deleted by hand.
        wanted = as_forgotten(session, table.name, wanted)
        if table.made_good is not None:
            wanted = table.made_good(session, wanted)
        if not wanted:
            continue
        own = table.own_id
        # Rows naming others of the table are written without them first (the other may
        # come later), then given them once every row has its id.
        pointing = [
            (v[own], {c: v[c] for c in table.self_references if v[c] is not None})
            for v, _ in wanted
            if own is not None and any(v[c] is not None for c in table.self_references)
        ]
        for values, _ in wanted:
            values.update(dict.fromkeys(table.self_references))
        free: set[Any] = set()
        if own is not None and keep_ids:
            free = _free(session, table.table, own, [v[own] for v, _ in wanted])
        kept = [v for v, _ in wanted if own is None or v[own] in free]
        fresh = [v for v, _ in wanted if own is not None and v[own] not in free]
        if kept:
            session.execute(insert(table.table), kept)
        mapping = new_ids.setdefault(table.name, {})
        if own is not None:
            mapping.update({v[own]: v[own] for v in kept})
        if fresh and own is not None:
            if table.name in has_children:
                for values in fresh:
                    old = values.pop(own)
                    statement = insert(table.table).returning(table.table.c[own])
                    mapping[old] = session.execute(statement, values).scalar_one()
            else:
                session.execute(
                    insert(table.table), [{k: v for k, v in f.items() if k != own} for f in fresh]
                )
        if pointing and own is not None:
            _point_again(session, table, own, mapping, pointing)
    _tag_names(session, sorted({event_id for _, event_id in targets}))
    return new_ids


def _point_again(
    session: Session,
    table: OwnedTable,
    own: str,
    mapping: Mapping[Any, Any],
    pointing: Sequence[tuple[Any, dict[str, Any]]],
) -> None:
    """Give rows written their references to rows of the same table, as the copy's ids
    (one left behind is left out)."""
    for old, references in pointing:
        if old not in mapping:
            continue
        values = {c: mapping.get(ref) for c, ref in references.items()}
        session.execute(
            update(table.table).where(table.table.c[own] == mapping[old]).values(values)
        )


def _tag_names(session: Session, event_ids: Sequence[int]) -> None:
    """The events' copy of their tag names, as their links now are (a tag renamed since).

    A copy made anew raises the row's version, as every change of what a window shows
    does: the month read keeps each event's occurrence by its row version
    (``queries._MonthKept``). What the session holds of these events is written first, so
    its own version check still holds after."""
    session.flush()
    for start in range(0, len(event_ids), CHUNK):
        chunk = list(event_ids[start : start + CHUNK])
        linked: dict[int, list[str]] = defaultdict(list)
        query = (
            select(event_tags.c.event_id, TagRow.name)
            .join(TagRow, TagRow.id == event_tags.c.tag_id)
            .where(event_tags.c.event_id.in_(chunk))
        )
        for event_id, name in session.execute(query):
            linked[event_id].append(name)
        stored = session.execute(
            select(EventRow.id, EventRow.tag_names).where(EventRow.id.in_(chunk))
        )
        stale = [
            {"b_id": ident, "tag_names": rows.tag_names_text(linked[ident])}
            for ident, text in stored
            if text != rows.tag_names_text(linked[ident])
        ]
        if stale:
            statement = (
                update(EVENTS)
                .where(EVENTS.c.id == bindparam("b_id"))
                .values(tag_names=bindparam("tag_names"), version=EVENTS.c.version + 1)
            )
            session.connection().execute(statement, stale)


def _series_end(session: Session, event_id: int) -> None:
    """A series' end as its changed occurrences now are (a copy may have left some); its
    row version raised when the end moves, as every change of a window's rows does."""
    session.expire_all()
    event = load_events(session, [event_id])[event_id]
    if event.recurrence is not None:
        end = rows.series_end(event.timing, event.recurrence.rule, event.changes)
        session.execute(
            update(EVENTS)
            .where(EVENTS.c.id == event_id, EVENTS.c.series_ends_at.is_distinct_from(end))
            .values(series_ends_at=end, version=EVENTS.c.version + 1)
        )
        session.expire_all()


def _rebuild(session: Session, ids: Sequence[int]) -> None:
    """The derived tables' rows of these events (whose derived rows are gone)."""
    derived = [t for t in OWNED_TABLES if t.rebuild is not None]
    if not derived:
        return
    session.expire_all()  # what the ORM holds of them may be older than what was written
    events = list(load_events(session, list(ids)).values())
    for table in derived:
        assert table.rebuild is not None
        table.rebuild(session, events)


def _free(session: Session, table: Table, column: str, wanted: Iterable[Any]) -> set[Any]:
    """Which of these key values no row of ``table`` has."""
    values = list(dict.fromkeys(wanted))
    taken: set[Any] = set()
    for start in range(0, len(values), CHUNK):
        chunk = values[start : start + CHUNK]
        taken.update(session.scalars(select(table.c[column]).where(table.c[column].in_(chunk))))
    return set(values) - taken


# -- change sets ---------------------------------------------------------------------------


def event_changes(
    created: Iterable[EventTouch] = (),
    changed: Iterable[EventTouch] = (),
    deleted: Iterable[EventTouch] = (),
) -> ChangeSet:
    """One change set of events created, changed and deleted; an event named more than
    once (where it lay before, where it lies after) is one touch with every period."""

    def merged(touched: Iterable[EventTouch]) -> list[EventTouch]:
        by_id: dict[int, EventTouch] = {}
        for touch in touched:
            known = by_id.get(touch.id)
            if known is not None:
                added = tuple(p for p in touch.periods if p not in known.periods)
                touch = EventTouch(touch.id, touch.uid, known.periods + added)
            by_id[touch.id] = touch
        return list(by_id.values())

    return (
        ChangeSet.for_events(Action.CREATED, merged(created))
        | ChangeSet.for_events(Action.CHANGED, merged(changed))
        | ChangeSet.for_events(Action.DELETED, merged(deleted))
    )
