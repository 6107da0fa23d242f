"""Words of the week view: day headers and hour labels (tooltips are the month view's)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale


def day_header_text(day: date) -> str:
    """ "Mon 22 Mar": the day's short name, number and month, in the user's language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM")


def hour_text(hour: int) -> str:
    """ "07:00": hours as a 24-hour clock, as Swedish planners read them."""
    return f"{hour:02d}:00"
