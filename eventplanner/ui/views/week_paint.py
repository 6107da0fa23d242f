"""Painting the week view: headers, the all-day row, the hour grid, the blocks and the now line."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPalette, QPen

from eventplanner.domain.enums import EventStatus
from eventplanner.domain.occurrence import Occurrence
from eventplanner.ui.labels import week_label
from eventplanner.ui.palette import chip_fill, chip_text, kind_colour, mix, red_day
from eventplanner.ui.text import time_text
from eventplanner.ui.views.month_layout import DAYS_A_WEEK, BarSegment, occurrence_key
from eventplanner.ui.views.month_paint import FADED, chip_path
from eventplanner.ui.views.month_text import more_text
from eventplanner.ui.views.week_geometry import WeekGeometry
from eventplanner.ui.views.week_layout import Block, WeekLayout
from eventplanner.ui.views.week_text import day_header_text, hour_text

_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_TOP_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
NOW_COLOUR = QColor("#E0352B")
WORK_HOURS = (8, 17)
"""The working day; hours outside it are shaded, as Outlook does."""
Role = QPalette.ColorRole


def wrap_lines(text: str, metrics: QFontMetrics, width: int, max_lines: int) -> list[str]:
    """``text`` broken at spaces into at most ``max_lines`` lines, the last one elided."""
    if max_lines <= 0 or width <= 0:
        return []
    lines: list[str] = []
    words = text.split()
    while words and len(lines) < max_lines - 1:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        if metrics.horizontalAdvance(line) > width:
            words.insert(0, line)  # one long word: elide it on the last line
            break
        lines.append(line)
    if words:
        lines.append(elide(" ".join(words), metrics, width))
    return lines


def elide(text: str, metrics: QFontMetrics, width: int) -> str:
    """``text`` cut with an ellipsis to ``width``; in a sliver too narrow for that, whole, so
    that the block's clip shows its first letters rather than a lone "…"."""
    if width < metrics.horizontalAdvance("Wo…"):
        return text
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


