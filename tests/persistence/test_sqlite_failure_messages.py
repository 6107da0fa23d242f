"""Read-only, locked and full SQLite files give a sentence a coordinator understands, and
nothing is half-saved."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from eventplanner.domain.errors import DatabaseError
from eventplanner.domain.model import EventDraft
from eventplanner.domain.timing import TimedSpan
from eventplanner.persistence import database as database_module
from eventplanner.persistence.database import Database
from eventplanner.services.workspace import Workspace


def _draft(title: str, description: str = "") -> EventDraft:
    start = datetime(2026, 5, 20, 13, 0, tzinfo=UTC)
    return EventDraft(
        title=title, timing=TimedSpan(start, start + timedelta(hours=1)), description=description
    )


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _checked(path: Path) -> list[str]:
    """The titles in the file, after SQLite and the FTS index both pass their checks."""
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        # FTS5's own check that its index matches the events table row for row.
        connection.execute("INSERT INTO events_fts(events_fts, rank) VALUES ('integrity-check', 1)")
        return [r[0] for r in connection.execute("SELECT title FROM events ORDER BY id")]
    finally:
        connection.close()


@pytest.fixture
def planner(sqlite_file: Path) -> Path:
    """A planning file holding one event."""
    workspace = Workspace.open(sqlite_file)
    workspace.events.create(_draft("Lanseringen av årsrapporten"))
    workspace.close()
    return sqlite_file


# -- read-only --------------------------------------------------------------------------


def test_a_read_only_file_says_so_and_saves_nothing(
    planner: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Tests run as root, which ignores file permissions; SQLite's own read-only mode gives
    # the same "attempt to write a readonly database" a write-protected file would.
    elsewhere = tmp_path / "working-folder"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    before = _digest(planner)

    workspace = Workspace.open(f"sqlite:///file:{planner}?mode=ro&uri=true")
    try:
        assert workspace.queries.count() == 1  # reading works
        original = workspace.queries.search("årsrapporten")[0]
        with pytest.raises(DatabaseError) as refused:
            workspace.events.create(_draft("Workshop som aldrig sparas"))
        with pytest.raises(DatabaseError, match="read-only"):
            workspace.events.cancel(original.event_id)
    finally:
        workspace.close()

    message = str(refused.value)
    assert "readonly" in str(refused.value.__cause__)  # it really was SQLite refusing
    assert "is read-only; nothing was saved" in message
    assert str(planner) in message
    assert _digest(planner) == before
    assert _checked(planner) == ["Lanseringen av årsrapporten"]
    assert list(elsewhere.iterdir()) == []  # no stray folders made for the URI filename


# -- locked -----------------------------------------------------------------------------


def test_a_locked_file_says_so_and_saves_nothing(
    planner: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 200)
    workspace = Workspace.open(planner)
    try:
        locker = sqlite3.connect(planner, isolation_level=None)
        locker.execute("BEGIN EXCLUSIVE")
        try:
            with pytest.raises(DatabaseError) as refused:
                workspace.events.create(_draft("Nätverksträff som väntar"))
            # Opening a database that needs no upgrade only reads: it does not wait.
            Database.open(planner).close()
        finally:
            locker.rollback()
            locker.close()
        message = str(refused.value)
        assert "locked by another program; nothing was saved" in message
        assert str(planner) in message
        assert workspace.queries.count() == 1
        workspace.events.create(_draft("Nätverksträff efter låset"))  # usable again
    finally:
        workspace.close()
    assert _checked(planner) == ["Lanseringen av årsrapporten", "Nätverksträff efter låset"]


def test_a_short_lock_is_waited_out(planner: Path) -> None:
    # With the normal busy timeout a save waits for another program's save to finish.
    workspace = Workspace.open(planner)
    locker = sqlite3.connect(planner, isolation_level=None, check_same_thread=False)
    locker.execute("BEGIN EXCLUSIVE")
    locker.execute("UPDATE events SET notes = 'från det andra programmet'")
    release = threading.Timer(0.5, locker.commit)
    release.start()
    try:
        workspace.events.create(_draft("Kurstillfälle som fick vänta"))
    finally:
        release.join()
        locker.close()
        workspace.close()
    assert _checked(planner) == ["Lanseringen av årsrapporten", "Kurstillfälle som fick vänta"]


# -- full disk --------------------------------------------------------------------------


def _limit_size(dbapi_connection: Any, _record: Any) -> None:
    # SQLITE_FULL without filling a real disk: the file may grow by two pages at most.
    cursor = dbapi_connection.cursor()
    try:
        pages = cursor.execute("PRAGMA page_count").fetchone()[0]
        cursor.execute(f"PRAGMA max_page_count = {pages + 2}")
    finally:
        cursor.close()


def test_a_full_disk_says_so_and_saves_nothing_half(planner: Path) -> None:
    workspace = Workspace.open(planner)
    try:
        original = workspace.queries.search("årsrapporten")[0]
        event.listen(workspace.database.engine, "connect", _limit_size)
        workspace.database.engine.dispose()  # new connections, with the limit

        long_text = "Programmet för innovationsdagarna i Skellefteå. " * 1_800
        drafts = [_draft(f"Innovationsdag {n}", long_text) for n in range(1, 6)]
        with pytest.raises(DatabaseError) as refused:
            workspace.events.create_many(drafts)
        with pytest.raises(DatabaseError, match="full"):
            workspace.events.create(drafts[0])
        stored = workspace.events.get(original.event_id)
        with pytest.raises(DatabaseError, match="full"):
            workspace.events.update(
                stored.id,
                _draft("Lanseringen av årsrapporten, nytt program", long_text),
                expected_version=stored.version,
            )

        message = str(refused.value)
        assert "is full; nothing was saved" in message
        assert str(planner) in message
        assert workspace.queries.count() == 1
        assert workspace.events.get(stored.id) == stored  # not a field of it changed
        assert workspace.queries.search("innovationsdag") == []

        event.remove(workspace.database.engine, "connect", _limit_size)
        workspace.database.engine.dispose()
        workspace.events.create(drafts[0])  # with room again, the same save succeeds
    finally:
        workspace.close()
    assert _checked(planner) == ["Lanseringen av årsrapporten", "Innovationsdag 1"]
