"""Painting the month grid: cells, numbers, bars and chips, in the colours of the palette."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPalette, QPen

from eventplanner.domain.enums import EventKind, EventStatus
from eventplanner.ui.labels import week_label
from eventplanner.ui.palette import chip_fill, chip_text, kind_colour, mix, red_day
from eventplanner.ui.views.month_geometry import MonthGeometry
from eventplanner.ui.views.month_layout import (
    DAYS_A_WEEK,
    BarSegment,
    MonthLayout,
    Placed,
    occurrence_key,
)
from eventplanner.ui.views.month_text import day_header, day_number_text, more_text

_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
FADED = 0.4
"""The opacity of an event being dragged, where it was: its ghost is where it goes."""
Role = QPalette.ColorRole


class MonthStyle:
    """The fonts, metrics and colours a frame paints with, made once per font and palette:
    a month paints some two hundred texts, and a QFont or QFontMetrics made for each one
    cost a fifth of the frame."""

    def __init__(self, font: QFont, palette: QPalette) -> None:
        self.fonts: dict[tuple[bool, bool], QFont] = {}
        self.metrics: dict[tuple[bool, bool], QFontMetrics] = {}
        for bold in (False, True):
            for strike in (False, True):
                styled = QFont(font)
                styled.setWeight(QFont.Weight.DemiBold if bold else QFont.Weight.Normal)
                styled.setStrikeOut(strike)
                self.fonts[bold, strike] = styled
                self.metrics[bold, strike] = QFontMetrics(styled)
        self.colours = {role: palette.color(role) for role in _ROLES}
        self.more = mix(self.colours[Role.Link], self.colours[Role.Text], 0.3)
        self.kinds = {kind: kind_colour(kind) for kind in EventKind}
        self.titles = {status: chip_text(status, palette) for status in EventStatus}
        self._elided: dict[tuple[str, bool, bool, int], str] = {}
        self._shapes: dict[tuple[float, ...], tuple[QPainterPath, QPainterPath | None]] = {}
        self._washed: dict[tuple[int, int], QColor] = {}

    def elided(self, text: str, bold: bool, strike: bool, width: int) -> str:
        """``text`` elided to ``width`` (remembered: a series repeats its title all month)."""
        key = (text, bold, strike, width)
        found = self._elided.get(key)
        if found is None:
            if len(self._elided) > _ELIDED_KEPT:
                self._elided.clear()
            metrics = self.metrics[bold, strike]
            found = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            self._elided[key] = found
        return found

    def shapes(
        self, rect: QRectF, radius: float, stripe: float, open_left: bool, open_right: bool
    ) -> tuple[QPainterPath, QPainterPath | None]:
        """A chip's outline and its kind's stripe (None with an open left end), for a chip
        at the origin: made once for each size (a QPainterPath costs some twenty calls)."""
        key = (rect.width(), rect.height(), radius, stripe, open_left, open_right)
        found = self._shapes.get(key)
        if found is None:
            if len(self._shapes) > _SHAPES_KEPT:
                self._shapes.clear()
            outline = chip_path(rect, radius, open_left, open_right)
            found = (outline, None if open_left else _stripe_path(rect, radius, stripe))
            self._shapes[key] = found
        return found

    def washed(self, text: QColor, fill: QColor) -> QColor:
        """The chip's quieter time: its text a third of the way into its fill."""
        key = (text.rgba(), fill.rgba())
        found = self._washed.get(key)
        if found is None:
            found = self._washed[key] = mix(text, fill, 0.35)
        return found

    @classmethod
    def of(cls, font: QFont, palette: QPalette) -> MonthStyle:
        key = (font.key(), palette.cacheKey())
        style = _STYLES.get(key)
        if style is None:
            if len(_STYLES) > 8:  # palettes and fonts come and go (a theme, a zoom)
                _STYLES.clear()
            style = _STYLES[key] = cls(font, palette)
        return style


_ROLES = (Role.Base, Role.Text, Role.Window, Role.WindowText, Role.PlaceholderText,
          Role.Highlight, Role.HighlightedText, Role.Link)  # fmt: skip
_STYLES: dict[tuple[str, int], MonthStyle] = {}
_ELIDED_KEPT = 4000
_SHAPES_KEPT = 400


