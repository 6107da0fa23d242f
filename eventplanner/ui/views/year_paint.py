"""Painting the year: twelve month cards, days warmed by how busy they are, bars for the
events that last several days, in the colours of the palette and the month view's kinds."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen

from eventplanner.domain.enums import EventStatus
from eventplanner.ui.palette import kind_colour, mix, red_day
from eventplanner.ui.views.month_layout import DAYS_A_WEEK
from eventplanner.ui.views.month_paint import chip_path
from eventplanner.ui.views.year_geometry import YearGeometry, week_number_font
from eventplanner.ui.views.year_layout import WEEK_ROWS, DaySummary, YearBar, YearLayout
from eventplanner.ui.views.year_text import events_text, month_title, weekday_initial

Role = QPalette.ColorRole
_CENTRE = Qt.AlignmentFlag.AlignCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

HEAT = (0.0, 0.16, 0.27, 0.38, 0.5)
"""How far a day's tint goes towards its kind's colour, by heat level: enough steps to tell
a busy week from a quiet one, never so strong that the day's number stops being readable."""


@dataclass(slots=True)
class YearPainter:
    """Paints one frame of the year view with a painter already open on the widget."""

    painter: QPainter
    layout: YearLayout
    geometry: YearGeometry
    palette: QPalette
    font: QFont
    today: date
    selected: date
    focused: bool

    @property
    def dark(self) -> bool:
        return self.colour(Role.Base).lightness() < 128

    def colour(self, role: QPalette.ColorRole) -> QColor:
        return self.palette.color(role)

    def styled(self, *, bold: bool = False) -> QFont:
        font = QFont(self.font)
        font.setWeight(QFont.Weight.DemiBold if bold else QFont.Weight.Normal)
        return font

    def paint(self) -> None:
        geometry = self.geometry
        self.painter.fillRect(
            QRectF(0, 0, geometry.width, geometry.height), self.colour(Role.Window)
        )
        self.painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for block in self.layout.months:
            self.paint_card(block.index)
        for summary in self.layout.days.values():
            self.paint_day(summary)
        for bar in self.layout.bars:
            if bar.lane < geometry.lanes:
                self.paint_bar(bar)
        self.paint_selection()
        for summary in self.layout.days.values():
            self.paint_number(summary)

    # --- the month's frame ---------------------------------------------------------------------

    def paint_card(self, month: int) -> None:
        painter, geometry = self.painter, self.geometry
        base, text = self.colour(Role.Base), self.colour(Role.Text)
        dim = self.colour(Role.PlaceholderText)
        card = geometry.month_rect(month).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(mix(base, text, 0.16), 1))
        painter.setBrush(base)
        radius = geometry.pad * 1.5
        painter.drawRoundedRect(card, radius, radius)

        block = self.layout.months[month]
        title_rect = geometry.title_rect(month)
        bold = self.styled(bold=True)
        title = month_title(block.first.month)
        this_month = (block.first.year, block.first.month) == (self.today.year, self.today.month)
        painter.setFont(bold)
        painter.setPen(self.colour(Role.Highlight) if this_month else self.colour(Role.Text))
        width = QFontMetrics(bold).horizontalAdvance(title)
        painter.drawText(title_rect, _LEFT, title)
        if block.occurrences:
            count = events_text(block.occurrences)
            font = self.styled()
            room = title_rect.width() - width - 2 * geometry.pad
            if QFontMetrics(font).horizontalAdvance(count) <= room:
                painter.setFont(font)
                painter.setPen(dim)
                painter.drawText(title_rect, _RIGHT, count)

        painter.setFont(self.styled())
        for col in range(DAYS_A_WEEK):
            painter.setPen(mix(dim, base, 0.35) if col >= 5 else dim)
            painter.drawText(geometry.header_rect(month, col), _CENTRE, weekday_initial(col))
        painter.setFont(week_number_font(self.font))
        painter.setPen(mix(dim, base, 0.2))
        for row in range(WEEK_ROWS):
            week = block.week_number(row)
            if week is not None:
                baseline = geometry.baseline(month, row)
                self.draw_number(geometry.week_rect(month, row), baseline, str(week))

    # --- days ----------------------------------------------------------------------------------

    def day_fill(self, summary: DaySummary) -> QColor:
        """The day's tile: days off a little greyer, busy days warmed towards their kind
        (a neutral grey when no kind has most of them)."""
        base, text = self.colour(Role.Base), self.colour(Role.Text)
        fill = mix(base, text, 0.05) if summary.weekend or summary.holiday else base
        if summary.heat:
            kind = summary.kind
            tint = mix(text, base, 0.45) if kind is None else kind_colour(kind)
            # Kind colours wash out into a dark base sooner: a little more of them there.
            strength = HEAT[summary.heat] + (0.12 if self.dark else 0.0)
            fill = mix(fill, tint, strength)
        return fill

    def paint_day(self, summary: DaySummary) -> None:
        fill = self.day_fill(summary)
        if fill == self.colour(Role.Base):
            return
        rect = self.geometry.cell_rect(summary.month, summary.row, summary.col)
        radius = self.geometry.pad * 0.8
        self.painter.setPen(Qt.PenStyle.NoPen)
        self.painter.setBrush(fill)
        self.painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)

    def draw_number(self, rect: QRectF, baseline: float, text: str) -> None:
        """``text`` centred across ``rect``, standing on ``baseline``, in the painter's font."""
        advance = self.painter.fontMetrics().horizontalAdvance(text)
        self.painter.drawText(QPointF(rect.center().x() - advance / 2, baseline), text)

    def paint_number(self, summary: DaySummary) -> None:
        painter, geometry = self.painter, self.geometry
        month, row, col = summary.month, summary.row, summary.col
        rect = geometry.number_rect(month, row, col)
        baseline = geometry.baseline(month, row)
        text = str(summary.day.day)
        if summary.day == self.today:
            font = self.styled(bold=True)
            width = QFontMetrics(font).horizontalAdvance(text) + geometry.pad * 2
            pill = QRectF(0, 0, min(max(width, rect.height()), rect.width() - 2), rect.height())
            pill.moveCenter(rect.center())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.colour(Role.Highlight))
            painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
            painter.setFont(font)
            painter.setPen(self.colour(Role.HighlightedText))
            self.draw_number(rect, baseline, text)
            return
        painter.setFont(self.styled(bold=summary.holiday is not None))
        painter.setPen(red_day(self.dark) if summary.red else self.colour(Role.Text))
        self.draw_number(rect, baseline, text)

    def paint_selection(self) -> None:
        summary = self.layout.days.get(self.selected)
        if summary is None:
            return
        colour = self.colour(Role.Highlight)
        if not self.focused:
            colour = mix(colour, self.colour(Role.Base), 0.4)
        rect = self.geometry.cell_rect(summary.month, summary.row, summary.col)
        radius = self.geometry.pad * 0.8
        self.painter.setPen(QPen(colour, 2))
        self.painter.setBrush(Qt.BrushStyle.NoBrush)
        self.painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), radius, radius)

    # --- bars ----------------------------------------------------------------------------------

    def paint_bar(self, bar: YearBar) -> None:
        geometry = self.geometry
        rect = geometry.bar_rect(bar.month, bar.row, bar.first_col, bar.last_col, bar.lane)
        # A bar that goes on in the next week (or month) runs to the edge of its row.
        if bar.continues_before:
            rect.setLeft(geometry.col_x(bar.month, bar.first_col))
        if bar.continues_after:
            rect.setRight(geometry.col_x(bar.month, bar.last_col + 1))
        occurrence = bar.item.occurrence
        colour = kind_colour(occurrence.kind)
        if self.dark:
            colour = colour.lighter(150)
        if occurrence.status in (EventStatus.CANCELLED, EventStatus.DRAFT):
            colour = mix(colour, self.colour(Role.Base), 0.55)
        path = chip_path(rect, rect.height() / 2, bar.continues_before, bar.continues_after)
        self.painter.fillPath(path, colour)
