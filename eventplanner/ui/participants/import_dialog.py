"""Import registrations…: a list read from a file, its columns each with the field it is
read as (guessed from the headers, changed with a combo box), its first rows, the problems
that keep it from being imported (row and column named) and what the import would do ("12
new people, 3 matched, 1 duplicate merged, 2 to the waitlist"). The preview is worked out
by the service off the GUI thread, by the same plan the import follows, after each change
of the mapping; Import stays disabled while there is a problem or a preview is on its way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from eventplanner.domain.sheet_columns import SheetField, guess_mapping
from eventplanner.services.registrations.sheet_files import Sheet
from eventplanner.services.registrations.sheet_records import ImportPreview
from eventplanner.ui.participants.sheet_models import (
    FieldDelegate,
    MappingModel,
    SampleModel,
    actor_note_text,
    problem_text,
    summary_text,
)
from eventplanner.ui.planner import Planner
from eventplanner.ui.widgets.alive import while_alive
from eventplanner.ui.wording import filled

if TYPE_CHECKING:
    from eventplanner.services.workspace import Workspace


class ImportDialog(QDialog):
    """The mapping preview of one file for one event; ``mapping`` once accepted."""

    previewed = Signal()
    """A preview came back and is shown."""

    def __init__(self, planner: Planner, event_id: int, sheet: Sheet,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._planner = planner
        self._event_id = event_id
        self.sheet = sheet
        self.preview: ImportPreview | None = None
        self._asked = 0
        self.setWindowTitle(filled(self.tr("Import registrations from %1"), sheet.name))
        self.about = QLabel(self)
        self.about.setWordWrap(True)
        self.about.setText(filled(self.tr("%1 rows under the headers. Choose what each column "
                                          "holds; people are matched by e-mail."),
                                  str(len(sheet.rows))))  # fmt: skip
        self.mapping_model = MappingModel(self)
        self.mapping_model.set_sheet(sheet.headers, sheet.rows, guess_mapping(sheet.headers))
        self.mapping_view = QTableView(self)
        self.mapping_view.setModel(self.mapping_model)
        self.mapping_view.setItemDelegateForColumn(1, FieldDelegate(self.mapping_view))
        self.mapping_view.verticalHeader().hide()
        self.mapping_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.mapping_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        for row in range(self.mapping_model.rowCount()):
            self.mapping_view.openPersistentEditor(self.mapping_model.index(row, 1))
        self.sample_model = SampleModel(self)
        self.sample_model.set_sheet(sheet.headers, sheet.rows, sheet.first_row)
        self.sample_view = QTableView(self)
        self.sample_view.setModel(self.sample_model)
        self.sample_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.sample_view.setWordWrap(False)
        self.sample_view.resizeColumnsToContents()
        for column in range(self.sample_model.columnCount()):
            width = min(self.sample_view.columnWidth(column), 260)
            self.sample_view.setColumnWidth(column, width)
        self.problems_model = QStringListModel(self)
        self.problems_view = QListView(self)
        self.problems_view.setModel(self.problems_model)
        self.problems_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems_label = QLabel(self.tr("Problems to fix in the file first:"), self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setDefault(True)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self._lay_out()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.mapping_model.mapping_changed.connect(self.refresh)
        self.resize(820, 640)
        self.refresh()

    def _lay_out(self) -> None:
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.mapping_view)
        split.addWidget(self.sample_view)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        # Below the tables, not in the splitter: hidden when there are none, the tables
        # take its room.
        self.problems_view.setMaximumHeight(150)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addWidget(split, 1)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems_view)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

    @property
    def mapping(self) -> tuple[SheetField, ...]:
        return self.mapping_model.mapping

    def refresh(self) -> None:
        """Ask the service what importing with the mapping as it stands would do."""
        self._asked += 1
        asked, event_id, sheet, mapping = self._asked, self._event_id, self.sheet, self.mapping
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Checking the list…"))

        def work(workspace: Workspace) -> ImportPreview:
            return workspace.registration_imports.preview(event_id, sheet, mapping)

        def done(preview: ImportPreview) -> None:
            if asked == self._asked:  # an older answer, overtaken by a newer mapping
                self._show(preview)

        def failed(message: str) -> None:
            if asked == self._asked:
                self.summary.setText(message)
                self.previewed.emit()

        self._planner.read(work, while_alive(self, done), on_error=while_alive(self, failed))

    def _show(self, preview: ImportPreview) -> None:
        self.preview = preview
        problems = [problem_text(p) for p in preview.problems]
        self.problems_model.setStringList(problems)
        self.problems_label.setVisible(bool(problems))
        self.problems_view.setVisible(bool(problems))
        if problems:
            self.summary.setText(self.tr("Nothing can be imported until the problem above is "
                                         "fixed in the file.") if len(problems) == 1
                                 else filled(self.tr("Nothing can be imported until the %1 "
                                                     "problems above are fixed in the file."),
                                             str(len(problems))))  # fmt: skip
        else:
            note = actor_note_text(preview)
            self.summary.setText(summary_text(preview) + (f"\n{note}" if note else ""))
        self.import_button.setEnabled(not problems)
        self.previewed.emit()
