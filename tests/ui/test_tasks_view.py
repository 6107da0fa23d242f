"""The Tasks view (issue 15): its flat list model passes qtmodeltester, groups and filters, marks
overdue, today, moved and pinned tasks; Space ticks done, Delete deletes, and Ctrl+Z takes
either back; the task dialog refuses bad input in the dialog and saves nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QUndoStack
from pytestqt.qtbot import QtBot

from eventplanner.domain.deadlines import DayOff, Direction, RelativeDeadline, Unit
from eventplanner.domain.tasks import AnchorKind, Task, TaskDraft, TaskRule
from eventplanner.services.tasks.service import TaskService
from eventplanner.services.tasks.task_rows import TaskRows, task_rows
from eventplanner.services.workspace import Workspace
from eventplanner.ui.planner import Planner
from eventplanner.ui.tasks.task_dialog import TaskDialog
from eventplanner.ui.tasks.task_model import TASK_ROLE, Grouping, TaskColumn, TaskListModel
from eventplanner.ui.tasks.tasks_menu import TasksMenu
from eventplanner.ui.tasks.tasks_window import TasksWindow
from eventplanner.ui.widgets.notices import error_colour
from tests.ui.helpers import close_unasked

TODAY = date(2027, 3, 10)  # a Wednesday


def task(ident: int, title: str, due: date, **more: object) -> Task:
    return Task(id=ident, uid=f"{ident}@t", title=title, due_date=due, **more)  # type: ignore[arg-type]


MOVED = "2027-03-13 is Saturday: moved to 2027-03-12"


def grouping() -> TaskRows:
    anna = {"owner_contact_id": 1, "owner_name": "Anna"}
    elmia = {"event_id": 7, "event_title": "Elmia"}
    return task_rows(
        [
            task(1, "Beställ el", date(2027, 3, 1), **anna, **elmia),
            task(2, "Katalogtext", TODAY, owner_contact_id=2, owner_name="Björn", pinned=True,
                 **elmia),
            task(3, "Badgar", date(2027, 3, 12), moved_reason=MOVED),
            task(4, "Rapport", date(2027, 4, 1), **anna),
            task(5, "Inbjudan", date(2027, 2, 1), done_at=datetime(2027, 2, 1, tzinfo=UTC)),
        ],
        TODAY,
    )  # fmt: skip


def headings(model: TaskListModel) -> list[str]:
    return [model.index(r, 0).data() for r in range(model.rowCount()) if model.is_heading(r)]


def titles_under(model: TaskListModel, heading: int) -> list[str]:
    """The titles listed under the ``heading``-th heading, down to the next one."""
    starts = [r for r in range(model.rowCount()) if model.is_heading(r)] + [model.rowCount()]
    return [model.index(r, 0).data() for r in range(starts[heading] + 1, starts[heading + 1])]


def row_of(model: TaskListModel, title: str) -> int:
    return next(r for r in range(model.rowCount()) if model.index(r, 0).data() == title)


def test_the_model_passes_the_model_tester_through_every_change(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = TaskListModel()
    qtmodeltester.check(model)
    model.set_rows(grouping())
    qtmodeltester.check(model)
    assert headings(model) == ["Overdue (1)", "Today (1)", "This week (1)", "Later (1)"]
    model.set_show_done(True)
    assert headings(model)[-1] == "Done (1)"
    model.set_group_by(Grouping.OWNER)
    qtmodeltester.check(model)
    assert headings(model) == ["Anna (2)", "Björn (1)", "No owner (2)"]
    model.set_group_by(Grouping.EVENT)
    model.set_filter("elm")
    qtmodeltester.check(model)
    assert headings(model) == ["Elmia (2)"]
    model.set_filter("anna rapport")  # every word, in title, owner or event
    assert headings(model) == ["No event (1)"] and titles_under(model, 0) == ["Rapport"]
    model.set_filter("")
    model.set_show_done(False)
    assert model.task_count() == 4


def test_a_filter_moves_the_chosen_task_with_its_row(qtmodeltester, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    """A keystroke is a change of layout, not a reset: the chosen task stays chosen by the
    view itself, wherever its row goes, and is let go when it is filtered out."""
    from eventplanner.ui.tasks.task_table import TaskTable

    model = TaskListModel()
    model.set_rows(grouping())
    qtmodeltester.check(model)
    table = TaskTable()
    qtbot.addWidget(table)
    table.setModel(model)
    table.setCurrentIndex(model.index(row_of(model, "Rapport"), TaskColumn.OWNER))
    resets: list[object] = []
    model.modelReset.connect(lambda: resets.append(None))
    for text, rows in (("a", 8), ("ap", 2), ("rapport anna", 2), ("r", 6), ("", 8)):
        model.set_filter(text)
        assert model.rowCount() == rows, text
        assert table.current_task() is not None and table.current_task().title == "Rapport"
        assert table.currentIndex().column() == TaskColumn.OWNER
    model.set_show_done(True)
    assert model.rowCount() == 10 and table.current_task().title == "Rapport"  # type: ignore[union-attr]
    model.set_filter("el")
    assert table.current_task() is None and titles_under(model, 0) == ["Beställ el"]
    assert resets == []
    model.set_group_by(Grouping.OWNER)  # other headings: a reset
    assert resets == [None] and headings(model) == ["Anna (1)", "Björn (1)"]


def test_overdue_is_red_today_bold_moved_and_pinned_are_told() -> None:
    model = TaskListModel()
    model.set_rows(grouping())
    overdue = model.index(row_of(model, "Beställ el"), 0)
    assert overdue.data(Qt.ItemDataRole.ForegroundRole).color() == error_colour()
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole).color() == error_colour()
    assert model.index(0, 0).data(TASK_ROLE) is None and model.task_at(model.index(0, 0)) is None
    today = model.index(row_of(model, "Katalogtext"), TaskColumn.TITLE)
    font = today.data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert today.data(Qt.ItemDataRole.ForegroundRole) is None
    pinned = today.siblingAtColumn(TaskColumn.DUE)
    assert not pinned.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert "Pinned" in pinned.data(Qt.ItemDataRole.ToolTipRole)
    moved = model.index(row_of(model, "Badgar"), TaskColumn.DUE)
    assert moved.data().endswith("*")
    tip = moved.data(Qt.ItemDataRole.ToolTipRole)
    assert "Moved: Sat 13 Mar 2027 is a Saturday: moved to Fri 12 Mar 2027" in tip
    assert moved.siblingAtColumn(0).data(TASK_ROLE).id == 3


# -- the window on a database ------------------------------------------------------------------


@pytest.fixture
def tasks_file(tmp_path: Path) -> Path:
    path = tmp_path / "uppgifter.sqlite"
    workspace = Workspace.open(path)
    service = workspace.tasks
    service.add(TaskDraft("Beställ el", due_date=date(2027, 3, 1)))
    service.add(TaskDraft("Katalogtext", due_date=TODAY))
    service.add(TaskDraft("Rapport", due_date=date(2027, 4, 1)))
    workspace.close()
    return path


@pytest.fixture
def tasks_planner(qtbot: QtBot, tasks_file: Path):  # type: ignore[no-untyped-def]
    from tests.ui.helpers import opened_planner

    with opened_planner(qtbot, tasks_file) as made:
        yield made


def shown_tasks(qtbot: QtBot, planner: Planner, stack: QUndoStack) -> TasksWindow:
    made = TasksWindow(planner, stack, lambda: TODAY)
    qtbot.addWidget(made)
    with qtbot.waitSignal(made.loaded, timeout=20_000):
        made.show()
    return made


def choose(window: TasksWindow, title: str) -> None:
    model = window.model
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data() == title and not model.is_heading(row):
            window.table.setCurrentIndex(index)
            window.table.setFocus()
            return
    raise AssertionError(f"{title!r} is not shown")


def service(planner: Planner) -> TaskService:
    assert planner.workspace is not None
    return planner.workspace.tasks


def by_title(planner: Planner) -> dict[str, Task]:
    return {t.title: t for t in service(planner).list()}


def test_space_ticks_done_and_undo_opens_it_again(qtbot: QtBot, tasks_planner: Planner) -> None:
    stack = QUndoStack()
    window = shown_tasks(qtbot, tasks_planner, stack)
    assert headings(window.model) == ["Overdue (1)", "Today (1)", "Later (1)"]
    choose(window, "Katalogtext")
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        qtbot.keyClick(window.table, Qt.Key.Key_Space)
    assert by_title(tasks_planner)["Katalogtext"].done
    assert headings(window.model) == ["Overdue (1)", "Later (1)"]  # done is hidden
    assert stack.undoText() == "Tick “Katalogtext” done"
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not by_title(tasks_planner)["Katalogtext"].done
    assert headings(window.model) == ["Overdue (1)", "Today (1)", "Later (1)"]
    window.show_done.setChecked(True)
    choose(window, "Rapport")
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        window.done_button.click()
    assert headings(window.model)[-1] == "Done (1)"
    assert window.table.current_task() is not None
    assert window.table.current_task().title == "Rapport"  # still chosen, under Done


def test_delete_deletes_and_undo_brings_it_back_with_its_rule(
    qtbot: QtBot, tasks_planner: Planner
) -> None:
    stack = QUndoStack()
    window = shown_tasks(qtbot, tasks_planner, stack)
    choose(window, "Beställ el")
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert "Beställ el" not in by_title(tasks_planner)
    assert window.table.current_task() is not None  # the next one is chosen
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        stack.undo()
    back = by_title(tasks_planner)["Beställ el"]
    assert back.due_date == date(2027, 3, 1)
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        stack.redo()  # deletes it again, under the id it came back with
    assert "Beställ el" not in by_title(tasks_planner)


def test_enter_opens_the_task(qtbot: QtBot, tasks_planner: Planner) -> None:
    window = shown_tasks(qtbot, tasks_planner, QUndoStack())
    choose(window, "Rapport")
    with qtbot.waitSignal(window.edit_requested) as opened:
        qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert opened.args[0].title == "Rapport"


def test_the_filter_box_narrows_the_list(qtbot: QtBot, tasks_planner: Planner) -> None:
    window = shown_tasks(qtbot, tasks_planner, QUndoStack())
    qtbot.keyClicks(window.filter_edit, "rapp")
    assert headings(window.model) == ["Later (1)"]
    with qtbot.assertNotEmitted(window.edit_requested):
        qtbot.keyClick(window.filter_edit, Qt.Key.Key_Return)  # on to the list, not a button
    assert window.table.current_task() is not None
    assert window.table.current_task().title == "Rapport"
    window.group_combo.setCurrentIndex(window.group_combo.findData(Grouping.OWNER))
    assert headings(window.model) == ["No owner (1)"]


# -- the task dialog ---------------------------------------------------------------------------


def dialog(qtbot: QtBot, task: Task | None = None) -> TaskDialog:
    from eventplanner.services.tasks.glance import EventChoice

    made = TaskDialog([EventChoice(7, "Elmia Subcontractor", date(2027, 11, 9))], [], task,
                      today=TODAY)  # fmt: skip
    qtbot.addWidget(made)
    made.show()
    return made


def test_bad_input_is_said_in_the_dialog_and_nothing_is_submitted(qtbot: QtBot) -> None:
    made = dialog(qtbot)
    sent: list[TaskDraft] = []
    made.submitted.connect(sent.append)
    made.title_edit.setText("   ")
    made.buttons.accepted.emit()
    assert made.problems.isVisible() and made.problems.text() == "A task needs a title."
    assert made.title_edit.hasFocus() or not made.isActiveWindow()
    made.title_edit.setText("x" * 201)
    made.buttons.accepted.emit()
    assert made.problems.text() == "The title may have at most 200 characters; it has 201."
    made.title_edit.setText("Beställ el")
    made.counted.setChecked(True)  # counted from the event, but on no event
    made.buttons.accepted.emit()
    assert made.problems.text().startswith("A date counted from the event needs the task's event")
    made.event_combo.setCurrentIndex(1)
    made.amount.setValue(3000)  # working days: at most 2,500
    made.buttons.accepted.emit()
    assert "too far" in made.problems.text()
    assert sent == []
    made.amount.setValue(10)
    made.pinned.setChecked(True)
    made.buttons.accepted.emit()
    [draft] = sent
    assert draft.title == "Beställ el" and draft.event_id == 7 and draft.pinned
    assert draft.due_date is None
    assert draft.rule == TaskRule(
        AnchorKind.EVENT_START,
        RelativeDeadline(10, Unit.WORKING_DAYS, Direction.BEFORE, DayOff.EARLIER),
    )
    close_unasked(made)


def test_a_date_and_time_of_its_own(qtbot: QtBot) -> None:
    made = dialog(qtbot)
    sent: list[TaskDraft] = []
    made.submitted.connect(sent.append)
    made.title_edit.setText("Ring mässan")
    made.has_time.setChecked(True)
    made.buttons.accepted.emit()
    [draft] = sent
    assert draft.due_date == TODAY and draft.due_time == time(12, 0) and draft.rule is None
    close_unasked(made)


def test_the_menu_saves_a_new_task_onto_the_undo_stack(
    qtbot: QtBot, tasks_planner: Planner
) -> None:
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    stack = QUndoStack()
    menu = TasksMenu(tasks_planner, stack, parent, today=lambda: TODAY)
    menu.edit_task(None)
    qtbot.waitUntil(lambda: menu.dialog is not None, timeout=20_000)
    made = menu.dialog
    assert made is not None
    made.title_edit.setText("Skicka logotyp")
    with qtbot.waitSignal(made.accepted, timeout=20_000):
        made.buttons.accepted.emit()
    assert by_title(tasks_planner)["Skicka logotyp"].due_date == TODAY
    assert stack.undoText() == "Add task “Skicka logotyp”"
    with qtbot.waitSignal(tasks_planner.changed, timeout=20_000):
        stack.undo()
    assert "Skicka logotyp" not in by_title(tasks_planner)


def test_in_swedish(swedish: object) -> None:
    model = TaskListModel()
    model.set_rows(grouping())
    assert headings(model) == ["Försenat (1)", "I dag (1)", "Den här veckan (1)", "Senare (1)"]
    assert model.headerData(TaskColumn.DUE, Qt.Orientation.Horizontal) == "Klart senast"
    moved = model.index(row_of(model, "Badgar"), TaskColumn.DUE)
    assert "Flyttad: lör 13 mars 2027 är en lördag: flyttad till fre 12 mars 2027" in moved.data(
        Qt.ItemDataRole.ToolTipRole
    )


def test_a_click_on_the_tick_box_ticks_it(qtbot: QtBot, tasks_planner: Planner) -> None:
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    stack = QUndoStack()
    window = shown_tasks(qtbot, tasks_planner, stack)
    choose(window, "Rapport")
    table = window.table
    index = table.currentIndex()
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    option.rect = table.visualRect(index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = table.style().subElementRect(
        QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, table
    )
    with qtbot.assertNotEmitted(table.toggle_requested):  # on the title: only chosen
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=option.rect.center())
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=box.center())
    assert by_title(tasks_planner)["Rapport"].done


def test_the_chosen_task_stays_chosen_while_the_filter_changes_and_headings_do_nothing(
    qtbot: QtBot, tasks_planner: Planner
) -> None:
    window = shown_tasks(qtbot, tasks_planner, QUndoStack())
    choose(window, "Rapport")
    qtbot.keyClicks(window.filter_edit, "ra")
    assert window.table.current_task() is not None
    assert window.table.current_task().title == "Rapport"
    qtbot.keyClicks(window.filter_edit, "x")  # "rax": nothing shown
    assert window.model.rowCount() == 0 and window.table.current_task() is None
    assert not window.done_button.isEnabled()
    window.filter_edit.clear()  # all shown again: the task chosen before is chosen again
    assert window.table.current_task() is not None
    assert window.table.current_task().title == "Rapport"
    window.table.setCurrentIndex(window.model.index(0, 0))  # a heading: no task
    window.table.setFocus()
    assert window.model.is_heading(0) and window.table.current_task() is None
    with qtbot.assertNotEmitted(window.edit_requested):
        qtbot.keyClick(window.table, Qt.Key.Key_Return)
    with qtbot.assertNotEmitted(window.table.toggle_requested):
        qtbot.keyClick(window.table, Qt.Key.Key_Space)
    qtbot.keyClick(window.table, Qt.Key.Key_Down)  # on to the task under it
    assert window.table.current_task() is not None
    assert window.table.current_task().title == "Beställ el"
