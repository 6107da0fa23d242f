"""Export to an .ics file: what (the selected events, what the view shows, a project or
everything), with which options, into which file; Outlook's warnings shown before writing.

The warnings, the preview and the file are all made off the GUI thread through the Planner.
A file that cannot be written is explained in the dialog, which stays open. A slow export
shows its progress; its Cancel (or the dialog's) stops it, and no file is written.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from eventplanner.domain.model import Project
from eventplanner.domain.occurrence import Occurrence
from eventplanner.ui.exporting import export_request
from eventplanner.ui.exporting.export_request import ExportRequest, Scope, ShownPeriod, Written
from eventplanner.ui.jobs import JobProgress
from eventplanner.ui.planner import Planner
from eventplanner.ui.widgets.job_progress import ProgressWindow
from eventplanner.ui.widgets.language_choice import LanguageChoice
from eventplanner.ui.widgets.notices import Banner
from eventplanner.ui.wording import filled

if TYPE_CHECKING:
    from eventplanner.ical import OutlookWarning
    from eventplanner.services.workspace import Workspace

T = TypeVar("T")
WARNINGS_SHOWN = 6
"""Warnings listed in the dialog; the preview lists every one."""


@dataclass(frozen=True)
class ExportChoices:
    """What the window offers to export."""

    selected: tuple[Occurrence, ...]
    shown: ShownPeriod
    shown_label: str
    """The view's period as its heading says it ("March 2027")."""
    reader_zone: str
    """The display zone: the preview's default reader."""
    folder: Path
    """Where the file dialog starts."""


