"""The retention part of the Personal data window: the database's setting (anonymise
participants N months after their event), a preview of whom a run would anonymise, the
run itself (undoable), and the past events still holding personal data. Read and written
off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from eventplanner.services.personal_data.records import (
    PastEvent,
    RetentionPreview,
    RetentionSetting,
)
from eventplanner.ui.personal_data.personal_data_models import PastEventsModel
from eventplanner.ui.personal_data.personal_data_undo import RunRetention
from eventplanner.ui.planner import Planner
from eventplanner.ui.widgets.alive import while_alive
from eventplanner.ui.wording import filled

if TYPE_CHECKING:
    from eventplanner.services.workspace import Workspace

Loaded = tuple[RetentionSetting, tuple[PastEvent, ...]]


def _read(workspace: Workspace) -> Loaded:
    service = workspace.personal_data
    return service.retention(), service.past_events()


class RetentionPanel(QGroupBox):
    """Retention: the setting, its preview and run, and the past events holding data."""

    def __init__(self, planner: Planner, push: Callable[[RunRetention], None],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(self.tr("Retention"), parent)
        self._planner = planner
        self._push = push
        self.preview: RetentionPreview | None = None
        self.months = QSpinBox(self)
        self.months.setRange(0, 600)
        self.months.setSpecialValueText(self.tr("never"))
        self.months.setToolTip(self.tr("Kept in the database, the same for everyone using it"))
        self.save_button = QPushButton(self.tr("Save setting"), self)
        self.preview_button = QPushButton(self.tr("Preview"), self)
        self.run_button = QPushButton(self.tr("Anonymise now…"), self)
        self.run_button.setEnabled(False)
        self.summary = QLabel(self.tr("Preview to see whom a run would anonymise."), self)
        self.summary.setWordWrap(True)
        self.model = PastEventsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Anonymise participants"), self))
        row.addWidget(self.months)
        row.addWidget(QLabel(self.tr("months after their event"), self))
        row.addWidget(self.save_button)
        row.addStretch(1)
        row.addWidget(self.preview_button)
        row.addWidget(self.run_button)
        box = QVBoxLayout(self)
        box.addLayout(row)
        box.addWidget(self.summary)
        box.addWidget(QLabel(self.tr("Past events still holding personal data:"), self))
        box.addWidget(self.table, 1)
        self.save_button.clicked.connect(self.save)
        self.preview_button.clicked.connect(self.look)
        self.run_button.clicked.connect(self.run)
        self.months.valueChanged.connect(self._edited)
        self._touched = False
        """The months were changed here: a reload leaves them as typed."""

    def _edited(self, _value: int) -> None:
        self._touched = True
        self.run_button.setEnabled(False)

    def reload(self) -> None:
        self._planner.read(_read, while_alive(self, self._loaded), key=f"retention-{id(self)}",
                           after_changes=True)  # fmt: skip

    def _loaded(self, loaded: Loaded) -> None:
        setting, events = loaded
        if not self._touched:
            self.months.blockSignals(True)
            self.months.setValue(setting.months)
            self.months.blockSignals(False)
        self.model.set_rows(events)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), 520))

    def save(self) -> None:
        months = self.months.value()
        self._planner.change(lambda ws: ws.personal_data.set_retention(months))

    def look(self) -> None:
        months = self.months.value()
        if months <= 0:
            self.summary.setText(self.tr("No retention: give the months to keep first."))
            return

        def read(workspace: Workspace) -> RetentionPreview:
            return workspace.personal_data.retention_preview(months)

        self._planner.read(read, while_alive(self, self._previewed), key=f"preview-{id(self)}",
                           after_changes=True)  # fmt: skip

    def _previewed(self, preview: RetentionPreview) -> None:
        self.preview = preview
        if not preview.people:
            self.summary.setText(filled(self.tr("Nobody to anonymise: no one came only to "
                                                "events that ended before %1."),
                                        preview.cutoff.date().isoformat()))  # fmt: skip
        else:
            names = ", ".join(name for _, name in preview.people[:12])
            more = len(preview.people) - 12
            if more > 0:
                names += filled(self.tr(" and %1 more"), more)
            events = ", ".join(e.title for e in preview.events[:6])
            self.summary.setText(filled(
                self.tr("Would anonymise %1 people (%2 registrations) of events that ended "
                        "before %3 (%4): %5. Kept: %6 with a later registration or another "
                        "role."),
                len(preview.people), preview.registrations, preview.cutoff.date().isoformat(),
                events, names, preview.kept_back,
            ))  # fmt: skip
        self.run_button.setEnabled(bool(preview.people))

    def run(self) -> None:
        preview = self.preview
        if preview is None or not preview.people:
            return
        answer = QMessageBox.question(
            self, self.tr("Anonymise past participants"),
            filled(self.tr("Anonymise %1 people? Their registrations and organisations stay "
                           "for the reports; their names, e-mails, phones and needs go. You "
                           "can undo this until Eventplanner is closed."),
                   len(preview.people)),
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            self._push(RunRetention(self._planner, preview))
            self.run_button.setEnabled(False)
