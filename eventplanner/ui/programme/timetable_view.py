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

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QStaticText,
)
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

from eventplanner.domain.programme import Session, SessionKind
from eventplanner.domain.timezones import zone
from eventplanner.ui.palette import is_dark, mix
from eventplanner.ui.programme.timetable_layout import (
    SNAP,
    DayLayout,
    Placed,
    at_minute,
    in_lanes,
    minute_of,
    snapped,
)

HEADER = 30
GUTTER = 52
COLUMN_MIN = 160
PER_MINUTE = 1.2
EDGE = 6
"""Pixels above a block's lower edge that resize instead of move."""

KIND_HUES: dict[SessionKind, QColor] = {
    SessionKind.KEYNOTE: QColor("#7b3fa0"),
    SessionKind.TALK: QColor("#2f6db5"),
    SessionKind.PANEL: QColor("#1d8a7a"),
    SessionKind.WORKSHOP: QColor("#c26a12"),
    SessionKind.BREAK: QColor("#8a8a8a"),
    SessionKind.LUNCH: QColor("#8a8a8a"),
    SessionKind.NETWORKING: QColor("#5b8a2a"),
    SessionKind.EXHIBITION: QColor("#a0527a"),
    SessionKind.OTHER: QColor("#60707f"),
}
CLASH = QColor("#c62828")


