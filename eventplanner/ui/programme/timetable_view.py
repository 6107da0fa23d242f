"""One day of an event's timetable: stages as columns, sessions as blocks, breaks shaded
across every stage, the current time marked. Drag a block to move it (to another stage
too), its lower edge to change when it ends, empty space to make a session; the arrow keys
move the selected block by five minutes or to the next stage, Shift with them changes its
length. Nothing is written here: the view says what was asked (``session_changed``,
``create_requested``) and shows it at once; the window writes it and reads it back.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from enum import Enum

from PySide6.QtCore import QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

from eventplanner.domain.programme import Session
from eventplanner.domain.timezones import zone
from eventplanner.ui.programme.timetable_layout import (
    SNAP,
    DayLayout,
    Placed,
    at_minute,
    in_lanes,
    minute_of,
    snapped,
)
from eventplanner.ui.programme.timetable_paint import (
    COLUMN_MIN,
    GUTTER,
    HEADER,
    PER_MINUTE,
    Day,
    DayPicture,
    Grid,
    hour_minute,
    paint_header,
)
from eventplanner.ui.programme.timetable_style import SMALL, TimetableStyle, kind_colour

EDGE = 6
"""Pixels above a block's lower edge that resize instead of move."""
__all__ = ["COLUMN_MIN", "GUTTER", "HEADER", "PER_MINUTE", "TimetableHeader", "TimetableView",
           "kind_colour"]  # fmt: skip


class Mode(Enum):
    MOVE = "move"
    RESIZE = "resize"
    CREATE = "create"


@dataclass(slots=True)
class Drag:
    mode: Mode
    origin: QPoint
    column: int
    top: int
    bottom: int
    placed: Placed | None = None
    grab: int = 0
    """Minutes from the block's top to where it was taken (its end, when resized)."""
    started: bool = False


