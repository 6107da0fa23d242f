"""Alembic environment: runs on the engine Eventplanner hands it, online only."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

from eventplanner.persistence.migrations import include_name
from eventplanner.persistence.schema import Base


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
            # The whole upgrade in one transaction, on SQLite too (whose DDL is transactional
            # though Alembic assumes not): it begins IMMEDIATE (the write lock), so a second
            # process upgrading the same new file waits, then finds it current, instead of
            # reading the revision between two of the first one's migrations and running one
            # of them again.
            transactional_ddl=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run_migrations_online()
