"""A day's coverage grid: its hours down, its shifts across, each slot assigned against
needed, under-covered slots warm, over-covered cool. Painted directly (a few dozen
rectangles and short texts, colours worked out once per palette); a click on a slot
chooses its shift."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from eventplanner.domain.rota import Shift
from eventplanner.domain.rota_warnings import Cell, Coverage, CoverageDay
from eventplanner.ui.rota.rota_style import coverage_fill
from eventplanner.ui.rota.rota_texts import shift_title


class CoverageView(QWidget):
    shift_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day: CoverageDay | None = None
        self._titles: list[str] = []
        self.selected: int | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMouseTracking(False)

    def set_day(self, day: CoverageDay | None, shifts: Mapping[int, Shift]) -> None:
        self.day = day
        self._titles = [] if day is None else [
            shift_title(shifts[i]) if i in shifts else "" for i in day.shift_ids
        ] + [self.tr("All shifts")]  # fmt: skip
        self.updateGeometry()
        self.update()

    def select(self, shift_id: int | None) -> None:
        if shift_id != self.selected:
            self.selected = shift_id
            self.update()

    # -- geometry -------------------------------------------------------------------------

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 8

    def _hour_width(self) -> int:
        return self.fontMetrics().horizontalAdvance("00:00") + 16

    def sizeHint(self) -> QSize:
        rows = 2 + (len(self.day.hours) if self.day is not None else 4)
        columns = max(len(self._titles), 2)
        return QSize(self._hour_width() + columns * 120, rows * self._row_height() + 2)

    def minimumSizeHint(self) -> QSize:
        rows = 2 + (len(self.day.hours) if self.day is not None else 2)
        return QSize(self._hour_width() + 160, rows * self._row_height() + 2)

    def _column_width(self) -> float:
        return (self.width() - self._hour_width()) / max(len(self._titles), 1)

    def cell_rect(self, row: int, column: int) -> QRect:
        """The slot of hour ``row`` and shift ``column`` (the last column: all shifts)."""
        width = self._column_width()
        left = self._hour_width() + round(column * width)
        right = self._hour_width() + round((column + 1) * width)
        top = (row + 1) * self._row_height()
        return QRect(left, top, right - left, self._row_height())

    def shift_at(self, x: int, y: int) -> int | None:
        if self.day is None or x < self._hour_width() or y < self._row_height():
            return None
        column = int((x - self._hour_width()) / max(self._column_width(), 1))
        return self.day.shift_ids[column] if 0 <= column < len(self.day.shift_ids) else None

    # -- painting -------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        day = self.day
        text = palette.color(QPalette.ColorRole.Text)
        grid = palette.color(QPalette.ColorRole.Mid)
        metrics = self.fontMetrics()
        height = self._row_height()
        if day is None:
            painter.setPen(text)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No shifts yet"))
            return
        bold = self.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text)
        for column, title in enumerate(self._titles):
            rect = self.cell_rect(-1, column).adjusted(4, 0, -4, 0)
            shown = painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight,
                                                     rect.width())  # fmt: skip
            painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             shown)  # fmt: skip
        painter.setFont(self.font())
        for row, hour in enumerate(day.hours):
            top = (row + 1) * height
            painter.setPen(text)
            painter.drawText(QRect(4, top, self._hour_width() - 8, height),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                             f"{hour:%H:%M}")  # fmt: skip
            cells: list[Cell | None] = [*day.cells[row], day.totals[row]]
            for column, cell in enumerate(cells):
                rect = self.cell_rect(row, column)
                if cell is None:
                    continue
                painter.fillRect(rect.adjusted(1, 1, 0, 0), coverage_fill(cell.coverage, palette))
                painter.setPen(text)
                label = f"{cell.assigned}/{cell.needed}"
                if metrics.horizontalAdvance(label) < rect.width() - 4:
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
        painter.setPen(QPen(grid, 1))
        bottom = (len(day.hours) + 1) * height
        for column in range(len(self._titles) + 1):
            x = self.cell_rect(0, column).left()
            painter.drawLine(x, height, x, bottom)
        for row in range(len(day.hours) + 1):
            painter.drawLine(self._hour_width(), (row + 1) * height, self.width(),
                             (row + 1) * height)  # fmt: skip
        self._legend(painter, palette, bottom + height // 4)
        if self.selected in day.shift_ids:
            column = day.shift_ids.index(self.selected)
            first = self.cell_rect(0, column)
            frame = QRect(first.left(), 0, first.width(), bottom).adjusted(1, 1, -1, -1)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            painter.drawRect(frame)

    def _legend(self, painter: QPainter, palette: QPalette, top: int) -> None:
        """What the colours say, under the grid."""
        metrics = self.fontMetrics()
        size = metrics.height() - 2
        x = self._hour_width()
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        for coverage, words in ((Coverage.UNDER, self.tr("Below need")),
                                (Coverage.FULL, self.tr("Covered")),
                                (Coverage.OVER, self.tr("Beyond need"))):  # fmt: skip
            painter.fillRect(QRect(x, top, size, size), coverage_fill(coverage, palette))
            painter.drawRect(QRect(x, top, size, size))
            x += size + 6
            painter.drawText(QRect(x, top - 2, metrics.horizontalAdvance(words) + 2, size + 4),
                             Qt.AlignmentFlag.AlignVCenter, words)  # fmt: skip
            x += metrics.horizontalAdvance(words) + 18

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        chosen = self.shift_at(point.x(), point.y())
        if chosen is not None:
            self.shift_clicked.emit(chosen)
        super().mousePressEvent(event)
