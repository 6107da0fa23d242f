"""The month view: ISO weeks of a month with events as chips and multi-day events as bars.

Layout rules live in ``month_layout`` (lanes, what fits) and ``month_geometry`` (pixels, hit
tests), painting in ``month_paint``, dragging in ``month_drag``; this widget holds the state and
turns mouse and keys into signals.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QHelpEvent,
    QHideEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from eventplanner.domain.occurrence import Occurrence
from eventplanner.domain.timezones import DEFAULT_TIME_ZONE, zone
from eventplanner.domain.timing import Timing
from eventplanner.ui.labels import week_label
from eventplanner.ui.text import first_day
from eventplanner.ui.views import day_keys
from eventplanner.ui.views.month_ahead import AheadFrame, FramesAhead, off_screen
from eventplanner.ui.views.month_drag import MonthDrag
from eventplanner.ui.views.month_geometry import Metrics, MonthGeometry
from eventplanner.ui.views.month_layout import (
    DayCell,
    MonthLayout,
    Placed,
    add_months,
    first_of_month,
    month_weeks,
    occurrence_key,
    place_all,
)
from eventplanner.ui.views.month_paint import MonthPainter
from eventplanner.ui.views.month_text import deadlines_text, tooltip_html
from eventplanner.ui.views.same_shown import same_occurrences

if TYPE_CHECKING:  # a search's jump loads it
    from eventplanner.ui.views.shown_match import Wanted

_Target = tuple[date, Placed | None, bool]
"""What a point is on: its day, the event there (if any) and whether it is the "+N more"."""


class MonthView(QWidget):
    """A month of ISO weeks, Monday first, with the week numbers in the left margin."""

    occurrence_activated = Signal(object)  # Occurrence: double-click or Enter on it
    occurrence_selected = Signal(object)  # Occurrence: clicked
    day_activated = Signal(object)  # date: double-click on a day's empty space, or Enter
    day_selected = Signal(object)  # date: the selection moved
    more_clicked = Signal(object)  # date: its "+N more" was clicked
    occurrence_moved = Signal(object, object)  # Occurrence, Timing: dragged to another day
    month_changed = Signal(object)  # date: the first of the month now shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAccessibleName(self.tr("Month"))
        self._zone = DEFAULT_TIME_ZONE
        self._today: date | None = None
        self._selected = self.today()
        self._month = first_of_month(self._selected)
        self._items: list[Placed] = []
        self._chosen: tuple[int, object] | None = None
        self._holidays: Mapping[date, str] = {}
        self._deadlines: Mapping[date, int] = {}
        self._cache: tuple[object, MonthLayout, MonthGeometry] | None = None
        self._ahead = FramesAhead()
        self._frame: AheadFrame | None = None  # the frame painted ahead that is shown now
        self._drag = MonthDrag(self, self._grid)
        self._drag.moved.connect(self._dropped)

    # --- what is shown -------------------------------------------------------------------------

    def month(self) -> date:
        return self._month

    def set_month(self, anchor: date) -> None:
        """Show the weeks of ``anchor``'s month; the selection follows into that month."""
        first = first_of_month(anchor)
        if first == self._month:
            return
        day = self._selected
        if first_of_month(day) != first:
            day = add_months(day, _months_between(day, first))
        self._go(day, follow_month=True)

    def set_occurrences(self, occurrences: Sequence[Occurrence], display_zone: str) -> None:
        """Show these occurrences, timed ones on their start date in ``display_zone``
        (already shown as they are, as after a drop's save: nothing is done again)."""
        frame = self._ahead.matching(self._month, occurrences, display_zone)
        if (
            frame is None
            and display_zone == self._zone
            and same_occurrences([i.occurrence for i in self._items], occurrences)
        ):
            return
        self._zone = display_zone
        self._frame = frame
        if frame is not None:  # laid out (and painted) while the window stood idle
            self._items = frame.items
            self._cache = (frame.grid, frame.layout, frame.geometry)
        else:
            self._items = place_all(occurrences, display_zone)
            self._cache = None
        if self._chosen and all(occurrence_key(o) != self._chosen for o in occurrences):
            self._chosen = None
        self.update()

    def prepare(
        self, anchor: date, selected: date, occurrences: Sequence[Occurrence], display_zone: str
    ) -> None:
        """Lay out and paint, off screen, the month of ``anchor`` with ``selected`` and these
        occurrences, as turning to it would show it; turning there and being given this very
        list then shows the frame at once (see ``month_ahead``)."""
        first = first_of_month(anchor)
        if not self.isVisible() or first == self._month or self.width() <= 0:
            return
        items = place_all(occurrences, display_zone)
        layout, geometry = self._layout(first, items)
        focused = self.hasFocus()
        pixmap = off_screen(self.size(), self.devicePixelRatioF(), lambda painter: self._painter(
            painter, layout, geometry, selected, None, focused).paint())  # fmt: skip
        state = self._state(selected, None, focused, first)
        grid = self._grid_key(first)
        frame = AheadFrame(occurrences, display_zone, items, grid, layout, geometry, state, pixmap)
        self._ahead.add(first, frame)

    def set_holidays(self, holidays: Mapping[date, str]) -> None:
        """Mark these days (Swedish holidays, with their names) as the almanac does."""
        self._holidays = dict(holidays)
        self.update()

    def holidays(self) -> Mapping[date, str]:
        return self._holidays

    def set_deadlines(self, deadlines: Mapping[date, int]) -> None:
        """Mark these days with a badge: how many open tasks fall due on each."""
        self._deadlines = dict(deadlines)
        self.update()

    def deadlines(self) -> Mapping[date, int]:
        return self._deadlines

    def grid_days(self) -> tuple[date, date]:
        """The first and last day the month's grid shows (other months' days too)."""
        weeks = month_weeks(self._month)
        return weeks[0], weeks[-1] + timedelta(days=6)

    def set_today(self, day: date | None) -> None:
        """Mark ``day`` as today (None: the real date in the display zone)."""
        self._today = day
        self.update()

    def today(self) -> date:
        return self._today or datetime.now(zone(self._zone)).date()

    def selected_day(self) -> date:
        return self._selected

    def select_day(self, day: date) -> None:
        """Select ``day``, turning to its month when it is in another one."""
        self._go(day, follow_month=True)

    def selected_occurrence(self) -> Occurrence | None:
        if self._chosen is None:
            return None
        return next(
            (i.occurrence for i in self._items if occurrence_key(i.occurrence) == self._chosen),
            None,
        )

    def day_cell(self, day: date) -> DayCell | None:
        """What ``day`` shows at the current size (None when it is not in the grid)."""
        return self._grid()[0].cells.get(day)

    def day_rect(self, day: date) -> QRect | None:
        layout, geometry = self._grid()
        cell = layout.cells.get(day)
        return None if cell is None else geometry.cell_rect(cell.row, cell.col).toRect()

    def occurrence_rect(self, occurrence: Occurrence) -> QRect | None:
        """Where the occurrence is drawn first in the grid (None when hidden)."""
        layout, geometry = self._grid()
        for day, cell in layout.cells.items():
            line = layout.line_of(day, occurrence_key(occurrence))
            if line is not None:
                return geometry.line_rect(cell.row, cell.col, cell.col, line).toRect()
        return None

    def drag_landing(self) -> Timing | None:
        """Where the event being dragged would land now (None: no drag, or nowhere)."""
        return self._drag.timing if self._drag.dragging else None

    def more_rect(self, day: date) -> QRect | None:
        layout, geometry = self._grid()
        cell = layout.cells.get(day)
        if cell is None or cell.more_line is None:
            return None
        return geometry.line_rect(cell.row, cell.col, cell.col, cell.more_line).toRect()

    def sizeHint(self) -> QSize:
        height = self.fontMetrics().height()
        return QSize(height * 60, height * 40)

    def minimumSizeHint(self) -> QSize:
        height = self.fontMetrics().height()
        return QSize(height * 24, height * 16)

    # --- layout ----------------------------------------------------------------------------------

    def _grid(self) -> tuple[MonthLayout, MonthGeometry]:
        key = self._grid_key(self._month)
        if self._cache is None or self._cache[0] != key:
            self._cache = (key, *self._layout(self._month, self._items))
        return self._cache[1], self._cache[2]

    def _grid_key(self, month: date) -> tuple[Hashable, ...]:
        return (month, self.width(), self.height(), self.font().key())

    def _layout(self, month: date, items: Sequence[Placed]) -> tuple[MonthLayout, MonthGeometry]:
        metrics = Metrics.of(self.fontMetrics(), week_label(53))
        geometry = MonthGeometry(self.width(), self.height(), len(month_weeks(month)), metrics)
        return MonthLayout(month, items, geometry.lines), geometry

    def _state(
        self, selected: date, chosen: tuple[int, object] | None, focused: bool, month: date
    ) -> tuple[Hashable, ...]:
        """What a frame of ``month`` shows besides its events (a drag is never painted
        ahead): its deadline badges counted by the days of its grid only, so that marks
        read for the next period leave a frame painted ahead as it was."""
        today = self.today()
        weeks = month_weeks(month)
        first, last = weeks[0], weeks[-1] + timedelta(days=6)
        marks = frozenset((d, n) for d, n in self._deadlines.items() if first <= d <= last)
        return (selected, chosen, focused, today, self.palette().cacheKey(),
                self.devicePixelRatioF(), len(self._holidays), hash(marks))  # fmt: skip

    def _painter(
        self,
        painter: QPainter,
        layout: MonthLayout,
        geometry: MonthGeometry,
        selected: date,
        chosen: tuple[int, object] | None,
        focused: bool,
    ) -> MonthPainter:
        return MonthPainter(
            painter,
            layout,
            geometry,
            self.palette(),
            self.font(),
            self.today(),
            selected,
            chosen,
            focused,
            self._drag.dragged_key(),
            self._holidays,
            self._deadlines,
        )

    def _target_at(self, point: QPointF) -> _Target | None:
        layout, geometry = self._grid()
        hit = geometry.hit(point)
        if hit is None:
            return None
        cell = layout.cell_at(hit.row, hit.col)
        if hit.line is not None and hit.line == cell.more_line:
            return (cell.day, None, True)
        item = None if hit.line is None else layout.item_at(cell.day, hit.line)
        return (cell.day, item, False)

    # --- selection and input ---------------------------------------------------------------------

    def _go(self, day: date, *, follow_month: bool) -> None:
        """Select ``day`` (and its month when asked); signal once the state is whole."""
        new_month = follow_month and first_of_month(day) != self._month
        new_day = day != self._selected
        if new_day:
            self._selected = day
            self._chosen = None
        if new_month:
            self._month = first_of_month(day)
            self._cache = None
        self.update()
        if new_month:
            self.month_changed.emit(self._month)
        if new_day:
            self.day_selected.emit(day)

    def choose(self, occurrence: Wanted) -> bool:
        """Select ``occurrence`` and its day, if this month shows it (a search's jump)."""
        from eventplanner.ui.views.shown_match import matching

        found = matching((i.occurrence for i in self._items), occurrence, self._zone)
        if found is None:
            return False
        self._go(first_day(found.timing, self._zone), follow_month=False)
        self._chosen = occurrence_key(found)
        self.update()
        self.occurrence_selected.emit(found)
        return True

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._drag.cancel()  # a release that never came (the window lost the mouse)
        target = self._target_at(event.position())
        right = event.button() == Qt.MouseButton.RightButton
        if (event.button() != Qt.MouseButton.LeftButton and not right) or target is None:
            super().mousePressEvent(event)
            return
        day, item, more = target
        self._go(day, follow_month=False)
        self._chosen = None if item is None else occurrence_key(item.occurrence)
        self.update()
        if right:  # selects what its menu (Export selected, Open in Outlook) acts on
            if item is not None:
                self.occurrence_selected.emit(item.occurrence)
            return
        if more:
            self.more_clicked.emit(day)
        elif item is not None:
            self._begin_drag(item, day, event.position())
            self.occurrence_selected.emit(item.occurrence)

    def _begin_drag(self, item: Placed, day: date, point: QPointF) -> None:
        layout, geometry = self._grid()
        cell = layout.cells[day]
        line = layout.line_of(day, occurrence_key(item.occurrence))
        if line is None:
            return
        chip = geometry.line_rect(cell.row, cell.col, cell.col, line)
        self._drag.begin_on(item, day, chip, point, self._zone)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if not self._drag.follow(event.position()):
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not self._drag.finish(event.position()):
            super().mouseReleaseEvent(event)

    def _dropped(self, occurrence: Occurrence, timing: Timing) -> None:
        # Shown where it was dropped at once; the reload after the save shows what was stored.
        key = occurrence_key(occurrence)
        self.set_occurrences(
            [
                replace(o, timing=timing) if occurrence_key(o) == key else o
                for o in (i.occurrence for i in self._items)
            ],
            self._zone,
        )
        self._go(first_day(timing, self._zone), follow_month=False)  # the selection goes with it
        self._chosen = key
        self.occurrence_moved.emit(occurrence, timing)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        target = self._target_at(event.position())
        if event.button() != Qt.MouseButton.LeftButton or target is None:
            super().mouseDoubleClickEvent(event)
            return
        day, item, more = target
        if item is not None:
            self.occurrence_activated.emit(item.occurrence)
        elif not more:
            self.day_activated.emit(day)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key == Qt.Key.Key_Escape and self._drag.cancel():
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            chosen = self.selected_occurrence()
            if chosen is not None:
                self.occurrence_activated.emit(chosen)
            else:
                self.day_activated.emit(self._selected)
            return
        day = day_keys.in_month(key, self._selected)
        if day is None:
            super().keyPressEvent(event)
        else:
            self._go(day, follow_month=True)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            if not self._drag.dragging:
                self._show_tooltip(event)
            return True
        return super().event(event)

    def _show_tooltip(self, event: QHelpEvent) -> None:
        text = self.tooltip_at(QPointF(event.pos()))
        if text:
            QToolTip.showText(event.globalPos(), text, self)
        else:
            QToolTip.hideText()
            event.ignore()

    def tooltip_at(self, point: QPointF) -> str:
        """The tooltip for a point: the event under it, or what a "+N more" hides."""
        target = self._target_at(point)
        if target is None:
            return ""
        day, item, more = target
        if more:
            hidden = self._grid()[0].cells[day].hidden()
            return "<br>".join(tooltip_html(o, self._zone, brief=True) for o in hidden)
        if item is None:
            count = self._deadlines.get(day, 0)
            return deadlines_text(count) if count else ""
        return tooltip_html(item.occurrence, self._zone)

    # --- painting --------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        layout, geometry = self._grid()
        painter = QPainter(self)
        ahead, state = self._frame, self._state(self._selected, self._chosen, self.hasFocus(),
                                                self._month)  # fmt: skip
        if ahead is not None and not self._drag.dragging and ahead.fits(self._cache, state):
            painter.drawPixmap(0, 0, ahead.pixmap)
            painter.end()
            return
        self._frame = None  # the window moved on from what was painted ahead
        frame = self._painter(painter, layout, geometry, self._selected, self._chosen,
                              self.hasFocus())  # fmt: skip
        frame.paint()
        self._drag.paint(frame)
        painter.end()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._drag.cancel()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()


def _months_between(day: date, first: date) -> int:
    return (first.year - day.year) * 12 + first.month - day.month
