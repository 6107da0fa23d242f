"""Export for the fair organiser…: the stand's lists written as the .xlsx the fair
organiser asks for, by the stand's service off the GUI thread, after asking where."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from eventplanner.ui.folders import documents_folder
from eventplanner.ui.planner import Planner
from eventplanner.ui.wording import filled

if TYPE_CHECKING:
    from eventplanner.services.workspace import Workspace

FileChooser = Callable[[str], str]
"""Asked with a suggested path; answers the chosen one ('' for cancelled)."""


class StandExport(QObject):
    """Writes the stand of ``event_id`` as a spreadsheet; ``written`` says where."""

    written = Signal(str)
    failed = Signal(str)

    def __init__(self, planner: Planner, owner: QWidget, event_id: int) -> None:
        super().__init__(owner)
        self._planner = planner
        self._owner = owner
        self._event_id = event_id
        self._folder = documents_folder()
        self.chooser: FileChooser = self._ask
        self.warn: Callable[[str], None] = self._warn

    def _ask(self, suggested: str) -> str:
        chosen, _ = QFileDialog.getSaveFileName(
            self._owner, self.tr("Export for the fair organiser"), suggested,
            self.tr("Spreadsheet (*.xlsx)"),
        )  # fmt: skip
        return chosen

    def _warn(self, message: str) -> None:
        QMessageBox.warning(self._owner, self.tr("Stand not exported"), message)

    def export(self, title: str) -> None:
        safe = re.sub(r'[\\/:*?"<>|]+', " ", title).strip() or "stand"
        chosen = self.chooser(str(self._folder / filled(self.tr("%1 – stand.xlsx"), safe)))
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        self._folder = path.parent
        event_id = self._event_id

        def write(workspace: Workspace) -> str:
            from eventplanner.services.stand.spreadsheet import write_workbook

            write_workbook(workspace.stand.stand(event_id), path)
            return str(path)

        def refused(message: str) -> None:
            self.warn(message)
            self.failed.emit(message)

        self._planner.read(write, self.written.emit, after_changes=True, on_error=refused)
