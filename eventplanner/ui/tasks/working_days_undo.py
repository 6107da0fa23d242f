"""Undoable changes to the database's working days and the recount of the open tasks in
them (QUndoCommand), on the window's undo stack, written on the planner's writing thread
as the task commands are (``task_undo``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from eventplanner.domain.task_moves import TaskMove
from eventplanner.domain.working_days import OwnDayOff
from eventplanner.ui.events.undo import EventCommand
from eventplanner.ui.planner import Planner
from eventplanner.ui.wording import filled

if TYPE_CHECKING:
    from eventplanner.services.workspace import Workspace

translate = QCoreApplication.translate


def set_bridge_days(planner: Planner, on: bool) -> EventCommand:
    """Bridge days off (``on``) or working days; undo the other way."""
    text = (
        translate("WorkingDaysUndo", "Count bridge days as days off")
        if on
        else translate("WorkingDaysUndo", "Count bridge days as working days")
    )
    return EventCommand(planner, text,
                        lambda ws: ws.working_days.set_bridge_days_off(on),
                        lambda ws: ws.working_days.set_bridge_days_off(not on))  # fmt: skip


def add_day_off(planner: Planner, day_off: OwnDayOff, previous: OwnDayOff | None) -> EventCommand:
    """``day_off`` made an own day off (``previous``: it was one already, so named); undo
    takes it away (or names it as it was)."""

    def backward(workspace: Workspace) -> object:
        if previous is None:
            return workspace.working_days.remove_day_off(day_off.day)
        return workspace.working_days.add_day_off(previous)

    text = filled(translate("WorkingDaysUndo", "Add the day off %1"), _named(day_off))
    return EventCommand(planner, text, lambda ws: ws.working_days.add_day_off(day_off), backward)


def remove_day_off(planner: Planner, day_off: OwnDayOff) -> EventCommand:
    """``day_off`` a working day again; undo makes it a day off again, with its name."""
    text = filled(translate("WorkingDaysUndo", "Remove the day off %1"), _named(day_off))
    return EventCommand(planner, text,
                        lambda ws: ws.working_days.remove_day_off(day_off.day),
                        lambda ws: ws.working_days.add_day_off(day_off))  # fmt: skip


def recount_tasks(planner: Planner, count: int) -> EventCommand:
    """The open tasks counted again in the database's working days; undo puts back those
    it moved (where nothing has moved them since)."""
    moved: list[TaskMove] = []

    def forward(workspace: Workspace) -> object:
        done = workspace.tasks.recount()
        moved[:] = done.moves
        return done

    def backward(workspace: Workspace) -> object:
        return workspace.tasks.put_back(moved)

    text = (
        translate("WorkingDaysUndo", "Recompute one open task")
        if count == 1
        else filled(translate("WorkingDaysUndo", "Recompute %1 open tasks"), count)
    )
    return EventCommand(planner, text, forward, backward)


def _named(day_off: OwnDayOff) -> str:
    from eventplanner.ui.tasks.task_texts import short_day

    shown = short_day(day_off.day)
    return f"{shown} “{day_off.name}”" if day_off.name else shown
