"""Make rota from template…: a rota in nine inputs (the open days, their hours split into
shifts and the people each needs; a build-up the day before and a tear-down the day after),
saying what it will make before it does."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.programme import ProgrammeEvent
from eventplanner.domain.rota import (
    MAX_NEEDED,
    MAX_OPEN_DAYS,
    MAX_SHIFTS_PER_DAY,
    ExtraDay,
    Hours,
    RotaTemplate,
    from_template,
    parse_hours,
)
from eventplanner.ui.rota.rota_texts import day_text
from eventplanner.ui.widgets.alive import while_alive
from eventplanner.ui.widgets.notices import FieldError
from eventplanner.ui.wording import filled

Submit = Callable[[RotaTemplate, Callable[[], None], Callable[[str], None]], None]
"""(template, saved, refused): the window saves it through the undo stack."""


class TemplateDialog(QDialog):
    def __init__(self, event: ProgrammeEvent, submit: Submit,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._event = event
        self._submit = submit
        self.setWindowTitle(filled(self.tr("Make rota: %1"), event.title))
        first = event.first_day
        self.first_day = QDateEdit(QDate(first.year, first.month, first.day))
        self.first_day.setCalendarPopup(True)
        self.first_day.setDisplayFormat("yyyy-MM-dd")
        self.days = _spin(1, MAX_OPEN_DAYS, min((event.last_day - first).days + 1, MAX_OPEN_DAYS))
        self.shifts_per_day = _spin(1, MAX_SHIFTS_PER_DAY, 2)
        self.people = _spin(1, MAX_NEEDED, 2)
        self.hours = _hours("09:00-17:00")
        self.build_up_hours = _hours("08:00-16:00")
        self.build_up_people = _spin(0, MAX_NEEDED, 2)
        self.tear_down_hours = _hours("08:00-13:00")
        self.tear_down_people = _spin(0, MAX_NEEDED, 2)
        for spin in (self.build_up_people, self.tear_down_people):
            spin.setSpecialValueText(self.tr("none"))
        form = QFormLayout()
        form.addRow(self.tr("&First open day:"), self.first_day)
        form.addRow(self.tr("Open &days:"), self.days)
        form.addRow(self.tr("&Shifts a day:"), self.shifts_per_day)
        form.addRow(self.tr("&People a shift:"), self.people)
        form.addRow(self.tr("Opening &hours:"), self.hours)
        form.addRow(self.tr("&Build-up hours (the day before):"), self.build_up_hours)
        form.addRow(self.tr("Build-up p&eople:"), self.build_up_people)
        form.addRow(self.tr("&Tear-down hours (the day after):"), self.tear_down_hours)
        form.addRow(self.tr("Tear-down pe&ople:"), self.tear_down_people)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.problem = FieldError()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.make_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.make)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.summary)
        box.addWidget(self.problem)
        box.addWidget(self.buttons)
        self.first_day.dateChanged.connect(lambda _d: self._update())
        for spin in (self.days, self.shifts_per_day, self.people, self.build_up_people,
                     self.tear_down_people):  # fmt: skip
            spin.valueChanged.connect(lambda _v: self._update())
        for line in (self.hours, self.build_up_hours, self.tear_down_hours):
            line.textChanged.connect(lambda _t: self._update())
        self._update()

    def template(self) -> RotaTemplate:
        """The template the inputs give; ValidationError (worded here) if they give none."""
        first = self.first_day.date().toPython()
        assert isinstance(first, date)
        last = first + timedelta(days=self.days.value() - 1)
        hours = self._hours(self.hours, self.tr("opening hours"))
        return RotaTemplate(
            first_day=first,
            days=self.days.value(),
            shifts_per_day=self.shifts_per_day.value(),
            people=self.people.value(),
            hours=hours,
            build_up=self._extra(first - timedelta(days=1), self.build_up_hours,
                                 self.build_up_people, self.tr("build-up hours")),
            tear_down=self._extra(last + timedelta(days=1), self.tear_down_hours,
                                  self.tear_down_people, self.tr("tear-down hours")),
        )  # fmt: skip

    def _hours(self, line: QLineEdit, what: str) -> Hours:
        try:
            return parse_hours(line.text(), what)
        except ValidationError:
            raise ValidationError(what, filled(
                self.tr("The %1 “%2” are not hours like 09:00-17:00 (closing after opening)."),
                what, line.text())) from None  # fmt: skip

    def _extra(self, day: date, line: QLineEdit, people: QSpinBox, what: str) -> ExtraDay | None:
        if people.value() == 0:
            return None
        return ExtraDay(day, self._hours(line, what), people.value())

    def _update(self) -> None:
        self.build_up_hours.setEnabled(self.build_up_people.value() > 0)
        self.tear_down_hours.setEnabled(self.tear_down_people.value() > 0)
        try:
            template = self.template()
            shifts = from_template(template, self._event.id, self._event.time_zone)
        except ValidationError as problem:
            self.summary.setText("")
            self.problem.show_message(problem.message)
            self.make_button.setEnabled(False)
            return
        self.problem.show_message(None)
        first, last = shifts[0].start.date(), shifts[-1].start.date()
        self.summary.setText(filled(
            self.tr("Makes %1 shifts from %2 to %3, added to the rota's shifts (undo takes "
                    "them away)."), len(shifts), day_text(first), day_text(last)))  # fmt: skip
        self.make_button.setText(self.tr("Make 1 shift") if len(shifts) == 1
                                 else self.tr("Make %n shifts", "", len(shifts)))  # fmt: skip
        self.make_button.setEnabled(True)

    def make(self) -> None:
        try:
            template = self.template()
        except ValidationError as problem:
            self.problem.show_message(problem.message)
            return
        self.make_button.setEnabled(False)

        def refused(message: str) -> None:
            self.make_button.setEnabled(True)
            self.problem.show_message(message[:1].upper() + message[1:])

        self._submit(template, while_alive(self, self.accept), while_alive(self, refused))


def _spin(low: int, high: int, value: int) -> QSpinBox:
    made = QSpinBox()
    made.setRange(low, high)
    made.setValue(max(low, min(high, value)))
    return made


def _hours(text: str) -> QLineEdit:
    made = QLineEdit(text)
    made.setPlaceholderText("09:00-17:00")
    return made
