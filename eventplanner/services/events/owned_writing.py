"""Writing the owned rows of snapshots back (``write_owned``: with their ids or new ones,
children after their parents, what they name made good), and the derived tables rebuilt."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

from eventplanner.persistence.schema import EventRow, TagRow, event_tags
from eventplanner.services.events import owned, rows
from eventplanner.services.events.anonymised_rows import as_forgotten
from eventplanner.services.events.event_loading import load_events
from eventplanner.services.events.owned import copied_tables
from eventplanner.services.events.owned_table import OwnedTable, RowValues
from eventplanner.services.events.snapshots import CHUNK, EVENTS, EventSnapshot


def write_owned(
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
        {t.parent for t in owned.OWNED_TABLES}
        | {other for t in owned.OWNED_TABLES for _, other in t.references}
        | {t.name for t in owned.OWNED_TABLES if t.self_references}
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
                    continue  # what it is on was left behind, as ``snapshot_writes._mapped`` has it
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
            free = free_keys(session, table.table, own, [v[own] for v, _ in wanted])
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


def rebuild(session: Session, ids: Sequence[int]) -> None:
    """The derived tables' rows of these events (whose derived rows are gone)."""
    derived = [t for t in owned.OWNED_TABLES if t.rebuild is not None]
    if not derived:
        return
    session.expire_all()  # what the ORM holds of them may be older than what was written
    events = list(load_events(session, list(ids)).values())
    for table in derived:
        assert table.rebuild is not None
        table.rebuild(session, events)


def free_keys(session: Session, table: Table, column: str, wanted: Iterable[Any]) -> set[Any]:
    """Which of these key values no row of ``table`` has."""
    values = list(dict.fromkeys(wanted))
    taken: set[Any] = set()
    for start in range(0, len(values), CHUNK):
        chunk = values[start : start + CHUNK]
        taken.update(session.scalars(select(table.c[column]).where(table.c[column].in_(chunk))))
    return set(values) - taken
