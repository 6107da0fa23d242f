"""The window's conflict commands: View → Conflicts… and Manage → Subscribed calendars…, and
the subscribed calendars read again in the background while a database is open."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QMainWindow

from eventplanner.domain.occurrence import Occurrence
from eventplanner.ui.planner import Planner

if TYPE_CHECKING:
    from eventplanner.ui.conflicts.conflicts_window import ConflictsWindow
    from eventplanner.ui.conflicts.subscriptions_dialog import (
        SubscriptionRefresher,
        SubscriptionsDialog,
    )

FIRST_REFRESH_MS = 5_000
"""The first refresh after a database opens waits this long: the window's own reads first."""


class ConflictsMenu(QObject):
    """Opens the Conflicts window and the subscribed calendars; refreshes the calendars."""

    def __init__(
        self,
        planner: Planner,
        window: QMainWindow,
        *,
        display_zone: Callable[[], str],
        first_day: Callable[[], date],
        open_event: Callable[[Occurrence], None],
    ) -> None:
        super().__init__(window)
        self._planner = planner
        self._window = window
        self._display_zone = display_zone
        self._first_day = first_day
        self._open_event = open_event
        self.conflicts: ConflictsWindow | None = None
        self.subscriptions: SubscriptionsDialog | None = None
        self._refresher: SubscriptionRefresher | None = None
        self._first = QTimer(self)
        self._first.setSingleShot(True)
        self._first.setInterval(FIRST_REFRESH_MS)
        self._first.timeout.connect(self._refresh)

    def opened(self) -> None:
        """A database was opened: its subscribed calendars are read again in a moment."""
        self._first.start()

    def _refresh(self) -> None:
        if self._refresher is None:
            from eventplanner.ui.conflicts.subscriptions_dialog import SubscriptionRefresher

            self._refresher = SubscriptionRefresher(self._planner, self)
        self._refresher.start()

    def show_conflicts(self) -> ConflictsWindow | None:
        """Open the Conflicts window (once; raised when asked again)."""
        if self._planner.workspace is None:
            return None
        made = self.conflicts
        if made is None or not shiboken6.isValid(made):
            from eventplanner.ui.conflicts.conflicts_window import ConflictsWindow

            made = ConflictsWindow(self._planner, self._display_zone(), self._first_day(),
                                   parent=self._window)  # fmt: skip
            made.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            made.open_requested.connect(self._open_event)
            self.conflicts = made
        made.show()
        made.raise_()
        made.activateWindow()
        return made

    def show_subscriptions(self) -> SubscriptionsDialog | None:
        """Open the subscribed calendars (once; raised when asked again)."""
        if self._planner.workspace is None:
            return None
        made = self.subscriptions
        if made is None or not shiboken6.isValid(made):
            from eventplanner.ui.conflicts.subscriptions_dialog import SubscriptionsDialog

            made = SubscriptionsDialog(self._planner, self._window)
            made.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.subscriptions = made
        made.show()
        made.raise_()
        made.activateWindow()
        return made
