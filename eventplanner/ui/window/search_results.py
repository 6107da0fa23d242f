"""What a search finds across all dates, under the filter bar: the views show only their
period, so an event a year ahead would otherwise seem not to exist. Enter, a double-click
or a click on a row jumps there."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from eventplanner.domain.occurrence import Occurrence
from eventplanner.ui.widgets.row_table import read_only_rows
from eventplanner.ui.window.search_model import SearchColumn, SearchResultsModel
from eventplanner.ui.wording import filled

SHOWN_ROWS = 6
"""How many results show before the list scrolls."""


class _ResultTable(QTableView):
    chosen = Signal(object)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.chosen.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class SearchResults(QWidget):
    """The results of the search text in every date; hidden while nothing is searched."""

    chosen = Signal(object)  # the Occurrence to jump to

    def __init__(self, display_zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchResults")
        self.model = SearchResultsModel(display_zone, self)
        self.heading = QLabel(self)
        self.heading.setObjectName("searchHeading")
        self.table = _ResultTable(self)
        self.table.setModel(self.model)
        line = self.fontMetrics().height()
        read_only_rows(self.table, int(line * 1.6), single=True)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(SearchColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        wide = self.fontMetrics().averageCharWidth()
        self.table.setColumnWidth(SearchColumn.DATE, wide * 26)
        self.table.setColumnWidth(SearchColumn.VENUE, wide * 36)
        self.table.clicked.connect(self._chosen)
        self.table.chosen.connect(self._chosen)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.heading, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(line // 3)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self.hide()

    def show_results(
        self, text: str, found: Sequence[Occurrence], display_zone: str, *, more: bool
    ) -> None:
        """``found`` for ``text`` in every date; ``more``: the search stopped at a limit."""
        self.model.set_results(found, display_zone)
        if not found:
            heading = self.tr("Nothing in any date matches “%1”.")
        elif more:
            heading = self.tr("The first %2 events in all dates that match “%1”:")
        elif len(found) == 1:
            heading = self.tr("1 event in all dates matches “%1”:")
        else:
            heading = self.tr("%2 events in all dates match “%1”:")
        self.heading.setText(filled(heading, text, len(found)))
        self.table.setVisible(bool(found))
        self._fit_rows(min(len(found), SHOWN_ROWS))
        self.show()

    def _fit_rows(self, rows: int) -> None:
        """As high as the rows found, up to ``SHOWN_ROWS`` (then it scrolls)."""
        table = self.table
        rows_height = table.verticalHeader().defaultSectionSize() * rows
        table.setFixedHeight(
            table.horizontalHeader().sizeHint().height() + rows_height + 2 * table.frameWidth()
        )

    def clear(self) -> None:
        self.model.set_results([], self.model.display_zone)
        self.hide()

    def _chosen(self, index: QModelIndex) -> None:
        found = self.model.occurrence(index.row())
        if found is not None:
            self.chosen.emit(found)
