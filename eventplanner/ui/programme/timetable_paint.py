"""Painting a day of the timetable, fast enough to repaint it whole while a block is dragged.

A ``DayPicture`` keeps what it painted: each block's place, colours and lines elided to its
width (the lines kept across resizes), and the day itself (the hours, the stages' columns,
the breaks, the blocks and the stages' names) in a pixmap as large as the view. A paint
copies the exposed part of that pixmap, first painting into it what of that part was never
painted or has changed since, and only the blocks that this part touches. A block that is
selected or dragged (and so looks otherwise) is painted again on its own; another day, size,
font or palette starts the picture anew. The drag's outline and the current time are drawn
over the copy, as they are at that moment.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap, QRegion, QStaticText

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


@dataclass(slots=True)
class BlockPaint:
    """A session's block as painted: its place, its kind's colours and its lines (time,
    title, people) elided to its width, only as many as its height holds."""

    placed: Placed
    session_id: int | None
    rect: QRectF
    strip: QRectF
    """The kind's colour down the left edge."""
    outline: QRectF
    """Where the selection's or a clash's outline goes."""
    fill: QColor
    faded: QColor
    """The fill while the block is dragged."""
    hue: QColor
    clashing: bool
    left: float
    top: float
    right: float
    bottom: float
    lines: list[tuple[int, QPointF, QStaticText]]


Lines = tuple[tuple[int, int, QStaticText], ...]
"""A block's lines as (font, height, text), placed one under the other."""


