"""An event's programme: the timetable day by day (stages as columns), the sessions of a
stage that overlap beside it, and the programme as a list that sorts and filters. Every
change goes through the undo stack and is written off the GUI thread; the programme is
read again after each write (its own or another's)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTabBar,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from eventplanner.domain.conflicts import Conflict, ConflictKind
from eventplanner.domain.filters import TimeWindow
from eventplanner.domain.programme import (
    RoleLink,
    Session,
    SessionKind,
    Target,
    session_problems,
)
from eventplanner.domain.timezones import zone
from eventplanner.services.programme.records import Programme
from eventplanner.ui.conflict_texts import describe
from eventplanner.ui.events.undo import save_then_push
from eventplanner.ui.planner import Planner
from eventplanner.ui.programme.organisations_tab import OrganisationsTab
from eventplanner.ui.programme.programme_model import (
    SESSION_ROLE,
    ProgrammeFilter,
    ProgrammeModel,
)
from eventplanner.ui.programme.programme_texts import (
    people_text,
    session_kind_label,
    session_problem_text,
)
from eventplanner.ui.programme.programme_undo import (
    AddSessions,
    DeleteSessions,
    EditSessions,
    MakeBlock,
    MoveBlock,
    Person,
    add_text,
    delete_text,
    edit_text,
    move_text,
    people_of,
    resize_text,
)
from eventplanner.ui.programme.release_status import ReleaseStatus
from eventplanner.ui.programme.session_dialog import SessionDialog
from eventplanner.ui.programme.timetable_layout import day_layout, event_days
from eventplanner.ui.programme.timetable_view import TimetableHeader, TimetableView
from eventplanner.ui.text import day_text, days_text
from eventplanner.ui.wording import filled

if TYPE_CHECKING:
    from eventplanner.services.changes import ChangeSet
    from eventplanner.services.workspace import Workspace
    from eventplanner.ui.programme.itinerary_dialog import ItineraryDialog
    from eventplanner.ui.programme.phases_dialog import PhasesDialog
    from eventplanner.ui.programme.setting_undo import SettingChange
    from eventplanner.ui.programme.stages_dialog import StagesDialog

translate = QCoreApplication.translate

Loaded = tuple[Programme, list[tuple[int, str]]]


def _read(event_id: int) -> object:
    def read(workspace: Workspace) -> Loaded:
        contacts = [(c.id, c.name) for c in workspace.contacts.list() if c.id is not None]
        return workspace.programme.programme(event_id), contacts

    return read


class ProgrammeWindow(QWidget):
    """The programme of one event."""

    loaded = Signal()
    """The programme was read (again) and is shown."""
    conflicts_shown = Signal()
    """The conflicts of the event's sessions were read, and shown as they changed."""
    itinerary_requested = Signal(int, str)
    """(contact id, name): a person's itinerary asked for."""
    conflicts_requested = Signal(object, object)
    """(first day, last day): the Conflicts window over those days asked for."""
    stand_requested = Signal(int)
    """(event id): the event's stand window asked for."""

    def __init__(
        self,
        planner: Planner,
        undo_stack: QUndoStack,
        event_id: int,
        *,
        viewer_zone: str = "",
        actions: Sequence[QAction] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._planner = planner
        self._stack = undo_stack
        self._event_id = event_id
        self._viewer_zone = viewer_zone
        self.programme: Programme | None = None
        self.conflicts: tuple[Conflict, ...] = ()
        """The unaccepted conflicts of the event's sessions, as last read."""
        self._contacts: list[tuple[int, str]] = []
        self._day: date | None = None
        self._dialog: SessionDialog | None = None
        self.setWindowTitle(self.tr("Programme"))
        self.addActions(list(actions))

        self.days = QTabBar()
        self.days.setExpanding(False)
        self.days.currentChanged.connect(self._day_chosen)
        self.view = TimetableView()
        self.view.session_changed.connect(self._moved)
        self.view.create_requested.connect(self._create)
        self.view.edit_requested.connect(self.edit)
        self.view.selection_changed.connect(lambda _s: self._enable())
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.top = 4
        scroll = QScrollArea()
        scroll.setWidget(self.view)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area = scroll
        self.header = TimetableHeader(self.view)
        scroll.horizontalScrollBar().valueChanged.connect(self._scrolled)
        grid = QWidget()
        grid_box = QVBoxLayout(grid)
        grid_box.setContentsMargins(0, 0, 0, 0)
        grid_box.setSpacing(0)
        grid_box.addWidget(self.header)
        grid_box.addWidget(scroll, 1)
        self.overlaps = QListWidget()
        # An overlap names two sessions and their times: wrapped in the narrow side list,
        # never cut off behind a horizontal scroll bar.
        self.overlaps.setWordWrap(True)
        self.overlaps.setSpacing(3)  # wrapped items told apart
        self.overlaps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.overlaps.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.overlaps.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.overlaps.itemActivated.connect(self._overlap_chosen)
        self.overlaps.itemClicked.connect(self._overlap_chosen)
        side = QWidget()
        side_box = QVBoxLayout(side)
        side_box.setContentsMargins(0, 0, 0, 0)
        side_box.addWidget(QLabel(self.tr("Overlaps and conflicts")))
        side_box.addWidget(self.overlaps)
        split = QSplitter()
        split.addWidget(grid)
        split.addWidget(side)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setSizes([900, 230])
        timetable = QWidget()
        timetable_box = QVBoxLayout(timetable)
        timetable_box.setContentsMargins(0, 0, 0, 0)
        timetable_box.addWidget(self.days)
        timetable_box.addWidget(split, 1)

        self.model = ProgrammeModel(self)
        self.filtered = ProgrammeFilter(self.model, self)
        self.table = QTableView()
        self.table.setModel(self.filtered)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(
            lambda index: self.edit(index.data(SESSION_ROLE)) if index.isValid() else None
        )
        self.stage_filter = QComboBox()
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("Every kind"), None)
        for kind in SessionKind:
            self.kind_filter.addItem(session_kind_label(kind), kind)
        self.person_filter = QComboBox()
        for chooser in (self.stage_filter, self.kind_filter, self.person_filter):
            chooser.currentIndexChanged.connect(self._narrow)
        self.itinerary = QAction(self.tr("&Itinerary…"), self)
        self.itinerary.setToolTip(self.tr("Everything the chosen person is in, in every event"))
        self.itinerary.triggered.connect(self._itinerary)
        self.itinerary_requested.connect(self.open_itinerary)
        filters = QHBoxLayout()
        for label, chooser in ((self.tr("Stage:"), self.stage_filter),
                               (self.tr("Kind:"), self.kind_filter),
                               (self.tr("Person:"), self.person_filter)):  # fmt: skip
            filters.addWidget(QLabel(label))
            filters.addWidget(chooser)
        itinerary_bar = QToolBar()
        itinerary_bar.addAction(self.itinerary)
        filters.addWidget(itinerary_bar)
        filters.addStretch(1)
        listing = QWidget()
        listing_box = QVBoxLayout(listing)
        listing_box.setContentsMargins(0, 0, 0, 0)
        listing_box.addLayout(filters)
        listing_box.addWidget(self.table, 1)

        self.organisations = OrganisationsTab(planner, undo_stack)
        self.tabs = QTabWidget()
        self.timetable_page = timetable
        self.tabs.addTab(timetable, self.tr("Timetable"))
        self.listing = listing
        self.tabs.addTab(listing, self.tr("List"))
        self.tabs.addTab(self.organisations, self.tr("Organisations"))
        self.tabs.currentChanged.connect(lambda _index: self._enable())

        self.new_session = QAction(self.tr("&New session…"), self)
        self.new_session.triggered.connect(self._new)
        self.edit_session = QAction(self.tr("&Edit…"), self)
        self.edit_session.triggered.connect(lambda: self.edit(self._chosen_one()))
        self.delete_session = QAction(self.tr("&Delete…"), self)
        self.delete_session.setToolTip(
            self.tr("Delete the selected sessions (Del; it can be undone)")
        )
        self.delete_session.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_session.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_session.triggered.connect(lambda: self.ask_delete(self.chosen_sessions()))
        self.view.addAction(self.delete_session)
        self.table.addAction(self.delete_session)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._list_menu)
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self._enable())
        self.copy_to_stages = QAction(self.tr("Copy to every &stage"), self)
        self.copy_to_stages.setToolTip(
            self.tr("The selected break at the same time on every stage")
        )
        self.copy_to_stages.triggered.connect(lambda: self.copy_pause(every_day=False))
        self.copy_to_days = QAction(self.tr("Copy to every &day"), self)
        self.copy_to_days.setToolTip(self.tr("The selected break at the same time on every day"))
        self.copy_to_days.triggered.connect(lambda: self.copy_pause(every_day=True))
        self.shift_later = QAction(self.tr("S&hift later sessions…"), self)
        self.shift_later.setToolTip(
            self.tr("Move the selected session and every later one on its stage that day")
        )
        self.shift_later.triggered.connect(self._ask_shift)
        self.make_block = QAction(self.tr("Make a bloc&k…"), self)
        self.make_block.setToolTip(
            self.tr("A block on the selected session's stage, with that session in it; "
                    "others join it in the session editor")
        )  # fmt: skip
        self.make_block.triggered.connect(self._ask_block)
        self.manage_stages = QAction(self.tr("S&tages…"), self)
        self.manage_stages.setToolTip(self.tr("Add, change or delete the event's stages"))
        self.manage_stages.triggered.connect(self.open_stages)
        self.stages_dialog: StagesDialog | None = None
        self.manage_phases = QAction(self.tr("Ph&ases…"), self)
        self.manage_phases.setToolTip(
            self.tr("The event's build-up, open days, rehearsal, dinner and tear-down")
        )
        self.manage_phases.triggered.connect(self.open_phases)
        self.phases_dialog: PhasesDialog | None = None
        self.show_stand = QAction(self.tr("Sta&nd…"), self)
        self.show_stand.setToolTip(
            self.tr("The event's stand at the fair: co-exhibitors, deadlines, badges, materials")
        )
        self.show_stand.triggered.connect(lambda: self.stand_requested.emit(self._event_id))
        self.move_block_menu = QMenu(self.tr("Move &block to"), self)
        self.move_block = self.move_block_menu.menuAction()
        bar = QToolBar()
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addActions([self.new_session, self.edit_session, self.delete_session])
        bar.addSeparator()
        bar.addActions([self.manage_stages, self.manage_phases, self.show_stand])
        bar.addSeparator()
        bar.addActions([self.copy_to_stages, self.copy_to_days, self.shift_later,
                        self.make_block, self.move_block])  # fmt: skip
        self.releases = ReleaseStatus(planner, self, viewer_zone=viewer_zone)
        self.releases.conflicts_requested.connect(self.conflicts_requested)
        bar.addSeparator()
        bar.addActions([self.releases.release_action, self.releases.history_action])
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        box = QVBoxLayout(self)
        box.addWidget(self.heading)
        box.addWidget(self.releases.label)
        box.addWidget(bar)
        box.addWidget(self.tabs, 1)
        self.resize(1180, 760)

        self._clock = QTimer(self)
        self._clock.setInterval(60_000)
        self._clock.timeout.connect(self._tick)
        self._clock.start()
        planner.changed.connect(self._changed)
        self._enable()
        self.reload()

    # -- reading ---------------------------------------------------------------------------

    def reload(self) -> None:
        key = f"programme-{self._event_id}-{id(self)}"
        self._planner.read(_read(self._event_id), self._loaded,  # type: ignore[arg-type]
                           key=key, after_changes=True)  # fmt: skip

    def _changed(self, _changes: ChangeSet) -> None:
        self.reload()

    def _loaded(self, loaded: Loaded) -> None:
        programme, contacts = loaded
        self.programme = programme
        self._contacts = contacts
        event = programme.event
        self.setWindowTitle(filled(self.tr("Programme: %1"), event.title))
        self.heading.setText(f"{event.title} · {days_text(event.first_day, event.last_day)}")
        days = event_days(event.first_day, event.last_day)
        self.days.blockSignals(True)
        while self.days.count():
            self.days.removeTab(0)
        for day in days:
            self.days.addTab(day_text(day, long=True))
        if self._day not in days:
            counts = [sum(1 for s in programme.sessions if s.start.date() == d) for d in days]
            self._day = days[counts.index(max(counts))] if any(counts) else days[0]
        self.days.setCurrentIndex(days.index(self._day))
        self.days.blockSignals(False)
        self._show_day()
        self._fill_list()
        self.organisations.set_links(event.id, programme.organisations)
        count = len(programme.organisations)
        self.tabs.setTabText(
            self.tabs.indexOf(self.organisations),
            filled(self.tr("Organisations (%1)"), str(count)) if count
            else self.tr("Organisations"),
        )  # fmt: skip
        self._enable()
        self._read_conflicts(programme)
        if self.stages_dialog is not None:
            self.stages_dialog.set_stages(programme.stages)
        if self.phases_dialog is not None:
            self.phases_dialog.set_phases(programme.phases)
        self.releases.reload(event)
        self.loaded.emit()

    def _read_conflicts(self, programme: Programme) -> None:
        """The conflicts of the event's sessions (a person in two places, in a role they
        declined, outside their availability or the event's days), read off the GUI thread;
        then marked on their blocks and listed beside the grid. Accepted ones are not."""
        event = programme.event
        window = TimeWindow.days(event.first_day - timedelta(days=1),
                                 event.last_day + timedelta(days=1), event.time_zone)  # fmt: skip
        ids = {s.id for s in programme.sessions}

        def read(workspace: Workspace) -> tuple[Conflict, ...]:
            found = workspace.conflicts.conflicts(window)
            return tuple(c for c in found if c.accepted is None and ids & set(c.sessions))

        def answered(found: tuple[Conflict, ...]) -> None:
            if isValid(self) and found != self.conflicts:
                self.conflicts = found
                self._show_day()
                self.conflicts_shown.emit()

        self._planner.read(read, answered, key=f"programme-conflicts-{id(self)}",
                           on_error=lambda _message: None)  # fmt: skip

    def _people(self) -> dict[int, str]:
        programme = self.programme
        assert programme is not None
        shown: dict[int, str] = {}
        for record in programme.sessions:
            assert record.id is not None
            links = programme.people_on(Target.SESSION, record.id)
            if links:
                shown[record.id] = people_text([(p.contact_name, p.role) for p in links])
        return shown

    def _show_day(self) -> None:
        programme = self.programme
        if programme is None or self._day is None:
            return
        layout = day_layout(self._day, programme.sessions, programme.stages, self.tr("No stage"))
        marked = {ident for c in self.conflicts for ident in c.sessions}
        if marked:  # a person in two places, outside the event's days: marked as overlaps are
            layout.placed = [replace(p, overlapping=True) if p.session.id in marked else p
                             for p in layout.placed]  # fmt: skip
        self.view.set_day(layout, programme.event.time_zone, self._people())
        self.header.update()
        self._tick()
        self.overlaps.clear()
        for overlap in layout.overlaps:
            first, second = overlap.first, overlap.second
            text = filled(self.tr("%1: “%2” %3–%4 and “%5” %6–%7"), overlap.stage,
                          first.title, f"{first.start:%H:%M}", f"{first.end:%H:%M}",
                          second.title, f"{second.start:%H:%M}", f"{second.end:%H:%M}")  # fmt: skip
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, second.id)
            item.setToolTip(text)
            self.overlaps.addItem(item)
        today = {p.session.id for p in layout.placed} | {p.session.id for p in layout.pauses}
        listed = 0
        for conflict in self.conflicts:
            on_day = [i for i in conflict.sessions if i in today]
            if not on_day or conflict.kind is ConflictKind.STAGE_DOUBLE_BOOKED:
                continue  # another day's, or an overlap listed above
            text = describe(conflict, programme.event.time_zone)
            item = QListWidgetItem(f"⚠ {text}")
            item.setData(Qt.ItemDataRole.UserRole, on_day[0])
            item.setToolTip(text)
            self.overlaps.addItem(item)
            listed += 1
        if not layout.overlaps and not listed:
            item = QListWidgetItem(self.tr("None on this day"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.overlaps.addItem(item)

    def _scrolled(self, value: int) -> None:
        self.header.offset = value
        self.header.update()

    def _tick(self) -> None:
        self.view.now = datetime.now(zone("UTC"))
        self.view.update()

    def _day_chosen(self, index: int) -> None:
        if self.programme is None or index < 0:
            return
        event = self.programme.event
        self._day = event_days(event.first_day, event.last_day)[index]
        self._show_day()

    def show_day(self, day: date) -> None:
        programme = self.programme
        if programme is not None:
            days = event_days(programme.event.first_day, programme.event.last_day)
            if day in days:
                self.days.setCurrentIndex(days.index(day))

    def _overlap_chosen(self, item: QListWidgetItem) -> None:
        ident = item.data(Qt.ItemDataRole.UserRole)
        if ident is not None:
            self.view.select(ident)
            self.view.setFocus()

    def _fill_list(self) -> None:
        programme = self.programme
        assert programme is not None
        self.model.set_programme(programme)
        for box in (self.stage_filter, self.person_filter):
            box.blockSignals(True)
        chosen_stage = self.stage_filter.currentData()
        chosen_person = self.person_filter.currentData()
        self.stage_filter.clear()
        self.stage_filter.addItem(self.tr("Every stage"), None)
        for stage in programme.stages:
            self.stage_filter.addItem(stage.name, stage.id)
        self.person_filter.clear()
        self.person_filter.addItem(self.tr("Everyone"), None)
        people = sorted({(p.contact_name, p.contact_id) for p in programme.people})
        for name, ident in people:
            self.person_filter.addItem(name, ident)
        self.stage_filter.setCurrentIndex(max(0, self.stage_filter.findData(chosen_stage)))
        self.person_filter.setCurrentIndex(max(0, self.person_filter.findData(chosen_person)))
        for box in (self.stage_filter, self.person_filter):
            box.blockSignals(False)
        self._narrow()
        self.table.resizeColumnsToContents()

    def _narrow(self) -> None:
        kind = self.kind_filter.currentData()
        self.filtered.narrow(stage_id=self.stage_filter.currentData(),
                             kind=None if kind is None else SessionKind(kind),
                             contact_id=self.person_filter.currentData())  # fmt: skip
        self.itinerary.setEnabled(self.person_filter.currentData() is not None)

    def _itinerary(self) -> None:
        ident = self.person_filter.currentData()
        if ident is not None:
            self.itinerary_requested.emit(ident, self.person_filter.currentText())

    def open_itinerary(self, contact_id: int, name: str) -> ItineraryDialog:
        from eventplanner.ui.programme.itinerary_dialog import ItineraryDialog

        dialog = ItineraryDialog(self._planner, contact_id, name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _listing(self) -> bool:
        return self.tabs.currentWidget() is self.listing

    def chosen_sessions(self) -> list[Session]:
        """The sessions selected in the tab shown: the list's rows (in their order), or the
        timetable's one."""
        if self.tabs.currentWidget() is self.timetable_page:
            selected = self.view.selected()
            return [] if selected is None else [selected]
        if not self._listing():
            return []  # the organisations' tab: its own Remove
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.filtered.index(row, 0).data(SESSION_ROLE) for row in rows]

    def _chosen_one(self) -> Session | None:
        chosen = self.chosen_sessions()
        return chosen[0] if len(chosen) == 1 else None

    def _list_menu(self, point: QPoint) -> None:
        menu = QMenu(self)
        menu.addActions([self.new_session, self.edit_session, self.delete_session])
        menu.popup(self.table.viewport().mapToGlobal(point))

    def selected(self) -> Session | None:
        """The one session the actions act on, in the tab shown (never the hidden one's)."""
        return self._chosen_one()

    def _enable(self) -> None:
        selected = self.selected()
        ready = self.programme is not None
        chosen = self.chosen_sessions()
        self.new_session.setEnabled(ready)
        self.edit_session.setEnabled(len(chosen) == 1)
        self.delete_session.setEnabled(bool(chosen))
        pause = selected is not None and selected.kind.is_pause
        on_stage = selected is not None and selected.stage_id is not None
        self.copy_to_stages.setEnabled(pause and on_stage)
        self.copy_to_days.setEnabled(pause)
        self.shift_later.setEnabled(selected is not None and selected.stage_id is not None)
        self.move_block_menu.clear()
        block = None
        if selected is not None and self.programme is not None:
            block = self.programme.block(selected.block_id)
        self.move_block.setEnabled(block is not None)
        self.make_block.setEnabled(on_stage and block is None)
        if block is not None and self.programme is not None:
            event = self.programme.event
            for day in event_days(event.first_day, event.last_day):
                action = self.move_block_menu.addAction(day_text(day, long=True))
                action.setEnabled(day != self._day)
                action.triggered.connect(lambda _c=False, d=day: self.move_block_to(d))

    def _context_menu(self, point: QPoint) -> None:
        menu = QMenu(self)
        menu.addActions([self.new_session, self.edit_session, self.delete_session])
        menu.addSeparator()
        menu.addActions([self.copy_to_stages, self.copy_to_days, self.shift_later,
                         self.make_block, self.move_block])  # fmt: skip
        menu.popup(self.view.mapToGlobal(point))

    # -- writing ---------------------------------------------------------------------------

    def _refused(self, message: str) -> None:
        self._planner.failed.emit(message)
        self.reload()

    def _push(
        self, command: EditSessions | AddSessions | DeleteSessions | MoveBlock | MakeBlock
    ) -> None:
        save_then_push(self._planner, self._stack, command, on_refused=self._refused)

    def _moved(self, before: Session, after: Session) -> None:
        programme = self.programme
        assert programme is not None
        problems = session_problems(after, programme.event)
        if problems:
            self._refused(session_problem_text(problems[0], after, programme.event))
            return
        resized = before.start == after.start and before.stage_id == after.stage_id
        text = resize_text(before) if resized else move_text(before)
        self._push(EditSessions(self._planner, text, [(before, after)]))

    def ask_delete(self, records: Session | Sequence[Session] | None) -> None:
        """Delete ``records`` (the selected sessions) once the coordinator says yes: one
        step to undo."""
        if isinstance(records, Session):
            records = [records]
        chosen = [r for r in records or () if r.id is not None]
        if not chosen:
            return
        if len(chosen) == 1:
            question = filled(
                self.tr("Delete the session “%1” with the people on it? You can undo it."),
                chosen[0].title,
            )
        else:
            question = self.tr(
                "Delete the %n selected sessions with the people on them? You can undo it.",
                "", len(chosen),
            )  # fmt: skip
        answer = QMessageBox.question(
            self,
            self.tr("Delete session") if len(chosen) == 1 else self.tr("Delete sessions"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            self.delete(chosen)

    def delete(self, records: Sequence[Session]) -> None:
        """Delete ``records`` with the people on them, undoably."""
        programme = self.programme
        if programme is None:
            return
        deleted = [(r, programme.people_on(Target.SESSION, r.id))
                   for r in records if r.id is not None]  # fmt: skip
        if deleted:
            self._push(DeleteSessions(self._planner, delete_text(records), deleted))

    def shift(self, record: Session, minutes: int) -> None:
        """Move ``record`` and every later session of its stage that day by ``minutes``."""
        programme = self.programme
        assert programme is not None
        tz = programme.event.time_zone
        later = [s for s in programme.sessions
                 if s.stage_id == record.stage_id and s.start.date() == record.start.date()
                 and s.start >= record.start]  # fmt: skip
        delta = timedelta(minutes=minutes)
        changes = []
        for member in later:
            moved = replace(member, start=(member.start + delta).astimezone(zone(tz)),
                            end=(member.end + delta).astimezone(zone(tz)))  # fmt: skip
            problems = session_problems(moved, programme.event)
            if problems:
                self._refused(session_problem_text(problems[0], moved, programme.event))
                return
            changes.append((member, moved))
        text = filled(self.tr("Shift %1 sessions by %2 minutes"), str(len(changes)), str(minutes))
        self._push(EditSessions(self._planner, text, changes))

    def _ask_shift(self) -> None:
        record = self.selected()
        if record is None:
            return
        minutes, ok = QInputDialog.getInt(
            self, self.tr("Shift later sessions"),
            self.tr("Minutes to move this and every later session on its stage"
                    " (negative: earlier):"),
            15, -600, 600, 5,
        )  # fmt: skip
        if ok and minutes:
            self.shift(record, minutes)

    def copy_pause(self, *, every_day: bool) -> None:
        """The selected break or lunch at the same time on every stage (that day), or on
        every day (on its stage); where one of the same kind is there already, none."""
        programme = self.programme
        record = self.selected()
        if programme is None or record is None:
            return
        tz = zone(programme.event.time_zone)
        made: list[Session] = []

        def there_already(candidate: Session) -> bool:
            return any(s.kind is candidate.kind and s.stage_id == candidate.stage_id
                       and s.start < candidate.end and candidate.start < s.end
                       for s in programme.sessions)  # fmt: skip

        if every_day:
            for day in event_days(programme.event.first_day, programme.event.last_day):
                offset = timedelta(days=(day - record.start.date()).days)
                start = (record.start.replace(tzinfo=None) + offset).replace(tzinfo=tz)
                end = (record.end.replace(tzinfo=None) + offset).replace(tzinfo=tz)
                made.append(replace(record, id=None, uid="", start=start, end=end, version=0))
        else:
            for stage in programme.stages:
                made.append(replace(record, id=None, uid="", stage_id=stage.id, block_id=None,
                                    version=0))  # fmt: skip
        made = [m for m in made if not there_already(m)]
        if not made:
            return
        if every_day:
            text = filled(self.tr("Copy “%1” to every day"), record.title)
        else:
            text = filled(self.tr("Copy “%1” to every stage"), record.title)
        self._push(AddSessions(self._planner, text, made))

    def open_stages(self) -> StagesDialog:
        """The event's stages, to add, change or delete (shown again if open)."""
        from eventplanner.ui.programme.stages_dialog import StagesDialog

        if self.stages_dialog is None:
            title = self.programme.event.title if self.programme is not None else ""
            dialog = StagesDialog(self._planner, self._event_id, title, self._submit, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.finished.connect(lambda _r: setattr(self, "stages_dialog", None))
            self.stages_dialog = dialog
            if self.programme is not None:
                dialog.set_stages(self.programme.stages)
        self.stages_dialog.show()
        self.stages_dialog.raise_()
        return self.stages_dialog

    def _submit(
        self,
        command: SettingChange,
        done: Callable[[object], None],
        refused: Callable[[str], None],
    ) -> None:
        """A stage's or phase's change saved, then in the undo history (as the sessions')."""
        save_then_push(self._planner, self._stack, command, on_refused=refused, on_result=done)

    def open_phases(self) -> PhasesDialog | None:
        """The event's phases, to add, change or delete (shown again if open)."""
        from eventplanner.ui.programme.phases_dialog import PhasesDialog

        programme = self.programme
        if programme is None:
            return None
        if self.phases_dialog is None:
            dialog = PhasesDialog(self._planner, programme.event, self._submit, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.finished.connect(lambda _r: setattr(self, "phases_dialog", None))
            self.phases_dialog = dialog
            dialog.set_phases(programme.phases)
        self.phases_dialog.show()
        self.phases_dialog.raise_()
        return self.phases_dialog

    def _ask_block(self) -> None:
        record = self.selected()
        if record is None:
            return
        title, ok = QInputDialog.getText(
            self, self.tr("Make a block"),
            filled(self.tr("The block's title (its sessions are on one stage, chaired "
                           "together and moved as one), starting with “%1”:"), record.title),
        )  # fmt: skip
        if ok:
            self.block_with(record, title)

    def block_with(self, record: Session, title: str) -> None:
        """A new block titled ``title`` on ``record``'s stage, with ``record`` in it."""
        if record.id is None or record.stage_id is None or record.block_id is not None:
            return
        if not title.strip():
            self._refused(self.tr("Give the block a title."))
            return
        self._push(MakeBlock(self._planner, title.strip(), record))

    def move_block_to(self, day: date) -> None:
        programme = self.programme
        record = self.selected()
        if programme is None or record is None:
            return
        block = programme.block(record.block_id)
        if block is None:
            return
        members = [s for s in programme.sessions if s.block_id == block.id]
        first = min(s.start for s in members)
        tz = zone(programme.event.time_zone)
        offset = timedelta(days=(day - first.date()).days)
        after = (first.replace(tzinfo=None) + offset).replace(tzinfo=tz)
        self._day = day
        self._push(MoveBlock(self._planner, block, first, after))

    # -- the editor ------------------------------------------------------------------------

    def _new(self) -> None:
        programme = self.programme
        if programme is None:
            return
        day = self._day or programme.event.first_day
        start = datetime.combine(day, datetime.min.time().replace(hour=9)).replace(
            tzinfo=zone(programme.event.time_zone)
        )
        stage = programme.stages[0].id if programme.stages else None
        self._create(stage, start, start + timedelta(minutes=45))

    def _create(self, stage_id: int | None, start: datetime, end: datetime) -> None:
        programme = self.programme
        if programme is None:
            return
        record = Session(None, programme.event.id, "", start, end, stage_id=stage_id)
        self._open(record, ())

    def edit(self, record: Session | None) -> None:
        programme = self.programme
        if record is None or programme is None or record.id is None:
            return
        self._open(record, people_of(programme.people_on(Target.SESSION, record.id)))

    def _open(self, record: Session, people: Sequence[Person]) -> None:
        programme = self.programme
        assert programme is not None
        if self._dialog is not None:
            self._dialog.close()
        stage_of_block = {b.id: b for b in programme.blocks}
        dialog = SessionDialog(
            programme.event, record,
            stages=[(s.id, s.name) for s in programme.stages if s.id is not None],
            blocks=[(b.id, b.title) for b in stage_of_block.values() if b.id is not None],
            contacts=self._contacts, people=people, viewer_zone=self._viewer_zone,
            submit=lambda after, chosen, done, refused: self._save(
                record, after, tuple(people), chosen, done, refused),
            check_conflicts=self._check_conflicts,
            parent=self,
        )  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: setattr(self, "_dialog", None))
        self._dialog = dialog
        dialog.show()

    def _check_conflicts(self, draft: Session, people: tuple[Person, ...],
                         found: Callable[[Sequence[Conflict]], None]) -> None:  # fmt: skip
        """The draft's conflicts, read off the GUI thread (advice only: no answer, none)."""
        links = [RoleLink(None, p.contact_id, p.role, Target.SESSION, draft.id or 0,
                          p.confirmation, contact_name=p.name) for p in people]  # fmt: skip
        self._planner.read(
            lambda ws: ws.programme_conflicts.conflicts_for_session(draft, links),
            found,
            key=f"session-conflicts-{id(self)}",
            on_error=lambda _message: found(()),
        )

    @property
    def dialog(self) -> SessionDialog | None:
        return self._dialog

    def _save(self, before: Session, after: Session, people_before: tuple[Person, ...],
              people_after: tuple[Person, ...], done: object, refused: object) -> None:  # fmt: skip
        command: EditSessions | AddSessions
        if before.id is None:
            command = AddSessions(self._planner, add_text(after), [after], people_after)
        else:
            command = EditSessions(self._planner, edit_text(after), [(before, after)],
                                   (people_before, people_after), check_version=True)  # fmt: skip
        save_then_push(self._planner, self._stack, command, on_saved=done,  # type: ignore[arg-type]
                       on_refused=refused)  # type: ignore[arg-type]  # fmt: skip

    def closeEvent(self, event: QCloseEvent) -> None:
        self._clock.stop()
        if self._dialog is not None:
            self._dialog.close()
        self.organisations.close_dialog()
        self.releases.close_dialogs()
        super().closeEvent(event)
