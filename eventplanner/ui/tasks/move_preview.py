"""Before an event moves (dragged in a view, or saved from the editor with other dates; a
repeating event whole, one occurrence of it, or this and following): which of its tasks
move with it, from → to, as the tasks service plans it (``TaskService.planned_moves`` of the
save's ``EventEdit``, by the rule the save then follows); the move goes ahead once confirmed
(and straight away when no task moves). Undoing the move takes the tasks back: the service
counts them again from where the event is put back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from eventplanner.ui.planner import Planner
from eventplanner.ui.wording import filled

if TYPE_CHECKING:
    from eventplanner.domain.task_anchors import EventEdit
    from eventplanner.domain.task_moves import TaskMove

translate = QCoreApplication.translate
LISTED = 12
"""The moves the question lists before "and N more" (all are in its details)."""


def moved_dates(moves: Sequence[TaskMove]) -> list[TaskMove]:
    """The moves that change a task's date (not only why it is where it is)."""
    return [m for m in moves if m.before != m.after]


def move_lines(moves: Sequence[TaskMove]) -> list[str]:
    """ "Catalogue text: Mon 2 Mar 2027 → Mon 9 Mar 2027 (why)", one a task."""
    from eventplanner.ui.tasks.task_texts import moved_text, short_day

    lines = []
    for move in moves:
        line = f"{move.title}: {short_day(move.before)} → {short_day(move.after)}"
        if move.reason:
            line += f" ({moved_text(move.reason)})"
        lines.append(line)
    return lines


def confirm_task_moves(
    planner: Planner,
    parent: QWidget,
    event_id: int,
    edit: EventEdit,
    go: Callable[[], None],
    stop: Callable[[], None],
) -> None:
    """Ask the service which tasks ``edit`` (a new timing, a series saved whole, one
    occurrence, this and following) moves; when some do, ask before ``go`` (``stop`` when
    the person declines). A failed look goes ahead: the move's own save then says what is
    wrong."""

    def answered(moves: list[TaskMove]) -> None:
        moving = moved_dates(moves)
        if not moving or ask(parent, moving):
            go()
        else:
            stop()

    planner.read(lambda ws: ws.tasks.planned_moves(event_id, edit), answered,
                 after_changes=True, on_error=lambda _message: go())  # fmt: skip


def ask(parent: QWidget, moves: Sequence[TaskMove]) -> bool:
    """The question, listing the tasks from → to; True to move."""
    return ask_moves(
        parent,
        moves,
        name="taskMovesQuestion",
        title=translate("TaskMoves", "Tasks move with the event"),
        heading=translate("TaskMoves", "One task of this event will move with it:")
        if len(moves) == 1
        else filled(translate("TaskMoves", "%1 tasks of this event will move with it:"),
                    len(moves)),
        more=translate("TaskMoves", "… and %1 more (see the details)"),
        footer=translate(
            "TaskMoves",
            "Done and pinned tasks stay where they are. You can undo the "
            "move, and the tasks go back with it.",
        ),
        button=translate("TaskMoves", "&Move event and tasks"),
    )  # fmt: skip


def ask_moves(
    parent: QWidget,
    moves: Sequence[TaskMove],
    *,
    name: str,
    title: str,
    heading: str,
    more: str,
    footer: str,
    button: str,
) -> bool:
    """A question listing tasks from → to (the first ``LISTED``, the rest in the details,
    ``more`` saying how many with %1), ending with ``footer``; True if ``button`` was
    clicked."""
    from PySide6.QtWidgets import QMessageBox

    lines = move_lines(moves)
    box = QMessageBox(parent)
    box.setObjectName(name)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(heading)
    shown = lines[:LISTED]
    if len(lines) > LISTED:
        shown.append(filled(more, len(lines) - LISTED))
        box.setDetailedText("\n".join(lines))
    box.setInformativeText("\n".join(shown) + "\n\n" + footer)
    move = box.addButton(button, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(move)
    box.exec()
    answer = box.clickedButton() is move
    box.deleteLater()
    return answer
