"""Days and times from Qt's values to Python's and back, typed.

PySide6 converts with ``toPython()`` and takes a ``date`` in ``QDate(…)`` at run time, but
its stubs type the first as ``object`` and do not know the second: these say what they give.
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QTime


def day_of(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


def time_of(qtime: QTime) -> time:
    return time(qtime.hour(), qtime.minute(), qtime.second(), qtime.msec() * 1000)


def qdate_of(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
