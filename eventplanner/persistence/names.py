"""Tags and venues made by name, safely when several writers make the same one at once."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, cast

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from eventplanner.domain.text import name_key
from eventplanner.persistence.schema import TagRow, VenueRow


def insert_missing(
    session: Session, row: type[TagRow] | type[VenueRow], values: Sequence[Mapping[str, Any]]
) -> tuple[dict[str, tuple[int, str]], set[int]]:
    """Insert the rows whose name is not taken yet (in any case): (id, name as stored) of
    every one asked for, by its ``name_key``; and the ids of the rows this call made.

    An upsert (INSERT ... ON CONFLICT DO NOTHING), not a read then an insert: a writer that
    made the same name a moment earlier wins, and this one takes its row instead of failing
    with a duplicate-key error.
    """
    if not values:
        return {}, set()
    rows = [{**v, "name_key": name_key(str(v["name"]))} for v in values]
    table = cast(Table, row.__table__)
    dialect = session.get_bind().dialect.name
    statement = _insert(dialect)(table).on_conflict_do_nothing(index_elements=["name_key"])
    made = {int(i) for i in session.scalars(statement.returning(table.c.id), rows)}
    keys = list({r["name_key"] for r in rows})
    found = session.execute(
        select(row.name_key, row.id, row.name).where(row.name_key.in_(keys))
    ).all()
    return {str(key): (int(ident), str(name)) for key, ident, name in found}, made


def _insert(dialect: str) -> Any:
    """The dialect's own INSERT (with ON CONFLICT), imported when first needed: PostgreSQL's
    package loads the module of every driver, which opening a database does not need."""
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as postgresql_insert

        return postgresql_insert
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert
