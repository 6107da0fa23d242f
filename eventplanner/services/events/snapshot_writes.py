"""Events deleted with all they own, and written from snapshots as new rows: put back after
a delete (``restore``), copied (``copy``), and the later part of a split series given its
share (``carry_to_split``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.model import Event
from eventplanner.persistence.database import note_deleted_events
from eventplanner.persistence.schema import EventRow
from eventplanner.services.events import owned, rows
from eventplanner.services.events.event_loading import load_events
from eventplanner.services.events.owned import clear, copied_tables
from eventplanner.services.events.owned_table import OwnedTable, RowValues, Shift, Values
from eventplanner.services.events.owned_writing import free_keys, rebuild, write_owned
from eventplanner.services.events.snapshots import CHUNK, EVENTS, EventSnapshot, OwnedRows


def remove(session: Session, ids: Sequence[int]) -> None:
    """Delete these events and everything they own (owned tables first)."""
    ids = list(ids)
    if not ids:
        return
    session.flush()
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        clear(session, chunk, owned.OWNED_TABLES)
        # RETURNING names the deleted events to the live team view's notice (team.notices).
        session.execute(
            EVENTS.delete().where(EVENTS.c.id.in_(chunk)).returning(EVENTS.c.id, EVENTS.c.uid)
        ).all()
    note_deleted_events(session, ids)
    session.expire_all()


def restore(session: Session, snapshots: Sequence[EventSnapshot]) -> list[int]:
    """Put deleted events back as new rows (``snapshot_overwrite.Revision.NEWER``): the
    same id where it is free, UID, fields and owned rows. Raises ValidationError when the
    UID is taken. Their ids, in order."""
    if not snapshots:
        return []
    session.flush()
    uids = [s.uid for s in snapshots]
    taken = session.scalars(select(EventRow.uid).where(EventRow.uid.in_(uids))).first()
    if taken is not None:
        title = next(s.title for s in snapshots if s.uid == taken)
        raise ValidationError("uid", f"{title!r} exists already")
    free = free_keys(session, EVENTS, "id", [s.id for s in snapshots])
    now = rows.now_utc()
    ids: list[int] = []
    for snapshot in snapshots:
        values = snapshot.values()
        if snapshot.id not in free:
            del values["id"]
        values.update(sequence=snapshot.sequence + 1, version=snapshot.version + 1,
                      modified_at=now)  # fmt: skip
        ids.append(session.execute(insert(EVENTS).returning(EVENTS.c.id), values).scalar_one())
    write_owned(session, list(zip(snapshots, ids, strict=True)), keep_ids=True)
    rebuild(session, ids)
    session.expire_all()
    return ids


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
    write_owned(session, [(shifted, ident)], keep_ids=False)
    _series_end(session, ident)
    rebuild(session, [ident])
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
        write_owned(session, [(carried, later.id)], keep_ids=redo_of is not None)
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
