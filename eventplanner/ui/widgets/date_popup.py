"""The calendar a date field drops down, as Swedish planners read a calendar."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QCalendarWidget, QDateEdit


def calendar_popup(edit: QDateEdit) -> None:
    """Give ``edit`` a calendar popup with weeks from Monday, their ISO numbers beside them
    (as the sidebar's calendar and the views show them), and room for the language's day
    names: Swedish "mån", "tors" were cut to "m…" in the popup's default width."""
    edit.setCalendarPopup(True)
    calendar = edit.calendarWidget()
    calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
    calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
    calendar.setMinimumWidth(max(calendar.sizeHint().width(), popup_width(calendar)))


def popup_width(calendar: QCalendarWidget) -> int:
    """Eight columns (the week number and seven days) as wide as the widest day name."""
    metrics = calendar.fontMetrics()
    locale = QLocale()
    names = [locale.dayName(day, QLocale.FormatType.ShortFormat) for day in range(1, 8)]
    widest = max(metrics.horizontalAdvance(name) for name in [*names, "53"])
    return 8 * (widest + 2 * metrics.averageCharWidth())
