"""The sample year's build, and what its participants add to it (issue 16): the people and
their registrations are written with bulk inserts, so they should cost about what a Core
insert of the same rows costs (the floor, measured in the same run), and little beside the
whole build (the wheel's check and the tests build it). Prints figures; asserts no time."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from eventplanner.domain.model import Contact, EventDraft
from eventplanner.domain.timing import TimedSpan
from eventplanner.persistence.schema import RegistrationRow
from eventplanner.services.sample import build_sample
from eventplanner.services.sample.people import add_people
from eventplanner.services.sample.registrations import add_registrations
from eventplanner.services.workspace import Workspace

TODAY = date(2026, 11, 18)
ROUNDS = 3


def _timed(record: list[float], work: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return work(*args, **kwargs)
        finally:
            record.append(time.perf_counter() - started)

    return wrapper


def test_bench_sample_participants(tmp_path: Path, monkeypatch: Any) -> None:
    people: list[float] = []
    registrations: list[float] = []
    monkeypatch.setattr("eventplanner.services.sample.add_people", _timed(people, add_people))
    monkeypatch.setattr(
        "eventplanner.services.sample.add_registrations",
        _timed(registrations, add_registrations),
    )
    builds: list[float] = []
    floors: list[float] = []
    made = participants = 0
    for n in range(ROUNDS):
        workspace = Workspace.open(tmp_path / f"sample-{n}.sqlite")
        started = time.perf_counter()
        summary = build_sample(workspace, today=TODAY)
        builds.append(time.perf_counter() - started)
        made, participants = summary.registrations, summary.participants
        workspace.close()
        # The floor: a Core insert of as many plain registrations into a new database.
        floors.append(_floor(tmp_path / f"floor-{n}.sqlite", made))
    build = statistics.median(builds)
    own = statistics.median(p + r for p, r in zip(people, registrations, strict=True))
    floor_s = statistics.median(floors)
    print(
        f"\nSAMPLE build {build * 1000:.0f} ms; its {participants} participants and "
        f"{made} registrations {own * 1000:.1f} ms ({own / build:.1%} of the build); "
        f"Core insert floor of {made} rows {floor_s * 1000:.1f} ms; ratio {own / floor_s:.1f}"
    )


def _floor(path: Path, rows: int) -> float:
    workspace = Workspace.open(path)
    made = [workspace.contacts.create(Contact(None, f"P {n}")).id or 0 for n in range(rows)]
    start = datetime(2027, 3, 1, 9, tzinfo=UTC)
    event = workspace.events.create(
        EventDraft("Golv", TimedSpan(start, start.replace(hour=12), "Europe/Stockholm"))
    ).event
    now = datetime.now(UTC)
    values = [
        {"event_id": event.id, "contact_id": c, "status": "registered", "source": "typed_in",
         "registered_at": now, "priority": 0, "priority_reason": "", "needs": "",
         "modified_at": now, "version": 1}
        for c in made
    ]  # fmt: skip
    started = time.perf_counter()
    with workspace.database.transaction() as session:
        session.execute(insert(RegistrationRow), values)
    spent = time.perf_counter() - started
    workspace.close()
    return spent
