"""The Tasks view over 50,000 tasks (issue 15: "filter keystroke to painted frame ≤ 50 ms"):
a keystroke in the filter box (the list made again from the rows as read, the model's
layout changed, the frame painted) against the floor of painting the same frame again
unchanged; grouped by due date (five headings) and by event (900 headings). The rows'
search keys and groupings are made before, as the reading thread makes them. Figures and
ratios printed; nothing asserted on time."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from benchdata import measure, report
from PySide6.QtWidgets import QApplication

from eventplanner.domain.tasks import Task
from eventplanner.services.tasks.task_list import Grouping
from eventplanner.services.tasks.task_rows import TaskRows, task_rows
from eventplanner.ui.tasks.task_model import TaskListModel
from eventplanner.ui.tasks.task_table import TaskTable

TASKS = 50_000
EVENTS = 900
TODAY = date(2027, 3, 10)


def _tasks() -> list[Task]:
    return [
        Task(id=i, uid=f"{i}@bench", title=f"Uppgift {i} inför mässan",
             due_date=TODAY + timedelta(days=i % 400 - 100), owner_contact_id=i % 50,
             owner_name=f"Person {i % 50}", event_id=i % EVENTS,
             event_title=f"Evenemang {i % EVENTS}")
        for i in range(TASKS)
    ]  # fmt: skip


def _rows() -> TaskRows:
    return task_rows(_tasks(), TODAY)


def test_bench_tasks_rows_read() -> None:
    """What the reading thread adds to the read of the tasks: their keys and groupings."""
    tasks = _tasks()
    report(f"rows for the view made on the reading thread, {TASKS} tasks",
           measure(lambda: task_rows(tasks, TODAY), repeats=3))  # fmt: skip


@pytest.mark.parametrize("by", [Grouping.DUE, Grouping.EVENT])
def test_bench_tasks_view_filter(qtbot, by: Grouping) -> None:  # type: ignore[no-untyped-def]
    model = TaskListModel()
    model.set_rows(_rows())
    model.set_group_by(by)
    table = TaskTable()
    qtbot.addWidget(table)
    table.setModel(model)
    table.resize(1000, 700)
    table.show()
    QApplication.processEvents()
    texts = itertools.cycle(["u", "up", "upp", "uppg", "uppgift 1", ""])

    def keystroke() -> None:
        model.set_filter(next(texts))
        table.repaint()

    floor_ms = measure(table.repaint, repeats=9)
    typed_ms = measure(keystroke, repeats=12)
    headings = f"({EVENTS} headings)" if by is Grouping.EVENT else "(5 headings)"
    report(f"filter keystroke to painted frame, {TASKS} tasks, by {by.value}", typed_ms,
           floor=("the same frame painted again", floor_ms), goal_ms=50,
           extra=headings)  # fmt: skip
