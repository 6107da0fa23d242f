"""The window's views in one stack: which one shows a Position, what its period is called, and
where loaded occurrences and the selected day come from. The main window wires the signals.

Only the month view is made with the stack; the agenda, week and year views are made (and
their modules imported) when first shown, so that the first window paints sooner: a table
view alone costs PySide the Python enums of its whole class tree, a fifth of start-up.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QDate, QLocale, QSignalBlocker, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from eventplanner.domain.occurrence import Occurrence
from eventplanner.services.events.facets import FacetedOccurrences
from eventplanner.ui.period_reads import Ahead
from eventplanner.ui.text import first_day, week_text
from eventplanner.ui.views.month_view import MonthView
from eventplanner.ui.window.holiday_calendar import HolidayCalendar
from eventplanner.ui.window.navigation import AGENDA_MONTHS, Position, ViewKind

if TYPE_CHECKING:
    from eventplanner.ui.views.agenda_model import AgendaModel
    from eventplanner.ui.views.agenda_view import AgendaView
    from eventplanner.ui.views.shown_match import Wanted
    from eventplanner.ui.views.week_view import WeekView
    from eventplanner.ui.views.year_view import YearPane, YearView


class ViewStack(QStackedWidget):
    """The agenda, month, week and year views; one is shown at a time."""

    view_made = Signal(object)
    """A ViewKind whose view was just made: its signals want connecting."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.month = MonthView(self)
        self.month.set_today(today)
        self._agenda: AgendaView | None = None
        self._agenda_model: AgendaModel | None = None
        self._week: WeekView | None = None
        self._year: YearView | None = None
        self._year_pane: YearPane | None = None
        self._pages: dict[ViewKind, QWidget] = {ViewKind.MONTH: self.month}
        self.addWidget(self.month)
        self.holidays = HolidayCalendar(self)
        self.holidays.changed.connect(self._mark_holidays)

    @property
    def agenda(self) -> AgendaView:
        if self._agenda is None:
            from eventplanner.ui.views.agenda_model import AgendaModel
            from eventplanner.ui.views.agenda_view import AgendaView

            self._agenda_model = AgendaModel(self)
            self._agenda = AgendaView(self._agenda_model, self)
            self._add(ViewKind.AGENDA, self._agenda)
        return self._agenda

    @property
    def agenda_model(self) -> AgendaModel:
        self.agenda  # noqa: B018 - makes the model with its view
        assert self._agenda_model is not None
        return self._agenda_model

    @property
    def week(self) -> WeekView:
        if self._week is None:
            from eventplanner.ui.views.week_view import WeekView

            self._week = WeekView(self)
            self._week.set_today(self._today)
            self._add(ViewKind.WEEK, self._week)
        return self._week

    @property
    def year(self) -> YearView:
        if self._year is None:
            from eventplanner.ui.views.year_view import YearPane, YearView

            self._year = YearView()
            self._year.set_today(self._today)
            self._year_pane = YearPane(self._year, self)
            self._add(ViewKind.YEAR, self._year_pane)
        return self._year

    @property
    def year_pane(self) -> YearPane:
        self.year  # noqa: B018 - makes the pane with its view
        assert self._year_pane is not None
        return self._year_pane

    def made(self, view: ViewKind) -> bool:
        """Whether ``view`` exists yet (the month always does)."""
        return view in self._pages

    def _add(self, kind: ViewKind, page: QWidget) -> None:
        self._pages[kind] = page
        self.addWidget(page)
        self._mark_holidays()
        self.view_made.emit(kind)

    def _mark_holidays(self) -> None:
        """Hand the holidays known so far to the views that mark them."""
        known = self.holidays.known()
        self.month.set_holidays(known)
        if self._week is not None:
            self._week.set_holidays(known)
        if self._year is not None:
            self._year.set_holidays(known)
        if self._agenda is not None and self._agenda_model is not None:
            current = self._agenda.current_occurrence()
            self._agenda_model.set_holidays(known)
            if current is not None:  # rows of holidays came in: the same row stays chosen
                self._agenda.select_where(current.uid, current.recurrence_id)

    def _page(self, view: ViewKind) -> QWidget:
        if view is ViewKind.WEEK:
            return self.week
        if view is ViewKind.YEAR:
            return self.year_pane
        if view is ViewKind.AGENDA:
            return self.agenda
        return self._pages[view]

    def show_position(self, position: Position) -> None:
        """Show ``position``'s view, turned to its day with that day selected."""
        self.setCurrentWidget(self._page(position.view))
        day = position.day
        # The year before and after too: a month's first and last weeks, the agenda's
        # quarter and the pages beside reach into them.
        self.holidays.ask(range(day.year - 1, day.year + 2))
        # The window already knows where it is: no signals back about this move (they
        # would have it ask for the period a second time).
        if position.view is ViewKind.WEEK:
            with QSignalBlocker(self.week):
                self.week.set_week(day)
                self.week.select_day(day)
        elif position.view is ViewKind.MONTH:
            with QSignalBlocker(self.month):
                self.month.set_month(day)
                self.month.select_day(day)
        elif position.view is ViewKind.YEAR:
            with QSignalBlocker(self.year):
                self.year.select_day(day)
            self.year_pane.reveal_selected()

    def ahead(self, position: Position, display_zone: str) -> tuple[Ahead, ...]:
        """The periods to read ahead of ``position``: those Next and then Previous would
        show, in the month and week views, which are paged through (the month paints them
        ahead, too). The agenda's quarter and the year take three and twelve times as long
        to read, and reading them ahead would compete with the first keystrokes of a search
        (the agenda is mostly scrolled and searched)."""
        if position.view not in (ViewKind.MONTH, ViewKind.WEEK):
            return ()
        found: list[Ahead] = []
        for step in (1, -1):
            beside = position.step(step)
            prepare = None
            if position.view is ViewKind.MONTH:
                prepare = partial(self._prepare_month, beside, display_zone)
            found.append(Ahead(beside.window(display_zone), prepare))
        return tuple(found)

    def _prepare_month(
        self, position: Position, display_zone: str, found: FacetedOccurrences
    ) -> None:
        # Called from the event loop, a while after the period was read: by then the window
        # may have been closed (and deleted), or shows another view.
        if shiboken6.isValid(self) and self.currentWidget() is self.month:
            self.month.prepare(position.day, position.day, found.occurrences, display_zone)

    def period_text(self, position: Position) -> str:
        """ "Week 12 · 22–28 Mar 2027", "March 2027", "2027", "March – May 2027"."""
        day = position.day
        if position.view is ViewKind.WEEK:
            return week_text(day)
        if position.view is ViewKind.YEAR:
            return str(day.year)
        month = QDate(day.year, day.month, 1)
        locale = QLocale()
        if position.view is ViewKind.MONTH:
            return locale.toString(month, "MMMM yyyy").capitalize()
        # The agenda lists a quarter from its month: "March – May 2027", or across a new
        # year "December 2026 – February 2027".
        last = month.addMonths(AGENDA_MONTHS - 1)
        first_pattern = "MMMM" if last.year() == month.year() else "MMMM yyyy"
        first_text = locale.toString(month, first_pattern).capitalize()
        return f"{first_text} – {locale.toString(last, 'MMMM yyyy')}"

    def show_occurrences(
        self,
        view: ViewKind,
        occurrences: Sequence[Occurrence],
        display_zone: str,
        period: tuple[date, date] | None = None,
    ) -> None:
        """Hand a loaded period to ``view`` (the agenda keeps its selected row, and lists the
        holidays of ``period``, its first and last day)."""
        if view is ViewKind.MONTH:
            self.month.set_occurrences(occurrences, display_zone)
        elif view is ViewKind.WEEK:
            self.week.set_occurrences(occurrences, display_zone)
        elif view is ViewKind.YEAR:
            self.year.set_occurrences(occurrences, display_zone)
        else:
            current = self.agenda.current_occurrence()
            # The planner's answers come in start order, as the services give them.
            self.agenda_model.set_occurrences(
                occurrences, display_zone, in_start_order=True, period=period
            )
            if current is not None:
                self.agenda.select_where(current.uid, current.recurrence_id)

    def choose(self, view: ViewKind, occurrence: Wanted, display_zone: str) -> bool:
        """Select ``occurrence`` in ``view`` if it shows it (after a search's jump)."""
        if view is ViewKind.MONTH:
            return self.month.choose(occurrence)
        if view is ViewKind.WEEK:
            return self.week.choose(occurrence)
        if view is ViewKind.AGENDA:
            model = self.agenda_model
            shown = (model.occurrence(r) for r in range(model.rowCount()))
            from eventplanner.ui.views.shown_match import matching

            found = matching((o for o in shown if o is not None), occurrence, display_zone)
            return found is not None and self.agenda.select_where(found.uid, found.recurrence_id)
        return False

    def selected_day(self, position: Position, display_zone: str) -> date:
        """The day a new event would go on: the selected day, or the agenda's row's day."""
        if position.view is ViewKind.MONTH:
            return self.month.selected_day()
        if position.view is ViewKind.WEEK:
            return self.week.selected_day()
        if position.view is ViewKind.YEAR:
            return self.year.selected_day()
        current = self.agenda.current_occurrence()
        return position.day if current is None else first_day(current.timing, display_zone)
