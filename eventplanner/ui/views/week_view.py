"""The week view: an ISO week as a time grid, hours down and days across, like Outlook's.

Layout rules live in ``week_layout`` (all-day lanes, midnight cuts, side-by-side columns) and
``week_geometry`` (pixels, scrolling, hit tests), what lies where in ``week_scene``, painting in
``week_paint``, the scroll bar in ``week_scroll``, dragging in ``week_drag``; this widget holds
the state and turns mouse, wheel and keys into signals.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta

from PySide6.QtCore import (
    QEvent,
    QLineF,
    QPoint,
    QPointF,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import (
    QFocusEvent,
    QHelpEvent,
    QHideEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from eventplanner.domain.occurrence import Occurrence
from eventplanner.domain.timezones import DEFAULT_TIME_ZONE, zone
from eventplanner.domain.timing import Timing
from eventplanner.ui.labels import week_label
from eventplanner.ui.text import first_day
from eventplanner.ui.views import day_keys
from eventplanner.ui.views.month_layout import occurrence_key
from eventplanner.ui.views.same_shown import same_occurrences
from eventplanner.ui.views.shown_match import Wanted, matching
from eventplanner.ui.views.week_drag import WeekDrag
from eventplanner.ui.views.week_geometry import Metrics, WeekGeometry
from eventplanner.ui.views.week_layout import (
    WeekLayout,
    now_position,
    slot_start,
    week_monday,
)
from eventplanner.ui.views.week_paint import WeekPainter
from eventplanner.ui.views.week_scene import WeekScene
from eventplanner.ui.views.week_scroll import HourScroll

FIRST_SHOWN_HOUR = 7
"""Where the grid is scrolled to until the user scrolls: the working day, not the night."""
ENTER_HOUR = 9
"""Enter on a day without a chosen event creates one at this hour."""


class WeekView(QWidget):
    """Seven days of an ISO week, Monday first, with an all-day row above the hours."""

    occurrence_activated = Signal(object)  # Occurrence: double-click or Enter on it
    occurrence_selected = Signal(object)  # Occurrence: clicked
    slot_activated = Signal(object)  # datetime: double-click on empty time, or Enter
    day_activated = Signal(object)  # date: double-click on a day's header or empty all-day row
    day_selected = Signal(object)  # date: the selection moved
    week_changed = Signal(object)  # date: the Monday of the week now shown
    occurrence_moved = Signal(object, object)  # Occurrence, Timing: dragged to a new time or day
    occurrence_resized = Signal(object, object)  # Occurrence, Timing: its lower edge dragged

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAccessibleName(self.tr("Week"))
        self._zone = DEFAULT_TIME_ZONE
        self._today: date | None = None
        self._now: datetime | None = None
        self._occurrences: list[Occurrence] = []
        self._selected = self.today()
        self._monday = week_monday(self._selected)
        self._chosen: tuple[int, object] | None = None
        self._holidays: Mapping[date, str] = {}
        self._cache: tuple[object, WeekLayout] | None = None
        self._scroll = HourScroll(self, self._geometry, float(FIRST_SHOWN_HOUR * 60))
        self._clock = QTimer(self)
        self._clock.setInterval(30_000)
        self._clock.timeout.connect(self.update)
        self.setMouseTracking(True)  # the resize cursor over a block's lower edge
        self._drag = WeekDrag(self, self._scene, self.scroll_to_time)
        self._drag.moved.connect(lambda o, t: self._dropped(o, t, self.occurrence_moved))
        self._drag.resized.connect(lambda o, t: self._dropped(o, t, self.occurrence_resized))

    # --- what is shown ---------------------------------------------------------------------------

    def week_start(self) -> date:
        """The Monday of the week shown."""
        return self._monday

    def set_week(self, anchor: date) -> None:
        """Show the ISO week holding ``anchor``; the selection keeps its weekday."""
        monday = week_monday(anchor)
        if monday != self._monday:
            self._go(monday + timedelta(days=self._selected.weekday()))

    def set_occurrences(self, occurrences: Sequence[Occurrence], display_zone: str) -> None:
        """Show these occurrences, timed ones at their wall-clock time in ``display_zone``
        (already shown as they are, as after a drop's save: nothing is done again)."""
        if display_zone == self._zone and same_occurrences(self._occurrences, occurrences):
            return
        self._zone = display_zone
        self._occurrences = list(occurrences)
        if self._chosen and all(occurrence_key(o) != self._chosen for o in occurrences):
            self._chosen = None
        self._cache = None
        self._scroll.sync()  # the all-day row may have grown or shrunk
        self.update()

    def set_holidays(self, holidays: Mapping[date, str]) -> None:
        """Mark these days (Swedish holidays, with their names) in the header and all-day row."""
        self._holidays = dict(holidays)
        self.update()

    def set_today(self, day: date | None) -> None:
        """Mark ``day`` as today (None: the date of ``now`` in the display zone)."""
        self._today = day
        self.update()

    def today(self) -> date:
        return self._today or self.now().astimezone(zone(self._zone)).date()

    def set_now(self, moment: datetime | None) -> None:
        """Pin the current-time line to ``moment`` (None: follow the clock)."""
        self._now = moment
        self._update_clock()
        self.update()

    def now(self) -> datetime:
        return self._now or datetime.now(zone(self._zone))

    def selected_day(self) -> date:
        return self._selected

    def select_day(self, day: date) -> None:
        """Select ``day``, turning to its week when it is in another one."""
        self._go(day)

    def selected_occurrence(self) -> Occurrence | None:
        if self._chosen is None:
            return None
        return next((o for o in self._occurrences if occurrence_key(o) == self._chosen), None)

    def layout_of_week(self) -> WeekLayout:
        """The bars and blocks of the week shown, at the current size."""
        return self._layout(self._geometry())

    # --- where things are (for tests and for the main window) ------------------------------------

    def day_rect(self, day: date) -> QRect | None:
        """The day's column: header, all-day row and the grid in view."""
        return self._scene().day_rect(day)

    def occurrence_rect(self, occurrence: Occurrence) -> QRect | None:
        """Where the occurrence is drawn first (its bar, or its first block in view)."""
        return self._scene().occurrence_rect(occurrence)

    def slot_point(self, moment: datetime) -> QPoint | None:
        """The point in the grid at ``moment``'s day and time (display zone), if in view."""
        return self._scene().slot_point(moment)

    def now_line(self) -> QLineF | None:
        """The current-time line in widget coordinates: across today's column, if in this week."""
        return self._scene().now_line(self._now_position())

    def tooltip_at(self, point: QPointF) -> str:
        """The tooltip for a point: the event under it, or the bars a "+N more" hides."""
        return self._scene().tooltip_at(point)

    def drag_landing(self) -> Timing | None:
        """Where the event being dragged would land now (None: no drag, or nowhere)."""
        return self._drag.timing if self._drag.dragging else None

    def scroll_to_time(self, minutes: float) -> None:
        """Scroll so that ``minutes`` after midnight is at the top of the grid."""
        self._scroll.scroll_to(minutes)

    def top_time(self) -> float:
        """The minute of the day at the top of the grid."""
        return self._geometry().top_minutes

    def sizeHint(self) -> QSize:
        height = self.fontMetrics().height()
        return QSize(height * 60, height * 40)

    def minimumSizeHint(self) -> QSize:
        height = self.fontMetrics().height()
        return QSize(height * 28, height * 18)

    # --- layout ----------------------------------------------------------------------------------

    def _geometry(self, scroll: float | None = None) -> WeekGeometry:
        metrics = Metrics.of(self.fontMetrics(), week_label(53))
        lanes = self._layout_lanes(metrics)
        width = self._scroll.bar_width()
        plain = WeekGeometry(self.width(), self.height(), lanes, metrics, scroll_bar_width=width)
        if scroll is None:
            scroll = plain.scroll_for(self._scroll.top_minutes)
        return WeekGeometry(
            self.width(), self.height(), lanes, metrics, scroll=scroll, scroll_bar_width=width
        )

    def _layout_lanes(self, metrics: Metrics) -> int:
        # The all-day lanes do not depend on the size: any cached layout of this week will do.
        if self._cache is not None and self._cache[1].monday == self._monday:
            return self._cache[1].lanes
        probe = WeekGeometry(self.width(), self.height(), 0, metrics)
        return self._layout(probe).lanes

    def _layout(self, geometry: WeekGeometry) -> WeekLayout:
        key = (self._monday, self._zone, round(geometry.min_minutes, 3))
        if self._cache is None or self._cache[0] != key:
            layout = WeekLayout(self._monday, self._occurrences, self._zone, geometry.min_minutes)
            self._cache = (key, layout)
        return self._cache[1]

    def _now_position(self) -> tuple[int, float] | None:
        now = self.now()
        if now.astimezone(zone(self._zone)).date() != self.today():
            return None  # a pinned today elsewhere: no line in a column that is not today
        return now_position(now, self._monday, self._zone)

    def _scene(self) -> WeekScene:
        geometry = self._geometry()
        return WeekScene(self._layout(geometry), geometry)

    # --- scrolling -------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scroll.sync()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._scroll.sync()
        self._update_clock()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._clock.stop()
        self._drag.cancel()

    def _update_clock(self) -> None:
        if self._now is None and self.isVisible():
            self._clock.start()
        else:
            self._clock.stop()

    def wheelEvent(self, event: QWheelEvent) -> None:
        self._scroll.wheel(event)

    # --- selection and input ---------------------------------------------------------------------

    def _go(self, day: date) -> None:
        """Select ``day`` (and its week); signal once the state is whole."""
        monday = week_monday(day)
        new_week = monday != self._monday
        new_day = day != self._selected
        if new_day:
            self._selected = day
            self._chosen = None
        if new_week:
            self._monday = monday
            self._cache = None
            self._scroll.sync()
        self.update()
        if new_week:
            self.week_changed.emit(monday)
        if new_day:
            self.day_selected.emit(day)

    def _choose(self, occurrence: Occurrence | None) -> None:
        self._chosen = None if occurrence is None else occurrence_key(occurrence)
        self.update()

    def choose(self, occurrence: Wanted) -> bool:
        """Select ``occurrence`` and its day, if this week shows it (a search's jump)."""
        found = matching(self._occurrences, occurrence, self._zone)
        if found is None:
            return False
        self._go(first_day(found.timing, self._zone))
        self._choose(found)
        self.occurrence_selected.emit(found)
        return True

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._drag.cancel()  # a release that never came (the window lost the mouse)
        target = self._scene().target_at(event.position())
        right = event.button() == Qt.MouseButton.RightButton
        if (event.button() != Qt.MouseButton.LeftButton and not right) or target is None:
            super().mousePressEvent(event)
            return
        self._go(target.day)
        self._choose(target.occurrence)
        if right:  # selects what its menu (Export selected, Open in Outlook) acts on
            if target.occurrence is not None:
                self.occurrence_selected.emit(target.occurrence)
            return
        if target.occurrence is not None:
            self._drag.press(target.occurrence, target.area, event.position())
            self.occurrence_selected.emit(target.occurrence)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if not self._drag.follow(event.position()):
            self._drag.hover(event.position())
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not self._drag.finish(event.position()):
            super().mouseReleaseEvent(event)

    def _dropped(self, occurrence: Occurrence, timing: Timing, signal: SignalInstance) -> None:
        # Shown where it was dropped at once; the reload after the save shows what was stored.
        key = occurrence_key(occurrence)
        moved = [replace(o, timing=timing) if occurrence_key(o) == key else o
                 for o in self._occurrences]  # fmt: skip
        self.set_occurrences(moved, self._zone)
        self._go(first_day(timing, self._zone))  # the selection goes with it
        self._chosen = key
        signal.emit(occurrence, timing)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        target = self._scene().target_at(event.position())
        if event.button() != Qt.MouseButton.LeftButton or target is None:
            super().mouseDoubleClickEvent(event)
            return
        if target.occurrence is not None:
            self.occurrence_activated.emit(target.occurrence)
        elif target.minutes is not None:
            self.slot_activated.emit(slot_start(target.day, target.minutes, self._zone))
        elif not target.more:
            self.day_activated.emit(target.day)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key == Qt.Key.Key_Escape and self._drag.cancel():
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            chosen = self.selected_occurrence()
            if chosen is not None:
                self.occurrence_activated.emit(chosen)
            else:
                self.slot_activated.emit(slot_start(self._selected, ENTER_HOUR * 60, self._zone))
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._step_occurrence(-1 if key == Qt.Key.Key_Up else 1)
            return
        day = day_keys.in_week(key, self._selected)
        if day is None:
            super().keyPressEvent(event)
        else:
            self._go(day)

    def _step_occurrence(self, step: int) -> None:
        """Up and down walk through the selected day's events; without any, they scroll."""
        geometry = self._geometry()
        layout = self._layout(geometry)
        col = layout.col_of(self._selected)
        items = [] if col is None else layout.day_items(col)
        if not items:
            self.scroll_to_time(geometry.top_minutes + step * 60)
            return
        keys = [occurrence_key(o) for o in items]
        if self._chosen in keys:
            index = min(max(keys.index(self._chosen) + step, 0), len(items) - 1)
        else:
            index = 0 if step > 0 else len(items) - 1
        chosen = items[index]
        self._choose(chosen)
        block = next((b for b in layout.blocks_in(col or 0) if b.key == keys[index]), None)
        if block is not None:
            self._scroll.ensure_visible(block.start, max(block.end, block.start + 60))
        self.occurrence_selected.emit(chosen)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = "" if self._drag.dragging else self.tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    # --- painting --------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        scene = self._scene()
        painter = QPainter(self)
        frame = WeekPainter(
            painter,
            scene.layout,
            scene.geometry,
            self.palette(),
            self.font(),
            self.today(),
            self._selected,
            self._chosen,
            self.hasFocus(),
            self._now_position(),
            self._drag.dragged_key(),
            self._holidays,
        )
        frame.paint()
        self._drag.paint(frame, scene)
        painter.end()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()
