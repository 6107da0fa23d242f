"""Pixels of the week view: day headers, the all-day row, the hour gutter and the time grid.

Every size comes from the font's metrics, so the grid scales with the font and the screen.
The grid scrolls under the fixed header; ``scroll`` is how many pixels of it are above the top.
No painting here: the widget draws in these rectangles and hit-tests with them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFontMetrics

from eventplanner.ui.views.month_layout import DAYS_A_WEEK, BarSegment
from eventplanner.ui.views.week_layout import MINUTES_A_DAY, Block


@dataclass(frozen=True, slots=True)
class Metrics:
    """The few font measures the grid is built from."""

    text_height: int
    gutter_text: int
    """The widest text of the hour gutter: "00:00" or the week label."""

    @classmethod
    def of(cls, metrics: QFontMetrics, *gutter_texts: str) -> Metrics:
        widest = max(metrics.horizontalAdvance(t) for t in ("00:00", *gutter_texts))
        return cls(metrics.height(), widest)

    @property
    def pad(self) -> int:
        return max(self.text_height // 6, 2)


class Area(Enum):
    HEADER = "header"
    ALL_DAY = "all_day"
    GRID = "grid"


@dataclass(frozen=True, slots=True)
class Hit:
    """Where a point falls: an area, a day column, and in the grid the minute of the day."""

    area: Area
    col: int
    minutes: float | None = None
    lane: int | None = None
    """In the all-day row: the lane under the point (None between lanes)."""


class WeekGeometry:
    def __init__(
        self,
        width: int,
        height: int,
        lanes: int,
        metrics: Metrics,
        *,
        scroll: float = 0,
        scroll_bar_width: int = 0,
    ) -> None:
        self.width = width
        self.height = height
        self.metrics = metrics
        pad = metrics.pad
        self.pad = pad
        self.chip_height = metrics.text_height + pad
        self.pitch = self.chip_height + max(pad // 2, 1)
        self.header_height = metrics.text_height + 3 * pad
        self.gutter_width = metrics.gutter_text + 3 * pad
        self.grid_right = max(width - scroll_bar_width, self.gutter_width + DAYS_A_WEEK)
        # The all-day row grows with its lanes up to a quarter of the height; past that its last
        # line says how many bars it hides.
        room = max((height // 4 - 2 * pad) // self.pitch, 2)
        self.lanes = lanes
        self.shown_lanes = lanes if lanes <= room else room - 1
        self.more_lane: int | None = None if lanes <= room else room - 1
        lines = max(lanes if lanes <= room else room, 1)
        self.all_day_height = lines * self.pitch + 2 * pad
        self.grid_top = self.header_height + self.all_day_height
        self.viewport_height = max(height - self.grid_top, 0)
        self.hour_height = max(metrics.text_height * 3.2, self.viewport_height / 24)
        self.content_height = 24 * self.hour_height
        self.max_scroll = max(self.content_height - self.viewport_height, 0.0)
        self.scroll = min(max(scroll, 0.0), self.max_scroll)

    # --- columns and times -----------------------------------------------------------------------

    def col_x(self, col: int) -> int:
        span = self.grid_right - self.gutter_width
        return self.gutter_width + round(col * span / DAYS_A_WEEK)

    def y_of(self, minutes: float) -> float:
        """Where a minute of the day lies in the widget, after scrolling."""
        return self.grid_top + minutes / 60 * self.hour_height - self.scroll

    def minutes_at(self, y: float) -> float:
        return (y - self.grid_top + self.scroll) / self.hour_height * 60

    def scroll_for(self, minutes: float) -> float:
        """The scroll that puts a minute of the day at the top of the grid."""
        return min(max(minutes / 60 * self.hour_height, 0.0), self.max_scroll)

    @property
    def min_minutes(self) -> float:
        """The shortest a block is drawn: one line of text."""
        return self.chip_height / self.hour_height * 60

    @property
    def top_minutes(self) -> float:
        return self.minutes_at(self.grid_top)

    @property
    def bottom_minutes(self) -> float:
        return self.minutes_at(self.height)

    # --- rectangles ------------------------------------------------------------------------------

    def header_rect(self, col: int) -> QRectF:
        x = self.col_x(col)
        return QRectF(x, 0, self.col_x(col + 1) - x, self.header_height)

    def corner_rect(self) -> QRectF:
        """Above the hour gutter, beside the day headers: where the week number goes."""
        return QRectF(0, 0, self.gutter_width, self.header_height)

    def all_day_rect(self, col: int | None = None) -> QRectF:
        if col is None:
            return QRectF(0, self.header_height, self.grid_right, self.all_day_height)
        x = self.col_x(col)
        return QRectF(x, self.header_height, self.col_x(col + 1) - x, self.all_day_height)

    def grid_rect(self) -> QRectF:
        return QRectF(0, self.grid_top, self.grid_right, self.viewport_height)

    def column_rect(self, col: int) -> QRectF:
        """A day's column of the time grid, as much of it as is in view."""
        x = self.col_x(col)
        return QRectF(x, self.grid_top, self.col_x(col + 1) - x, self.viewport_height)

    def lane_rect(self, first_col: int, last_col: int, lane: int) -> QRectF:
        left = self.col_x(first_col) + self.pad
        right = self.col_x(last_col + 1) - self.pad
        top = self.header_height + self.pad + lane * self.pitch
        return QRectF(left, top, right - left, self.chip_height)

    def bar_rect(self, segment: BarSegment) -> QRectF:
        rect = self.lane_rect(segment.first_col, segment.last_col, segment.lane)
        # A bar that goes on beyond the week runs to the edge of the grid.
        if segment.continues_before:
            rect.setLeft(self.col_x(segment.first_col) + 1)
        if segment.continues_after:
            rect.setRight(self.col_x(segment.last_col + 1) - 2)
        return rect

    def block_rect(self, block: Block) -> QRectF:
        """A timed block in its day column; a strip on the right stays free for new events."""
        x0, x1 = self.col_x(block.col), self.col_x(block.col + 1)
        usable = max(x1 - x0 - 1 - max(2 * self.pad, (x1 - x0) // 12), 1)
        left = x0 + 1 + block.left * usable
        gap = (
            min(self.pad / 2, usable * block.width / 4)
            if block.column + block.span < block.columns
            else 0
        )
        width = block.width * usable - gap
        top = self.y_of(block.start) + 1
        bottom = self.y_of(min(max(block.end, block.start + self.min_minutes), MINUTES_A_DAY)) - 1
        return QRectF(left, top, width, max(bottom - top, self.chip_height - 2))

    # --- hit tests -------------------------------------------------------------------------------

    def hit(self, point: QPointF) -> Hit | None:
        x, y = point.x(), point.y()
        if x < self.gutter_width or x >= self.grid_right or y < 0 or y >= self.height:
            return None
        col = next((c for c in range(DAYS_A_WEEK) if x < self.col_x(c + 1)), DAYS_A_WEEK - 1)
        if y < self.header_height:
            return Hit(Area.HEADER, col)
        if y < self.grid_top:
            offset = y - self.header_height - self.pad
            lane = None
            if offset >= 0 and offset % self.pitch < self.chip_height:
                lane = int(offset // self.pitch)
            return Hit(Area.ALL_DAY, col, lane=lane)
        minutes = self.minutes_at(y)
        if not 0 <= minutes < MINUTES_A_DAY:
            return None
        return Hit(Area.GRID, col, minutes=minutes)
