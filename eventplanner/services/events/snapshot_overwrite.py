"""Stored events made what their snapshots hold, in place (``overwrite``): an import taken
back, a split series undone."""

from __future__ import annotations

import enum
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from eventplanner.domain.errors import NotFoundError
from eventplanner.persistence.schema import EventRow
from eventplanner.services.events import owned, rows
from eventplanner.services.events.held_rows import hold, hold_again
from eventplanner.services.events.owned import clear, copied_tables
from eventplanner.services.events.owned_table import OwnedTable, Ownership, RowValues
from eventplanner.services.events.owned_writing import free_keys, rebuild, write_owned
from eventplanner.services.events.snapshots import CHUNK, EVENTS, EventSnapshot, OwnedRows


class Revision(enum.Enum):
    """The SEQUENCE and time of change an event written from a snapshot gets."""

    NEWER = "newer"
    """Higher than the snapshot's and than the stored one's; changed now (an undo)."""
    AS_WAS = "as_was"
    """The snapshot's own (an import taken back: the file is newer again)."""


def overwrite(
    session: Session,
    targets: Sequence[tuple[int, EventSnapshot]],
    revision: Revision,
    tables: Iterable[OwnedTable] = owned.OWNED_TABLES,
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
    held = hold(session, ids, restored)
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
    derived = [t for t in owned.OWNED_TABLES if t.ownership is Ownership.DERIVED]
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
    written = write_owned(
        session, chosen, keep_ids=True, present=_still_there(session, restored, chosen)
    )
    hold_again(session, held, written)
    rebuild(session, ids)
    session.expire_all()


def _with_owned_through(tables: Iterable[OwnedTable]) -> list[OwnedTable]:
    """The copied ``tables`` and those owned through them, in ``owned.OWNED_TABLES`` order.
    A table owned through another must come with its owner. A table left as it is whose
    rows name one written anew (registrations' chosen sessions, naming sessions) is held
    across the writing (``held_rows.hold``)."""
    chosen = {t.name for t in tables}
    for table in owned.OWNED_TABLES:
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
    ``owned_writing.write_owned`` leaves out one whose record was left behind)."""
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
    by_name = {t.name: t for t in owned.OWNED_TABLES}
    present: dict[str, dict[Any, Any]] = {}
    for other, ids in named.items():
        own = by_name[other].own_id
        assert own is not None  # a table named by others has a key of its own
        there = set(ids) - free_keys(session, by_name[other].table, own, ids)
        present[other] = {i: i for i in there}
    return present
