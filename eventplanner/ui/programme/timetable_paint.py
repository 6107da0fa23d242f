"""Painting a day of the timetable, fast enough to repaint it whole while a block is dragged.

What does not change from one paint to the next is worked out once and kept in a
``DayPicture``: the grid, the hours and the breaks drawn into a pixmap (made again when the
day, the size, the font or the palette changes), and each block's place, colours and lines
elided to its width. A paint copies the exposed part of the pixmap and draws only the blocks
that the exposed rectangle touches; the selection, the block being dragged, the drag's
outline and the current time are drawn over them as they are at that moment.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPixmap, QStaticText

from eventplanner.ui.programme.timetable_layout import DayLayout, Placed
from eventplanner.ui.programme.timetable_style import BOLD, NAME, SMALL, TimetableStyle

HEADER = 30
GUTTER = 52
COLUMN_MIN = 160
PER_MINUTE = 1.2


@dataclass(frozen=True, slots=True)
class Grid:
    """Where a day's minutes and columns are on the widget."""

    top: int
    first_minute: int
    last_minute: int
    columns: int
    column_width: float

    @property
    def right(self) -> float:
        return GUTTER + self.columns * self.column_width

    def y_of(self, minute: float) -> float:
        return self.top + (minute - self.first_minute) * PER_MINUTE

    def block_rect(
        self, column: int, top: int, bottom: int, lane: int = 0, lanes: int = 1
    ) -> QRectF:
        width = self.column_width / lanes
        y = self.y_of(top)
        return QRectF(GUTTER + self.column_width * column + lane * width + 2, y + 1,
                      width - 5, max(6.0, self.y_of(bottom) - y - 2))  # fmt: skip


@dataclass(frozen=True, slots=True)
class BlockPaint:
    """A session's block as painted: its place, its kind's colours and its lines (time,
    title, people) elided to its width, only as many as its height holds."""

    placed: Placed
    rect: QRectF
    left: float
    top: float
    right: float
    bottom: float
    lines: tuple[tuple[int, QPointF, QStaticText], ...]


