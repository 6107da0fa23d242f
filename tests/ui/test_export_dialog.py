"""Export from the window, driven as a person would: select an event, open the export dialog,
type a file name, press Export; and "Open in Outlook" with the system's opener replaced.
Each test ends settled: pytest-qt deletes the window before the fixtures end."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from icalendar import Calendar
from PySide6.QtCore import QEvent, QPointF, Qt, QUrl
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from eventplanner.domain.enums import EventKind, EventStatus
from eventplanner.domain.model import EventDraft
from eventplanner.domain.recurrence import Recurrence
from eventplanner.domain.timing import TimedSpan
from eventplanner.ui.exporting.export_dialog import ExportDialog
from eventplanner.ui.window.main_window import MainWindow
from tests.ical.factories import run_ics_check as check_ics
from tests.ui.helpers import STO, settle


def first_event_row(window: MainWindow) -> int:
    row = window.agenda_model.row_of(lambda o: o.status is not EventStatus.CANCELLED)
    assert row >= 0
    return row


def uids_in(path: Path) -> set[str]:
    calendar = Calendar.from_ical(path.read_text(encoding="utf-8"))
    return {str(e["UID"]) for e in calendar.walk("VEVENT")}


def open_dialog(qtbot: QtBot, window: MainWindow, *, selected: bool) -> ExportDialog:
    if selected:
        window.window_actions.export_selected.trigger()
    else:
        window.window_actions.export.trigger()
    dialog = window.exports.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    settle(qtbot, window)
    return dialog


def export_to(qtbot: QtBot, dialog: ExportDialog, path: Path) -> None:
    dialog.file.clear()
    qtbot.keyClicks(dialog.file, str(path.with_suffix("")))  # the dialog adds ".ics"
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)


def test_exporting_the_selected_event_writes_one_event_outlook_reads(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """OUTLOOK.md 2: a file of one event has no calendar name of its own."""
    window.agenda.selectRow(first_event_row(window))
    occurrence = window.agenda.current_occurrence()
    assert occurrence is not None
    dialog = open_dialog(qtbot, window, selected=True)
    assert dialog.selected_choice.isChecked()
    assert occurrence.title in dialog.selected_choice.text()
    assert not dialog.calendar_name.isEnabled()

    target = tmp_path / "one event.ics"
    export_to(qtbot, dialog, target)

    text = target.read_text(encoding="utf-8")
    calendar = Calendar.from_ical(text)
    events = calendar.walk("VEVENT")
    assert {str(e["UID"]) for e in events} == {occurrence.uid}
    assert str(events[0]["SUMMARY"]) == occurrence.title
    assert "X-WR-CALNAME" not in calendar
    assert str(calendar["METHOD"]) == "PUBLISH"
    assert str(target) in window.statusBar().currentMessage()
    check_ics(target)
    settle(qtbot, window)


def test_exporting_the_view_writes_what_the_view_shows_with_its_filters(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    with qtbot.waitSignal(window.filter_bar.filter_changed, timeout=5000):
        window.filter_bar.search.setText("mäss")  # keyClicks cannot type ä
    settle(qtbot, window)
    shown = {
        o.uid
        for row in range(window.agenda_model.rowCount())
        if (o := window.agenda_model.occurrence(row)) is not None
        and o.status is not EventStatus.CANCELLED
    }
    assert shown, "the sample has fairs in the agenda's quarter"
    dialog = open_dialog(qtbot, window, selected=False)
    qtbot.mouseClick(dialog.view_choice, Qt.MouseButton.LeftButton)
    assert dialog.view_choice.isChecked()
    target = tmp_path / "fairs.ics"
    dialog.calendar_name.setText("Mässor i kvartalet")
    dialog.calendar_name.setModified(True)
    export_to(qtbot, dialog, target)

    assert uids_in(target) == shown
    assert str(Calendar.from_ical(target.read_text(encoding="utf-8"))["X-WR-CALNAME"]) == (
        "Mässor i kvartalet"
    )
    check_ics(target)
    settle(qtbot, window)


def test_a_file_in_a_missing_folder_is_explained_and_the_dialog_stays(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, window, selected=False)
    qtbot.mouseClick(dialog.everything_choice, Qt.MouseButton.LeftButton)
    target = tmp_path / "no such folder" / "all.ics"
    dialog.file.clear()
    qtbot.keyClicks(dialog.file, str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.problem.text() != "", timeout=20_000)

    assert "does not exist" in dialog.problem.text()
    assert str(target.parent) in dialog.problem.text()
    assert dialog.isVisible()
    assert dialog.export_button.isEnabled()
    assert not target.parent.exists()
    settle(qtbot, window)


def test_outlook_warnings_are_shown_before_writing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """OUTLOOK.md 6: a pattern outside Outlook's templates is reported before export."""
    workspace = window._planner.workspace
    assert workspace is not None
    start = datetime(2026, 12, 1, 9, 0, tzinfo=STO)
    workspace.events.create(
        EventDraft(
            "Styrgrupp den 1:a och 15:e",
            TimedSpan(start, start.replace(hour=10), "Europe/Stockholm"),
            kind=EventKind.NETWORK_MEETING,
            recurrence=Recurrence("FREQ=MONTHLY;BYMONTHDAY=1,15"),
        )
    )
    window._planner.refresh()
    settle(qtbot, window)
    dialog = open_dialog(qtbot, window, selected=False)
    qtbot.mouseClick(dialog.everything_choice, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Styrgrupp" in dialog.warnings.text(), timeout=20_000)
    assert "several days of the month" in dialog.warnings.text()
    settle(qtbot, window)


def test_open_in_outlook_hands_a_temporary_file_to_the_calendar_app(
    qtbot: QtBot, window: MainWindow
) -> None:
    opened: list[QUrl] = []
    window.exports.opener = lambda url: opened.append(url) or True
    window.agenda.selectRow(first_event_row(window))
    occurrence = window.agenda.current_occurrence()
    assert occurrence is not None
    with qtbot.waitSignal(window.exports.opened_in_outlook, timeout=20_000):
        window.window_actions.open_in_outlook.trigger()

    assert len(opened) == 1 and opened[0].isLocalFile()
    path = Path(opened[0].toLocalFile())
    assert path.suffix == ".ics"
    assert uids_in(path) == {occurrence.uid}
    check_ics(path)
    settle(qtbot, window)


def test_open_in_outlook_without_a_calendar_app_says_what_to_do(
    qtbot: QtBot, window: MainWindow, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    window.exports.opener = lambda _url: False
    window.agenda.selectRow(first_event_row(window))
    window.window_actions.open_in_outlook.trigger()
    qtbot.waitUntil(lambda: bool(warned), timeout=20_000)
    assert "Import" in warned[0] and ".ics" in warned[0]
    settle(qtbot, window)


def test_export_selected_without_a_selection_asks_for_one(qtbot: QtBot, window: MainWindow) -> None:
    window.window_actions.show_year.trigger()
    settle(qtbot, window)
    window.window_actions.export_selected.trigger()
    assert window.exports.dialog is None
    assert "Select an event" in window.statusBar().currentMessage()
    settle(qtbot, window)


def test_a_right_click_on_a_month_event_selects_it_for_its_menu(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.window_actions.show_month.trigger()
    settle(qtbot, window)
    month = window.month
    placed = next(i.occurrence for i in month._items if month.occurrence_rect(i.occurrence))
    rect = month.occurrence_rect(placed)
    assert rect is not None
    # The press itself, not a click through the window: that would open the menu and wait.
    press = QMouseEvent(
        QEvent.Type.MouseButtonPress,
        QPointF(rect.center()),
        QPointF(month.mapToGlobal(rect.center())),
        Qt.MouseButton.RightButton,
        Qt.MouseButton.RightButton,
        Qt.KeyboardModifier.NoModifier,
    )
    month.mousePressEvent(press)
    assert window.current_occurrence() == placed
    assert month._drag.dragged_key() is None
    assert window.window_actions.export_selected in month.actions()
    assert window.window_actions.open_in_outlook in month.actions()
    settle(qtbot, window)


def test_the_categories_language_chosen_in_the_dialog_wins_over_the_calendar_name(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, window, selected=False)
    qtbot.mouseClick(dialog.everything_choice, Qt.MouseButton.LeftButton)
    dialog.calendar_name.setText("Mässor och seminarier")
    dialog.calendar_name.setModified(True)
    assert dialog.language.currentText() == "Automatic, from the calendar name"
    assert dialog.request().language == ""
    dialog.language.setFocus()
    qtbot.keyClicks(dialog.language, "E")
    assert dialog.language.currentText() == "English"
    assert dialog.request().language == "en"
    target = tmp_path / "everything.ics"
    export_to(qtbot, dialog, target)

    calendar = Calendar.from_ical(target.read_text(encoding="utf-8"))
    kinds = {str(e["CATEGORIES"].cats[0]) for e in calendar.walk("VEVENT")}
    assert "trade fair" in kinds and "Mässa" not in kinds
    check_ics(target)
    settle(qtbot, window)
