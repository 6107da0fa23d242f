"""The events a search found across all dates, as a table: when, what, where."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from eventplanner.domain.occurrence import Occurrence
from eventplanner.ui.models.row_table import Index, RowTableModel
from eventplanner.ui.text import date_text, tooltip

translate = QCoreApplication.translate


class SearchColumn(IntEnum):
    DATE = 0
    TITLE = 1
    VENUE = 2


class SearchResultsModel(RowTableModel[Occurrence]):
    """Occurrences in the order the search gives them (by start)."""

    def __init__(self, display_zone: str, parent: Any = None) -> None:
        headers = {
            SearchColumn.DATE: translate("SearchResultsModel", "Date"),
            SearchColumn.TITLE: translate("SearchResultsModel", "Title"),
            SearchColumn.VENUE: translate("SearchResultsModel", "Venue"),
        }
        super().__init__(SearchColumn, headers, parent)
        self.display_zone = display_zone

    def set_results(self, found: Sequence[Occurrence], display_zone: str) -> None:
        self.beginResetModel()
        self._rows = list(found)
        self.display_zone = display_zone
        self.endResetModel()

    def occurrence(self, row: int) -> Occurrence | None:
        found: Occurrence | None = self.row_at(row)
        return found

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        found = self.occurrence(index.row())
        if found is None or not 0 <= index.column() < len(SearchColumn):
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(found, self.display_zone)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = SearchColumn(index.column())
        if column is SearchColumn.DATE:
            return date_text(found.timing, self.display_zone)
        if column is SearchColumn.TITLE:
            return found.title
        return found.venue_name or ""
