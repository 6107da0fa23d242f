"""Dragging a course some of whose sessions were changed on their own (one cancelled, one
retitled, one moved to another day): what goes along, where the dragged one lands, and what
undo brings back."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from eventplanner.domain.enums import EventStatus
from eventplanner.domain.filters import TimeWindow
from eventplanner.domain.model import OccurrenceChange
from eventplanner.domain.recurrence import Recurrence
from eventplanner.domain.timing import TimedSpan
from eventplanner.services.workspace import Workspace
from eventplanner.ui.window.main_window import MainWindow
from tests.ui.drag.steps import (
    COURSE,
    at,
    drag,
    month_day,
    month_occurrence,
    month_point,
    show,
    slot,
    stored,
    undo_redo,
    week_rect,
)
from tests.ui.helpers import answer_when_asked, settle

# The course is on Thursdays 13:00-16:00, 4 March to 8 April.
CANCELLED = OccurrenceChange(datetime(2027, 3, 11, 13), cancelled=True)
GUEST = OccurrenceChange(datetime(2027, 3, 25, 13), title="Gästföreläsning")
ON_WEDNESDAY = TimedSpan(at(2027, 3, 31, 13), at(2027, 3, 31, 16))
MOVED = OccurrenceChange(datetime(2027, 4, 1, 13), timing=ON_WEDNESDAY)


@pytest.fixture
def planner_file(planner_file: Path) -> Path:
    workspace = Workspace.open(planner_file)
    [found] = workspace.queries.search(COURSE)[:1]
    for change in (CANCELLED, GUEST, MOVED):
        workspace.events.change_occurrence(found.event_id, change)
    workspace.close()
    return planner_file


def titles(window: MainWindow, *days: date) -> list[tuple[str, str] | None]:
    """What the month shows of the course on each day: its title and status, or None."""
    shown = []
    for day in days:
        occurrence = month_occurrence(window, day, COURSE) or month_occurrence(
            window, day, GUEST.title or ""
        )
        shown.append(None if occurrence is None else (occurrence.title, occurrence.status.value))
    return shown


def test_the_whole_course_dragged_a_day_on_keeps_its_changed_sessions_and_undo_is_exact(
    qtbot: QtBot, window: MainWindow
) -> None:
    show(qtbot, window, "month")
    before = stored(window, COURSE)
    assert before.changes == (CANCELLED, GUEST, MOVED)
    answer_when_asked("The whole series")
    drag(qtbot, window.month, month_point(window, date(2027, 3, 18), COURSE),
         month_day(window, date(2027, 3, 19)))  # fmt: skip
    settle(qtbot, window)
    moved = stored(window, COURSE)
    assert moved.timing == TimedSpan(at(2027, 3, 5, 13), at(2027, 3, 5, 16))
    assert moved.recurrence == Recurrence("FREQ=WEEKLY;BYDAY=FR;COUNT=6")
    # Each change goes with its session to the Friday; the one moved to Wednesday stays there.
    assert moved.changes == (
        OccurrenceChange(datetime(2027, 3, 12, 13), cancelled=True),
        OccurrenceChange(datetime(2027, 3, 26, 13), title="Gästföreläsning"),
        OccurrenceChange(datetime(2027, 4, 2, 13), timing=ON_WEDNESDAY),
    )
    fridays = [date(2027, 3, d) for d in (5, 12, 19, 26)]
    assert titles(window, *fridays) == [
        (COURSE, "planned"),
        (COURSE, EventStatus.CANCELLED.value),
        (COURSE, "planned"),
        ("Gästföreläsning", "planned"),
    ]
    assert titles(window, date(2027, 3, 31), date(2027, 4, 2)) == [(COURSE, "planned"), None]
    assert window.undo_stack.undoText() == f"Move “{COURSE}”"

    undo_redo(qtbot, window, undo=True)
    back = stored(window, COURSE)
    assert back.draft() == before.draft()
    assert back.changes == before.changes
    assert titles(window, date(2027, 3, 11), date(2027, 3, 25)) == [
        (COURSE, EventStatus.CANCELLED.value),
        ("Gästföreläsning", "planned"),
    ]
    undo_redo(qtbot, window, undo=False)
    assert stored(window, COURSE).changes == moved.changes
    assert titles(window, date(2027, 3, 26)) == [("Gästföreläsning", "planned")]


@pytest.mark.parametrize("scope", ["This and following", "The whole series"])
def test_a_session_moved_on_its_own_and_dragged_again_lands_where_it_is_dropped(
    qtbot: QtBot, window: MainWindow, scope: str
) -> None:
    # The 1 April session shows on Wednesday 31 March; dropped on Friday 2 April it goes
    # there, and the course with it: on Fridays from then on (or all along).
    show(qtbot, window, "month")
    answer_when_asked(scope)
    drag(qtbot, window.month, month_point(window, date(2027, 3, 31), COURSE),
         month_day(window, date(2027, 4, 2)))  # fmt: skip
    settle(qtbot, window)
    assert titles(window, date(2027, 3, 31), date(2027, 4, 1), date(2027, 4, 2)) == [
        None,
        None,
        (COURSE, "planned"),
    ]
    workspace = window._planner.workspace
    assert workspace is not None
    april = TimeWindow.days(date(2027, 3, 29), date(2027, 4, 30), "Europe/Stockholm")
    sessions = [o.timing for o in workspace.queries.occurrences(april) if o.title == COURSE]
    assert sessions == [
        TimedSpan(at(2027, 4, 2, 13), at(2027, 4, 2, 16)),
        TimedSpan(at(2027, 4, 9, 13), at(2027, 4, 9, 16)),
    ]
    undo_redo(qtbot, window, undo=True)
    assert titles(window, date(2027, 3, 31), date(2027, 4, 2)) == [(COURSE, "planned"), None]
    assert stored(window, COURSE).changes == (CANCELLED, GUEST, MOVED)


def test_a_new_end_for_a_session_moved_on_its_own_leaves_the_rest_on_their_day(
    qtbot: QtBot, window: MainWindow
) -> None:
    # In the week view, the lower edge of the session shown on Wednesday 31 March pulled from
    # 16:00 to 17:00, this and following: it ends at 17:00 where it is, and the Thursdays
    # after it stay Thursdays, an hour longer.
    show(qtbot, window, "week")
    window.week.select_day(date(2027, 3, 31))
    settle(qtbot, window)
    week = window.week
    week.scroll_to_time(11 * 60)
    occurrence, _centre = week_rect(window, COURSE, date(2027, 3, 31))
    rect = week.occurrence_rect(occurrence)
    assert rect is not None
    answer_when_asked("This and following")
    drag(qtbot, week, QPoint(rect.center().x(), rect.bottom() - 1),
         slot(window, at(2027, 3, 31, 17)))  # fmt: skip
    settle(qtbot, window)
    assert window.undo_stack.undoText() == f"Change length of “{COURSE}” from 1 Apr"
    workspace = window._planner.workspace
    assert workspace is not None
    april = TimeWindow.days(date(2027, 3, 29), date(2027, 4, 30), "Europe/Stockholm")
    sessions = [o.timing for o in workspace.queries.occurrences(april) if o.title == COURSE]
    assert sessions == [
        TimedSpan(at(2027, 3, 31, 13), at(2027, 3, 31, 17)),
        TimedSpan(at(2027, 4, 8, 13), at(2027, 4, 8, 17)),
    ]
    [block] = [b for b in week.layout_of_week().blocks if b.occurrence.title == COURSE]
    assert (block.day, block.start, block.end) == (date(2027, 3, 31), 13 * 60, 17 * 60)
