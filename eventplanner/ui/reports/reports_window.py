"""View → Reports…: a project's funder's report for a period, as the PDF and the workbook
have it, each counting number a link: clicked, the events, people or organisations behind it
are listed beside the tables (an event double-clicked is shown in the calendar). The
targets are added and removed here. Everything is read and written off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from eventplanner.domain.document_words import Language
from eventplanner.domain.reports import Behind, ProjectReport, ProjectTarget, Question, TargetKind
from eventplanner.ui.events.undo import save_then_push
from eventplanner.ui.folders import documents_folder
from eventplanner.ui.planner import Planner
from eventplanner.ui.qt_dates import day_of, qdate_of
from eventplanner.ui.reports.report_files import report_writer
from eventplanner.ui.reports.report_models import (
    QUESTION_ROLE,
    BehindModel,
    FigureTableModel,
)
from eventplanner.ui.reports.report_tables import SECTIONS, tables_of
from eventplanner.ui.reports.report_texts import section_titles
from eventplanner.ui.reports.report_views import ProgressDelegate, fit_height, table_view
from eventplanner.ui.reports.target_dialog import TargetDialog
from eventplanner.ui.reports.target_undo import TargetChange
from eventplanner.ui.widgets.alive import while_alive
from eventplanner.ui.widgets.notices import error_colour, quiet
from eventplanner.ui.wording import filled

if TYPE_CHECKING:
    from eventplanner.domain.model import Project
    from eventplanner.services.changes import ChangeSet
    from eventplanner.services.workspace import Workspace

FileChooser = Callable[[str, str], str]
"""Asks where to write, given a suggested path and the file type's filter; "" for none."""


