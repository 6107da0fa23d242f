"""Before a fair organiser's deadline is saved in the Stand window (added, changed, taken
away): which tasks move with it, from → to, as the stand's service plans it
(``StandService.planned_deadline_moves``, by the rule the save then follows); the save goes
ahead once confirmed, and straight away when no task moves. After it, the window's status
line names what moved; undo takes the tasks back with the deadline (``stand_undo``).

The question itself is the tasks' (``ui.tasks.move_preview.ask_moves``, given by the window
frame that opens the Stand window: the stand's capability does not use the tasks'), worded
here for a deadline.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from eventplanner.domain.fair_deadline_moves import DeadlineStep, may_move_tasks
from eventplanner.ui.planner import Planner
from eventplanner.ui.text import day_month_text
from eventplanner.ui.widgets.alive import while_alive
from eventplanner.ui.wording import filled

if TYPE_CHECKING:
    from eventplanner.domain.task_moves import TaskMove

translate = QCoreApplication.translate
NAMED = 3
"""The moved tasks the status line names before "and N more"."""


class AskMoves(Protocol):
    """A question listing tasks from → to, ending with ``footer``; True if ``button`` was
    clicked (``ui.tasks.move_preview.ask_moves``)."""

    def __call__(
        self,
        parent: QWidget,
        moves: Sequence[TaskMove],
        *,
        name: str,
        title: str,
        heading: str,
        more: str,
        footer: str,
        button: str,
    ) -> bool: ...


def dates_moved(moves: Sequence[TaskMove]) -> list[TaskMove]:
    """The moves that change a task's date (not only why it is where it is)."""
    return [m for m in moves if m.before != m.after]


def confirm_deadline_moves(
    planner: Planner,
    parent: QWidget,
    event_id: int,
    steps: Sequence[DeadlineStep],
    ask: AskMoves | None,
    go: Callable[[], None],
    stop: Callable[[], None],
) -> None:
    """Ask the service which tasks ``steps`` (writes of the event's deadlines, one after
    another) move; when some do, ask before ``go`` (``stop`` when the coordinator declines).
    Without ``ask``, or when no step can move a task, it goes ahead; a failed look goes
    ahead too: the save itself then says what is wrong."""
    if ask is None or not any(may_move_tasks(step) for step in steps):
        go()
        return
    removing = all(after is None for _before, after in steps)

    def answered(moves: list[TaskMove]) -> None:
        moving = dates_moved(moves)
        if not moving or _asked(ask, parent, moving, removing=removing, several=len(steps) > 1):
            go()
        else:
            stop()

    def failed(_message: str) -> None:
        go()

    chosen = list(steps)
    # The window may be closed while the look runs: its answer then goes nowhere (the
    # question would have no parent, the save no window to report to).
    planner.read(lambda ws: ws.stand.planned_deadline_moves(event_id, chosen),
                 while_alive(parent, answered), after_changes=True,
                 on_error=while_alive(parent, failed))  # fmt: skip


def _asked(
    ask: AskMoves, parent: QWidget, moves: Sequence[TaskMove], *, removing: bool, several: bool
) -> bool:
    one = len(moves) == 1
    if not removing:
        heading = (
            translate("DeadlineMoves", "Saving this deadline moves one task:")
            if one
            else filled(translate("DeadlineMoves", "Saving this deadline moves %1 tasks:"),
                        len(moves))
        )  # fmt: skip
        button = translate("DeadlineMoves", "&Save and move the tasks")
    elif several:
        heading = (
            translate("DeadlineMoves", "Removing these deadlines moves one task:")
            if one
            else filled(translate("DeadlineMoves", "Removing these deadlines moves %1 tasks:"),
                        len(moves))
        )  # fmt: skip
        button = translate("DeadlineMoves", "&Remove and move the tasks")
    else:
        heading = (
            translate("DeadlineMoves", "Removing this deadline moves one task:")
            if one
            else filled(translate("DeadlineMoves", "Removing this deadline moves %1 tasks:"),
                        len(moves))
        )  # fmt: skip
        button = translate("DeadlineMoves", "&Remove and move the tasks")
    return ask(
        parent,
        moves,
        name="deadlineMovesQuestion",
        title=translate("DeadlineMoves", "Tasks move with the deadline"),
        heading=heading,
        more=translate("DeadlineMoves", "… and %1 more (see the details)"),
        footer=translate(
            "DeadlineMoves",
            "Tasks counted from the fair organiser's deadline move with it; done and "
            "pinned tasks stay where they are. You can undo it, and the tasks go back "
            "with it.",
        ),
        button=button,
    )


def moved_notice(moves: Sequence[TaskMove]) -> str:
    """The status line after a save that moved tasks: "Moved 2 tasks with the deadline:
    Catalogue text 13 Jan → 27 Jan, … Undo takes them back."; empty when none moved."""
    moving = dates_moved(moves)
    if not moving:
        return ""
    named = [
        f"{m.title} {day_month_text(m.before)} → {day_month_text(m.after)}" for m in moving[:NAMED]
    ]
    if len(moving) > NAMED:
        named.append(filled(translate("DeadlineMoves", "and %1 more"), len(moving) - NAMED))
    text = (
        translate("DeadlineMoves", "Moved one task with the deadline: %1. Undo takes it back.")
        if len(moving) == 1
        else translate("DeadlineMoves",
                       "Moved %2 tasks with the deadline: %1. Undo takes them back.")
    )  # fmt: skip
    return filled(text, ", ".join(named), len(moving))
