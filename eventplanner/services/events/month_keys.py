"""A window's events on SQLite, each row's record made once per row state.

A window reads its month again after every change, and nearly all of its thousand single
events are as they were. Reading every column of them is most of the read, so SQLite is first
asked only which rows the window holds and in what state (``SINGLE_KEY_COLUMNS``: id, UID,
row version, venue and project names, from the narrow index of migration 0014; the series'
``SERIES_KEY_COLUMNS`` add whether they have changed occurrences); the rows not seen in that
state before are then read whole, and their records made and kept. A window read again with
every state, stored series occurrence and change as at its last read gives that read's
answer (``recalled``): the occurrences are made of nothing else.

A state is trustworthy as a key because every write of an event raises its row version (the
ORM's version counter, and the Core writes of ``snapshots``, ``event_bulk``), a UID is never
given to another event (an id is: SQLite gives a new row the highest id plus one), and the
names of a venue or project are read beside. What is kept belongs to one open database (the
same state may differ between two copies of a file) and is filled only by reading
transactions: a writing one sees rows that may yet roll back.

Statements run straight on the driver's cursor, compiled once: SQLAlchemy's execution costs
more than SQLite's answer to the narrow read.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any, TypeVar

from sqlalchemy import Select
from sqlalchemy.engine import Connection, Dialect, Engine

from eventplanner.domain.filters import EventFilter, TimeWindow
from eventplanner.domain.occurrence import Occurrence
from eventplanner.persistence.migrations import READING
from eventplanner.services.events.window_statements import (
    SERIES_BY_ID,
    SINGLES_BY_ID,
    WindowStatements,
)

R = TypeVar("R")

Entry = tuple[datetime, datetime | None, Occurrence]
"""A single event's occurrence with its UTC start and (timed events only) end."""

KEPT_STATES = 20_000
"""How many rows' occurrences one database keeps (a year of events), then they start again."""

KEPT_WINDOWS = 24
"""How many windows' last answers one database keeps (the shown period, those beside it read
ahead, a few filters): the oldest is let go first."""

_BY_ID_AT_MOST = 200
"""Up to this many rows not seen before are read by id; more, and the window's rows are read
whole through the month index of migration 0003 (a first read, or after a large import)."""

_IDS_AT_ONCE = 500
"""Series read by id at most this many at a time (SQLite's limit on parameters is higher)."""


class _Kept:
    """What one open database keeps: records by their rows' states, and the last answers
    of the windows read, by window and filter (oldest first)."""

    def __init__(self) -> None:
        self.states: dict[tuple[Any, ...], Any] = {}
        self.windows: dict[tuple[TimeWindow, EventFilter], Any] = {}


_KEPT: weakref.WeakKeyDictionary[Engine, _Kept] = weakref.WeakKeyDictionary()
_KEPT_LOCK = threading.Lock()


def applies(connection: Connection) -> bool:
    """Whether this connection's window reads go through here: SQLite, reading only."""
    return connection.dialect.name == "sqlite" and bool(
        connection.get_execution_options().get(READING)
    )


@dataclass(frozen=True, slots=True)
class WindowStates:
    """The states of a window's rows: its single events (rows of SINGLE_KEY_COLUMNS), its
    series that end and that do not (SERIES_KEY_COLUMNS), each in the order read, and the
    stored occurrences of series in the window (``WindowStatements.stored``)."""

    stored: Sequence[tuple[Any, ...]]
    singles: Sequence[tuple[Any, ...]]
    ending: Sequence[tuple[Any, ...]]
    endless: Sequence[tuple[Any, ...]]

    def changed_series(self) -> list[int]:
        """The ids of the series that have changed occurrences."""
        return [key[0] for key in (*self.ending, *self.endless) if key[-1]]


def window_states(
    connection: Connection, statements: WindowStatements, bound: dict[str, Any]
) -> WindowStates:
    return WindowStates(
        driver_rows(connection, statements.stored, bound),
        driver_rows(connection, statements.single_keys, bound),
        driver_rows(connection, statements.ending_keys, bound),
        driver_rows(connection, statements.endless_keys, bound),
    )


def recalled(
    connection: Connection,
    window: TimeWindow,
    where: EventFilter,
    states: WindowStates,
    changes: Sequence[Any],
) -> list[Occurrence] | None:
    """The occurrences the last read of ``window`` under ``where`` gave, if its rows were
    in these same states then (its series' stored occurrences and changes too); else None.

    The occurrences are made of nothing else: the same states give the same ones."""
    kept = _kept_of(connection.engine)
    with _KEPT_LOCK:
        last = kept.windows.get((window, where))
    if last is None or last[0] != states or last[1] != [tuple(c) for c in changes]:
        return None
    return list(last[2])


def remember(
    connection: Connection,
    window: TimeWindow,
    where: EventFilter,
    states: WindowStates,
    changes: Sequence[Any],
    found: Sequence[Occurrence],
) -> None:
    """Keep what a read of ``window`` under ``where`` gave, for ``recalled``."""
    windows = _kept_of(connection.engine).windows
    answer = (states, [tuple(c) for c in changes], tuple(found))
    with _KEPT_LOCK:
        windows.pop((window, where), None)
        while len(windows) >= KEPT_WINDOWS:
            windows.pop(next(iter(windows)))
        windows[window, where] = answer


