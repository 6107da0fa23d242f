"""Manage → Working days…: the database's working days, which every deadline counted in
working days counts in (``services.working_days``): bridge days (klämdagar) off or not, the
organisation's own days off (added and removed), and a year's weekdays off with why.

Each change is one step on the window's undo stack. A change counts in deadlines counted
from then on; tasks already counted keep their dates, and the dialog says so and offers
"Recompute open tasks…": the tasks that would move, from → to, asked about first, moved in
one undoable step.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.timezones import YEARS
from eventplanner.domain.working_days import (
    DAY_OFF_NAME_LIMIT,
    OWN_DAY_OFF,
    SATURDAY,
    SUNDAY,
    OwnDayOff,
    WorkingCalendar,
    checked_day_off,
)
from eventplanner.services.changes import ChangeSet, Kind
from eventplanner.ui.events import undo
from eventplanner.ui.planner import Planner
from eventplanner.ui.qt_dates import day_of, qdate_of
from eventplanner.ui.tasks import working_days_undo
from eventplanner.ui.tasks.days_off_model import DayColumn, DaysOffModel
from eventplanner.ui.tasks.move_preview import ask_moves
from eventplanner.ui.tasks.task_texts import short_day
from eventplanner.ui.widgets.day_edit import DayEdit
from eventplanner.ui.widgets.notices import WrappedLabel, problems_label, quiet
from eventplanner.ui.wording import filled

if TYPE_CHECKING:
    from eventplanner.domain.task_moves import TaskMove
    from eventplanner.services.working_days.service import WorkingDays

translate = QCoreApplication.translate
RELOAD_ON = (Kind.SETTING, Kind.DAY_OFF)
"""What a change set touches that the dialog shows."""


class WorkingDaysDialog(QDialog):
    """The working days of the open database; every change undoable."""

    loaded = Signal()
    """The setting is shown (after each read)."""
    recount_planned = Signal(object)
    """The tasks a recompute would move were read (a list of ``TaskMove``)."""

    def __init__(
        self,
        planner: Planner,
        stack: QUndoStack,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("WorkingDaysDialog")
        self.setWindowTitle(self.tr("Working days"))
        self._planner = planner
        self._stack = stack
        self._key = f"working-days:{id(self)}"
        self.settings: WorkingDays | None = None

        intro = WrappedLabel(self.tr(
            "Deadlines counted in working days skip Saturdays, Sundays, Swedish public "
            "holidays and Midsommarafton, Julafton and Nyårsafton. What is set here is the "
            "database's: everyone who opens it counts the same days."
        ), self)  # fmt: skip
        self.bridge_check = QCheckBox(self.tr("Count &bridge days (klämdagar) as days off"), self)
        self.bridge_check.setToolTip(self.tr(
            "A weekday between a holiday and a weekend that many take off, such as the "
            "Friday after Kristi himmelsfärdsdag"
        ))  # fmt: skip

        self.own_model = DaysOffModel(self.tr("Name"), self)
        self.own_view = _table(self.own_model, self)
        self.day_edit = DayEdit(self)
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("ddd yyyy-MM-dd")
        self.day_edit.setDate(qdate_of(today))
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("Name, e.g. Personaldag"))
        self.name_edit.setMaxLength(DAY_OFF_NAME_LIMIT + 20)  # longer is said, not cut off
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        adding = QHBoxLayout()
        adding.addWidget(self.day_edit)
        adding.addWidget(self.name_edit, 1)
        adding.addWidget(self.add_button)
        adding.addWidget(self.remove_button)
        own = QGroupBox(self.tr("The organisation's own days off"), self)
        own_layout = QVBoxLayout(own)
        own_layout.addWidget(self.own_view, 1)
        own_layout.addLayout(adding)

        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(YEARS[0] + 1, YEARS[1] - 1)
        self.year_spin.setValue(today.year)
        year_label = QLabel(self.tr("&Year:"), self)
        year_label.setBuddy(self.year_spin)
        self.year_model = DaysOffModel(self.tr("Why"), self)
        self.year_view = _table(self.year_model, self)
        self.year_summary = QLabel(self)
        quiet(self.year_summary)
        year = QGroupBox(self.tr("Weekdays that are not working days"), self)
        year_top = QHBoxLayout()
        year_top.addWidget(year_label)
        year_top.addWidget(self.year_spin)
        year_top.addStretch(1)
        year_layout = QVBoxLayout(year)
        year_layout.addLayout(year_top)
        year_layout.addWidget(self.year_view, 1)
        year_layout.addWidget(self.year_summary)

        self.notice = WrappedLabel(self.tr(
            "A change counts in every deadline counted from now on. Tasks already counted "
            "keep their dates until they are counted again: when their event moves, or when "
            "you recompute the open tasks."
        ), self)  # fmt: skip
        quiet(self.notice)
        self.recompute_button = QPushButton(self.tr("Re&compute open tasks…"), self)
        self.recompute_button.setToolTip(
            self.tr("Shows which open tasks these working days move, and moves them if you agree")
        )
        self.outcome = WrappedLabel("", self)
        self.problems = problems_label(self)
        self.problems.hide()
        recompute = QHBoxLayout()
        recompute.addWidget(self.recompute_button)
        recompute.addWidget(self.outcome, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        for button in (self.add_button, self.remove_button, self.recompute_button):
            button.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.bridge_check)
        layout.addWidget(own, 1)
        layout.addWidget(year, 2)
        layout.addWidget(self.notice)
        layout.addLayout(recompute)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        average = self.fontMetrics().averageCharWidth()
        self.resize(average * 90, self.fontMetrics().height() * 40)

        self.bridge_check.toggled.connect(self._bridge_toggled)
        self.add_button.clicked.connect(self._add)
        self.name_edit.returnPressed.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.year_spin.valueChanged.connect(lambda _year: self._show_year())
        self.own_view.selectionModel().currentRowChanged.connect(lambda *_: self._chosen())
        self.recompute_button.clicked.connect(self.recompute)
        planner.changed.connect(self._changed)
        self._chosen()
        self.reload()

    # -- reading ---------------------------------------------------------------------------

    def reload(self) -> None:
        self._planner.read(lambda ws: ws.working_days.get(), self._loaded, key=self._key)

    def _changed(self, changes: ChangeSet) -> None:
        if shiboken6.isValid(self) and changes.touches(*RELOAD_ON):
            self.reload()

    def _loaded(self, settings: WorkingDays) -> None:
        if not shiboken6.isValid(self):
            return
        self.settings = settings
        self.bridge_check.blockSignals(True)
        self.bridge_check.setChecked(settings.bridge_days_off)
        self.bridge_check.blockSignals(False)
        self.own_model.set_days([(d.day, d.name or OWN_DAY_OFF) for d in settings.days_off])
        self._show_year()
        self._chosen()
        self.loaded.emit()

    def _show_year(self) -> None:
        """The chosen year's weekdays off with why, and its working days, as counted."""
        calendar = self.settings.calendar if self.settings is not None else WorkingCalendar()
        year = self.year_spin.value()
        first, last = date(year, 1, 1), date(year, 12, 31)
        off = [(d, why) for d, why in calendar.days_off(first, last) if why not in _WEEKEND]
        self.year_model.set_days(off)
        working = calendar.working_days_between(date(year - 1, 12, 31), last)
        self.year_summary.setText(filled(self.tr("%1 working days in %2"), working, str(year)))

    def _chosen(self) -> None:
        self.remove_button.setEnabled(self._chosen_day() is not None)

    def _chosen_day(self) -> OwnDayOff | None:
        if self.settings is None:
            return None
        day = self.own_model.day_at(self.own_view.currentIndex().row())
        return next((d for d in self.settings.days_off if d.day == day), None)

    # -- changing --------------------------------------------------------------------------

    def _bridge_toggled(self, on: bool) -> None:
        self._push(working_days_undo.set_bridge_days(self._planner, on))

    def _add(self) -> None:
        self.day_edit.finish_typing()
        try:
            day_off = checked_day_off(
                OwnDayOff(day_of(self.day_edit.date()), self.name_edit.text())
            )
        except ValidationError as error:
            self.show_error(error.message)
            return
        known = self.settings.days_off if self.settings is not None else ()
        previous = next((d for d in known if d.day == day_off.day), None)
        if previous == day_off:
            self.show_error(filled(self.tr("%1 is one of the days off already."),
                                   short_day(day_off.day)))  # fmt: skip
            return
        command = working_days_undo.add_day_off(self._planner, day_off, previous)
        self._push(command, self.name_edit.clear)

    def _remove(self) -> None:
        chosen = self._chosen_day()
        if chosen is not None:
            self._push(working_days_undo.remove_day_off(self._planner, chosen))

    def _push(self, command: undo.EventCommand, saved: object = None) -> None:
        self.problems.hide()

        def done() -> None:
            if callable(saved) and shiboken6.isValid(self):
                saved()

        def refused(message: str) -> None:
            self.show_error(message)
            self.reload()  # show what is stored

        undo.save_then_push(self._planner, self._stack, command, on_saved=done,
                            on_refused=refused)  # fmt: skip

    def show_error(self, message: str) -> None:
        if not shiboken6.isValid(self):
            return
        self.problems.setText(message)
        self.problems.show()

    # -- recomputing the open tasks --------------------------------------------------------

    def recompute(self) -> None:
        """Read which open tasks these working days move; ask; move them (one step)."""
        self.recompute_button.setEnabled(False)
        self.outcome.setText(self.tr("Looking at the open tasks…"))
        self._planner.read(lambda ws: ws.tasks.planned_recount(), self._planned,
                           after_changes=True, on_error=self._recount_refused)  # fmt: skip

    def _planned(self, moves: list[TaskMove]) -> None:
        if not shiboken6.isValid(self):
            return
        self.recompute_button.setEnabled(True)
        self.recount_planned.emit(moves)
        if not moves:
            self.outcome.setText(self.tr("Every open task is where these working days count it."))
            return
        if not ask_recount(self, moves):
            self.outcome.setText(self.tr("Nothing moved."))
            return
        count = len(moves)

        def moved() -> None:
            if shiboken6.isValid(self):
                self.outcome.setText(
                    (self.tr("One task moved.") if count == 1
                     else filled(self.tr("%1 tasks moved."), count))
                    + " " + self.tr("Ctrl+Z moves them back.")
                )  # fmt: skip

        command = working_days_undo.recount_tasks(self._planner, count)
        undo.save_then_push(self._planner, self._stack, command, on_saved=moved,
                            on_refused=self._recount_refused)  # fmt: skip

    def _recount_refused(self, message: str) -> None:
        if shiboken6.isValid(self):
            self.recompute_button.setEnabled(True)
            self.outcome.setText("")
            self.show_error(message)


_WEEKEND = (SATURDAY, SUNDAY)


def _table(model: DaysOffModel, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(DayColumn.WHAT, QHeaderView.ResizeMode.Stretch)
    view.setColumnWidth(DayColumn.DAY, parent.fontMetrics().averageCharWidth() * 20)
    return view


def ask_recount(parent: QWidget, moves: Sequence[TaskMove]) -> bool:
    """The question before a recompute, listing the tasks from → to; True to move them."""
    return ask_moves(
        parent,
        moves,
        name="recountQuestion",
        title=translate("WorkingDaysDialog", "Recompute open tasks"),
        heading=translate("WorkingDaysDialog", "One open task moves in these working days:")
        if len(moves) == 1
        else filled(translate("WorkingDaysDialog", "%1 open tasks move in these working days:"),
                    len(moves)),
        more=translate("WorkingDaysDialog", "… and %1 more (see the details)"),
        footer=translate(
            "WorkingDaysDialog",
            "Done and pinned tasks and those with a date of their own stay where they are. "
            "You can undo this.",
        ),
        button=translate("WorkingDaysDialog", "&Move the tasks"),
    )  # fmt: skip
