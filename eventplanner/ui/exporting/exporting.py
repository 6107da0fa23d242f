"""The window's export commands: File → Export…, and on an event "Export selected…" and
"Open in Outlook" (the event written to a temporary .ics, opened by the calendar app; a
slow one shows its progress, and Cancel leaves no file).

The system's opener is injected, so tests never start a calendar application.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMainWindow, QMessageBox

from eventplanner.domain.occurrence import Occurrence
from eventplanner.ui.exporting import export_request
from eventplanner.ui.exporting.export_request import ExportRequest, Scope, ShownPeriod, Written
from eventplanner.ui.folders import documents_folder
from eventplanner.ui.jobs import JobProgress
from eventplanner.ui.planner import Planner
from eventplanner.ui.widgets.job_progress import ProgressWindow
from eventplanner.ui.wording import filled

if TYPE_CHECKING:  # the export dialog loads when first used, not before the first paint
    from eventplanner.ui.exporting.export_dialog import ExportChoices, ExportDialog

Opener = Callable[[QUrl], bool]
"""Opens a file with the system's application for it (QDesktopServices.openUrl)."""


class ExportCommands(QObject):
    """Opens the export dialog and writes files for the calendar app, off the GUI thread."""

    opened_in_outlook = Signal(object)  # Written: the file handed to the calendar app

    def __init__(
        self,
        planner: Planner,
        window: QMainWindow,
        *,
        selected: Callable[[], Occurrence | None],
        shown: Callable[[], tuple[ShownPeriod, str]],
        reader_zone: Callable[[], str],
        opener: Opener | None = None,
    ) -> None:
        super().__init__(window)
        self._planner = planner
        self._window = window
        self._selected = selected
        self._shown = shown
        self._reader_zone = reader_zone
        self.opener: Opener = opener or QDesktopServices.openUrl
        self.dialog: ExportDialog | None = None  # the open dialog, for tests
        self._folder = documents_folder()

    def choices(self) -> ExportChoices:
        """What the window shows and has selected now."""
        from eventplanner.ui.exporting.export_dialog import ExportChoices

        occurrence = self._selected()
        shown, label = self._shown()
        return ExportChoices(
            selected=() if occurrence is None else (occurrence,),
            shown=shown,
            shown_label=label,
            reader_zone=self._reader_zone(),
            folder=self._folder,
        )

    def export(self, scope: Scope | None = None) -> ExportDialog | None:
        """Open the export dialog (on the selected events when ``scope`` says so)."""
        if self._planner.workspace is None:
            return None
        from eventplanner.ui.exporting.export_dialog import ExportDialog

        dialog = ExportDialog(self._planner, self.choices(), scope, self._window)
        dialog.exported.connect(self._exported)
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def export_selected(self) -> None:
        if self._need_selection() is not None:
            self.export(Scope.SELECTED)

    def open_in_outlook(self) -> None:
        """Write the selected event to a temporary .ics and open it with the calendar app."""
        occurrence = self._need_selection()
        if occurrence is None:
            return
        request = ExportRequest(Scope.SELECTED, event_ids=(occurrence.event_id,))
        title = occurrence.title
        progress = JobProgress(self._planner)  # outlives the job, then deleted
        shown = ProgressWindow(
            progress, filled(self.tr("Opening %1 in Outlook…"), title), self._window
        )

        def written(done: Written) -> None:
            shown.finish()
            self._hand_over(done)

        def refused(message: str) -> None:
            shown.finish()
            if progress.cancelled():
                self._window.statusBar().showMessage(
                    self.tr("Cancelled: nothing was opened in Outlook."), 4000
                )
                return
            QMessageBox.warning(self._window, self.tr("Not opened in Outlook"), message)

        self._planner.read(
            lambda ws: export_request.write_temporary(ws, request, title, progress=progress),
            progress.then(written),
            after_changes=True,
            on_error=progress.then(refused),
        )

    def _need_selection(self) -> Occurrence | None:
        occurrence = self._selected()
        if occurrence is None:
            self._window.statusBar().showMessage(self.tr("Select an event first."), 4000)
        return occurrence

    def _hand_over(self, written: Written) -> None:
        if not self.opener(QUrl.fromLocalFile(str(written.path))):
            QMessageBox.warning(
                self._window,
                self.tr("Not opened in Outlook"),
                filled(
                    self.tr(
                        "No calendar application opened %1. Open the file from Outlook (File → "
                        "Open & Export → Import/Export) or double-click it."
                    ),
                    str(written.path),
                ),
            )
            return
        self.opened_in_outlook.emit(written)

    def _exported(self, written: Written) -> None:
        self._folder = written.path.parent
        self._window.statusBar().showMessage(
            filled(self.tr("Exported to %2 (events: %1)."), str(written.events), str(written.path)),
            8000,
        )

    def _closed(self, dialog: ExportDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        if shiboken6.isValid(dialog):
            dialog.deleteLater()
