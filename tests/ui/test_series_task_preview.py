"""A repeating event moved in the window (issue 15): dragged (only this one, the whole
series) or saved from the editor (one occurrence), the question first lists its tasks that
move, from → to, as a single event's move does; declined, nothing moves; undo takes them
back. A move that moves no task asks nothing."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from eventplanner.domain.deadlines import parse_relative
from eventplanner.domain.enums import EventKind
from eventplanner.domain.filters import TimeWindow
from eventplanner.domain.model import EventDraft
from eventplanner.domain.moves import moved_by_days
from eventplanner.domain.occurrence import Occurrence
from eventplanner.domain.recurrence import Recurrence
from eventplanner.domain.tasks import AnchorKind, TaskDraft, TaskRule
from eventplanner.domain.timing import TimedSpan
from eventplanner.services.workspace import Workspace
from eventplanner.ui.window.main_window import MainWindow
from tests.ui.helpers import QuestionAnswers, question_answers, settle, shown_window

STO = ZoneInfo("Europe/Stockholm")
TITLE = "Intraprenörskap"


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Eight Monday evenings from 1 March 2027, invitations 3 working days before."""
    path = tmp_path / "kurs.sqlite"
    workspace = Workspace.open(path)
    start = datetime(2027, 3, 1, 18, tzinfo=STO)
    course = workspace.events.create(
        EventDraft(TITLE, TimedSpan(start, start.replace(hour=20)), kind=EventKind.COURSE,
                   recurrence=Recurrence("FREQ=WEEKLY;COUNT=8"))
    ).event  # fmt: skip
    rule = TaskRule(AnchorKind.EVENT_START, parse_relative("3wd before"))
    workspace.tasks.add(TaskDraft("Kursinbjudan", event_id=course.id, rule=rule))
    workspace.close()
    with shown_window(qtbot, tmp_path, path, today=date(2027, 2, 22)) as made:
        yield made


def workspace_of(window: MainWindow) -> Workspace:
    workspace = window._planner.workspace
    assert workspace is not None
    return workspace


def invitation(window: MainWindow) -> date:
    [task] = workspace_of(window).tasks.list()
    return task.due_date


def occurrence_on(window: MainWindow, day: date) -> Occurrence:
    period = TimeWindow.days(day, day, "Europe/Stockholm")
    [found] = [o for o in workspace_of(window).queries.occurrences(period) if o.title == TITLE]
    return found


@pytest.fixture
def answers() -> Iterator[QuestionAnswers]:
    """The question boxes' answers; asked for before ``window``, it answers (and so fails
    rather than hangs on) a question its closing asks."""
    with question_answers() as made:
        yield made


def dragged(qtbot: QtBot, window: MainWindow, day: date, days: int) -> None:
    picked = occurrence_on(window, day)
    window.editing.move(picked, moved_by_days(picked.timing, days))


def test_one_occurrence_dragged_lists_the_tasks_first(
    qtbot: QtBot, answers: QuestionAnswers, window: MainWindow
) -> None:
    assert invitation(window) == date(2027, 2, 24)
    # Declined: nothing moves, and the view shows the course where it was.
    answers.give("Only this one", "Cancel")
    with qtbot.waitSignal(window.editing.drop_abandoned, timeout=20_000):
        dragged(qtbot, window, date(2027, 3, 1), 2)
    assert "Kursinbjudan: Wed 24 Feb 2027 → Fri 26 Feb 2027" in answers.seen[1]
    settle(qtbot, window)
    assert invitation(window) == date(2027, 2, 24)
    assert window.undo_stack.count() == 0

    answers.give("Only this one", "Move event and tasks")
    dragged(qtbot, window, date(2027, 3, 1), 2)
    qtbot.waitUntil(lambda: window.undo_stack.count() == 1, timeout=20_000)
    settle(qtbot, window)
    assert invitation(window) == date(2027, 2, 26)
    window.undo_stack.undo()
    settle(qtbot, window)
    assert invitation(window) == date(2027, 2, 24)

    # A later Monday moves no task: nothing more is asked.
    answers.give("Only this one")
    dragged(qtbot, window, date(2027, 3, 15), 1)
    qtbot.waitUntil(lambda: window.undo_stack.count() == 1, timeout=20_000)
    settle(qtbot, window)
    assert invitation(window) == date(2027, 2, 24)


def test_the_whole_series_dragged_lists_the_tasks_first(
    qtbot: QtBot, answers: QuestionAnswers, window: MainWindow
) -> None:
    answers.give("The whole series", "Move event and tasks")
    dragged(qtbot, window, date(2027, 3, 8), 7)
    qtbot.waitUntil(lambda: window.undo_stack.count() == 1, timeout=20_000)
    settle(qtbot, window)
    assert "Kursinbjudan: Wed 24 Feb 2027 → Wed 3 Mar 2027" in answers.seen[-1]
    assert invitation(window) == date(2027, 3, 3)
    window.undo_stack.undo()
    settle(qtbot, window)
    assert invitation(window) == date(2027, 2, 24)


def test_one_occurrence_saved_from_the_editor_asks_first(
    qtbot: QtBot, answers: QuestionAnswers, window: MainWindow
) -> None:
    answers.give("Only this one")
    window.editing.edit(occurrence_on(window, date(2027, 3, 1)))
    qtbot.waitUntil(lambda: window.editing.dialog is not None, timeout=20_000)
    dialog = window.editing.dialog
    assert dialog is not None
    draft = dialog.draft()
    earlier = replace(draft, timing=moved_by_days(draft.timing, -7))
    answers.give("Cancel")
    dialog.submitted.emit(earlier)
    qtbot.waitUntil(lambda: dialog.error_banner.text() != "", timeout=20_000)
    assert dialog.error_banner.text() == "Not saved: the event and its tasks are where they were."
    assert invitation(window) == date(2027, 2, 24)
    answers.give("Move event and tasks")
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog.submitted.emit(earlier)
    settle(qtbot, window)
    assert invitation(window) == date(2027, 2, 24) - timedelta(days=7)
