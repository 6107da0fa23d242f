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
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run_migrations_online()
