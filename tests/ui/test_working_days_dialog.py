"""Manage → Working days… (issue 15): bridge days off or not and the organisation's own days
off, each change on the undo stack; the year's weekdays off with why; it says that tasks
already counted keep their dates, and "Recompute open tasks…" lists which move, from → to,
before moving them in one undoable step. Its models pass qtmodeltester."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from eventplanner.domain.deadlines import parse_relative
from eventplanner.domain.model import EventDraft
from eventplanner.domain.tasks import AnchorKind, TaskDraft, TaskRule
from eventplanner.domain.timing import AllDaySpan
from eventplanner.domain.working_days import OwnDayOff
from eventplanner.services.workspace import Workspace
from eventplanner.ui.planner import Planner
from eventplanner.ui.qt_dates import qdate_of
from eventplanner.ui.tasks.days_off_model import DaysOffModel
from eventplanner.ui.tasks.tasks_menu import TasksMenu
from eventplanner.ui.tasks.working_days_dialog import WorkingDaysDialog
from tests.ui.helpers import answer_when_asked

TODAY = date(2027, 3, 10)


def test_the_days_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = DaysOffModel("Why")
    qtmodeltester.check(model)
    model.set_days([(date(2027, 5, 7), "Klämdag"), (date(2027, 1, 6), "Trettondedag jul")])
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == "Trettondedag jul"  # in date order
    assert model.index(1, 0).data().endswith("7 May 2027")
    model.set_days([])
    qtmodeltester.check(model)


def workspace_of(planner: Planner) -> Workspace:
    workspace = planner.workspace
    assert workspace is not None
    return workspace


@pytest.fixture
def dialog(qtbot: QtBot, planner: Planner) -> Iterator[WorkingDaysDialog]:
    stack = QUndoStack()
    made = WorkingDaysDialog(planner, stack, TODAY)
    made.stack = stack  # type: ignore[attr-defined]  # kept alive beside the dialog
    qtbot.addWidget(made)
    with qtbot.waitSignal(made.loaded, timeout=20_000):
        made.show()
    yield made
    qtbot.waitUntil(lambda: not planner.busy, timeout=20_000)


def stack_of(dialog: WorkingDaysDialog) -> QUndoStack:
    stack = dialog.stack  # type: ignore[attr-defined]
    assert isinstance(stack, QUndoStack)
    return stack


def year_rows(dialog: WorkingDaysDialog) -> list[tuple[str, str]]:
    model = dialog.year_model
    return [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())]


def changed(qtbot: QtBot, dialog: WorkingDaysDialog, act: object) -> None:
    """``act`` (a click), then the dialog shown again from what was saved."""
    with qtbot.waitSignal(dialog.loaded, timeout=20_000):
        assert callable(act)
        act()


def test_bridge_days_are_switched_undoably_and_the_year_says_why(
    qtbot: QtBot, planner: Planner, dialog: WorkingDaysDialog
) -> None:
    assert not dialog.bridge_check.isChecked()
    assert "Tasks already counted keep their dates" in dialog.notice.text()
    assert dialog.year_spin.value() == 2027
    rows = year_rows(dialog)
    assert ("Fri 7 May 2027", "Klämdag") not in rows
    assert ("Thu 6 May 2027", "Kristi himmelsfärdsdag") in rows
    assert ("Fri 24 Dec 2027", "Julafton") in rows
    assert dialog.year_summary.text() == "253 working days in 2027"

    changed(qtbot, dialog, dialog.bridge_check.click)
    assert workspace_of(planner).working_days.get().bridge_days_off
    assert ("Fri 7 May 2027", "Klämdag") in year_rows(dialog)
    assert dialog.year_summary.text() == "252 working days in 2027"
    assert stack_of(dialog).undoText() == "Count bridge days as days off"

    changed(qtbot, dialog, stack_of(dialog).undo)
    assert not dialog.bridge_check.isChecked()
    assert not workspace_of(planner).working_days.get().bridge_days_off


def test_own_days_off_are_added_renamed_and_removed_with_undo(
    qtbot: QtBot, planner: Planner, dialog: WorkingDaysDialog
) -> None:
    dialog.day_edit.setDate(qdate_of(date(2027, 6, 4)))
    qtbot.keyClicks(dialog.name_edit, "Personaldag")
    changed(qtbot, dialog, dialog.add_button.click)
    assert workspace_of(planner).working_days.get().days_off == (
        OwnDayOff(date(2027, 6, 4), "Personaldag"),
    )
    assert dialog.own_model.index(0, 1).data() == "Personaldag"
    assert ("Fri 4 Jun 2027", "Personaldag") in year_rows(dialog)
    assert dialog.name_edit.text() == ""

    # The same day again, named anew: renamed (undo names it as it was).
    qtbot.keyClicks(dialog.name_edit, "Kickoff")
    changed(qtbot, dialog, dialog.add_button.click)
    assert dialog.own_model.index(0, 1).data() == "Kickoff"
    changed(qtbot, dialog, stack_of(dialog).undo)
    assert dialog.own_model.index(0, 1).data() == "Personaldag"

    # A name too long is said in the dialog; nothing is saved.
    qtbot.keyClicks(dialog.name_edit, "x" * 101)
    dialog.add_button.click()
    assert dialog.problems.isVisible()
    assert "at most 100 characters" in dialog.problems.text()
    assert stack_of(dialog).count() == 2

    dialog.own_view.setCurrentIndex(dialog.own_model.index(0, 0))
    assert dialog.remove_button.isEnabled()
    changed(qtbot, dialog, dialog.remove_button.click)
    assert dialog.own_model.rowCount() == 0
    assert not dialog.remove_button.isEnabled()
    changed(qtbot, dialog, stack_of(dialog).undo)
    assert workspace_of(planner).working_days.get().days_off == (
        OwnDayOff(date(2027, 6, 4), "Personaldag"),
    )


def test_recompute_lists_the_moves_first_and_undo_takes_them_back(
    qtbot: QtBot, planner: Planner, dialog: WorkingDaysDialog
) -> None:
    workspace = workspace_of(planner)
    fair = workspace.events.create(
        EventDraft("Elmia", AllDaySpan(date(2027, 5, 11), date(2027, 5, 11), "Europe/Stockholm"))
    ).event
    rule = TaskRule(AnchorKind.EVENT_START, parse_relative("2wd before"))
    task = workspace.tasks.add(TaskDraft("Tryckfiler", event_id=fair.id, rule=rule)).task
    assert task.due_date == date(2027, 5, 7)

    with qtbot.waitSignal(dialog.recount_planned, timeout=20_000):
        dialog.recompute_button.click()
    assert dialog.outcome.text() == "Every open task is where these working days count it."

    changed(qtbot, dialog, dialog.bridge_check.click)
    assert workspace.tasks.get(task.id).due_date == date(2027, 5, 7)  # nothing moved by itself

    # Declined: nothing moves.
    answer_when_asked("Cancel")
    with qtbot.waitSignal(dialog.recount_planned, timeout=20_000) as planned:
        dialog.recompute_button.click()
    [move] = planned.args[0]
    assert (move.before, move.after) == (date(2027, 5, 7), date(2027, 5, 5))
    assert dialog.outcome.text() == "Nothing moved."
    assert workspace.tasks.get(task.id).due_date == date(2027, 5, 7)

    answer_when_asked("Move the tasks")
    dialog.recompute_button.click()
    qtbot.waitUntil(lambda: stack_of(dialog).count() == 2, timeout=20_000)
    qtbot.waitUntil(lambda: not planner.busy, timeout=20_000)
    assert workspace.tasks.get(task.id).due_date == date(2027, 5, 5)
    assert dialog.outcome.text() == "One task moved. Ctrl+Z moves them back."
    assert stack_of(dialog).undoText() == "Recompute one open task"
    stack_of(dialog).undo()
    qtbot.waitUntil(lambda: not planner.busy, timeout=20_000)
    assert workspace.tasks.get(task.id).due_date == date(2027, 5, 7)


def test_the_tasks_window_and_the_menu_open_it_once(qtbot: QtBot, planner: Planner) -> None:
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    stack = QUndoStack(window)
    menu = TasksMenu(planner, stack, window, today=lambda: TODAY)
    tasks = menu.show_tasks()
    assert tasks is not None
    tasks.working_days_button.click()
    made = menu.working_days
    assert made is not None and made.isVisible()
    assert menu.show_working_days() is made  # raised, not made again
    qtbot.waitUntil(lambda: made.settings is not None, timeout=20_000)
    made.close()
    tasks.close()
    qtbot.waitUntil(lambda: not planner.busy, timeout=20_000)


def test_in_swedish(qtbot: QtBot, swedish: object, planner: Planner) -> None:
    stack = QUndoStack()
    made = WorkingDaysDialog(planner, stack, TODAY)
    qtbot.addWidget(made)
    with qtbot.waitSignal(made.loaded, timeout=20_000):
        made.show()
    assert made.windowTitle() == "Arbetsdagar"
    assert made.bridge_check.text() == "Räkna &klämdagar som lediga dagar"
    assert made.recompute_button.text() == "Räkna om &öppna uppgifter…"
    assert made.year_summary.text() == "253 arbetsdagar år 2027"
    assert "behåller sina datum" in made.notice.text()
    qtbot.waitUntil(lambda: not planner.busy, timeout=20_000)
