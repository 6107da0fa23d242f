"""A thin, read-only table over a Python list of rows: the Qt interface the row models share.

The rows are plain records from below the UI; sorting and filtering happen on the list (a
proxy model would call ``data()`` for every comparison), and the subclass says what a cell
shows. Each model's columns are an IntEnum, its headers a dict of them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import IntEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """Rows in ``_rows``, one column per member of ``columns``, selectable, not editable."""

    def __init__(self, columns: type[IntEnum], headers: Mapping[Any, str], parent: Any = None):
        super().__init__(parent)
        self._columns = columns
        self._headers = headers
        self._rows: list[Row] = []

    def row_at(self, row: int) -> Row | None:
        """The record of ``row``, or None outside the table."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[Row]:
        return list(self._rows)

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Show ``rows`` instead (a reset: selections and scroll start over)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._columns)
        ):
            return self._headers[self._columns(section)]
        return None
