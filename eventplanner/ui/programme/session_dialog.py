"""The session editor: title, kind, day and times in the event's zone (shown in another
zone the viewer picks as well), stage, block, description, language and the people with
their roles. What the domain's rules refuse is said in the dialog as you type; a save the
database refuses keeps the dialog open with its message. The draft's conflicts (its people
elsewhere at once, outside their availability or declined, its stage booked twice, the
session outside its event) are asked for off the GUI thread and shown as advice."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from eventplanner.domain.conflicts import Conflict
from eventplanner.domain.errors import ValidationError
from eventplanner.domain.programme import (
    Confirmation,
    PersonRole,
    ProgrammeEvent,
    Session,
    SessionKind,
    session_problems,
)
from eventplanner.domain.timezones import exists, is_valid_zone, zone
from eventplanner.ui.conflict_texts import describe
from eventplanner.ui.programme.programme_texts import (
    confirmation_label,
    role_label,
    session_kind_label,
    session_problem_text,
)
from eventplanner.ui.programme.programme_undo import Person
from eventplanner.ui.programme.timetable_layout import event_days
from eventplanner.ui.text import day_text
from eventplanner.ui.widgets.notices import Banner
from eventplanner.ui.widgets.time_zone_picker import TimeZonePicker

Submit = Callable[[Session, tuple[Person, ...], Callable[[], None], Callable[[str], None]], None]
"""(session, people, done, refused): how the dialog's Save is written."""
CheckConflicts = Callable[[Session, tuple[Person, ...], Callable[[Sequence[Conflict]], None]], None]
"""(session, people, found): the draft's conflicts asked for in the background."""
CONFLICTS_SHOWN_AT_MOST = 5


