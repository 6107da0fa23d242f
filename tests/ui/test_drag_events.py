"""Dragging events in the month and week views of the main window, as a coordinator would:
press, move, release; then what is stored, what is shown, and undo and redo."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from eventplanner.domain.enums import EventKind
from eventplanner.domain.errors import ConflictError
from eventplanner.domain.model import Event, EventDraft, Occurrence
from eventplanner.domain.recurrence import Recurrence
from eventplanner.domain.timing import AllDaySpan, TimedSpan
from eventplanner.services.workspace import Workspace
from eventplanner.ui.main_window import MainWindow
from eventplanner.ui.planner import Planner
from eventplanner.ui.settings import Settings
from eventplanner.ui.tasks import TaskRunner
from tests.ui.driving import answer_when_asked, settle

STO = ZoneInfo("Europe/Stockholm")
TODAY = date(2027, 3, 10)  # a Wednesday, in ISO week 10
SEMINAR = "Frukostseminarium"
FAIR = "Automationsmässan"
COURSE = "Intraprenörskap"


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=STO)  # type: ignore[misc]


@pytest.fixture
def planner_file(tmp_path: Path) -> Path:
    path = tmp_path / "planering.sqlite"
    workspace = Workspace.open(path)
    events = workspace.events
    events.create(EventDraft(SEMINAR, TimedSpan(at(2027, 3, 10, 9), at(2027, 3, 10, 10, 30)),
                             kind=EventKind.SEMINAR))  # fmt: skip
    events.create(EventDraft(FAIR, AllDaySpan(date(2027, 3, 16), date(2027, 3, 18)),
                             kind=EventKind.TRADE_FAIR))  # fmt: skip
    events.create(EventDraft(COURSE, TimedSpan(at(2027, 3, 4, 13), at(2027, 3, 4, 16)),
                             kind=EventKind.COURSE,
                             recurrence=Recurrence("FREQ=WEEKLY;BYDAY=TH;COUNT=6")))  # fmt: skip
    workspace.close()
    return path


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, planner_file: Path) -> Iterator[MainWindow]:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    planner = Planner(TaskRunner(workers=2), TaskRunner(workers=1))
    made = MainWindow(planner, settings, today=TODAY)
    qtbot.addWidget(made)
    made.show()
    with qtbot.waitSignal(planner.opened, timeout=20_000):
        planner.open(str(planner_file))
    settle(qtbot, made)
    yield made
    settle(qtbot, made)
    planner.close()


def stored(window: MainWindow, title: str) -> Event:
    workspace = window._planner.workspace
    assert workspace is not None
    [found] = [o for o in workspace.queries.search(title) if o.title == title][:1]
    return workspace.events.get(found.event_id)


def show(qtbot: QtBot, window: MainWindow, view: str) -> None:
    {"month": window.actions.show_month, "week": window.actions.show_week}[view].trigger()
    settle(qtbot, window)


def drag(
    qtbot: QtBot, widget: QWidget, start: QPoint, end: QPoint, *, release: bool = True
) -> None:
    """Press at ``start``, move there in a few steps as a hand would, release at ``end``."""
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 5):
        qtbot.mouseMove(widget, start + (end - start) * step / 4)
    if release:
        qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)


def undo_redo(qtbot: QtBot, window: MainWindow, *, undo: bool) -> None:
    (window.undo_action if undo else window.redo_action).trigger()
    settle(qtbot, window)


# --- the month view ------------------------------------------------------------------------------


def month_occurrence(window: MainWindow, day: date, title: str) -> Occurrence | None:
    cell = window.month.day_cell(day)
    assert cell is not None
    items = [*cell.timed, *(s.item for s in cell.bars)]
    return next((i.occurrence for i in items if i.occurrence.title == title), None)


def month_point(window: MainWindow, day: date, title: str) -> QPoint:
    occurrence = month_occurrence(window, day, title)
    assert occurrence is not None
    rect = window.month.occurrence_rect(occurrence)
    assert rect is not None
    # The rectangle is the first day the event is drawn on; a bar is pressed on ``day``.
    cell = window.month.day_rect(day)
    assert cell is not None
    return QPoint(cell.center().x(), rect.center().y())


def month_day(window: MainWindow, day: date) -> QPoint:
    rect = window.month.day_rect(day)
    assert rect is not None
    return rect.center()


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


# --- the week view -------------------------------------------------------------------------------


def week_rect(window: MainWindow, title: str, day: date | None = None) -> tuple[Occurrence, QPoint]:
    layout = window.week.layout_of_week()
    blocks = [b.occurrence for b in layout.blocks if day is None or b.day == day]
    bars = [s.item.occurrence for s in layout.bars]
    occurrence = next(o for o in [*blocks, *bars] if o.title == title)
    rect = window.week.occurrence_rect(occurrence)
    assert rect is not None
    return occurrence, rect.center()


def slot(window: MainWindow, moment: datetime) -> QPoint:
    point = window.week.slot_point(moment)
    assert point is not None
    return point


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
    window.actions.following.trigger()  # week 11, with the fair on Tuesday to Thursday
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
