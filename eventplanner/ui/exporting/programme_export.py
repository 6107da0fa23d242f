"""File → Export programme…: the selected event's programme as the schedule file
conference apps read (frab XML or pretalx JSON), written off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from eventplanner.domain.occurrence import Occurrence
from eventplanner.ui.folders import documents_folder
from eventplanner.ui.planner import Planner
from eventplanner.ui.wording import filled

if TYPE_CHECKING:
    from eventplanner.services.workspace import Workspace

FileChooser = Callable[[str], str]
"""Asks where to write, given a suggested path; "" when the person cancels."""


def _safe(title: str) -> str:
    kept = "".join(c if c.isalnum() or c in " -_" else " " for c in title)
    return " ".join(kept.split()) or "programme"


class ProgrammeExport(QObject):
    """Writes the selected event's programme as a schedule file, after asking where."""

    def __init__(
        self,
        planner: Planner,
        window: QMainWindow,
        selected: Callable[[], Occurrence | None],
        chooser: FileChooser | None = None,
    ) -> None:
        super().__init__(window)
        self._planner = planner
        self._window = window
        self._selected = selected
        self.chooser: FileChooser = chooser or self._ask
        self._folder = documents_folder()

    def _ask(self, suggested: str) -> str:
        chosen, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Export programme"),
            suggested,
            self.tr("Schedule for conference apps, frab XML (*.xml);;"
                    "Schedule for conference apps, pretalx JSON (*.json)"),
        )  # fmt: skip
        return chosen

    def export_programme(self) -> None:
        occurrence = self._selected()
        if occurrence is None or self._planner.workspace is None:
            self._window.statusBar().showMessage(
                self.tr("Select an event with a programme first."), 4000
            )
            return
        suggested = str(self._folder / f"{_safe(occurrence.title)}.xml")
        chosen = self.chooser(suggested)
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() not in (".xml", ".json"):
            path = path.with_name(path.name + ".xml")
        self._folder = path.parent
        event_id = occurrence.event_id

        def write(workspace: Workspace) -> int:
            from eventplanner.services.programme.frab import write_schedule

            event = workspace.events.get(event_id)
            # The latest release, as feeds and print publish it (never the draft).
            return write_schedule(workspace.releases.publishable(event_id), event, path)

        def written(sessions: int) -> None:
            self._window.statusBar().showMessage(
                filled(self.tr("Wrote %1 sessions to %2"), str(sessions), str(path)), 6000
            )

        def refused(message: str) -> None:
            QMessageBox.warning(self._window, self.tr("Programme not exported"), message)

        self._planner.read(write, written, after_changes=True, on_error=refused)
