"""The release dialog's two lists beside its changes: the people a release affects (with
the sessions it changes for them) and the conflicts that hold it. Thin models over the
services' values."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from eventplanner.domain.conflicts import Conflict
from eventplanner.domain.programme_releases import PersonChanges
from eventplanner.ui.conflict_texts import describe, kind_label
from eventplanner.ui.models.row_table import Index, RowTableModel

translate = QCoreApplication.translate


class PersonColumn(IntEnum):
    NAME = 0
    EMAIL = 1
    SESSIONS = 2


def _person_headers() -> dict[PersonColumn, str]:
    return {
        PersonColumn.NAME: translate("AffectedPeopleModel", "Person"),
        PersonColumn.EMAIL: translate("AffectedPeopleModel", "E-mail"),
        PersonColumn.SESSIONS: translate("AffectedPeopleModel", "Sessions changed for them"),
    }


class AffectedPeopleModel(RowTableModel[PersonChanges]):
    """Who a release affects, by name: their address and the sessions changed for them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(PersonColumn, _person_headers(), parent)

    def set_people(self, people: Sequence[PersonChanges]) -> None:
        self.beginResetModel()
        self._rows = list(people)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        person = self.row_at(index.row()) if index.isValid() else None
        if person is None or not 0 <= index.column() < len(PersonColumn):
            return None
        column = PersonColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column is PersonColumn.NAME:
                return person.name
            if column is PersonColumn.EMAIL:
                return person.email or translate("AffectedPeopleModel", "no e-mail address")
            titles = [change.title for change in person.changes]
            return ", ".join(titles) if role == Qt.ItemDataRole.DisplayRole else "\n".join(titles)
        if (role == Qt.ItemDataRole.ForegroundRole and column is PersonColumn.EMAIL
                and not person.email):  # fmt: skip
            return QApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        return None


class HoldingColumn(IntEnum):
    KIND = 0
    CONFLICT = 1


def _holding_headers() -> dict[HoldingColumn, str]:
    return {
        HoldingColumn.KIND: translate("HoldingConflictsModel", "Kind"),
        HoldingColumn.CONFLICT: translate("HoldingConflictsModel", "Conflict"),
    }


class HoldingConflictsModel(RowTableModel[Conflict]):
    """The conflicts that hold a release, worded on the event's clock."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(HoldingColumn, _holding_headers(), parent)
        self._zone = "UTC"

    def set_conflicts(self, conflicts: Sequence[Conflict], time_zone: str) -> None:
        self.beginResetModel()
        self._rows = list(conflicts)
        self._zone = time_zone
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        conflict = self.row_at(index.row()) if index.isValid() else None
        if conflict is None or not 0 <= index.column() < len(HoldingColumn):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == HoldingColumn.KIND:
                return kind_label(conflict.kind)
            return describe(conflict, self._zone)
        return None
