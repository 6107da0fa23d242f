"""The stand's lists as table models over the records the stand's service read: the
co-exhibitors (their state chosen in place), the deadlines (ticked done, overdue in red),
the people named for badges and the materials checklist.

A change made in a table is not written here: the model says what was asked for
(``state_chosen``, ``done_toggled``) and the window writes it through the undo stack.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal

from eventplanner.domain.stand import (
    CoExhibitor,
    ExhibitorStaff,
    ExhibitorState,
    StandDeadline,
    StandMaterial,
)
from eventplanner.ui.models.row_table import Index, RowTableModel
from eventplanner.ui.stand.stand_texts import (
    deadline_kind_label,
    exhibitor_state_label,
    material_state_label,
    number_text,
    sek_text,
)
from eventplanner.ui.widgets.notices import error_colour
from eventplanner.ui.wording import filled

translate = QCoreApplication.translate
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
_SHOWN = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)


class _ListModel(RowTableModel[Any]):
    """A list of the stand's records; ``RECORD_ROLE`` gives a row's record."""

    def set_records(self, records: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(records)
        self.endResetModel()

    def row_of(self, ident: int | None) -> int:
        return next((n for n, r in enumerate(self._rows) if r.id == ident), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.column() < self.columnCount():
            return None
        record = self.row_at(index.row())
        if record is None:
            return None
        if role == RECORD_ROLE:
            return record
        return self.cell(record, index.column(), role)

    def cell(self, record: Any, column: int, role: int) -> Any:
        raise NotImplementedError


class ExhibitorColumn(IntEnum):
    ORGANISATION = 0
    CONTACT = 1
    SHARE = 2
    QUOTA = 3
    BRINGS = 4
    POWER = 5
    FLOOR = 6
    STATE = 7


class CoExhibitorModel(_ListModel):
    """The co-exhibitors by name; the state column is chosen in place."""

    state_chosen = Signal(object, object)
    """(CoExhibitor as it was, ExhibitorState chosen)."""

    def __init__(self, parent: Any = None) -> None:
        headers = {
            ExhibitorColumn.ORGANISATION: translate("stand", "Organisation"),
            ExhibitorColumn.CONTACT: translate("stand", "Contact"),
            ExhibitorColumn.SHARE: translate("stand", "Area or fee"),
            ExhibitorColumn.QUOTA: translate("stand", "Staff / badges"),
            ExhibitorColumn.BRINGS: translate("stand", "Brings"),
            ExhibitorColumn.POWER: translate("stand", "Power"),
            ExhibitorColumn.FLOOR: translate("stand", "Floor"),
            ExhibitorColumn.STATE: translate("stand", "State"),
        }
        super().__init__(ExhibitorColumn, headers, parent)

    def cell(self, record: CoExhibitor, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.EditRole and column == ExhibitorColumn.STATE:
            return record.state.value
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            ExhibitorColumn.SHARE, ExhibitorColumn.POWER, ExhibitorColumn.FLOOR,
            ExhibitorColumn.QUOTA,
        ):  # fmt: skip
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in _SHOWN:
            return None
        if column == ExhibitorColumn.ORGANISATION:
            return record.organisation_name
        if column == ExhibitorColumn.CONTACT:
            return record.contact_name
        if column == ExhibitorColumn.SHARE:
            if record.area is not None:
                return filled(translate("stand", "%1 m²"), number_text(record.area))
            return sek_text(record.fee)
        if column == ExhibitorColumn.QUOTA:
            return f"{record.staff_quota} / {record.badge_quota}"
        if column == ExhibitorColumn.BRINGS:
            return record.brings
        if column == ExhibitorColumn.POWER:
            shown = number_text(record.power_kw)
            return filled(translate("stand", "%1 kW"), shown) if shown else ""
        if column == ExhibitorColumn.FLOOR:
            shown = number_text(record.floor_m2)
            return filled(translate("stand", "%1 m²"), shown) if shown else ""
        return exhibitor_state_label(record.state)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == ExhibitorColumn.STATE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        record = self.row_at(index.row()) if index.isValid() else None
        if record is None or index.column() != ExhibitorColumn.STATE:
            return False
        if role != Qt.ItemDataRole.EditRole:
            return False
        try:
            state = ExhibitorState(value)
        except ValueError:
            return False
        if state is record.state:
            return False
        self._rows[index.row()] = replace(record, state=state)  # shown until read again
        self.dataChanged.emit(index, index)
        self.state_chosen.emit(record, state)
        return True


class DeadlineColumn(IntEnum):
    DONE = 0
    DUE = 1
    KIND = 2
    TITLE = 3
    FOR = 4


class DeadlineModel(_ListModel):
    """The stand's and co-exhibitors' deadlines in date order; an open one past its day
    in red; the first column a tick."""

    done_toggled = Signal(object)
    """(StandDeadline as it was): ticked done or opened again."""

    def __init__(self, parent: Any = None, today: date | None = None) -> None:
        headers = {
            DeadlineColumn.DONE: translate("stand", "Done"),
            DeadlineColumn.DUE: translate("stand", "Due"),
            DeadlineColumn.KIND: translate("stand", "Kind"),
            DeadlineColumn.TITLE: translate("stand", "Deadline"),
            DeadlineColumn.FOR: translate("stand", "For"),
        }
        super().__init__(DeadlineColumn, headers, parent)
        self.today = today or datetime.now().astimezone().date()
        self._companies: Mapping[int, str] = {}

    def set_deadlines(self, deadlines: Sequence[StandDeadline],
                      companies: Mapping[int, str]) -> None:  # fmt: skip
        self._companies = dict(companies)
        self.set_records(deadlines)

    def overdue(self, record: StandDeadline) -> bool:
        return not record.done and record.due < self.today

    def cell(self, record: StandDeadline, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and column == DeadlineColumn.DONE:
            return Qt.CheckState.Checked if record.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and self.overdue(record):
            return error_colour()
        if role == Qt.ItemDataRole.ToolTipRole and self.overdue(record):
            return translate("stand", "Overdue: due %1 and not done").replace(
                "%1", record.due.isoformat()
            )
        if role not in _SHOWN:
            return None
        if column == DeadlineColumn.DONE:
            return None
        if column == DeadlineColumn.DUE:
            shown = record.due.isoformat()
            return f"{shown} {record.due_time:%H:%M}" if record.due_time else shown
        if column == DeadlineColumn.KIND:
            return deadline_kind_label(record.kind)
        if column == DeadlineColumn.TITLE:
            return record.title or deadline_kind_label(record.kind).capitalize()
        if record.co_exhibitor_id is None:
            return translate("stand", "the stand")
        return self._companies.get(record.co_exhibitor_id, "")

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == DeadlineColumn.DONE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        record = self.row_at(index.row()) if index.isValid() else None
        if record is None or role != Qt.ItemDataRole.CheckStateRole:
            return False
        if index.column() != DeadlineColumn.DONE:
            return False
        was = self.flip(index.row())
        if was is not None:
            self.done_toggled.emit(was)
        return True

    def flip(self, row: int) -> StandDeadline | None:
        """Show the deadline of ``row`` ticked done, or open again, at once (until it is
        read again); answers it as it was, for whoever writes the change."""
        record = self.row_at(row)
        if not isinstance(record, StandDeadline):
            return None
        self._rows[row] = replace(record, done=not record.done)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return record


class StaffColumn(IntEnum):
    NAME = 0
    COMPANY = 1
    BADGE = 2


class StaffModel(_ListModel):
    """The people working the stand, the cluster's first, then by company."""

    def __init__(self, parent: Any = None) -> None:
        headers = {
            StaffColumn.NAME: translate("stand", "Name"),
            StaffColumn.COMPANY: translate("stand", "Company"),
            StaffColumn.BADGE: translate("stand", "Badge"),
        }
        super().__init__(StaffColumn, headers, parent)

    def cell(self, record: ExhibitorStaff, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == StaffColumn.BADGE:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role not in _SHOWN:
            return None
        if column == StaffColumn.NAME:
            return record.name
        if column == StaffColumn.COMPANY:
            if record.co_exhibitor_id is None and not record.company:  # no main exhibitor known
                return translate("stand", "our own staff")
            return record.company
        return translate("stand", "yes") if record.badge else translate("stand", "no")


class MaterialColumn(IntEnum):
    ITEM = 0
    QUANTITY = 1
    PACKS = 2
    SHIPS = 3
    BRINGS_BACK = 4
    WHERE = 5


class MaterialModel(_ListModel):
    """The materials checklist, in the order the items were added."""

    def __init__(self, parent: Any = None) -> None:
        headers = {
            MaterialColumn.ITEM: translate("stand", "Item"),
            MaterialColumn.QUANTITY: translate("stand", "Quantity"),
            MaterialColumn.PACKS: translate("stand", "Packs"),
            MaterialColumn.SHIPS: translate("stand", "Ships"),
            MaterialColumn.BRINGS_BACK: translate("stand", "Brings back"),
            MaterialColumn.WHERE: translate("stand", "Where it is"),
        }
        super().__init__(MaterialColumn, headers, parent)

    def cell(self, record: StandMaterial, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == MaterialColumn.QUANTITY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in _SHOWN:
            return None
        values = {
            MaterialColumn.ITEM: record.item,
            MaterialColumn.QUANTITY: str(record.quantity),
            MaterialColumn.PACKS: record.packer_name,
            MaterialColumn.SHIPS: record.shipper_name,
            MaterialColumn.BRINGS_BACK: record.returner_name,
            MaterialColumn.WHERE: material_state_label(record.state),
        }
        return values[MaterialColumn(column)]
