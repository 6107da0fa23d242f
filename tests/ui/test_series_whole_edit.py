"""The editor's "whole series", as a coordinator uses it: moved to another hour, the series
keeps its skipped date, cancelled session and last session; a new weekday pattern that
loses exceptions names them and asks, and nothing is saved unless the person agrees."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QMessageBox

from eventplanner.domain.model import Event, EventDraft, OccurrenceChange
from eventplanner.domain.recurrence import Recurrence
from eventplanner.domain.timing import TimedSpan
from eventplanner.services.workspace import Workspace
from eventplanner.ui.events.event_dialog import EventDialog
from eventplanner.ui.window.main_window import MainWindow
from tests.ui.helpers import settle, shown_window
from tests.ui.test_edit_following import answer_with_keys

STO = ZoneInfo("Europe/Stockholm")
TITLE = "Styrelsemöte"
SKIPPED = datetime(2027, 3, 9, 10)
CANCELLED = OccurrenceChange(datetime(2027, 3, 16, 10), cancelled=True)
RETITLED = OccurrenceChange(datetime(2027, 3, 23, 10), title="Årsmöte")


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=STO)  # type: ignore[misc]


@pytest.fixture
def window(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "styrelse.sqlite"
    workspace = Workspace.open(path)
    # Tuesdays 10:00 from 2 March until 13 April; summer time begins on 28 March.
    event = workspace.events.create(
        EventDraft(TITLE, TimedSpan(at(2027, 3, 2, 10), at(2027, 3, 2, 11)),
                   recurrence=Recurrence("FREQ=WEEKLY;UNTIL=20270413T080000Z", (SKIPPED,)))
    ).event  # fmt: skip
    for change in (CANCELLED, RETITLED):
        workspace.events.change_occurrence(event.id, change)
    workspace.close()
    with shown_window(qtbot, tmp_path, path, today=date(2027, 3, 1)) as made:
        yield made


def stored(window: MainWindow) -> Event:
    workspace = window._planner.workspace
    assert workspace is not None
    return workspace.events.get(1)


def open_whole_series(qtbot, window: MainWindow) -> EventDialog:  # type: ignore[no-untyped-def]
    row = window.agenda_model.row_of(lambda o: o.timing.first_day == date(2027, 3, 2))
    window.agenda.selectRow(row)
    answer_with_keys([], (Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier))
    qtbot.keyClick(window.agenda, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.editing.dialog is not None, timeout=10_000)
    dialog = window.editing.dialog
    assert dialog is not None
    return dialog


def read_the_question(seen: list[str]) -> None:
    """Put the next question box's informative text (the list of what is lost) in ``seen``."""

    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.informativeText())
        else:
            QTimer.singleShot(10, look)

    QTimer.singleShot(10, look)


def save(qtbot, dialog: EventDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=5_000)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_the_whole_series_moved_to_13_keeps_its_exceptions(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = open_whole_series(qtbot, window)
    start = dialog.form.timing.start_time
    start.setFocus()
    start.setSelectedSection(QDateTimeEdit.Section.HourSection)
    qtbot.keyClicks(start, "13:00")
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: window.editing.dialog is None, timeout=10_000)
    settle(qtbot, window)
    moved = stored(window)
    assert moved.timing == TimedSpan(at(2027, 3, 2, 13), at(2027, 3, 2, 14))
    assert moved.recurrence == Recurrence(
        "FREQ=WEEKLY;UNTIL=20270413T110000Z", (datetime(2027, 3, 9, 13),)
    )
    assert moved.changes == (
        OccurrenceChange(datetime(2027, 3, 16, 13), cancelled=True),
        OccurrenceChange(datetime(2027, 3, 23, 13), title="Årsmöte"),
    )
    model = window.agenda_model
    occurrences = [model.occurrence(r) for r in range(model.rowCount())]
    shown = [
        (o.timing.start.astimezone(STO).strftime("%d %b %H:%M"), o.status.value, o.title)  # type: ignore[union-attr]
        for o in occurrences
        if o is not None
    ]
    assert shown == [
        ("02 Mar 13:00", "planned", TITLE), ("16 Mar 13:00", "cancelled", TITLE),
        ("23 Mar 13:00", "planned", "Årsmöte"), ("30 Mar 13:00", "planned", TITLE),
        ("06 Apr 13:00", "planned", TITLE), ("13 Apr 13:00", "planned", TITLE),
    ]  # fmt: skip


def test_a_new_pattern_that_loses_exceptions_asks_first(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    before = stored(window)
    dialog = open_whole_series(qtbot, window)
    rule = dialog.form.recurrence.rule_edit
    rule.setFocus()
    rule.selectAll()
    qtbot.keyClicks(rule, "FREQ=WEEKLY;INTERVAL=2;UNTIL=20270413T080000Z")
    # Every other Tuesday has no 9 or 23 March: not a field to fix, a question at Save.
    asked: list[str] = []
    listed: list[str] = []
    read_the_question(listed)
    answer_with_keys(asked, (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier))
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: len(asked) == 3, timeout=10_000)
    assert asked[0].startswith("The changed series no longer has these occurrences")
    assert listed == ["Skipped: Tue 9 Mar 2027 10:00\nChanged: Tue 23 Mar 2027 10:00"]
    assert [a.replace("&", "") for a in asked[1:]] == ["Save and lose them", "Keep editing"]
    settle(qtbot, window)
    assert window.editing.dialog is dialog and dialog.isVisible()  # still editing
    assert stored(window) == before

    asked.clear()
    answer_with_keys(asked, (Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier))
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: window.editing.dialog is None, timeout=10_000)
    settle(qtbot, window)
    saved = stored(window)
    assert saved.recurrence == Recurrence("FREQ=WEEKLY;INTERVAL=2;UNTIL=20270413T080000Z", ())
    assert saved.changes == (CANCELLED,)
    window.undo_action.trigger()
    settle(qtbot, window)
    assert (stored(window).recurrence, stored(window).changes) == (
        before.recurrence,
        before.changes,
    )
