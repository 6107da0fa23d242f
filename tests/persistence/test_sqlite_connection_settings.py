"""SQLite connections enforce foreign keys, use WAL and wait when another program is busy."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from eventplanner.domain.errors import DatabaseError
from eventplanner.persistence import database as database_module
from eventplanner.persistence.database import BUSY_TIMEOUT_MS, Database
from eventplanner.persistence.schema import EventRow


def _pragma(connection: object, name: str) -> object:
    cursor = connection.cursor()  # type: ignore[attr-defined]
    try:
        return cursor.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        cursor.close()


def test_every_connection_has_the_settings(sqlite_file: Path) -> None:
    db = Database.open(sqlite_file)
    try:
        # Two connections at once, so both are new ones rather than one reused from the pool.
        first, second = db.engine.raw_connection(), db.engine.raw_connection()
        try:
            for connection in (first, second):
                assert _pragma(connection, "foreign_keys") == 1
                assert _pragma(connection, "journal_mode") == "wal"
                assert _pragma(connection, "busy_timeout") == BUSY_TIMEOUT_MS
                assert _pragma(connection, "synchronous") == 1  # NORMAL
        finally:
            first.close()
            second.close()
    finally:
        db.close()
    assert BUSY_TIMEOUT_MS >= 5_000  # long enough for another process's save to finish


def test_wal_is_kept_in_the_file(sqlite_file: Path) -> None:
    Database.open(sqlite_file).close()
    plain = sqlite3.connect(sqlite_file)  # any other program sees the file in WAL mode
    try:
        assert plain.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    finally:
        plain.close()


def test_the_busy_timeout_follows_the_setting(
    sqlite_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 250)
    db = Database.open(sqlite_file)
    try:
        connection = db.engine.raw_connection()
        try:
            assert _pragma(connection, "busy_timeout") == 250
        finally:
            connection.close()
    finally:
        db.close()


def test_foreign_keys_are_enforced(
    sqlite_file: Path, make_event_row: Callable[..., EventRow]
) -> None:
    db = Database.open(sqlite_file)
    try:
        with pytest.raises(DatabaseError, match="FOREIGN KEY"), db.transaction() as session:
            session.add(make_event_row("Workshop i en lokal som inte finns", venue_id=999))
        with db.transaction() as session:
            assert session.scalar(select(func.count()).select_from(EventRow)) == 0
    finally:
        db.close()
