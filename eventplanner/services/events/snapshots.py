"""An event whole: its row and every record that belongs to it, as one immutable value, and
reading it.

``EventSnapshot`` is what delete, undo of a delete, duplicate, series split and its undo,
import and import undo take and put back, so nothing an event owns is left behind or lost.
What an event owns is declared once, in ``owned.OWNED_TABLES``: copied tables travel in
the snapshot (put back with their ids on undo, copied with new ids and shifted with the
event on duplicate), derived tables are rebuilt from the event.

The writes from snapshots, inside the caller's transaction with Core statements, many
events at once (``EventService`` and the import call them): deleting, restoring, copying and
carrying to a split (``snapshot_writes``), overwriting in place (``snapshot_overwrite``,
holding rows across it with ``held_rows``), each writing the owned rows back
(``owned_writing``); what they return, ``write_results``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from eventplanner.domain.errors import NotFoundError
from eventplanner.domain.model import Event
from eventplanner.persistence.schema import EventRow, OccurrenceChangeRow
from eventplanner.services.changes import EventTouch
from eventplanner.services.events.event_loading import load_events
from eventplanner.services.events.owned import copied_tables
from eventplanner.services.events.owned_table import RowValues, Values
from eventplanner.services.events.touches import period_of

CHUNK = 500
"""Events per IN (...) list."""

EVENTS: Table = EventRow.__table__  # type: ignore[assignment]


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
    ``owned.OWNED_TABLES`` (tag links, changed occurrences, and what later tables add), each
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
    owned = read_owned(session, list(found))
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


def read_owned(
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