class SessionDialog(QDialog):
    """Edits one session (``record.id`` None: a new one)."""

    problems_shown = Signal(str)
    conflicts_shown = Signal()
    """The draft's conflicts came back and are shown (none, perhaps)."""

    def __init__(
        self,
        event: ProgrammeEvent,
        record: Session,
        *,
        stages: Sequence[tuple[int, str]],
        blocks: Sequence[tuple[int, str]],
        contacts: Sequence[tuple[int, str]],
        people: Sequence[Person] = (),
        viewer_zone: str = "",
        submit: Submit,
        check_conflicts: CheckConflicts | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._check_conflicts = check_conflicts
        self._conflicts_key: object = None
        self.conflicts: tuple[Conflict, ...] = ()
        self._event = event
        self._record = record
        self._submit = submit
        self._contacts = list(contacts)
        self.setWindowTitle(self.tr("New session") if record.id is None else self.tr("Session"))
        self.title = QLineEdit(record.title)
        self.kind = QComboBox()
        for kind in SessionKind:
            self.kind.addItem(session_kind_label(kind), kind)
        self.kind.setCurrentIndex(list(SessionKind).index(record.kind))
        self.day = QComboBox()
        self._days = event_days(event.first_day, event.last_day)
        for day in self._days:
            self.day.addItem(day_text(day, long=True))
        start = record.start.astimezone(zone(event.time_zone))
        end = record.end.astimezone(zone(event.time_zone))
        if start.date() in self._days:
            self.day.setCurrentIndex(self._days.index(start.date()))
        self.start = QTimeEdit(QTime(start.hour, start.minute))
        self.end = QTimeEdit(QTime(end.hour, end.minute))
        for field in (self.start, self.end):
            field.setDisplayFormat("HH:mm")
        self.elsewhere_zone = TimeZonePicker()
        self.elsewhere_zone.set_time_zone(viewer_zone or event.time_zone)
        self.elsewhere = QLabel()
        self.stage = QComboBox()
        self.stage.addItem(self.tr("No stage"), None)
        for ident, name in stages:
            self.stage.addItem(name, ident)
        self.stage.setCurrentIndex(max(0, self.stage.findData(record.stage_id)))
        self.block = QComboBox()
        self.block.addItem(self.tr("No block"), None)
        for ident, name in blocks:
            self.block.addItem(name, ident)
        self.block.setCurrentIndex(max(0, self.block.findData(record.block_id)))
        self.description = QPlainTextEdit(record.description)
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(70)
        self.language = QLineEdit(record.language)
        self.language.setPlaceholderText(self.tr("e.g. sv or en"))
        self.people = QTableWidget(0, 3)
        self.people.setHorizontalHeaderLabels(
            [self.tr("Person"), self.tr("Role"), self.tr("Confirmation")]
        )
        self.people.horizontalHeader().setStretchLastSection(True)
        self.people.verticalHeader().hide()
        self.people.setMinimumHeight(110)
        for person in people:
            self._add_person(person)
        add = QPushButton(self.tr("Add person"))
        add.clicked.connect(lambda: self._add_person(None))
        remove = QPushButton(self.tr("Remove person"))
        remove.clicked.connect(self._remove_person)
        add.setEnabled(bool(self._contacts))
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #c62828")
        self.conflict_banner = Banner("warning", self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        times = QHBoxLayout()
        times.addWidget(self.day, 2)
        times.addWidget(self.start)
        times.addWidget(QLabel("–"))
        times.addWidget(self.end)
        zone_row = QHBoxLayout()
        zone_row.addWidget(self.elsewhere_zone, 1)
        zone_row.addWidget(self.elsewhere, 1)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("When:"), times)
        form.addRow(self.tr("Also shown in:"), zone_row)
        form.addRow(self.tr("&Stage:"), self.stage)
        form.addRow(self.tr("&Block:"), self.block)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Description:"), self.description)
        person_buttons = QHBoxLayout()
        person_buttons.addWidget(add)
        person_buttons.addWidget(remove)
        person_buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(QLabel(self.tr("People:")))
        box.addWidget(self.people)
        box.addLayout(person_buttons)
        box.addWidget(self.problems)
        box.addWidget(self.conflict_banner)
        box.addWidget(self.buttons)
        self.resize(560, 620)
        for signal in (self.title.textChanged, self.language.textChanged,
                       self.start.timeChanged, self.end.timeChanged,
                       self.day.currentIndexChanged, self.kind.currentIndexChanged):  # fmt: skip
            signal.connect(self._check)
        self.elsewhere_zone.time_zone_changed.connect(lambda _zone: self._check())
        for choice in (self.stage, self.block):
            choice.currentIndexChanged.connect(self._ask_conflicts)
        self._check()

    # -- people --------------------------------------------------------------------------

    def _add_person(self, person: Person | None) -> None:
        row = self.people.rowCount()
        self.people.insertRow(row)
        who = QComboBox()
        for ident, name in self._contacts:
            who.addItem(name, ident)
        if person is not None:
            index = who.findData(person.contact_id)
            if index < 0:
                who.addItem(person.name, person.contact_id)
                index = who.count() - 1
            who.setCurrentIndex(index)
        role = QComboBox()
        for each_role in PersonRole:
            role.addItem(role_label(each_role), each_role)
        confirmation = QComboBox()
        for each in Confirmation:
            confirmation.addItem(confirmation_label(each), each)
        if person is not None:
            role.setCurrentIndex(list(PersonRole).index(person.role))
            confirmation.setCurrentIndex(list(Confirmation).index(person.confirmation))
        self.people.setCellWidget(row, 0, who)
        self.people.setCellWidget(row, 1, role)
        self.people.setCellWidget(row, 2, confirmation)
        self.people.resizeColumnsToContents()
        for box in (who, role, confirmation):
            box.currentIndexChanged.connect(self._ask_conflicts)
        self._ask_conflicts()

    def _remove_person(self) -> None:
        row = self.people.currentRow()
        if row < 0:
            row = self.people.rowCount() - 1
        if row >= 0:
            self.people.removeRow(row)
            self._ask_conflicts()

    def chosen_people(self) -> tuple[Person, ...]:
        chosen: dict[tuple[int, PersonRole], Person] = {}
        for row in range(self.people.rowCount()):
            who, role, confirmation = (self.people.cellWidget(row, c) for c in range(3))
            assert isinstance(who, QComboBox) and isinstance(role, QComboBox)
            assert isinstance(confirmation, QComboBox)
            if who.currentData() is None:
                continue
            person = Person(
                who.currentData(),
                PersonRole(role.currentData()),
                Confirmation(confirmation.currentData()),
                who.currentText(),
            )
            chosen[(person.contact_id, person.role)] = person
        return tuple(chosen.values())

    # -- the session as typed ------------------------------------------------------------

    def _moment(self, day: date, value: QTime) -> datetime:
        naive = datetime.combine(day, time(value.hour(), value.minute()))
        return naive.replace(tzinfo=zone(self._event.time_zone))

    def session(self) -> Session:
        day = self._days[max(0, self.day.currentIndex())]
        start = self._moment(day, self.start.time())
        end = self._moment(day, self.end.time())
        if self.end.time() == QTime(0, 0) and self.start.time() != QTime(0, 0):
            end = self._moment(day + timedelta(days=1), QTime(0, 0))  # until midnight
        return replace(
            self._record,
            title=self.title.text().strip(),
            kind=SessionKind(self.kind.currentData()),
            start=start,
            end=end,
            stage_id=self.stage.currentData(),
            block_id=self.block.currentData(),
            description=self.description.toPlainText(),
            language=self.language.text().strip(),
        )

    def problem_texts(self) -> list[str]:
        record = self.session()
        problems: list[ValidationError] = []
        for moment, field in ((record.start, "start"), (record.end, "end")):
            if not exists(moment):
                problems.append(ValidationError(field, self.tr("that time does not exist here")))
        texts = [p.message for p in problems]
        texts += [session_problem_text(p, record, self._event)
                  for p in session_problems(record, self._event)]  # fmt: skip
        return texts

    def _check(self) -> None:
        texts = self.problem_texts()
        self.problems.setText("\n".join(texts))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not texts)
        record = self.session()
        other = self.elsewhere_zone.time_zone()
        if is_valid_zone(other):
            there = zone(other)
            start, end = record.start.astimezone(there), record.end.astimezone(there)
            text = f"{start:%H:%M}–{end:%H:%M}"
            if start.date() != record.start.date():
                text += f" ({day_text(start.date())})"
            self.elsewhere.setText(text)
        else:
            self.elsewhere.setText("")
        self._ask_conflicts()

    # -- conflicts -------------------------------------------------------------------------

    def _ask_conflicts(self) -> None:
        """Ask about the draft as it now stands (not while the domain refuses it)."""
        if self._check_conflicts is None or not hasattr(self, "buttons"):
            return
        if self.problem_texts():
            return
        record = self.session()
        people = self.chosen_people()
        key = (record.start, record.end, record.stage_id, record.block_id, record.title,
               people)  # fmt: skip
        if key == self._conflicts_key:
            return
        self._conflicts_key = key
        self._check_conflicts(record, people, lambda found: self._found(key, found))

    def _found(self, key: object, found: Sequence[Conflict]) -> None:
        if not isValid(self) or key != self._conflicts_key:
            return  # closed meanwhile, or an older question's answer
        self.conflicts = tuple(found)
        if not found:
            self.conflict_banner.show_message(None)
        else:
            zone_name = self._event.time_zone
            lines = [self.tr("Conflicts (you can still save):")]
            lines += [f"• {describe(c, zone_name)}" for c in found[:CONFLICTS_SHOWN_AT_MOST]]
            if len(found) > CONFLICTS_SHOWN_AT_MOST:
                lines.append(self.tr("• and %n more", "", len(found) - CONFLICTS_SHOWN_AT_MOST))
            self.conflict_banner.show_message("\n".join(lines))
        self.conflicts_shown.emit()

    def save(self) -> None:
        texts = self.problem_texts()
        if texts:
            self.problems.setText("\n".join(texts))
            self.problems_shown.emit(self.problems.text())
            return
        self.buttons.setEnabled(False)

        def refused(message: str) -> None:
            self.buttons.setEnabled(True)
            self.problems.setText(message)
            self.problems_shown.emit(message)

        self._submit(self.session(), self.chosen_people(), self.accept, refused)
