"""The Tasks view after a write (issue 15): a tick shows at once, before its write comes
back; after a tick, its undo, an edit, a delete and its undo, the window shows what a fresh
read of every task shows, without having read every task again and without a reset (the
chosen task stays chosen), with qtmodeltester watching the model throughout."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from eventplanner.domain.enums import EventKind
from eventplanner.domain.model import Contact, EventDraft
from eventplanner.domain.tasks import TaskDraft
from eventplanner.domain.timing import AllDaySpan
from eventplanner.services.tasks.service import TaskService
from eventplanner.services.tasks.task_rows import TaskRows
from eventplanner.services.workspace import Workspace
from eventplanner.ui.events import undo
from eventplanner.ui.planner import Planner
from eventplanner.ui.tasks import task_undo
from eventplanner.ui.tasks.task_model import TASK_ROLE, Grouping, TaskListModel
from eventplanner.ui.tasks.tasks_window import TasksWindow

TODAY = date(2027, 3, 10)  # a Wednesday


@pytest.fixture
def planner(qtbot: QtBot, tmp_path: Path) -> Iterator[Planner]:
    from tests.ui.helpers import opened_planner

    path = tmp_path / "uppgifter.sqlite"
    workspace = Workspace.open(path)
    anna = workspace.contacts.create(Contact(None, "Anna Berg")).id
    timing = AllDaySpan(date(2027, 6, 28), date(2027, 6, 30), "Europe/Stockholm")
    elmia = workspace.events.create(EventDraft("Elmia", timing, EventKind.TRADE_FAIR)).event.id
    tasks = workspace.tasks
    tasks.add(TaskDraft("Beställ el", date(2027, 3, 1), event_id=elmia, owner_contact_id=anna))
    tasks.add(TaskDraft("Katalogtext", TODAY, event_id=elmia))
    tasks.add(TaskDraft("Badgar", date(2027, 3, 12), owner_contact_id=anna))
    tasks.add(TaskDraft("Rapport", date(2027, 4, 1)))
    tasks.mark_done(tasks.add(TaskDraft("Inbjudan", date(2027, 2, 1), event_id=elmia)).task.id)
    workspace.close()
    with opened_planner(qtbot, path) as made:
        yield made


def shown(model: TaskListModel) -> list[tuple[Any, ...]]:
    """Every row as shown: each column's text, and a task's tick."""
    return [
        (*(model.index(row, column).data() for column in range(model.columnCount())),
         model.index(row, 0).data(Qt.ItemDataRole.CheckStateRole))
        for row in range(model.rowCount())
    ]  # fmt: skip


def as_read_afresh(window: TasksWindow, rows: TaskRows) -> None:
    """The window shows what a model over a fresh read of every task shows, in every
    grouping (Show done as the window has it)."""
    for by in Grouping:
        window.group_combo.setCurrentIndex(window.group_combo.findData(by))
        fresh = TaskListModel()
        fresh.set_rows(rows)
        fresh.set_show_done(window.show_done.isChecked())
        fresh.set_group_by(by)
        assert shown(window.model) == shown(fresh), by
    window.group_combo.setCurrentIndex(window.group_combo.findData(Grouping.DUE))


def chosen(window: TasksWindow) -> str | None:
    task = window.table.current_task()
    return None if task is None else task.title


def test_writes_amend_what_is_shown(  # type: ignore[no-untyped-def]
    qtbot: QtBot, planner: Planner, qtmodeltester, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert planner.workspace is not None
    service = planner.workspace.tasks
    stack = QUndoStack()
    window = TasksWindow(planner, stack, lambda: TODAY)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        window.show()
    qtmodeltester.check(window.model)
    fresh_read = TaskService.rows
    full_reads: list[date] = []

    def counted(tasks: TaskService, today: date) -> TaskRows:
        full_reads.append(today)
        return fresh_read(tasks, today)

    monkeypatch.setattr(TaskService, "rows", counted)

    def choose(title: str) -> None:
        model = window.model
        row = next(r for r in range(model.rowCount())
                   if not model.is_heading(r) and model.index(r, 0).data() == title)  # fmt: skip
        window.table.setCurrentIndex(model.index(row, 0))
        window.table.setFocus()

    def written(act: Any) -> None:
        with (
            qtbot.assertNotEmitted(window.model.modelReset, wait=0),
            qtbot.waitSignal(window.loaded, timeout=20_000),
        ):
            act()
        assert full_reads == []
        qtbot.waitUntil(lambda: not planner.busy, timeout=20_000)
        as_read_afresh(window, fresh_read(service, TODAY))

    window.show_done.setChecked(True)
    choose("Katalogtext")
    with (
        qtbot.assertNotEmitted(window.model.modelReset, wait=0),
        qtbot.waitSignal(window.loaded, timeout=20_000) as loaded,
    ):
        qtbot.keyClick(window.table, Qt.Key.Key_Space)
        assert not loaded.signal_triggered  # not yet read back, already shown ticked
        ticked = window.table.currentIndex().siblingAtColumn(0)
        assert ticked.data() == "Katalogtext" and ticked.data(TASK_ROLE).done
        assert ticked.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        assert window.done_button.text() == "Open a&gain"
        assert "2 done" in window.summary.text()
    assert full_reads == [] and chosen(window) == "Katalogtext"
    assert stack.undoText() == "Tick “Katalogtext” done"
    as_read_afresh(window, fresh_read(service, TODAY))
    choose("Katalogtext")
    written(lambda: qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier))
    assert chosen(window) == "Katalogtext"
    assert not window.model.task_at(window.table.currentIndex()).done  # type: ignore[union-attr]

    choose("Badgar")
    badgar = window.table.current_task()
    assert badgar is not None
    moved = TaskDraft("Badgar till mässan", date(2027, 5, 3), owner_contact_id=None)
    edit = task_undo.edit_task(planner, badgar, moved)
    written(lambda: undo.save_then_push(planner, stack, edit))
    assert chosen(window) == "Badgar till mässan"  # moved under Later, still chosen
    written(stack.undo)
    assert chosen(window) == "Badgar"

    choose("Rapport")
    written(lambda: qtbot.keyClick(window.table, Qt.Key.Key_Delete))
    assert "Rapport" not in [row[0] for row in shown(window.model)]
    assert chosen(window) is not None
    written(stack.undo)  # back, under a new id
    assert "Rapport" in [row[0] for row in shown(window.model)]


def test_a_tick_with_done_hidden_chooses_the_next_task(qtbot: QtBot, planner: Planner) -> None:
    window = TasksWindow(planner, QUndoStack(), lambda: TODAY)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        window.show()
    model = window.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Beställ el")
    window.table.setCurrentIndex(model.index(row, 0))
    window.table.setFocus()
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        qtbot.keyClick(window.table, Qt.Key.Key_Space)
        assert "Beställ el" not in [model.index(r, 0).data() for r in range(model.rowCount())]
        assert chosen(window) == "Katalogtext"  # the one below it, at once
    assert chosen(window) == "Katalogtext"
