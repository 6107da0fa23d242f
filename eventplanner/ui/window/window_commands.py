"""The window's commands that its first paint does not need, each made when first used.

The editing coordinator when an event is made, opened, moved or deleted; the export and
import commands when asked for (or when files are dropped on the window); the managers of
venues, organisations, contacts, projects and tags when opened from the Manage menu; the
feed commands once a database is open, since before that there is nothing to publish or
serve. Start-up then loads none of their modules: some tens of milliseconds before the first
paint.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction, QDragEnterEvent, QDragMoveEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import QMainWindow, QWidget

from eventplanner.domain.occurrence import Occurrence
from eventplanner.ui.planner import Planner

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from eventplanner.domain.model import Event
    from eventplanner.domain.task_anchors import EventEdit
    from eventplanner.ui.budget.budget_window import BudgetWindow
    from eventplanner.ui.checkin.checkin_window import CheckinWindow
    from eventplanner.ui.conflicts.conflicts_menu import ConflictsMenu
    from eventplanner.ui.events.editing import EventEditing
    from eventplanner.ui.exporting.export_request import ShownPeriod
    from eventplanner.ui.exporting.exporting import ExportCommands
    from eventplanner.ui.exporting.programme_export import ProgrammeExport
    from eventplanner.ui.feeds.feeds_menu import FeedsMenu
    from eventplanner.ui.importing.importing import ImportCommands
    from eventplanner.ui.participants.participants_window import ParticipantsWindow
    from eventplanner.ui.personal_data.personal_data_window import PersonalDataWindow
    from eventplanner.ui.playbooks.playbooks_window import PlaybooksWindow
    from eventplanner.ui.printing.printing_menu import PrintCommands
    from eventplanner.ui.programme.programme_window import ProgrammeWindow
    from eventplanner.ui.reports.reports_window import ReportsWindow
    from eventplanner.ui.rota.rota_window import RotaWindow
    from eventplanner.ui.stand.stand_window import StandWindow
    from eventplanner.ui.tasks.tasks_menu import TasksMenu
    from eventplanner.ui.views.shown_match import Target


class WindowCommands:
    """Makes the editing, export, import and feed commands of ``window`` on first use."""

    def __init__(
        self,
        window: QMainWindow,
        planner: Planner,
        undo_stack: QUndoStack,
        *,
        port: Callable[[], int],
        serve: QAction,
        display_zone: Callable[[], str],
        selected: Callable[[], Occurrence | None],
        shown: Callable[[], tuple[ShownPeriod, str]],
        reload: Callable[[], None],
        saved: Callable[[Event], None] | None = None,
        first_day: Callable[[], date] | None = None,
        today: Callable[[], date] | None = None,
    ) -> None:
        """``saved`` hears of each event saved from the editor; ``port`` is read when the
        feeds menu is made (the settings' feed port, not needed by the first window)."""
        self._window = window
        self._planner = planner
        self._undo_stack = undo_stack
        self._port = port
        self._serve = serve
        self._display_zone = display_zone
        self._selected = selected
        self._shown = shown
        self._reload = reload
        self._saved = saved
        self._first_day = first_day or date.today
        self._today = today or date.today
        self._editing: EventEditing | None = None
        self._exports: ExportCommands | None = None
        self._programme_export: ProgrammeExport | None = None
        self._imports: ImportCommands | None = None
        self._feeds: FeedsMenu | None = None
        self._conflicts: ConflictsMenu | None = None
        self._printing: PrintCommands | None = None
        self._tasks: TasksMenu | None = None
        self._managers: dict[str, QWidget] = {}
        self._programmes: dict[int, ProgrammeWindow] = {}
        self._stands: dict[int, StandWindow] = {}
        self._rotas: dict[int, RotaWindow] = {}
        self._budgets: dict[int, BudgetWindow] = {}
        self._participants: dict[int, ParticipantsWindow] = {}
        self._checkins: dict[int, CheckinWindow] = {}
        self._availability: dict[int, QDialog] = {}
        self._playbooks: PlaybooksWindow | None = None
        self._personal_data: PersonalDataWindow | None = None
        self._reports: ReportsWindow | None = None
        self.programme_actions: list[QAction] = []

    @property
    def editing(self) -> EventEditing:
        if self._editing is None:
            from eventplanner.ui.events.editing import EventEditing

            self._editing = EventEditing(
                self._planner, self._undo_stack, self._window, self._display_zone()
            )
            self._editing.drop_abandoned.connect(self._reload)
            self._editing.confirm_moves = self._confirm_task_moves
            self._editing.programme_requested.connect(self.show_programme)
            if self._saved is not None:
                self._editing.event_saved.connect(self._saved)
        return self._editing

    def _confirm_task_moves(
        self,
        event_id: int,
        edit: EventEdit,
        parent: QWidget,
        go: Callable[[], None],
        stop: Callable[[], None],
    ) -> None:
        """Before an event moves: which of its tasks move with it, from → to."""
        from eventplanner.ui.tasks.move_preview import confirm_task_moves

        confirm_task_moves(self._planner, parent, event_id, edit, go, stop)

    def edits(self, act: str) -> Callable[..., None]:
        """A slot that hands its arguments to ``act`` of the editing coordinator."""
        return lambda *args: getattr(self.editing, act)(*args)

    def display_zone_changed(self, zone: str) -> None:
        if self._editing is not None:  # one made later takes the new zone when made
            self._editing.display_zone = zone

    @property
    def exports(self) -> ExportCommands:
        if self._exports is None:
            from eventplanner.ui.exporting.exporting import ExportCommands

            self._exports = ExportCommands(
                self._planner,
                self._window,
                selected=self._selected,
                shown=self._shown,
                reader_zone=self._display_zone,
            )
        return self._exports

    @property
    def programme_export(self) -> ProgrammeExport:
        """File → Export programme… (made when first used)."""
        if self._programme_export is None:
            from eventplanner.ui.exporting.programme_export import ProgrammeExport

            self._programme_export = ProgrammeExport(self._planner, self._window, self._selected)
        return self._programme_export

    @property
    def imports(self) -> ImportCommands:
        if self._imports is None:
            from eventplanner.ui.importing.importing import ImportCommands

            self._imports = ImportCommands(
                self._planner, self._window, self._undo_stack, display_zone=self._display_zone
            )
        return self._imports

    @property
    def feeds(self) -> FeedsMenu:
        if self._feeds is None:
            from eventplanner.ui.feeds.feeds_menu import FeedsMenu

            self._feeds = FeedsMenu(self._planner, self._window, port=self._port(),
                                    serve=self._serve, display_zone=self._display_zone)  # fmt: skip
        return self._feeds

    @property
    def conflicts(self) -> ConflictsMenu:
        if self._conflicts is None:
            from eventplanner.ui.conflicts.conflicts_menu import ConflictsMenu

            self._conflicts = ConflictsMenu(
                self._planner, self._window, display_zone=self._display_zone,
                first_day=self._first_day, open_event=lambda o: self.editing.edit(o),
            )  # fmt: skip
        return self._conflicts

    @property
    def tasks(self) -> TasksMenu:
        """View → Tasks… and the task dialog (made when first used)."""
        if self._tasks is None:
            from eventplanner.ui.tasks.tasks_menu import TasksMenu

            self._tasks = TasksMenu(self._planner, self._undo_stack, self._window,
                                    today=self._today)  # fmt: skip
            self._tasks.edit_playbooks = self.show_playbooks
        return self._tasks

    def show_playbooks(self) -> PlaybooksWindow | None:
        """View → Edit playbooks… (one window, raised when asked again), with the window's
        Undo and Redo in it; nothing before a database is open."""
        import shiboken6

        if self._planner.workspace is None:
            return None
        made = self._playbooks
        # Closed, it is deleted (later): a new one then, not one about to go.
        if made is None or not shiboken6.isValid(made) or not made.isVisible():
            from eventplanner.ui.playbooks.playbooks_window import PlaybooksWindow

            made = PlaybooksWindow(self._planner, self._undo_stack,
                                   actions=self.programme_actions, parent=self._window)  # fmt: skip
            made.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self._playbooks = made
        made.show()
        made.raise_()
        made.activateWindow()
        return made

    def show_personal_data(self) -> PersonalDataWindow | None:
        """Manage → Personal data… (one window, raised when asked again), with the window's
        Undo and Redo in it; nothing before a database is open."""
        import shiboken6

        if self._planner.workspace is None:
            return None
        made = self._personal_data
        if made is None or not shiboken6.isValid(made) or not made.isVisible():
            from eventplanner.ui.personal_data.personal_data_window import PersonalDataWindow

            made = PersonalDataWindow(self._planner, self._undo_stack, parent=self._window)
            made.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self._personal_data = made
        made.show()
        made.raise_()
        made.activateWindow()
        return made

    def show_reports(self, jump: Callable[[Target], None] | None = None) -> ReportsWindow | None:
        """View → Reports… (one window, raised when asked again), on the project of the
        event selected in the calendar when it has one; an event double-clicked in it is
        shown in the calendar by ``jump``. Nothing before a database is open."""
        import shiboken6

        if self._planner.workspace is None:
            return None
        made = self._reports
        if made is None or not shiboken6.isValid(made) or not made.isVisible():
            from eventplanner.ui.reports.reports_window import ReportsWindow

            language = "sv" if QLocale().language() == QLocale.Language.Swedish else "en"
            made = ReportsWindow(
                self._planner,
                self._undo_stack,
                language=language,
                actions=self.programme_actions,
                parent=self._window,
            )
            made.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            if jump is not None:
                made.event_requested.connect(lambda ident: self._show_event(ident, jump))
            selected = self._selected()
            if selected is not None and selected.project_id is not None:
                made.choose_project(selected.project_id)  # the selected event's project first
            self._reports = made
        made.show()
        made.raise_()
        made.activateWindow()
        return made

    def _show_event(self, event_id: int, jump: Callable[[Target], None]) -> None:
        """The event selected in the calendar, where it starts."""
        from eventplanner.ui.views.shown_match import Target

        self._planner.read(lambda ws: ws.events.get(event_id),
                           lambda event: jump(Target(event_id, event.timing)))  # fmt: skip

    @property
    def printing(self) -> PrintCommands:
        if self._printing is None:
            from eventplanner.ui.printing.printing_menu import PrintCommands

            self._printing = PrintCommands(self._planner, self._window, self._selected)
        return self._printing

    def show_programme(self, event_id: int) -> ProgrammeWindow:
        """The event's programme window (one per event; raised when asked again), with
        ``programme_actions`` (the window's Undo and Redo) in it."""

        def make() -> ProgrammeWindow:
            from eventplanner.ui.programme.programme_window import ProgrammeWindow

            made = ProgrammeWindow(self._planner, self._undo_stack, event_id,
                                   viewer_zone=self._display_zone(),
                                   actions=self.programme_actions, parent=self._window)  # fmt: skip
            made.conflicts_requested.connect(self.show_conflicts_over)
            made.stand_requested.connect(self.show_stand)
            return made

        return _one_per_event(self._programmes, event_id, make)

    def show_stand(self, event_id: int) -> StandWindow:
        """The event's stand window (one per event; raised when asked again), with
        ``programme_actions`` (the window's Undo and Redo) in it, and the tasks' question
        before a deadline's save moves tasks."""

        def make() -> StandWindow:
            from eventplanner.ui.stand.stand_window import StandWindow
            from eventplanner.ui.tasks.move_preview import ask_moves

            return StandWindow(self._planner, self._undo_stack, event_id,
                               actions=self.programme_actions, ask_moves=ask_moves,
                               parent=self._window)  # fmt: skip

        return _one_per_event(self._stands, event_id, make)

    def release_programme(self, event_id: int) -> ProgrammeWindow:
        """The event's programme window with its Release dialog over it (once the programme
        is read)."""
        made = self.show_programme(event_id)
        made.releases.open_release_when_read()
        return made

    def show_rota(self, event_id: int) -> RotaWindow:
        """The event's rota window (one per event; raised when asked again), with the
        window's Undo and Redo in it; a person's feed address from the feed server."""

        def make() -> RotaWindow:
            from eventplanner.ui.rota.rota_window import RotaWindow

            return RotaWindow(self._planner, self._undo_stack, event_id,
                              feed_address=lambda token: self.feeds.serving.url_for(token),
                              actions=self.programme_actions, parent=self._window)  # fmt: skip

        return _one_per_event(self._rotas, event_id, make)

    def show_budget(self, event_id: int) -> BudgetWindow:
        """The event's budget window (one per event; raised when asked again), with the
        window's Undo and Redo in it."""

        def make() -> BudgetWindow:
            from eventplanner.ui.budget.budget_window import BudgetWindow

            return BudgetWindow(self._planner, self._undo_stack, event_id,
                                actions=self.programme_actions, parent=self._window)  # fmt: skip

        return _one_per_event(self._budgets, event_id, make)

    def show_participants(self, event_id: int) -> ParticipantsWindow:
        """The event's participants window (one per event; raised when asked again), with
        the window's Undo and Redo in it."""

        def make() -> ParticipantsWindow:
            from eventplanner.ui.participants.participants_window import ParticipantsWindow

            return ParticipantsWindow(self._planner, self._undo_stack, event_id,
                                      parent=self._window)  # fmt: skip

        return _one_per_event(self._participants, event_id, make)

    def show_checkin(self, event_id: int) -> CheckinWindow:
        """The event's check-in window (one per event; raised when asked again), with the
        window's undo stack."""

        def make() -> CheckinWindow:
            from eventplanner.ui.checkin.checkin_window import CheckinWindow

            return CheckinWindow(self._planner, self._undo_stack, event_id, parent=self._window)

        return _one_per_event(self._checkins, event_id, make)

    def show_conflicts_over(self, first: date, last: date) -> None:
        """The Conflicts window over the days from ``first`` to ``last`` (a programme's)."""
        shown = self.conflicts.show_conflicts()
        if shown is not None:
            shown.set_period(first, last)

    def serve(self, on: bool) -> None:
        """File → Serve feeds checked or unchecked."""
        self.feeds.serving.set_serving(on)

    def stop_serving(self) -> None:
        """Stop the feed server (if it was ever started) before the app quits."""
        if self._feeds is not None:
            self._feeds.shutdown()

    def manage(self, kind: str) -> None:
        """Open (or raise) the manager of ``kind``: venue, organisation, contact, project, tag."""
        from eventplanner.ui.catalog.catalog_dialog import CatalogDialog

        dialog = self._managers.get(kind)
        if dialog is None:
            made = CatalogDialog(self._planner, kind, self._window)
            made.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            made.destroyed.connect(lambda _obj=None, k=kind: self._managers.pop(k, None))
            made.itinerary_requested.connect(
                lambda ident, name, d=made: self.show_itinerary(ident, name, d)
            )
            made.availability_requested.connect(
                lambda ident, name, d=made: self.show_availability(ident, name, d)
            )
            self._managers[kind] = dialog = made
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def show_itinerary(self, contact_id: int, name: str, parent: QWidget | None = None) -> QDialog:
        """A person's itinerary in every event (asked for from Manage → Contacts)."""
        from eventplanner.ui.programme.itinerary_dialog import ItineraryDialog

        dialog = ItineraryDialog(self._planner, contact_id, name, parent or self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def show_availability(
        self, contact_id: int, name: str, parent: QWidget | None = None
    ) -> QDialog:
        """When a person can or cannot be there (asked for from Manage → Contacts); one
        window a person, raised when asked for again."""
        import shiboken6

        from eventplanner.ui.programme.availability_dialog import AvailabilityDialog

        dialog = self._availability.get(contact_id)
        if dialog is None or not shiboken6.isValid(dialog):
            dialog = AvailabilityDialog(self._planner, contact_id, name,
                                        time_zone=self._display_zone(),
                                        parent=parent or self._window)  # fmt: skip
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self._availability[contact_id] = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    # -- files dropped on the window -----------------------------------------------------------

    def drag_entered(self, event: QDragEnterEvent | QDragMoveEvent) -> None:
        """Accept a drag that carries files: dropped, the .ics ones are imported."""
        from eventplanner.ui.importing.importing import local_files

        if local_files(event.mimeData()):
            event.acceptProposedAction()

    def dropped(self, event: QDropEvent) -> None:
        from eventplanner.ui.importing.importing import local_files

        paths = local_files(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.imports.dropped(paths)


_Window = TypeVar("_Window", bound=QWidget)


def _one_per_event(kept: dict[int, _Window], event_id: int, make: Callable[[], _Window]) -> _Window:
    """The event's window of a kind: the one kept while it is open (raised), else a new one
    from ``make``, deleted when closed."""
    import shiboken6

    made = kept.get(event_id)
    # Closed, it is deleted (later): a new one then, not one about to go.
    if made is None or not shiboken6.isValid(made) or not made.isVisible():
        made = make()
        made.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        kept[event_id] = made
    made.show()
    made.raise_()
    made.activateWindow()
    return made
