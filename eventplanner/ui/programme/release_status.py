"""The programme window's draft and releases: the status line ("Draft — 4 changes since
Release 2 “Final” (5 Dec 14:02)", "Not released yet"), the Release… and Releases… actions,
and the dialogs they open. The status is read off the GUI thread after the programme."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QWidget

from eventplanner.domain.programme import ProgrammeEvent
from eventplanner.ui.planner import Planner
from eventplanner.ui.programme.release_texts import status_text
from eventplanner.ui.widgets.alive import while_alive
from eventplanner.ui.widgets.notices import WrappedLabel

D = TypeVar("D", bound=QDialog)

if TYPE_CHECKING:
    from eventplanner.services.programme.releases import ReleasePlan
    from eventplanner.ui.programme.release_dialog import ReleaseDialog
    from eventplanner.ui.programme.releases_dialog import ReleasesDialog


class ReleaseStatus(QObject):
    """The draft's state against its last release, and the way to release it."""

    read = Signal()
    """The status line is up to date with the draft."""
    conflicts_requested = Signal(object, object)
    """The Conflicts window over these days was asked for (from the Release dialog)."""

    def __init__(self, planner: Planner, parent: QWidget, *, viewer_zone: str = "") -> None:
        super().__init__(parent)
        self._planner = planner
        self._parent = parent
        self._viewer_zone = viewer_zone
        self._event: ProgrammeEvent | None = None
        self.plan: ReleasePlan | None = None
        self.dialog: ReleaseDialog | None = None
        self.history: ReleasesDialog | None = None
        self._release_wanted = False
        self.label = WrappedLabel(self.tr("Reading the releases…"))
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.release_action = QAction(self.tr("&Release…"), self)
        self.release_action.setToolTip(
            self.tr("Release the draft under a name: subscribers' calendars and print follow")
        )
        self.release_action.triggered.connect(lambda: self.open_release())
        self.history_action = QAction(self.tr("Re&leases…"), self)
        self.history_action.setToolTip(self.tr("Every release, and the e-mails each asked for"))
        self.history_action.triggered.connect(lambda: self.open_history())
        self._enable()

    def reload(self, event: ProgrammeEvent) -> None:
        """Read the draft against its last release (after the programme was read)."""
        self._event = event
        event_id = event.id
        if self._release_wanted:
            self._release_wanted = False
            self.open_release()
        self._planner.read(lambda ws: ws.releases.pending(event_id), while_alive(self, self._read),
                           key=f"release-status-{id(self)}", after_changes=True,
                           on_error=while_alive(self, self.label.setText))  # fmt: skip

    def _read(self, plan: ReleasePlan) -> None:
        self.plan = plan
        event = self._event
        assert event is not None
        zone = self._viewer_zone or event.time_zone
        self.label.setText(status_text(plan.latest, len(plan.diff.changes), len(plan.holding),
                                       zone))  # fmt: skip
        self._enable()
        self.read.emit()

    def _enable(self) -> None:
        self.release_action.setEnabled(self._event is not None)
        self.history_action.setEnabled(self.plan is not None and self.plan.latest is not None)

    def open_release_when_read(self) -> None:
        """The Release dialog now, or once the programme is read."""
        if self._event is not None:
            self.open_release()
        else:
            self._release_wanted = True

    def open_release(self) -> ReleaseDialog | None:
        """The Release dialog (one at a time; raised when asked again)."""
        from eventplanner.ui.programme.release_dialog import ReleaseDialog

        event = self._event
        if event is None:
            return None

        def make() -> ReleaseDialog:
            made = ReleaseDialog(self._planner, event, viewer_zone=self._viewer_zone,
                                 parent=self._parent)  # fmt: skip
            made.conflicts_requested.connect(self.conflicts_requested)
            return made

        self.dialog = _shown_once(self.dialog, make)
        return self.dialog

    def open_history(self) -> ReleasesDialog | None:
        """The event's releases and their e-mails (one at a time; raised when asked again)."""
        from eventplanner.ui.programme.releases_dialog import ReleasesDialog

        event = self._event
        if event is None:
            return None
        self.history = _shown_once(
            self.history,
            lambda: ReleasesDialog(
                self._planner, event, viewer_zone=self._viewer_zone, parent=self._parent
            ),
        )
        return self.history

    def close_dialogs(self) -> None:
        for dialog in (self.dialog, self.history):
            if dialog is not None and shiboken6.isValid(dialog):
                dialog.close()


def _shown_once(made: D | None, make: Callable[[], D]) -> D:
    """``made`` shown and raised, or (gone or never made) a new one from ``make``, deleted
    when closed: one dialog of its kind at a time."""
    if made is None or not shiboken6.isValid(made):
        made = make()
        made.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    made.show()
    made.raise_()
    made.activateWindow()
    return made
