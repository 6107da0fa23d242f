"""The window's left side: a month calendar to jump with, and the project/venue/tag filters.

The side itself (a dock in the width it keeps) and the filters' model (what is ticked: the
first query needs it) are made with the window; the calendar and the filters' tree are made
once the window's first frame has been painted, or when something asks for them first.
Their classes, modules and layout cost the first frame about a twentieth of the app's work
up to it (a calendar is a table inside; a tree view costs PySide the Python enums of its
whole class tree). The side is as wide from the start as the calendar will be, so nothing
beside it moves when they appear.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import QDockWidget, QVBoxLayout, QWidget

from eventplanner.services.events.facets import Facets
from eventplanner.ui.first_paint import after_first_paint
from eventplanner.ui.palette import is_dark, red_day
from eventplanner.ui.window.facet_model import FacetChoice, FacetModel, Key

if TYPE_CHECKING:
    from PySide6.QtWidgets import QCalendarWidget

    from eventplanner.ui.window.facet_panel import FacetPanel

CALENDAR_WIDTH_IN_CHARACTERS = 34
"""The side's width before its calendar is made, in average character widths: a calendar
with week numbers is about 28 on every style measured (Fusion, Windows, macOS, at any
font size, as the sizes scale with the font); the rest is the margin it is given."""


class Sidebar(QDockWidget):
    """Emits ``day_clicked`` with the date clicked in its calendar and ``choice_changed``
    with a FacetChoice when a filter is ticked, unticked or cleared."""

    day_clicked = Signal(object)
    choice_changed = Signal(object)

    def __init__(self, spacing: int, parent: QWidget) -> None:
        super().__init__(QCoreApplication.translate("MainWindow", "Calendar"), parent)
        self.setObjectName("calendarDock")
        self.model = FacetModel(self)
        self.model.choice_changed.connect(self.choice_changed)
        self._spacing = spacing
        self._calendar: QCalendarWidget | None = None
        self._facets: FacetPanel | None = None
        self._day: date | None = None
        self._holidays: Mapping[date, str] = {}
        side = QWidget(self)
        layout = QVBoxLayout(side)
        layout.setContentsMargins(spacing, 0, 0, spacing)
        layout.setSpacing(spacing)
        side.setMinimumWidth(
            self.fontMetrics().averageCharWidth() * CALENDAR_WIDTH_IN_CHARACTERS + spacing
        )
        self.setWidget(side)
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        after_first_paint(parent, self._make)

    @property
    def made(self) -> bool:
        """Whether the calendar and the filters' tree have been made."""
        return self._calendar is not None

    @property
    def calendar(self) -> QCalendarWidget:
        self._make()
        assert self._calendar is not None
        return self._calendar

    @property
    def facets(self) -> FacetPanel:
        self._make()
        assert self._facets is not None
        return self._facets

    def _make(self) -> None:
        if self._calendar is not None:
            return
        from PySide6.QtWidgets import QCalendarWidget

        from eventplanner.ui.window.facet_panel import FacetPanel

        side = self.widget()
        layout = side.layout()
        assert isinstance(layout, QVBoxLayout)
        calendar = QCalendarWidget(side)
        calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
        calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        calendar.setGridVisible(False)
        self._calendar = calendar
        layout.addWidget(calendar)
        self._facets = FacetPanel(self.model, side)
        layout.addWidget(self._facets, 1)
        calendar.setFixedSize(calendar.sizeHint())
        margins = layout.contentsMargins()
        needed = calendar.width() + margins.left() + margins.right()
        side.setMinimumWidth(max(side.minimumWidth(), needed))
        calendar.clicked.connect(lambda qdate: self.day_clicked.emit(qdate.toPython()))
        if self._day is not None:
            self.show_day(self._day)
        if self._holidays:
            self.mark_holidays(self._holidays)

    def show_day(self, day: date) -> None:
        """The day shown selected in the calendar."""
        self._day = day
        if self._calendar is not None:
            self._calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def choice(self) -> FacetChoice:
        """What is ticked in the filters."""
        return self.model.choice()

    def remembered(self) -> tuple[dict[Key, str], ...]:
        """The ticked values with the names last seen for them (for the settings)."""
        return self.model.remembered()

    def set_checked(self, checked: tuple[dict[Key, str], ...]) -> None:
        """Tick these (key -> name per list) without announcing a change."""
        self.model.set_checked(checked)

    def set_facets(self, facets: Facets) -> None:
        """The projects, venues and tags of what is shown, with their counts."""
        self.model.set_facets(facets)

    def mark_holidays(self, holidays: Mapping[date, str]) -> None:
        """Holidays red in the calendar, as its Sundays are, their names as tooltips."""
        self._holidays = holidays
        if self._calendar is None:
            return
        # Imported when the first holidays arrive, after the first paint: the class costs
        # PySide the Python enums of QTextFormat (some 150 members) at start-up.
        from PySide6.QtGui import QTextCharFormat

        for day, name in holidays.items():
            red = QTextCharFormat()
            red.setForeground(red_day(is_dark()))
            red.setToolTip(name)
            self._calendar.setDateTextFormat(QDate(day.year, day.month, day.day), red)