@dataclass(slots=True)
class WeekPainter:
    """Paints one frame of the week view with a painter already open on the widget."""

    painter: QPainter
    layout: WeekLayout
    geometry: WeekGeometry
    palette: QPalette
    font: QFont
    today: date
    selected: date
    chosen: tuple[int, object] | None
    focused: bool
    now: tuple[int, float] | None
    """The column and minute of the current-time line (None: not in this week)."""
    faded: tuple[int, object] | None = None
    """The event being dragged, drawn faint where it was."""
    holidays: Mapping[date, str] = field(default_factory=dict)
    """Swedish holidays by day: red in the header, named in the all-day row."""

    def paint(self) -> None:
        painter, geometry = self.painter, self.geometry
        painter.fillRect(QRectF(0, 0, geometry.width, geometry.height), self.colour(Role.Window))
        self.paint_header()
        self.paint_all_day()
        painter.save()
        painter.setClipRect(geometry.grid_rect())
        self.paint_grid()
        painter.restore()
        # The selection frames the day under its events, so it never cuts through a title.
        self.paint_selection()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint_bars()
        painter.save()
        painter.setClipRect(geometry.grid_rect())
        for block in self.layout.blocks:
            self.paint_block(block)
        self.paint_now()
        painter.restore()

    # --- helpers ---------------------------------------------------------------------------------

    def colour(self, role: QPalette.ColorRole) -> QColor:
        return self.palette.color(role)

    def styled(self, *, bold: bool = False, strike: bool = False, smaller: bool = False) -> QFont:
        font = QFont(self.font)
        font.setWeight(QFont.Weight.DemiBold if bold else QFont.Weight.Normal)
        font.setStrikeOut(strike)
        if smaller and font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 0.9)
        return font

    def fill(self, occurrence: Occurrence) -> QColor:
        return chip_fill(occurrence, self.colour(Role.Base), bar=True, text=self.colour(Role.Text))

    def line_colour(self, strength: float = 0.2) -> QColor:
        return mix(self.colour(Role.Base), self.colour(Role.Text), strength)

    def day_fill(self, col: int, *, off_hours: bool = False) -> QColor:
        base = self.colour(Role.Base)
        fill = base
        if col >= 5 or off_hours:
            # Hours off work and weekends recede: greyer on a light palette, darker on a dark one.
            dark = base.lightness() < 128
            fill = base.darker(125) if dark else mix(base, self.colour(Role.Text), 0.04)
        if self.layout.days[col] == self.today:
            fill = mix(fill, self.colour(Role.Highlight), 0.09)
        return fill

    # --- header and all-day row ------------------------------------------------------------------

    def paint_header(self) -> None:
        painter, geometry, pad = self.painter, self.geometry, self.geometry.pad
        dim = self.colour(Role.PlaceholderText)
        painter.setFont(self.styled())
        painter.setPen(dim)
        week = week_label(self.layout.monday.isocalendar().week)
        painter.drawText(geometry.corner_rect(), Qt.AlignmentFlag.AlignCenter, week)
        for col, day in enumerate(self.layout.days):
            rect = geometry.header_rect(col)
            text = day_header_text(day)
            if day == self.today:
                font = self.styled(bold=True)
                width = QFontMetrics(font).horizontalAdvance(text) + 3 * pad
                pill = QRectF(0, 0, min(width, rect.width() - 2), rect.height() - 2 * pad)
                pill.moveCenter(rect.center())
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(self.colour(Role.Highlight))
                painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
                painter.setPen(self.colour(Role.HighlightedText))
                painter.setFont(font)
            else:
                colour = dim if col >= 5 else self.colour(Role.WindowText)
                painter.setPen(self.red if day in self.holidays else colour)
                painter.setFont(self.styled(bold=day == self.selected))
            elided = painter.fontMetrics().elidedText(
                text, Qt.TextElideMode.ElideRight, int(rect.width()) - 2 * pad
            )
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, elided)

    def paint_all_day(self) -> None:
        painter, geometry = self.painter, self.geometry
        for col in range(DAYS_A_WEEK):
            painter.fillRect(geometry.all_day_rect(col), self.day_fill(col))
        row = geometry.all_day_rect()
        painter.setPen(QPen(self.line_colour(), 1))
        for col in range(DAYS_A_WEEK + 1):
            x = min(geometry.col_x(col), geometry.grid_right - 1) + 0.5
            painter.drawLine(QPointF(x, row.top()), QPointF(x, row.bottom()))
        painter.drawLine(QPointF(0, row.top() + 0.5), QPointF(row.right(), row.top() + 0.5))
        # The row's lower edge is the grid's upper edge: a firmer line, as in Outlook.
        painter.setPen(QPen(self.line_colour(0.35), 1))
        y = geometry.grid_top - 0.5
        painter.drawLine(QPointF(0, y), QPointF(geometry.grid_right, y))
        for col, day in enumerate(self.layout.days):
            name = self.holidays.get(day)
            if name:
                self.paint_holiday(col, name)

    @property
    def red(self) -> QColor:
        return red_day(self.colour(Role.Base).lightness() < 128)

    def paint_holiday(self, col: int, name: str) -> None:
        """The holiday's name on the first line of the all-day row its bars leave free."""
        geometry, layout = self.geometry, self.layout
        lines = max(geometry.shown_lanes, 1)
        lane = next((n for n in range(lines) if layout.bar_at(col, n) is None), None)
        if lane is None:
            return
        rect = geometry.lane_rect(col, col, lane).adjusted(geometry.pad, 0, 0, 0)
        metrics = QFontMetrics(self.styled())
        self.painter.setFont(self.styled())
        self.painter.setPen(self.red)
        self.painter.drawText(rect, _LEFT, elide(name, metrics, int(rect.width())))

    def paint_bars(self) -> None:
        painter, geometry = self.painter, self.geometry
        for segment in self.layout.bars:
            if segment.lane < geometry.shown_lanes:
                self.paint_bar(segment)
        if geometry.more_lane is not None:
            painter.setFont(self.styled(bold=True))
            painter.setPen(mix(self.colour(Role.Link), self.colour(Role.Text), 0.3))
            for col in range(DAYS_A_WEEK):
                hidden = sum(s.lane >= geometry.shown_lanes for s in self.layout.bars_in(col))
                if hidden:
                    rect = geometry.lane_rect(col, col, geometry.more_lane)
                    painter.drawText(rect.adjusted(geometry.pad, 0, 0, 0), _LEFT, more_text(hidden))

    def paint_bar(self, segment: BarSegment) -> None:
        painter, pad = self.painter, self.geometry.pad
        occurrence = segment.item.occurrence
        rect = self.geometry.bar_rect(segment)
        painter.save()
        if occurrence_key(occurrence) == self.faded:
            painter.setOpacity(FADED)
        path = chip_path(rect, pad * 0.8, segment.continues_before, segment.continues_after)
        fill = self.fill(occurrence)
        painter.fillPath(path, fill)
        stripe = max(pad, 3)
        if not segment.continues_before:
            painter.save()
            painter.setClipPath(path, Qt.ClipOperation.IntersectClip)
            painter.fillRect(
                QRectF(rect.left(), rect.top(), stripe, rect.height()), kind_colour(occurrence.kind)
            )
            painter.restore()
        if occurrence_key(occurrence) == self.chosen:
            painter.strokePath(path, QPen(self.colour(Role.Highlight), 2))
        point = rect.height() / 3
        text_rect = rect.adjusted(
            point if segment.continues_before else stripe + pad,
            0,
            -(point if segment.continues_after else pad),
            0,
        )
        font = self.styled(bold=True, strike=occurrence.status is EventStatus.CANCELLED)
        painter.setFont(font)
        painter.setPen(chip_text(occurrence.status, self.palette))
        title = QFontMetrics(font).elidedText(
            occurrence.title, Qt.TextElideMode.ElideRight, int(text_rect.width())
        )
        painter.drawText(text_rect, _LEFT, title)
        painter.restore()

    # --- the time grid ---------------------------------------------------------------------------

    def paint_grid(self) -> None:
        painter, geometry = self.painter, self.geometry
        start, end = WORK_HOURS
        for col in range(DAYS_A_WEEK):
            column = geometry.column_rect(col)
            painter.fillRect(column, self.day_fill(col, off_hours=True))
            work_top, work_bottom = geometry.y_of(start * 60), geometry.y_of(end * 60)
            work = QRectF(column.left(), work_top, column.width(), work_bottom - work_top)
            painter.fillRect(work, self.day_fill(col))
        gutter = QRectF(0, geometry.grid_top, geometry.gutter_width, geometry.viewport_height)
        painter.fillRect(gutter, self.colour(Role.Window))
        half = QPen(self.line_colour(0.08), 1, Qt.PenStyle.DashLine)
        full = QPen(self.line_colour(0.18), 1)
        first = max(int(geometry.top_minutes // 60), 0)
        last = min(int(geometry.bottom_minutes // 60) + 1, 24)
        left, right = geometry.gutter_width, geometry.grid_right
        for hour in range(first, last + 1):
            y = round(geometry.y_of(hour * 60))
            if hour:
                painter.setPen(full)
                painter.drawLine(0, y, right, y)
            if hour < 24:
                painter.setPen(half)
                half_y = round(geometry.y_of(hour * 60 + 30))
                painter.drawLine(left, half_y, right, half_y)
        painter.setPen(full)
        for col in range(DAYS_A_WEEK + 1):
            x = min(geometry.col_x(col), geometry.grid_right - 1)
            painter.drawLine(x, geometry.grid_top, x, geometry.height)
        painter.setFont(self.styled(smaller=True))
        painter.setPen(self.colour(Role.PlaceholderText))
        height = geometry.metrics.text_height
        # Each hour's label sits at the top of its hour, as in Outlook, so none is cut in half.
        for hour in range(first, min(last, 23) + 1):
            top = geometry.y_of(hour * 60) + geometry.pad / 2
            rect = QRectF(0, top, geometry.gutter_width - 2 * geometry.pad, height)
            painter.drawText(
                rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, hour_text(hour)
            )

    def paint_block(self, block: Block) -> None:
        painter, geometry, pad = self.painter, self.geometry, self.geometry.pad
        occurrence = block.occurrence
        rect = geometry.block_rect(block)
        if rect.bottom() < geometry.grid_top or rect.top() > geometry.height:
            return
        radius = pad * 0.9
        # A block cut at midnight has a square end there: its rounded corner lies out of sight.
        shape = rect.adjusted(
            0,
            -2 * radius if block.continues_before else 0,
            0,
            2 * radius if block.continues_after else 0,
        )
        path = QPainterPath()
        path.addRoundedRect(shape, radius, radius)
        fill = self.fill(occurrence)
        painter.save()
        if occurrence_key(occurrence) == self.faded:
            painter.setOpacity(FADED)
        painter.setClipRect(rect, Qt.ClipOperation.IntersectClip)
        painter.fillPath(path, fill)
        stripe = max(pad, 3)
        painter.save()
        painter.setClipPath(path, Qt.ClipOperation.IntersectClip)
        painter.fillRect(
            QRectF(rect.left(), rect.top(), stripe, rect.height()), kind_colour(occurrence.kind)
        )
        painter.restore()
        # A rim of the base colour keeps touching blocks apart.
        painter.strokePath(path, QPen(self.colour(Role.Base), 1))
        if occurrence_key(occurrence) == self.chosen:
            painter.strokePath(path, QPen(self.colour(Role.Highlight), 2.5))
        self.paint_block_text(block, rect.adjusted(stripe + pad, pad / 2, -pad, -pad / 2), fill)
        painter.restore()

    def paint_block_text(self, block: Block, rect: QRectF, fill: QColor) -> None:
        painter, occurrence = self.painter, block.occurrence
        cancelled = occurrence.status is EventStatus.CANCELLED
        colour = chip_text(occurrence.status, self.palette)
        dim = mix(colour, fill, 0.35)
        title_font = self.styled(bold=True, strike=cancelled)
        small = self.styled(strike=cancelled, smaller=True)
        title_metrics, small_metrics = QFontMetrics(title_font), QFontMetrics(small)
        width = int(rect.width())
        full = time_text(occurrence.timing, self.layout.zone)
        when = fitting_time(full, small_metrics, width)
        if rect.height() < title_metrics.height() * 2:
            # One line: the start, then as much of the title as fits (a sliver keeps the title).
            start = when.split("–", 1)[0]
            if width < 2 * small_metrics.horizontalAdvance(start + " "):
                start = ""
            painter.setFont(small)
            painter.setPen(dim)
            painter.drawText(rect, _TOP_LEFT, start)
            advance = small_metrics.horizontalAdvance(start + " ") if start else 0
            painter.setFont(title_font)
            painter.setPen(colour)
            title = elide(occurrence.title, title_metrics, width - advance)
            painter.drawText(rect.adjusted(advance, 0, 0, 0), _TOP_LEFT, title)
            return
        room = int(rect.height() // title_metrics.height())
        extra = [when]
        if when != full and " (" in full:
            # The event's own time, in its own zone, on a line of its own when both do not fit.
            extra.append(full.split(" (", 1)[1].rstrip(")"))
        if occurrence.venue_name:
            extra.append(occurrence.venue_name)
        # The title may take all lines but one: the time must show.
        title_lines = wrap_lines(occurrence.title, title_metrics, width, max(room - 1, 1))
        y = rect.top()
        painter.setFont(title_font)
        painter.setPen(colour)
        for line in title_lines:
            painter.drawText(QRectF(rect.left(), y, width, title_metrics.height()), _LEFT, line)
            y += title_metrics.height()
        painter.setFont(small)
        painter.setPen(dim)
        for line in extra:
            if y + small_metrics.height() > rect.bottom() + 1:
                break
            text = elide(line, small_metrics, width)
            painter.drawText(QRectF(rect.left(), y, width, small_metrics.height()), _LEFT, text)
            y += small_metrics.height()

    def paint_now(self) -> None:
        if self.now is None:
            return
        col, minutes = self.now
        geometry = self.geometry
        y = geometry.y_of(minutes)
        left, right = geometry.col_x(col), geometry.col_x(col + 1)
        self.painter.setPen(QPen(NOW_COLOUR, 2))
        self.painter.drawLine(QPointF(left, y), QPointF(right, y))
        self.painter.setPen(Qt.PenStyle.NoPen)
        self.painter.setBrush(NOW_COLOUR)
        dot = geometry.pad * 1.5
        self.painter.drawEllipse(QPointF(left + 1, y), dot, dot)

    def paint_selection(self) -> None:
        col = self.layout.col_of(self.selected)
        if col is None:
            return
        geometry = self.geometry
        colour = self.colour(Role.Highlight)
        if not self.focused:
            colour = mix(colour, self.colour(Role.Base), 0.45)
        header = geometry.header_rect(col)
        # A tab-like bar under the selected day's header, and a frame around its day.
        thickness = max(geometry.pad // 2 + 1, 2)
        self.painter.fillRect(
            QRectF(
                header.left() + 1, header.bottom() - thickness + 1, header.width() - 1, thickness
            ),
            colour,
        )
        self.painter.setPen(QPen(colour, 1))
        self.painter.setBrush(Qt.BrushStyle.NoBrush)
        frame = QRectF(header.left(), geometry.header_height, header.width(), geometry.height)
        self.painter.drawRect(frame.adjusted(0.5, 0, -0.5, 0))


def fitting_time(text: str, metrics: QFontMetrics, width: int) -> str:
    """ "09:00–09:45 (17:00 Tokyo)" as it fits: without the other zone, or just the start."""
    for candidate in (text, text.split(" (", 1)[0], text.split("–", 1)[0]):
        if metrics.horizontalAdvance(candidate) <= width:
            return candidate
    return text.split("–", 1)[0]
