"""Pixels of the year view: how the twelve months are arranged, and every rectangle in them.

Every size comes from the font's metrics. The months go four across and three down, or three
by four, six by two, two by six: whichever gives the days the most room at the size the
widget has. Below the smallest size at which a day's number still fits, ``height_for_width``
says how tall the widget must be (it then scrolls) rather than letting text clip.
Day and week numbers are placed by their digits' own height rather than the font's line, so
a day keeps its number and a bar in little more than a line of text.
No painting here: the widget draws in these rectangles and hit-tests with them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize
from PySide6.QtGui import QFont, QFontMetrics

from eventplanner.ui.views.month_layout import DAYS_A_WEEK
from eventplanner.ui.views.year_layout import MONTHS, WEEK_ROWS

ARRANGEMENTS = ((4, 3), (3, 4), (6, 2), (2, 6))
"""Months across and down; the first wins a tie."""
MAX_LANES = 3
"""Bars a day shows at most, however tall it is: more would read as a stripe, not events."""
WEEK_NUMBER_SCALE = 0.82
"""Week numbers are smaller than the days', so the eye does not read them as dates."""


def week_number_font(font: QFont) -> QFont:
    small = QFont(font)
    if font.pointSizeF() > 0:
        small.setPointSizeF(font.pointSizeF() * WEEK_NUMBER_SCALE)
    else:
        small.setPixelSize(max(round(font.pixelSize() * WEEK_NUMBER_SCALE), 1))
    return small


