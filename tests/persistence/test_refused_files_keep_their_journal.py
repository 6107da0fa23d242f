"""A refused database is left byte for byte as it was, whatever its journal mode."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from eventplanner.domain.errors import SchemaTooNewError
from eventplanner.persistence.database import Database


def test_a_newer_database_in_rollback_journal_mode_is_not_touched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite"
    Database.open(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099_future'")
    connection.close()
    plain = sqlite3.connect(path, isolation_level=None)
    plain.execute("PRAGMA journal_mode = DELETE")
    plain.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    for upgrade in (True, False):
        with pytest.raises(SchemaTooNewError, match="newer version"):
            Database.open(path, upgrade=upgrade)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    check = sqlite3.connect(path)
    assert check.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    check.close()
