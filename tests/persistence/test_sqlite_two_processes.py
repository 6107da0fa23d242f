"""Two processes writing the same SQLite file at the same time lose nothing, corrupt nothing."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from eventplanner.domain.model import Venue
from eventplanner.persistence.database import Database
from eventplanner.services.workspace import Workspace

SAVES_EACH = 200

# Each process opens the file, says "ready", waits for "go" (so that both really write at
# once), then saves one event per transaction through the services, all tagged alike so
# that both also race to create and reuse the same tag.
WRITER = """
import sys
import time
from datetime import UTC, datetime, timedelta

from eventplanner.domain.model import EventDraft
from eventplanner.domain.timing import TimedSpan
from eventplanner.services.workspace import Workspace

path, name, count, venue_id = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
workspace = Workspace.open(path)
print("ready", flush=True)
assert sys.stdin.readline().strip() == "go"
began = time.time()
first = datetime(2026, 4, 1, 9, 0, tzinfo=UTC)
for n in range(count):
    start = first + timedelta(hours=n)
    workspace.events.create(
        EventDraft(
            title=f"{name} {n}",
            timing=TimedSpan(start, start + timedelta(hours=2)),
            venue_id=venue_id,
            tags=("delad", name),
        )
    )
workspace.close()
print(began, time.time(), flush=True)
print("done", flush=True)
"""

OPENER = """
import sys

from eventplanner.persistence.database import Database

assert sys.stdin.readline().strip() == "go"
Database.open(sys.argv[1]).close()
print("done", flush=True)
"""


def _start(script: str, *args: object) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", script, *map(str, args)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _go_together(processes: list[subprocess.Popen[str]], *, wait_ready: bool) -> None:
    if wait_ready:
        for process in processes:
            assert process.stdout is not None
            assert process.stdout.readline().strip() == "ready"
    for process in processes:
        assert process.stdin is not None
        process.stdin.write("go\n")
        process.stdin.flush()


def _finish(processes: list[subprocess.Popen[str]]) -> list[str]:
    """What each process printed (after "ready"), once each has ended well."""
    outputs = []
    for process in processes:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        assert out.strip().endswith("done"), (out, err)
        outputs.append(out)
    return outputs


def _check_file(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    connection.execute("INSERT INTO events_fts(events_fts, rank) VALUES ('integrity-check', 1)")
    return connection


@pytest.mark.slow
def test_two_processes_saving_at_once_lose_nothing(sqlite_file: Path) -> None:
    workspace = Workspace.open(sqlite_file)
    venue = workspace.venues.create(Venue(id=None, name="Västerås Congress", city="Västerås"))
    workspace.close()

    writers = [_start(WRITER, sqlite_file, name, SAVES_EACH, venue.id) for name in ("A", "B")]
    try:
        _go_together(writers, wait_ready=True)
        outputs = _finish(writers)
    finally:
        for process in writers:
            if process.poll() is None:
                process.kill()
                process.wait()

    spans = [tuple(map(float, out.split()[0:2])) for out in outputs]
    connection = _check_file(sqlite_file)
    try:
        titles = [r[0] for r in connection.execute("SELECT title FROM events ORDER BY id")]
        tags = connection.execute(
            "SELECT tags.name, count(*) FROM event_tags JOIN tags ON tags.id = event_tags.tag_id "
            "GROUP BY tags.name ORDER BY tags.name"
        ).fetchall()
    finally:
        connection.close()
    expected = {f"{name} {n}" for name in ("A", "B") for n in range(SAVES_EACH)}
    assert len(titles) == 2 * SAVES_EACH
    assert set(titles) == expected
    assert tags == [("A", SAVES_EACH), ("B", SAVES_EACH), ("delad", 2 * SAVES_EACH)]
    # Both were saving at the same time: each began before the other had finished. (How
    # the saves interleave is SQLite's affair; one writer may well wait out the other.)
    (a_began, a_ended), (b_began, b_ended) = spans
    assert a_began < b_ended
    assert b_began < a_ended

    # And Eventplanner reads it all back.
    reopened = Workspace.open(sqlite_file)
    try:
        assert reopened.queries.count() == 2 * SAVES_EACH
        assert reopened.venues.usage(venue.id) == 2 * SAVES_EACH
    finally:
        reopened.close()


def test_two_processes_creating_a_new_file_at_once_both_succeed(sqlite_file: Path) -> None:
    openers = [_start(OPENER, sqlite_file) for _ in range(2)]
    try:
        _go_together(openers, wait_ready=False)
        _finish(openers)
    finally:
        for process in openers:
            if process.poll() is None:
                process.kill()
                process.wait()
    _check_file(sqlite_file).close()
    db = Database.open(sqlite_file)
    try:
        assert db.upgrade() is None
    finally:
        db.close()