def _hm(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


def block_paint(
    placed: Placed, rect: QRectF, style: TimetableStyle, people: dict[int, str]
) -> BlockPaint:
    record = placed.session
    width = int(rect.width()) - 12
    times = f"{_hm(placed.top)}–{_hm(placed.bottom)}"
    if placed.overlapping:
        times = "⚠ " + times
    wanted = [(SMALL, times), (BOLD, record.title)]
    names = people.get(record.id or 0, "")
    if names:
        wanted.append((SMALL, names))
    lines: list[tuple[int, QPointF, QStaticText]] = []
    room = rect.height() - 2
    left, y = rect.left() + 8, rect.top() + 2
    for font, text in wanted:
        height = style.heights[font]
        if height > room:
            break
        room -= height
        lines.append((font, QPointF(left, y), style.static_line(font, text, width)))
        y += height
    return BlockPaint(placed, rect, rect.left(), rect.top(), rect.right(), rect.bottom(),
                      tuple(lines))  # fmt: skip


class DayPicture:
    """A day's timetable as last painted, kept until what it was made from changes."""

    def __init__(self) -> None:
        self._blocks: list[BlockPaint] = []
        self._blocks_of: tuple[object, ...] = ()
        self._background: QPixmap | None = None
        self._background_of: tuple[object, ...] = ()

    def clear(self) -> None:
        """Forget everything: another day, or other people on its sessions."""
        self._blocks, self._blocks_of = [], ()
        self._background, self._background_of = None, ()

    def blocks(
        self, layout: DayLayout, grid: Grid, style: TimetableStyle, people: dict[int, str]
    ) -> list[BlockPaint]:
        """The day's blocks, in the layout's order (the last one painted on top)."""
        made_of = (layout.placed, grid, style)
        if not _same(made_of, self._blocks_of):
            self._blocks = [block_paint(p, grid.block_rect(p.column, p.top, p.bottom, p.lane,
                                                           p.lanes), style, people)
                            for p in layout.placed]  # fmt: skip
            self._blocks_of = made_of
        return self._blocks

    def background(
        self, layout: DayLayout, grid: Grid, style: TimetableStyle, size: QSize, ratio: float
    ) -> QPixmap:
        """The grid, the hours and the breaks, as large as the widget."""
        made_of = (layout, layout.pauses, grid, style, size, ratio)
        if self._background is None or not _same(made_of, self._background_of):
            pixmap = QPixmap(round(size.width() * ratio), round(size.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            painter = QPainter(pixmap)
            paint_background(painter, QRect(QPoint(0, 0), size), layout, grid, style)
            painter.end()
            self._background, self._background_of = pixmap, made_of
        return self._background


def _same(a: tuple[object, ...], b: tuple[object, ...]) -> bool:
    """Made of the same things: the same lists and layouts (not merely equal ones, as a
    layout changes in place), equal grids and sizes."""
    if len(a) != len(b):
        return False
    for mine, theirs in zip(a, b, strict=True):
        if isinstance(mine, list | DayLayout | TimetableStyle):
            if mine is not theirs:
                return False
        elif mine != theirs:
            return False
    return True


def paint_background(
    painter: QPainter, area: QRect, layout: DayLayout, grid: Grid, style: TimetableStyle
) -> None:
    """The hours' lines and times, the stages' columns, and the breaks shaded across
    every stage."""
    painter.fillRect(area, style.base)
    right = grid.right
    painter.setFont(style.fonts[SMALL])
    for minute in range(layout.first_minute, layout.last_minute + 1, 30):
        y = grid.y_of(minute)
        painter.setPen(style.line if minute % 60 == 0 else style.faint)
        painter.drawLine(QPoint(GUTTER, int(y)), QPoint(int(right), int(y)))
        if minute % 60 == 0 and minute < layout.last_minute:
            painter.setPen(style.hour)
            painter.drawText(QRectF(0, y + 1, GUTTER - 6, 16),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                             f"{minute // 60:02d}:00")  # fmt: skip
    painter.setPen(style.line)
    bottom = int(grid.y_of(layout.last_minute))
    for index in range(grid.columns + 1):
        x = int(GUTTER + index * grid.column_width)
        painter.drawLine(x, 0, x, bottom)
    for pause in layout.pauses:
        band = QRectF(GUTTER, grid.y_of(pause.top), right - GUTTER,
                      grid.y_of(pause.bottom) - grid.y_of(pause.top))  # fmt: skip
        painter.fillRect(band, style.shade)
        painter.fillRect(band, style.hatch)
        if pause.session.stage_id is None:
            painter.setPen(style.pause_title)
            painter.drawText(band.adjusted(6, 0, -6, 0), Qt.AlignmentFlag.AlignCenter,
                             pause.session.title)  # fmt: skip


def paint_blocks(
    painter: QPainter,
    blocks: list[BlockPaint],
    exposed: QRect,
    style: TimetableStyle,
    selected: int | None,
    dragged: Placed | None,
) -> None:
    """The blocks that ``exposed`` touches: each its kind's fill and strip, outlined when
    selected or clashing, and its lines; the one being dragged faded."""
    left, top = exposed.left(), exposed.top()
    right, bottom = left + exposed.width(), top + exposed.height()
    font = -1
    for block in blocks:
        if block.left >= right or block.right <= left or block.top >= bottom or \
                block.bottom <= top:  # fmt: skip
            continue
        placed = block.placed
        record = placed.session
        rect = block.rect
        painter.setPen(Qt.PenStyle.NoPen)
        if placed is dragged:
            painter.setBrush(style.faded[record.kind])
        else:
            painter.setBrush(style.fills[record.kind])
        painter.drawRoundedRect(rect, 4, 4)
        painter.fillRect(QRectF(block.left, block.top, 4, rect.height()),
                         style.hues[record.kind])  # fmt: skip
        if record.id == selected or placed.overlapping:
            painter.setPen(style.selected if record.id == selected else style.clashing)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 4, 4)
        painter.setPen(style.text)
        for index, (line_font, at, line) in enumerate(block.lines):
            if line_font != font:
                font = line_font
                painter.setFont(style.fonts[font])
            if index == 0 and placed.overlapping:
                painter.setPen(style.clash_text)
                painter.drawStaticText(at, line)
                painter.setPen(style.text)
            else:
                painter.drawStaticText(at, line)


def paint_header(
    painter: QPainter,
    columns: list[tuple[int, str]],
    grid: Grid,
    style: TimetableStyle,
    font: int = NAME,
) -> None:
    """The stages' names over their columns, in ``style.fonts[font]``."""
    right = grid.right
    painter.fillRect(QRectF(0, 0, right, HEADER), style.header_fill)
    painter.setPen(style.header_line)
    painter.drawLine(0, HEADER - 1, int(right), HEADER - 1)
    painter.setFont(style.fonts[font])
    painter.setPen(style.header_text)
    width = grid.column_width
    for index, (_ident, name) in enumerate(columns):
        cell = QRectF(GUTTER + index * width + 6, 0, width - 12, HEADER)
        painter.drawText(cell, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         style.elided(font, name, int(cell.width())))  # fmt: skip
