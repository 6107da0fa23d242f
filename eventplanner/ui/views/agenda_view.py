"""The agenda: a sortable table of occurrences grouped by week or month."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from eventplanner.domain.enums import EventKind, EventStatus
from eventplanner.domain.occurrence import Occurrence
from eventplanner.domain.timing import AllDaySpan
from eventplanner.ui import labels
from eventplanner.ui.text import date_text
from eventplanner.ui.views.agenda_model import AgendaModel, Column


class AgendaView(QTableView):
    """Double-click or Enter opens an occurrence; Delete asks to delete it."""

    occurrence_activated = Signal(object)
    occurrence_selected = Signal(object)
    delete_requested = Signal(object)

    def __init__(self, model: AgendaModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSortingEnabled(True)
        self.sortByColumn(Column.DATE, Qt.SortOrder.AscendingOrder)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        line = self.fontMetrics().height()
        self.verticalHeader().setDefaultSectionSize(int(line * 1.7))
        self._fit_columns()
        model.modelReset.connect(self._span_headings)
        self.doubleClicked.connect(self._activated)
        self.selectionModel().currentRowChanged.connect(self._current_changed)

    def _fit_columns(self) -> None:
        """Widths from the longest text each column can show, in this font and language.

        Date and time have a roomy width (a fair's days, another zone's own time beside
        ours) and a compact one (one day, our time: the rest is elided, whole in the
        tooltip); the roomy one is used while the title still keeps room for its words."""
        metrics = self.fontMetrics()
        padding = metrics.averageCharWidth() * 3

        def width(texts: list[str]) -> int:
            return max(metrics.horizontalAdvance(t) for t in texts) + padding

        icon = metrics.height()  # the kind's colour swatch
        header = self._model.headerData(Column.WEEK, Qt.Orientation.Horizontal)
        fixed: dict[Column, int] = {
            Column.WEEK: width([str(header), "53"]),
            Column.STATUS: width([labels.status_label(s) for s in EventStatus]),
        }
        for column, pixels in fixed.items():
            self.setColumnWidth(column, pixels)
        # Kind, venue and project give up width to the title in a narrow window (elided,
        # whole in the tooltip), in step, down to a few letters each.
        self._yielding = {
            Column.KIND: width([labels.kind_label(k) for k in EventKind]) + icon,
            Column.VENUE: width(["Västerås Kongr"]),
            Column.PROJECT: width(["Mässor 2027"]),
        }
        self._least = width(["Väster"])
        self._roomy = {
            Column.DATE: width(_month_ends()),
            Column.TIME: width(["09:00–17:00 (09:00 Tokyo)"]),
        }
        self._compact = {
            Column.DATE: width([date_text(AllDaySpan(d, d), "UTC") for d in _month_ends_days()]),
            # Room for the ellipsis too: another zone's time is cut, never our own end.
            Column.TIME: width(["09:00–17:00 …"]),
        }
        self._title_room = metrics.averageCharWidth() * 36
        self._fixed_total = sum(fixed.values())
        self._size_date_and_time()

    def _size_date_and_time(self) -> None:
        """Date and time roomy or compact, kind, venue and project as wide as the title's
        room lets them be: the title keeps its room at 1024 pixels, with the sidebar open."""
        yielding = sum(self._yielding.values())
        # The header spans the viewport (QTableView lays it out so). Not viewport(): PySide
        # wraps that plain QWidget by trying every widget class it knows, the Python enums
        # of some seventy classes made (30 ms) before an agenda's first frame.
        viewport = self.horizontalHeader().width()
        available = viewport - self._fixed_total - yielding - self._title_room
        chosen = self._roomy if sum(self._roomy.values()) <= available else self._compact
        left = available + yielding - sum(chosen.values())
        scale = min(max(left, 0) / yielding, 1.0)
        widths = dict(chosen)
        for column, natural in self._yielding.items():
            widths[column] = min(natural, max(int(natural * scale), self._least))
        for column, pixels in widths.items():
            if self.columnWidth(column) != pixels:
                self.setColumnWidth(column, pixels)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._size_date_and_time()

    def current_occurrence(self) -> Occurrence | None:
        index = self.currentIndex()
        return self._model.occurrence(index.row()) if index.isValid() else None

    def select_where(self, uid: str, recurrence_id: object = None) -> bool:
        """Select the row of this occurrence, if shown."""
        row = self._model.row_of(lambda o: o.uid == uid and o.recurrence_id == recurrence_id)
        if row < 0:
            return False
        self.selectRow(row)
        self.scrollTo(self._model.index(row, 0))
        return True

    def _span_headings(self) -> None:
        self.clearSpans()
        for row in range(self._model.rowCount()):
            if self._model.is_heading(row):
                self.setSpan(row, 0, 1, len(Column))
        # Laid out now, not from the event loop: else the table is painted twice (once as
        # the reset left it, once laid out), and at 4,000 rows that is 30 ms more.
        self.executeDelayedItemsLayout()

    def _activated(self, index: QModelIndex) -> None:
        occurrence = self._model.occurrence(index.row())
        if occurrence is not None:
            self.occurrence_activated.emit(occurrence)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.occurrence_selected.emit(self._model.occurrence(current.row()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        occurrence = self.current_occurrence()
        if occurrence is not None and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.occurrence_activated.emit(occurrence)
            return
        if occurrence is not None and event.key() == Qt.Key.Key_Delete:
            self.delete_requested.emit(occurrence)
            return
        super().keyPressEvent(event)


def _month_ends_days() -> list[date]:
    return [date(2026, month, 12) for month in range(1, 13)]


def _month_ends() -> list[str]:
    """Three days within each month of a year, as the language writes them ("Tue 26–Thu
    28 Jan 2027"): among them its widest names of weekdays and months. A fair across a
    month's end is wider still and is elided, with the whole in its tooltip."""
    return [
        date_text(AllDaySpan(first, first + timedelta(days=2)), "UTC")
        for first in _month_ends_days()
    ]
