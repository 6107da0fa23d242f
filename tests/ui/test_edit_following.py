"""Editing a repeating event "this and following" in the window, as a coordinator would:
the question answered from the keyboard, the real editor, the agenda, undo and redo."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from eventplanner.domain.enums import EventKind
from eventplanner.domain.model import EventDraft
from eventplanner.domain.recurrence import Recurrence
from eventplanner.domain.timing import TimedSpan
from eventplanner.services.workspace import Workspace
from eventplanner.ui.window.main_window import MainWindow
from tests.ui.helpers import settle, shown_window

STO = ZoneInfo("Europe/Stockholm")
TODAY = date(2027, 3, 1)
OLD, NEW = "Intraprenörskap", "Entreprenadkurs"


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=STO)  # type: ignore[misc]


@pytest.fixture
def window(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "kurser.sqlite"
    workspace = Workspace.open(path)
    # Eight Monday evenings from 1 March; summer time begins on 28 March.
    workspace.events.create(
        EventDraft(OLD, TimedSpan(at(2027, 3, 1, 18), at(2027, 3, 1, 20)), kind=EventKind.COURSE,
                   recurrence=Recurrence("FREQ=WEEKLY;COUNT=8"))
    )  # fmt: skip
    workspace.close()
    with shown_window(qtbot, tmp_path, path, today=TODAY) as made:
        yield made


def agenda(window: MainWindow) -> list[tuple[str, date]]:
    model = window.agenda_model
    return [
        (o.title, o.timing.first_day)
        for r in range(model.rowCount())
        if (o := model.occurrence(r)) is not None
    ]


MONDAYS = [date(2027, 3, d) for d in (1, 8, 15, 22, 29)] + [date(2027, 4, d) for d in (5, 12, 19)]
BEFORE = [(OLD, day) for day in MONDAYS]
SPLIT = [(OLD, day) for day in MONDAYS[:3]] + [(NEW, day) for day in MONDAYS[3:]]


def answer_with_keys(seen: list[str], *keys: tuple[Qt.Key, Qt.KeyboardModifier]) -> None:
    """Press ``keys`` in the next question box once it is shown and has the keyboard (as a
    person types into the window in front); its texts go to ``seen``."""

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, look)
            return
        if QApplication.activeWindow() is not box:  # shown, but not yet in front
            box.activateWindow()
            QTimer.singleShot(20, look)
            return
        seen.append(box.text())
        seen.extend(b.text() for b in box.buttons())
        for key, modifier in keys:
            QTest.keyClick(box, key, modifier)
        # A button pressed by its key clicks a moment later (it shows itself pressed first).
        # Should the keys not have answered, close the box, or the test would hang in it.
        QTimer.singleShot(5_000, box, lambda: box.isVisible() and box.reject())

    QTimer.singleShot(20, look)


def test_this_and_following_through_the_dialog_then_undo_and_redo(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    assert agenda(window) == BEFORE
    row = window.agenda_model.row_of(lambda o: o.timing.first_day == date(2027, 3, 22))
    window.agenda.selectRow(row)
    asked: list[str] = []
    answer_with_keys(asked, (Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier))
    qtbot.keyClick(window.agenda, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.editing.dialog is not None, timeout=10_000)
    assert asked[0].startswith(f"“{OLD}” repeats.")
    assert [a.replace("&", "") for a in asked[1:]] == [
        "Only this one", "This and following", "The whole series", "Cancel"
    ]  # fmt: skip
    dialog = window.editing.dialog
    assert dialog is not None
    assert dialog.windowTitle() == f"Edit “{OLD}” from 22 Mar on"
    # The editor starts from the chosen occurrence with what is left of the series.
    assert dialog.form.recurrence.rule_text() == "FREQ=WEEKLY;COUNT=5"
    assert dialog.form.recurrence.preview_lines()[0] == "Mon 22 Mar 2027 at 18:00"
    qtbot.keyClick(dialog.form.title_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.form.title_edit, NEW)
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=5_000)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.editing.dialog is None, timeout=10_000)
    settle(qtbot, window)
    assert agenda(window) == SPLIT
    assert window.undo_stack.undoText() == f"Change “{OLD}” from 22 Mar"

    window.undo_action.trigger()
    settle(qtbot, window)
    assert agenda(window) == BEFORE
    window.redo_action.trigger()
    settle(qtbot, window)
    assert agenda(window) == SPLIT
    workspace = window._planner.workspace
    assert workspace is not None
    assert workspace.queries.count() == 2


def test_the_question_can_be_cancelled_with_escape(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.agenda.selectRow(window.agenda_model.row_of(lambda o: True))
    asked: list[str] = []
    answer_with_keys(asked, (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier))
    qtbot.keyClick(window.agenda, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    settle(qtbot, window)
    assert window.editing.dialog is None
    assert window.undo_stack.count() == 0
    assert agenda(window) == BEFORE


def test_cancel_this_and_following_and_undo(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.agenda.selectRow(
        window.agenda_model.row_of(lambda o: o.timing.first_day == date(2027, 4, 5))
    )
    asked: list[str] = []
    answer_with_keys(asked, (Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier))
    window.window_actions.cancel_event.trigger()
    qtbot.waitUntil(lambda: window.undo_stack.count() == 1, timeout=10_000)
    settle(qtbot, window)
    assert window.undo_stack.undoText() == f"Cancel “{OLD}” from 5 Apr"
    model = window.agenda_model
    statuses = [o.status.value for r in range(model.rowCount()) if (o := model.occurrence(r))]
    assert statuses == ["planned"] * 5 + ["cancelled"] * 3
    window.undo_action.trigger()
    settle(qtbot, window)
    statuses = [o.status.value for r in range(model.rowCount()) if (o := model.occurrence(r))]
    assert statuses == ["planned"] * 8


def test_a_series_changed_elsewhere_meanwhile_is_refused_with_a_message(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """The agenda still shows 22 March 18:00 when someone else moves the course to 19:00."""
    workspace = window._planner.workspace
    assert workspace is not None
    first = window.agenda_model.occurrence(window.agenda_model.row_of(lambda o: True))
    assert first is not None
    course = workspace.events.get(first.event_id)
    later = replace(course.draft(), timing=TimedSpan(at(2027, 3, 1, 19), at(2027, 3, 1, 21)))
    workspace.events.update(course.id, later, expected_version=course.version)
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *a, **k: shown.append(text)
    )
    row = window.agenda_model.row_of(lambda o: o.timing.first_day == date(2027, 3, 22))
    window.agenda.selectRow(row)
    asked: list[str] = []
    answer_with_keys(asked, (Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier))
    qtbot.keyClick(window.agenda, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "occurrence" in shown[0].lower()
    assert window.editing.dialog is None
    settle(qtbot, window)
    assert {o.timing.start.hour for o in window.agenda_model._occurrences} == {19}


def test_undo_of_a_new_time_for_the_whole_series_brings_back_a_cancelled_session(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    model = window.agenda_model
    window.agenda.selectRow(model.row_of(lambda o: o.timing.first_day == date(2027, 3, 15)))
    answer_with_keys([], (Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier))  # only this one
    window.window_actions.cancel_event.trigger()
    qtbot.waitUntil(lambda: window.undo_stack.count() == 1, timeout=10_000)
    settle(qtbot, window)
    workspace = window._planner.workspace
    assert workspace is not None
    [found] = workspace.queries.search(OLD)
    before = workspace.events.get(found.event_id)
    assert [c.recurrence_id for c in before.changes] == [datetime(2027, 3, 15, 18)]

    # The whole series from 18:00 to 17:00 in the editor.
    window.agenda.selectRow(model.row_of(lambda o: o.timing.first_day == date(2027, 3, 22)))
    answer_with_keys([], (Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier))
    qtbot.keyClick(window.agenda, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.editing.dialog is not None, timeout=10_000)
    dialog = window.editing.dialog
    assert dialog is not None
    start_time = dialog.form.timing.start_time
    start_time.setFocus()
    start_time.setSelectedSection(start_time.Section.HourSection)
    qtbot.keyClicks(start_time, "17:00")
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=5_000)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.editing.dialog is None, timeout=10_000)
    settle(qtbot, window)
    assert workspace.events.get(before.id).timing.start == at(2027, 3, 1, 17)  # type: ignore[union-attr]

    window.undo_action.trigger()
    settle(qtbot, window)
    back = workspace.events.get(before.id)
    assert back.draft() == before.draft()
    assert back.changes == before.changes
    statuses = [o.status.value for r in range(model.rowCount()) if (o := model.occurrence(r))]
    assert statuses == ["planned"] * 2 + ["cancelled"] + ["planned"] * 5
    window.redo_action.trigger()
    settle(qtbot, window)
    assert workspace.events.get(before.id).timing.start == at(2027, 3, 1, 17)  # type: ignore[union-attr]
