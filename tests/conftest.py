"""Shared fixtures: a fresh database per test, on SQLite always and PostgreSQL when asked.

Set ``EVENTPLANNER_TEST_POSTGRES_URL`` (``.ci/run`` does when a server answers) and every
test that takes the ``database`` fixture runs on both. Each run works in a database of its
own on the server, made and migrated at the start and dropped at the end.

A test's database is a copy of a template built once a run (tests/copies.py): on SQLite a
file copy of the migrated empty database (or of the one its ``database_copy`` marker
names, such as the sample year), on PostgreSQL the run's database with every table emptied,
its id sequences restarted, and the template's rows put in.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from sqlalchemy.engine import URL, make_url

from eventplanner.app import gui_collections
from tests import copies
from tests.leaks import CONNECTIONS, OFF_MAIN_COLLECTIONS, Snapshot
from tests.postgres import backends, server_url, throwaway_database

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from eventplanner.persistence.database import Database
    from eventplanner.services.workspace import Workspace

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_configure(config: pytest.Config) -> None:
    CONNECTIONS.install()
    OFF_MAIN_COLLECTIONS.install()
    # Cycles are collected on the main thread only, as in the app (a cycle holding a Qt
    # object, collected on a planner's worker thread, deletes it there: eventplanner/app/
    # gui_collections.py): between tests, and by the Qt event loop once there is one (qapp).
    gc.disable()


@pytest.hookimpl(trylast=True)
def pytest_runtest_teardown(item: pytest.Item) -> None:
    gui_collections.collect_due()


@pytest.fixture(scope="session")
def qapp(qapp: QApplication) -> Iterator[QApplication]:
    """pytest-qt's application, collecting cycles on its thread while its event loop runs
    (the app's ``GuiThreadCollector``)."""
    collector = gui_collections.GuiThreadCollector(qapp)
    collector.start()
    yield qapp
    collector.stop()


def pytest_collection_finish(session: pytest.Session) -> None:
    """The collected tests (thousands of objects, kept to the end) out of the garbage
    collector's sight: each of its full passes would scan them all again, for nothing."""
    gc.collect()
    gc.freeze()


@pytest.fixture(autouse=True)
def _no_leaks() -> Iterator[None]:
    """Fails the test that leaves a thread running, a top-level widget undeleted or a
    database connection open, or during which the garbage collector ran on another thread
    than the main one (tests/leaks.py says exactly what counts)."""
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
    """A fresh PostgreSQL database for this run, migrated once, then dropped."""
    server = server_url()
    if server is None:
        yield None
        return
    with throwaway_database(server, "eventplanner_test") as url:
        copies.migrated(url)
        yield url


@pytest.fixture(scope="session")
def templates(tmp_path_factory: pytest.TempPathFactory) -> copies.Templates:
    """The run's template databases (tests/copies.py), each built the first time asked."""
    return copies.Templates(tmp_path_factory.mktemp("templates"))


@pytest.fixture(params=backends())
def copied_database(
    request: pytest.FixtureRequest, tmp_path: Path, templates: copies.Templates
) -> tuple[URL, object]:
    """A fresh database on each backend under test, and what building it returned: a copy
    of the template the test's ``database_copy`` marker names (an empty database without
    one), on PostgreSQL the run's database emptied and filled with the template's rows."""
    marker = request.node.get_closest_marker(copies.MARKER)
    name, build = copies.template_for(*(marker.args if marker else ()))
    if request.param == "sqlite":
        url = make_url(f"sqlite:///{tmp_path / 'planner.sqlite'}")
    else:
        url = request.getfixturevalue("postgres_url")
    return url, templates.copy(name, build, url)


@pytest.fixture
def database_url(copied_database: tuple[URL, object]) -> URL:
    """The URL of a fresh database, not yet opened, on each backend under test: at the
    newest schema and empty, or a copy of the template the ``database_copy`` marker names."""
    return copied_database[0]


@pytest.fixture
def made(copied_database: tuple[URL, object]) -> object:
    """What building the test's database returned (``build_sample``'s summary, the seeded
    world's expected conflicts); None for an empty one."""
    return copied_database[1]


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