class TimetableView(QWidget):
    """A day's grid. ``set_day`` gives it what to show; it paints and hears the mouse."""

    session_changed = Signal(object, object)
    """(before, after): a session moved, to another stage too, or given another length."""
    create_requested = Signal(object, object, object)
    """(stage id or None, start, end): space dragged over for a new session."""
    edit_requested = Signal(object)
    selection_changed = Signal(object)
    """The selected session, or None."""
    resized = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._layout: DayLayout | None = None
        self._time_zone = "UTC"
        self._people: dict[int, str] = {}
        self._selected: int | None = None
        self._drag: Drag | None = None
        self._picture = DayPicture()
        self.top = HEADER
        """Where the grid starts: below the stages' names, or at 4 px when a
        ``TimetableHeader`` above the scroll area names them."""
        self.now: datetime | None = None
        """The current time, marked on its day; None: none."""

    # -- what it shows -------------------------------------------------------------------

    def set_day(self, layout: DayLayout, time_zone: str, people: dict[int, str]) -> None:
        self._layout = layout
        self._time_zone = time_zone
        self._people = people
        self._drag = None
        self._picture.clear()
        if self.selected() is None and self._selected is not None:
            self._selected = None
            self.selection_changed.emit(None)
        self.updateGeometry()
        self.update()

    @property
    def day_layout(self) -> DayLayout | None:
        return self._layout

    def selected(self) -> Session | None:
        found = self._placed(self._selected)
        return None if found is None else found.session

    def select(self, session_id: int | None) -> None:
        if session_id != self._selected:
            self._selected = session_id
            self.selection_changed.emit(self.selected())
            self.update()

    def _placed(self, session_id: int | None) -> Placed | None:
        if self._layout is None or session_id is None:
            return None
        return next((p for p in self._layout.placed if p.session.id == session_id), None)

    # -- geometry ------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    def sizeHint(self) -> QSize:
        layout = self._layout
        columns = len(layout.columns) if layout else 3
        minutes = (layout.last_minute - layout.first_minute) if layout else 9 * 60
        return QSize(GUTTER + columns * COLUMN_MIN, self.top + int(minutes * PER_MINUTE) + 1)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def column_width(self) -> float:
        columns = max(1, len(self._layout.columns) if self._layout else 1)
        return max(COLUMN_MIN, (self.width() - GUTTER) / columns)

    def y_of(self, minute: float) -> float:
        first = self._layout.first_minute if self._layout else 0
        return self.top + (minute - first) * PER_MINUTE

    def minute_at(self, y: float) -> float:
        first = self._layout.first_minute if self._layout else 0
        return first + (y - self.top) / PER_MINUTE

    def column_at(self, x: float) -> int:
        columns = len(self._layout.columns) if self._layout else 1
        return max(0, min(columns - 1, int((x - GUTTER) // self.column_width())))

    def block_rect(
        self, column: int, top: int, bottom: int, lane: int = 0, lanes: int = 1
    ) -> QRectF:
        return self.grid().block_rect(column, top, bottom, lane, lanes)

    def placed_rect(self, placed: Placed) -> QRectF:
        return self.block_rect(placed.column, placed.top, placed.bottom, placed.lane,
                               placed.lanes)  # fmt: skip

    def rect_of(self, session_id: int) -> QRectF:
        placed = self._placed(session_id)
        assert placed is not None
        return self.placed_rect(placed)

    def _hit(self, point: QPoint) -> Placed | None:
        layout = self._layout
        if layout is None:
            return None
        style = TimetableStyle.of(self.font(), self.palette())
        for block in reversed(self._picture.blocks(layout, self.grid(), style, self._people)):
            if block.rect.contains(point):
                return block.placed
        return None

    # -- the mouse -----------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._layout is None:
            super().mousePressEvent(event)
            return
        point = event.position().toPoint()
        if point.y() < self.top or point.x() < GUTTER:
            return
        hit = self._hit(point)
        if hit is not None:
            self.select(hit.session.id)
            rect = self.placed_rect(hit)
            if rect.bottom() - point.y() <= EDGE:
                grab = hit.bottom - int(self.minute_at(point.y()))
                self._drag = Drag(Mode.RESIZE, point, hit.column, hit.top, hit.bottom, hit, grab)
            else:
                grab = int(self.minute_at(point.y())) - hit.top
                self._drag = Drag(Mode.MOVE, point, hit.column, hit.top, hit.bottom, hit, grab)
        else:
            self.select(None)
            minute = snapped(self.minute_at(point.y()))
            column = self.column_at(point.x())
            self._drag = Drag(Mode.CREATE, point, column, minute, minute)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        drag = self._drag
        point = event.position().toPoint()
        if drag is None:
            hit = self._hit(point)
            near_edge = hit is not None and (self.placed_rect(hit).bottom() - point.y() <= EDGE)
            shape = Qt.CursorShape.SizeVerCursor if near_edge else Qt.CursorShape.ArrowCursor
            self.setCursor(shape)
            return
        if not drag.started:
            if (point - drag.origin).manhattanLength() < QApplication.startDragDistance():
                return
            drag.started = True
        self.drag_to(point)

    def drag_to(self, point: QPoint) -> None:
        """Where the block (or the new session) being dragged would be, shown at once."""
        drag = self._drag
        layout = self._layout
        if drag is None or layout is None:
            return
        before = self._drag_rect(drag)
        minute = self.minute_at(point.y())
        low, high = layout.first_minute, layout.last_minute
        if drag.mode is Mode.MOVE and drag.placed is not None:
            length = drag.placed.bottom - drag.placed.top
            top = snapped(minute - drag.grab)
            top = max(low, min(high - length, top))
            drag.top, drag.bottom = top, top + length
            drag.column = self.column_at(point.x())
        elif drag.mode is Mode.RESIZE:
            drag.bottom = max(drag.top + SNAP, min(high, snapped(minute + drag.grab)))
        else:
            anchor = snapped(self.minute_at(drag.origin.y()))
            here = max(low, min(high, snapped(minute)))
            drag.top, drag.bottom = min(anchor, here), max(anchor, here)
        self.update(before.united(self._drag_rect(drag)).toAlignedRect().adjusted(-3, -3, 3, 3))

    def _drag_rect(self, drag: Drag) -> QRectF:
        rect = self.block_rect(drag.column, drag.top, max(drag.bottom, drag.top + SNAP))
        if drag.placed is not None:
            placed = drag.placed
            rect = rect.united(self.placed_rect(placed))
        return rect

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        if drag is None or not drag.started or self._layout is None:
            return
        layout = self._layout
        if drag.mode is Mode.CREATE:
            self.update()
            if drag.bottom - drag.top >= SNAP:
                self.create_requested.emit(
                    layout.stage_of(drag.column),
                    at_minute(layout.day, drag.top, self._time_zone),
                    at_minute(layout.day, drag.bottom, self._time_zone),
                )
            return
        assert drag.placed is not None
        self._change(drag.placed, drag.column, drag.top, drag.bottom)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        hit = self._hit(event.position().toPoint())
        self._drag = None
        if hit is not None:
            self.edit_requested.emit(hit.session)

    # -- the keyboard --------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape and self._drag is not None:
            self._drag = None
            self.update()
            return
        placed = self._placed(self._selected)
        if placed is None or self._layout is None:
            super().keyPressEvent(event)
            return
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        top, bottom, column = placed.top, placed.bottom, placed.column
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.edit_requested.emit(placed.session)
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -SNAP if key == Qt.Key.Key_Up else SNAP
            if shift:
                bottom = max(top + SNAP, bottom + step)
            else:
                top, bottom = top + step, bottom + step
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and not shift:
            column += -1 if key == Qt.Key.Key_Left else 1
            if not 0 <= column < len(self._layout.columns):
                return
        else:
            super().keyPressEvent(event)
            return
        if top < 0 or bottom > 24 * 60:
            return
        self._change(placed, column, top, bottom)

    # -- a change asked for --------------------------------------------------------------

    def _change(self, placed: Placed, column: int, top: int, bottom: int) -> None:
        layout = self._layout
        assert layout is not None
        if (column, top, bottom) == (placed.column, placed.top, placed.bottom):
            self.update()
            return
        before = placed.session
        stage_id = layout.stage_of(column) if column != placed.column else before.stage_id
        start = at_minute(layout.day, top, self._time_zone)
        end = at_minute(layout.day, bottom, self._time_zone)
        after = replace(before, start=start, end=end, stage_id=stage_id)
        if column != placed.column:
            after = replace(after, block_id=None)  # a block stays on its stage
        moved = replace(placed, session=after, column=column, top=top, bottom=bottom)
        layout.placed[layout.placed.index(placed)] = replace(moved, lane=0, lanes=1)
        layout.placed = in_lanes(layout.placed)
        layout.last_minute = max(layout.last_minute, min(24 * 60, -(-bottom // 60) * 60))
        layout.first_minute = min(layout.first_minute, top // 60 * 60)
        self.updateGeometry()
        self.update()
        self.session_changed.emit(before, after)

    # -- painting ------------------------------------------------------------------------

    def grid(self) -> Grid:
        """Where the day's minutes and columns are now."""
        layout = self._layout
        if layout is None:
            return Grid(self.top, 0, 9 * 60, 1, self.column_width())
        return Grid(self.top, layout.first_minute, layout.last_minute, len(layout.columns),
                    self.column_width())  # fmt: skip

    def paintEvent(self, event: QPaintEvent) -> None:
        layout = self._layout
        painter = QPainter(self)
        exposed = event.rect()
        palette = self.palette()
        style = TimetableStyle.of(self.font(), palette)
        if layout is None:
            painter.fillRect(exposed, style.base)
            painter.end()
            return
        grid = self.grid()
        drag = self._drag if self._drag is not None and self._drag.started else None
        dragged = None if drag is None else drag.placed
        day = Day(layout, grid, style, self._people, self.size(), self.devicePixelRatioF(),
                  self._selected, dragged, self.top >= HEADER)  # fmt: skip
        self._picture.paint(painter, exposed, day)
        right = grid.right
        if drag is not None:
            rect = grid.block_rect(drag.column, drag.top, max(drag.bottom, drag.top + SNAP))
            painter.setPen(style.drag)
            painter.setBrush(style.drag_fill)
            painter.drawRoundedRect(rect, 4, 4)
            painter.setFont(style.fonts[SMALL])
            painter.setPen(style.text)
            painter.drawText(rect.adjusted(6, 2, -4, -2),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                             f"{hour_minute(drag.top)}–{hour_minute(drag.bottom)}")  # fmt: skip
        now = self.now
        if now is not None:
            local = now.astimezone(zone(self._time_zone))
            if local.date() == layout.day:
                y = grid.y_of(minute_of(local))
                painter.setPen(style.now)
                painter.drawLine(QPoint(GUTTER - 4, int(y)), QPoint(int(right), int(y)))
        painter.end()


class TimetableHeader(QWidget):
    """The stages' names, kept in sight above the scrolling grid of ``view``."""

    def __init__(self, view: TimetableView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view = view
        self.offset = 0
        """The grid's horizontal scroll, in pixels."""
        self.setFixedHeight(HEADER)
        view.resized.connect(self.update)

    def paintEvent(self, event: QPaintEvent) -> None:
        layout = self._view.day_layout
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().window())
        if layout is not None:
            painter.translate(-self.offset, 0)
            style = TimetableStyle.of(self.font(), self.palette())
            paint_header(painter, layout.columns, self._view.grid(), style)
        painter.end()
