"""The calendar a date field drops down: weeks from Monday with their ISO numbers, and wide
enough for the day names of the language (Swedish "mån" and "tors" were cut to "m…")."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, QPoint, Qt
from PySide6.QtWidgets import QCalendarWidget, QDateEdit
from pytestqt.qtbot import QtBot

from eventplanner.ui.events.event_dialog import EventDialog
from tests.ui.test_event_dialog import make_choices

ISO = QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers


def widest_day_name(calendar: QCalendarWidget) -> int:
    locale, metrics = QLocale(), calendar.fontMetrics()
    return max(
        metrics.horizontalAdvance(locale.dayName(d, QLocale.FormatType.ShortFormat))
        for d in range(1, 8)
    )


def test_the_event_dialogs_date_popup_in_swedish(swedish, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    dialog = EventDialog(make_choices(), None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    edits = dialog.findChildren(QDateEdit)
    assert len(edits) >= 3  # start, end, and the series' last date
    for edit in edits:
        calendar = edit.calendarWidget()
        assert calendar.verticalHeaderFormat() == ISO
        assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
    edit = edits[0]
    edit.setDate(QDate(2027, 9, 15))
    qtbot.mouseClick(
        edit, Qt.MouseButton.LeftButton, pos=QPoint(edit.width() - 6, edit.height() // 2)
    )
    calendar = edit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible, timeout=5_000)
    popup = calendar.window()
    # The week numbers and seven days, each column room for "tors" and a margin.
    assert (
        popup.width()
        >= 8 * widest_day_name(calendar) + 8 * calendar.fontMetrics().averageCharWidth()
    )
    popup.hide()
