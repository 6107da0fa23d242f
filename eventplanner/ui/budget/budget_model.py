"""An event's budget lines as a table: typed lines editable in place (what was typed is
asked for with ``line_edited``; the window writes it through the undo stack), the
co-exhibitors' shares read-only, in italics, their origin in the tooltip."""

from __future__ import annotations

from dataclasses import replace
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QFont

from eventplanner.domain.budget import BudgetLine
from eventplanner.domain.errors import ValidationError
from eventplanner.ui.budget.budget_texts import (
    amount_edit_text,
    amount_refusal,
    amount_text,
    category_label,
    line_title,
    share_explanation,
    typed_amount,
)
from eventplanner.ui.models.row_table import Index, RowTableModel

translate = QCoreApplication.translate
LINE_ROLE = Qt.ItemDataRole.UserRole + 1
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class BudgetColumn(IntEnum):
    CATEGORY = 0
    DESCRIPTION = 1
    SUPPLIER = 2
    PLANNED = 3
    ACTUAL = 4
    CURRENCY = 5
    PLANNED_SEK = 6
    ACTUAL_SEK = 7


_EDITABLE = (BudgetColumn.DESCRIPTION, BudgetColumn.SUPPLIER, BudgetColumn.PLANNED,
             BudgetColumn.ACTUAL)  # fmt: skip
_AMOUNTS = (BudgetColumn.PLANNED, BudgetColumn.ACTUAL, BudgetColumn.PLANNED_SEK,
            BudgetColumn.ACTUAL_SEK)  # fmt: skip


class BudgetLineModel(RowTableModel[BudgetLine]):
    """The lines of one budget, costs first (as the service reads them)."""

    line_edited = Signal(object, object)
    """(BudgetLine as it was, BudgetLine as typed in place)."""
    refused = Signal(str)
    """What was typed in place is no amount: why."""

    def __init__(self, parent: Any = None) -> None:
        headers = {
            BudgetColumn.CATEGORY: translate("budget", "Category"),
            BudgetColumn.DESCRIPTION: translate("budget", "Description"),
            BudgetColumn.SUPPLIER: translate("budget", "Supplier"),
            BudgetColumn.PLANNED: translate("budget", "Planned"),
            BudgetColumn.ACTUAL: translate("budget", "Actual"),
            BudgetColumn.CURRENCY: translate("budget", "Currency"),
            BudgetColumn.PLANNED_SEK: translate("budget", "Planned (SEK)"),
            BudgetColumn.ACTUAL_SEK: translate("budget", "Actual (SEK)"),
        }
        super().__init__(BudgetColumn, headers, parent)

    def set_lines(self, lines: tuple[BudgetLine, ...]) -> None:
        self.beginResetModel()
        self._rows = list(lines)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.column() < self.columnCount():
            return None
        line = self.row_at(index.row())
        if line is None:
            return None
        column = BudgetColumn(index.column())
        if role == LINE_ROLE:
            return line
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _AMOUNTS:
            return _RIGHT
        if role == Qt.ItemDataRole.FontRole and line.derived:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and line.derived:
            return share_explanation(line)
        if role == Qt.ItemDataRole.EditRole and column in _EDITABLE:
            return self._edit_text(line, column)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return self._shown(line, column)

    @staticmethod
    def _edit_text(line: BudgetLine, column: BudgetColumn) -> str:
        if column == BudgetColumn.DESCRIPTION:
            return line.description
        if column == BudgetColumn.SUPPLIER:
            return line.supplier
        if column == BudgetColumn.PLANNED:
            return amount_edit_text(line.planned)
        return amount_edit_text(line.actual)

    @staticmethod
    def _shown(line: BudgetLine, column: BudgetColumn) -> str:
        if column == BudgetColumn.CATEGORY:
            return category_label(line.category)
        if column == BudgetColumn.DESCRIPTION:
            return line_title(line)
        if column == BudgetColumn.SUPPLIER:
            return line.supplier
        if column == BudgetColumn.PLANNED:
            return amount_text(line.planned)
        if column == BudgetColumn.ACTUAL:
            return amount_text(line.actual)
        if column == BudgetColumn.CURRENCY:
            if line.rate is None:
                return line.currency
            return f"{line.currency} @ {QLocale().toString(float(line.rate), 'g', 10)}"
        if column == BudgetColumn.PLANNED_SEK:
            return amount_text(line.planned_sek)
        return amount_text(line.actual_sek)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        line = self.row_at(index.row()) if index.isValid() else None
        if line is not None and not line.derived and index.column() in _EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        line = self.row_at(index.row()) if index.isValid() else None
        if line is None or line.derived or role != Qt.ItemDataRole.EditRole:
            return False
        column = index.column()
        if column not in _EDITABLE:
            return False
        text = str(value)
        try:
            if column == BudgetColumn.DESCRIPTION:
                changed = replace(line, description=text.strip())
            elif column == BudgetColumn.SUPPLIER:
                changed = replace(line, supplier=text.strip())
            elif column == BudgetColumn.PLANNED:
                changed = replace(line, planned=typed_amount(text, "planned"))
            else:
                typed = text.strip()
                changed = replace(line, actual=typed_amount(typed, "actual") if typed else None)
        except ValidationError as error:
            self.refused.emit(amount_refusal(error, text))
            return False
        if changed == line:
            return False
        self.line_edited.emit(line, changed)
        return True