def single_entries(
    connection: Connection,
    statements: WindowStatements,
    bound: dict[str, Any],
    keys: Sequence[tuple[Any, ...]],
    make: Callable[[tuple[Any, ...]], Entry],
) -> list[Entry]:
    """The window's single events in these states (``WindowStates.singles``), in the
    order read, each made by ``make`` from its row of SINGLE_COLUMNS the first time its
    state is seen (read by id, or all with ``statements.singles`` if many are new)."""
    kept = _kept_of(connection.engine).states
    get = kept.get
    entries = [get(key) for key in keys]
    if None not in entries:
        return entries  # type: ignore[return-value]
    unseen = {key[0]: index for index, (key, entry) in enumerate(zip(keys, entries, strict=True))
              if entry is None}  # fmt: skip
    if len(unseen) > _BY_ID_AT_MOST:
        rows = driver_rows(connection, statements.singles, bound)
    else:
        rows = driver_rows(connection, SINGLES_BY_ID, {"ids": list(unseen)})
    _make_room(kept, len(unseen))
    for row in rows:
        index = unseen.get(row[0])
        if index is not None:
            entry = make(row)
            entries[index] = kept[keys[index]] = entry
    return entries  # type: ignore[return-value]


def series_records(
    connection: Connection,
    keys: Sequence[tuple[Any, ...]],
    make: Callable[[tuple[Any, ...]], R],
) -> list[R]:
    """The series in these states (``WindowStates.ending`` or ``endless``), each made by
    ``make`` from its row of EVENT_COLUMNS the first time its state is seen, in the order
    read. (A series' state holds whether it has changed occurrences; the changes
    themselves are read at each read.)"""
    kept = _kept_of(connection.engine).states
    # Kept apart from the singles' by the key's length (has_changes is one column more).
    found = [kept.get(key) for key in keys]
    unseen = {key[0]: index for index, (key, record) in enumerate(zip(keys, found, strict=True))
              if record is None}  # fmt: skip
    if unseen:
        _make_room(kept, len(unseen))
        for chunk in _chunks(list(unseen), _IDS_AT_ONCE):
            for row in driver_rows(connection, SERIES_BY_ID, {"ids": chunk}):
                index = unseen[row[0]]
                found[index] = kept[keys[index]] = make(row)
    return found  # type: ignore[return-value]


def _make_room(kept: dict[Any, Any], wanted: int) -> None:
    if len(kept) + wanted > KEPT_STATES:
        kept.clear()


def _chunks(items: list[int], size: int) -> list[list[int]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def forget_all() -> None:
    """Drop what is kept for every database: the next read makes each row's record anew."""
    with _KEPT_LOCK:
        _KEPT.clear()


def _kept_of(engine: Engine) -> _Kept:
    with _KEPT_LOCK:
        kept = _KEPT.get(engine)
        if kept is None:
            kept = _KEPT[engine] = _Kept()
        return kept


def driver_rows(
    connection: Connection, statement: Select[*tuple[Any, ...]], bound: dict[str, Any]
) -> Sequence[Any]:
    """The rows of ``statement`` as the database driver hands them over, with neither
    SQLAlchemy's rows nor its conversion of each value.

    On SQLite a statement without lists to expand runs on the driver's own cursor
    (``driver_sql``); otherwise SQLAlchemy compiles and binds it."""
    ready = driver_sql(statement, connection.dialect, bound)
    if ready is not None:
        cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            return cursor.execute(*ready).fetchall()  # type: ignore[no-any-return]
        finally:
            cursor.close()
    result = connection.execute(statement, bound)
    try:
        return result.cursor.fetchall()
    finally:
        result.close()


def driver_sql(
    statement: Select[*tuple[Any, ...]], dialect: Dialect, bound: dict[str, Any]
) -> tuple[str, list[Any]] | None:
    """What SQLite's driver is given for ``statement`` bound with ``bound``: its SQL,
    compiled once, and its parameters in order, converted as SQLAlchemy would. None on
    another database, or when a parameter is a list to expand."""
    compiled = _compiled(statement, dialect) if dialect.name == "sqlite" else None
    if compiled is None:
        return None
    sql, names, fixed, convert = compiled
    values = [
        conv(bound[name] if name in bound else fixed[name]) if conv is not None
        else (bound[name] if name in bound else fixed[name])
        for name, conv in zip(names, convert, strict=True)
    ]  # fmt: skip
    return sql, values


@lru_cache(maxsize=256)
def _compiled(
    statement: Select[*tuple[Any, ...]], dialect: Dialect
) -> tuple[str, tuple[str, ...], dict[str, Any], tuple[Callable[[Any], Any] | None, ...]] | None:
    """The SQL of ``statement`` for SQLite's driver: its text, its parameters' names in
    order, the values it holds itself and each parameter's conversion (an instant to
    SQLite's text, say). None when a parameter is a list to expand."""
    compiled = statement.compile(dialect=dialect)
    if any(bind.expanding for bind in compiled.binds.values()):
        return None
    names = tuple(compiled.positiontup or ())
    binds = compiled.binds
    fixed = {name: binds[name].effective_value for name in names}
    # The dialect's own conversion: an instant as SQLite's text with its microseconds, as
    # stored (the type's plain one would leave a datetime for the driver to write shorter).
    convert = tuple(
        binds[name].type.dialect_impl(dialect).bind_processor(dialect) for name in names
    )
    return str(compiled), names, fixed, convert
