"""Scrolling the week view's hours: the scroll bar beside the grid, kept in step with the
minute of the day at the top of the grid (which is what the view remembers, so a resize or a
taller all-day row keeps the same hour in view)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QScrollBar, QStyle, QWidget

from eventplanner.ui.views.week_geometry import WeekGeometry
from eventplanner.ui.views.week_layout import MINUTES_A_DAY

Geometry = Callable[[float | None], WeekGeometry]
"""The view's geometry at a scroll in pixels (None: at ``top_minutes``)."""


class HourScroll(QObject):
    def __init__(self, view: QWidget, geometry: Geometry, top_minutes: float) -> None:
        super().__init__(view)
        self._view = view
        self._geometry = geometry
        self.top_minutes = top_minutes
        self._syncing = False
        self.bar = QScrollBar(Qt.Orientation.Vertical, view)
        self.bar.valueChanged.connect(self._scrolled)

    def bar_width(self) -> int:
        return self._view.style().pixelMetric(
            QStyle.PixelMetric.PM_ScrollBarExtent, None, self._view
        )

    def sync(self) -> None:
        """Place the scroll bar beside the hours and give it the grid's range and position."""
        geometry = self._geometry(None)
        bar = self.bar
        width = self.bar_width()
        bar.setGeometry(self._view.width() - width, geometry.grid_top, width,
                        geometry.viewport_height)  # fmt: skip
        self._syncing = True
        try:
            bar.setRange(0, round(geometry.max_scroll))
            bar.setPageStep(max(round(geometry.viewport_height), 1))
            bar.setSingleStep(max(round(geometry.hour_height / 3), 1))
            bar.setValue(round(geometry.scroll))
        finally:
            self._syncing = False

    def _scrolled(self, value: int) -> None:
        if self._syncing:
            return
        self.top_minutes = self._geometry(value).top_minutes
        self._view.update()

    def scroll_to(self, minutes: float) -> None:
        """Scroll so that ``minutes`` after midnight is at the top of the grid."""
        self.top_minutes = max(min(minutes, float(MINUTES_A_DAY)), 0.0)
        self.sync()
        self._view.update()

    def ensure_visible(self, start: float, end: float) -> None:
        """Scroll as little as needed to show the minutes ``start`` to ``end``."""
        geometry = self._geometry(None)
        top, bottom = geometry.top_minutes, geometry.bottom_minutes
        if start < top:
            self.scroll_to(start)
        elif end > bottom:
            self.scroll_to(max(start, end - (bottom - top)))

    def wheel(self, event: QWheelEvent) -> None:
        QCoreApplication.sendEvent(self.bar, event)
