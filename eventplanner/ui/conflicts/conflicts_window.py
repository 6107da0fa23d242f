"""View → Conflicts…: the conflicts of a period, by date, with their kind and severity.

Read through the Planner, off the GUI thread, and read again when a change touches them
(an event, a venue, a subscribed calendar, an acceptance). The filter's words are looked
for in each conflict as the window words it: a year's thousands of conflicts are worded
off the GUI thread too, once a read, when the first word is typed. Double-click a conflict to open
its event; **Accept…** keeps a reason, and the conflict then holds nothing;
**Calendars…** manages the subscribed read-only calendars.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from eventplanner.domain.conflicts import Conflict, ConflictKind
from eventplanner.domain.filters import TimeWindow
from eventplanner.services.changes import ChangeSet, Kind
from eventplanner.ui.conflict_texts import describe, kind_label
from eventplanner.ui.conflicts.conflict_model import ConflictColumn, ConflictTableModel
from eventplanner.ui.planner import Planner
from eventplanner.ui.qt_dates import day_of, qdate_of
from eventplanner.ui.widgets.day_edit import DayEdit
from eventplanner.ui.widgets.notices import Banner, WrappedLabel
from eventplanner.ui.widgets.row_table import read_only_rows
from eventplanner.ui.wording import filled

if TYPE_CHECKING:
    from eventplanner.ui.conflicts.subscriptions_dialog import SubscriptionsDialog

_RELOAD_ON = (
    Kind.EVENT, Kind.VENUE, Kind.SUBSCRIPTION, Kind.ACCEPTED_CONFLICT,
    # The programme's (its edits touch their event too, but not a person's availability).
    Kind.SESSION, Kind.STAGE, Kind.BLOCK, Kind.PHASE, Kind.EVENT_ROLE, Kind.BLOCK_ROLE,
    Kind.SESSION_ROLE, Kind.AVAILABILITY, Kind.CONTACT,
)  # fmt: skip


class ConflictsWindow(QDialog):
    """The conflicts from one day to another; the chosen one opened, accepted or not."""

    open_requested = Signal(object)
    """A conflict's event is to be edited: the ``Occurrence`` it concerns."""
    loaded = Signal()
    """The conflicts of the period are shown (after each read)."""
    filtered = Signal()
    """The conflicts shown were chosen again by the filter's words."""

    def __init__(
        self,
        planner: Planner,
        display_zone: str,
        first: date,
        *,
        days: int = 365,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._planner = planner
        self._zone = display_zone
        self._key = f"conflicts:{id(self)}"
        self._subscriptions: SubscriptionsDialog | None = None
        self.setWindowTitle(self.tr("Conflicts"))
        self.setObjectName("ConflictsWindow")

        self.first_edit = DayEdit(self)
        self.last_edit = DayEdit(self)
        for edit, day in ((self.first_edit, first), (self.last_edit, first + timedelta(days - 1))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("ddd yyyy-MM-dd")
            edit.setDate(qdate_of(day))
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter by event, kind or text"))
        self.filter_edit.setClearButtonEnabled(True)
        self.calendars_button = QPushButton(self.tr("Calendars…"), self)
        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("From:"), self))
        period.addWidget(self.first_edit)
        period.addWidget(QLabel(self.tr("To:"), self))
        period.addWidget(self.last_edit)
        period.addWidget(self.filter_edit, 1)
        period.addWidget(self.calendars_button)

        self.model = ConflictTableModel(display_zone, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        read_only_rows(self.table, int(self.fontMetrics().height() * 1.7), single=True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ConflictColumn.CONFLICT, QHeaderView.ResizeMode.Stretch)
        average = self.fontMetrics().averageCharWidth()
        self.table.setColumnWidth(ConflictColumn.DATE, average * 21)
        # As wide as the longest kind in the window's language, and its padding.
        widest = max(self.fontMetrics().horizontalAdvance(kind_label(k)) for k in ConflictKind)
        self.table.setColumnWidth(ConflictColumn.KIND, max(average * 26, widest + average * 3))
        self.table.setColumnWidth(ConflictColumn.SEVERITY, average * 12)
        self.table.setColumnWidth(ConflictColumn.EVENTS, average * 30)

        self.summary = WrappedLabel("", self)
        self.problem = Banner("error", self)
        self.open_button = QPushButton(self.tr("Open event"), self)
        self.accept_button = QPushButton(self.tr("Accept…"), self)
        commands = QHBoxLayout()
        commands.addWidget(self.summary, 1)
        commands.addWidget(self.open_button)
        commands.addWidget(self.accept_button)

        layout = QVBoxLayout(self)
        layout.addLayout(period)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem)
        layout.addLayout(commands)
        self.resize(average * 190, self.fontMetrics().height() * 32)

        self._all: list[Conflict] = []
        self._texts: list[str] | None = None
        """What each of ``_all`` is searched by (None: not worded yet)."""
        self._wording: list[Conflict] | None = None
        """The conflicts being worded for the filter (None: none)."""
        self.first_edit.dateChanged.connect(lambda _d: self.reload())
        self.last_edit.dateChanged.connect(lambda _d: self.reload())
        self.filter_edit.textChanged.connect(lambda _t: self._show())
        self.table.doubleClicked.connect(self._activated)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._chosen_changed())
        self.open_button.clicked.connect(lambda: self._activated(self.table.currentIndex()))
        self.accept_button.clicked.connect(lambda: self.accept_chosen())
        self.calendars_button.clicked.connect(self.show_calendars)
        planner.changed.connect(self._alive(self._changed))
        planner.opened.connect(self._alive(lambda _name: self.reload()))
        self._chosen_changed()
        self.table.setFocus()
        self.reload()

    def _alive(self, callback: Callable[..., None]) -> Callable[..., None]:
        def call(*args: object) -> None:
            if shiboken6.isValid(self):
                callback(*args)

        return call

    # -- reading -----------------------------------------------------------------------------

    def period(self) -> tuple[date, date]:
        return day_of(self.first_edit.date()), day_of(self.last_edit.date())

    def set_period(self, first: date, last: date) -> None:
        for edit, day in ((self.first_edit, first), (self.last_edit, last)):
            edit.blockSignals(True)
            edit.setDate(qdate_of(day))
            edit.blockSignals(False)
        self.reload()

    def time_window(self) -> TimeWindow | None:
        first, last = self.period()
        if last < first:
            return None
        return TimeWindow.days(first, last, self._zone)

    def reload(self) -> None:
        window = self.time_window()
        if window is None:
            self.problem.show_message(self.tr("The last day is before the first."))
            self._all = []
            self._show()
            return
        self.problem.show_message(None)
        self._planner.read(
            lambda ws: ws.conflicts.conflicts(window),
            self._alive(self._read),
            key=self._key,
            after_changes=True,
            on_error=self._alive(self.problem.show_message),
        )

    def _changed(self, changes: ChangeSet) -> None:
        if changes.touches(*_RELOAD_ON):
            self.reload()

    def _read(self, found: list[Conflict]) -> None:
        self._all = found
        self._texts = None
        self._show()
        self.loaded.emit()

    def _show(self) -> None:
        words = self.filter_edit.text().casefold().split()
        if not words:
            shown = list(self._all)
        elif self._texts is None:
            self._word_texts()  # shown again once they are worded
            return
        else:
            shown = [c for c, text in zip(self._all, self._texts, strict=True)
                     if all(w in text for w in words)]  # fmt: skip
        chosen = self.chosen()
        self.model.set_conflicts(shown)
        if chosen is not None:
            for row, conflict in enumerate(shown):
                if conflict.key == chosen.key:
                    self.table.selectRow(row)
        holding = sum(1 for c in shown if c.holds)
        accepted = sum(1 for c in shown if c.accepted is not None)
        if not self._all:
            self.summary.setText(self.tr("No conflicts in this period."))
        else:
            text = self.tr("%1 conflicts: %2 holding a release, %3 accepted.")
            self.summary.setText(filled(text, str(len(shown)), str(holding), str(accepted)))
        self._chosen_changed()
        self.filtered.emit()

    def _word_texts(self) -> None:
        """Word what each conflict read is searched by, off the GUI thread; then filter."""
        found, display_zone = self._all, self._zone
        self.summary.setText(self.tr("Filtering…"))
        if self._wording is found:
            return  # the words typed meanwhile are looked for once they are worded
        self._wording = found

        def worded(texts: list[str]) -> None:
            self._wording = None
            if found is self._all:  # (not read again meanwhile)
                self._texts = texts
                self._show()

        def failed(message: str) -> None:
            self._wording = None
            self.problem.show_message(message)

        self._planner.read(
            lambda _ws: [_searchable(c, display_zone) for c in found],
            self._alive(worded),
            key=f"{self._key}:texts",
            on_error=self._alive(failed),
        )

    # -- the chosen conflict -------------------------------------------------------------------

    def chosen(self) -> Conflict | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)
        self._chosen_changed()

    def _chosen_changed(self) -> None:
        conflict = self.chosen()
        self.open_button.setEnabled(conflict is not None and bool(conflict.occurrences))
        self.accept_button.setEnabled(conflict is not None)
        accepted = conflict is not None and conflict.accepted is not None
        self.accept_button.setText(self.tr("Withdraw acceptance") if accepted
                                   else self.tr("Accept…"))  # fmt: skip

    def _activated(self, index: QModelIndex) -> None:
        conflict = self.model.row_at(index.row()) if index.isValid() else None
        if conflict is not None and conflict.occurrences:
            self.open_requested.emit(conflict.occurrences[0])

    def accept_chosen(self, reason: str | None = None) -> None:
        """Accept the chosen conflict with ``reason`` (asked for when None); an accepted
        one is withdrawn instead."""
        conflict = self.chosen()
        if conflict is None:
            return
        key = conflict.key
        if conflict.accepted is not None:
            self._planner.change(lambda ws: ws.conflicts.withdraw(key),
                                 on_error=self._alive(self.problem.show_message))  # fmt: skip
            return
        if reason is None:
            reason, given = QInputDialog.getText(
                self,
                self.tr("Accept the conflict"),
                filled(self.tr("%1\n\nWhy is this acceptable?"), describe(conflict, self._zone)),
            )
            if not given:
                return
        if not reason.strip():
            self.problem.show_message(self.tr("Say why the conflict is acceptable."))
            return
        window = self.time_window()
        self._planner.change(
            lambda ws: ws.conflicts.accept(key, reason, window=window),
            on_error=self._alive(self.problem.show_message),
        )

    # -- subscribed calendars ------------------------------------------------------------------

    def show_calendars(self) -> SubscriptionsDialog:
        from eventplanner.ui.conflicts.subscriptions_dialog import SubscriptionsDialog

        dialog = self._subscriptions
        if dialog is None or not shiboken6.isValid(dialog):
            dialog = SubscriptionsDialog(self._planner, self)
            self._subscriptions = dialog
        dialog.show()
        dialog.raise_()
        return dialog


def _searchable(conflict: Conflict, display_zone: str) -> str:
    """What the filter looks for words in: the events' titles, the kind and the conflict as
    the window words it (on a worker thread: Qt's translations and locales may be used on
    any thread)."""
    titles = " ".join(o.title for o in conflict.occurrences)
    kind = kind_label(conflict.kind)
    return f"{titles} {kind} {describe(conflict, display_zone)}".casefold()
