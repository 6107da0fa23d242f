"""Fixtures for the persistence reliability tests.

``empty_database_url`` is an empty database of each backend under test that a test may do
anything to (downgrade, stamp, drop): on PostgreSQL it is a database of its own, made on
the server for this one test and dropped afterwards, so the run's shared database (the
``postgres_url`` fixture in ``tests/conftest.py``) is never disturbed.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import URL, make_url

from eventplanner.persistence.schema import EventRow
from tests.postgres import POSTGRES_ENV, backends, server_url, throwaway_database


@pytest.fixture
def own_postgres_url() -> Iterator[URL]:
    """A brand-new, empty PostgreSQL database for one test, dropped when it ends."""
    server = server_url()
    assert server is not None, f"{POSTGRES_ENV} is not set"
    with throwaway_database(server, "eventplanner_persist") as url:
        yield url


@pytest.fixture(params=backends())
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
