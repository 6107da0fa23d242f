"""When a person can or cannot be there (opened from Manage → Contacts): their periods in
time order, shown in a zone one picks, with Add, Edit and Remove. Read and written off the
GUI thread; read again after every change to availability, here or elsewhere.

Like the catalog's other edits these are saved at once and not undone: removing a period
asks first."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from eventplanner.domain.programme import Availability
from eventplanner.domain.timezones import is_valid_zone, zone
from eventplanner.ui.planner import Planner
from eventplanner.ui.programme.availability_editor import AvailabilityEditor, new_period
from eventplanner.ui.programme.availability_model import (
    AvailabilityColumn,
    AvailabilityModel,
    can_text,
)
from eventplanner.ui.widgets.alive import while_alive
from eventplanner.ui.widgets.notices import Banner, WrappedLabel, quiet
from eventplanner.ui.widgets.row_actions import action_buttons, on_delete_key, wire_row_actions
from eventplanner.ui.widgets.row_table import read_only_rows
from eventplanner.ui.widgets.time_zone_picker import TimeZonePicker
from eventplanner.ui.wording import filled

if TYPE_CHECKING:
    from eventplanner.services.changes import ChangeSet
    from eventplanner.services.workspace import Workspace


class AvailabilityDialog(QDialog):
    """The availability of the contact ``contact_id`` called ``name``."""

    loaded = Signal()
    """The periods were read (again) and are shown."""
    editor_opened = Signal(object)
    """An AvailabilityEditor just opened."""

    def __init__(
        self,
        planner: Planner,
        contact_id: int,
        name: str,
        *,
        time_zone: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setModal(False)
        self._planner = planner
        self._contact_id = contact_id
        self._name = name
        self._editor: AvailabilityEditor | None = None
        self.periods: tuple[Availability, ...] | None = None
        self.setWindowTitle(filled(self.tr("Availability: %1"), name))
        self.heading = QLabel(filled(self.tr("When %1 can or cannot be there"), name))
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation = WrappedLabel(
            self.tr("The conflicts check uses these periods: a booking when the person "
                    "cannot be there, or on a day they gave hours for outside those hours, "
                    "is a conflict."),
            self,
        )  # fmt: skip
        quiet(self.explanation)
        self.zone = TimeZonePicker()
        self.zone.set_time_zone(time_zone if is_valid_zone(time_zone) else "Europe/Stockholm")
        self.zone.time_zone_changed.connect(lambda _zone: self._show())
        self.model = AvailabilityModel(self.zone.time_zone(), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        read_only_rows(self.table, self.table.fontMetrics().height() + 10, single=True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty = WrappedLabel(
            filled(self.tr("Nothing said yet. Add when %1 can or cannot be there."), name), self
        )
        self.empty.hide()
        self.error_banner = Banner("error", self)

        self.add_action = QAction(self.tr("&Add…"), self)
        self.add_action.setToolTip(self.tr("A period when this person can or cannot be there"))
        self.add_action.triggered.connect(self.add)
        self.edit_action = QAction(self.tr("&Edit…"), self)
        self.edit_action.triggered.connect(self.edit_chosen)
        self.remove_action = QAction(self.tr("&Remove…"), self)
        self.remove_action.setToolTip(self.tr("Remove the chosen period (Del)"))
        self.remove_action.triggered.connect(self.remove_chosen)
        on_delete_key(self.remove_action, self.table)
        actions = (self.add_action, self.edit_action, self.remove_action)
        wire_row_actions(
            self, self.table, actions, open_row=self.edit_chosen, chosen_changed=self._enable
        )

        zone_row = QHBoxLayout()
        shown_in = QLabel(self.tr("&Times in:"))
        shown_in.setBuddy(self.zone)
        zone_row.addWidget(shown_in)
        zone_row.addWidget(self.zone)
        zone_row.addStretch(1)
        buttons = action_buttons(actions)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        box = QVBoxLayout(self)
        box.addWidget(self.heading)
        box.addWidget(self.explanation)
        box.addLayout(zone_row)
        box.addWidget(self.error_banner)
        box.addWidget(self.table, 1)
        box.addWidget(self.empty)
        box.addLayout(buttons)
        self.resize(760, 420)
        planner.changed.connect(self._changed)
        self._enable()
        self.reload()

    # -- reading ---------------------------------------------------------------------------

    def reload(self) -> None:
        contact_id = self._contact_id
        self._planner.read(
            lambda ws: ws.programme.availability(contact_id), while_alive(self, self._listed),
            key=f"availability-{id(self)}", after_changes=True,
            on_error=while_alive(self, self._failed),
        )  # fmt: skip

    def _changed(self, changes: ChangeSet) -> None:
        from eventplanner.services.changes import Kind

        if isValid(self) and changes.touches(Kind.AVAILABILITY, Kind.CONTACT):
            self.reload()

    def _listed(self, periods: tuple[Availability, ...]) -> None:
        self.periods = periods
        self.error_banner.show_message(None)
        self._show()
        self.loaded.emit()

    def _failed(self, message: str) -> None:
        self.error_banner.show_message(message[:1].upper() + message[1:])
        self.add_action.setEnabled(False)

    def _show(self) -> None:
        chosen = self.chosen()
        periods = self.periods or ()
        self.model.set_periods(periods, self.zone.time_zone())
        self.empty.setVisible(self.periods is not None and not periods)
        row = self.model.row_of(chosen.id if chosen is not None else None)
        if row >= 0:
            self.table.selectRow(row)
        for column in (AvailabilityColumn.FROM, AvailabilityColumn.TO, AvailabilityColumn.CAN):
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(column, self.table.columnWidth(column) + 16)
        self._enable()

    # -- choosing --------------------------------------------------------------------------

    def chosen(self) -> Availability | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.period(rows[0].row()) if rows else None

    def _enable(self) -> None:
        chosen = self.chosen() is not None
        self.add_action.setEnabled(self.periods is not None)
        self.edit_action.setEnabled(chosen)
        self.remove_action.setEnabled(chosen)

    # -- writing ---------------------------------------------------------------------------

    @property
    def editor(self) -> AvailabilityEditor | None:
        return self._editor

    def add(self) -> None:
        time_zone = self.zone.time_zone()
        today = datetime.now(zone(time_zone)).date()
        self._open(new_period(self._contact_id, today, time_zone))

    def add_on(self, day: date) -> None:
        """A new period on ``day`` (for tests and for callers that know the day)."""
        self._open(new_period(self._contact_id, day, self.zone.time_zone()))

    def edit_chosen(self) -> None:
        chosen = self.chosen()
        if chosen is not None:
            self._open(chosen)

    def _open(self, period: Availability) -> None:
        if self._editor is not None:
            self._editor.close()

        def submit(
            saved: Availability, done: Callable[[], None], refused: Callable[[str], None]
        ) -> None:
            def work(workspace: Workspace) -> Availability:
                service = workspace.programme
                if saved.id is None:
                    return service.add_availability(saved).record
                return service.edit_availability(saved).record

            self._planner.change(work, lambda _record: done(), refused)

        editor = AvailabilityEditor(period, self._name, self.zone.time_zone(), submit, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.finished.connect(lambda _result: setattr(self, "_editor", None))
        self._editor = editor
        editor.show()
        self.editor_opened.emit(editor)

    def remove_chosen(self) -> None:
        chosen = self.chosen()
        if chosen is None or chosen.id is None:
            return
        when = f"{self.model.text(chosen, AvailabilityColumn.FROM)} – " + self.model.text(
            chosen, AvailabilityColumn.TO
        )
        answer = QMessageBox.question(
            self,
            self.tr("Remove period"),
            filled(self.tr("Remove “%1: %2” from the availability of %3?"), can_text(
                chosen.available), when, self._name) + "\n\n" + self.tr("This cannot be undone."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        ident = chosen.id
        self._planner.change(
            lambda ws: ws.programme.remove_availability(ident),
            None,
            while_alive(self, lambda message: self.error_banner.show_message(
                message[:1].upper() + message[1:])),
        )  # fmt: skip

    def reject(self) -> None:
        if self._editor is not None:
            self._editor.close()
        super().reject()
