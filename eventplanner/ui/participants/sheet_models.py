"""The import's preview as tables: each column of the file with the field it is read as
(changed with a combo box, ``FieldDelegate``) and its first values; and the file's first
rows. Plain lists adapted; the words of fields, problems and the summary translated."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from eventplanner.domain.sheet_columns import SheetField, column_label
from eventplanner.domain.sheet_rows import Cell, RowProblem, text_of
from eventplanner.services.registrations.sheet_records import ImportPreview
from eventplanner.ui.wording import filled

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
SAMPLE_ROWS = 8
"""The file's rows shown under the mapping."""


def field_text(field: SheetField) -> str:
    texts = {
        SheetField.IGNORED: translate("sheets", "(not imported)"),
        SheetField.FIRST_NAME: translate("sheets", "First name"),
        SheetField.LAST_NAME: translate("sheets", "Last name"),
        SheetField.NAME: translate("sheets", "Name"),
        SheetField.EMAIL: translate("sheets", "E-mail"),
        SheetField.ORGANISATION: translate("sheets", "Organisation"),
        SheetField.ORG_NUMBER: translate("sheets", "Organisation number"),
        SheetField.PHONE: translate("sheets", "Phone"),
        SheetField.TITLE: translate("sheets", "Title or role"),
        SheetField.NEEDS: translate("sheets", "Dietary and access needs"),
        SheetField.REGISTERED_AT: translate("sheets", "Registered at"),
    }
    return texts[field]


def problem_message(problem: RowProblem) -> str:
    """What is wrong, in the window's language (by the problem's code; the service's
    English sentence for a problem without one)."""
    values = problem.values
    if problem.code == "field_twice":
        return filled(translate("sheets", "two columns are chosen as %1"),
                      field_text(SheetField(values[0])))  # fmt: skip
    templates = {
        "no_email_column": translate("sheets", "no column is the e-mail; people are matched "
                                     "by it"),
        "no_name_column": translate("sheets", "no column is the name or the first name"),
        "too_long": translate("sheets", "is %1 characters long; at most %2"),
        "no_name": translate("sheets", "the name is empty"),
        "no_email": translate("sheets", "the e-mail is empty; people are matched by it"),
        "not_email": translate("sheets", "“%1” is not an e-mail address"),
        "org_number": translate("sheets", "“%1” is not an organisation number; write ten "
                                "digits as NNNNNN-NNNN"),
        "not_moment": translate("sheets", "“%1” is not a date and time (write it as "
                                "2026-03-14 09:30)"),
        "no_rows": translate("sheets", "the file has no rows under its headers"),
        "too_many_cells": translate("sheets", "%1 cells under %2 headers (a comma in a value "
                                    "without quotes?)"),
        "email_twice": translate("sheets", "%1 people have the e-mail “%2”; merge them first"),
    }  # fmt: skip
    template = templates.get(problem.code)
    return problem.message if template is None else filled(template, *values)


def problem_text(problem: RowProblem) -> str:
    """A problem as the list of errors shows it: its row and column, then what is wrong."""
    message = problem_message(problem)
    if problem.row <= 1 and not problem.column:
        return filled(translate("sheets", "Columns: %1"), message)
    if not problem.column:
        return filled(translate("sheets", "Row %1: %2"), str(problem.row), message)
    return filled(translate("sheets", "Row %1, column “%2”: %3"), str(problem.row),
                  problem.column, message)  # fmt: skip


def summary_text(preview: ImportPreview) -> str:
    """ "12 new people, 3 matched, 1 duplicate merged, 2 to the waitlist"."""
    # One text for one and another for many, filled with the number: the source is the
    # English, and the Swedish differs the same way ("1 ny person", "3 nya personer").
    fresh, matched = preview.new_people, preview.matched_people
    merged, already, waiting = len(preview.merged), preview.already, preview.waitlisted
    if fresh == 1:
        parts = [translate("sheets", "1 new person")]
    else:
        parts = [filled(translate("sheets", "%1 new people"), str(fresh))]
    parts.append(filled(translate("sheets", "%1 matched"), str(matched)))
    if merged == 1:
        parts.append(translate("sheets", "1 duplicate merged"))
    elif merged:
        parts.append(filled(translate("sheets", "%1 duplicates merged"), str(merged)))
    if already == 1:
        parts.append(translate("sheets", "1 already on the list"))
    elif already:
        parts.append(filled(translate("sheets", "%1 already on the list"), str(already)))
    parts.append(filled(translate("sheets", "%1 to the waitlist"), str(waiting)))
    return translate("sheets", ", ").join(parts)


