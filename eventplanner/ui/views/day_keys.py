"""Where the navigation keys take the selected day of a calendar view: arrows by days (and in
the month by weeks), Page Up and Down by a month or a week, Home and End to its first and
last day."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from eventplanner.ui.views.month_layout import DAYS_A_WEEK, add_months, first_of_month

_MONTH_STEPS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}


def in_month(key: Qt.Key, day: date) -> date | None:
    """Where a key takes the month's selection from ``day`` (None: not a navigation key)."""
    if key in _MONTH_STEPS:
        return day + timedelta(days=_MONTH_STEPS[key])
    if key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
        return add_months(day, -1 if key == Qt.Key.Key_PageUp else 1)
    if key == Qt.Key.Key_Home:
        return first_of_month(day)
    if key == Qt.Key.Key_End:
        return add_months(first_of_month(day), 1) - timedelta(days=1)
    return None


def in_week(key: Qt.Key, day: date) -> date | None:
    """Where a key takes the week's selection from ``day`` (None: not a navigation key)."""
    # The week's layout is imported with the week view, not with the month's keys.
    from eventplanner.ui.views.week_layout import week_monday

    steps = {
        Qt.Key.Key_Left: -1,
        Qt.Key.Key_Right: 1,
        Qt.Key.Key_PageUp: -DAYS_A_WEEK,
        Qt.Key.Key_PageDown: DAYS_A_WEEK,
    }
    if key in steps:
        return day + timedelta(days=steps[key])
    if key == Qt.Key.Key_Home:
        return week_monday(day)
    if key == Qt.Key.Key_End:
        return week_monday(day) + timedelta(days=DAYS_A_WEEK - 1)
    return None
