"""The rota window's Qt models: the shifts of a day (a person dropped on one is assigned),
the warnings, and the people (contacts with their skills, dragged onto a shift)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from eventplanner.domain.rota import Shift
from eventplanner.domain.rota_warnings import RotaWarning, WarningKind, coverage_of
from eventplanner.services.rota.records import Rota
from eventplanner.ui.icons import icon
from eventplanner.ui.models.row_table import RowTableModel
from eventplanner.ui.rota.rota_style import coverage_fill
from eventplanner.ui.rota.rota_texts import (
    people_count_text,
    shift_title,
    span_text,
    warning_text,
)

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
SHIFT_ROLE = Qt.ItemDataRole.UserRole + 1
"""A row's shift id (a warning's first shift)."""
CONTACT_ROLE = Qt.ItemDataRole.UserRole + 2
CONTACT_MIME = "application/x-eventplanner-contacts"
"""Contact ids, one a line: people dragged from the people list."""


class ShiftColumn(IntEnum):
    TIME = 0
    SHIFT = 1
    PEOPLE = 2
    NEED = 3
    SKILLS = 4


@dataclass(frozen=True, slots=True)
class ShiftRow:
    shift: Shift
    people: str
    reasons: str
    have: int
    warned: bool


class ShiftModel(RowTableModel[ShiftRow]):
    """The shifts of one day, in time order; a person dropped on a row is to be assigned."""

    person_dropped = Signal(int, int)
    """(shift id, contact id)"""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(ShiftColumn, {
            ShiftColumn.TIME: translate("rota", "Time"),
            ShiftColumn.SHIFT: translate("rota", "Shift"),
            ShiftColumn.PEOPLE: translate("rota", "People"),
            ShiftColumn.NEED: translate("rota", "Assigned"),
            ShiftColumn.SKILLS: translate("rota", "Skills"),
        }, parent)  # fmt: skip

    def set_shifts(self, rota: Rota | None, shifts: Sequence[Shift]) -> None:
        self.beginResetModel()
        self._rows = []
        for shift in shifts:
            people = rota.people_on(shift.id) if rota is not None else ()
            reasons = "\n".join(f"{p.contact_name}: {p.reason}" for p in people if p.reason)
            warned = rota is not None and bool(rota.warnings_of(shift.id))
            self._rows.append(ShiftRow(shift, ", ".join(p.contact_name for p in people),
                                       reasons, len(people), warned))  # fmt: skip
        self.endResetModel()

    def row_of(self, shift_id: int) -> int:
        return next((n for n, r in enumerate(self._rows) if r.shift.id == shift_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = ShiftColumn(index.column())
        shift = row.shift
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                ShiftColumn.TIME: span_text(shift),
                ShiftColumn.SHIFT: shift_title(shift),
                ShiftColumn.PEOPLE: row.people,
                ShiftColumn.NEED: people_count_text(row.have, shift.needed),
                ShiftColumn.SKILLS: ", ".join(shift.skills),
            }[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column is ShiftColumn.PEOPLE and row.reasons:
                return filled_reasons(row.reasons)
            if column is ShiftColumn.SHIFT and shift.notes.strip():
                return shift.notes.strip()
            return None
        if role == Qt.ItemDataRole.DecorationRole and column is ShiftColumn.SHIFT and row.warned:
            return icon("warning")  # the warnings beside say what
        if role == Qt.ItemDataRole.BackgroundRole and column is ShiftColumn.NEED:
            app = QApplication.instance()
            palette = app.palette() if isinstance(app, QApplication) else QPalette()
            return coverage_fill(coverage_of(shift.needed, row.have), palette)
        if role == SHIFT_ROLE:
            return shift.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsDropEnabled if index.isValid() else flags

    def mimeTypes(self) -> list[str]:
        return [CONTACT_MIME]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:  # fmt: skip
        return data.hasFormat(CONTACT_MIME) and parent.isValid()

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:  # fmt: skip
        target = self.row_at(parent.row()) if parent.isValid() else None
        if target is None or target.shift.id is None or not data.hasFormat(CONTACT_MIME):
            return False
        for contact in contacts_in(data):
            self.person_dropped.emit(target.shift.id, contact)
        return True


def filled_reasons(reasons: str) -> str:
    return translate("rota", "Beyond the need:") + "\n" + reasons


def contacts_in(data: QMimeData) -> list[int]:
    text = bytes(data.data(CONTACT_MIME).data()).decode("ascii", "replace")
    return [int(part) for part in text.split() if part.isdigit()]


class WarningModel(QAbstractListModel):
    """The rota's warnings, worded in the window's language, each naming its shift."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[RotaWarning, str]] = []

    def set_rota(self, rota: Rota | None) -> None:
        self.beginResetModel()
        self._rows = [] if rota is None else [(w, warning_text(w, rota)) for w in rota.warnings]
        self.endResetModel()

    def warning(self, row: int) -> RotaWarning | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        warning, text = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.ToolTipRole and warning.kind is WarningKind.DOUBLE_BOOKED:
            return warning.note  # what else they are on, as the conflict checks name it
        if role == SHIFT_ROLE:
            return warning.shift_ids[0] if warning.shift_ids else None
        return None


@dataclass(frozen=True, slots=True)
class Person:
    contact_id: int
    name: str
    skills: tuple[str, ...]


class PeopleColumn(IntEnum):
    NAME = 0
    SKILLS = 1


class PeopleModel(RowTableModel[Person]):
    """Contacts with their skills; dragged onto a shift, they are assigned to it."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(PeopleColumn, {
            PeopleColumn.NAME: translate("rota", "Person"),
            PeopleColumn.SKILLS: translate("rota", "Skills"),
        }, parent)  # fmt: skip

    def set_people(self, people: Sequence[Person], *, in_order: bool = False) -> None:
        """``people`` by name, or in the order given (``in_order``)."""
        self.beginResetModel()
        self._rows = list(people) if in_order else sorted(
            people, key=lambda p: (p.name.casefold(), p.contact_id))  # fmt: skip
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == PeopleColumn.NAME:
                return row.name
            return ", ".join(row.skills)
        if role == CONTACT_ROLE:
            return row.contact_id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else flags

    def mimeTypes(self) -> list[str]:
        return [CONTACT_MIME]

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = sorted({r.contact_id for i in indexes if (r := self.row_at(i.row())) is not None})
        data = QMimeData()
        data.setData(CONTACT_MIME, QByteArray(" ".join(map(str, ids)).encode("ascii")))
        return data
