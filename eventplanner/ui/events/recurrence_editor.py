"""The recurrence editor: how often an event repeats, when the series ends, and the RRULE.

The simple controls and the RRULE text stay in step both ways; a rule the controls cannot say
shows as a custom rule. The editor builds the text; the domain judges it (``normalize_rule``
for the preview here, ``event_problems`` in the dialog) and expands it for the preview.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from eventplanner.domain.recurrence import MAX_OCCURRENCES, Recurrence, RecurrenceId
from eventplanner.domain.series import moved_recurrence_id
from eventplanner.ui.events.recurrence_form import (
    EndBy,
    Frequency,
    MonthlyBy,
    RepeatForm,
    default_form,
    default_until,
    form_of_rule,
    monthly_choices,
    rebased,
    rule_text,
    weekday_position,
)
from eventplanner.ui.events.recurrence_preview import Preview, preview_of
from eventplanner.ui.qt_dates import day_of
from eventplanner.ui.widgets.date_popup import calendar_popup
from eventplanner.ui.widgets.day_edit import DayEdit
from eventplanner.ui.widgets.notices import FieldError, WrappedLabel
from eventplanner.ui.wording import filled

_CUSTOM = "custom"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class RecurrenceEditor(QWidget):
    """Edits a ``Recurrence`` (or none) for a series starting at a given day and time."""

    changed = Signal()
    """The rule changed (by a person, or because the start moved)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._first: date | datetime = date(2000, 1, 3)
        self._time_zone = "UTC"
        self._text = ""
        self._form: RepeatForm | None = RepeatForm()
        self._exdates: tuple[RecurrenceId, ...] = ()
        self._problem: str | None = None
        self._updating = False
        self._started = False
        self._build()
        self._show_form()
        self._refresh()

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.frequency = QComboBox(self)
        for label, value in (
            (self.tr("Does not repeat"), Frequency.NONE),
            (self.tr("Daily"), Frequency.DAILY),
            (self.tr("Weekly"), Frequency.WEEKLY),
            (self.tr("Monthly"), Frequency.MONTHLY),
            (self.tr("Yearly"), Frequency.YEARLY),
            (self.tr("Custom rule (see RRULE below)"), _CUSTOM),
        ):
            self.frequency.addItem(label, value if isinstance(value, str) else value.value)
        self.interval = QSpinBox(self)
        self.interval.setRange(1, 999)
        self._interval_unit = QLabel(self)
        self.weekday_boxes: list[QCheckBox] = []
        for day in range(7):
            box = QCheckBox(QLocale().dayName(day + 1, QLocale.FormatType.ShortFormat), self)
            self.weekday_boxes.append(box)
        self.monthly = QComboBox(self)
        self.end = QComboBox(self)
        self.end.addItem(self.tr("Never"), EndBy.NEVER.value)
        self.end.addItem(self.tr("On a date"), EndBy.UNTIL.value)
        self.end.addItem(self.tr("After a number of times"), EndBy.COUNT.value)
        self.until = DayEdit(self)
        self.until.setDisplayFormat("ddd yyyy-MM-dd")
        calendar_popup(self.until)
        self.count = QSpinBox(self)
        self.count.setRange(1, MAX_OCCURRENCES)
        self.count.setValue(10)
        self._count_unit = QLabel(self)
        self.rule_edit = QLineEdit(self)
        self.rule_edit.setPlaceholderText(self.tr("For example FREQ=WEEKLY;BYDAY=MO,WE"))
        self.rule_edit.setToolTip(
            self.tr("Advanced: the rule as iCalendar (RFC 5545) writes it; edits here show above")
        )
        self.error = FieldError(self)
        self.preview = WrappedLabel("", self)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.skipped = WrappedLabel("", self)
        self.restore_skipped = QPushButton(self.tr("Restore skipped dates"), self)
        self.restore_skipped.setAutoDefault(False)
        # Line up the first line of these texts with their row labels, which the form
        # centres on a one-line field.
        top = max(0, (self.rule_edit.sizeHint().height() - self.fontMetrics().height()) // 2)
        self.preview.setContentsMargins(0, top, 0, 0)
        self.skipped.setContentsMargins(0, top, 0, 0)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(8)
        form.setHorizontalSpacing(12)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._form_layout = form
        form.addRow(self.tr("&Repeats:"), self.frequency)
        self._interval_row = _row(self, self.interval, self._interval_unit)
        self._weekday_row = _row(self, *self.weekday_boxes)
        self._end_row = _row(self, self.end, self.until, self.count, self._count_unit)
        self._skipped_row = QWidget(self)
        skipped_layout = QVBoxLayout(self._skipped_row)
        skipped_layout.setContentsMargins(0, 0, 0, 0)
        skipped_layout.addWidget(self.skipped)
        skipped_layout.addWidget(self.restore_skipped, 0, Qt.AlignmentFlag.AlignLeft)
        form.addRow(self.tr("E&very:"), self._interval_row)
        form.addRow(self.tr("On:"), self._weekday_row)
        form.addRow(self.tr("&On:"), self.monthly)
        form.addRow(self.tr("&Ends:"), self._end_row)
        form.addRow(self.tr("RRU&LE:"), self.rule_edit)
        form.addRow("", self.error)
        form.addRow(self.tr("Dates:"), self.preview)
        form.addRow(self.tr("Skipped:"), self._skipped_row)

        self.frequency.activated.connect(self._frequency_picked)
        self.interval.valueChanged.connect(self._controls_changed)
        for box in self.weekday_boxes:
            box.toggled.connect(self._controls_changed)
        self.monthly.activated.connect(self._controls_changed)
        self.end.activated.connect(self._end_picked)
        self.until.dateChanged.connect(self._controls_changed)
        self.count.valueChanged.connect(self._controls_changed)
        self.rule_edit.textEdited.connect(self._text_edited)
        self.restore_skipped.clicked.connect(self._restore_skipped)

    # -- the public face ---------------------------------------------------------------------

    def set_start(self, first: date | datetime, time_zone: str) -> None:
        """Where the series starts: a day (all-day) or a wall-clock date and time, and its zone.

        A simple rule follows the start (a lone weekday, "second Tuesday"); skipped dates move
        with it, since moving a series moves each of its occurrences.
        """
        if isinstance(first, datetime):
            first = first.replace(tzinfo=None)
        old, self._first = self._first, first
        self._time_zone = time_zone
        started, self._started = self._started, True
        if started:
            self._exdates = tuple(moved_recurrence_id(x, old, first) for x in self._exdates)
        if started and self._form is not None and self._text:
            old_day, new_day = _day(old), _day(first)
            form = rebased(self._form, old_day, new_day)
            text = rule_text(form, new_day)
            if text != rule_text(self._form, old_day):
                self._form, self._text = form, text
                self.rule_edit.setText(text)
                self.changed.emit()
        self._show_form()
        self._refresh()

    def set_recurrence(self, recurrence: Recurrence | None) -> None:
        """Show ``recurrence`` (or "does not repeat"); its text is kept as it is until edited."""
        self._text = recurrence.rule if recurrence else ""
        self._exdates = recurrence.exdates if recurrence else ()
        self._form = form_of_rule(self._text, _day(self._first), self._time_zone)
        self.rule_edit.setText(self._text)
        self._show_form()
        self._refresh()

    def recurrence(self) -> Recurrence | None:
        if not self._text.strip():
            return None
        return Recurrence(self._text.strip(), self._exdates)

    def rule_text(self) -> str:
        return self._text.strip()

    def show_problem(self, message: str | None) -> None:
        """A problem the dialog's validation found with the rule or the skipped dates."""
        self._problem = message
        self._refresh()

    def preview_lines(self) -> list[str]:
        text = self.preview.text()
        return text.splitlines() if text else []

    # -- controls and text -------------------------------------------------------------------

    def _frequency_picked(self, _index: int) -> None:
        value = self.frequency.currentData()
        if value == _CUSTOM:
            self._form = None
            self._show_form()
            self.rule_edit.setFocus()
            return
        previous = self._form or RepeatForm()
        self._form = default_form(Frequency(value), _day(self._first), previous)
        self._apply_form()

    def _end_picked(self, _index: int) -> None:
        if self._end_by() is EndBy.UNTIL and self._form and self._form.until is None:
            self._updating = True
            self.until.setDate(_qdate(default_until(_day(self._first))))
            self._updating = False
        self._controls_changed()

    def _controls_changed(self, *_args: object) -> None:
        if self._updating or self._form is None:
            return
        self._form = self._read_form()
        self._apply_form()

    def _apply_form(self) -> None:
        assert self._form is not None
        self._text = rule_text(self._form, _day(self._first))
        self.rule_edit.setText(self._text)
        self._show_form()
        self._refresh()
        self.changed.emit()

    def _text_edited(self, text: str) -> None:
        self._text = text
        self._form = form_of_rule(text, _day(self._first), self._time_zone)
        self._show_form()
        self._refresh()
        self.changed.emit()

    def _read_form(self) -> RepeatForm:
        end = self._end_by()
        return RepeatForm(
            frequency=Frequency(self.frequency.currentData()),
            interval=self.interval.value(),
            weekdays=frozenset(d for d, box in enumerate(self.weekday_boxes) if box.isChecked()),
            monthly=MonthlyBy(self.monthly.currentData() or MonthlyBy.DATE.value),
            end=end,
            until=day_of(self.until.date()) if end is EndBy.UNTIL else None,
            count=self.count.value(),
        )

    def _end_by(self) -> EndBy:
        return EndBy(self.end.currentData())

    def _show_form(self) -> None:
        """Put the form into the controls, showing only the rows that matter."""
        self._updating = True
        try:
            form = self._form
            frequency = _CUSTOM if form is None else form.frequency
            shown = frequency if isinstance(frequency, str) else frequency.value
            self.frequency.setCurrentIndex(self.frequency.findData(shown))
            simple = form is not None and form.frequency is not Frequency.NONE
            layout = self._form_layout
            layout.setRowVisible(self._interval_row, simple)
            layout.setRowVisible(self._weekday_row, simple and frequency is Frequency.WEEKLY)
            layout.setRowVisible(self.monthly, simple and frequency is Frequency.MONTHLY)
            layout.setRowVisible(self._end_row, simple)
            if form is None:
                return
            self.interval.setValue(form.interval)
            self._interval_unit.setText(self._unit(form.frequency, form.interval))
            for day, box in enumerate(self.weekday_boxes):
                box.setChecked(day in form.weekdays)
            self._fill_monthly(form.monthly)
            self.end.setCurrentIndex(self.end.findData(form.end.value))
            self.until.setVisible(form.end is EndBy.UNTIL)
            if form.until is not None:
                self.until.setDate(_qdate(form.until))
            self.count.setVisible(form.end is EndBy.COUNT)
            self._count_unit.setVisible(form.end is EndBy.COUNT)
            self.count.setValue(form.count)
            self._count_unit.setText(self.tr("time") if form.count == 1 else self.tr("times"))
        finally:
            self._updating = False

    def _fill_monthly(self, chosen: MonthlyBy) -> None:
        day = _day(self._first)
        weekday = QLocale().dayName(day.isoweekday(), QLocale.FormatType.LongFormat)
        ordinals = {
            1: self.tr("on the first %1"),
            2: self.tr("on the second %1"),
            3: self.tr("on the third %1"),
            4: self.tr("on the fourth %1"),
        }
        labels = {
            MonthlyBy.DATE: filled(self.tr("on day %1"), str(day.day)),
            MonthlyBy.NTH_WEEKDAY: filled(ordinals.get(weekday_position(day), ""), weekday),
            MonthlyBy.LAST_WEEKDAY: filled(self.tr("on the last %1"), weekday),
        }
        self.monthly.clear()
        for choice in monthly_choices(day):
            self.monthly.addItem(labels[choice], choice.value)
        index = self.monthly.findData(chosen.value)
        self.monthly.setCurrentIndex(max(index, 0))

    def _unit(self, frequency: Frequency, interval: int) -> str:
        one = interval == 1
        return {
            Frequency.DAILY: self.tr("day") if one else self.tr("days"),
            Frequency.WEEKLY: self.tr("week") if one else self.tr("weeks"),
            Frequency.MONTHLY: self.tr("month") if one else self.tr("months"),
            Frequency.YEARLY: self.tr("year") if one else self.tr("years"),
        }.get(frequency, "")

    def _restore_skipped(self) -> None:
        self._exdates = ()
        self._refresh()
        self.changed.emit()

    # -- preview -----------------------------------------------------------------------------

    def _refresh(self) -> None:
        preview: Preview = preview_of(self._text, self._first, self._time_zone, self._exdates)
        self.preview.setText("\n".join(preview.lines))
        shown_error = self._problem or preview.error
        self.error.show_message(shown_error)
        repeating = bool(self._text.strip())
        self._form_layout.setRowVisible(self.preview, repeating and bool(preview.lines))
        self.skipped.setText(", ".join(preview.skipped))
        self._form_layout.setRowVisible(self._skipped_row, repeating and bool(self._exdates))


def _row(parent: QWidget, *widgets: QWidget) -> QWidget:
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    row.setFocusProxy(widgets[0])
    return row


def _day(first: date | datetime) -> date:
    return first.date() if isinstance(first, datetime) else first
