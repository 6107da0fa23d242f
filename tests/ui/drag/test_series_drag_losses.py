"""A whole series dragged where its rule cannot carry one of its exceptions: the drag goes
through the same rule as the editor (domain.series_edits), so it names what would be lost and
asks; Cancel leaves everything where it was."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from eventplanner.domain.model import EventDraft, OccurrenceChange
from eventplanner.domain.recurrence import Recurrence
from eventplanner.domain.timing import TimedSpan
from eventplanner.services.workspace import Workspace
from eventplanner.ui.window.main_window import MainWindow
from tests.ui.drag.steps import at, drag, month_day, month_point, show, stored
from tests.ui.helpers import settle

BREAKFAST = "Nätverksfrukost"
CANCELLED = OccurrenceChange(datetime(2027, 3, 16, 8), cancelled=True)


@pytest.fixture
def planner_file(planner_file: Path) -> Path:
    # The 2nd and 16th of each month: moved two weeks on, from 2 to 16 March, its cancelled
    # 16 March would be 30 March, no date of it.
    workspace = Workspace.open(planner_file)
    event = workspace.events.create(
        EventDraft(BREAKFAST, TimedSpan(at(2027, 3, 2, 8), at(2027, 3, 2, 9)),
                   recurrence=Recurrence("FREQ=MONTHLY;BYMONTHDAY=2,16;COUNT=4"))
    ).event  # fmt: skip
    workspace.events.change_occurrence(event.id, CANCELLED)
    workspace.close()
    return planner_file


def answer_in_turn(answers: list[str], seen: list[str], done: list[bool]) -> None:
    """Click each of ``answers`` in the question box that offers it, one after the other;
    each box's informative text goes to ``seen``. Until ``done`` holds something, a box
    nobody expected (a refusal) is noted in ``seen`` and closed."""

    def look() -> None:
        if done:
            return
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            found = [
                b for b in box.buttons() if answers and b.text().replace("&", "") == answers[0]
            ]
            if found:
                seen.append(box.informativeText())
                answers.pop(0)
                found[0].click()
            elif not answers:
                seen.append(f"unexpected: {box.text()}")
                box.reject()
        QTimer.singleShot(20, look)

    QTimer.singleShot(20, look)


@pytest.mark.parametrize("answer", ["Cancel", "Save and lose them"])
def test_a_drag_that_would_lose_an_exception_asks_first(
    qtbot: QtBot, window: MainWindow, answer: str
) -> None:
    show(qtbot, window, "month")
    before = stored(window, BREAKFAST)
    answers = ["The whole series", answer]
    seen: list[str] = []
    done: list[bool] = []
    answer_in_turn(answers, seen, done)
    try:
        drag(qtbot, window.month, month_point(window, date(2027, 3, 2), BREAKFAST),
             month_day(window, date(2027, 3, 16)))  # fmt: skip
        qtbot.waitUntil(lambda: not answers, timeout=10_000)
        settle(qtbot, window)
    finally:
        done.append(True)  # the watching ends with the test
    assert seen[1:] == ["Cancelled: Tue 16 Mar 2027 08:00"]
    after = stored(window, BREAKFAST)
    if answer == "Cancel":
        assert after == before
    else:
        assert after.timing == TimedSpan(at(2027, 3, 16, 8), at(2027, 3, 16, 9))
        assert after.changes == ()
        assert window.undo_stack.undoText() == f"Move “{BREAKFAST}”"
