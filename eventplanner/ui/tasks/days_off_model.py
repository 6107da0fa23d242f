"""The rows of the Working days dialog: days, each with what it is (an own day off's name,
or why a weekday is not a working day), in date order."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from eventplanner.ui.models.row_table import Index, RowTableModel
from eventplanner.ui.tasks.task_texts import day_off_words, short_day

translate = QCoreApplication.translate

DAY_ROLE = Qt.ItemDataRole.UserRole + 1
"""A row's day (a ``date``), in every column."""


class DayColumn(IntEnum):
    DAY = 0
    WHAT = 1


class DaysOffModel(RowTableModel[tuple[date, str]]):
    """Days and what each is; ``what_header`` names the second column."""

    def __init__(self, what_header: str, parent: Any = None) -> None:
        headers = {DayColumn.DAY: translate("DaysOffModel", "Date"), DayColumn.WHAT: what_header}
        super().__init__(DayColumn, headers, parent)

    def set_days(self, days: Sequence[tuple[date, str]]) -> None:
        self.beginResetModel()
        self._rows = sorted(days)
        self.endResetModel()

    def day_at(self, row: int) -> date | None:
        found = self.row_at(row)
        return None if found is None else found[0]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        found = self.row_at(index.row()) if index.isValid() else None
        if found is None:
            return None
        day, what = found
        if role == DAY_ROLE:
            return day
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if index.column() == DayColumn.DAY:
            return short_day(day)
        return day_off_words(what)