def chip_path(rect: QRectF, radius: float, open_left: bool, open_right: bool) -> QPainterPath:
    """A rounded chip; an end that continues in another week is a point, like an arrow."""
    left, right, top, bottom = rect.left(), rect.right(), rect.top(), rect.bottom()
    point, mid = rect.height() / 3, rect.center().y()
    path = QPainterPath()
    if open_left:
        path.moveTo(left, mid)
        path.lineTo(left + point, top)
    else:
        path.moveTo(left, top + radius)
        path.quadTo(left, top, left + radius, top)
    if open_right:
        path.lineTo(right - point, top)
        path.lineTo(right, mid)
        path.lineTo(right - point, bottom)
    else:
        path.lineTo(right - radius, top)
        path.quadTo(right, top, right, top + radius)
        path.lineTo(right, bottom - radius)
        path.quadTo(right, bottom, right - radius, bottom)
    if open_left:
        path.lineTo(left + point, bottom)
    else:
        path.lineTo(left + radius, bottom)
        path.quadTo(left, bottom, left, bottom - radius)
    path.closeSubpath()
    return path


class MonthPainter:
    """Paints one frame of the month view with a painter already open on the widget.

    A plain class, not a dataclass: one is made for each paint and never compared nor
    printed, and the methods a dataclass writes are compiled as the window's modules load,
    before its first paint."""

    __slots__ = (
        "chosen",
        "deadlines",
        "faded",
        "focused",
        "font",
        "geometry",
        "holidays",
        "layout",
        "painter",
        "palette",
        "selected",
        "style",
        "today",
    )  # fmt: skip

    def __init__(
        self,
        painter: QPainter,
        layout: MonthLayout,
        geometry: MonthGeometry,
        palette: QPalette,
        font: QFont,
        today: date,
        selected: date,
        chosen: tuple[int, object] | None,
        focused: bool,
        faded: tuple[int, object] | None = None,
        holidays: Mapping[date, str] | None = None,
        deadlines: Mapping[date, int] | None = None,
    ) -> None:
        self.painter = painter
        self.layout = layout
        self.geometry = geometry
        self.palette = palette
        self.font = font
        self.today = today
        self.selected = selected
        self.chosen = chosen
        self.focused = focused
        self.faded = faded
        """The event being dragged, drawn faint where it was."""
        self.holidays: Mapping[date, str] = {} if holidays is None else holidays
        """Swedish holidays by day: their numbers red, their names beside, as in the almanac."""
        self.deadlines: Mapping[date, int] = {} if deadlines is None else deadlines
        """Open tasks due by day: a small badge with their number at the end of the day's line."""
        """Swedish holidays by day: their numbers red, their names beside, as in the
        almanac."""
        self.style = MonthStyle.of(font, palette)

    def fading(self, faded: tuple[int, object] | None) -> MonthPainter:
        """The same painter, with ``faded`` the event drawn faint."""
        return MonthPainter(self.painter, self.layout, self.geometry, self.palette, self.font,
                            self.today, self.selected, self.chosen, self.focused, faded,
                            self.holidays, self.deadlines)  # fmt: skip

    def paint(self) -> None:
        self.paint_frame()
        self.painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint_selection()
        self.paint_numbers()
        for segment in self.layout.segments:
            for first, last in self.layout.visible_runs(segment):
                self.paint_bar(segment, first, last)
        for cell in self.layout.cells.values():
            for line, item in enumerate(cell.visible_timed(), start=cell.bar_lines):
                rect = self.geometry.line_rect(cell.row, cell.col, cell.col, line)
                self.paint_chip(rect, item, item.start)
            hidden = cell.hidden_count
            if hidden:
                rect = self.geometry.line_rect(cell.row, cell.col, cell.col, cell.shown_lines)
                self.painter.setPen(self.style.more)
                self.painter.setFont(self.styled(bold=True))
                self.painter.drawText(
                    rect.adjusted(self.geometry.pad, 0, 0, 0), _LEFT, more_text(hidden)
                )

    def colour(self, role: QPalette.ColorRole) -> QColor:
        found = self.style.colours.get(role)
        return QColor(found) if found is not None else self.palette.color(role)

    def styled(self, *, bold: bool = False, strike: bool = False) -> QFont:
        return self.style.fonts[bold, strike]

    def paint_frame(self) -> None:
        painter, layout, geometry = self.painter, self.layout, self.geometry
        base, text, window = (
            self.colour(Role.Base),
            self.colour(Role.Text),
            self.colour(Role.Window),
        )
        dim = self.colour(Role.PlaceholderText)
        painter.fillRect(QRectF(0, 0, geometry.width, geometry.height), window)
        weekend = mix(base, text, 0.035)
        # Days of other months recede: greyer on a light palette, darker on a dark one.
        dark = base.lightness() < 128
        for cell in layout.cells.values():
            fill = weekend if cell.col >= 5 else base
            if cell.day.month != layout.month.month:
                fill = fill.darker(130) if dark else mix(fill, window, 0.7)
            if cell.day == self.today:
                fill = mix(fill, self.colour(Role.Highlight), 0.08)
            painter.fillRect(geometry.cell_rect(cell.row, cell.col), fill)
        painter.setPen(QPen(mix(base, text, 0.2), 1))
        bottom, right = geometry.row_y(layout.rows), geometry.col_x(DAYS_A_WEEK)
        for col in range(DAYS_A_WEEK + 1):
            x = min(geometry.col_x(col), geometry.width - 1)
            painter.drawLine(x, geometry.header_height, x, bottom)
        for row in range(layout.rows + 1):
            y = min(geometry.row_y(row), geometry.height - 1)
            painter.drawLine(0 if row else geometry.margin_width, y, right, y)
        painter.setFont(self.styled(bold=True))
        for col in range(DAYS_A_WEEK):
            painter.setPen(dim if col >= 5 else self.colour(Role.WindowText))
            painter.drawText(
                geometry.header_rect(col), Qt.AlignmentFlag.AlignCenter, day_header(col)
            )
        painter.setFont(self.styled())
        painter.setPen(dim)
        for row, monday in enumerate(layout.weeks):
            painter.drawText(
                geometry.week_rect(row),
                Qt.AlignmentFlag.AlignCenter,
                week_label(monday.isocalendar().week),
            )

    def paint_numbers(self) -> None:
        painter, geometry, pad = self.painter, self.geometry, self.geometry.pad
        red = red_day(self.colour(Role.Base).lightness() < 128)
        for cell in self.layout.cells.values():
            rect = geometry.number_rect(cell.row, cell.col)
            text = day_number_text(cell.day, first_in_grid=cell.row == cell.col == 0)
            holiday = self.holidays.get(cell.day)
            in_month = cell.day.month == self.layout.month.month
            # Red as in the almanac; receding, as their numbers do, on other months' days.
            holiday_colour = red if in_month else mix(red, self.colour(Role.Base), 0.45)
            if cell.day == self.today:
                font = self.styled(bold=True)
                width = self.style.metrics[True, False].horizontalAdvance(text) + 2 * pad
                rect.setWidth(max(rect.width(), width))
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(self.colour(Role.Highlight))
                painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
                painter.setPen(self.colour(Role.HighlightedText))
                painter.setFont(font)
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
                after = rect.right() + pad
            else:
                plain = self.colour(Role.Text if in_month else Role.PlaceholderText)
                colour = holiday_colour if holiday else plain
                bold = in_month and cell.day.day == 1
                painter.setPen(colour)
                painter.setFont(self.styled(bold=bold))
                rect.setLeft(rect.left() + pad)
                rect.setWidth(geometry.col_x(cell.col + 1) - rect.left())
                painter.drawText(rect, _LEFT, text)
                after = rect.left() + self.style.metrics[bold, False].horizontalAdvance(text) + pad
            due = self.deadlines.get(cell.day, 0)
            badge = self.paint_deadlines(cell.row, cell.col, due, in_month) if due else None
            if holiday:
                self.paint_holiday(cell.row, cell.col, after, holiday, holiday_colour, badge)

    def paint_deadlines(self, row: int, col: int, count: int, in_month: bool) -> float:
        """A small rounded badge with the number of tasks due, at the right of the day's
        number line; returns its left edge (a holiday's name stops before it)."""
        geometry, painter = self.geometry, self.painter
        line = geometry.number_rect(row, col)
        text = str(count) if count < 100 else "99+"
        metrics = self.style.metrics[True, False]
        height = max(metrics.height() - geometry.pad // 2, 6)
        width = max(metrics.horizontalAdvance(text) + geometry.pad * 2, height)
        right = geometry.col_x(col + 1) - geometry.pad
        rect = QRectF(right - width, line.center().y() - height / 2, width, height)
        fill = self.colour(Role.Highlight)
        if not in_month:
            fill = mix(fill, self.colour(Role.Base), 0.45)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(self.colour(Role.HighlightedText))
        painter.setFont(self.styled(bold=True))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        return rect.left()

    def paint_holiday(
        self, row: int, col: int, left: float, name: str, colour: QColor, before: float | None
    ) -> None:
        """The holiday's name on the day number's line, after the number, cut to fit (and
        before a deadline badge, at ``before``)."""
        geometry = self.geometry
        line = geometry.number_rect(row, col)
        right: float = geometry.col_x(col + 1) - geometry.pad
        if before is not None:
            right = before - geometry.pad
        rect = QRectF(left, line.top(), right - left, line.height())
        if rect.width() <= geometry.pad:
            return
        self.painter.setPen(colour)
        self.painter.setFont(self.styled())
        self.painter.drawText(rect, _LEFT, self.style.elided(name, False, False, int(rect.width())))

    def paint_selection(self) -> None:
        cell = self.layout.cells.get(self.selected)
        if cell is None:
            return
        colour = self.colour(Role.Highlight)
        if not self.focused:
            colour = mix(colour, self.colour(Role.Base), 0.4)
        self.painter.setPen(QPen(colour, 2))
        self.painter.setBrush(Qt.BrushStyle.NoBrush)
        self.painter.drawRect(self.geometry.cell_rect(cell.row, cell.col).adjusted(1, 1, -1, -1))

    def paint_bar(self, segment: BarSegment, first: int, last: int) -> None:
        geometry = self.geometry
        rect = geometry.line_rect(segment.row, first, last, segment.lane)
        open_left = segment.continues_before and first == segment.first_col
        open_right = segment.continues_after and last == segment.last_col
        if open_left:
            rect.setLeft(geometry.col_x(first) + 1)
        if open_right:
            rect.setRight(geometry.col_x(last + 1) - 2)
        start = segment.item.start if first == segment.first_col and not open_left else None
        self.paint_chip(
            rect, segment.item, start, bar=True, open_left=open_left, open_right=open_right
        )

    def paint_chip(
        self,
        rect: QRectF,
        item: Placed,
        start: datetime | None,
        *,
        bar: bool = False,
        open_left: bool = False,
        open_right: bool = False,
    ) -> None:
        faded = occurrence_key(item.occurrence) == self.faded
        if faded:
            self.painter.save()
            self.painter.setOpacity(FADED)
        self._paint_chip(rect, item, start, bar, open_left, open_right)
        if faded:
            self.painter.restore()

    def _paint_chip(
        self,
        rect: QRectF,
        item: Placed,
        start: datetime | None,
        bar: bool,
        open_left: bool,
        open_right: bool,
    ) -> None:
        painter, pad, occurrence, style = (
            self.painter,
            self.geometry.pad,
            item.occurrence,
            self.style,
        )
        # Drawn at the origin, so that the shapes of chips of one size are made once.
        x, y = rect.left(), rect.top()
        rect = QRectF(0, 0, rect.width(), rect.height())
        path, stripe_path = style.shapes(rect, pad * 0.8, max(pad, 3), open_left, open_right)
        painter.translate(x, y)
        colour = style.titles[occurrence.status]
        fill = chip_fill(
            occurrence, style.colours[Role.Base], bar=bar, text=style.colours[Role.Text]
        )
        painter.fillPath(path, fill)
        stripe = max(pad, 3)
        if stripe_path is not None:
            painter.fillPath(stripe_path, style.kinds[occurrence.kind])
        if occurrence_key(occurrence) == self.chosen:
            painter.strokePath(path, QPen(style.colours[Role.Highlight], 2))
        point = rect.height() / 3
        text_rect = rect.adjusted(
            point if open_left else stripe + pad, 0, -(point if open_right else pad), 0
        )
        cancelled = occurrence.status is EventStatus.CANCELLED
        if start is not None:
            time_text = f"{start:%H:%M}"
            painter.setFont(style.fonts[False, cancelled])
            painter.setPen(style.washed(colour, fill))
            painter.drawText(text_rect, _LEFT, time_text)
            advance = style.metrics[False, cancelled].horizontalAdvance(time_text + " ")
            text_rect.setLeft(text_rect.left() + advance)
        painter.setFont(style.fonts[bar, cancelled])
        painter.setPen(colour)
        title = style.elided(occurrence.title, bar, cancelled, int(text_rect.width()))
        painter.drawText(text_rect, _LEFT, title)
        painter.translate(-x, -y)


def _stripe_path(rect: QRectF, radius: float, stripe: float) -> QPainterPath:
    """The left ``stripe`` of a chip with a rounded left end (``stripe`` > ``radius``)."""
    left, top, bottom = rect.left(), rect.top(), rect.bottom()
    path = QPainterPath()
    path.moveTo(left, top + radius)
    path.quadTo(left, top, left + radius, top)
    path.lineTo(left + stripe, top)
    path.lineTo(left + stripe, bottom)
    path.lineTo(left + radius, bottom)
    path.quadTo(left, bottom, left, bottom - radius)
    path.closeSubpath()
    return path
