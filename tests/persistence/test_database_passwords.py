"""A server that wants a password libpq did not find says so with PasswordNeededError, and a
password given for this run reaches the connection (and no message)."""

from __future__ import annotations

import pytest
from sqlalchemy import exc as sa_exc

from eventplanner.domain.errors import PasswordNeededError
from eventplanner.persistence.database import Database

URL = "postgresql+psycopg://anna@127.0.0.1:5432/planering"


def _refusing(text: str, seen: list[str | None]):  # type: ignore[no-untyped-def]
    def upgrade(self: Database) -> None:
        seen.append(self.engine.url.password)
        raise sa_exc.OperationalError("SELECT 1", {}, Exception(text))

    return upgrade


def test_no_password_found_is_said_and_asks_for_one(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str | None] = []
    monkeypatch.setattr(
        Database, "upgrade", _refusing("connection failed: fe_sendauth: no password supplied", seen)
    )
    with pytest.raises(PasswordNeededError) as needed:
        Database.open(URL)
    assert seen == [None]
    assert not needed.value.refused
    assert needed.value.user == "anna"
    assert needed.value.target == URL
    assert "PGPASSWORD, ~/.pgpass or a service file" in str(needed.value)


def test_a_password_given_is_used_and_a_wrong_one_is_said(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str | None] = []
    monkeypatch.setattr(
        Database,
        "upgrade",
        _refusing('password authentication failed for user "anna"', seen),
    )
    with pytest.raises(PasswordNeededError) as needed:
        Database.open(URL, password="fel lösen")
    assert seen == ["fel lösen"]
    assert needed.value.refused
    assert "fel lösen" not in str(needed.value)
    assert str(needed.value) == f"The server of {URL} refused the password of anna."