def actor_note_text(preview: ImportPreview) -> str:
    """That the new organisations lack an actor type ("" when none is made)."""
    made = len(preview.new_organisations)
    if not made:
        return ""
    if made == 1:
        return translate("sheets", "1 new organisation lacks an actor type (set it in the "
                         "organisation editor for the funder's report)")  # fmt: skip
    return filled(translate("sheets", "%1 new organisations lack an actor type (set it in the "
                            "organisation editor for the funder's report)"), str(made))  # fmt: skip


class MappingModel(QAbstractTableModel):
    """One row a column of the file: its header, the field it is read as (editable), and
    its first values."""

    mapping_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: tuple[str, ...] = ()
        self._mapping: list[SheetField] = []
        self._samples: list[str] = []

    def set_sheet(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[Cell]],
        mapping: Sequence[SheetField],
    ) -> None:
        self.beginResetModel()
        self._headers = tuple(headers)
        self._mapping = list(mapping)
        self._samples = []
        for column in range(len(headers)):
            values = [text_of(r[column]) for r in rows[:50] if column < len(r)]
            self._samples.append(" · ".join([v for v in values if v][:3]))
        self.endResetModel()

    @property
    def mapping(self) -> tuple[SheetField, ...]:
        return tuple(self._mapping)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def flags(self, index: Index) -> Qt.ItemFlag:
        found = super().flags(index)
        if index.isValid() and index.column() == 1:
            found |= Qt.ItemFlag.ItemIsEditable
        return found

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._headers):
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.EditRole and column == 1:
            return self._mapping[row].value
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return column_label(self._headers, row)
            if column == 1:
                return field_text(self._mapping[row])
            return self._samples[row]
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 1 or role != Qt.ItemDataRole.EditRole:
            return False
        try:
            field = SheetField(str(value))
        except ValueError:
            return False
        if self._mapping[index.row()] is field:
            return True
        self._mapping[index.row()] = field
        self.dataChanged.emit(index, index, [role, Qt.ItemDataRole.DisplayRole])
        self.mapping_changed.emit()
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = [translate("sheets", "Column in the file"),
                       translate("sheets", "Imported as"),
                       translate("sheets", "First values")]  # fmt: skip
            return headers[section] if 0 <= section < len(headers) else None
        return None


class SampleModel(QAbstractTableModel):
    """The file's first rows, numbered as the spreadsheet numbers them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: tuple[str, ...] = ()
        self._rows: list[list[str]] = []
        self._first_row = 2

    def set_sheet(self, headers: Sequence[str], rows: Sequence[Sequence[Cell]],
                  first_row: int) -> None:  # fmt: skip
        self.beginResetModel()
        self._headers = tuple(headers)
        self._rows = [[text_of(c) for c in r] for r in rows[:SAMPLE_ROWS]]
        self._first_row = first_row
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            row = self._rows[index.row()]
            return row[index.column()] if index.column() < len(row) else ""
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return (
                column_label(self._headers, section) if 0 <= section < len(self._headers) else None
            )
        return str(self._first_row + section) if 0 <= section < len(self._rows) else None


class FieldDelegate(QStyledItemDelegate):
    """A combo box of the fields, writing the choice as soon as it is made."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        box = QComboBox(parent)
        for field in SheetField:
            box.addItem(field_text(field), field.value)
        box.currentIndexChanged.connect(lambda _i, b=box: self.commitData.emit(b))
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        if found != editor.currentIndex():
            editor.blockSignals(True)
            editor.setCurrentIndex(max(0, found))
            editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
