"""The Reports view's tables: each a grid of cells, a number that counts something carrying
the question for the records behind it (clicked, the view lists them); and the list of
those records. Plain values in, Qt's interface out (no services, no sessions)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from eventplanner.domain.reports import Behind, Question
from eventplanner.ui.models.row_table import RowTableModel

Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate
QUESTION_ROLE = Qt.ItemDataRole.UserRole + 1
"""A cell's question (``Question``), None for a number that links nowhere."""
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 2
"""A target's progress in per cent (an int), for the progress column's bar."""


@dataclass(frozen=True, slots=True)
class Cell:
    value: str | int | Decimal | None
    question: Question | None = None
    progress: int | None = None
    money: bool = False
    """An amount: always two decimals."""


def number_text(value: int | Decimal | None, *, money: bool = False) -> str:
    """A number in the window's locale, grouped: an amount to two decimals, hours to as
    many as they have (8.5), whole numbers without."""
    if value is None:
        return "–"
    locale = QLocale()
    if money:
        return locale.toString(float(value), "f", 2)
    if isinstance(value, Decimal) and value != value.to_integral_value():
        exponent = value.normalize().as_tuple().exponent
        places = min(-exponent, 2) if isinstance(exponent, int) else 2
        return locale.toString(float(value), "f", places)
    return locale.toString(int(value))


class FigureTableModel(QAbstractTableModel):
    """A table of the report: text in the first column, numbers after it."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: list[list[Cell]] = []

    def set_table(self, headers: Sequence[str], rows: Sequence[Sequence[Cell]]) -> None:
        self.beginResetModel()
        self._headers = list(headers)
        self._rows = [list(r) + [Cell(None)] * (len(headers) - len(r)) for r in rows]
        self.endResetModel()

    def cell(self, row: int, column: int) -> Cell | None:
        if 0 <= row < len(self._rows) and 0 <= column < len(self._headers):
            return self._rows[row][column]
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | (Qt.ItemFlag.ItemNeverHasChildren)
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return _alignment(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cell = self.cell(index.row(), index.column())
        if cell is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if isinstance(cell.value, str):
                return cell.value
            if cell.value is None and cell.progress is not None:
                return ""
            return number_text(cell.value, money=cell.money)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(index.column() if not isinstance(cell.value, str) else 0)
        if role == QUESTION_ROLE:
            return cell.question
        if role == PROGRESS_ROLE:
            return cell.progress
        if cell.question is not None:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QGuiApplication.palette().brush(QPalette.ColorRole.Link)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setUnderline(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Click to list what this number counts")
        return None


def _alignment(column: int) -> int:
    horizontal = Qt.AlignmentFlag.AlignLeft if column == 0 else Qt.AlignmentFlag.AlignRight
    return int(horizontal | Qt.AlignmentFlag.AlignVCenter)


class BehindColumn(IntEnum):
    NAME = 0
    DETAIL = 1


class BehindModel(RowTableModel[Behind]):
    """The events, people or organisations behind a number."""

    def __init__(self, parent: Any = None) -> None:
        headers = {
            BehindColumn.NAME: translate("BehindModel", "Name"),
            BehindColumn.DETAIL: translate("BehindModel", "Detail"),
        }
        super().__init__(BehindColumn, headers, parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        found = self.row_at(index.row()) if index.isValid() else None
        if found is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        return found.name if index.column() == BehindColumn.NAME else found.detail
