"""Files and databases that are not Eventplanner's are refused clearly and left as they were."""

from __future__ import annotations

import hashlib
import random
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import URL

from eventplanner.domain.errors import DatabaseError, SchemaTooNewError
from eventplanner.persistence.database import Database


def _listing(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(random.Random(2026).randbytes(64 * 1024), id="random-bytes"),
        pytest.param(
            "Titel;Start;Plats\nAutomationsmässan;2026-03-10;Västerås\n".encode() * 200,
            id="csv-text",
        ),
        pytest.param(b"SQLite format 3\x00" + bytes(range(256)) * 16, id="damaged-sqlite"),
    ],
)
@pytest.mark.parametrize("upgrade", [True, False])
def test_a_file_that_is_no_database_is_refused_and_untouched(
    sqlite_file: Path, content: bytes, upgrade: bool
) -> None:
    sqlite_file.write_bytes(content)
    before = _listing(sqlite_file.parent)

    with pytest.raises(DatabaseError) as refused:
        Database.open(sqlite_file, upgrade=upgrade)

    assert not isinstance(refused.value, SchemaTooNewError)
    assert str(refused.value) == (
        f"{sqlite_file} is not an Eventplanner database, or it is damaged."
    )
    assert _listing(sqlite_file.parent) == before


def test_another_programs_sqlite_file_is_refused_and_untouched(sqlite_file: Path) -> None:
    other = sqlite3.connect(sqlite_file)
    with other:
        other.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        other.execute("INSERT INTO notes (body) VALUES ('inköpslista')")
    other.close()
    before = _listing(sqlite_file.parent)

    with pytest.raises(DatabaseError, match="not an Eventplanner database") as refused:
        Database.open(sqlite_file)

    assert "left untouched" in str(refused.value)
    # Not even switched to WAL: the other program's file is exactly as it was.
    assert _listing(sqlite_file.parent) == before
    check = sqlite3.connect(sqlite_file)
    try:
        assert check.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert check.execute("SELECT body FROM notes").fetchall() == [("inköpslista",)]
    finally:
        check.close()


def test_a_database_with_other_tables_is_refused_on_every_backend(
    empty_database_url: URL,
) -> None:
    engine = create_engine(empty_database_url)
    try:
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"))
            connection.execute(text("INSERT INTO notes (id, body) VALUES (1, 'inköpslista')"))

        with pytest.raises(DatabaseError, match="not an Eventplanner database"):
            Database.open(empty_database_url)

        assert inspect(engine).get_table_names() == ["notes"]  # no alembic_version, no events
        with engine.connect() as connection:
            assert connection.execute(text("SELECT body FROM notes")).scalars().all() == [
                "inköpslista"
            ]
    finally:
        engine.dispose()