class ExportDialog(QDialog):
    """Choose, check and write an export; ``exported`` once the file is whole."""

    exported = Signal(object)  # Written

    def __init__(
        self,
        planner: Planner,
        choices: ExportChoices,
        scope: Scope | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._planner = planner
        self._choices = choices
        self._key = f"export:{id(self)}"
        self._projects: list[Project] = []
        self._confirmed: Path | None = None  # a path the file dialog already asked about
        self.job: JobProgress | None = None  # while the file is being written
        self._job_window: ProgressWindow | None = None
        self._close_when_ended = False  # closed while writing: the export is cancelled
        self.setWindowTitle(self.tr("Export to Outlook (.ics)"))
        self.setObjectName("ExportDialog")

        what = QGroupBox(self.tr("What to export"), self)
        self.selected_choice = QRadioButton(self._selected_text(), what)
        self.selected_choice.setEnabled(bool(choices.selected))
        self.view_choice = QRadioButton(
            filled(self.tr("What the view shows: %1 (with its filters)"), choices.shown_label),
            what,
        )
        self.project_choice = QRadioButton(self.tr("One project:"), what)
        self.project = QComboBox(what)
        self.project.setEnabled(False)
        self.project.setMinimumContentsLength(24)
        self.everything_choice = QRadioButton(self.tr("Everything in the database"), what)
        self._scopes = QButtonGroup(self)
        for button, chosen in (
            (self.selected_choice, Scope.SELECTED),
            (self.view_choice, Scope.VIEW),
            (self.project_choice, Scope.PROJECT),
            (self.everything_choice, Scope.EVERYTHING),
        ):
            self._scopes.addButton(button, list(Scope).index(chosen))
        what_layout = QVBoxLayout(what)
        what_layout.addWidget(self.selected_choice)
        what_layout.addWidget(self.view_choice)
        project_row = QHBoxLayout()
        project_row.addWidget(self.project_choice)
        project_row.addWidget(self.project, 1)
        what_layout.addLayout(project_row)
        what_layout.addWidget(self.everything_choice)

        options = QGroupBox(self.tr("Options"), self)
        self.calendar_name = QLineEdit(options)
        self.calendar_name.setPlaceholderText(self.tr("The calendar's name in Outlook"))
        self.include_cancelled = QCheckBox(self.tr("Include cancelled events, titled"), options)
        self.cancelled_prefix = QLineEdit(self.tr("Cancelled: "), options)
        self.cancelled_prefix.setEnabled(False)
        self.include_notes = QCheckBox(self.tr("Include the private notes"), options)
        self.language = LanguageChoice(self.tr("Automatic, from the calendar name"), options)
        self.language.setToolTip(
            self.tr("The language of the categories Outlook shows for the events' kinds")
        )
        cancelled_row = QHBoxLayout()
        cancelled_row.addWidget(self.include_cancelled)
        cancelled_row.addWidget(self.cancelled_prefix, 1)
        options_form = QFormLayout(options)
        options_form.addRow(self.tr("Calendar name:"), self.calendar_name)
        options_form.addRow(cancelled_row)
        options_form.addRow(self.include_notes)
        options_form.addRow(self.tr("Categories in:"), self.language)

        self.file = QLineEdit(self)
        self.file.setPlaceholderText(self.tr("Where to write the .ics file"))
        self.browse = QPushButton(self.tr("Browse…"), self)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.browse)
        file_form = QFormLayout()
        file_form.addRow(self.tr("File:"), file_row)

        self.warnings = Banner("warning", self)
        self.problem = Banner("error", self)
        self.buttons = QDialogButtonBox(self)
        self.preview_button = self.buttons.addButton(
            self.tr("Preview in Outlook's eyes…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.export_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(options)
        layout.addLayout(file_form)
        layout.addWidget(self.warnings)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        self.resize(max(self.sizeHint().width(), self.minimumWidth()), self.sizeHint().height())

        self._connect()
        start = scope or (Scope.SELECTED if choices.selected else Scope.VIEW)
        self._scopes.button(list(Scope).index(start)).setChecked(True)
        self._scope_changed()
        self._load_projects()

    def _connect(self) -> None:
        self._scopes.idToggled.connect(lambda _id, on: self._scope_changed() if on else None)
        self.project.currentIndexChanged.connect(lambda _i: self._scope_changed())
        self.include_cancelled.toggled.connect(self.cancelled_prefix.setEnabled)
        self.include_cancelled.toggled.connect(lambda _on: self._check())
        self.browse.clicked.connect(self._browse)
        self.file.textEdited.connect(lambda _text: self._edited_file())
        self.preview_button.clicked.connect(self.preview)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)

    def _alive(self, callback: Callable[[T], None]) -> Callable[[T], None]:
        def call(value: T) -> None:
            if shiboken6.isValid(self):
                callback(value)

        return call

    def _selected_text(self) -> str:
        selected = self._choices.selected
        if not selected:
            return self.tr("The selected event (select one in the view first)")
        if len(selected) == 1:
            return filled(self.tr("The selected event: %1"), selected[0].title)
        return filled(self.tr("The selected events: %1"), str(len(selected)))

    def _load_projects(self) -> None:
        self._planner.read(
            lambda ws: ws.projects.list(), self._alive(self._listed), key=self._key + ":projects"
        )

    def _listed(self, projects: Sequence[Project]) -> None:
        self._projects = [p for p in projects if p.id is not None]
        self.project.blockSignals(True)
        self.project.clear()
        for project in self._projects:
            self.project.addItem(project.name, project.id)
        self.project.blockSignals(False)
        self.project_choice.setEnabled(bool(self._projects))
        self._scope_changed()

    # -- what is asked -----------------------------------------------------------------------

    def scope(self) -> Scope:
        return list(Scope)[max(self._scopes.checkedId(), 0)]

    def request(self) -> ExportRequest:
        """The export as the dialog's fields say it now."""
        scope = self.scope()
        project_id = self.project.currentData() if scope is Scope.PROJECT else None
        return ExportRequest(
            scope=scope,
            event_ids=tuple(dict.fromkeys(o.event_id for o in self._choices.selected)),
            shown=self._choices.shown,
            project_id=project_id if isinstance(project_id, int) else None,
            calendar_name=self.calendar_name.text(),
            include_cancelled=self.include_cancelled.isChecked(),
            cancelled_prefix=self.cancelled_prefix.text(),
            include_notes=self.include_notes.isChecked(),
            language=self.language.setting(),
        )

    def _default_name(self) -> str:
        scope = self.scope()
        if scope is Scope.SELECTED:
            selected = self._choices.selected
            return selected[0].title if len(selected) == 1 else "Eventplanner"
        if scope is Scope.VIEW:
            return self._choices.shown_label
        if scope is Scope.PROJECT:
            return self.project.currentText() or "Eventplanner"
        return "Eventplanner"

    def _scope_changed(self) -> None:
        scope = self.scope()
        self.project.setEnabled(scope is Scope.PROJECT)
        name = self._default_name()
        single = scope is Scope.SELECTED and len(self._choices.selected) == 1
        self.calendar_name.setEnabled(not single)  # one event: no calendar folder of its own
        if not self.calendar_name.isModified():
            self.calendar_name.setText("" if single else name)
        if self._confirmed is None and not self.file.isModified():
            file_name = f"{export_request.safe_file_name(name)}.ics"
            self.file.setText(str(self._choices.folder / file_name))
        self._check()

    def _check(self) -> None:
        """Ask for Outlook's warnings on what would be written now."""
        request = self.request()
        if request.scope is Scope.PROJECT and request.project_id is None:
            self.warnings.show_message(None)
            return
        self._planner.read(
            lambda ws: export_request.warnings(ws, request),
            self._alive(self._warned),
            key=self._key + ":warnings",
            on_error=self._alive(self.problem.show_message),
        )

    def _warned(self, found: tuple[OutlookWarning, ...]) -> None:
        if not found:
            self.warnings.show_message(None)
            return
        lines = [self.tr("Outlook will show these differently from what was planned:")]
        lines += [f"• {w.message}" for w in found[:WARNINGS_SHOWN]]
        if len(found) > WARNINGS_SHOWN:
            lines.append(
                filled(self.tr("…and %1 more: see the preview."), str(len(found) - WARNINGS_SHOWN))
            )
        self.warnings.show_message("\n".join(lines))

    # -- the file ----------------------------------------------------------------------------

    def _edited_file(self) -> None:
        self._confirmed = None
        self.problem.show_message(None)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export to"),
            self.file.text() or str(self._choices.folder),
            self.tr("iCalendar files (*.ics)"),
        )
        if path:
            chosen = _with_suffix(Path(path))
            self.file.setText(str(chosen))
            self.file.setModified(True)
            self._confirmed = chosen  # the file dialog asked before overwriting
            self.problem.show_message(None)

    def path(self) -> Path | None:
        text = self.file.text().strip()
        return _with_suffix(Path(text).expanduser()) if text else None

    def export(self) -> None:
        """Write the file in the background; the dialog closes once it is whole."""
        path = self.path()
        if path is None:
            self.problem.show_message(self.tr("Choose where to write the file."))
            self.file.setFocus()
            return
        if path.is_file() and path != self._confirmed:
            answer = QMessageBox.question(
                self,
                self.tr("Replace the file?"),
                filled(self.tr("%1 exists already. Replace it?"), str(path)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        request = self.request()
        self.export_button.setEnabled(False)
        self.problem.show_message(None)
        # Parented to the planner, which outlives the job whatever happens to the dialog.
        progress = JobProgress(self._planner)
        self.job = progress
        self._job_window = ProgressWindow(
            progress, filled(self.tr("Exporting to %1…"), path.name), self
        )

        def work(workspace: Workspace) -> Written:
            return export_request.write(workspace, request, path, progress=progress)

        self._planner.read(
            work,
            progress.then(self._alive(self._written)),
            after_changes=True,  # what was just saved is in the file
            on_error=progress.then(self._alive(self._refused)),
        )

    def _ended(self) -> bool:
        """The job ended: its progress window goes; whether the dialog was cancelled (closed)
        meanwhile."""
        if self._job_window is not None:
            self._job_window.finish()
        self.job = self._job_window = None
        self.export_button.setEnabled(True)
        return self._close_when_ended

    def _written(self, written: Written) -> None:
        self._ended()
        self.exported.emit(written)
        self.accept()

    def _refused(self, message: str) -> None:
        job = self.job
        if job is not None and job.cancelled():
            message = self.tr("Export cancelled: nothing was written.")
        if self._ended():
            super().reject()
            return
        self.problem.show_message(message[:1].upper() + message[1:])

    def cancel_export(self) -> None:
        """Stop the export being written (it ends without a file)."""
        if self.job is not None:
            self.job.cancel()

    def reject(self) -> None:
        if self.job is not None:  # Cancel, Escape or Close while writing: stop, then close
            self._close_when_ended = True
            self.cancel_export()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.job is not None:
            self.reject()
            event.ignore()
            return
        super().closeEvent(event)

    def preview(self) -> None:
        """Open the preview of what would be written now."""
        from eventplanner.ui.preview.preview_dialog import PreviewDialog

        request = self.request()
        dialog = PreviewDialog(
            self._planner,
            lambda ws: export_request.export(ws, request).text,
            self._default_name(),
            self._choices.reader_zone,
            self,
        )
        self.preview_dialog = dialog
        dialog.open()


def _with_suffix(path: Path) -> Path:
    return path if path.suffix.lower() == ".ics" else path.with_name(path.name + ".ics")
