"""The Stand window says which tasks a fair organiser's deadline moves (issue 15): before a
deadline is saved or removed it asks, listing the tasks from → to exactly as the service
plans them; declined, nothing is saved and the editor stays open; confirmed, the status
line names what moved, and undo takes the tasks back with the deadline."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QImage, QUndoStack
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from eventplanner.domain.deadlines import parse_relative
from eventplanner.domain.stand import DeadlineKind, StandDeadline
from eventplanner.domain.tasks import AnchorKind, TaskDraft, TaskRule
from eventplanner.services.workspace import Workspace
from eventplanner.ui.planner import Planner
from eventplanner.ui.qt_dates import qdate_of
from eventplanner.ui.stand.item_dialogs import DeadlineDialog
from eventplanner.ui.stand.stand_window import StandWindow
from eventplanner.ui.tasks.move_preview import ask_moves, move_lines
from tests.ui.stand_fixtures import TODAY, shown_stand

TITLE = "Katalogtext till mässkatalogen"


@dataclass
class Asked:
    """What the question said, as shown."""

    heading: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)


def answer_moves(button_text: str, asked: Asked, shot: Path | None = None) -> None:
    """Click ``button_text`` in the deadline's question once it is shown, noting its text
    (and grabbing it into ``shot``)."""

    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == "deadlineMovesQuestion":
            asked.heading.append(box.text())
            asked.lines += box.informativeText().split("\n")
            if shot is not None:
                box.grab().save(str(shot))
            [button] = [b for b in box.buttons() if b.text().replace("&", "") == button_text]
            button.click()
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(20, look)


@pytest.fixture
def window(qtbot: QtBot, planner_on_sample: Planner) -> Iterator[StandWindow]:
    with shown_stand(qtbot, planner_on_sample, ask_moves=ask_moves) as made:
        yield made


def _workspace(window: StandWindow) -> Workspace:
    workspace = window._planner.workspace
    assert workspace is not None
    return workspace


def _catalogue(window: StandWindow) -> StandDeadline:
    assert window.view is not None
    return next(d for d in window.view.deadlines if d.kind is DeadlineKind.CATALOGUE_TEXT)


def _counted_task(qtbot: QtBot, window: StandWindow) -> int:
    """A task two working days before the catalogue text (1 February 2027: 28 January)."""
    rule = TaskRule(AnchorKind.FAIR_DEADLINE, parse_relative("2wd before"),
                    anchor_ref=DeadlineKind.CATALOGUE_TEXT.value)  # fmt: skip
    event_id = window._event_id
    task = _workspace(window).tasks.add(TaskDraft(TITLE, event_id=event_id, rule=rule)).task
    assert task.due_date == date(2027, 1, 28)
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        window.reload()
    return task.id


def _due(window: StandWindow, task_id: int) -> date:
    return _workspace(window).tasks.get(task_id).due_date


def _stack(window: StandWindow) -> QUndoStack:
    stack: QUndoStack = window.stack  # type: ignore[attr-defined]
    return stack


def test_a_deadline_saved_later_asks_first_names_the_moves_and_undo_takes_them_back(
    qtbot: QtBot, window: StandWindow, tmp_path: Path
) -> None:
    shot = tmp_path / "question.png"
    task_id = _counted_task(qtbot, window)
    catalogue = _catalogue(window)
    later = date(2027, 2, 15)
    planned = _workspace(window).stand.planned_deadline_moves(
        window._event_id, [(catalogue, StandDeadline(catalogue.id, catalogue.stand_id,
                                                     catalogue.kind, later))]
    )  # fmt: skip
    window.editors.deadline(catalogue)
    dialog = window.dialog
    assert isinstance(dialog, DeadlineDialog)
    dialog.due.setDate(qdate_of(later))
    asked = Asked()
    answer_moves("Save and move the tasks", asked, shot)
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    moving = [m for m in planned if m.before != m.after]
    assert any(m.id == task_id for m in moving)
    # The question lists exactly what the service plans, and the save moves just that.
    assert asked.heading == [
        f"Saving this deadline moves {len(moving)} tasks:"
        if len(moving) > 1
        else "Saving this deadline moves one task:"
    ]
    shown = [line for line in asked.lines if "→" in line]
    assert shown == move_lines(moving)[: len(shown)]
    assert any(line.startswith(f"{TITLE}: ") for line in shown)
    assert _due(window, task_id) == date(2027, 2, 11)
    for move in moving:
        assert _due(window, move.id) == move.after
    assert "with the deadline" in window.status.text() and TITLE in window.status.text()
    assert not QImage(str(shot)).isNull()  # the question as shown, grabbed

    with qtbot.waitSignal(window.loaded, timeout=20_000):
        _stack(window).undo()
    assert _catalogue(window).due == catalogue.due
    for move in moving:
        assert _due(window, move.id) == move.before
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        _stack(window).redo()
    assert _due(window, task_id) == date(2027, 2, 11)


def test_declined_nothing_is_saved_and_the_editor_says_so(
    qtbot: QtBot, window: StandWindow
) -> None:
    task_id = _counted_task(qtbot, window)
    catalogue = _catalogue(window)
    window.editors.deadline(catalogue)
    dialog = window.dialog
    assert isinstance(dialog, DeadlineDialog)
    dialog.due.setDate(qdate_of(date(2027, 2, 15)))
    asked = Asked()
    answer_moves("Cancel", asked)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: dialog.problems.isVisible(), timeout=20_000)

    assert dialog.problems.text() == "Not saved: the deadline and its tasks are as they were."
    assert dialog.isVisible() and dialog.buttons.isEnabled()
    assert _due(window, task_id) == date(2027, 1, 28)
    assert _workspace(window).stand.stand(window._event_id).deadlines
    assert _catalogue(window).due == catalogue.due and _stack(window).count() == 0


def test_a_deadline_removed_asks_and_undo_brings_deadline_and_tasks_back(
    qtbot: QtBot, window: StandWindow
) -> None:
    task_id = _counted_task(qtbot, window)
    # A second catalogue deadline, later: removing the first moves the task to it.
    event_id = window._event_id
    _workspace(window).stand.add_deadline(
        event_id, StandDeadline(None, 0, DeadlineKind.CATALOGUE_TEXT, date(2027, 2, 8), "Bilder")
    )
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        window.reload()
    first = _catalogue(window)
    window.deadline_page.table.selectRow(window.deadlines.row_of(first.id))
    asked = Asked()
    answer_moves("Remove and move the tasks", asked)
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        window.deadline_page.remove_action.trigger()

    assert asked.heading[0].startswith("Removing this deadline moves")
    assert _due(window, task_id) == date(2027, 2, 4)
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        _stack(window).undo()
    assert _due(window, task_id) == date(2027, 1, 28)
    assert any(d.due == first.due for d in _workspace(window).stand.stand(event_id).deadlines)


def test_closing_the_window_while_the_moves_are_read_goes_quietly(
    qtbot: QtBot, planner_on_sample: Planner
) -> None:
    """The look at which tasks move runs off the GUI thread; the window closed and deleted
    meanwhile, its answer is dropped: nothing asked, nothing saved, no crash."""
    workspace = planner_on_sample.workspace
    assert workspace is not None
    asked: list[object] = []
    release = threading.Event()
    looking = threading.Event()
    planned = workspace.stand.planned_deadline_moves

    def slow_look(*args: Any, **kwargs: Any) -> Any:
        looking.set()
        release.wait(20)
        return planned(*args, **kwargs)

    def ask(*args: Any, **kwargs: Any) -> bool:
        asked.append(args)
        return True

    with shown_stand(qtbot, planner_on_sample, ask_moves=ask) as made:
        task_id = _counted_task(qtbot, made)
        catalogue = _catalogue(made)
    # shown_stand's exit closed the window and asked for its deletion: made again, alive.
    stack = QUndoStack()
    window = StandWindow(planner_on_sample, stack, made._event_id, today=TODAY, ask_moves=ask)
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        window.show()
    window.deadline_page.table.selectRow(window.deadlines.row_of(catalogue.id or 0))
    workspace.stand.planned_deadline_moves = slow_look  # type: ignore[method-assign]
    try:
        window.deadline_page.remove_action.trigger()
        assert looking.wait(20)
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert not shiboken6.isValid(window)
    finally:
        release.set()
    qtbot.waitUntil(lambda: not planner_on_sample.busy, timeout=20_000)
    QCoreApplication.processEvents()
    del workspace.stand.planned_deadline_moves
    assert asked == [] and stack.count() == 0
    assert _due_in(workspace, task_id) == date(2027, 1, 28)
    assert any(d.id == catalogue.id for d in workspace.stand.stand(made._event_id).deadlines)
    stack.deleteLater()


def _due_in(workspace: Workspace, task_id: int) -> date:
    return workspace.tasks.get(task_id).due_date
