"""What every catalog edit form shares: fields with their problem line under them, loading a
record and reading back the record the fields describe.

A form judges nothing beyond what it needs to build a record (a name in a picker that
matches no organisation); every rule is the domain's, applied by the dialog.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.model import Contact, Organisation, Project, Tag, Venue
from eventplanner.ui.qt_dates import day_of, qdate_of
from eventplanner.ui.widgets.date_popup import calendar_popup
from eventplanner.ui.widgets.day_edit import DayEdit
from eventplanner.ui.widgets.notices import FieldError

Record = Venue | Organisation | Contact | Project | Tag
_DATE_FORMAT = "ddd yyyy-MM-dd"


class OptionalDate:
    """A date that may be left out: a check box that turns on a date edit beside it."""

    def __init__(self, tip: str, parent: QWidget) -> None:
        self.check = QCheckBox(parent)
        self.check.setToolTip(tip)
        self.check.setAccessibleName(tip)
        self.edit = DayEdit(parent)
        self.edit.setDisplayFormat(_DATE_FORMAT)
        self.edit.setDateRange(QDate(1900, 1, 1), QDate(2200, 12, 31))
        calendar_popup(self.edit)  # ISO weeks
        self.edit.setEnabled(False)
        self.row = QWidget(parent)
        layout = QHBoxLayout(self.row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.row.setFocusProxy(self.check)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.clicked.connect(lambda checked: checked and self.edit.setFocus())

    def set_value(self, value: date | None, fallback: date) -> None:
        self.check.setChecked(value is not None)
        self.edit.setDate(qdate_of(value or fallback))
        self.edit.setEnabled(value is not None)

    def value(self) -> date | None:
        if not self.check.isChecked():
            return None
        return day_of(self.edit.date())


class CatalogForm(QWidget):
    """The fields of one kind of record in a form layout, each with its problem line."""

    edited = Signal(str)
    """A person changed a field, named as the record (and ``ValidationError.field``) names it."""

    def __init__(self, blank: Record, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loaded: Record = blank
        self._loading = False
        self._errors: dict[str, FieldError] = {}
        self._focus: dict[str, QWidget] = {}
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.layout_.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setVerticalSpacing(8)
        self.layout_.setHorizontalSpacing(12)
        self.name = self.line_edit()
        self.name.setMaxLength(400)  # far past the domain's limit: its message still shows

    # -- building (for the forms of each kind) ------------------------------------------------

    def line_edit(self, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setPlaceholderText(placeholder)
        edit.setClearButtonEnabled(False)
        return edit

    def text_area(self, placeholder: str = "", height: int = 110) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setTabChangesFocus(True)
        edit.setPlaceholderText(placeholder)
        edit.setMinimumHeight(70)
        edit.setMaximumHeight(height)
        return edit

    def add_row(
        self, label: str, field: str, widget: QWidget, focus: QWidget | None = None
    ) -> None:
        """``widget`` with its problem line under it, registered as ``field``."""
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        error = FieldError(box)
        layout.addWidget(error)
        box.setFocusProxy(focus or widget)
        if not isinstance(widget, QPlainTextEdit):
            box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._errors[field] = error
        self._focus[field] = focus or widget
        self.layout_.addRow(label, box)
        item = self.layout_.itemAt(self.layout_.rowCount() - 1, QFormLayout.ItemRole.LabelRole)
        if item is not None and isinstance(label_widget := item.widget(), QLabel):
            label_widget.setBuddy(focus or widget)

    def emit_edited(self, field: str) -> None:
        if not self._loading:
            self.edited.emit(field)

    def watch(self, field: str, signal: Any) -> None:
        """Report ``field`` as edited whenever ``signal`` fires."""
        signal.connect(lambda *_args: self.emit_edited(field))

    # -- reading and writing ----------------------------------------------------------------

    def load(self, record: Record) -> None:
        """Show every field of ``record``; later reads keep its id and version."""
        self._loaded = record
        self._loading = True
        try:
            self.name.setText(record.name)
            self.fill(record)
        finally:
            self._loading = False

    def loaded(self) -> Record:
        return self._loaded

    def read(self) -> tuple[Record, list[ValidationError]]:
        """The record as filled in, and what stopped a field from being read as typed."""
        problems: list[ValidationError] = []
        values = self.values(problems)
        record = replace(self._loaded, name=self.name.text().strip(), **values)
        return record, problems

    def fill(self, record: Any) -> None:
        """Show the fields beyond the name (each kind's form)."""

    def values(self, problems: list[ValidationError]) -> dict[str, Any]:
        """The fields beyond the name, by record attribute (each kind's form)."""
        return {}

    # -- problems -----------------------------------------------------------------------------

    def fields(self) -> list[str]:
        return list(self._errors)

    def show_problem(self, field: str, message: str | None) -> None:
        if field in self._errors:
            self._errors[field].show_message(message)

    def problem_shown(self, field: str) -> str:
        """The problem shown under ``field`` ("" when none)."""
        error = self._errors.get(field)
        return error.text() if error is not None and not error.isHidden() else ""

    def focus_field(self, field: str) -> None:
        widget = self._focus.get(field)
        if widget is not None:
            widget.setFocus()