def kind_colour(kind: SessionKind) -> QColor:
    return KIND_HUES.get(kind, KIND_HUES[SessionKind.OTHER])


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
        self._texts: dict[tuple[int, int, int, int, bool], list[tuple[int, QStaticText]]] = {}
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
        self._texts.clear()
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
        width = self.column_width() / lanes
        y = self.y_of(top)
        return QRectF(GUTTER + self.column_width() * column + lane * width + 2, y + 1,
                      width - 5, max(6.0, self.y_of(bottom) - y - 2))  # fmt: skip

    def placed_rect(self, placed: Placed) -> QRectF:
        return self.block_rect(placed.column, placed.top, placed.bottom, placed.lane,
                               placed.lanes)  # fmt: skip

    def rect_of(self, session_id: int) -> QRectF:
        placed = self._placed(session_id)
        assert placed is not None
        return self.placed_rect(placed)

    def _hit(self, point: QPoint) -> Placed | None:
        if self._layout is None:
            return None
        for placed in reversed(self._layout.placed):
            if self.placed_rect(placed).contains(point):
                return placed
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

    def paintEvent(self, event: QPaintEvent) -> None:
        layout = self._layout
        painter = QPainter(self)
        clip = QRectF(event.rect())
        palette = self.palette()
        base = palette.base().color()
        text = palette.text().color()
        dark = is_dark()
        painter.fillRect(event.rect(), base)
        if layout is None:
            painter.end()
            return
        width = self.column_width()
        columns = len(layout.columns)
        right = GUTTER + columns * width
        line = mix(base, text, 0.12)
        faint = mix(base, text, 0.06)
        small = QFont(painter.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        # the hours
        painter.setFont(small)
        for minute in range(layout.first_minute, layout.last_minute + 1, 30):
            y = self.y_of(minute)
            if y < clip.top() - 20 or y > clip.bottom() + 20:
                continue
            painter.setPen(QPen(line if minute % 60 == 0 else faint, 1))
            painter.drawLine(QPoint(GUTTER, int(y)), QPoint(int(right), int(y)))
            if minute % 60 == 0 and minute < layout.last_minute:
                painter.setPen(mix(base, text, 0.6))
                painter.drawText(QRectF(0, y + 1, GUTTER - 6, 16),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                                 f"{minute // 60:02d}:00")  # fmt: skip
        # the stages' columns
        painter.setPen(QPen(line, 1))
        for index in range(columns + 1):
            x = int(GUTTER + index * width)
            painter.drawLine(x, 0, x, int(self.y_of(layout.last_minute)))
        # breaks and lunches, across every stage
        shade = mix(base, text, 0.09)
        for pause in layout.pauses:
            band = QRectF(GUTTER, self.y_of(pause.top), right - GUTTER,
                          self.y_of(pause.bottom) - self.y_of(pause.top))  # fmt: skip
            if not band.intersects(clip):
                continue
            painter.fillRect(band, QBrush(shade))
            painter.fillRect(band, QBrush(mix(base, text, 0.16), Qt.BrushStyle.BDiagPattern))
            if pause.session.stage_id is None:
                painter.setPen(mix(base, text, 0.7))
                painter.drawText(band.adjusted(6, 0, -6, 0), Qt.AlignmentFlag.AlignCenter,
                                 pause.session.title)  # fmt: skip
        # the sessions
        bold = QFont(painter.font())
        bold.setBold(True)
        hues = {kind: kind_colour(kind) for kind in SessionKind}
        amount = 0.35 if dark else 0.22
        shared = Fonts((small, bold), (QFontMetrics(small), QFontMetrics(bold)), hues,
                       {kind: mix(base, hue, amount) for kind, hue in hues.items()},
                       text, palette.highlight().color())  # fmt: skip
        dragged = self._drag.placed if self._drag and self._drag.started else None
        for placed in layout.placed:
            rect = self.placed_rect(placed)
            if not rect.intersects(clip):
                continue
            faded = dragged is not None and placed is dragged
            self._paint_block(painter, placed, rect, faded, shared)
        # the header
        if self.top >= HEADER and QRectF(0, 0, right, self.top).intersects(clip):
            paint_header(painter, layout, width, right, bold, palette)
        # a drag under way
        drag = self._drag
        if drag is not None and drag.started:
            rect = self.block_rect(drag.column, drag.top, max(drag.bottom, drag.top + SNAP))
            pen = QPen(palette.highlight().color(), 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            fill = QColor(palette.highlight().color())
            fill.setAlpha(50)
            painter.setBrush(fill)
            painter.drawRoundedRect(rect, 4, 4)
            painter.setFont(small)
            painter.setPen(palette.text().color())
            painter.drawText(rect.adjusted(6, 2, -4, -2),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                             f"{_hm(drag.top)}–{_hm(drag.bottom)}")  # fmt: skip
        # now
        now = self.now
        if now is not None:
            local = now.astimezone(zone(self._time_zone))
            if local.date() == layout.day:
                y = self.y_of(minute_of(local))
                painter.setPen(QPen(CLASH, 2))
                painter.drawLine(QPoint(GUTTER - 4, int(y)), QPoint(int(right), int(y)))
        painter.end()

    def _lines(self, placed: Placed, rect: QRectF, fonts: Fonts) -> list[tuple[int, QStaticText]]:
        """The block's lines (time, title, people), each as (font, text) elided to fit and
        only as many as its height holds; kept until the day or the width changes."""
        key = (placed.session.id or 0, placed.top, placed.bottom, int(rect.width()),
               placed.overlapping)  # fmt: skip
        made = self._texts.get(key)
        if made is not None:
            return made
        record = placed.session
        width = int(rect.width()) - 12
        times = f"{_hm(placed.top)}–{_hm(placed.bottom)}"
        if placed.overlapping:
            times = "⚠ " + times
        wanted = [(SMALL, times), (BOLD, record.title)]
        people = self._people.get(record.id or 0, "")
        if people:
            wanted.append((SMALL, people))
        made = []
        room = rect.height() - 2
        for font, text in wanted:
            metrics = fonts.metrics[font]
            if metrics.height() > room:
                break
            room -= metrics.height()
            line = QStaticText(metrics.elidedText(text, Qt.TextElideMode.ElideRight, width))
            line.setTextFormat(Qt.TextFormat.PlainText)
            line.prepare(font=fonts.fonts[font])
            made.append((font, line))
        self._texts[key] = made
        return made

    def _paint_block(
        self, painter: QPainter, placed: Placed, rect: QRectF, faded: bool, fonts: Fonts
    ) -> None:
        record = placed.session
        hue = fonts.hues[record.kind]
        fill = fonts.fills[record.kind]
        if faded:
            fill = QColor(fill)
            fill.setAlpha(110)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 4, 4)
        painter.fillRect(QRectF(rect.left(), rect.top(), 4, rect.height()), hue)
        outline = None
        if record.id == self._selected:
            outline = fonts.highlight
        elif placed.overlapping:
            outline = CLASH
        if outline is not None:
            painter.setPen(QPen(outline, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 4, 4)
        y = rect.top() + 2
        left = rect.left() + 8
        painter.setPen(fonts.text)
        for index, (font, line) in enumerate(self._lines(placed, rect, fonts)):
            painter.setFont(fonts.fonts[font])
            if placed.overlapping and index == 0:
                painter.setPen(CLASH)
            painter.drawStaticText(QPointF(left, y), line)
            if placed.overlapping and index == 0:
                painter.setPen(fonts.text)
            y += fonts.metrics[font].height()


def paint_header(
    painter: QPainter, layout: DayLayout, width: float, right: float, bold: QFont,
    palette: QPalette,
) -> None:  # fmt: skip
    """The stages' names over their columns."""
    line = mix(palette.base().color(), palette.text().color(), 0.12)
    painter.fillRect(QRectF(0, 0, right, HEADER), palette.window())
    painter.setPen(QPen(line, 1))
    painter.drawLine(0, HEADER - 1, int(right), HEADER - 1)
    painter.setFont(bold)
    painter.setPen(palette.windowText().color())
    metrics = QFontMetrics(bold)
    for index, (_ident, name) in enumerate(layout.columns):
        cell = QRectF(GUTTER + index * width + 6, 0, width - 12, HEADER)
        painter.drawText(cell, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         metrics.elidedText(name, Qt.TextElideMode.ElideRight,
                                            int(cell.width())))  # fmt: skip


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
            bold = QFont(painter.font())
            bold.setBold(True)
            width = self._view.column_width()
            right = GUTTER + len(layout.columns) * width
            paint_header(painter, layout, width, right, bold, self.palette())
        painter.end()


SMALL, BOLD = 0, 1


@dataclass(slots=True)
class Fonts:
    """What every block of one paint shares: fonts, their metrics, colours by kind."""

    fonts: tuple[QFont, QFont]
    metrics: tuple[QFontMetrics, QFontMetrics]
    hues: dict[SessionKind, QColor]
    fills: dict[SessionKind, QColor]
    text: QColor
    highlight: QColor


def _hm(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"
