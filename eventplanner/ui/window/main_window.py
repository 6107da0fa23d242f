"""The main window: it lays out the views and wires signals; it decides nothing itself.

Periods come from navigation.Position, data from the Planner (off the GUI thread), changes
go through the editing coordinator onto the undo stack. The commands the first paint does
not need are made when first used (``window_commands``), and the message boxes' class is
imported when one is first shown: each PySide class costs the Python enums of its class
tree when first named, QMessageBox and QDialog some sixty (``tests/ui/test_app.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDragMoveEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from eventplanner import __version__
from eventplanner.domain.filters import EventFilter, TimeWindow
from eventplanner.domain.occurrence import Occurrence
from eventplanner.domain.timezones import zone
from eventplanner.services.events.facets import FacetedOccurrences
from eventplanner.ui.period_cache import shown_kinds
from eventplanner.ui.planner import Planner
from eventplanner.ui.settings import FilterSettings, Settings
from eventplanner.ui.tasks.task_glance import TaskGlance
from eventplanner.ui.text import first_day
from eventplanner.ui.window.actions import Actions, make_actions
from eventplanner.ui.window.database_menu import DatabaseMenu
from eventplanner.ui.window.filter_bar import FilterBar
from eventplanner.ui.window.language_menu import LanguageMenu
from eventplanner.ui.window.navigation import Position, ViewKind
from eventplanner.ui.window.saved_notice import SavedNotice
from eventplanner.ui.window.search_everywhere import SearchEverywhere
from eventplanner.ui.window.sidebar import Sidebar
from eventplanner.ui.window.undo_history import UndoHistory
from eventplanner.ui.window.view_stack import ViewStack
from eventplanner.ui.window.window_commands import WindowCommands
from eventplanner.ui.window.window_menus import build_menus, build_toolbar, event_menu_actions
from eventplanner.ui.wording import filled

if TYPE_CHECKING:
    from PySide6.QtWidgets import QCalendarWidget

    from eventplanner.services.changes import ChangeSet
    from eventplanner.ui.events.editing import EventEditing
    from eventplanner.ui.exporting.export_request import ShownPeriod
    from eventplanner.ui.exporting.exporting import ExportCommands
    from eventplanner.ui.feeds.feeds_menu import FeedsMenu
    from eventplanner.ui.importing.importing import ImportCommands
    from eventplanner.ui.views.agenda_model import AgendaModel
    from eventplanner.ui.views.agenda_view import AgendaView
    from eventplanner.ui.views.shown_match import Wanted
    from eventplanner.ui.views.week_view import WeekView
    from eventplanner.ui.views.year_view import YearView
    from eventplanner.ui.window.facet_panel import FacetPanel

_VIEWS = {v.value for v in ViewKind}


class MainWindow(QMainWindow):
    def __init__(self, planner: Planner, settings: Settings, *, today: date | None = None) -> None:
        super().__init__()
        self._planner = planner
        self._settings = settings
        self._today = today or datetime.now(zone(settings.display_zone)).date()
        self._fixed_today = today  # tests give a day; else it is read again (a new day)
        self._zone = settings.display_zone
        view = ViewKind(settings.view) if settings.view in _VIEWS else ViewKind.AGENDA
        self._position = Position(view, self._today)
        self.undo_stack = QUndoStack(self)
        self.window_actions = make_actions(self)
        self.setWindowTitle("Eventplanner")
        self.setObjectName("MainWindow")

        self.filter_bar = FilterBar(self)
        self._jump_to: Wanted | None = None  # chosen in the search results, to select
        self.saved_notice = SavedNotice(lambda: self._zone, lambda: self._shown_period()[0], self)
        self._views = ViewStack(self._today, self)
        self.month = self._views.month
        self._views.view_made.connect(self._wire_view)
        self.period_label = QLabel(self)
        self.period_label.setObjectName("periodLabel")
        font = self.period_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.period_label.setFont(font)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        spacing = self.fontMetrics().height() // 2
        layout.setContentsMargins(spacing, spacing, spacing, spacing)
        layout.setSpacing(spacing)
        layout.addWidget(self.filter_bar)
        self.search = SearchEverywhere(
            planner, lambda: self.filter_bar.current().text, lambda: self._zone, layout,
            self.filter_bar,
        )  # fmt: skip
        self.search.jump_requested.connect(self._jump)
        self.saved_notice.show_requested.connect(self._jump)
        layout.addWidget(self.period_label)
        layout.addWidget(self.saved_notice)
        self.task_glance = TaskGlance(planner, self.today, self)
        layout.addWidget(self.task_glance.reminder)
        layout.addWidget(self._views, 1)
        self.setCentralWidget(central)

        self.sidebar = Sidebar(spacing, self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.sidebar)
        self._views.holidays.changed.connect(
            lambda: self.sidebar.mark_holidays(self._views.holidays.known())
        )

        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(self.fontMetrics().averageCharWidth() * 16)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.database_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.task_glance.counts_label)
        self.statusBar().addPermanentWidget(self.database_label)
        self.statusBar().addPermanentWidget(self.busy)
        # A message gets the whole bar, not what a long path leaves of it (it was cut off):
        # the database's name, in the title too, steps aside while one is shown.
        self.statusBar().messageChanged.connect(
            lambda text: self.database_label.setHidden(bool(text))
        )

        self.commands = WindowCommands(self, planner, self.undo_stack,
                                       port=lambda: settings.feed_port,
                                       serve=self.window_actions.serve_feeds,
                                       display_zone=lambda: self._zone,
                                       selected=self.current_occurrence, shown=self._shown_period,
                                       reload=self.reload,
                                       saved=self.saved_notice.expect,
                                       first_day=self._selected_day,
                                       today=self.today)  # fmt: skip
        self.setAcceptDrops(True)  # .ics files dropped on the window are imported
        self.databases = DatabaseMenu(planner, settings, self)
        self.databases.said.connect(self.statusBar().showMessage)
        self.languages = LanguageMenu(settings, self)
        self.history = UndoHistory(self.undo_stack, self)
        self.undo_action, self.redo_action = build_menus(
            self, self.window_actions, self.history, self.databases.recent_menu, self.languages.menu
        )
        build_toolbar(self, self.window_actions, self.undo_action, self.redo_action)
        self.commands.programme_actions = [self.undo_action, self.redo_action]
        a = self.window_actions
        _event_menu(self.month, a)
        self._wire(a)

        remembered = settings.filters
        self.filter_bar.set_current(remembered.filter_bar())
        self.sidebar.set_checked(remembered.ticks())
        self._ticked_in = remembered.database  # the database the sidebar's ticks belong to
        if settings.geometry is not None:
            self.restoreGeometry(settings.geometry)
        else:
            self.resize(1200, 780)
        if settings.window_state is not None:
            self.restoreState(settings.window_state)
        self._show_position()

    @property
    def calendar(self) -> QCalendarWidget:
        """The sidebar's calendar (made now, if the first frame has not been painted yet)."""
        return self.sidebar.calendar

    @property
    def facets(self) -> FacetPanel:
        """The sidebar's filters (made now, if the first frame has not been painted yet)."""
        return self.sidebar.facets

    # -- building ------------------------------------------------------------------------------

    def _wire(self, a: Actions) -> None:
        planner = self._planner
        planner.opened.connect(self._opened)
        planner.looked.connect(self.reload)
        planner.open_failed.connect(self._open_failed)
        planner.changed.connect(self._saved)
        planner.failed.connect(self._refused)
        self.history.refused.connect(self._warn)
        planner.busy_changed.connect(lambda: self.busy.setVisible(planner.busy))
        a.quit.triggered.connect(self.close)
        a.new_event.triggered.connect(lambda: self.editing.new_event(self._selected_day()))
        for action, act in (
            (a.edit_event, "edit"),
            (a.duplicate_event, "duplicate"),
            (a.cancel_event, "cancel"),
            (a.delete_event, "delete"),
        ):
            action.triggered.connect(
                lambda _c=False, act=act: self._with_current(self.commands.edits(act))
            )
        a.find.triggered.connect(self._find)
        a.today.triggered.connect(lambda: self._move(self._position.at(self._today)))
        a.previous.triggered.connect(lambda: self._move(self._position.step(-1)))
        a.following.triggered.connect(lambda: self._move(self._position.step(1)))
        a.go_to_date.triggered.connect(self._go_to_date)
        for kind, show in a.view_actions().items():
            show.triggered.connect(lambda _c=False, k=kind: self._move(self._position.showing(k)))
        for manage, noun in (
            (a.manage_venues, "venue"),
            (a.manage_organisations, "organisation"),
            (a.manage_contacts, "contact"),
            (a.manage_projects, "project"),
            (a.manage_tags, "tag"),
        ):
            manage.triggered.connect(lambda _checked=False, k=noun: self.commands.manage(k))
        a.display_zone.triggered.connect(self._choose_zone)
        a.about.triggered.connect(self._about)
        a.import_events.triggered.connect(lambda: self.imports.import_files())
        a.export.triggered.connect(lambda: self.exports.export())
        a.export_selected.triggered.connect(lambda: self.exports.export_selected())
        a.open_in_outlook.triggered.connect(lambda: self.exports.open_in_outlook())
        a.print_programme.triggered.connect(lambda: self.commands.printing.print_programme())
        a.export_programme.triggered.connect(
            lambda: self.commands.programme_export.export_programme()
        )
        # Until a database is open there is no feed to show or serve.
        a.manage_feeds.triggered.connect(lambda: self.feeds.show_feeds())
        a.serve_feeds.toggled.connect(self.commands.serve)
        a.show_conflicts.triggered.connect(lambda: self.commands.conflicts.show_conflicts())
        a.show_tasks.triggered.connect(lambda: self.commands.tasks.show_tasks())
        a.apply_playbook.triggered.connect(
            lambda: self._with_current(lambda o: self.commands.tasks.apply_playbook(o.event_id))
        )
        a.show_playbooks.triggered.connect(lambda: self.commands.show_playbooks())
        a.show_reports.triggered.connect(lambda: self.commands.show_reports(self._jump))
        self.task_glance.show_tasks_requested.connect(lambda: self.commands.tasks.show_tasks())
        self.task_glance.deadlines_read.connect(self.month.set_deadlines)
        a.show_programme.triggered.connect(lambda: self._with_current(self._show_programme))
        a.release_programme.triggered.connect(lambda: self._with_current(self._release_programme))
        a.show_stand.triggered.connect(lambda: self._with_current(self._show_stand))
        a.show_rota.triggered.connect(lambda: self._with_current(self._show_rota))
        a.show_budget.triggered.connect(lambda: self._with_current(self._show_budget))
        a.show_participants.triggered.connect(lambda: self._with_current(self._show_participants))
        a.show_checkin.triggered.connect(lambda: self._with_current(self._show_checkin))
        a.manage_subscriptions.triggered.connect(
            lambda: self.commands.conflicts.show_subscriptions()
        )
        a.manage_working_days.triggered.connect(lambda: self.commands.tasks.show_working_days())
        a.manage_personal_data.triggered.connect(lambda: self.commands.show_personal_data())
        a.new_database.triggered.connect(self.databases.new_database)
        a.open_database.triggered.connect(self.databases.open_database)
        a.open_sample.triggered.connect(self.databases.open_sample)
        self.filter_bar.filter_changed.connect(self._filter_changed)
        self.filter_bar.filter_changed.connect(self.search.search)
        self.sidebar.choice_changed.connect(self._filter_changed)
        self.month.occurrence_activated.connect(self.commands.edits("edit"))
        self.month.day_activated.connect(self.commands.edits("new_event"))
        self.month.month_changed.connect(lambda day: self._move(self._position.at(day)))
        self.month.day_selected.connect(self._day_selected)
        self.month.occurrence_moved.connect(self.commands.edits("move"))
        self.sidebar.day_clicked.connect(lambda day: self._move(self._position.at(day)))

    def _wire_view(self, kind: ViewKind) -> None:
        """Connect a view made on first use (the agenda, week and year views)."""
        if kind is ViewKind.AGENDA:
            agenda = self._views.agenda
            agenda.occurrence_activated.connect(self.commands.edits("edit"))
            agenda.delete_requested.connect(self.commands.edits("delete"))
            _event_menu(agenda, self.window_actions)
        elif kind is ViewKind.WEEK:
            week = self._views.week
            week.occurrence_activated.connect(self.commands.edits("edit"))
            week.slot_activated.connect(self.commands.edits("new_event_at"))
            week.occurrence_moved.connect(self.commands.edits("move"))
            week.occurrence_resized.connect(self.commands.edits("resize"))
            week.day_activated.connect(self.commands.edits("new_event"))
            week.day_selected.connect(self._day_selected)
            week.week_changed.connect(lambda day: self._move(self._position.at(day)))
            _event_menu(week, self.window_actions)
        elif kind is ViewKind.YEAR:
            year = self._views.year
            year.day_selected.connect(self._day_selected)
            year.year_changed.connect(lambda day: self._move(self._position.at(day)))
            # A day of the year opens in the month, where its events can be seen and planned.
            year.day_activated.connect(
                lambda day: self._move(self._position.at(day).showing(ViewKind.MONTH))
            )

    @property
    def editing(self) -> EventEditing:
        """What happens when an event is made, opened, moved or deleted."""
        return self.commands.editing

    @property
    def exports(self) -> ExportCommands:
        return self.commands.exports

    @property
    def imports(self) -> ImportCommands:
        return self.commands.imports

    @property
    def feeds(self) -> FeedsMenu:
        return self.commands.feeds

    @property
    def agenda(self) -> AgendaView:
        """The agenda view (made now, if it was not yet)."""
        return self._views.agenda

    @property
    def agenda_model(self) -> AgendaModel:
        return self._views.agenda_model

    @property
    def week(self) -> WeekView:
        """The week view (made now, if it was not yet)."""
        return self._views.week

    @property
    def year(self) -> YearView:
        """The year view (made now, if it was not yet)."""
        return self._views.year

    # -- what is shown -------------------------------------------------------------------------

    def _move(self, position: Position) -> None:
        self.saved_notice.hide()  # it spoke of the period left
        changed_view = position.view is not self._position.view
        self._position = position
        if changed_view:
            self._settings.view = position.view.value
        self._show_position()

    def _show_position(self) -> None:
        position = self._position
        self.window_actions.view_actions()[position.view].setChecked(True)
        self.window_actions.show_steps_of(position.view)
        self.period_label.setText(self._views.period_text(position))
        self.sidebar.show_day(position.day)
        self._views.show_position(position)
        self.task_glance.period_shown(*self.month.grid_days())
        self.reload()

    def today(self) -> date:
        """Today in the display zone (the day the window was given, in tests)."""
        return self._fixed_today or datetime.now(zone(self._zone)).date()

    def _saved(self, changes: ChangeSet) -> None:
        """Read the shown period and the search again after a change of events or of what
        they show (a period it did not touch is answered from memory, and the saved notice
        then tells where an event saved outside it is); a feed or a contact changes neither."""
        from eventplanner.services.changes import Kind  # with the first change

        if changes.touches(Kind.EVENT, *shown_kinds()):
            self.reload()
            self.search.search()

    def reload(self, _changes: object = None) -> None:
        """Ask for the shown period again (after a change, a filter, a move)."""
        window = self._position.window(self._zone)
        ahead = self._views.ahead(self._position, self._zone)
        self._planner.load(window, self.current_filter(), self._loaded, key="view", ahead=ahead)

    def next_start(self) -> tuple[TimeWindow, EventFilter]:
        """What the window will ask for first when it is started again today: the period
        of today in the view shown, under the filter that is remembered (not the search)."""
        today = datetime.now(zone(self._zone)).date()
        window = Position(self._position.view, today).window(self._zone)
        return window, replace(self.current_filter(), text="")

    def current_filter(self) -> EventFilter:
        """The filter bar's choices and the sidebar's, as one filter for every view."""
        choice = self.sidebar.choice()
        return replace(
            self.filter_bar.current(),
            project_ids=choice.project_ids,
            venue_ids=choice.venue_ids,
            tags=choice.tags,
        )

    def _loaded(self, result: FacetedOccurrences) -> None:
        if not isValid(self):  # answered after the window was closed and deleted
            return
        occurrences = result.occurrences
        self.sidebar.set_facets(result.facets)
        self.filter_bar.set_count(len(occurrences), result.total)
        position = self._position
        self._views.show_occurrences(position.view, occurrences, self._zone, position.days())
        self.saved_notice.views_loaded(occurrences)
        jump, self._jump_to = self._jump_to, None
        if jump is not None:
            self._views.choose(self._position.view, jump, self._zone)

    def _filter_changed(self) -> None:
        self._settings.filters = FilterSettings.of(
            self.filter_bar.current(), self.sidebar.remembered(), self._ticked_in
        )
        self.reload()

    def _day_selected(self, day: date) -> None:
        self._position = self._position.at(day)
        self.sidebar.show_day(day)

    def _selected_day(self) -> date:
        return self._views.selected_day(self._position, self._zone)

    def _with_current(self, act: Callable[[Occurrence], None]) -> None:
        # Asked of the view, which keeps its selection by the event's identity across
        # reloads: a reload after any save must not leave a highlighted event unselectable.
        occurrence = self.current_occurrence()
        if occurrence is None:
            self.statusBar().showMessage(self.tr("Select an event first."), 4000)
            return
        act(occurrence)

    def _show_programme(self, occurrence: Occurrence) -> None:
        """View → Programme…: the selected event's timetable."""
        self.commands.show_programme(occurrence.event_id)

    def _show_stand(self, occurrence: Occurrence) -> None:
        """View → Stand…: the selected fair's stand."""
        self.commands.show_stand(occurrence.event_id)

    def _show_rota(self, occurrence: Occurrence) -> None:
        """View → Rota…: the selected event's staff rota."""
        self.commands.show_rota(occurrence.event_id)

    def _show_budget(self, occurrence: Occurrence) -> None:
        """View → Budget…: the selected event's budget."""
        self.commands.show_budget(occurrence.event_id)

    def _show_participants(self, occurrence: Occurrence) -> None:
        """View → Participants…: the selected event's registrations."""
        self.commands.show_participants(occurrence.event_id)

    def _show_checkin(self, occurrence: Occurrence) -> None:
        """View → Check-in…: the selected event's door."""
        self.commands.show_checkin(occurrence.event_id)

    def _release_programme(self, occurrence: Occurrence) -> None:
        """View → Release programme…: the selected event's programme and its Release dialog."""
        self.commands.release_programme(occurrence.event_id)

    def current_occurrence(self) -> Occurrence | None:
        """The occurrence selected in the view shown (the year view selects none)."""
        view = self._position.view
        if view is ViewKind.AGENDA:
            return self.agenda.current_occurrence()
        if view is ViewKind.MONTH:
            return self.month.selected_occurrence()
        return self.week.selected_occurrence() if view is ViewKind.WEEK else None

    def _shown_period(self) -> tuple[ShownPeriod, str]:
        """The days the view shows with every filter, and its heading."""
        window = self._position.window(self._zone)
        tz = zone(self._zone)
        first, end = window.start.astimezone(tz).date(), window.end.astimezone(tz)
        # The window ends at the midnight after its last day, which is not shown.
        last = end.date() - timedelta(days=1) if end.time() == time.min else end.date()
        from eventplanner.ui.exporting.export_request import ShownPeriod

        shown = ShownPeriod(self.current_filter(), first, last)
        return shown, self._views.period_text(self._position)

    def _jump(self, occurrence: Wanted) -> None:
        """Show the period of an event found by the search, with the event selected."""
        position = self._position
        if position.view is ViewKind.YEAR:  # the year selects no event: its month does
            position = position.showing(ViewKind.MONTH)
        self._jump_to = occurrence
        self._move(position.at(first_day(occurrence.timing, self._zone)))

    def _find(self) -> None:
        self.filter_bar.search.setFocus()
        self.filter_bar.search.selectAll()

    def _go_to_date(self) -> None:
        from eventplanner.ui.dialogs.go_to_date import ask_date

        day = ask_date(self, self._position.day)
        if day is not None:
            self._move(self._position.at(day))

    def _choose_zone(self) -> None:
        from eventplanner.ui.dialogs.display_zone import ask_display_zone

        chosen = ask_display_zone(self, self._zone)
        if chosen:
            self._zone = chosen
            self._settings.display_zone = chosen
            self.commands.display_zone_changed(chosen)
            self.reload()
            self.search.search()

    # -- database ------------------------------------------------------------------------------

    def _opened(self, name: str) -> None:
        self.feeds  # noqa: B018 - made now: a change may publish feeds from here on
        self.commands.conflicts.opened()  # the subscribed calendars are read again soon
        if name != self._ticked_in:
            # Ids of projects and venues belong to one database: another starts unfiltered.
            self._ticked_in = name
            if not self.sidebar.choice().empty:
                self.sidebar.set_checked(({}, {}, {}))
            self._filter_changed()
        shown = name.rsplit("/", 1)[-1]
        if self._planner.read_only:
            self.setWindowTitle(filled(self.tr("%1 (read-only) – Eventplanner"), shown))
            # Kept in the status bar until another database is opened: every save is refused.
            self.statusBar().showMessage(
                filled(self.tr("%1 is open read-only: you cannot write to it or to its folder. You "
                        "can look and export, but changes are not saved; copy it to a folder "
                        "of your own to change it."), name)
            )  # fmt: skip
        else:
            self.setWindowTitle(filled(self.tr("%1 – Eventplanner"), shown))
            self.statusBar().clearMessage()
        self.database_label.setText(name)
        self.undo_stack.clear()
        self.reload()
        self.search.search()

    def _open_failed(self, target: str, message: str) -> None:
        self.reload()  # the events kept from the last time it was open show no longer
        self._warn(self.tr("Cannot open the database"), message)

    def _refused(self, message: str) -> None:
        self._warn(self.tr("Not saved"), message)

    def _warn(self, title: str, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, title, message)

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About Eventplanner"),
            filled(self.tr("<h3>Eventplanner %1</h3><p>Plan trade fairs, launches, innovation "
                           "days, courses and seminars, and publish them to Outlook.</p>"),
                   __version__),
        )  # fmt: skip

    def closeEvent(self, event: QCloseEvent) -> None:
        self.commands.stop_serving()
        self._settings.geometry = self.saveGeometry()
        self._settings.window_state = self.saveState()
        self._settings.sync()
        super().closeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.commands.drag_entered(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self.commands.drag_entered(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.commands.dropped(event)


def _event_menu(view: QWidget, a: Actions) -> None:
    """A right-click on an event selects it and offers what can be done with it."""
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    view.addActions(event_menu_actions(a))
