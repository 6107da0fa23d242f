"""The year view: the twelve months at a glance, to see the busy seasons and where the
multi-day events (trade fairs, innovation days) sit.

Layout rules live in ``year_layout`` (days, counts, bar lanes) and ``year_geometry``
(arrangement, pixels, hit tests), painting in ``year_paint``, words in ``year_text``; this
widget holds the state and turns mouse and keys into signals. ``YearPane`` scrolls it when
the window is too small for twelve readable months.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta

from PySide6.QtCore import QEvent, QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QToolTip, QWidget

from eventplanner.domain.occurrence import Occurrence
from eventplanner.domain.timezones import DEFAULT_TIME_ZONE, zone
from eventplanner.ui.views.month_layout import (
    DAYS_A_WEEK,
    Placed,
    add_months,
    add_months_first,
    first_of_month,
    occurrence_key,
    place_all,
)
from eventplanner.ui.views.year_geometry import (
    Metrics,
    YearGeometry,
    comfortable_size,
    height_for_width,
    minimum_size,
    week_number_font,
)
from eventplanner.ui.views.year_layout import DaySummary, YearLayout
from eventplanner.ui.views.year_paint import YearPainter
from eventplanner.ui.views.year_text import day_tooltip, weekday_initial

_STEPS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}


class YearView(QWidget):
    """Twelve small months of ISO weeks, Monday first, with the week numbers beside them."""

    day_activated = Signal(object)  # date: double-click or Enter on a day
    day_selected = Signal(object)  # date: the selection moved
    year_changed = Signal(object)  # date: the selection moved into another year

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAccessibleName(self.tr("Year"))
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._zone = DEFAULT_TIME_ZONE
        self._today: date | None = None
        self._selected = self.today()
        self._year = self._selected.year
        self._items: list[Placed] = []
        self._layout: YearLayout | None = None
        # The holidays the window has read so far (off the GUI thread: see set_holidays);
        # None, a view of its own, works them out itself as it lays out a year.
        self._holidays: Mapping[date, str] | None = None

    # --- what is shown -------------------------------------------------------------------------

    def year(self) -> int:
        return self._year

    def set_occurrences(self, occurrences: Sequence[Occurrence], display_zone: str) -> None:
        """Show these occurrences, timed ones on their days in ``display_zone``."""
        self._zone = display_zone
        self._items = place_all(occurrences, display_zone)
        self._layout = None
        self.update()

    def set_today(self, day: date | None) -> None:
        """Mark ``day`` as today (None: the real date in the display zone)."""
        self._today = day
        self.update()

    def today(self) -> date:
        return self._today or datetime.now(zone(self._zone)).date()

    def selected_day(self) -> date:
        return self._selected

    def select_day(self, day: date) -> None:
        """Select ``day``, turning to its year when it is in another one."""
        self._go(day)

    def set_holidays(self, holidays: Mapping[date, str]) -> None:
        """Mark these days (Swedish holidays, with their names) red, as the window's other
        views do, instead of working out the year's holidays while laying it out: that
        loads the ``holidays`` package (some 300 ms) on the GUI thread, before the first
        frame of a start in the year view."""
        self._holidays = dict(holidays)
        self._layout = None
        self.update()

    def layout_of_year(self) -> YearLayout:
        """Where every day of the year shown sits, what is on it, and the bars."""
        if self._layout is None or self._layout.year != self._year:
            self._layout = YearLayout(self._year, self._items, self._holidays)
        return self._layout

    def day_summary(self, day: date) -> DaySummary | None:
        return self.layout_of_year().days.get(day)

    # --- where things are (for tests and the scroll pane) --------------------------------------

    def day_rect(self, day: date) -> QRect | None:
        summary = self.day_summary(day)
        if summary is None:
            return None
        return self._geometry().cell_rect(summary.month, summary.row, summary.col).toRect()

    def bar_rects(self, occurrence: Occurrence) -> list[QRect]:
        """The bars an occurrence draws (one per week row of each month), where they fit."""
        geometry, key = self._geometry(), occurrence_key(occurrence)
        return [
            geometry.bar_rect(b.month, b.row, b.first_col, b.last_col, b.lane).toRect()
            for b in self.layout_of_year().bars
            if occurrence_key(b.item.occurrence) == key and b.lane < geometry.lanes
        ]

    def day_at(self, point: QPointF) -> date | None:
        hit = self._geometry().hit(point)
        if hit is None:
            return None
        summary = self.layout_of_year().day_at(hit.month, hit.row, hit.col)
        return None if summary is None else summary.day

    def tooltip_at(self, point: QPointF) -> str:
        """What a day under the point holds: its holiday and its events."""
        day = self.day_at(point)
        summary = None if day is None else self.day_summary(day)
        return "" if summary is None else day_tooltip(summary)

    # --- size ----------------------------------------------------------------------------------

    def _metrics(self) -> Metrics:
        bold = QFont(self.font())
        bold.setWeight(QFont.Weight.DemiBold)
        initials = [weekday_initial(col) for col in range(DAYS_A_WEEK)]
        small = QFontMetrics(week_number_font(self.font()))
        return Metrics.of(self.fontMetrics(), QFontMetrics(bold), small, initials)

    def _geometry(self) -> YearGeometry:
        return YearGeometry(self.width(), self.height(), self._metrics())

    def sizeHint(self) -> QSize:
        return comfortable_size(self._metrics())

    def minimumSizeHint(self) -> QSize:
        return minimum_size(self._metrics())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return height_for_width(width, self._metrics())

    # --- selection and input -------------------------------------------------------------------

    def _go(self, day: date) -> None:
        """Select ``day`` (and its year); signal once the state is whole."""
        new_year = day.year != self._year
        new_day = day != self._selected
        self._selected = day
        if new_year:
            self._year = day.year
        self.update()
        if new_year:
            self.year_changed.emit(day)
        if new_day:
            self.day_selected.emit(day)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position())
        if event.button() != Qt.MouseButton.LeftButton or day is None:
            super().mousePressEvent(event)
            return
        self._go(day)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position())
        if event.button() != Qt.MouseButton.LeftButton or day is None:
            super().mouseDoubleClickEvent(event)
            return
        self._go(day)
        self.day_activated.emit(day)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.day_activated.emit(self._selected)
            return
        day = day_for_key(key, self._selected)
        if day is None:
            super().keyPressEvent(event)
        else:
            self._go(day)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    # --- painting ------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        YearPainter(
            painter,
            self.layout_of_year(),
            self._geometry(),
            self.palette(),
            self.font(),
            self.today(),
            self._selected,
            self.hasFocus(),
        ).paint()
        painter.end()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()


def day_for_key(key: Qt.Key, day: date) -> date | None:
    """Where a navigation key takes the selection from ``day`` (None: not a navigation key).

    Arrows step days and weeks (across months and years); Page Up and Down a year, as the
    window's Previous and Next do; Home and End go to the ends of the day's month.
    """
    if key in _STEPS:
        return day + timedelta(days=_STEPS[key])
    if key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
        return add_months(day, -12 if key == Qt.Key.Key_PageUp else 12)
    if key == Qt.Key.Key_Home:
        return first_of_month(day)
    if key == Qt.Key.Key_End:
        return add_months_first(first_of_month(day), 1) - timedelta(days=1)
    return None


class YearPane(QScrollArea):
    """The year view, filling the space it gets; scrolled when that is too small to read."""

    def __init__(self, view: YearView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setFocusProxy(view)
        self.setWidget(view)
        view.day_selected.connect(self.reveal_selected)

    def reveal_selected(self) -> None:
        """Scroll the selected day into sight (when the pane scrolls at all)."""
        rect = self.view.day_rect(self.view.selected_day())
        if rect is not None:
            centre = rect.center()
            self.ensureVisible(centre.x(), centre.y(), rect.width(), rect.height())
