"""Moving an event with 40 tasks counted in working days (issue 15: "moving an event with
40 working-day tasks: ≤ 50 ms to the painted calendar"): the service's move (the event
saved, its 40 tasks counted again across midsummer and written, one transaction) against
the floor of the same move of the same event without tasks, and the move's preview
(``planned_moves``). Ratios printed; nothing asserted on time.

This is the service's share only; the goal itself (the answered question to the painted
calendar, in the window) is measured by ``test_bench_move_to_paint.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from benchdata import measure, report

from eventplanner.domain.deadlines import parse_relative
from eventplanner.domain.enums import EventKind
from eventplanner.domain.model import EventDraft
from eventplanner.domain.tasks import AnchorKind, TaskDraft, TaskRule
from eventplanner.domain.timing import AllDaySpan
from eventplanner.services.workspace import Workspace

TASKS = 40
FIRST = date(2027, 7, 5)

pytestmark = pytest.mark.timeout(600)


def _fair(workspace: Workspace, title: str) -> int:
    timing = AllDaySpan(FIRST, FIRST + timedelta(days=2), "Europe/Stockholm")
    return workspace.events.create(EventDraft(title, timing, EventKind.TRADE_FAIR)).event.id


def _mover(workspace: Workspace, event_id: int) -> Callable[[], None]:
    weeks = [0]

    def move() -> None:
        weeks[0] = 1 - weeks[0]  # to and fro a week, as a drag and its undo
        current = workspace.events.get(event_id)
        first = FIRST + timedelta(weeks=weeks[0])
        timing = AllDaySpan(first, first + timedelta(days=2), "Europe/Stockholm")
        workspace.events.update(
            event_id, replace(current.draft(), timing=timing), expected_version=current.version
        )

    return move


def test_bench_task_moves(tmp_path: Path) -> None:
    workspace = Workspace.open(tmp_path / "tasks.sqlite")
    try:
        bare = _fair(workspace, "Utan uppgifter")
        planned = _fair(workspace, "Med uppgifter")
        for n in range(TASKS):
            rule = TaskRule(AnchorKind.EVENT_START, parse_relative(f"{n + 1}wd before"))
            workspace.tasks.add(TaskDraft(f"Uppgift {n + 1}", event_id=planned, rule=rule))
        floor_ms = measure(_mover(workspace, bare), repeats=9)
        moved_ms = measure(_mover(workspace, planned), repeats=9)
        timing = AllDaySpan(FIRST + timedelta(weeks=2), FIRST + timedelta(weeks=2, days=2),
                            "Europe/Stockholm")  # fmt: skip
        preview_ms = measure(lambda: workspace.tasks.planned_moves(planned, timing), repeats=9)
    finally:
        workspace.close()
    print(f"\nTASK MOVES an event with {TASKS} tasks counted in working days")
    floor = ("moving the same event without tasks", floor_ms)
    report("moving it with its tasks (one transaction)", moved_ms, floor=floor)
    report("the move's preview (which tasks, from → to)", preview_ms, floor=floor)
