"""Dragging an event chip or bar to another day of the month grid, and how that is shown:
the days it would land on are tinted and framed, and a ghost of the chip follows the pointer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPalette, QPen
from PySide6.QtWidgets import QWidget

from eventplanner.domain.moves import moved_by_days
from eventplanner.domain.occurrence import Occurrence
from eventplanner.domain.timing import Timing
from eventplanner.ui.views.event_drag import EventDrag
from eventplanner.ui.views.month_geometry import MonthGeometry
from eventplanner.ui.views.month_layout import MonthLayout, Placed, place
from eventplanner.ui.views.month_paint import MonthPainter

Grid = Callable[[], tuple[MonthLayout, MonthGeometry]]
_GHOST_OPACITY = 0.85


class MonthDrag(EventDrag):
    """A press on a chip or bar; dropped on another day, the event moves by as many days."""

    def __init__(self, view: QWidget, grid: Grid) -> None:
        super().__init__(view)
        self._grid = grid
        self._origin = date.min
        self._chip = QRectF()
        self._zone = ""

    def begin_on(
        self, item: Placed, day: date, chip: QRectF, point: QPointF, display_zone: str
    ) -> None:
        """A press on ``item`` in ``day``'s cell, whose line there is ``chip``."""
        self.begin(item.occurrence, point)
        self._origin = day
        self._chip = QRectF(chip)
        self._zone = display_zone

    def landing(self, occurrence: Occurrence, point: QPointF) -> Timing | None:
        day = self.day_at(point)
        if day is None:
            return None
        return moved_by_days(occurrence.timing, (day - self._origin).days)

    def day_at(self, point: QPointF) -> date | None:
        layout, geometry = self._grid()
        hit = geometry.hit(point)
        return None if hit is None else layout.cell_at(hit.row, hit.col).day

    def landing_item(self) -> Placed | None:
        """The event as it would be shown where it lands (None: it cannot land here)."""
        if self.occurrence is None or self.timing is None:
            return None
        return place(replace(self.occurrence, timing=self.timing), self._zone)

    def paint(self, painter: MonthPainter) -> None:
        """The landing days and the ghost, over a frame ``painter`` has painted."""
        item = self.landing_item()
        if not self.dragging or item is None:
            return
        layout, geometry, canvas = painter.layout, painter.geometry, painter.painter
        highlight = painter.colour(QPalette.ColorRole.Highlight)
        tint = QColor(highlight)
        tint.setAlphaF(0.16)
        canvas.save()
        canvas.setPen(QPen(highlight, 2))
        canvas.setBrush(tint)
        # The days it lands on, framed as one run in each week.
        rows: dict[int, list[int]] = {}
        for cell in layout.cells.values():
            if item.first_day <= cell.day <= item.last_day:
                rows.setdefault(cell.row, []).append(cell.col)
        for row, cols in rows.items():
            first, last = geometry.cell_rect(row, min(cols)), geometry.cell_rect(row, max(cols))
            canvas.drawRect(QRectF(first.topLeft(), last.bottomRight()).adjusted(1, 1, -1, -1))
        canvas.setOpacity(_GHOST_OPACITY)
        ghost = self._chip.translated(self.pointer - self._press)
        painter.fading(None).paint_chip(ghost, item, item.start, bar=item.is_bar)
        canvas.restore()
