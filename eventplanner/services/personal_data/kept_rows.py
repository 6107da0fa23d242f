"""The rows a forgetting write changed or deleted, as they were and as it left them: what
its undo puts back exactly, and how it tells that nobody changed them since.

Rows are kept whole (every column, by table name and primary key) and written back with
Core statements: a row the write deleted is inserted again under its own key, a row it
changed gets every column back; a row version (where the table has one) goes one higher
than the write left it, so a window holding the anonymised record cannot save over the
restored one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Table, and_, delete, insert, select, update
from sqlalchemy.orm import Session

from eventplanner.domain.errors import ConflictError
from eventplanner.persistence.schema import Base

Values = tuple[tuple[str, Any], ...]
"""One stored row: (column, value) in the table's column order."""
Key = tuple[Any, ...]

ORDER: tuple[str, ...] = (
    "contacts",
    "registrations",
    "registration_sessions",
    "event_people",
    "block_people",
    "session_people",
    "shift_people",
    "contact_skills",
    "contact_availability",
    "exhibitor_staff",
    "tasks",
    "stands",
    "co_exhibitors",
    "stand_materials",
    "programme_releases",
)
"""Parents before children: the order rows are inserted again in (deleted in reverse)."""


def table_named(name: str) -> Table:
    return Base.metadata.tables[name]


def key_of(table: Table, values: Mapping[str, Any]) -> Key:
    return tuple(values[c.name] for c in table.primary_key.columns)


def _where_key(table: Table, key: Key) -> ColumnElement[bool]:
    return and_(*(c == v for c, v in zip(table.primary_key.columns, key, strict=True)))


def read_rows(session: Session, table: Table, where: ColumnElement[bool]) -> list[dict[str, Any]]:
    """The rows of ``table`` matching ``where``, every column, in key order."""
    statement = select(table).where(where).order_by(*table.primary_key.columns)
    return [dict(row._mapping) for row in session.execute(statement)]


@dataclass(frozen=True, slots=True)
class TableRows:
    """Rows of one table, whole."""

    table: str
    rows: tuple[Values, ...]


@dataclass(frozen=True, slots=True)
class KeptRows:
    """What a write changed: each row as it was (``before``) and as it left it
    (``after``; a row it deleted is not there)."""

    before: tuple[TableRows, ...]
    after: tuple[TableRows, ...]

    def rows(self, table: str, *, after: bool = False) -> tuple[Values, ...]:
        for kept in self.after if after else self.before:
            if kept.table == table:
                return kept.rows
        return ()

    def deleted(self, table: str) -> list[dict[str, Any]]:
        """The rows of ``table`` the write deleted, as they were."""
        found = table_named(table)
        left = {key_of(found, dict(v)) for v in self.rows(table, after=True)}
        return [dict(v) for v in self.rows(table) if key_of(found, dict(v)) not in left]

    def changed(self, table: str) -> list[dict[str, Any]]:
        """The rows of ``table`` the write changed, as it left them."""
        return [dict(v) for v in self.rows(table, after=True)]


class Keeper:
    """Collects rows before a write touches them; ``kept`` reads them again after it."""

    def __init__(self) -> None:
        self._before: dict[str, dict[Key, dict[str, Any]]] = {}

    def keep(self, table: Table, rows: Iterable[Mapping[str, Any]]) -> None:
        """Keep these rows as they are now (a row kept already keeps its first state)."""
        kept = self._before.setdefault(table.name, {})
        for values in rows:
            kept.setdefault(key_of(table, values), dict(values))

    def kept(self, session: Session) -> KeptRows:
        """The rows kept, as they were and as they are now; those the write left as they
        were are dropped."""
        session.flush()
        before: list[TableRows] = []
        after: list[TableRows] = []
        for name in sorted(self._before, key=ORDER.index):
            table = table_named(name)
            was: list[Values] = []
            now: list[Values] = []
            for key, values in sorted(self._before[name].items()):
                current = _current(session, table, key)
                if current == values:
                    continue
                was.append(_values(table, values))
                if current is not None:
                    now.append(_values(table, current))
            if was:
                before.append(TableRows(name, tuple(was)))
            if now:
                after.append(TableRows(name, tuple(now)))
        return KeptRows(tuple(before), tuple(after))


def _values(table: Table, values: Mapping[str, Any]) -> Values:
    return tuple((c.name, values[c.name]) for c in table.columns)


def _current(session: Session, table: Table, key: Key) -> dict[str, Any] | None:
    row = session.execute(select(table).where(_where_key(table, key))).first()
    return None if row is None else dict(row._mapping)


def put_back(session: Session, kept: KeptRows) -> None:
    """Every row as it was before the write, in the caller's transaction; ConflictError,
    writing nothing, when one was changed (or one deleted came back) since."""
    _check_untouched(session, kept)
    names = [t.table for t in kept.before]
    for name in sorted(names, key=ORDER.index):
        table = table_named(name)
        left = {key_of(table, dict(v)): dict(v) for v in kept.rows(name, after=True)}
        for values in kept.rows(name):
            row = dict(values)
            key = key_of(table, row)
            versioned = "version" in table.c
            if key in left:
                if versioned:
                    row["version"] = int(left[key]["version"]) + 1
                session.execute(update(table).where(_where_key(table, key)).values(**row))
            else:
                if versioned:
                    row["version"] = int(row["version"]) + 1
                session.execute(insert(table).values(**row))


def _check_untouched(session: Session, kept: KeptRows) -> None:
    for tables in kept.before:
        table = table_named(tables.table)
        left = {key_of(table, dict(v)): dict(v) for v in kept.rows(tables.table, after=True)}
        for values in tables.rows:
            key = key_of(table, dict(values))
            current = _current(session, table, key)
            if current != left.get(key):
                raise ConflictError(
                    f"a record of the person ({tables.table}) was changed since; undo that "
                    "first, nothing was undone"
                )


def delete_rows(session: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    for values in rows:
        session.execute(delete(table).where(_where_key(table, key_of(table, values))))


def update_rows(
    session: Session, table: Table, rows: Sequence[Mapping[str, Any]], values: Mapping[str, Any]
) -> None:
    """Set ``values`` on these rows (their row version one higher where they have one)."""
    changes = dict(values)
    if "version" in table.c:
        changes["version"] = table.c.version + 1
    for row in rows:
        session.execute(
            update(table).where(_where_key(table, key_of(table, row))).values(**changes)
        )
