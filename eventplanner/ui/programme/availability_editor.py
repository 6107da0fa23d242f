"""One period of a person's availability: whether they can or cannot be there, from when to
when (times, or whole days) in a zone, and a note. What the domain's rules refuse (an end
before the start, a time that does not exist in the zone) is said under the times as you
type, and Save waits until it is right; a refusal of the database keeps the dialog open."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.programme import MAX_NOTE, Availability, availability_problems
from eventplanner.domain.timezones import day_start, zone
from eventplanner.domain.timing import AllDaySpan, TimedSpan, Timing
from eventplanner.ui.dialogs.save_cancel import save_cancel_buttons
from eventplanner.ui.events.timing_fields import TimingFields
from eventplanner.ui.programme.availability_model import whole_days
from eventplanner.ui.widgets.notices import WrappedLabel, problems_label, quiet
from eventplanner.ui.wording import filled

Submit = Callable[[Availability, Callable[[], None], Callable[[str], None]], None]
"""(period, done, refused): how Save is written."""


def _sentence(message: str) -> str:
    return message[:1].upper() + message[1:] if message else message


def new_period(contact_id: int, day: date, time_zone: str) -> Availability:
    """A new period to start from: ``day``, 08:00–17:00 in ``time_zone``, one they cannot
    be there (what a coordinator is told most)."""
    tz = zone(time_zone)
    start = datetime.combine(day, time(8), tzinfo=tz)
    return Availability(None, contact_id, start, start.replace(hour=17), available=False)


class AvailabilityEditor(QDialog):
    """Edits ``period`` (``id`` None: a new one) of the person called ``name``."""

    def __init__(
        self,
        period: Availability,
        name: str,
        time_zone: str,
        submit: Submit,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._period = period
        self._name = name
        self._submit = submit
        new = period.id is None
        self.setWindowTitle(
            filled(self.tr("New period: %1"), name) if new else filled(self.tr("Period: %1"), name)
        )
        self.can = QRadioButton(self.tr("&Can be there"))
        self.cannot = QRadioButton(self.tr("Ca&nnot be there"))
        choice = QButtonGroup(self)
        choice.addButton(self.can)
        choice.addButton(self.cannot)
        (self.can if period.available else self.cannot).setChecked(True)
        self.meaning = WrappedLabel("", self)
        quiet(self.meaning)  # what the choice means for conflicts
        self.timing = TimingFields(self)
        self.timing.load(self._timing_of(period, time_zone))
        self.note = QLineEdit(period.note)
        self.note.setPlaceholderText(self.tr("e.g. at the fair in Hannover"))
        self.problems = problems_label(self)
        self.buttons = save_cancel_buttons(self, self.save)

        choices = QHBoxLayout()
        choices.addWidget(self.can)
        choices.addWidget(self.cannot)
        choices.addStretch(1)
        fields = self.timing
        # The dates and times of both rows line up: each as wide as it asks, the week after.
        start_row = QHBoxLayout()
        end_row = QHBoxLayout()
        for row, day, clock in ((start_row, fields.start_date, fields.start_time),
                                (end_row, fields.end_date, fields.end_time)):  # fmt: skip
            row.addWidget(day)
            row.addWidget(clock)
        start_row.addWidget(fields.week)
        for row in (start_row, end_row):
            row.addStretch(1)
        quiet(fields.week)
        fields.week.setEnabled(True)
        form = QFormLayout()
        form.addRow(self.tr("This person:"), choices)
        form.addRow("", self.meaning)
        form.addRow(fields.start_label, start_row)
        form.addRow(fields.end_label, end_row)
        form.addRow("", fields.all_day)
        form.addRow(self.tr("Time &zone:"), fields.zone)
        form.addRow("", self.problems)
        form.addRow(self.tr("N&ote:"), self.note)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addStretch(1)
        box.addSpacing(6)
        box.addWidget(self.buttons)
        self.resize(540, self.sizeHint().height())

        fields.changed.connect(lambda _field: self._check())
        self.note.textChanged.connect(lambda _text: self._check())
        self.can.toggled.connect(lambda _on: self._check())
        self._check()

    @staticmethod
    def _timing_of(period: Availability, time_zone: str) -> Timing:
        days = whole_days(period, time_zone)
        if days is not None:
            return AllDaySpan(days[0], days[1], time_zone)
        tz = zone(time_zone)
        return TimedSpan(period.start.astimezone(tz), period.end.astimezone(tz), time_zone)

    # -- the period as typed ---------------------------------------------------------------

    def read(self) -> tuple[Availability, list[str]]:
        """The period shown, and what is wrong with it (in the window's language where the
        rule is one a person meets often)."""
        problems: list[ValidationError] = []
        timing = self.timing.read(problems)
        texts = [_sentence(p.message) for p in problems]
        if isinstance(timing, AllDaySpan):
            start = day_start(timing.first_day, timing.time_zone)
            end = day_start(timing.last_day + timedelta(days=1), timing.time_zone)
            if timing.last_day < timing.first_day:
                texts.append(self.tr("The last day is before the first day."))
        else:
            assert isinstance(timing, TimedSpan)
            start, end = timing.start, timing.end
        period = replace(self._period, start=start, end=end, available=self.can.isChecked(),
                         note=self.note.text().strip())  # fmt: skip
        if texts:
            return period, texts
        for problem in availability_problems(period, self._name, timing.time_zone):
            texts.append(self._worded(problem, period, timing.time_zone))
        return period, texts

    def _worded(self, problem: ValidationError, period: Availability, time_zone: str) -> str:
        tz = zone(time_zone)
        start, end = period.start.astimezone(tz), period.end.astimezone(tz)
        if problem.field == "end" and end < start:
            return filled(self.tr("It ends (%1) before it starts (%2)."),
                          f"{end:%Y-%m-%d %H:%M}", f"{start:%Y-%m-%d %H:%M}")  # fmt: skip
        if problem.field == "end" and end == start:
            return self.tr("It ends when it starts: give it a length.")
        if problem.field == "note":
            return filled(self.tr("The note is longer than %1 characters."), str(MAX_NOTE))
        return _sentence(problem.message)

    def _check(self) -> list[str]:
        _period, texts = self.read()
        self.problems.setText("\n".join(texts))
        self.problems.setVisible(bool(texts))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not texts)
        if self.can.isChecked():
            meaning = self.tr("On the days of this period, a booking outside these hours "
                              "shows as a conflict.")  # fmt: skip
        else:
            meaning = self.tr("A booking in this period shows as a conflict.")
        self.meaning.setText(meaning)
        return texts

    def save(self) -> None:
        if self._check():
            return
        period, _texts = self.read()
        self.buttons.setEnabled(False)

        def refused(message: str) -> None:
            self.buttons.setEnabled(True)
            self.problems.setText(_sentence(message))
            self.problems.show()

        self._submit(period, self.accept, refused)
