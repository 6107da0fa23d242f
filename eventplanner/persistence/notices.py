"""The table of change notices on SQLite (``schema.ChangeNoticeRow``): written by each write
transaction just before it commits, read by the windows listening on the same file."""

from __future__ import annotations

import sqlite3
from typing import Any, NamedTuple

from sqlalchemy import Connection, Table, delete, insert

from eventplanner.persistence.schema import ChangeNoticeRow

KEPT = 1_000
"""How many of the newest notices are kept: a listener that fell further behind than
this (it polls twice a second) hears "everything" instead."""
_PRUNE_EVERY = 100

_TABLE: Table = ChangeNoticeRow.__table__  # type: ignore[assignment]


class Notice(NamedTuple):
    id: int
    origin: str
    changes: str


class Notices(NamedTuple):
    """What a listener read at one look: the data version, and the notices after the last
    one it had seen (None when the file has no table of notices)."""

    data_version: int
    notices: list[Notice] | None


def record_notice(connection: Connection, origin: str, changes: str) -> None:
    """Add the notice of the transaction ``connection`` is in (and now and then forget the
    oldest). Not through the ORM: the notice is no write to tell of."""
    made = connection.execute(insert(_TABLE).values(origin=origin, changes=changes))
    key = made.inserted_primary_key
    assert key is not None
    ident = int(key[0])
    if ident % _PRUNE_EVERY == 0:
        connection.execute(delete(_TABLE).where(_TABLE.c.id <= ident - KEPT))


def last_notice(connection: Any) -> int:
    """The id of the newest notice on an SQLite DB-API connection (0: none, or no table)."""
    try:
        row = connection.execute("SELECT max(id) FROM change_notices").fetchone()
    except sqlite3.OperationalError:  # no such table: a file not upgraded (read-only)
        return 0
    return int(row[0] or 0)


def read_notices(connection: Any, after: int) -> Notices:
    """The data version and the notices after ``after``, read in one snapshot, on an
    SQLite DB-API connection in autocommit mode."""
    connection.execute("BEGIN")
    try:
        try:
            rows: list[Notice] | None = [
                Notice(int(i), str(o), str(c))
                for i, o, c in connection.execute(
                    "SELECT id, origin, changes FROM change_notices WHERE id > ? ORDER BY id",
                    (after,),
                )
            ]
        except sqlite3.OperationalError:
            rows = None
        version = int(connection.execute("PRAGMA data_version").fetchone()[0])
    finally:
        connection.execute("COMMIT")
    return Notices(version, rows)