@dataclass(frozen=True, slots=True)
class Metrics:
    """The few font measures the year is built from."""

    text_height: int
    digit_ascent: int
    """From the baseline to the top of the digits."""
    digit_height: int
    number_width: int
    """The widest day number, in the bold font today's number takes."""
    week_width: int
    """The widest ISO week number, in the week numbers' smaller font."""
    initial_width: int
    """The widest weekday initial."""

    @classmethod
    def of(
        cls, metrics: QFontMetrics, bold: QFontMetrics, small: QFontMetrics, initials: list[str]
    ) -> Metrics:
        digits = bold.tightBoundingRect("0123456789").united(
            metrics.tightBoundingRect("0123456789")
        )
        return cls(
            metrics.height(),
            -digits.top(),
            digits.height(),
            max(bold.horizontalAdvance(str(n)) for n in range(10, 32)),
            max(small.horizontalAdvance(str(n)) for n in range(10, 54)),
            max((bold.horizontalAdvance(i) for i in initials), default=0),
        )

    @property
    def pad(self) -> int:
        return max(self.text_height // 6, 2)

    @property
    def inset(self) -> int:
        """Between a month card's edge and its days."""
        return self.pad + 2

    @property
    def bar_height(self) -> int:
        return max(self.text_height // 4, 3)

    @property
    def bar_pitch(self) -> int:
        return self.bar_height + 1

    @property
    def gap_x(self) -> int:
        """Between the columns of months."""
        return max(self.text_height // 2, 6)

    @property
    def gap_y(self) -> int:
        return self.gap_x

    @property
    def title_height(self) -> int:
        return self.text_height + self.pad

    @property
    def header_height(self) -> int:
        return self.text_height

    @property
    def week_column(self) -> int:
        return self.week_width + 2 * self.pad

    @property
    def min_cell_width(self) -> int:
        return max(self.number_width, self.initial_width) + 2 * self.pad

    @property
    def number_height(self) -> int:
        """The digits of a day's number with a little room above and below."""
        return self.digit_height + 2 * self.pad

    @property
    def min_cell_height(self) -> int:
        """A day's number and one bar under it."""
        return self.number_height + self.bar_pitch

    def month_width(self, cell_width: float) -> float:
        return 2 * self.inset + self.week_column + DAYS_A_WEEK * cell_width

    def month_height(self, cell_height: float) -> float:
        return self.title_height + self.header_height + WEEK_ROWS * cell_height + self.inset


def _cells(width: float, height: float, across: int, down: int, m: Metrics) -> tuple[float, float]:
    """The size of a day in arrangement ``across`` × ``down`` of a ``width`` × ``height`` area."""
    month_width = (width - m.gap_x * (across - 1)) / across
    month_height = (height - m.gap_y * (down - 1)) / down
    return (
        (month_width - 2 * m.inset - m.week_column) / DAYS_A_WEEK,
        (month_height - m.title_height - m.header_height - m.inset) / WEEK_ROWS,
    )


def room(width: float, height: float, arrangement: tuple[int, int], m: Metrics) -> float:
    """How roomy the days are, as a multiple of the least they need (below 1: too small)."""
    cell_width, cell_height = _cells(width, height, *arrangement, m)
    return min(cell_width / m.min_cell_width, cell_height / m.min_cell_height)


def best_arrangement(width: float, height: float, m: Metrics) -> tuple[int, int]:
    return max(ARRANGEMENTS, key=lambda a: room(width, height, a, m))


def _least_width(across: int, m: Metrics) -> int:
    return int(across * m.month_width(m.min_cell_width) + m.gap_x * (across - 1)) + 1


def _least_height(down: int, m: Metrics) -> int:
    return int(down * m.month_height(m.min_cell_height) + m.gap_y * (down - 1)) + 1


def height_for_width(width: int, m: Metrics) -> int:
    """The least height at which some arrangement fits ``width`` with nothing clipped."""
    fitting = [_least_height(d, m) for a, d in ARRANGEMENTS if _least_width(a, m) <= width]
    return min(fitting, default=_least_height(max(d for _a, d in ARRANGEMENTS), m))


def minimum_size(m: Metrics) -> QSize:
    """The narrowest arrangement's width, and the lowest arrangement's height."""
    return QSize(
        min(_least_width(a, m) for a, _d in ARRANGEMENTS),
        min(_least_height(d, m) for _a, d in ARRANGEMENTS),
    )


def comfortable_size(m: Metrics) -> QSize:
    """Four months across, three down, with days half again as big as the least."""
    across, down = ARRANGEMENTS[0]
    return QSize(
        int(across * m.month_width(m.min_cell_width * 1.5) + m.gap_x * (across - 1)),
        int(down * m.month_height(m.min_cell_height * 1.5) + m.gap_y * (down - 1)),
    )


@dataclass(frozen=True, slots=True)
class YearHit:
    """Where a point falls in a month's grid of days."""

    month: int
    row: int
    col: int


class YearGeometry:
    def __init__(self, width: int, height: int, metrics: Metrics) -> None:
        self.width = width
        self.height = height
        self.metrics = metrics
        self.pad = metrics.pad
        self.across, self.down = best_arrangement(width, height, metrics)
        m = metrics
        self.month_width = (width - m.gap_x * (self.across - 1)) / self.across
        self.month_height = (height - m.gap_y * (self.down - 1)) / self.down
        self.cell_width, self.cell_height = _cells(width, height, self.across, self.down, m)
        room_for_bars = self.cell_height - m.number_height
        self.lanes = int(min(max(room_for_bars // m.bar_pitch, 0), MAX_LANES))
        """Bar lanes that fit under a day's number."""

    def month_origin(self, month: int) -> tuple[float, float]:
        down, across = divmod(month, self.across)
        m = self.metrics
        return (
            across * (self.month_width + m.gap_x),
            down * (self.month_height + m.gap_y),
        )

    def month_rect(self, month: int) -> QRectF:
        x, y = self.month_origin(month)
        return QRectF(round(x), round(y), round(self.month_width), round(self.month_height))

    def title_rect(self, month: int) -> QRectF:
        x, y = self.month_origin(month)
        inset = self.metrics.inset
        return QRectF(
            round(x) + inset, round(y), round(self.month_width) - 2 * inset,
            self.metrics.title_height,
        )  # fmt: skip

    def grid_top(self, month: int) -> int:
        """The top of the first week row."""
        y = self.month_origin(month)[1]
        return round(y) + self.metrics.title_height + self.metrics.header_height

    def col_x(self, month: int, col: int) -> int:
        """The left edge of day column ``col`` (``DAYS_A_WEEK``: the right edge of the last)."""
        x = self.month_origin(month)[0] + self.metrics.inset + self.metrics.week_column
        return round(x + col * self.cell_width)

    def row_y(self, month: int, row: int) -> int:
        y = self.month_origin(month)[1] + self.metrics.title_height + self.metrics.header_height
        return round(y + row * self.cell_height)

    def header_rect(self, month: int, col: int) -> QRectF:
        top = self.row_y(month, 0) - self.metrics.header_height
        left = self.col_x(month, col)
        return QRectF(left, top, self.col_x(month, col + 1) - left, self.metrics.header_height)

    def week_rect(self, month: int, row: int) -> QRectF:
        """The margin beside a week row, where its ISO week number goes."""
        left = round(self.month_origin(month)[0]) + self.metrics.inset
        top = self.row_y(month, row)
        return QRectF(left, top, self.col_x(month, 0) - left, self.row_y(month, row + 1) - top)

    def cell_rect(self, month: int, row: int, col: int) -> QRectF:
        left, top = self.col_x(month, col), self.row_y(month, row)
        return QRectF(
            left, top, self.col_x(month, col + 1) - left, self.row_y(month, row + 1) - top
        )

    def grid_rect(self, month: int) -> QRectF:
        """The days of a month: six week rows under the weekday initials."""
        left, top = self.col_x(month, 0), self.row_y(month, 0)
        return QRectF(
            left, top, self.col_x(month, DAYS_A_WEEK) - left, self.row_y(month, WEEK_ROWS) - top
        )

    def baseline(self, month: int, row: int) -> float:
        """Where the numbers of a week row stand: their digits centred above the bars."""
        m = self.metrics
        top = self.row_y(month, row)
        room = self.row_y(month, row + 1) - top - self.lanes * m.bar_pitch
        return top + (room - m.digit_height) / 2 + m.digit_ascent

    def number_rect(self, month: int, row: int, col: int) -> QRectF:
        """The digits of a day's number and a pad around them, across the day's width."""
        m = self.metrics
        cell = self.cell_rect(month, row, col)
        top = self.baseline(month, row) - m.digit_ascent - self.pad
        return QRectF(cell.left(), top, cell.width(), m.number_height)

    def bar_rect(self, month: int, row: int, first_col: int, last_col: int, lane: int) -> QRectF:
        """A bar across days ``first_col`` to ``last_col`` of a week row; lane 0 is lowest."""
        m = self.metrics
        bottom = self.row_y(month, row + 1) - self.pad
        top = bottom - (lane + 1) * m.bar_pitch + 1
        left = self.col_x(month, first_col) + self.pad
        right = self.col_x(month, last_col + 1) - self.pad
        return QRectF(left, top, right - left, m.bar_height)

    def hit(self, point: QPointF) -> YearHit | None:
        for month in range(MONTHS):
            if self.grid_rect(month).contains(point):
                last_col, last_row = DAYS_A_WEEK - 1, WEEK_ROWS - 1
                col = next(
                    (c for c in range(last_col) if point.x() < self.col_x(month, c + 1)), last_col
                )
                row = next(
                    (r for r in range(last_row) if point.y() < self.row_y(month, r + 1)), last_row
                )
                return YearHit(month, row, col)
        return None
