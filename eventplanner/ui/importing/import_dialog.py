"""Import from .ics files: the options, a preview of what importing would do, event by
event, and the import itself with a progress bar and Cancel.

The files are read and planned off the GUI thread through the Planner (again whenever an
option changes, or something is saved meanwhile); nothing is written until Import. A file
that cannot be imported is explained here, naming its line and event, and nothing of any
file is written. ``import_requested`` hands the preview to the window's import commands,
which write it and put it on the undo stack; they tell the dialog how it ended.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from eventplanner.domain.enums import EventKind
from eventplanner.domain.model import Project
from eventplanner.domain.timezones import is_valid_zone
from eventplanner.services.changes import ChangeSet, Kind
from eventplanner.services.importing.import_plan import ImportOptions
from eventplanner.ui import labels
from eventplanner.ui.importing import import_request, import_summary
from eventplanner.ui.importing.import_model import ImportPlanModel
from eventplanner.ui.importing.import_request import Applied, ImportFile, ImportPreview
from eventplanner.ui.importing.import_table import plan_table
from eventplanner.ui.importing.import_venues import VenueChoices
from eventplanner.ui.jobs import JobProgress
from eventplanner.ui.planner import Planner
from eventplanner.ui.widgets.notices import Banner, WrappedLabel
from eventplanner.ui.widgets.time_zone_picker import TimeZonePicker
from eventplanner.ui.wording import filled

T = TypeVar("T")


class ImportDialog(QDialog):
    """Options, preview and Import for one or more .ics files."""

    import_requested = Signal(object, object)  # the ImportPreview to write, its JobProgress
    previewed = Signal()  # a preview (or a refusal) is shown

    def __init__(
        self,
        planner: Planner,
        paths: Sequence[Path],
        display_zone: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._planner = planner
        self._display_zone = display_zone
        self._files = tuple(ImportFile(path) for path in paths)
        self._key = f"import:{id(self)}"
        self.preview: ImportPreview | None = None
        self.progress: JobProgress | None = None  # while importing
        self._planning = False
        self._notice: str | None = None  # how the last import ended, kept over re-plans
        self._replan = QTimer(self)  # several reasons to plan at once make one plan
        self._replan.setSingleShot(True)
        self._replan.setInterval(0)
        self._replan.timeout.connect(self._plan_now)
        self.setWindowTitle(self._title())
        self.setObjectName("ImportDialog")

        self.intro = WrappedLabel(self._intro(), self)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)  # file names are not markup
        options = QGroupBox(self.tr("Options"), self)
        self.project = QComboBox(options)
        self.project.addItem(self.tr("No project"), None)
        self.project.setMinimumContentsLength(22)
        self.kind = QComboBox(options)
        for kind in EventKind:
            self.kind.addItem(labels.kind_label(kind), kind)
        self.kind.setCurrentIndex(self.kind.findData(EventKind.OTHER))
        self.kind.setToolTip(
            self.tr("Categories such as “Seminarium” or “Trade fair” set the kind themselves")
        )
        self.zone = TimeZonePicker(options)
        self.zone.set_time_zone(display_zone)
        self.zone.setToolTip(
            self.tr("For times the file writes without a zone, when it names none itself")
        )
        self.skip_bad = QCheckBox(self.tr("Skip events that cannot be imported"), options)
        self.skip_bad.setToolTip(self.tr("They are listed below; the rest is imported"))
        grid = QGridLayout(options)
        grid.addWidget(QLabel(self.tr("Project:"), options), 0, 0)
        grid.addWidget(self.project, 0, 1)
        grid.addWidget(QLabel(self.tr("Times without a zone:"), options), 0, 2)
        grid.addWidget(self.zone, 0, 3)
        grid.addWidget(QLabel(self.tr("Kind when none is named:"), options), 1, 0)
        grid.addWidget(self.kind, 1, 1)
        grid.addWidget(self.skip_bad, 1, 2, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setHorizontalSpacing(self.fontMetrics().averageCharWidth() * 2)

        self.problem = Banner("error", self)
        self.warnings = Banner("warning", self)
        self.counts = QLabel(self)
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.counts.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.mapping = WrappedLabel("", self)
        self.mapping.setTextFormat(Qt.TextFormat.PlainText)
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.counts, 0, Qt.AlignmentFlag.AlignTop)
        summary_row.addSpacing(self.fontMetrics().averageCharWidth() * 4)
        summary_row.addWidget(self.mapping, 1, Qt.AlignmentFlag.AlignTop)

        self.venue_choices = VenueChoices(self)
        self.model = ImportPlanModel(self)
        self.table = plan_table(self.model, [f.name for f in self._files], self)

        self.progress_bar = QProgressBar(self)
        self.progress_bar.setFormat(self.tr("%v of %m events"))
        self.cancel_button = QPushButton(self.tr("Cancel import"), self)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_bar, 1)
        progress_row.addWidget(self.cancel_button)
        self._progress_widgets = (self.progress_bar, self.cancel_button)
        for widget in self._progress_widgets:
            widget.hide()

        self.status = QLabel(self)
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.import_button.setDefault(True)
        self.import_button.setEnabled(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(options)
        layout.addWidget(self.problem)
        layout.addWidget(self.warnings)
        layout.addLayout(summary_row)
        layout.addWidget(self.venue_choices)
        layout.addWidget(self.table, 1)
        layout.addLayout(progress_row)
        layout.addLayout(bottom)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 215, metrics.height() * 46)

        self._connect()
        self._load_projects()
        self.plan()

    def _connect(self) -> None:
        self.project.currentIndexChanged.connect(lambda _i: self._option_changed())
        self.kind.currentIndexChanged.connect(lambda _i: self._option_changed())
        self.zone.time_zone_changed.connect(
            lambda name: self._option_changed() if is_valid_zone(name) else None
        )
        self.skip_bad.toggled.connect(lambda _on: self._option_changed())
        self.venue_choices.changed.connect(self._option_changed)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)
        self.cancel_button.clicked.connect(self.cancel_import)
        self._planner.changed.connect(self._saved_meanwhile)

    def _alive(self, callback: Callable[[T], None]) -> Callable[[T], None]:
        def call(value: T) -> None:
            if shiboken6.isValid(self):
                callback(value)

        return call

    def _title(self) -> str:
        if len(self._files) == 1:
            return filled(self.tr("Import %1"), self._files[0].name)
        return filled(self.tr("Import %1 files"), str(len(self._files)))

    def _intro(self) -> str:
        names = ", ".join(f.name for f in self._files)
        return filled(
            self.tr(
                "What importing %1 would do, event by event; nothing is written until you press "
                "Import. Events already in the planner are matched by their UID: a newer version "
                "updates them, the same or an older one changes nothing."
            ),
            names,
        )

    def _load_projects(self) -> None:
        self._planner.read(
            lambda ws: ws.projects.list(), self._alive(self._listed), key=self._key + ":projects"
        )
        self._planner.read(
            lambda ws: ws.venues.list(),
            self._alive(self.venue_choices.set_venues),
            key=self._key + ":venues",
        )

    def _listed(self, projects: Sequence[Project]) -> None:
        chosen = self.project.currentData()
        self.project.blockSignals(True)
        for project in projects:
            if project.id is not None:
                self.project.addItem(project.name, project.id)
        self.project.setCurrentIndex(max(self.project.findData(chosen), 0))
        self.project.blockSignals(False)

    # -- the preview -------------------------------------------------------------------------

    def options(self) -> ImportOptions:
        """The import as the dialog's options say it now."""
        project = self.project.currentData()
        kind = self.kind.currentData()
        zone_name = self.zone.time_zone()
        return ImportOptions(
            project_id=project if isinstance(project, int) else None,
            kind=EventKind(kind) if kind else EventKind.OTHER,  # Qt hands it back as a str
            floating_zone=zone_name if is_valid_zone(zone_name) else self._display_zone,
            display_zone=self._display_zone,
            skip_bad=self.skip_bad.isChecked(),
            venue_choices=self.venue_choices.choices(),
        )

    @property
    def planning(self) -> bool:
        """A preview is being made (Import waits for it)."""
        return self._planning

    def _option_changed(self) -> None:
        self._notice = None
        self.plan()

    def plan(self) -> None:
        """Read and plan the files with the options shown, in the background (once, for
        however many reasons arrive together)."""
        self._planning = True
        self.import_button.setEnabled(False)
        self._replan.start()

    def _plan_now(self) -> None:
        if self.progress is not None:
            return  # importing: the options are locked
        files = self.preview.files if self.preview is not None else self._files
        options = self.options()
        self._planning = True
        self.import_button.setEnabled(False)
        self.status.setText(self.tr("Reading the files…"))
        self._planner.read(
            lambda ws: import_request.preview(ws, files, options),
            self._alive(self._previewed),
            key=self._key,
            on_error=self._alive(self._failed),
        )

    def _previewed(self, preview: ImportPreview) -> None:
        self._planning = False
        self.preview = preview
        refusal = preview.refusal
        self.counts.setVisible(refusal is None)
        self.mapping.setVisible(refusal is None)
        if refusal is not None:
            self.model.clear()
            self.warnings.show_message(None)
            self.problem.show_message(self._refusal_text(refusal))
            self.status.setText(self.tr("Nothing can be imported."))
        else:
            self.problem.show_message(self._notice)
            self.model.set_plans(preview.names, preview.plans)
            self.counts.setText(import_summary.counts_html(preview))
            lines, venues = import_summary.mapping_lines(preview)
            self.mapping.setText("\n".join(lines))
            self.mapping.setToolTip(venues)
            self.warnings.show_message(import_summary.file_warnings(preview) or None)
            self.venue_choices.show_locations(
                [v for p in preview.plans for v in p.new_venues],
                [location for p in preview.plans for location, _ in p.chosen_venues],
            )
            self.status.setText(self._ready_text(preview))
        self.import_button.setEnabled(preview.ready)
        self.previewed.emit()

    def _refusal_text(self, refusal: import_request.Refusal) -> str:
        if not refusal.readable:
            return filled(self.tr("%1 cannot be read: %2"), refusal.file, refusal.message)
        where = refusal.message[:1].upper() + refusal.message[1:]  # "Line 48, event …"
        text = (
            filled(self.tr("%1 cannot be imported, and nothing was written:"), refusal.file)
        ) + "\n" + where  # fmt: skip
        if not self.skip_bad.isChecked():
            text += "\n" + self.tr(
                "Tick “Skip events that cannot be imported” to import the rest; the events "
                "left out are listed."
            )
        return text

    def _ready_text(self, preview: ImportPreview) -> str:
        if preview.writes == 0:
            return self.tr("Nothing to import: the planner has every event already.")
        if preview.writes == 1:
            return self.tr("Import writes one event; Undo (Ctrl+Z) takes it back.")
        return filled(
            self.tr("Import writes %1 events in one go; Undo (Ctrl+Z) takes it back."),
            str(preview.writes),
        )

    def _failed(self, message: str) -> None:
        self._planning = False
        self.problem.show_message(message)
        self.status.setText("")
        self.import_button.setEnabled(False)
        self.previewed.emit()

    def _saved_meanwhile(self, changes: ChangeSet) -> None:
        # What is new or unchanged, and the venues, projects and tags matched, may have changed.
        kinds = (Kind.EVENT, Kind.VENUE, Kind.PROJECT, Kind.TAG, Kind.ORGANISATION)
        if self.progress is None and self.isVisible() and changes.touches(*kinds):
            self.plan()

    # -- importing ---------------------------------------------------------------------------

    def start_import(self) -> None:
        """Ask the window to write the preview; progress shows here until it ends."""
        preview = self.preview
        if preview is None or not preview.ready or self._planning or self.progress is not None:
            return
        progress = JobProgress(self)
        progress.progressed.connect(self._progressed)
        self.progress = progress
        self._set_importing(True)
        self.progress_bar.setRange(0, max(preview.writes, 1))
        self.progress_bar.setValue(0)
        self.status.setText(self.tr("Importing…"))
        self.problem.show_message(None)
        self.import_requested.emit(preview, progress)

    def _progressed(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def cancel_import(self) -> None:
        if self.progress is not None:
            self.progress.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))

    def _set_importing(self, importing: bool) -> None:
        for widget in self._progress_widgets:
            widget.setVisible(importing)
        self.cancel_button.setEnabled(importing)
        for option in (self.project, self.kind, self.zone, self.skip_bad, self.close_button):
            option.setEnabled(not importing)
        self.venue_choices.set_enabled(not importing)
        self.import_button.setEnabled(False)

    def import_ended(self, applied: Applied | None, message: str = "") -> None:
        """The window's import commands say how the import ended: ``applied`` (written,
        cancelled or stale), or a ``message`` why it failed."""
        self.progress = None
        self._set_importing(False)
        if applied is not None and applied.results:
            self.accept()
            return
        if applied is not None and applied.cancelled:
            self._notice = self.tr("Import cancelled: nothing was saved.")
        elif applied is not None and applied.stale:
            self._notice = (
                self.tr(
                    "The planner changed since this preview, so nothing was imported. The "
                    "preview has been made again: check it and press Import again."
                )
                + "\n"
                + applied.stale
            )
        else:
            self._notice = message[:1].upper() + message[1:]
        self.problem.show_message(self._notice)
        self.plan()  # the preview again, as the database is now

    def reject(self) -> None:
        if self.progress is not None:  # Escape or Close while importing: cancel it first
            self.cancel_import()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.progress is not None:
            self.cancel_import()
            event.ignore()
            return
        super().closeEvent(event)
