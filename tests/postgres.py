"""The PostgreSQL server the tests may use, and throwaway databases on it.

Set ``EVENTPLANNER_TEST_POSTGRES_URL`` (``.ci/run`` does when a server answers) to run the
persistence and service tests on PostgreSQL as well as SQLite.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import NullPool

POSTGRES_ENV = "EVENTPLANNER_TEST_POSTGRES_URL"


def server_url() -> URL | None:
    value = os.environ.get(POSTGRES_ENV)
    if not value:
        return None
    url = make_url(value)
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    return url


def backends() -> list[str]:
    return ["sqlite", "postgresql"] if server_url() else ["sqlite"]


@contextlib.contextmanager
def throwaway_database(server: URL, prefix: str) -> Iterator[URL]:
    """A new database on ``server``, dropped (connections and all) when the block ends."""
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    # No pool: the server's own database is not held open for the whole run.
    admin = create_engine(server, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        yield server.set(database=name)
    finally:
        with admin.connect() as connection:
            connection.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = :name AND pid <> pg_backend_pid()"
                ),
                {"name": name},
            )
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()


def model_tables() -> list[str]:
    """Every table of the schema's models, children before their parents (deletable in
    this order). Taken from the models themselves, so a new table is never left out."""
    from eventplanner.persistence.schema import Base

    return [table.name for table in reversed(Base.metadata.sorted_tables)]


def reset(engine: Engine) -> None:
    """Empty a migrated PostgreSQL database for the next test: every model table's rows
    deleted (children first), every sequence back at 1; the schema and its version stay."""
    with engine.begin() as connection:
        for table in model_tables():
            connection.execute(text(f'DELETE FROM "{table}"'))
        sequences = connection.execute(
            text(
                "SELECT quote_ident(sequence_schema) || '.' || quote_ident(sequence_name) "
                "FROM information_schema.sequences"
            )
        ).scalars()
        for sequence in list(sequences):
            connection.execute(text(f"ALTER SEQUENCE {sequence} RESTART"))


def continue_sequences(connection: Connection) -> None:
    """Each id sequence set past the highest id its table holds (after rows copied in)."""
    from eventplanner.persistence.schema import Base

    for table in Base.metadata.sorted_tables:
        for column in table.primary_key.columns:
            sequence = connection.execute(
                text("SELECT pg_get_serial_sequence(:table, :column)"),
                {"table": table.name, "column": column.name},
            ).scalar_one()
            if sequence is not None:
                connection.execute(
                    text(
                        f'SELECT setval(:sequence, COALESCE(MAX("{column.name}"), 0) + 1, false) '
                        f'FROM "{table.name}"'
                    ),
                    {"sequence": sequence},
                )
