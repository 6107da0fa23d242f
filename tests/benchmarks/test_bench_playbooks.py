"""Applying a 40-task playbook to 1,000 events (issue 15: ≤ 3× the Core insert of the same
task rows), both measured in this run on fresh SQLite files.

The service (``PlaybookService.apply_to_events``, one transaction) reads the events' days,
phases and tasks already made, plans every task in Swedish working days, inserts the rows
and links the tasks counted from other tasks. The floor is SQLAlchemy Core's executemany
of the very rows it wrote, read back from its database (not timed), into a database holding
the same events.
"""

from __future__ import annotations

import gc
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from benchdata import median, report
from sqlalchemy import insert, select

from eventplanner.domain.deadlines import DayOff, Direction, RelativeDeadline, Unit
from eventplanner.domain.model import EventDraft
from eventplanner.domain.playbooks import Anchor, Playbook, TaskTemplate
from eventplanner.domain.tasks import AnchorKind
from eventplanner.domain.timing import AllDaySpan
from eventplanner.persistence.schema import TaskRow
from eventplanner.services.playbooks.shipped import shipped_playbooks
from eventplanner.services.workspace import Workspace

EVENTS = 1_000
TASKS = 40
REPEATS = 3
GOAL_RATIO = 3.0

pytestmark = pytest.mark.timeout(1800)


def forty() -> Playbook:
    """The shipped trade fair's 32 tasks and 8 more, counted in working days from each other."""
    fair = next(
        p for p in shipped_playbooks() if p.event_kind and p.event_kind.value == "trade_fair"
    )
    extra = tuple(
        TaskTemplate(
            f"follow-up-{n}", f"Follow-up {n}", f"Uppföljning {n}",
            RelativeDeadline(3, Unit.WORKING_DAYS, Direction.AFTER, DayOff.LATER),
            anchor=Anchor(AnchorKind.TASK, "thank-you" if n == 1 else f"follow-up-{n - 1}"),
        )
        for n in range(1, TASKS - len(fair.templates) + 1)
    )  # fmt: skip
    playbook = replace(fair, name="Forty", templates=fair.templates + extra)
    assert len(playbook.templates) == TASKS
    return playbook


def events(workspace: Workspace) -> list[int]:
    """1,000 three-day fairs, one starting every day from 2027 (holidays and weekends among
    the dates their tasks land on)."""
    first = date(2027, 1, 4)
    drafts = [
        EventDraft(
            f"Mässa {n}", AllDaySpan(first + timedelta(days=n), first + timedelta(days=n + 2))
        )
        for n in range(EVENTS)
    ]
    return workspace.events.create_many(drafts)


def test_apply_40_tasks_to_1000_events_vs_core(tmp_path: Path) -> None:
    playbook = forty()
    service_ms: list[float] = []
    core_ms: list[float] = []
    rows: list[dict[str, Any]] = []
    for repeat in range(REPEATS):
        workspace = Workspace.open(tmp_path / f"service-{repeat}.sqlite")
        ids = events(workspace)
        workspace.playbooks.create(playbook)
        gc.collect()
        started = time.perf_counter()
        applied = workspace.playbooks.apply_to_events("Forty", ids)
        service_ms.append((time.perf_counter() - started) * 1000)
        assert sum(len(a.task_ids) for a in applied) == EVENTS * TASKS
        if not rows:
            with workspace.database.engine.connect() as connection:
                found = connection.execute(select(TaskRow.__table__)).mappings().all()
            rows = [{k: v for k, v in r.items() if k != "id"} for r in found]
        workspace.close()

        workspace = Workspace.open(tmp_path / f"core-{repeat}.sqlite")
        events(workspace)
        engine = workspace.database.engine
        gc.collect()
        started = time.perf_counter()
        with engine.begin() as connection:
            connection.execute(insert(TaskRow), rows)
        core_ms.append((time.perf_counter() - started) * 1000)
        workspace.close()

    print(f"\nAPPLY a {TASKS}-task playbook to {EVENTS:,} events ({EVENTS * TASKS:,} tasks):")
    report(
        "service PlaybookService.apply_to_events (plan, insert, link)",
        service_ms,
        floor=("Core insert(TaskRow) executemany, the same rows", core_ms),
        goal_ratio=GOAL_RATIO,
        extra=f"{median(service_ms) / (EVENTS * TASKS) * 1000:.1f} µs a task",
    )
