"""File → Print programme… and the event's right-click menu: the print dialog for the
selected event."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMainWindow

from eventplanner.domain.occurrence import Occurrence
from eventplanner.ui.planner import Planner
from eventplanner.ui.printing.print_dialog import PrintDialog


class PrintCommands(QObject):
    def __init__(self, planner: Planner, window: QMainWindow,
                 selected: Callable[[], Occurrence | None]) -> None:  # fmt: skip
        super().__init__(window)
        self._planner = planner
        self._window = window
        self._selected = selected
        self.dialog: PrintDialog | None = None

    def print_programme(self) -> PrintDialog | None:
        """The print dialog for the selected event (one at a time)."""
        if self._planner.workspace is None:
            return None
        occurrence = self._selected()
        if occurrence is None:
            self._window.statusBar().showMessage(self.tr("Select an event first."), 4000)
            return None
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.close()
        dialog = PrintDialog(self._planner, occurrence.event_id, occurrence.title, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog
