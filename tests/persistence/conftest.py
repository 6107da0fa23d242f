"""Fixtures for the persistence reliability tests.

``empty_database_url`` is an empty database of each backend under test that a test may do
anything to (downgrade, stamp, drop): on PostgreSQL it is a database of its own, made on
the server for this one test and dropped afterwards, so the run's shared database (the
``postgres_url`` fixture in ``tests/conftest.py``) is never disturbed.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

from eventplanner.persistence.schema import EventRow

POSTGRES_ENV = "EVENTPLANNER_TEST_POSTGRES_URL"


def _postgres_server_url() -> URL | None:
    value = os.environ.get(POSTGRES_ENV)
    if not value:
        return None
    url = make_url(value)
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    return url


def _backends() -> list[str]:
    return ["sqlite", "postgresql"] if _postgres_server_url() else ["sqlite"]


@pytest.fixture
def own_postgres_url() -> Iterator[URL]:
    """A brand-new, empty PostgreSQL database for one test, dropped when it ends."""
    server = _postgres_server_url()
    assert server is not None, f"{POSTGRES_ENV} is not set"
    name = f"eventplanner_persist_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
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


@pytest.fixture(params=_backends())
def empty_database_url(request: pytest.FixtureRequest, tmp_path: Path) -> URL:
    """An empty database nobody else uses: an SQLite file, or a PostgreSQL database of its own."""
    if request.param == "sqlite":
        return make_url(f"sqlite:///{tmp_path / 'planner.sqlite'}")
    url: URL = request.getfixturevalue("own_postgres_url")
    return url


@pytest.fixture
def sqlite_file(tmp_path: Path) -> Path:
    """Where an SQLite planning file may be made (not made yet)."""
    return tmp_path / "planner.sqlite"


def event_row(title: str, starts_at: datetime | None = None, **columns: Any) -> EventRow:
    """A complete, valid events row, for tests that work below the services."""
    start = starts_at or datetime(2026, 3, 12, 9, 0, tzinfo=UTC)
    values: dict[str, Any] = {
        "uid": f"{uuid.uuid4()}@eventplanner-test",
        "title": title,
        "kind": "seminar",
        "status": "planned",
        "description": "",
        "all_day": False,
        "time_zone": "Europe/Stockholm",
        "starts_at": start,
        "ends_at": start.astimezone(UTC) + timedelta(hours=2),
        "duration_minutes": 120,
        "is_recurring": False,
        "exdates": "",
        "online_url": "",
        "web_page": "",
        "notes": "",
        "sequence": 0,
        "created_at": datetime(2026, 1, 5, 8, 0, tzinfo=UTC),
        "modified_at": datetime(2026, 1, 5, 8, 0, tzinfo=UTC),
    }
    values.update(columns)
    return EventRow(**values)


@pytest.fixture
def make_event_row() -> Callable[..., EventRow]:
    return event_row
