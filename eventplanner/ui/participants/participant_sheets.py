"""The Participants window's spreadsheets: Import… (a file chosen, read off the GUI thread,
its mapping previewed, then imported as one undo step), Export… (CSV or XLSX by the file
type chosen, written off the GUI thread) and Copy e-mail addresses (semicolon-separated as
Outlook's To field takes them, to the clipboard)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from eventplanner.domain.sheet_rows import outlook_addresses
from eventplanner.services.registrations.sheet_files import Sheet
from eventplanner.ui.events.undo import save_then_push
from eventplanner.ui.folders import documents_folder
from eventplanner.ui.participants.import_dialog import ImportDialog
from eventplanner.ui.participants.participants_model import export_labels
from eventplanner.ui.participants.participants_undo import ImportList
from eventplanner.ui.planner import Planner
from eventplanner.ui.widgets.alive import while_alive
from eventplanner.ui.wording import filled

if TYPE_CHECKING:
    from eventplanner.services.workspace import Workspace

FileChooser = Callable[[str], tuple[str, str]]
"""Asked with a suggested path; answers the chosen path ('' for cancelled) and filter."""


class ParticipantSheets(QObject):
    """Spreadsheets in and out for the participants of ``event_id``."""

    dialog_opened = Signal(object)
    """The import's preview dialog, shown."""
    imported = Signal(object)
    """An import was saved: its ``ImportWrite``."""
    exported = Signal(str)
    """The path a list was written to."""
    failed = Signal(str)

    def __init__(self, planner: Planner, stack: QUndoStack, owner: QWidget, event_id: int) -> None:
        super().__init__(owner)
        self._planner = planner
        self._stack = stack
        self._owner = owner
        self._event_id = event_id
        self._folder = documents_folder()
        self.open_chooser: FileChooser = self._ask_open
        self.save_chooser: FileChooser = self._ask_save
        self.warn: Callable[[str], None] = self._warn
        self.dialog: ImportDialog | None = None

    def _xlsx_filter(self) -> str:
        return self.tr("Excel workbook (*.xlsx)")

    def _csv_filter(self) -> str:
        return self.tr("CSV, semicolon-separated (*.csv)")

    def _ask_open(self, suggested: str) -> tuple[str, str]:
        return QFileDialog.getOpenFileName(
            self._owner, self.tr("Import registrations"), suggested,
            self.tr("Registration lists (*.xlsx *.csv *.txt);;All files (*)"),
        )  # fmt: skip

    def _ask_save(self, suggested: str) -> tuple[str, str]:
        return QFileDialog.getSaveFileName(
            self._owner, self.tr("Export participants"), suggested,
            f"{self._xlsx_filter()};;{self._csv_filter()}",
        )  # fmt: skip

    def _warn(self, message: str) -> None:
        QMessageBox.warning(self._owner, self.tr("Participants"), message)

    def _refused(self, message: str) -> None:
        self.warn(message)
        self.failed.emit(message)

    # -- import ----------------------------------------------------------------------------

    def import_list(self) -> None:
        """Ask for a file, read it in the background, then show its mapping preview."""
        chosen, _filter = self.open_chooser(str(self._folder))
        if not chosen:
            return
        path = Path(chosen)
        self._folder = path.parent

        def read(_workspace: Workspace) -> Sheet:
            from eventplanner.services.registrations.sheet_files import read_sheet

            return read_sheet(path)

        self._planner.read(read, while_alive(self._owner, self._preview),
                           on_error=while_alive(self._owner, self._refused))  # fmt: skip

    def _preview(self, sheet: Sheet) -> None:
        dialog = ImportDialog(self._planner, self._event_id, sheet, self._owner)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.finished.connect(lambda result: self._chosen(dialog, result))
        dialog.open()
        self.dialog_opened.emit(dialog)

    def _chosen(self, dialog: ImportDialog, result: int) -> None:
        if self.dialog is dialog:
            self.dialog = None
        if result != QDialog.DialogCode.Accepted:
            return
        command = ImportList(self._planner, self._event_id, dialog.sheet, dialog.mapping)
        save_then_push(self._planner, self._stack, command, on_refused=self._refused,
                       on_result=while_alive(self._owner, self.imported.emit))  # fmt: skip

    # -- export ----------------------------------------------------------------------------

    def export_list(self, title: str, headers: Sequence[str]) -> None:
        """Ask where, then write the list as XLSX or CSV (by the file type chosen)."""
        safe = re.sub(r'[\\/:*?"<>|]+', " ", title).strip() or "participants"
        suggested = self._folder / filled(self.tr("%1 – participants.xlsx"), safe)
        chosen, kind = self.save_chooser(str(suggested))
        if not chosen:
            return
        path = Path(chosen)
        wanted = ".csv" if kind == self._csv_filter() else ".xlsx"
        if path.suffix.lower() not in {".csv", ".xlsx"}:
            path = path.with_name(path.name + wanted)
        elif path.suffix.lower() != wanted and kind:
            path = path.with_suffix(wanted)
        self._folder = path.parent
        event_id, names, labels = self._event_id, tuple(headers), export_labels()

        def write(workspace: Workspace) -> str:
            workspace.registration_lists.export(event_id, path, headers=names, labels=labels)
            return str(path)

        self._planner.read(write, while_alive(self._owner, self.exported.emit),
                           after_changes=True,
                           on_error=while_alive(self._owner, self._refused))  # fmt: skip

    # -- e-mail ----------------------------------------------------------------------------

    @staticmethod
    def copy_emails(addresses: Sequence[str]) -> str:
        """Put ``addresses`` on the clipboard as Outlook's To field takes them; the text."""
        text = outlook_addresses(addresses)
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(text)
        return text
