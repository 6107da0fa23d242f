"""The window's left side: a month calendar to jump with, and the project/venue/tag filters."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QCalendarWidget, QDockWidget, QVBoxLayout, QWidget

from eventplanner.ui.palette import is_dark, red_day
from eventplanner.ui.window.facet_panel import FacetPanel


class Sidebar(QDockWidget):
    def __init__(self, spacing: int, parent: QWidget) -> None:
        super().__init__(QCoreApplication.translate("MainWindow", "Calendar"), parent)
        self.setObjectName("calendarDock")
        self.calendar = QCalendarWidget(self)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setGridVisible(False)
        side = QWidget(self)
        layout = QVBoxLayout(side)
        layout.setContentsMargins(spacing, 0, 0, spacing)
        layout.setSpacing(spacing)
        layout.addWidget(self.calendar)
        self.facets = FacetPanel(side)
        layout.addWidget(self.facets, 1)
        self.calendar.setFixedSize(self.calendar.sizeHint())
        self.setWidget(side)
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)

    def mark_holidays(self, holidays: Mapping[date, str]) -> None:
        """Holidays red in the calendar, as its Sundays are, their names as tooltips."""
        # Imported when the first holidays arrive, after the first paint: the class costs
        # PySide the Python enums of QTextFormat (some 150 members) at start-up.
        from PySide6.QtGui import QTextCharFormat

        for day, name in holidays.items():
            red = QTextCharFormat()
            red.setForeground(red_day(is_dark()))
            red.setToolTip(name)
            self.calendar.setDateTextFormat(QDate(day.year, day.month, day.day), red)
