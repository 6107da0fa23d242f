"""Dragging events in the week view of the main window: a block to another time and day, its
lower edge to a new end, a bar along the all-day row; snapped to the quarter hour."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from eventplanner.domain.timing import AllDaySpan, TimedSpan
from eventplanner.ui.views.week_view import WeekView
from eventplanner.ui.window.main_window import MainWindow
from tests.ui.drag.steps import (
    COURSE,
    FAIR,
    SEMINAR,
    at,
    drag,
    show,
    slot,
    stored,
    undo_redo,
    week_rect,
)
from tests.ui.helpers import answer_when_asked, settle, timed


def test_a_seminar_dragged_to_thursday_afternoon_lands_on_the_quarter_hour(
    qtbot: QtBot, window: MainWindow
) -> None:
    show(qtbot, window, "week")
    week = window.week
    week.scroll_to_time(8 * 60)
    occurrence, start = week_rect(window, SEMINAR)
    # Grabbed in its middle (09:45) and let go at 14:53 on Thursday, it would start at 14:08:
    # it lands on the quarter hour, 14:15.
    grabbed = week.slot_point(at(2027, 3, 10, 9, 45))
    assert grabbed is not None and abs(grabbed.y() - start.y()) <= 1
    target = slot(window, at(2027, 3, 11, 14, 53))
    drag(qtbot, week, start, target, release=False)
    moved = TimedSpan(at(2027, 3, 11, 14, 15), at(2027, 3, 11, 15, 45))
    assert week.drag_landing() == moved
    assert week.cursor().shape() == Qt.CursorShape.SizeAllCursor
    qtbot.mouseRelease(week, Qt.MouseButton.LeftButton, pos=target)
    settle(qtbot, window)
    assert stored(window, SEMINAR).timing == moved
    assert window.undo_stack.undoText() == f"Move “{SEMINAR}”"
    [block] = [b for b in week.layout_of_week().blocks if b.occurrence.title == SEMINAR]
    assert (block.day, block.start, block.end) == (date(2027, 3, 11), 14.25 * 60, 15.75 * 60)

    undo_redo(qtbot, window, undo=True)
    assert stored(window, SEMINAR).timing == occurrence.timing
    [block] = [b for b in week.layout_of_week().blocks if b.occurrence.title == SEMINAR]
    assert (block.day, block.start) == (date(2027, 3, 10), 9 * 60)
    undo_redo(qtbot, window, undo=False)
    assert stored(window, SEMINAR).timing == moved


def test_the_lower_edge_of_a_block_changes_its_end(qtbot: QtBot, window: MainWindow) -> None:
    show(qtbot, window, "week")
    week = window.week
    week.scroll_to_time(8 * 60)
    occurrence, _centre = week_rect(window, SEMINAR)
    rect = week.occurrence_rect(occurrence)
    assert rect is not None
    edge = QPoint(rect.center().x(), rect.bottom() - 1)
    qtbot.mouseMove(week, edge)
    assert week.cursor().shape() == Qt.CursorShape.SizeVerCursor
    qtbot.mouseMove(week, rect.center())
    assert week.cursor().shape() == Qt.CursorShape.ArrowCursor
    # Pulled down to 11:56 (it ends at 12:00), then up past the start: a quarter is the least.
    drag(qtbot, week, edge, slot(window, at(2027, 3, 10, 11, 56)), release=False)
    assert week.drag_landing() == TimedSpan(at(2027, 3, 10, 9), at(2027, 3, 10, 12))
    assert week.cursor().shape() == Qt.CursorShape.SizeVerCursor
    qtbot.mouseMove(week, slot(window, at(2027, 3, 10, 8, 30)))
    assert week.drag_landing() == TimedSpan(at(2027, 3, 10, 9), at(2027, 3, 10, 9, 15))
    target = slot(window, at(2027, 3, 10, 11, 29))
    qtbot.mouseMove(week, target)
    qtbot.mouseRelease(week, Qt.MouseButton.LeftButton, pos=target)
    settle(qtbot, window)
    longer = TimedSpan(at(2027, 3, 10, 9), at(2027, 3, 10, 11, 30))
    assert stored(window, SEMINAR).timing == longer
    assert window.undo_stack.undoText() == f"Change length of “{SEMINAR}”"
    [block] = [b for b in week.layout_of_week().blocks if b.occurrence.title == SEMINAR]
    assert block.end == 11.5 * 60

    undo_redo(qtbot, window, undo=True)
    assert stored(window, SEMINAR).timing == occurrence.timing
    undo_redo(qtbot, window, undo=False)
    assert stored(window, SEMINAR).timing == longer


def test_a_fair_dragged_in_the_all_day_row_moves_by_days(qtbot: QtBot, window: MainWindow) -> None:
    show(qtbot, window, "week")
    window.window_actions.following.trigger()  # week 11, with the fair on Tuesday to Thursday
    settle(qtbot, window)
    week = window.week
    _fair, centre = week_rect(window, FAIR)
    tuesday, friday = week.day_rect(date(2027, 3, 16)), week.day_rect(date(2027, 3, 19))
    assert tuesday is not None and friday is not None
    start = QPoint(tuesday.center().x(), centre.y())
    drag(qtbot, week, start, QPoint(friday.center().x(), centre.y()))
    settle(qtbot, window)
    assert stored(window, FAIR).timing == AllDaySpan(date(2027, 3, 19), date(2027, 3, 21))
    undo_redo(qtbot, window, undo=True)
    assert stored(window, FAIR).timing == AllDaySpan(date(2027, 3, 16), date(2027, 3, 18))


def test_one_occurrence_of_a_course_dragged_to_friday_moves_only_that_one(
    qtbot: QtBot, window: MainWindow
) -> None:
    show(qtbot, window, "week")
    week = window.week
    week.scroll_to_time(11 * 60)
    occurrence, start = week_rect(window, COURSE)
    assert occurrence.recurrence_id == datetime(2027, 3, 11, 13)
    offset = start - slot(window, at(2027, 3, 11, 14, 30))
    answer_when_asked("Only this one")
    drag(qtbot, week, start, slot(window, at(2027, 3, 12, 15, 30)) + offset)
    settle(qtbot, window)
    course = stored(window, COURSE)
    assert course.timing == TimedSpan(at(2027, 3, 4, 13), at(2027, 3, 4, 16))
    [change] = course.changes
    assert change.recurrence_id == datetime(2027, 3, 11, 13)
    assert change.timing == TimedSpan(at(2027, 3, 12, 14), at(2027, 3, 12, 17))
    assert window.undo_stack.undoText() == f"Move one “{COURSE}”"
    [block] = [b for b in week.layout_of_week().blocks if b.occurrence.title == COURSE]
    assert (block.day, block.start) == (date(2027, 3, 12), 14 * 60)

    undo_redo(qtbot, window, undo=True)
    assert stored(window, COURSE).changes == ()
    [block] = [b for b in week.layout_of_week().blocks if b.occurrence.title == COURSE]
    assert (block.day, block.start) == (date(2027, 3, 11), 13 * 60)
    undo_redo(qtbot, window, undo=False)
    assert [c.timing for c in stored(window, COURSE).changes] == [change.timing]


def test_a_drop_into_the_hour_that_does_not_exist_is_refused_by_the_cursor(
    qtbot: QtBot, window: MainWindow
) -> None:
    workspace = window._planner.workspace
    assert workspace is not None
    seminar = stored(window, SEMINAR)
    sunday = TimedSpan(at(2027, 3, 28, 9), at(2027, 3, 28, 10))  # the clocks go forward at 02:00
    workspace.events.update(seminar.id, replace(seminar.draft(), timing=sunday),
                            expected_version=seminar.version)  # fmt: skip
    show(qtbot, window, "week")
    window.week.select_day(date(2027, 3, 28))
    settle(qtbot, window)
    week = window.week
    week.scroll_to_time(60)
    _occurrence, start = week_rect(window, SEMINAR)
    # Grabbed at 09:30 and let go at 02:45: it would start at 02:15, which does not exist.
    lift = start.y() - slot(window, at(2027, 3, 28, 9, 30)).y()
    gap = QPoint(start.x(), slot(window, at(2027, 3, 28, 2, 45)).y() + lift)
    with qtbot.assertNotEmitted(week.occurrence_moved):
        drag(qtbot, week, start, gap, release=False)
        assert week.drag_landing() is None
        assert week.cursor().shape() == Qt.CursorShape.ForbiddenCursor
        qtbot.mouseRelease(week, Qt.MouseButton.LeftButton, pos=gap)
    settle(qtbot, window)
    assert stored(window, SEMINAR).timing == sunday
    assert window.undo_stack.count() == 0


def test_dragging_below_the_hours_in_view_scrolls_on_to_later_ones(qtbot: QtBot) -> None:
    view = WeekView()
    qtbot.addWidget(view)
    view.resize(900, 560)
    view.set_today(date(2027, 3, 10))
    view.select_day(date(2027, 3, 10))
    seminar = timed(SEMINAR, at(2027, 3, 10, 9), at(2027, 3, 10, 10))
    view.set_occurrences([seminar], "Europe/Stockholm")
    view.show()
    qtbot.waitExposed(view)
    view.scroll_to_time(8 * 60)
    top = view.top_time()
    rect = view.occurrence_rect(seminar)
    assert rect is not None
    lowest = QPoint(rect.center().x(), view.height() - 2)
    drag(qtbot, view, rect.center(), lowest, release=False)
    qtbot.waitUntil(lambda: view.top_time() >= top + 120, timeout=10_000)
    with qtbot.waitSignal(view.occurrence_moved) as moved:
        qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=lowest)
    occurrence, timing = moved.args
    assert occurrence == seminar
    # It lands below what was in view when the drag began.
    assert timing.start >= at(2027, 3, 10, 8) + timedelta(minutes=view.top_time() - top)
    assert view.cursor().shape() == Qt.CursorShape.ArrowCursor
