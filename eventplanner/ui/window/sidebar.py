"""The window's left side: a month calendar to jump with, and the project/venue/tag filters.

Both are made with the window but shown once its first frame has been painted: laying out,
polishing and painting the calendar (a table inside) and the filters' tree cost the first
frame about a twentieth of the app's work up to it. The side keeps their width from the
start, so nothing beside it moves when they appear.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, QTimer
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
        margins = layout.contentsMargins()
        side.setMinimumWidth(self.calendar.width() + margins.left() + margins.right())
        self.setWidget(side)
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.calendar.hide()
        self.facets.hide()
        _AfterFirstPaint(parent, self._reveal)

    def _reveal(self) -> None:
        self.calendar.show()
        self.facets.show()

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


class _AfterFirstPaint(QObject):
    """Calls ``then`` once, after the first paint of ``window`` (or a second after it was
    made, if it is not painted by then)."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._then: Callable[[], None] | None = then
        window.installEventFilter(self)
        QTimer.singleShot(1000, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._then is not None and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self, self._fire)  # once this frame is painted
        return False

    def _fire(self) -> None:
        if self._then is not None:
            then, self._then = self._then, None
            self._window.removeEventFilter(self)
            then()
