"""In WAL mode a reader sees the last committed state at once, even while another process
holds the write lock: the app's views must not freeze behind a long import."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from eventplanner.domain.errors import DatabaseError
from eventplanner.domain.filters import TimeWindow
from eventplanner.domain.model import EventDraft
from eventplanner.domain.timing import TimedSpan
from eventplanner.persistence import database as database_module
from eventplanner.persistence.database import Database
from eventplanner.services.workspace import Workspace

START = datetime(2027, 3, 10, 9, tzinfo=UTC)


def _draft(title: str) -> EventDraft:
    return EventDraft(title, TimedSpan(START, START + timedelta(hours=2), "Europe/Stockholm"))


def test_reads_do_not_wait_for_a_writer_but_writes_do(
    sqlite_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 200)
    workspace = Workspace(Database.open(sqlite_file))
    saved = workspace.events.create(_draft("Sparat före låset")).event
    other = sqlite3.connect(sqlite_file, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("UPDATE events SET title = 'Ej sparat' WHERE id = ?", (saved.id,))
        window = TimeWindow(START - timedelta(days=1), START + timedelta(days=1))
        # The reader gets the committed title straight away, with no "locked" error.
        assert [o.title for o in workspace.queries.occurrences(window)] == ["Sparat före låset"]
        assert workspace.events.get(saved.id).title == "Sparat före låset"
        assert workspace.venues.list() == []
        # A writer, on the other hand, queues and then says the file is locked.
        with pytest.raises(DatabaseError, match="locked"):
            workspace.events.create(_draft("Väntar"))
    finally:
        other.execute("ROLLBACK")
        other.close()
        workspace.close()
