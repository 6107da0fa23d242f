"""The retention preview over 50,000 registrations of 10,000 people at 200 events (half of
them past), against its floor measured in the same run: SQLAlchemy Core reading the very
rows it needs (each registration's person and event end) with nothing worked out.

The preview reads those rows once, decides in Python whose every registration is past the
cut-off, and asks which of those are working contacts (roles, shifts, tasks, stands) with one
query per place a person can be named.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from benchdata import median, report
from sqlalchemy import insert, select

from eventplanner.persistence.schema import ContactRow, EventRow, RegistrationRow
from eventplanner.services.workspace import Workspace

PEOPLE = 10_000
EVENTS = 200
PER_PERSON = 5
REPEATS = 5
NOW = datetime(2026, 12, 7, 12, tzinfo=UTC)

pytestmark = pytest.mark.timeout(1800)


def _fill(workspace: Workspace) -> None:
    first = NOW - timedelta(days=EVENTS * 2)
    with workspace.database.transaction() as session:
        session.execute(insert(EventRow), [
            {"id": n + 1, "uid": f"e{n}@bench", "title": f"Seminarium {n}", "kind": "seminar",
             "status": "planned", "all_day": False, "time_zone": "Europe/Stockholm",
             "starts_at": first + timedelta(days=4 * n),
             "ends_at": first + timedelta(days=4 * n, hours=3), "duration_minutes": 180,
             "is_recurring": False, "created_at": NOW, "modified_at": NOW, "version": 1}
            for n in range(EVENTS)
        ])  # fmt: skip
        session.execute(insert(ContactRow), [
            {"id": n + 1, "name": f"Person {n}", "email": f"p{n}@example.se", "version": 1}
            for n in range(PEOPLE)
        ])  # fmt: skip
        session.execute(insert(RegistrationRow), [
            {"event_id": n % (EVENTS - 10) + 2 * k + 1, "contact_id": n + 1,
             "status": "attended", "registered_at": NOW, "modified_at": NOW, "version": 1}
            for n in range(PEOPLE) for k in range(PER_PERSON)
        ])  # fmt: skip


def test_retention_preview_vs_reading_its_rows(tmp_path: Path) -> None:
    workspace = Workspace.open(tmp_path / "retention.sqlite")
    try:
        _fill(workspace)
        floor: list[float] = []
        preview_ms: list[float] = []
        statement = (
            select(RegistrationRow.contact_id, ContactRow.name, EventRow.id, EventRow.title,
                   EventRow.ends_at, EventRow.is_recurring, EventRow.series_ends_at)
            .join(ContactRow, ContactRow.id == RegistrationRow.contact_id)
            .join(EventRow, EventRow.id == RegistrationRow.event_id)
            .where(ContactRow.anonymised_at.is_(None))
        )  # fmt: skip
        found = None
        for _ in range(REPEATS):
            began = time.perf_counter()
            with workspace.database.reading() as session:
                rows = session.execute(statement).all()
            floor.append((time.perf_counter() - began) * 1000)
            began = time.perf_counter()
            found = workspace.personal_data.retention_preview(6, at=NOW)
            preview_ms.append((time.perf_counter() - began) * 1000)
        assert found is not None and len(rows) == PEOPLE * PER_PERSON
        print(f"\nretention preview, {len(rows):,} registrations of {PEOPLE:,} people "
              f"({len(found.people):,} to anonymise):")  # fmt: skip
        report("preview", preview_ms, floor=("Core read of its rows", floor))
        print(f"  ratio to the floor: {median(preview_ms) / median(floor):.2f}")
    finally:
        workspace.close()
