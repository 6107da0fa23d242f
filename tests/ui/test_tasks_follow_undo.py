"""The window's undoable move of an event takes its tasks along, and its undo takes them
back (issue 15); an undone delete brings them back too."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtGui import QUndoStack

from eventplanner.domain.deadlines import parse_relative
from eventplanner.domain.enums import EventKind
from eventplanner.domain.model import EventDraft
from eventplanner.domain.tasks import AnchorKind, TaskDraft, TaskRule
from eventplanner.domain.timing import AllDaySpan
from eventplanner.ui.events import undo
from eventplanner.ui.planner import Planner

FAIR = EventDraft(
    "Elmia", AllDaySpan(date(2027, 7, 5), date(2027, 7, 7), "Europe/Stockholm"),
    kind=EventKind.TRADE_FAIR,
)  # fmt: skip


def settle(qtbot, planner: Planner) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not planner.busy, timeout=20_000)


def test_move_undo_redo_and_delete_undo_keep_tasks_with_the_event(qtbot, planner: Planner) -> None:  # type: ignore[no-untyped-def]
    workspace = planner.workspace
    assert workspace is not None
    event = workspace.events.create(FAIR).event
    rule = TaskRule(AnchorKind.EVENT_START, parse_relative("3wd before"))
    task = workspace.tasks.add(TaskDraft("Monterritning", event_id=event.id, rule=rule)).task
    stack = QUndoStack()
    moved = replace(
        event.draft(), timing=AllDaySpan(date(2027, 6, 28), date(2027, 6, 30), "Europe/Stockholm")
    )
    stack.push(undo.EditEvent(planner, event, moved))
    settle(qtbot, planner)
    assert workspace.tasks.get(task.id).due_date == date(2027, 6, 22)
    stack.undo()
    settle(qtbot, planner)
    assert workspace.tasks.get(task.id).due_date == date(2027, 6, 30)
    stack.redo()
    settle(qtbot, planner)
    assert workspace.tasks.get(task.id).due_date == date(2027, 6, 22)

    stack.push(undo.DeleteEvent(planner, workspace.events.get(event.id)))
    settle(qtbot, planner)
    assert workspace.tasks.list() == []
    stack.undo()
    settle(qtbot, planner)
    [back] = workspace.tasks.list()
    assert (back.id, back.uid, back.due_date) == (task.id, task.uid, date(2027, 6, 22))
