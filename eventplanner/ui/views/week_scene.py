"""One frame of the week view: its layout in its geometry, and what lies where in it.

The widget builds a scene for each paint, click or question ("where is this event?"), so
hit tests, tooltips and the helpers tests use all read the same rectangles the painter draws.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QLineF, QPoint, QPointF, QRect, QRectF

from eventplanner.domain.occurrence import Occurrence
from eventplanner.domain.timezones import zone
from eventplanner.ui.views.month_layout import occurrence_key
from eventplanner.ui.views.month_text import tooltip_html
from eventplanner.ui.views.week_geometry import Area, WeekGeometry
from eventplanner.ui.views.week_layout import Block, WeekLayout


@dataclass(frozen=True, slots=True)
class Target:
    """What a point is on: a day, the occurrence there (if any), and in the grid its minute."""

    day: date
    area: Area
    occurrence: Occurrence | None = None
    minutes: float | None = None
    more: bool = False
    """The point is on the all-day row's "+N more"."""


@dataclass(frozen=True, slots=True)
class WeekScene:
    layout: WeekLayout
    geometry: WeekGeometry

    def day_rect(self, day: date) -> QRect | None:
        """The day's column: header, all-day row and the grid in view."""
        col = self.layout.col_of(day)
        if col is None:
            return None
        header = self.geometry.header_rect(col)
        return QRectF(header.left(), 0, header.width(), self.geometry.height).toRect()

    def occurrence_rect(self, occurrence: Occurrence) -> QRect | None:
        """Where the occurrence is drawn first (its bar, or its first block in view)."""
        geometry, key = self.geometry, occurrence_key(occurrence)
        for segment in self.layout.bars:
            if occurrence_key(segment.item.occurrence) == key:
                if segment.lane >= geometry.shown_lanes:
                    return None
                return geometry.bar_rect(segment).toRect()
        for block in self.layout.blocks:
            if block.key == key:
                rect = geometry.block_rect(block)
                if rect.bottom() > geometry.grid_top and rect.top() < geometry.height:
                    return rect.toRect()
        return None

    def slot_point(self, moment: datetime) -> QPoint | None:
        """The point in the grid at ``moment``'s day and time, towards the free right strip."""
        local = moment.astimezone(zone(self.layout.zone))
        geometry = self.geometry
        col = self.layout.col_of(local.date())
        if col is None:
            return None
        y = geometry.y_of(local.hour * 60 + local.minute)
        if not geometry.grid_top <= y < geometry.height:
            return None
        x = geometry.col_x(col) + (geometry.col_x(col + 1) - geometry.col_x(col)) * 0.95
        return QPoint(int(x), int(y))

    def now_line(self, position: tuple[int, float] | None) -> QLineF | None:
        if position is None:
            return None
        col, minutes = position
        y = self.geometry.y_of(minutes)
        return QLineF(self.geometry.col_x(col), y, self.geometry.col_x(col + 1), y)

    def hidden_bars(self, col: int) -> list[Occurrence]:
        """The bars of a day that the all-day row has no room for."""
        shown = self.geometry.shown_lanes
        return [s.item.occurrence for s in self.layout.bars_in(col) if s.lane >= shown]

    def target_at(self, point: QPointF) -> Target | None:
        geometry, layout = self.geometry, self.layout
        hit = geometry.hit(point)
        if hit is None:
            return None
        day = layout.days[hit.col]
        if hit.area is Area.HEADER:
            return Target(day, hit.area)
        if hit.area is Area.ALL_DAY:
            if hit.lane is None:
                return Target(day, hit.area)
            if hit.lane == geometry.more_lane:
                return Target(day, hit.area, more=bool(self.hidden_bars(hit.col)))
            segment = layout.bar_at(hit.col, hit.lane)
            if segment is None or not geometry.bar_rect(segment).contains(point):
                return Target(day, hit.area)
            return Target(day, hit.area, segment.item.occurrence)
        # Later blocks are painted over earlier ones: the topmost one is hit first.
        block = self.block_at(point)
        occurrence = None if block is None else block.occurrence
        return Target(day, hit.area, occurrence, hit.minutes)

    def block_at(self, point: QPointF) -> Block | None:
        """The timed block under a point, the topmost where they overlap."""
        hit = self.geometry.hit(point)
        if hit is None or hit.area is not Area.GRID:
            return None
        for block in reversed(self.layout.blocks_in(hit.col)):
            if self.geometry.block_rect(block).contains(point):
                return block
        return None

    def end_grip_at(self, point: QPointF) -> Block | None:
        """The block whose lower edge a point is on (its end can be dragged), if any; a
        block cut at midnight has its end on a later day, and no grip here."""
        block = self.block_at(point)
        if block is None or block.continues_after:
            return None
        rect = self.geometry.block_rect(block)
        band = min(max(2 * self.geometry.pad, 5), rect.height() / 3)
        return block if point.y() >= rect.bottom() - band else None

    def tooltip_at(self, point: QPointF) -> str:
        """The tooltip for a point: the event under it, or the bars a "+N more" hides."""
        target = self.target_at(point)
        if target is None:
            return ""
        display_zone = self.layout.zone
        if target.more:
            col = self.layout.col_of(target.day)
            hidden = [] if col is None else self.hidden_bars(col)
            return "<br>".join(tooltip_html(o, display_zone, brief=True) for o in hidden)
        if target.occurrence is None:
            return ""
        return tooltip_html(target.occurrence, display_zone)
