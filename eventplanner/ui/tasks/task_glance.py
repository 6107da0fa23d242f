"""What the main window shows of tasks while the Tasks view is closed: the status bar's
counts ("3 overdue · 5 due this week"), the month's deadline badges (one read a period
shown) and the reminder, once a database opens and once a day after, of what falls due in
7, 3 and 1 working days.

Made with the first window, so it imports nothing of the database layer: the services are
named inside the work it hands the planner, which runs it on a reading thread.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, timedelta
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from eventplanner.ui.planner import Planner
from eventplanner.ui.tasks.reminder_notice import ReminderNotice
from eventplanner.ui.wording import filled

if TYPE_CHECKING:
    from eventplanner.services.changes import ChangeSet
    from eventplanner.services.tasks.counts import TaskCounts
    from eventplanner.services.tasks.glance import DueSoon

AROUND = timedelta(weeks=6)
"""The deadlines read on either side of the period shown: a month's grid and more."""
DAY_CHECK_MS = 10 * 60 * 1000
"""How often the glance looks whether a new day has begun (the reminder's day)."""


class TaskGlance(QObject):
    """The counts label, the reminder strip and the badges' days; the window places them."""

    deadlines_read = Signal(object)  # Mapping[date, int]: open tasks due per day shown
    show_tasks_requested = Signal()  # the reminder's link

    def __init__(self, planner: Planner, today: Callable[[], date], parent: QWidget) -> None:
        super().__init__(parent)
        self._planner = planner
        self._today = today
        self._period: tuple[date, date] | None = None
        self._reminded_on: date | None = None
        self.counts_label = QLabel(parent)
        self.counts_label.setObjectName("taskCounts")
        self.counts_label.hide()
        self.reminder = ReminderNotice(parent)
        self.reminder.show_requested.connect(self.show_tasks_requested)
        self._day = QTimer(self)
        self._day.setInterval(DAY_CHECK_MS)
        self._day.timeout.connect(self._new_day)
        planner.opened.connect(lambda _name: self._opened())
        planner.changed.connect(self._changed)

    def _opened(self) -> None:
        self._reminded_on = None
        self.reminder.hide()
        self.refresh()
        self._remind()
        self._day.start()

    def _new_day(self) -> None:
        if self._reminded_on != self._today():
            self.refresh()
            self._remind()

    def _changed(self, changes: ChangeSet) -> None:
        from eventplanner.services.changes import Kind

        if changes.touches(Kind.TASK, Kind.EVENT):
            # From the event loop: the calendar's own reload (asked for by the same change)
            # goes to the reading threads first, and its frame is not held up by these.
            QTimer.singleShot(0, self, self.refresh)

    def period_shown(self, first: date, last: date) -> None:
        """The calendar shows ``first`` to ``last``: read their deadlines, and those of the
        periods beside it (one query): a month painted ahead has its badges already."""
        if self._period == (first - AROUND, last + AROUND):
            return
        self._period = (first - AROUND, last + AROUND)
        self._read_deadlines()

    def refresh(self) -> None:
        """Read the counts and the shown period's deadlines again."""
        if self._planner.workspace is None:
            return
        today = self._today()
        self._planner.read(lambda ws: ws.tasks.counts(today), self._counted, key="task-counts")
        self._read_deadlines()

    def _read_deadlines(self) -> None:
        if self._planner.workspace is None or self._period is None:
            return
        first, last = self._period

        def read(workspace):  # type: ignore[no-untyped-def]
            from eventplanner.services.tasks.glance import deadlines_by_day

            return deadlines_by_day(workspace.database, first, last)

        self._planner.read(read, self._deadlines, key="task-deadlines")

    def _deadlines(self, found: Mapping[date, int]) -> None:
        if shiboken6.isValid(self):
            self.deadlines_read.emit(found)

    def _counted(self, counts: TaskCounts) -> None:
        if not shiboken6.isValid(self):
            return
        label = self.counts_label
        if counts.open == 0:
            label.hide()
            return
        parts = []
        if counts.overdue:
            parts.append(filled(self.tr("%1 overdue"), counts.overdue))
        parts.append(filled(self.tr("%1 due this week"), counts.today + counts.this_week))
        label.setText(" · ".join(parts))
        label.setToolTip(filled(self.tr("%1 open tasks in all; View → Tasks… lists them"),
                                counts.open))  # fmt: skip
        label.show()

    def _remind(self) -> None:
        if self._planner.workspace is None:
            return
        today = self._today()
        self._reminded_on = today

        def read(workspace):  # type: ignore[no-untyped-def]
            from eventplanner.services.tasks.glance import due_soon

            return due_soon(workspace.database, today)

        self._planner.read(read, self._reminded, key="task-reminder")

    def _reminded(self, soon: tuple[DueSoon, ...]) -> None:
        if shiboken6.isValid(self):
            self.reminder.tell(soon)
