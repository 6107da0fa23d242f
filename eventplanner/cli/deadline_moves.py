"""What a write of a fair organiser's deadline moved of the tasks counted from it, from →
to, as `stand deadline add|edit|remove` print it (as `edit` of an event prints its tasks)."""

from __future__ import annotations

from collections.abc import Callable

from eventplanner.cli.output import terminal_text
from eventplanner.cli.task_text import moves_text
from eventplanner.domain.task_moves import TaskMove
from eventplanner.services.changes import Action, ChangeSet, Kind
from eventplanner.services.tasks.service import TaskFilter
from eventplanner.services.workspace import Workspace


def tasks_moved(
    workspace: Workspace, event_id: int, write: Callable[[], ChangeSet]
) -> list[TaskMove]:
    """``write`` a deadline; the tasks it moved, from → to (read before and after)."""
    before = {t.id: t for t in workspace.tasks.list(TaskFilter(event_id=event_id))}
    moved = write().ids(Kind.TASK, Action.CHANGED)
    if not moved:
        return []
    after = {t.id: t for t in workspace.tasks.list(TaskFilter(event_id=event_id))}
    moves = [
        TaskMove(i, after[i].title, before[i].due_date, after[i].due_date, after[i].moved_reason)
        for i in moved
        if i in before and i in after
    ]
    return sorted(moves, key=lambda m: (m.after, m.id))


def print_moves(moves: list[TaskMove]) -> None:
    if moves:
        print(terminal_text(moves_text(moves, "Moved {n} with the deadline:")))
