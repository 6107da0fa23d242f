"""Dragging in the week view: a timed block to another time or day, its lower edge to a new
end, or an all-day bar to other days; and the ghost that shows where it lands, with its time.

Times land on the quarter hour (``domain.moves.SNAP``) of the display zone. Near the top or
the bottom of the hours the grid scrolls on by itself, so a drag can reach the whole day.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from enum import Enum

from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtWidgets import QWidget

from eventplanner.domain.moves import (
    SHORTEST,
    ending_at,
    moved_by_days,
    moved_to,
    snapped,
    wall_clock,
)
from eventplanner.domain.occurrence import Occurrence
from eventplanner.domain.timezones import zone
from eventplanner.domain.timing import TimedSpan, Timing
from eventplanner.ui.views.event_drag import EventDrag
from eventplanner.ui.views.month_layout import DAYS_A_WEEK, bar_segments, occurrence_key
from eventplanner.ui.views.week_geometry import Area, WeekGeometry
from eventplanner.ui.views.week_layout import MINUTES_A_DAY, bar_item, day_blocks
from eventplanner.ui.views.week_paint import WeekPainter
from eventplanner.ui.views.week_scene import WeekScene

_GHOST_OPACITY = 0.85
_SCROLL_INTERVAL = 40  # ms between steps of scrolling on by itself
_LATEST_START = MINUTES_A_DAY - SHORTEST.total_seconds() / 60


class Grip(Enum):
    BAR = "bar"  # an all-day bar: moves by days
    BLOCK = "block"  # a timed block: moves to another time and day
    END = "end"  # a block's lower edge: its end moves


def column_at(geometry: WeekGeometry, x: float) -> int:
    """The day column under ``x``, the nearest one when outside the days."""
    return next((c for c in range(DAYS_A_WEEK) if x < geometry.col_x(c + 1)), DAYS_A_WEEK - 1)


class WeekDrag(EventDrag):
    """A press on a block, its lower edge or a bar of the week view."""

    def __init__(
        self, view: QWidget, scene: Callable[[], WeekScene], scroll_to: Callable[[float], None]
    ) -> None:
        super().__init__(view)
        self._scene = scene
        self._scroll_to = scroll_to
        self.grip = Grip.BLOCK
        self._col = 0
        self._minutes = 0.0
        self._end_day = date.min
        self._scroll_step = 0.0
        self._scroller = QTimer(self)
        self._scroller.setInterval(_SCROLL_INTERVAL)
        self._scroller.timeout.connect(self._scroll_on)

    @property
    def resizing(self) -> bool:
        return self.grip is Grip.END

    def begin_on(
        self, occurrence: Occurrence, grip: Grip, point: QPointF, end_day: date | None = None
    ) -> None:
        """A press on ``occurrence`` with ``grip``; ``end_day`` is where an END grip lies."""
        geometry = self._scene().geometry
        self.begin(occurrence, point)
        self.grip = grip
        self._col = column_at(geometry, point.x())
        self._minutes = geometry.minutes_at(point.y())
        self._end_day = end_day or date.min

    def press(self, occurrence: Occurrence, area: Area, point: QPointF) -> None:
        """A press on ``occurrence`` in ``area``: on a block's lower edge it changes the end."""
        end = self._scene().end_grip_at(point)
        if end is not None:
            self.begin_on(end.occurrence, Grip.END, point, end.day)
        else:
            self.begin_on(occurrence, Grip.BLOCK if area is Area.GRID else Grip.BAR, point)

    def hover(self, point: QPointF) -> None:
        """The pointer moved with no press on: the resize cursor over a block's lower edge."""
        if self._scene().end_grip_at(point) is not None:
            self._view.setCursor(Qt.CursorShape.SizeVerCursor)
        else:
            self._view.unsetCursor()

    def cursor(self) -> Qt.CursorShape:
        return Qt.CursorShape.SizeVerCursor if self.resizing else Qt.CursorShape.SizeAllCursor

    def landing(self, occurrence: Occurrence, point: QPointF) -> Timing | None:
        scene = self._scene()
        geometry, display_zone = scene.geometry, scene.layout.zone
        timing = occurrence.timing
        days = column_at(geometry, point.x()) - self._col
        if self.grip is Grip.BAR or not isinstance(timing, TimedSpan):
            return moved_by_days(timing, days)
        self._follow_edges(geometry, point)
        minutes = geometry.minutes_at(point.y())
        if self.grip is Grip.END:
            end = min(max(minutes, 0.0), float(MINUTES_A_DAY))
            return ending_at(timing, snapped(wall_clock(self._end_day, end)), display_zone)
        start = timing.start.astimezone(zone(display_zone)).replace(tzinfo=None)
        start_minutes = start.hour * 60 + start.minute + start.second / 60
        moved = min(max(start_minutes + minutes - self._minutes, 0.0), _LATEST_START)
        day = start.date() + timedelta(days=days)
        return moved_to(timing, snapped(wall_clock(day, moved)), display_zone)

    # --- scrolling on by itself near the top and bottom of the hours -----------------------------

    def _follow_edges(self, geometry: WeekGeometry, point: QPointF) -> None:
        band = geometry.hour_height / 2
        above = geometry.grid_top + band - point.y()
        below = point.y() - (geometry.height - band)
        direction, depth = (-1, above) if above > 0 else (1, below) if below > 0 else (0, 0.0)
        # Faster the further out the pointer is: up to two and a half hours a second.
        self._scroll_step = direction * min(max(depth / band, 0.15), 1.0) * _STEP_MINUTES
        if self._scroll_step and not self._scroller.isActive():
            self._scroller.start()
        elif not self._scroll_step:
            self._scroller.stop()

    def _scroll_on(self) -> None:
        if not self.dragging or not self._scroll_step:
            self._scroller.stop()
            return
        geometry = self._scene().geometry
        top = geometry.top_minutes
        self._scroll_to(top + self._scroll_step)
        if self._scene().geometry.top_minutes == top:
            self._scroller.stop()  # at the top or the bottom of the day
        self.follow(self.pointer)

    def stopped(self) -> None:
        self._scroller.stop()

    # --- the ghost -------------------------------------------------------------------------------

    def ghost(self) -> Occurrence | None:
        """The event as it would be where it lands (None: no drag, or it cannot land)."""
        if not self.dragging or self.occurrence is None or self.timing is None:
            return None
        return replace(self.occurrence, timing=self.timing)

    def paint(self, painter: WeekPainter, scene: WeekScene) -> None:
        """The ghost over a frame ``painter`` has painted."""
        ghost = self.ghost()
        if ghost is None:
            return
        layout, geometry, canvas = scene.layout, scene.geometry, painter.painter
        painter = replace(painter, faded=None)
        canvas.save()
        canvas.setOpacity(_GHOST_OPACITY)
        if self.grip is Grip.BAR:
            key = occurrence_key(ghost)
            lane = next(
                (s.lane for s in layout.bars if occurrence_key(s.item.occurrence) == key), 0
            )
            for segment in bar_segments([bar_item(ghost, layout.zone)], [layout.monday]):
                if lane < geometry.shown_lanes:
                    painter.paint_bar(segment.in_lane(lane))
        else:
            canvas.setClipRect(geometry.grid_rect())
            for block in day_blocks(ghost, layout.zone, layout.days):
                painter.paint_block(block)
        canvas.restore()


_STEP_MINUTES = 6
