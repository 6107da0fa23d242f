"""A project's target, typed: its name, what it counts (of one kind of event or all), how
many, and a period of its own if it has one. The dialog checks nothing itself: the service
refuses a bad target and the window shows why."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from eventplanner.domain.enums import EventKind
from eventplanner.domain.reports import BY_EVENT_KIND, MAX_TARGET, ProjectTarget, TargetKind
from eventplanner.ui.labels import kind_label
from eventplanner.ui.qt_dates import day_of, qdate_of
from eventplanner.ui.reports.report_texts import target_kind_label


class TargetDialog(QDialog):
    target_saved = Signal(object)
    """The target as typed (a ``ProjectTarget``), when OK is pressed."""

    def __init__(self, target: ProjectTarget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._target = target
        self.setWindowTitle(self.tr("Target") if target.id is None else self.tr("Change target"))
        self.name = QLineEdit(target.name)
        self.name.setPlaceholderText(self.tr("e.g. Seminars held"))
        self.kind = QComboBox()
        for kind in TargetKind:
            self.kind.addItem(target_kind_label(kind), kind.value)
        self.kind.setCurrentIndex(max(self.kind.findData(target.kind.value), 0))
        self.amount = QSpinBox()
        self.amount.setRange(1, MAX_TARGET)
        self.amount.setGroupSeparatorShown(True)
        self.amount.setValue(max(target.amount, 1))
        self.event_kind = QComboBox()
        self.event_kind.addItem(self.tr("All kinds of event"), "")
        for event_kind in EventKind:
            self.event_kind.addItem(kind_label(event_kind), event_kind.value)
        if target.event_kind is not None:
            self.event_kind.setCurrentIndex(self.event_kind.findData(target.event_kind.value))
        self.own_period = QCheckBox(self.tr("A period of its own:"))
        self.first = QDateEdit()
        self.last = QDateEdit()
        for edit, day in ((self.first, target.first_day), (self.last, target.last_day)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(qdate_of(day) if day is not None else QDate.currentDate())
        self.own_period.setChecked(target.first_day is not None)
        period = QHBoxLayout()
        for widget in (self.own_period, self.first, self.last):
            period.addWidget(widget)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Counts:"), self.kind)
        form.addRow(self.tr("&Of:"), self.event_kind)
        form.addRow(self.tr("&Goal:"), self.amount)
        form.addRow(period)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.own_period.toggled.connect(self._kind_changed)
        self._kind_changed()

    def _kind_changed(self, *_args: object) -> None:
        narrowable = TargetKind(self.kind.currentData()) in BY_EVENT_KIND
        self.event_kind.setEnabled(narrowable)
        if not narrowable:
            self.event_kind.setCurrentIndex(0)
        for edit in (self.first, self.last):
            edit.setEnabled(self.own_period.isChecked())

    def typed(self) -> ProjectTarget:
        chosen = self.event_kind.currentData()
        own = self.own_period.isChecked()
        return ProjectTarget(
            self._target.id, self._target.project_id, self.name.text(),
            TargetKind(self.kind.currentData()), self.amount.value(),
            EventKind(chosen) if chosen else None,
            day_of(self.first.date()) if own else None,
            day_of(self.last.date()) if own else None, self._target.version,
        )  # fmt: skip

    def _save(self) -> None:
        self.target_saved.emit(self.typed())
        self.accept()