class ReportsWindow(QWidget):
    """The funder's report of a project for a period."""

    loaded = Signal()
    """A report was read and is shown."""
    behind_shown = Signal()
    """The list beside the tables was filled."""
    written = Signal(str)
    """A PDF or a workbook was written (its path)."""
    event_requested = Signal(int)
    """An event of the list was double-clicked: show it in the calendar."""

    def __init__(
        self,
        planner: Planner,
        undo_stack: QUndoStack,
        *,
        language: str = "en",
        actions: Sequence[QAction] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._planner = planner
        self._stack = undo_stack
        self.addActions(list(actions))
        self.report: ProjectReport | None = None
        self._problem = ""
        self._wanted: int | None = None
        self._projects: list[Project] = []
        self.chooser: FileChooser = self._ask
        self._folder = documents_folder()
        self.setWindowTitle(self.tr("Reports"))

        self.project = QComboBox()
        self.project.setMinimumContentsLength(28)
        self.first = QDateEdit()
        self.last = QDateEdit()
        today = QDate.currentDate()
        for edit, day in ((self.first, QDate(today.year(), 1, 1)),
                          (self.last, QDate(today.year(), 12, 31))):  # fmt: skip
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(day)
            edit.dateChanged.connect(self.reload)
        self.language = QComboBox()
        self.language.addItem(self.tr("English"), "en")
        self.language.addItem(self.tr("Swedish"), "sv")
        self.language.setCurrentIndex(1 if language == "sv" else 0)
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"))
        self.pdf_button.clicked.connect(lambda: self.save("pdf"))
        self.xlsx_button = QPushButton(self.tr("Save as &XLSX…"))
        self.xlsx_button.clicked.connect(lambda: self.save("xlsx"))
        self.csv_button = QPushButton(self.tr("Save as &CSV…"))
        self.csv_button.clicked.connect(lambda: self.save("csv"))
        top = QHBoxLayout()
        for label, widget in ((self.tr("&Project:"), self.project),
                              (self.tr("&From:"), self.first), (self.tr("&To:"), self.last),
                              (self.tr("Files &in:"), self.language)):  # fmt: skip
            caption = QLabel(label)
            caption.setBuddy(widget)
            top.addWidget(caption)
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.pdf_button)
        top.addWidget(self.xlsx_button)
        top.addWidget(self.csv_button)

        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.models: dict[str, FigureTableModel] = {}
        self.views: dict[str, QTableView] = {}
        sections = QWidget()
        column = QVBoxLayout(sections)
        column.addWidget(self.heading)
        titles = section_titles()
        for key in SECTIONS:
            title = QLabel(f"<b>{titles[key]}</b>")
            column.addWidget(title)
            model = FigureTableModel(self)
            view = table_view(model)
            view.clicked.connect(self._clicked)
            if key == "targets":
                view.setItemDelegateForColumn(5, ProgressDelegate(view))
            self.models[key], self.views[key] = model, view
            column.addWidget(view)
            if key == "targets":
                self.add_target_button = QPushButton(self.tr("&Add target…"))
                self.add_target_button.clicked.connect(self.add_target)
                self.edit_target_button = QPushButton(self.tr("C&hange target…"))
                self.edit_target_button.clicked.connect(self.edit_target)
                self.remove_target_button = QPushButton(self.tr("&Remove target"))
                self.remove_target_button.clicked.connect(self.remove_target)
                view.doubleClicked.connect(lambda index: self.edit_target()
                                           if index.column() != 4 else None)  # fmt: skip
                buttons = QHBoxLayout()
                buttons.addWidget(self.add_target_button)
                buttons.addWidget(self.edit_target_button)
                buttons.addWidget(self.remove_target_button)
                buttons.addStretch(1)
                column.addLayout(buttons)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(sections)

        self.behind_title = QLabel(self.tr("Click a number to list what it counts."))
        self.behind_title.setWordWrap(True)
        self.behind = BehindModel(self)
        self.behind_view = table_view(self.behind, fit=False)
        self.behind_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.behind_view.doubleClicked.connect(self._behind_activated)
        self.behind_view.verticalHeader().setDefaultSectionSize(
            self.behind_view.fontMetrics().height() + 8
        )
        self.project.setToolTip(self.tr("The project whose report is shown"))
        hint = QLabel(self.tr("Double-click an event to show it in the calendar."))
        hint.setWordWrap(True)
        quiet(hint)
        side = QWidget()
        side_box = QVBoxLayout(side)
        side_box.setContentsMargins(0, 0, 0, 0)
        side_box.addWidget(self.behind_title)
        side_box.addWidget(self.behind_view, 1)
        side_box.addWidget(hint)
        splitter = QSplitter()
        splitter.addWidget(scroll)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.status = QLabel()
        self.status.setWordWrap(True)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(splitter, 1)
        box.addWidget(self.status)
        self.resize(1180, 760)
        splitter.setSizes([700, 460])
        self.project.currentIndexChanged.connect(self._project_chosen)
        # Every answer of the planner is dropped once the window is gone (closed while it
        # counts): its widgets' C++ objects are deleted by then.
        planner.changed.connect(while_alive(self, self._changed))
        self._enable()
        self._planner.read(lambda ws: ws.projects.list(), while_alive(self, self._projects_read),
                           on_error=while_alive(self, self._refused))  # fmt: skip

    # -- choosing --------------------------------------------------------------------------

    def _projects_read(self, projects: list[Project]) -> None:
        self._projects = [p for p in projects if p.id is not None]
        self.project.blockSignals(True)
        self.project.clear()
        for project in self._projects:
            self.project.addItem(project.name, project.id)
        wanted = self.project.findData(self._wanted)
        if wanted >= 0:
            self.project.setCurrentIndex(wanted)
        self.project.blockSignals(False)
        if not self._projects:
            self._say(self.tr("No projects yet: add one with Manage → Projects…"))
            return
        self._project_chosen()

    def choose_project(self, project_id: int) -> None:
        """Show this project's report (once the projects are read, if they are not yet)."""
        self._wanted = project_id
        index = self.project.findData(project_id)
        if index >= 0:
            self.project.setCurrentIndex(index)

    def _project_chosen(self, *_args: object) -> None:
        project = self._chosen()
        if project is not None and project.start is not None and project.end is not None:
            for edit, day in ((self.first, project.start), (self.last, project.end)):
                edit.blockSignals(True)
                edit.setDate(qdate_of(day))
                edit.blockSignals(False)
        self.reload()

    def _chosen(self) -> Project | None:
        ident = self.project.currentData()
        return next((p for p in self._projects if p.id == ident), None)

    def period(self) -> tuple[date, date]:
        return day_of(self.first.date()), day_of(self.last.date())

    # -- reading ---------------------------------------------------------------------------

    def reload(self, *_args: object) -> None:
        project = self._chosen()
        if project is None or project.id is None:
            return
        ident, (first, last) = project.id, self.period()

        def read(workspace: Workspace) -> ProjectReport:
            return workspace.reports.report(ident, first, last)

        if not self._problem:
            self._say(self.tr("Counting…"))
        self._planner.read(read, while_alive(self, self._shown), key=f"report-{id(self)}",
                           after_changes=True,
                           on_error=while_alive(self, self._refused))  # fmt: skip

    def _changed(self, changes: ChangeSet) -> None:
        from eventplanner.services.changes import Kind

        watched = (Kind.PROJECT_TARGET, Kind.REGISTRATION, Kind.BUDGET_LINE, Kind.EVENT,
                   Kind.PROJECT, Kind.ORGANISATION, Kind.CONTACT, Kind.SESSION_ROLE,
                   Kind.SESSION, Kind.STAND, Kind.CO_EXHIBITOR)  # fmt: skip
        if changes.touches(*watched):
            self.reload()

    def _shown(self, report: ProjectReport) -> None:
        self.report = report
        self.heading.setText(report.project_name + (f" · {report.funder}" if report.funder else ""))
        for key, (headers, rows) in tables_of(report).items():
            self.models[key].set_table(headers, rows)
            fit_height(self.views[key])
        self.setWindowTitle(filled(self.tr("Reports: %1"), report.project_name))
        if self._problem:  # a refused write is read again after: its message stays
            self._problem = ""
        else:
            self._say("")
        self._enable()
        self.loaded.emit()

    def _enable(self) -> None:
        shown = self.report is not None
        for button in (self.pdf_button, self.xlsx_button, self.csv_button,
                       self.add_target_button):  # fmt: skip
            button.setEnabled(shown)
        any_target = shown and bool(self.report and self.report.targets)
        self.remove_target_button.setEnabled(any_target)
        self.edit_target_button.setEnabled(any_target)

    # -- what a number counts --------------------------------------------------------------

    def _clicked(self, index: QModelIndex) -> None:
        question = index.data(QUESTION_ROLE)
        if isinstance(question, Question):
            row = index.sibling(index.row(), 0).data()
            header = index.model().headerData(index.column(), Qt.Orientation.Horizontal)
            self.show_behind(question, f"{row} · {header} ({index.data()})")

    def show_behind(self, question: Question, title: str) -> None:
        project = self._chosen()
        if project is None or project.id is None:
            return
        ident, (first, last) = project.id, self.period()

        def read(workspace: Workspace) -> list[Behind]:
            return workspace.reports.behind(ident, first, last, question)

        def shown(found: list[Behind]) -> None:
            self.behind.set_rows(found)
            self.behind_title.setText(f"<b>{title}</b>")
            self.behind_shown.emit()

        self._planner.read(read, while_alive(self, shown), key=f"behind-{id(self)}",
                           on_error=while_alive(self, self._refused))  # fmt: skip

    def _behind_activated(self, index: QModelIndex) -> None:
        found = self.behind.row_at(index.row())
        if found is not None and found.event_id is not None:
            self.event_requested.emit(found.event_id)

    # -- targets ---------------------------------------------------------------------------

    def add_target(self) -> TargetDialog | None:
        """The dialog of a new target (opened; saved with OK)."""
        if self.report is None:
            return None
        blank = ProjectTarget(None, self.report.project_id, "", TargetKind.EVENTS_HELD, 10)
        return self._open(blank)

    def edit_target(self) -> TargetDialog | None:
        """The chosen target's dialog (opened; saved with OK)."""
        chosen = self.chosen_target()
        return None if chosen is None else self._open(chosen)

    def _open(self, target: ProjectTarget) -> TargetDialog:
        dialog = TargetDialog(target, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        before = None if target.id is None else target
        dialog.target_saved.connect(lambda after: self._push(TargetChange(self._planner, before,
                                                                          after)))  # fmt: skip
        dialog.open()
        return dialog

    def chosen_target(self) -> ProjectTarget | None:
        if self.report is None:
            return None
        rows = self.views["targets"].selectionModel().selectedRows()
        row = rows[0].row() if rows else -1
        if not 0 <= row < len(self.report.targets):
            self._say(self.tr("Choose a target first."))
            return None
        return self.report.targets[row].target

    def remove_target(self) -> None:
        chosen = self.chosen_target()
        if chosen is not None:
            self._push(TargetChange(self._planner, chosen, None))

    def _push(self, command: TargetChange) -> None:
        self._problem = ""
        self._say("")
        save_then_push(self._planner, self._stack, command,
                       on_refused=while_alive(self, self._refused))  # fmt: skip

    # -- files -----------------------------------------------------------------------------

    def _ask(self, suggested: str, kind: str) -> str:
        filters = {"pdf": self.tr("PDF (*.pdf)"), "xlsx": self.tr("Excel workbook (*.xlsx)"),
                   "csv": self.tr("CSV for Excel (*.csv)")}  # fmt: skip
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report"), suggested,
                                                filters[kind])  # fmt: skip
        return chosen

    def save(self, kind: str) -> None:
        report = self.report
        if report is None:
            return
        safe = " ".join("".join(c if c.isalnum() or c in " -_" else " "
                                for c in report.project_name).split()) or "report"  # fmt: skip
        chosen = self.chooser(str(self._folder / f"{safe} {report.last_day}.{kind}"), kind)
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(f"{path.name}.{kind}")
        self._folder = path.parent
        language: Language = "sv" if self.language.currentData() == "sv" else "en"
        write = report_writer(report, path, kind, language, day_of(QDate.currentDate()))

        def done(where: str) -> None:
            self._say(filled(self.tr("Saved %1"), where))
            self.written.emit(where)

        self._planner.read(
            write, while_alive(self, done), on_error=while_alive(self, self._refused)
        )

    def _say(self, text: str) -> None:
        self.status.setStyleSheet("")
        self.status.setText(text)

    def _refused(self, message: str) -> None:
        self._problem = message
        self.status.setText(message)
        self.status.setStyleSheet(f"color: {error_colour().name()}")
