"""When an event happens, as the editor shows it: start and end dates and times, all day or
not, and the time zone; the end follows the start; a note of the time in one's own zone."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QLocale, QObject, QTime, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QLabel, QTimeEdit, QWidget

from eventplanner.domain.clock import clock_text
from eventplanner.domain.errors import ValidationError
from eventplanner.domain.timezones import localize, zone
from eventplanner.domain.timing import AllDaySpan, TimedSpan, Timing
from eventplanner.ui.labels import week_label
from eventplanner.ui.qt_dates import day_of, time_of
from eventplanner.ui.widgets.date_popup import calendar_popup
from eventplanner.ui.widgets.day_edit import DayEdit
from eventplanner.ui.widgets.notices import WrappedLabel
from eventplanner.ui.widgets.time_zone_picker import TimeZonePicker
from eventplanner.ui.wording import filled

_DATE_FORMAT = "ddd yyyy-MM-dd"
_TIME_FORMAT = "HH:mm"
_TIME_FORMAT_SECONDS = "HH:mm:ss"
# A new or all-day event's (hidden) times, used if it becomes a timed one.
_DEFAULT_START, _DEFAULT_END = time(9), time(10)


def _date_edit(parent: QWidget) -> QDateEdit:
    edit = DayEdit(parent)
    edit.setDisplayFormat(_DATE_FORMAT)
    edit.setDateRange(QDate(1900, 1, 1), QDate(2200, 12, 31))
    calendar_popup(edit)  # ISO weeks, as in Sweden
    return edit


def _time_edit(parent: QWidget) -> QTimeEdit:
    edit = QTimeEdit(parent)
    edit.setDisplayFormat(_TIME_FORMAT)
    return edit


def default_timing(day: date, time_zone: str) -> TimedSpan:
    """A new event: nine to ten on ``day``."""
    start = datetime.combine(day, _DEFAULT_START, tzinfo=zone(time_zone))
    end = datetime.combine(day, _DEFAULT_END, tzinfo=zone(time_zone))
    return TimedSpan(start, end, time_zone)


class TimingFields(QObject):
    """The widgets of an event's timing and how they move together."""

    changed = Signal(str)
    """"start", "end" or "time_zone": what a person (or the start dragging the end) changed."""
    start_moved = Signal()
    """The start (or the all-day setting) changed: what depends on it should follow."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._loading = False
        self._wall_span = timedelta(hours=1)
        self.all_day = QCheckBox(self.tr("All &day"), parent)
        self.start_date, self.start_time = _date_edit(parent), _time_edit(parent)
        self.end_date, self.end_time = _date_edit(parent), _time_edit(parent)
        self.week = QLabel(parent)
        self.week.setEnabled(False)  # quiet text: the ISO week, for reference
        self.zone = TimeZonePicker(parent)
        self.home_time = WrappedLabel("", parent)
        self.home_time.setEnabled(False)  # quiet text
        self.home_time.hide()
        self.start_label = QLabel(self.tr("St&arts:"), parent)
        self.start_label.setBuddy(self.start_date)
        self.end_label = QLabel(self.tr("&Ends:"), parent)
        self.end_label.setBuddy(self.end_date)
        self.all_day.toggled.connect(self._all_day_toggled)
        self.start_date.dateChanged.connect(self._start_edited)
        self.start_time.timeChanged.connect(self._start_edited)
        self.end_date.dateChanged.connect(self._end_edited)
        self.end_time.timeChanged.connect(self._end_edited)
        self.zone.time_zone_changed.connect(lambda _zone: self._changed("time_zone"))

    def wall_start(self) -> datetime:
        return datetime.combine(day_of(self.start_date.date()), time_of(self.start_time.time()))

    def wall_end(self) -> datetime:
        return datetime.combine(day_of(self.end_date.date()), time_of(self.end_time.time()))

    def first(self) -> date | datetime:
        """The series' start as the recurrence editor wants it: a day, or a wall-clock time."""
        return day_of(self.start_date.date()) if self.all_day.isChecked() else self.wall_start()

    # -- moving together ---------------------------------------------------------------------

    def _start_edited(self) -> None:
        """The end follows the start, keeping the length the event had."""
        if not self._loading:
            self._set_wall_end(self.wall_start() + self._wall_span)
        self._changed("start")

    def _end_edited(self) -> None:
        self._wall_span = self.wall_end() - self.wall_start()
        self._changed("end")

    def _set_wall_end(self, end: datetime) -> None:
        for edit in (self.end_date, self.end_time):
            edit.blockSignals(True)
        self.end_date.setDate(QDate(end.year, end.month, end.day))
        self.end_time.setTime(QTime(end.hour, end.minute, end.second))
        for edit in (self.end_date, self.end_time):
            edit.blockSignals(False)

    def _all_day_toggled(self, all_day: bool) -> None:
        if not self._loading:
            start, end = self.wall_start(), self.wall_end()
            if all_day and end.time() == time(0) and end.date() > start.date():
                self._set_wall_end(end - timedelta(days=1))  # ends at midnight: the day before
            elif not all_day and end <= start:
                self._set_wall_end(start + timedelta(hours=1))
            self._wall_span = self.wall_end() - self.wall_start()
        self._show_all_day(all_day)
        self._changed("start")

    def _show_all_day(self, all_day: bool) -> None:
        self.start_time.setVisible(not all_day)
        self.end_time.setVisible(not all_day)
        # Whole days are inclusive: say so in the labels.
        self.start_label.setText(self.tr("First d&ay:") if all_day else self.tr("St&arts:"))
        self.end_label.setText(self.tr("&Last day:") if all_day else self.tr("&Ends:"))

    def _changed(self, field: str) -> None:
        start = day_of(self.start_date.date())
        self.week.setText(week_label(start.isocalendar().week))
        self.zone.set_reference_day(start)
        if field != "end":
            self.start_moved.emit()
        if not self._loading:
            self.changed.emit(field)

    # -- reading and writing -----------------------------------------------------------------

    def load(self, timing: Timing) -> None:
        self._loading = True
        try:
            if isinstance(timing, TimedSpan):
                start = timing.start.replace(tzinfo=None)
                end = timing.end.replace(tzinfo=None)
            else:
                start = datetime.combine(timing.first_day, _DEFAULT_START)
                end = datetime.combine(timing.last_day, _DEFAULT_END)
            # An imported 09:15:45 shows its seconds: hidden, they would go on under any time
            # typed in later, and the event would read as 09:15 here and 09:15:45 elsewhere.
            shown = _TIME_FORMAT_SECONDS if start.second or end.second else _TIME_FORMAT
            for edit in (self.start_time, self.end_time):
                edit.setDisplayFormat(shown)
            self.all_day.setChecked(timing.all_day)
            self._show_all_day(timing.all_day)
            self.zone.set_reference_day(start.date())  # offsets as on the event's day
            self.zone.set_time_zone(timing.time_zone)
            self.start_date.setDate(QDate(start.year, start.month, start.day))
            self.start_time.setTime(QTime(start.hour, start.minute, start.second))
            self._set_wall_end(end)
            self._wall_span = end - start
        finally:
            self._loading = False
        self._changed("start")

    def read(self, problems: list[ValidationError]) -> Timing:
        """The timing shown; what cannot be read as typed is added to ``problems`` and a
        stand-in used (UTC for an unknown zone, the moved time for one in a DST gap)."""
        name = self.zone.time_zone()
        try:
            tz = zone(name)
        except ValidationError as exc:
            problems.append(exc)
            name, tz = "UTC", zone("UTC")
        if self.all_day.isChecked():
            first = day_of(self.start_date.date())
            return AllDaySpan(first, day_of(self.end_date.date()), name)
        ends: list[datetime] = []
        for field, wall in (("start", self.wall_start()), ("end", self.wall_end())):
            try:
                ends.append(localize(wall, name, field=field))
            except ValidationError as exc:
                problems.append(exc)
                ends.append(wall.replace(tzinfo=tz))
        return TimedSpan(ends[0], ends[1], name)

    def show_home_time(self, timing: Timing | None, home_zone: str) -> None:
        """The times in the coordinator's own zone, when the event is in another."""
        if not isinstance(timing, TimedSpan) or timing.time_zone == home_zone:
            self.home_time.hide()
            return
        home = zone(home_zone)
        start, end = timing.start.astimezone(home), timing.end.astimezone(home)
        locale = QLocale()
        day = locale.toString(QDate(start.year, start.month, start.day), "ddd d MMM")
        span = f"{day} {clock_text(start)}–{clock_text(end)}"
        if end.date() != start.date():
            other = locale.toString(QDate(end.year, end.month, end.day), "ddd d MMM")
            span = f"{day} {clock_text(start)} – {other} {clock_text(end)}"
        self.home_time.setText(filled(self.tr("%1 in %2"), span, home_zone))
        self.home_time.show()
