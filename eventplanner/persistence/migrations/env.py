"""Alembic environment: runs on the engine Eventplanner hands it, online only."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

from eventplanner.persistence.schema import Base
from eventplanner.persistence.search import FTS_TABLE, PG_INDEX


def include_name(name: str | None, type_: str, _parent: object) -> bool:
    # The full-text index is not part of the models: SQLite's FTS5 shadow tables and
    # PostgreSQL's expression index are made by hand in the migrations.
    if type_ == "table" and name is not None and name.startswith(FTS_TABLE):
        return False
    return not (type_ == "index" and name == PG_INDEX)


def run_migrations_online() -> None:
    engine = context.config.attributes.get("engine")
    if not isinstance(engine, Engine):
        raise RuntimeError("Eventplanner runs its migrations from code; see persistence.database")
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=Base.metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            include_name=include_name,
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run_migrations_online()
