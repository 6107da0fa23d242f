"""An event's staff rota: a day chosen above; that day's coverage grid (hours × shifts,
needed against assigned) and its shifts with their people, needs and skills; beside them
the rota's warnings (a click chooses the shift) and the people to drag onto a shift. Every
change goes through the undo stack and is written off the GUI thread
(``rota_editing``); the rota is read again after each change set that touches it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListView,
    QMenu,
    QScrollArea,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabBar,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from eventplanner.domain.rota import Shift
from eventplanner.services.changes import Kind
from eventplanner.services.rota.records import Rota
from eventplanner.ui.planner import Planner
from eventplanner.ui.rota.coverage_view import CoverageView
from eventplanner.ui.rota.rota_editing import RotaEditing
from eventplanner.ui.rota.rota_models import (
    CONTACT_ROLE,
    SHIFT_ROLE,
    PeopleModel,
    Person,
    ShiftColumn,
    ShiftModel,
    WarningModel,
)
from eventplanner.ui.rota.rota_texts import day_tab_text
from eventplanner.ui.text import days_text
from eventplanner.ui.widgets.alive import while_alive
from eventplanner.ui.wording import filled

if TYPE_CHECKING:
    from eventplanner.services.changes import ChangeSet
    from eventplanner.services.workspace import Workspace

Loaded = tuple[Rota, list[Person]]


def _read(event_id: int) -> Callable[[Workspace], Loaded]:
    def read(workspace: Workspace) -> Loaded:
        skills = workspace.rota.all_skills()
        people = [Person(c.id, c.name, skills.get(c.id, ()))
                  for c in workspace.contacts.list() if c.id is not None]  # fmt: skip
        return workspace.rota.rota(event_id), people

    return read


class RotaWindow(QWidget):
    """The rota of one event."""

    loaded = Signal()
    """The rota was read (again) and is shown."""

    def __init__(
        self,
        planner: Planner,
        undo_stack: QUndoStack,
        event_id: int,
        *,
        feed_address: Callable[[str], str | None] = lambda _token: None,
        actions: Sequence[QAction] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._planner = planner
        self.event_id = event_id
        self.rota: Rota | None = None
        self.people: list[Person] = []
        self.day: date | None = None
        self.chosen: int | None = None
        self.setWindowTitle(self.tr("Rota"))
        self.addActions(list(actions))
        self.editing = RotaEditing(self, planner, undo_stack, feed_address)

        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.days = QTabBar()
        self.days.setExpanding(False)
        self.days.currentChanged.connect(self._day_chosen)
        self.coverage = CoverageView()
        self.coverage.shift_clicked.connect(self.choose_shift)
        grid = QScrollArea()
        grid.setWidget(self.coverage)
        grid.setWidgetResizable(True)
        self.model = ShiftModel(self)
        self.model.person_dropped.connect(self.editing.assign_id)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.table.setDropIndicatorShown(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setItemDelegate(_PaddedDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ShiftColumn.PEOPLE, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.table.doubleClicked.connect(lambda _i: self.editing.edit_chosen())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.addAction(self.editing.delete_shift)  # Del in the shifts, not the people

        self.warnings = WarningModel(self)
        self.warning_list = QListView()
        self.warning_list.setModel(self.warnings)
        self.warning_list.setWordWrap(True)
        self.warning_list.setItemDelegate(_RoomyDelegate(self.warning_list))
        self.warning_list.setSpacing(2)
        self.warning_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.warning_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.warning_list.clicked.connect(self._warning_chosen)
        self.warning_list.activated.connect(self._warning_chosen)
        self.warnings_label = QLabel(self.tr("Warnings"))
        self.people_model = PeopleModel(self)
        self.people_list = QTableView()
        self.people_list.setModel(self.people_model)
        self.people_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.people_list.setDragEnabled(True)
        self.people_list.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.people_list.verticalHeader().hide()
        self.people_list.horizontalHeader().setStretchLastSection(True)
        self.people_list.setWordWrap(False)
        for view in (self.table, self.people_list):
            view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        self.people_list.selectionModel().selectionChanged.connect(lambda *_a: self._enable())

        left = QSplitter(Qt.Orientation.Vertical)
        self.left = left
        left.addWidget(grid)
        left.addWidget(self.table)
        left.setSizes([330, 260])
        # The grid keeps the height its day was given (``_show_day``); the window's height
        # grows or shrinks the shifts under it, never the grid into a scroll bar.
        left.setStretchFactor(0, 0)
        left.setStretchFactor(1, 1)
        side = QSplitter(Qt.Orientation.Vertical)
        side.addWidget(_titled(self.warnings_label, self.warning_list))
        side.addWidget(_titled(QLabel(self.tr("People (drag one onto a shift)")),
                               self.people_list))  # fmt: skip
        side.setSizes([260, 440])
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([820, 340])

        e = self.editing
        bar = QToolBar()
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addActions([e.make_rota, e.edit_shift, e.delete_shift])
        bar.addSeparator()
        bar.addActions([e.assign, e.take_off])
        bar.addSeparator()
        bar.addActions([e.print_rota, e.copy_feed])
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()
        box = QVBoxLayout(self)
        box.addWidget(self.heading)
        box.addWidget(bar)
        box.addWidget(self.notice)
        box.addWidget(self.days)
        box.addWidget(split, 1)
        self.resize(1180, 740)
        planner.changed.connect(while_alive(self, self._changed))
        self._enable()
        self.reload()

    # -- reading ---------------------------------------------------------------------------

    def reload(self) -> None:
        self._planner.read(_read(self.event_id), while_alive(self, self._loaded),
                           key=f"rota-{self.event_id}-{id(self)}", after_changes=True)  # fmt: skip

    def _changed(self, changes: ChangeSet) -> None:
        if changes.touches(Kind.SHIFT, Kind.SHIFT_PERSON, Kind.CONTACT) or (
            self.event_id in changes.ids(Kind.EVENT)
        ):
            self.reload()

    def _loaded(self, loaded: Loaded) -> None:
        rota, people = loaded
        self.rota = rota
        self.people = people
        event = rota.event
        self.setWindowTitle(filled(self.tr("Rota: %1"), event.title))
        days_shown = days_text(event.first_day, event.last_day)
        count = (self.tr("1 shift") if len(rota.shifts) == 1
                 else self.tr("%n shifts", "", len(rota.shifts)))  # fmt: skip
        self.heading.setText(f"{event.title} · {days_shown} · {count}")
        days = [d.day for d in rota.coverage]
        self.days.blockSignals(True)
        while self.days.count():
            self.days.removeTab(0)
        for day in days:
            self.days.addTab(day_tab_text(day, [s for s in rota.shifts if s.start.date() == day]))
        if self.day not in days:
            self.day = days[0] if days else None
        if self.day is not None:
            self.days.setCurrentIndex(days.index(self.day))
        self.days.blockSignals(False)
        self.warnings.set_rota(rota)
        self.warnings_label.setText(filled(self.tr("Warnings (%1)"), len(rota.warnings)))
        self.people_model.set_people(people)
        self.people_list.resizeColumnToContents(0)
        self._show_day()
        self.loaded.emit()

    # -- showing ---------------------------------------------------------------------------

    def shifts_of_day(self) -> list[Shift]:
        if self.rota is None or self.day is None:
            return []
        return [s for s in self.rota.shifts if s.start.date() == self.day]

    def _show_day(self) -> None:
        rota = self.rota
        chosen = self.chosen
        shifts = self.shifts_of_day()
        self.model.set_shifts(rota, shifts)
        coverage = None
        if rota is not None:
            coverage = next((d for d in rota.coverage if d.day == self.day), None)
        self.coverage.set_day(coverage, {s.id: s for s in shifts if s.id is not None})
        # The grid as tall as its hours (up to two thirds), the shifts below in the rest.
        total = sum(self.left.sizes())
        if total > 0:
            grid = min(self.coverage.sizeHint().height() + 6, total * 2 // 3)
            self.left.setSizes([grid, total - grid])
        row = self.model.row_of(chosen) if chosen is not None else -1
        if row < 0 and shifts:
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.chosen = None
            self.coverage.select(None)
        self._enable()

    def _day_chosen(self, index: int) -> None:
        if self.rota is None or not 0 <= index < len(self.rota.coverage):
            return
        self.day = self.rota.coverage[index].day
        self._show_day()

    def show_day(self, day: date) -> None:
        days = [d.day for d in self.rota.coverage] if self.rota is not None else []
        if day in days:
            self.days.setCurrentIndex(days.index(day))

    def choose_shift(self, shift_id: int) -> None:
        """Show the shift's day and choose its row (a warning or a slot clicked)."""
        shift = self.rota.shift(shift_id) if self.rota is not None else None
        if shift is None:
            return
        self.chosen = shift_id
        if shift.start.date() != self.day:
            self.show_day(shift.start.date())
        row = self.model.row_of(shift_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def chosen_shift(self) -> Shift | None:
        if self.rota is None or self.chosen is None:
            return None
        return self.rota.shift(self.chosen)

    def chosen_people(self) -> list[Person]:
        rows = sorted({i.row() for i in self.people_list.selectionModel().selectedRows()})
        return [p for r in rows if (p := self.people_model.row_at(r)) is not None]

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        ident = current.data(SHIFT_ROLE) if current.isValid() else None
        self.chosen = ident
        self.coverage.select(ident)
        self._enable()

    def _warning_chosen(self, index: QModelIndex) -> None:
        ident = index.data(SHIFT_ROLE)
        if ident is not None:
            self.choose_shift(ident)
        contact = self.warnings.warning(index.row())
        if contact is not None and contact.contact_id is not None:
            self.select_person(contact.contact_id)

    def select_person(self, contact_id: int) -> None:
        for row in range(self.people_model.rowCount()):
            if self.people_model.index(row, 0).data(CONTACT_ROLE) == contact_id:
                self.people_list.selectRow(row)
                return

    def show_message(self, text: str) -> None:
        """A line under the tool bar (a feed's address copied, a PDF written)."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _enable(self) -> None:
        self.editing.enable(self.chosen_shift(), self.rota, bool(self.chosen_people()))

    def _context_menu(self, point: QPoint) -> None:
        e = self.editing
        menu = QMenu(self)
        menu.addActions([e.edit_shift, e.delete_shift])
        menu.addSeparator()
        menu.addActions([e.assign, e.take_off])
        menu.popup(self.table.viewport().mapToGlobal(point))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.editing.close_dialogs()
        super().closeEvent(event)


class _RoomyDelegate(QStyledItemDelegate):
    """Wrapped lines with room above them: the list's own measure cut the dots off a
    capital Ö on the first line. Measured as wide as the text is painted (the list's
    width less its spacing): measured wider, a warning wrapped into a line more than it
    was given, and its end was cut off in a narrow window."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        view = self.parent()
        if isinstance(view, QListView):
            option = QStyleOptionViewItem(option)
            width = view.viewport().width() - 2 * view.spacing() - 4
            option.rect = QRect(0, 0, max(width, 40), option.rect.height())
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + option.fontMetrics.descent() + 2)


class _PaddedDelegate(QStyledItemDelegate):
    """Room either side of a cell's text: columns fitted to their contents had the text
    touch the lines between them."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + option.fontMetrics.averageCharWidth() * 2, size.height())


def _titled(label: QLabel, widget: QWidget) -> QWidget:
    made = QWidget()
    box = QVBoxLayout(made)
    box.setContentsMargins(0, 0, 0, 0)
    box.addWidget(label)
    box.addWidget(widget, 1)
    return made
