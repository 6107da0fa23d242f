"""Shared fixtures: a clean database per test, on SQLite always and PostgreSQL when asked.

Set ``EVENTPLANNER_TEST_POSTGRES_URL`` (``.ci/run`` does when a server answers) and every
test that takes the ``database`` fixture runs on both. Each run works in a database of its
own on the server, made at the start and dropped at the end.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

from tests.leaks import CONNECTIONS, Snapshot
from tests.postgres import backends, server_url, throwaway_database

if TYPE_CHECKING:
    from eventplanner.persistence.database import Database
    from eventplanner.services.workspace import Workspace

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_TABLES = ["own_days_off", "settings", "playbook_tasks", "playbooks", "tasks",
           "programme_releases", "accepted_conflicts", "subscriptions", "contact_availability",
           "event_organisations", "session_people", "block_people", "event_people", "phases",
           "sessions", "blocks", "stages", "feeds", "series_occurrences", "occurrence_changes",
           "event_tags", "events", "contacts", "projects", "venues", "tags",
           "organisations"]  # fmt: skip


def pytest_configure(config: pytest.Config) -> None:
    CONNECTIONS.install()


@pytest.fixture(autouse=True)
def _no_leaks() -> Iterator[None]:
    """Fails the test that leaves a thread running, a top-level widget undeleted or a
    database connection open (tests/leaks.py says exactly what counts)."""
    before = Snapshot.take()
    yield
    leaks = before.leaks()
    if leaks:
        pytest.fail("the test leaked:\n  " + "\n  ".join(leaks), pytrace=False)


@pytest.fixture(scope="session", autouse=True)
def _log_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The log file of the app and the commands run here (subprocesses too) in this run's
    temporary folder, never in the user's own log folder."""
    from eventplanner.app.logs import LOG_DIR_ENV

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(LOG_DIR_ENV, str(tmp_path_factory.mktemp("logs")))
        yield


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[URL | None]:
    """A fresh PostgreSQL database for this run (migrated by the first test), then dropped."""
    server = server_url()
    if server is None:
        yield None
        return
    with throwaway_database(server, "eventplanner_test") as url:
        yield url


@pytest.fixture(params=backends())
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> URL:
    """The URL of an empty, not yet opened database on each backend under test."""
    if request.param == "sqlite":
        return make_url(f"sqlite:///{tmp_path / 'planner.sqlite'}")
    url: URL = request.getfixturevalue("postgres_url")
    engine = create_engine(url)
    with engine.begin() as connection:
        existing = set(
            connection.execute(
                text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
            ).scalars()
        )
        if existing & set(_TABLES):
            tables = ", ".join(t for t in _TABLES if t in existing)
            connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    engine.dispose()
    return url


@pytest.fixture
def database(database_url: URL) -> Iterator[Database]:
    from eventplanner.persistence.database import Database

    db = Database.open(database_url)
    yield db
    db.close()


@pytest.fixture
def workspace(database: Database) -> Workspace:
    from eventplanner.services.workspace import Workspace

    return Workspace(database)
