"""Dragging events in the month view of the main window, as a coordinator would: press on a
chip or bar, move to another day, release; then what is stored, what is shown, undo, redo."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from eventplanner.domain.errors import ConflictError
from eventplanner.domain.recurrence import Recurrence
from eventplanner.domain.timing import AllDaySpan, TimedSpan
from eventplanner.ui.window.main_window import MainWindow
from tests.ui.drag.steps import (
    COURSE,
    FAIR,
    SEMINAR,
    TODAY,
    at,
    drag,
    month_day,
    month_occurrence,
    month_point,
    show,
    stored,
    undo_redo,
)
from tests.ui.helpers import answer_when_asked, settle


def test_a_seminar_dragged_to_friday_in_the_month_moves_there_and_back_with_undo(
    qtbot: QtBot, window: MainWindow
) -> None:
    show(qtbot, window, "month")
    month = window.month
    start = month_point(window, date(2027, 3, 10), SEMINAR)
    drag(qtbot, month, start, month_day(window, date(2027, 3, 12)), release=False)
    # While dragging: where it lands, and a cursor that says it moves.
    assert month.drag_landing() == TimedSpan(at(2027, 3, 12, 9), at(2027, 3, 12, 10, 30))
    assert month.cursor().shape() == Qt.CursorShape.SizeAllCursor
    qtbot.mouseRelease(month, Qt.MouseButton.LeftButton, pos=month_day(window, date(2027, 3, 12)))
    # Shown where it was dropped at once, before the save is back.
    assert month_occurrence(window, date(2027, 3, 12), SEMINAR) is not None
    assert month.cursor().shape() == Qt.CursorShape.ArrowCursor
    selected = month.selected_occurrence()
    assert month.selected_day() == date(2027, 3, 12)
    assert selected is not None and selected.title == SEMINAR
    settle(qtbot, window)
    assert stored(window, SEMINAR).timing == TimedSpan(at(2027, 3, 12, 9), at(2027, 3, 12, 10, 30))
    assert month_occurrence(window, date(2027, 3, 12), SEMINAR) is not None
    assert month_occurrence(window, date(2027, 3, 10), SEMINAR) is None
    assert window.undo_stack.undoText() == f"Move “{SEMINAR}”"

    undo_redo(qtbot, window, undo=True)
    assert stored(window, SEMINAR).timing == TimedSpan(at(2027, 3, 10, 9), at(2027, 3, 10, 10, 30))
    assert month_occurrence(window, date(2027, 3, 10), SEMINAR) is not None
    assert month_occurrence(window, date(2027, 3, 12), SEMINAR) is None
    undo_redo(qtbot, window, undo=False)
    assert stored(window, SEMINAR).timing.first_day == date(2027, 3, 12)
    assert month_occurrence(window, date(2027, 3, 12), SEMINAR) is not None


def test_a_three_day_fair_dragged_a_week_on_keeps_its_three_days(
    qtbot: QtBot, window: MainWindow
) -> None:
    show(qtbot, window, "month")
    # Pressed on its middle day and dropped a week later: it moves by seven days.
    start = month_point(window, date(2027, 3, 17), FAIR)
    drag(qtbot, window.month, start, month_day(window, date(2027, 3, 24)))
    settle(qtbot, window)
    assert stored(window, FAIR).timing == AllDaySpan(date(2027, 3, 23), date(2027, 3, 25))
    assert month_occurrence(window, date(2027, 3, 25), FAIR) is not None
    assert month_occurrence(window, date(2027, 3, 16), FAIR) is None


def test_a_click_or_a_twitch_selects_and_moves_nothing(qtbot: QtBot, window: MainWindow) -> None:
    show(qtbot, window, "month")
    month = window.month
    start = month_point(window, date(2027, 3, 10), SEMINAR)
    with qtbot.assertNotEmitted(month.occurrence_moved):
        with qtbot.waitSignal(month.occurrence_selected):
            qtbot.mouseClick(month, Qt.MouseButton.LeftButton, pos=start)
        twitch = QApplication.startDragDistance() - 2
        drag(qtbot, month, start, start + QPoint(twitch, 0))
    assert month.drag_landing() is None
    selected = month.selected_occurrence()
    assert selected is not None and selected.title == SEMINAR
    settle(qtbot, window)
    assert window.undo_stack.count() == 0
    assert stored(window, SEMINAR).timing.first_day == date(2027, 3, 10)


def test_a_double_click_still_opens_the_editor(qtbot: QtBot, window: MainWindow) -> None:
    show(qtbot, window, "month")
    with qtbot.waitSignal(window.month.occurrence_activated) as activated:
        qtbot.mouseDClick(
            window.month, Qt.MouseButton.LeftButton, pos=month_point(window, TODAY, SEMINAR)
        )
    assert activated.args[0].title == SEMINAR
    qtbot.waitUntil(lambda: window.editing.dialog is not None, timeout=10_000)
    dialog = window.editing.dialog
    assert dialog is not None
    dialog.reject()
    assert window.undo_stack.count() == 0


def test_escape_cancels_a_drag(qtbot: QtBot, window: MainWindow) -> None:
    show(qtbot, window, "month")
    month = window.month
    start = month_point(window, date(2027, 3, 10), SEMINAR)
    target = month_day(window, date(2027, 3, 25))
    with qtbot.assertNotEmitted(month.occurrence_moved):
        drag(qtbot, month, start, target, release=False)
        assert month.drag_landing() is not None
        qtbot.keyClick(month, Qt.Key.Key_Escape)
        assert month.drag_landing() is None
        assert month.cursor().shape() == Qt.CursorShape.ArrowCursor
        qtbot.mouseMove(month, target + QPoint(5, 5))
        qtbot.mouseRelease(month, Qt.MouseButton.LeftButton, pos=target)
    settle(qtbot, window)
    assert window.undo_stack.count() == 0
    assert stored(window, SEMINAR).timing.first_day == date(2027, 3, 10)
    assert month_occurrence(window, date(2027, 3, 10), SEMINAR) is not None


def test_a_refused_save_says_why_and_leaves_the_event_where_it_was(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    show(qtbot, window, "month")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text, *a: shown.append(text))  # fmt: skip
    workspace = window._planner.workspace
    assert workspace is not None

    def someone_else_saved(*_args: object, **_kwargs: object) -> None:
        raise ConflictError(f"'{SEMINAR}' was changed by someone else since you opened it")

    monkeypatch.setattr(workspace.events, "update", someone_else_saved)
    start = month_point(window, date(2027, 3, 10), SEMINAR)
    drag(qtbot, window.month, start, month_day(window, date(2027, 3, 11)))
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    settle(qtbot, window)
    assert "changed by someone else" in shown[0]
    assert window.undo_stack.count() == 0
    monkeypatch.undo()
    assert stored(window, SEMINAR).timing.first_day == date(2027, 3, 10)
    assert month_occurrence(window, date(2027, 3, 10), SEMINAR) is not None
    assert month_occurrence(window, date(2027, 3, 11), SEMINAR) is None


def test_the_whole_course_dragged_to_friday_moves_every_occurrence(
    qtbot: QtBot, window: MainWindow
) -> None:
    show(qtbot, window, "month")
    answer_when_asked("The whole series")
    start = month_point(window, date(2027, 3, 18), COURSE)
    drag(qtbot, window.month, start, month_day(window, date(2027, 3, 19)))
    settle(qtbot, window)
    course = stored(window, COURSE)
    assert course.timing == TimedSpan(at(2027, 3, 5, 13), at(2027, 3, 5, 16))
    assert course.recurrence == Recurrence("FREQ=WEEKLY;BYDAY=FR;COUNT=6")
    fridays = [date(2027, 3, 5) + timedelta(weeks=n) for n in range(5)]
    assert all(month_occurrence(window, d, COURSE) is not None for d in fridays)
    assert month_occurrence(window, date(2027, 3, 18), COURSE) is None
    undo_redo(qtbot, window, undo=True)
    assert stored(window, COURSE).timing == TimedSpan(at(2027, 3, 4, 13), at(2027, 3, 4, 16))
    assert month_occurrence(window, date(2027, 3, 18), COURSE) is not None


def test_cancelling_the_question_leaves_the_occurrence_where_it_was(
    qtbot: QtBot, window: MainWindow
) -> None:
    show(qtbot, window, "month")
    answer_when_asked("Cancel")
    start = month_point(window, date(2027, 3, 18), COURSE)
    drag(qtbot, window.month, start, month_day(window, date(2027, 3, 19)))
    assert month_occurrence(window, date(2027, 3, 19), COURSE) is not None  # as dropped
    settle(qtbot, window)
    qtbot.waitUntil(lambda: month_occurrence(window, date(2027, 3, 18), COURSE) is not None)
    assert month_occurrence(window, date(2027, 3, 19), COURSE) is None
    assert window.undo_stack.count() == 0
    assert stored(window, COURSE).changes == ()


def test_the_course_dragged_to_friday_from_one_thursday_on_splits_there(
    qtbot: QtBot, window: MainWindow
) -> None:
    show(qtbot, window, "month")
    answer_when_asked("This and following")
    start = month_point(window, date(2027, 3, 18), COURSE)
    drag(qtbot, window.month, start, month_day(window, date(2027, 3, 19)))
    settle(qtbot, window)
    assert window.undo_stack.undoText() == f"Move “{COURSE}” from 18 Mar"
    workspace = window._planner.workspace
    assert workspace is not None
    [earlier, later] = sorted(
        (workspace.events.get(o.event_id) for o in workspace.queries.search(COURSE)),
        key=lambda e: e.id,
    )
    assert earlier.recurrence == Recurrence("FREQ=WEEKLY;BYDAY=TH;UNTIL=20270311T120000Z")
    assert later.timing == TimedSpan(at(2027, 3, 19, 13), at(2027, 3, 19, 16))
    assert later.recurrence == Recurrence("FREQ=WEEKLY;BYDAY=FR;COUNT=4")
    thursdays, fridays = (
        [date(2027, 3, 4), date(2027, 3, 11)],
        [date(2027, 3, 19), date(2027, 3, 26)],
    )
    assert all(month_occurrence(window, d, COURSE) is not None for d in thursdays + fridays)
    assert month_occurrence(window, date(2027, 3, 18), COURSE) is None
    undo_redo(qtbot, window, undo=True)
    assert stored(window, COURSE).recurrence == Recurrence("FREQ=WEEKLY;BYDAY=TH;COUNT=6")
    assert month_occurrence(window, date(2027, 3, 18), COURSE) is not None
    assert month_occurrence(window, date(2027, 3, 19), COURSE) is None
    undo_redo(qtbot, window, undo=False)
    assert month_occurrence(window, date(2027, 3, 19), COURSE) is not None
