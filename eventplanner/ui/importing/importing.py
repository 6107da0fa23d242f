"""The window's import commands: File → Import… and .ics files dropped on the window open the
import dialog; what it previews is written here, off the GUI thread, as one undoable step.

The dialog, the import service and the iCalendar reader load when first used, not before
the window's first paint. The file chooser is injected, so tests never open a native one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QMimeData, QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QMainWindow

from eventplanner.ui.folders import documents_folder
from eventplanner.ui.planner import Planner
from eventplanner.ui.wording import filled

if TYPE_CHECKING:  # loaded when first used, not before the first paint
    from eventplanner.ui.importing.import_dialog import ImportDialog
    from eventplanner.ui.importing.import_request import Applied, ImportPreview
    from eventplanner.ui.jobs import JobProgress

FileChooser = Callable[[Path], Sequence[Path]]
"""Asks for .ics files to import, starting in a folder; none when the person cancels."""

SUFFIXES = (".ics",)
STATUS_MS = 8000


def is_calendar_file(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES


class ImportCommands(QObject):
    """Opens the import dialog (from the menu or a drop) and writes what it previewed."""

    def __init__(
        self,
        planner: Planner,
        window: QMainWindow,
        stack: QUndoStack,
        *,
        display_zone: Callable[[], str],
        choose_files: FileChooser | None = None,
    ) -> None:
        super().__init__(window)
        self._planner = planner
        self._window = window
        self._stack = stack
        self._display_zone = display_zone
        self.choose_files: FileChooser = choose_files or self._ask_for_files
        self.dialog: ImportDialog | None = None  # the open dialog, for tests
        self._folder = documents_folder()

    # -- opening -----------------------------------------------------------------------------

    def import_files(self) -> ImportDialog | None:
        """File → Import…: choose .ics files, then preview them."""
        if not self._database_open():
            return None
        paths = list(self.choose_files(self._folder))
        return self.open_dialog(paths) if paths else None

    def _ask_for_files(self, folder: Path) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(
            self._window,
            self.tr("Import events"),
            str(folder),
            self.tr("iCalendar files (*.ics);;All files (*)"),
        )
        return [Path(name) for name in names]

    def open_dialog(self, paths: Sequence[Path]) -> ImportDialog | None:
        """The import dialog on ``paths``, previewing them at once."""
        if not paths or not self._database_open():
            return None
        from eventplanner.ui.importing.import_dialog import ImportDialog

        self._folder = paths[0].parent
        dialog = ImportDialog(self._planner, paths, self._display_zone(), self._window)
        dialog.import_requested.connect(
            lambda preview, progress: self._write(dialog, preview, progress)
        )
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _database_open(self) -> bool:
        if self._planner.workspace is None:
            self._status(self.tr("Open a database first, then import into it."))
            return False
        return True

    def _closed(self, dialog: ImportDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        if shiboken6.isValid(dialog):
            dialog.deleteLater()

    # -- dropped files -----------------------------------------------------------------------

    def dropped(self, paths: Sequence[Path]) -> ImportDialog | None:
        """Files dropped on the window: the .ics ones are previewed, the others named."""
        calendars = [p for p in paths if is_calendar_file(p)]
        others = [p.name for p in paths if not is_calendar_file(p)]
        if others:
            self._status(
                filled(
                    self.tr("Not imported: %1. Only iCalendar files (.ics) can be imported."),
                    ", ".join(others),
                )
            )
        return self.open_dialog(calendars) if calendars else None

    # -- writing -----------------------------------------------------------------------------

    def _write(self, dialog: ImportDialog, preview: ImportPreview, progress: JobProgress) -> None:
        """Write the preview on the writing thread; on success it is one step to undo."""
        from eventplanner.ui.importing import import_request
        from eventplanner.ui.importing.import_command import ImportEvents

        command = ImportEvents(self._planner, preview, self._undo_text(preview), progress)

        def done(applied: Applied) -> None:
            if applied.results:
                self._stack.push(command)
                self._tell_imported(self._imported_text(preview, applied))
            if shiboken6.isValid(dialog):
                dialog.import_ended(applied)

        def refused(message: str) -> None:
            if shiboken6.isValid(dialog):
                dialog.import_ended(None, message)

        self._planner.change(lambda ws: import_request.apply(ws, command.apply), done, refused)

    def _tell_imported(self, message: str) -> None:
        """Say what was imported, and keep saying it when the feeds the import touched are
        published again right after (the feeds menu then says which)."""
        self._status(message)
        published: list[str] = []

        def heard(_report: object) -> None:
            published.append(self._window.statusBar().currentMessage())

        def said(_nothing: object) -> None:
            self._planner.feeds_published.disconnect(heard)
            if published:
                self._status(f"{message} {published[-1]}")

        self._planner.feeds_published.connect(heard)
        # Queued behind the publishing that follows every change: once it answers, any
        # report of the feeds has been heard.
        self._planner.run_outside(lambda: None, said, said)

    def _undo_text(self, preview: ImportPreview) -> str:
        """ "Import 12 events from partner.ics": the step in the undo history."""
        names = preview.names
        source = names[0] if len(names) == 1 else filled(self.tr("%1 files"), str(len(names)))
        if preview.writes == 1:
            return filled(self.tr("Import one event from %1"), source)
        return filled(self.tr("Import %1 events from %2"), str(preview.writes), source)

    def _imported_text(self, preview: ImportPreview, applied: Applied) -> str:
        created = sum(len(r.created) for r in applied.results)
        updated = sum(len(r.updated) for r in applied.results)
        venues = sum(len(r.venues_created) for r in applied.results)
        names = preview.names
        source = names[0] if len(names) == 1 else filled(self.tr("%1 files"), str(len(names)))
        text = filled(
            self.tr("Imported from %1: %2 new and %3 updated events."),
            source,
            str(created),
            str(updated),
        )
        if venues:
            text += " " + filled(self.tr("Venues made: %1."), str(venues))
        return text + " " + self.tr("Undo (Ctrl+Z) takes it back.")

    def _status(self, message: str) -> None:
        self._window.statusBar().showMessage(message, STATUS_MS)


def local_files(data: QMimeData) -> list[Path]:
    """The local files a drag carries (none for text, web links and the like)."""
    if not data.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]