def hour_minute(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


def block_lines(
    placed: Placed, width: int, height: float, style: TimetableStyle, people: dict[int, str]
) -> Lines:
    """The time (marked when it clashes), the title and the people, each elided to
    ``width`` less the margins, as many as ``height`` holds. A block with room for two
    lines only (half an hour) has its people after the time, on the time's line."""
    record = placed.session
    times = f"{hour_minute(placed.top)}–{hour_minute(placed.bottom)}"
    if placed.overlapping:
        times = "⚠ " + times
    names = people.get(record.id or 0, "")
    room = height - 2
    small, bold = style.heights[SMALL], style.heights[BOLD]
    if names and small + bold <= room < small + bold + small:
        times, names = f"{times} · {names}", ""
    wanted = [(SMALL, times), (BOLD, record.title)]
    if names:
        wanted.append((SMALL, names))
    lines: list[tuple[int, int, QStaticText]] = []
    for font, text in wanted:
        line_height = style.heights[font]
        if line_height > room:
            break
        room -= line_height
        lines.append((font, line_height, style.static_line(font, text, width - 12)))
    return tuple(lines)


def block_paints(
    placed: list[Placed],
    grid: Grid,
    style: TimetableStyle,
    people: dict[int, str],
    lines_of: dict[tuple[object, ...], Lines],
) -> list[BlockPaint]:
    """Each placed session's block on ``grid``; ``lines_of`` keeps the blocks' lines from
    one grid to the next (a resize moves a block more often than it changes its lines)."""
    made = []
    column_width, first, top_y = grid.column_width, grid.first_minute, grid.top
    for item in placed:
        # Grid.block_rect's arithmetic, in the same order, without a QRectF per step
        width = column_width / item.lanes
        y = top_y + (item.top - first) * PER_MINUTE
        left = GUTTER + column_width * item.column + item.lane * width + 2
        top = y + 1
        height = max(6.0, top_y + (item.bottom - first) * PER_MINUTE - y - 2)
        block_width = width - 5
        record = item.session
        key = (record.id, record.title, item.top, item.bottom, item.overlapping,
               int(block_width), height, people.get(record.id or 0, ""))  # fmt: skip
        lines = lines_of.get(key)
        if lines is None:
            lines = lines_of[key] = block_lines(item, int(block_width), height, style, people)
        placed_lines = []
        x, line_y = left + 8, top + 2
        for font, line_height, line in lines:
            placed_lines.append((font, QPointF(x, line_y), line))
            line_y += line_height
        kind = record.kind
        made.append(BlockPaint(
            item, record.id, QRectF(left, top, block_width, height),
            QRectF(left, top, 4, height), QRectF(left + 1, top + 1, block_width - 2, height - 2),
            style.fills[kind], style.faded[kind], style.hues[kind], item.overlapping,
            left, top, left + block_width, top + height, placed_lines,
        ))  # fmt: skip
    return made


class DayPicture:
    """A day's timetable as last painted (the grid, the hours, the breaks, the blocks and
    the stages' names), kept in a pixmap as large as the widget until what it was made from
    changes. Only what is exposed is painted into it, once; a block whose look changes (it
    is selected, or dragged) is painted again on its own."""

    def __init__(self) -> None:
        self._blocks: list[BlockPaint] = []
        self._blocks_of: tuple[object, ...] = ()
        self._lines: dict[tuple[object, ...], Lines] = {}
        self._scene: QPixmap | None = None
        self._scene_of: tuple[object, ...] = ()
        self._painted = QRegion()
        self._selected: int | None = None
        self._dragged: Placed | None = None

    def clear(self) -> None:
        """Forget everything: another day, or other people on its sessions."""
        self._blocks, self._blocks_of, self._lines = [], (), {}
        self._scene, self._scene_of = None, ()
        self._painted = QRegion()

    def blocks(
        self, layout: DayLayout, grid: Grid, style: TimetableStyle, people: dict[int, str]
    ) -> list[BlockPaint]:
        """The day's blocks, in the layout's order (the last one painted on top)."""
        made_of = (layout.placed, grid, style)
        if not _same(made_of, self._blocks_of):
            if self._blocks_of[2:] != (style,) or len(self._lines) > _LINES_KEPT:
                self._lines = {}
            self._blocks = block_paints(layout.placed, grid, style, people, self._lines)
            self._blocks_of = made_of
        return self._blocks

    def paint(self, painter: QPainter, exposed: QRect, day: Day) -> None:
        """Copy ``exposed`` of the day's picture onto ``painter``, painting first what of it
        is not painted yet or has changed."""
        blocks = self.blocks(day.layout, day.grid, day.style, day.people)
        # Not the size: a view made taller, or narrower than its columns need (scrolled
        # across), keeps what it painted; only a new column width paints anew.
        made_of = (day.layout, day.layout.pauses, day.layout.placed, day.grid, day.style,
                   day.ratio, day.header)  # fmt: skip
        ratio = day.ratio
        wanted = QSize(round(day.size.width() * ratio), round(day.size.height() * ratio))
        kept = self._scene
        if kept is None or kept.width() < wanted.width() or kept.height() < wanted.height():
            # a little larger than asked, so that a window resized by hand does not make a
            # new one at every step
            self._scene = QPixmap(-(-wanted.width() // _SLACK) * _SLACK,
                                  -(-wanted.height() // _SLACK) * _SLACK)  # fmt: skip
            self._scene.setDevicePixelRatio(ratio)
            self._scene_of = ()
        if not _same(made_of, self._scene_of):
            self._scene_pixmap().setDevicePixelRatio(ratio)
            self._scene_of, self._painted = made_of, QRegion()
            self._selected, self._dragged = day.selected, day.dragged
        if day.selected != self._selected:
            self._forget(b for b in blocks if b.session_id in (day.selected, self._selected))
            self._selected = day.selected
        if day.dragged is not self._dragged:
            self._forget(b for b in blocks if b.placed is day.dragged or b.placed is self._dragged)
            self._dragged = day.dragged
        missing = QRegion(exposed).subtracted(self._painted)
        if not missing.isEmpty():
            area = missing.boundingRect()
            scene = QPainter(self._scene_pixmap())
            if area != QRect(QPoint(0, 0), day.size):  # a clip makes each shape cost twice
                scene.setClipRect(area)
            paint_background(scene, area, day.layout, day.grid, day.style)
            paint_blocks(scene, blocks, area, day.style, day.selected, day.dragged)
            if day.header and area.top() < HEADER:
                paint_header(scene, day.layout.columns, day.grid, day.style, BOLD)
            scene.end()
            self._painted = self._painted.united(area)
        ratio = day.ratio
        painter.drawPixmap(QRectF(exposed), self._scene_pixmap(),
                           QRectF(exposed.x() * ratio, exposed.y() * ratio,
                                  exposed.width() * ratio, exposed.height() * ratio))  # fmt: skip

    def _scene_pixmap(self) -> QPixmap:
        assert self._scene is not None
        return self._scene

    def _forget(self, blocks: Iterable[BlockPaint]) -> None:
        """Paint these blocks' places again when next shown."""
        for block in blocks:
            place = block.rect.toAlignedRect().adjusted(-_MARGIN, -_MARGIN, _MARGIN, _MARGIN)
            self._painted = self._painted.subtracted(QRegion(place))


@dataclass(frozen=True, slots=True)
class Day:
    """What a paint of the day is made from."""

    layout: DayLayout
    grid: Grid
    style: TimetableStyle
    people: dict[int, str]
    size: QSize
    ratio: float
    selected: int | None
    dragged: Placed | None
    header: bool
    """The stages' names painted over the grid (not in a ``TimetableHeader`` above it)."""


_MARGIN = 3
"""Pixels around a block that its painting may touch (a glyph reaching out of its line)."""
_LINES_KEPT = 4000
_SLACK = 128


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
        if y < area.top() - 20 or y > area.top() + area.height() + 20:
            continue
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
    last = {(pause.top, pause.bottom): index for index, pause in enumerate(layout.pauses)}
    for index, pause in enumerate(layout.pauses):
        untitled = pause.session.stage_id is not None
        if untitled and last[pause.top, pause.bottom] != index:
            continue  # the same band again later (a break on every stage) covers this one
        band = QRectF(GUTTER, grid.y_of(pause.top), right - GUTTER,
                      grid.y_of(pause.bottom) - grid.y_of(pause.top))  # fmt: skip
        if not band.intersects(QRectF(area)):
            continue
        painter.fillRect(band, style.shade)
        painter.fillRect(band, style.hatch)
        if not untitled:
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
    text = style.text
    for block in blocks:
        if block.left >= right or block.right <= left or block.top >= bottom or \
                block.bottom <= top:  # fmt: skip
            continue
        painter.setPen(_NO_PEN)
        painter.setBrush(block.faded if block.placed is dragged else block.fill)
        painter.drawRoundedRect(block.rect, 4, 4)
        painter.fillRect(block.strip, block.hue)
        chosen = block.session_id == selected
        if chosen or block.clashing:
            painter.setPen(style.selected if chosen else style.clashing)
            painter.setBrush(_NO_BRUSH)
            painter.drawRoundedRect(block.outline, 4, 4)
        painter.setPen(text)
        for index, (line_font, at, line) in enumerate(block.lines):
            if line_font != font:
                font = line_font
                painter.setFont(style.fonts[font])
            if index == 0 and block.clashing:
                painter.setPen(style.clash_text)
                painter.drawStaticText(at, line)
                painter.setPen(text)
            else:
                painter.drawStaticText(at, line)


_NO_PEN = Qt.PenStyle.NoPen
_NO_BRUSH = Qt.BrushStyle.NoBrush


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
