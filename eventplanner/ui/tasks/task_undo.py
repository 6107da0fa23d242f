"""Undoable changes to tasks (QUndoCommand) on the window's undo stack, written by the tasks
service on the planner's writing thread, as the event commands are (``ui/events/undo``).

A task deleted and brought back by an undo is a new row: the commands keep the id it has
now (``_TaskId``), so a redo after it deletes the right one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from eventplanner.domain.tasks import Task, TaskDraft
from eventplanner.ui.events.undo import EventCommand
from eventplanner.ui.planner import Planner
from eventplanner.ui.wording import filled

if TYPE_CHECKING:
    from eventplanner.services.workspace import Workspace

translate = QCoreApplication.translate


@dataclass
class _TaskId:
    """The id of a task that an undo may bring back under another."""

    value: int | None


def draft_of(task: Task) -> TaskDraft:
    """What would make ``task`` again: its rule when it has one, else its date."""
    return TaskDraft(
        title=task.title,
        due_date=None if task.rule is not None else task.due_date,
        event_id=task.event_id,
        notes=task.notes,
        owner_contact_id=task.owner_contact_id,
        owner_role=task.owner_role,
        due_time=task.due_time,
        pinned=task.pinned,
        rule=task.rule,
        template_key=task.template_key,
    )


def _remade(workspace: Workspace, task: Task, ident: _TaskId) -> object:
    """``task`` written anew (done again if it was), its new id kept in ``ident``."""
    written = workspace.tasks.add(draft_of(task))
    ident.value = written.task.id
    if task.done_at is not None:
        return workspace.tasks.mark_done(written.task.id, by=task.done_by, at=task.done_at)
    return written


def _deleted(workspace: Workspace, ident: _TaskId) -> object:
    assert ident.value is not None
    return workspace.tasks.delete(ident.value)


def add_task(planner: Planner, draft: TaskDraft) -> EventCommand:
    ident = _TaskId(None)

    def forward(workspace: Workspace) -> object:
        written = workspace.tasks.add(draft)
        ident.value = written.task.id
        return written

    return EventCommand(planner, filled(translate("TaskUndo", "Add task “%1”"), draft.title),
                        forward, lambda ws: _deleted(ws, ident))  # fmt: skip


def edit_task(planner: Planner, task: Task, draft: TaskDraft) -> EventCommand:
    """Save ``draft`` over ``task`` (as loaded: refused if someone saved it meanwhile);
    undo writes ``task`` back."""
    first = [True]

    def forward(workspace: Workspace) -> object:
        version = task.version if first[0] else workspace.tasks.get(task.id).version
        first[0] = False
        return workspace.tasks.edit(task.id, draft, expected_version=version)

    def backward(workspace: Workspace) -> object:
        version = workspace.tasks.get(task.id).version
        return workspace.tasks.edit(task.id, draft_of(task), expected_version=version)

    return EventCommand(planner, filled(translate("TaskUndo", "Edit task “%1”"), task.title),
                        forward, backward)  # fmt: skip


def toggle_done(planner: Planner, task: Task) -> EventCommand:
    """Tick an open task done, or open a done one again; undo does the other."""
    if task.done:
        text = filled(translate("TaskUndo", "Open task “%1” again"), task.title)
        return EventCommand(planner, text,
                            lambda ws: ws.tasks.undo_done(task.id),
                            lambda ws: ws.tasks.mark_done(task.id, by=task.done_by,
                                                          at=task.done_at))  # fmt: skip
    text = filled(translate("TaskUndo", "Tick “%1” done"), task.title)
    ident = task.id
    return EventCommand(
        planner, text, lambda ws: ws.tasks.mark_done(ident), lambda ws: ws.tasks.undo_done(ident)
    )


def delete_task(planner: Planner, task: Task) -> EventCommand:
    """Delete ``task``; undo makes it again (with its rule, done or not)."""
    ident = _TaskId(task.id)
    text = filled(translate("TaskUndo", "Delete task “%1”"), task.title)
    return EventCommand(planner, text, lambda ws: _deleted(ws, ident),
                        lambda ws: _remade(ws, task, ident))  # fmt: skip


def apply_playbook(planner: Planner, name: str, event_id: int, event_title: str) -> EventCommand:
    """Make the event's tasks from playbook ``name``; undo deletes the tasks it made."""
    made: list[int] = []

    def forward(workspace: Workspace) -> object:
        applied = workspace.playbooks.apply(name, event_id)
        made[:] = applied.task_ids
        return applied

    def backward(workspace: Workspace) -> object:
        changes = [workspace.tasks.delete(ident) for ident in made]
        made.clear()
        return changes

    text = filled(translate("TaskUndo", "Apply “%1” to “%2”"), name, event_title)
    return EventCommand(planner, text, forward, backward)
