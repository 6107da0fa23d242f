"""An event's phases in the app: build-up, open days with their opening hours, rehearsal,
dinner, tear-down, each with its own times in the event's zone and shown in public feeds
or to the staff only; added, changed and deleted here (before, only the command line could
add one), each saved at once in the background and undoable, a refusal shown with the typing
kept."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.programme import Phase, PhaseKind, ProgrammeEvent, phase_problems
from eventplanner.domain.timezones import localize, zone
from eventplanner.ui.planner import Planner
from eventplanner.ui.programme.programme_texts import phase_kind_label, phase_problem_text
from eventplanner.ui.programme.setting_undo import SettingChange, Submit
from eventplanner.ui.wording import filled


def _qt(moment: datetime) -> QDateTime:
    """A wall-clock time in the event's zone as the editors show it."""
    return QDateTime(QDate(moment.year, moment.month, moment.day),
                     QTime(moment.hour, moment.minute))  # fmt: skip


class PhasesDialog(QDialog):
    """The phases of ``event``; ``set_phases`` with each programme read."""

    written = Signal()  # a write was answered (saved or refused)

    def __init__(
        self,
        planner: Planner,
        event: ProgrammeEvent,
        submit: Submit,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._planner = planner
        self._submit = submit
        self._event = event
        self._phases: tuple[Phase, ...] = ()
        self._choose: int | None = None  # a phase just added, chosen once it is read
        self._shown: tuple[int | None, int] | None = None  # the phase in the fields
        self.setWindowTitle(filled(self.tr("Phases: %1"), event.title))
        self.list = QListWidget()
        self.list.currentItemChanged.connect(lambda _new, _old: self._chosen())
        self.kind = QComboBox()
        for kind in PhaseKind:
            self.kind.addItem(phase_kind_label(kind), kind)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("as the kind, if empty"))
        self.start = QDateTimeEdit()
        self.end = QDateTimeEdit()
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.shown = QComboBox()
        self.shown.addItem(self.tr("As the kind has it"), None)
        self.shown.addItem(self.tr("In public feeds"), True)
        self.shown.addItem(self.tr("To the staff only"), False)
        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(filled(self.tr("&From (%1):"), event.time_zone), self.start)
        form.addRow(self.tr("&Until:"), self.end)
        form.addRow(self.tr("Sho&wn:"), self.shown)
        self.new_button = QPushButton(self.tr("N&ew"))
        self.new_button.setToolTip(self.tr("Clear the fields for a new phase"))
        self.new_button.clicked.connect(self._new)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.clicked.connect(self.delete)
        row = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828")
        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(row)
        right.addWidget(self.message)
        right.addStretch(1)
        sides = QHBoxLayout()
        sides.addWidget(self.list, 1)
        sides.addLayout(right, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(sides, 1)
        box.addWidget(buttons)
        self.resize(820, 320)
        self._new()

    def set_phases(self, phases: Sequence[Phase]) -> None:
        """The event's phases as now read; the chosen one stays chosen."""
        chosen = self.chosen()
        wanted = self._choose if self._choose is not None else (chosen.id if chosen else None)
        self._choose = None
        self._phases = tuple(phases)
        tz = zone(self._event.time_zone)
        self.list.blockSignals(True)
        self.list.clear()
        for phase in self._phases:
            start, end = phase.start.astimezone(tz), phase.end.astimezone(tz)
            shown = self.tr("public") if phase.is_public else self.tr("staff")
            text = f"{start:%Y-%m-%d %H:%M}–{end:%H:%M}  {self._title(phase)} ({shown})"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, phase.id)
            self.list.addItem(item)
            if wanted is not None and phase.id == wanted:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self._shown is not None and self.list.currentItem() is None:
            self._new()  # the phase in the fields is gone (deleted)
            return
        self._chosen()

    def _title(self, phase: Phase) -> str:
        return phase.name or phase_kind_label(phase.kind)

    def chosen(self) -> Phase | None:
        item = self.list.currentItem()
        if item is None:
            return None
        ident = item.data(Qt.ItemDataRole.UserRole)
        return next((p for p in self._phases if p.id == ident), None)

    def _chosen(self) -> None:
        """The chosen phase in the fields; what is typed stays while it is the same phase
        as stored (a refused save keeps the typing)."""
        phase = self.chosen()
        self.delete_button.setEnabled(phase is not None)
        if phase is None or self._shown == (phase.id, phase.version):
            return
        self._shown = (phase.id, phase.version)
        tz = zone(self._event.time_zone)
        self.kind.setCurrentIndex(self.kind.findData(phase.kind))
        self.name.setText(phase.name)
        self.start.setDateTime(_qt(phase.start.astimezone(tz)))
        self.end.setDateTime(_qt(phase.end.astimezone(tz)))
        self.shown.setCurrentIndex(self.shown.findData(phase.public))
        self.message.clear()

    def _new(self) -> None:
        self.list.setCurrentRow(-1)  # none chosen: a new one
        self._shown = None
        first = datetime.combine(self._event.first_day, datetime.min.time())
        self.kind.setCurrentIndex(self.kind.findData(PhaseKind.OPEN_DAY))
        self.name.clear()
        self.start.setDateTime(_qt(first + timedelta(hours=9)))
        self.end.setDateTime(_qt(first + timedelta(hours=17)))
        self.shown.setCurrentIndex(0)
        self.delete_button.setEnabled(False)
        self.message.clear()

    def _moment(self, edit: QDateTimeEdit, field: str) -> datetime:
        value = edit.dateTime()
        day, clock = value.date(), value.time()
        naive = datetime.combine(date(day.year(), day.month(), day.day()),
                                 time(clock.hour(), clock.minute()))  # fmt: skip
        return localize(naive, self._event.time_zone, field=field)

    def save(self) -> None:
        """Add the phase typed (none chosen) or change the chosen one."""
        try:
            start, end = self._moment(self.start, "start"), self._moment(self.end, "end")
        except ValidationError as error:
            self.message.setText(error.message)
            return
        kind = PhaseKind(self.kind.currentData())
        name, public = self.name.text().strip(), self.shown.currentData()
        phase = self.chosen()
        candidate = Phase(None, self._event.id, kind, start, end, name, public)
        problems = phase_problems(candidate, self._event)
        if problems:  # said here, in the window's language, before anything is saved
            self.message.setText(phase_problem_text(problems[0], candidate, self._event))
            return
        if phase is None:
            typed = candidate
            self._write(SettingChange(self._planner, None, typed))
        else:
            changed = replace(phase, kind=kind, start=start, end=end, name=name, public=public)
            self._write(SettingChange(self._planner, phase, changed))

    def delete(self) -> None:
        phase = self.chosen()
        if phase is None or phase.id is None:
            return
        self._write(SettingChange(self._planner, phase, None))

    def _write(self, command: SettingChange) -> None:
        """Saved in the background and put in the undo history once saved."""
        self.message.clear()
        self._submit(command, self._done, self._refused)

    def _done(self, result: object) -> None:
        if isValid(self):
            record = result  # what the change saved
            if isinstance(record, Phase) and self.chosen() is None:
                self._choose = record.id
            self.written.emit()

    def _refused(self, message: str) -> None:
        if isValid(self):
            self.message.setText(message)
            self.written.emit()
