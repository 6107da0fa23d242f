"""Optimistic concurrency at the row level: a save based on a stale read never overwrites.

Two clients each load the same row in a unit of work of their own, change it, and save it in
another; the second save finds the row's version moved on and fails with ConflictError.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select

from eventplanner.domain.errors import ConflictError
from eventplanner.persistence.database import Database
from eventplanner.persistence.schema import EventRow, VenueRow


def _load(database: Database, event_id: int) -> EventRow:
    with database.transaction() as session:
        row = session.get(EventRow, event_id)
        assert row is not None
        return row


def _save(database: Database, row: EventRow | VenueRow) -> None:
    with database.transaction() as session:
        session.add(row)


def _stored(database: Database, event_id: int) -> EventRow | None:
    with database.transaction() as session:
        return session.scalars(select(EventRow).where(EventRow.id == event_id)).one_or_none()


@pytest.fixture
def event_id(database: Database, make_event_row: Callable[..., EventRow]) -> int:
    with database.transaction() as session:
        row = make_event_row("Seminarium: hållbar produktion")
        session.add(row)
        session.flush()
        return row.id


def test_the_second_of_two_saves_gets_a_conflict(database: Database, event_id: int) -> None:
    first, second = _load(database, event_id), _load(database, event_id)
    assert first.version == second.version == 1

    first.title = "Seminarium: hållbar produktion i Västerås"
    _save(database, first)
    second.title = "Seminarium: hållbar produktion i Skellefteå"
    second.capacity = 80
    with pytest.raises(ConflictError) as conflict:
        _save(database, second)

    assert "Someone else changed this record" in str(conflict.value)
    assert "nothing was saved" in str(conflict.value)
    stored = _stored(database, event_id)
    assert stored is not None
    assert (stored.title, stored.capacity, stored.version) == (
        "Seminarium: hållbar produktion i Västerås",
        None,
        2,
    )


def test_a_reload_after_the_conflict_saves(database: Database, event_id: int) -> None:
    first, second = _load(database, event_id), _load(database, event_id)
    first.capacity = 40
    _save(database, first)
    second.capacity = 60
    with pytest.raises(ConflictError):
        _save(database, second)

    fresh = _load(database, event_id)
    fresh.capacity = 60
    _save(database, fresh)
    stored = _stored(database, event_id)
    assert stored is not None
    assert (stored.capacity, stored.version) == (60, 3)


def test_deleting_a_row_someone_else_changed_is_a_conflict(
    database: Database, event_id: int
) -> None:
    changed, deleted = _load(database, event_id), _load(database, event_id)
    changed.status = "confirmed"
    _save(database, changed)
    with pytest.raises(ConflictError), database.transaction() as session:
        session.delete(session.merge(deleted, load=False))
    stored = _stored(database, event_id)
    assert stored is not None
    assert stored.status == "confirmed"


def test_changing_a_row_someone_else_deleted_is_a_conflict(
    database: Database, event_id: int
) -> None:
    kept = _load(database, event_id)
    with database.transaction() as session:
        row = session.get(EventRow, event_id)
        session.delete(row)
    kept.title = "Finns inte längre"
    with pytest.raises(ConflictError):
        _save(database, kept)
    assert _stored(database, event_id) is None


def test_every_versioned_table_is_guarded(database: Database) -> None:
    with database.transaction() as session:
        venue = VenueRow(
            name="Västerås Konferens", address="", city="Västerås", country="Sverige",
            time_zone="Europe/Stockholm", notes="",
        )  # fmt: skip
        session.add(venue)
        session.flush()
        venue_id = venue.id
    with database.transaction() as session:
        first = session.get(VenueRow, venue_id)
    with database.transaction() as session:
        second = session.get(VenueRow, venue_id)
    assert first is not None
    assert second is not None
    first.capacity = 300
    _save(database, first)
    second.capacity = 150
    with pytest.raises(ConflictError):
        _save(database, second)
    with database.transaction() as session:
        assert session.get(VenueRow, venue_id).capacity == 300  # type: ignore[union-attr]
