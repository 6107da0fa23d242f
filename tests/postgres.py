"""The PostgreSQL server the tests may use, and throwaway databases on it.

Set ``EVENTPLANNER_TEST_POSTGRES_URL`` (``.ci/run`` does when a server answers) to run the
persistence and service tests on PostgreSQL as well as SQLite.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator

from sqlalchemy import create_engine, text
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
