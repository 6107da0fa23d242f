"""Subscribed calendars (from the Conflicts window, or Manage → Subscribed calendars…): the
region's other events, read-only, by https URL or .ics file, each with when it was last
read and why its last refresh failed, if it did.

Everything goes through the Planner off the GUI thread. A refresh reads the calendars on a
reading thread (``fetch_all``: the network or a file, no transaction) and then keeps what
was read on the writing one (``store``), so a slow server never holds up a save.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from enum import IntEnum
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from eventplanner.domain.conflicts import Subscription
from eventplanner.services.changes import ChangeSet, Kind
from eventplanner.ui.icons import icon
from eventplanner.ui.models.row_table import Index, RowTableModel
from eventplanner.ui.planner import Planner
from eventplanner.ui.widgets.notices import Banner, WrappedLabel
from eventplanner.ui.widgets.row_table import read_only_rows
from eventplanner.ui.wording import filled

if TYPE_CHECKING:
    from eventplanner.services.conflicts.subscriptions import Fetched, Refreshed
    from eventplanner.services.workspace import Workspace

translate = QCoreApplication.translate
REFRESH_EVERY_MS = 60 * 60 * 1000
"""The subscribed calendars are read again every hour while a database is open."""


class SubscriptionColumn(IntEnum):
    NAME = 0
    EVENTS = 1
    READ = 2
    SOURCE = 3


def _when(value: datetime | None) -> str:
    if value is None:
        return translate("SubscriptionModel", "never")
    moment = QDateTime.fromSecsSinceEpoch(int(value.timestamp()))
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)


class SubscriptionModel(RowTableModel[Subscription]):
    """The subscribed calendars, by name."""

    def __init__(self, parent: Any = None) -> None:
        headers = {
            SubscriptionColumn.NAME: translate("SubscriptionModel", "Calendar"),
            SubscriptionColumn.EVENTS: translate("SubscriptionModel", "Events"),
            SubscriptionColumn.READ: translate("SubscriptionModel", "Read"),
            SubscriptionColumn.SOURCE: translate("SubscriptionModel", "From"),
        }
        super().__init__(SubscriptionColumn, headers, parent)

    def set_subscriptions(self, subscriptions: Sequence[Subscription]) -> None:
        self.beginResetModel()
        self._rows = list(subscriptions)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        s = self.row_at(index.row()) if index.isValid() else None
        if s is None or not 0 <= index.column() < len(SubscriptionColumn):
            return None
        column = SubscriptionColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column is SubscriptionColumn.NAME:
                return s.name
            if column is SubscriptionColumn.EVENTS:
                return str(s.event_count)
            if column is SubscriptionColumn.READ:
                if s.failure:
                    return filled(translate("SubscriptionModel", "%1 (the last refresh failed)"),
                                  _when(s.refreshed_at))  # fmt: skip
                return _when(s.refreshed_at)
            return s.source
        if role == Qt.ItemDataRole.ToolTipRole and s.failure:
            return filled(
                translate("SubscriptionModel", "The last refresh failed: %1\nThe copy read "
                          "%2 is used until one works."), s.failure, _when(s.refreshed_at),
            )  # fmt: skip
        if (role == Qt.ItemDataRole.DecorationRole and s.failure
                and column is SubscriptionColumn.READ):  # fmt: skip
            return icon("warning")
        return None


def _list(workspace: Workspace) -> list[Subscription]:
    return workspace.subscriptions.list()


class SubscriptionRefresher(QObject):
    """Reads the subscribed calendars again in the background: when asked, when a database
    opens, and every hour (``REFRESH_EVERY_MS``)."""

    refreshed = Signal(object)
    """A refresh was kept: the ``Refreshed`` (the subscriptions and what changed)."""
    failed = Signal(str)

    def __init__(self, planner: Planner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._planner = planner
        self._running = False
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_EVERY_MS)
        self.timer.timeout.connect(lambda: self.refresh())

    def start(self) -> None:
        """Refresh now, and every hour from now."""
        self.timer.start()
        self.refresh()

    def refresh(self, name: str | None = None) -> None:
        """Read the calendar ``name`` (None: every one) again, off the GUI thread."""
        if self._running or self._planner.workspace is None or self._planner.read_only:
            return
        self._running = True

        def fetched(answers: tuple[Fetched, ...]) -> None:
            if not answers or self._planner.workspace is None:
                self._running = False  # nothing to keep, or nowhere to keep it any more
                return
            self._planner.change(lambda ws: ws.subscriptions.store(answers),
                                 self._kept, self._refused)  # fmt: skip

        self._planner.read(lambda ws: ws.subscriptions.fetch_all(name), fetched,
                           on_error=self._refused)  # fmt: skip

    def _kept(self, refreshed: Refreshed) -> None:
        self._running = False
        self.refreshed.emit(refreshed)

    def _refused(self, message: str) -> None:
        self._running = False
        self.failed.emit(message)


class SubscriptionsDialog(QDialog):
    """The subscribed calendars; a new one subscribed to; the chosen one refreshed or removed."""

    def __init__(self, planner: Planner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._planner = planner
        self._key = f"subscriptions:{id(self)}"
        self.setWindowTitle(self.tr("Subscribed calendars"))
        self.setObjectName("SubscriptionsDialog")
        self.refresher = SubscriptionRefresher(planner, self)

        self.model = SubscriptionModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        read_only_rows(self.table, int(self.fontMetrics().height() * 1.7), single=True)
        self.table.horizontalHeader().setSectionResizeMode(
            SubscriptionColumn.SOURCE, QHeaderView.ResizeMode.Stretch
        )
        average = self.fontMetrics().averageCharWidth()
        self.table.setColumnWidth(SubscriptionColumn.NAME, average * 24)
        self.table.setColumnWidth(SubscriptionColumn.READ, average * 34)

        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("Regionens evenemang"))
        self.source_edit = QLineEdit(self)
        self.source_edit.setPlaceholderText(self.tr("https://… or a file"))
        self.browse_button = QPushButton(self.tr("Browse…"), self)
        self.subscribe_button = QPushButton(self.tr("Subscribe"), self)
        source = QHBoxLayout()
        source.addWidget(self.source_edit, 1)
        source.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Calendar:"), source)
        form.addRow("", self.subscribe_button)

        self.refresh_button = QPushButton(self.tr("Refresh now"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        commands = QHBoxLayout()
        commands.addStretch(1)
        commands.addWidget(self.refresh_button)
        commands.addWidget(self.remove_button)
        self.problem = Banner("error", self)
        self.message = WrappedLabel(
            self.tr("Events in these calendars are checked against yours for clashes. The "
                    "last copy read is kept for working offline."), self,
        )  # fmt: skip

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(commands)
        layout.addWidget(self.problem)
        layout.addLayout(form)
        layout.addWidget(self.message)
        self.resize(average * 120, self.fontMetrics().height() * 24)

        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._chosen_changed())
        self.name_edit.textChanged.connect(lambda _t: self._chosen_changed())
        self.source_edit.textChanged.connect(lambda _t: self._chosen_changed())
        self.browse_button.clicked.connect(self._browse)
        self.subscribe_button.clicked.connect(lambda: self.subscribe())
        self.refresh_button.clicked.connect(self.refresh)
        self.remove_button.clicked.connect(self.remove)
        self.refresher.refreshed.connect(self._refreshed)
        self.refresher.failed.connect(self.problem.show_message)
        planner.changed.connect(self._alive(self._changed))
        self._busy = False
        self._chosen_changed()
        self.reload()

    def _alive(self, callback: Callable[..., None]) -> Callable[..., None]:
        def call(*args: object) -> None:
            if shiboken6.isValid(self):
                callback(*args)

        return call

    def reload(self) -> None:
        self._planner.read(_list, self._alive(self._listed), key=self._key, after_changes=True)

    def _changed(self, changes: ChangeSet) -> None:
        if changes.touches(Kind.SUBSCRIPTION):
            self.reload()

    def _listed(self, listed: list[Subscription]) -> None:
        chosen = self.chosen()
        self.model.set_subscriptions(listed)
        for row, subscription in enumerate(listed):
            if chosen is not None and subscription.id == chosen.id:
                self.table.selectRow(row)
        self._chosen_changed()

    def chosen(self) -> Subscription | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _chosen_changed(self) -> None:
        chosen = self.chosen() is not None
        self.remove_button.setEnabled(chosen and not self._busy)
        self.refresh_button.setEnabled(self.model.rowCount() > 0 and not self._busy)
        filled_in = bool(self.name_edit.text().strip() and self.source_edit.text().strip())
        self.subscribe_button.setEnabled(filled_in and not self._busy)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._chosen_changed()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("A calendar to subscribe to"), "",
            self.tr("Calendars (*.ics);;All files (*)"),
        )  # fmt: skip
        if path:
            self.source_edit.setText(path)

    # -- changes -------------------------------------------------------------------------------

    def subscribe(self) -> None:
        name, source = self.name_edit.text(), self.source_edit.text()
        self.problem.show_message(None)
        self._set_busy(True)

        def done(_made: object) -> None:
            self._set_busy(False)
            self.name_edit.clear()
            self.source_edit.clear()

        def refused(message: str) -> None:
            self._set_busy(False)
            self.problem.show_message(message[:1].upper() + message[1:])

        self._planner.change(lambda ws: ws.subscriptions.subscribe(name, source),
                             self._alive(done), self._alive(refused))  # fmt: skip

    def refresh(self) -> None:
        chosen = self.chosen()
        self.problem.show_message(None)
        self.refresher.refresh(chosen.name if chosen is not None else None)

    def _refreshed(self, refreshed: Refreshed) -> None:
        failed = [s for s in refreshed.subscriptions if s.failure]
        if failed:
            self.problem.show_message("\n".join(
                filled(self.tr("%1 could not be refreshed (%2); the copy read %3 is used."),
                       s.name, s.failure, _when(s.refreshed_at))
                for s in failed
            ))  # fmt: skip

    def remove(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        name = chosen.name
        self._planner.change(lambda ws: ws.subscriptions.remove(name),
                             on_error=self._alive(self.problem.show_message))  # fmt: skip
