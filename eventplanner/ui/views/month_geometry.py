"""Pixels of the month grid: header, week margin, cells and the lines inside them.

Every size comes from the font's metrics, so the grid scales with the font and the screen.
No painting here: the widget draws in these rectangles and hit-tests with them.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFontMetrics

from eventplanner.ui.views.month_layout import DAYS_A_WEEK


class Metrics:
    """The few font measures the grid is built from.

    Metrics and Hit are plain classes: read, never compared nor printed, and the methods a
    dataclass writes are compiled as the window's modules load, before its first paint."""

    __slots__ = ("number_width", "text_height", "week_width")

    def __init__(self, text_height: int, week_width: int, number_width: int) -> None:
        self.text_height = text_height
        self.week_width = week_width
        """The widest week label ("w. 53")."""
        self.number_width = number_width
        """The widest day number ("28")."""

    @classmethod
    def of(cls, metrics: QFontMetrics, week_text: str) -> Metrics:
        return cls(
            metrics.height(), metrics.horizontalAdvance(week_text), metrics.horizontalAdvance("28")
        )

    @property
    def pad(self) -> int:
        return max(self.text_height // 6, 2)


class Hit:
    """Where a point falls: a cell, and the line in it (None above the first line)."""

    __slots__ = ("col", "line", "row")

    def __init__(self, row: int, col: int, line: int | None) -> None:
        self.row = row
        self.col = col
        self.line = line


class MonthGeometry:
    def __init__(self, width: int, height: int, rows: int, metrics: Metrics) -> None:
        self.width = width
        self.height = height
        self.rows = max(rows, 1)
        self.metrics = metrics
        pad = metrics.pad
        self.pad = pad
        self.header_height = metrics.text_height + 3 * pad
        self.margin_width = metrics.week_width + 3 * pad
        self.number_height = metrics.text_height + 2 * pad
        self.chip_height = metrics.text_height + pad
        self.pitch = self.chip_height + max(pad // 2, 1)

    def col_x(self, col: int) -> int:
        span = self.width - self.margin_width
        return self.margin_width + round(col * span / DAYS_A_WEEK)

    def row_y(self, row: int) -> int:
        span = self.height - self.header_height
        return self.header_height + round(row * span / self.rows)

    @property
    def lines(self) -> int:
        """Lines that fit in the lowest cell under the day number."""
        lowest = min(self.row_y(r + 1) - self.row_y(r) for r in range(self.rows))
        return max(
            (lowest - self.number_height - self.pad + self.pitch - self.chip_height) // self.pitch,
            0,
        )

    def cell_rect(self, row: int, col: int) -> QRectF:
        x, y = self.col_x(col), self.row_y(row)
        return QRectF(x, y, self.col_x(col + 1) - x, self.row_y(row + 1) - y)

    def header_rect(self, col: int) -> QRectF:
        x = self.col_x(col)
        return QRectF(x, 0, self.col_x(col + 1) - x, self.header_height)

    def week_rect(self, row: int) -> QRectF:
        """The margin beside a row, as tall as the day number line."""
        return QRectF(0, self.row_y(row), self.margin_width, self.number_height)

    def number_rect(self, row: int, col: int) -> QRectF:
        """The day number's square at the top left of a cell."""
        cell = self.cell_rect(row, col)
        side = max(self.metrics.text_height + self.pad, self.metrics.number_width + 2 * self.pad)
        top = (self.number_height - side) / 2
        return QRectF(cell.left() + self.pad, cell.top() + top + self.pad / 2, side, side)

    def line_rect(self, row: int, first_col: int, last_col: int, line: int) -> QRectF:
        """A chip's, bar's or label's rectangle on ``line`` across the given columns."""
        left = self.col_x(first_col) + self.pad
        right = self.col_x(last_col + 1) - self.pad
        top = self.row_y(row) + self.number_height + line * self.pitch
        return QRectF(left, top, right - left, self.chip_height)

    def hit(self, point: QPointF) -> Hit | None:
        if point.x() < self.margin_width or point.y() < self.header_height:
            return None
        col = next((c for c in range(DAYS_A_WEEK) if point.x() < self.col_x(c + 1)), None)
        row = next((r for r in range(self.rows) if point.y() < self.row_y(r + 1)), None)
        if col is None or row is None:
            return None
        offset = point.y() - self.row_y(row) - self.number_height
        if offset < 0 or offset % self.pitch >= self.chip_height:
            return Hit(row, col, None)
        return Hit(row, col, int(offset // self.pitch))
