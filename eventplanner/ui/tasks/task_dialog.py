"""Add or edit a task: its title, event (or none), owner, due date (with an optional time)
or a rule counted from the event's start or end, pinned, notes.

What is wrong is said in the dialog, beside nothing saved: Save emits ``submitted`` with a
``TaskDraft`` only when the domain's checks pass; the window then saves it in the
background and closes the dialog (``mark_saved``) or shows why not (``show_error``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from eventplanner.domain.deadlines import MAX_AMOUNT, DayOff, Direction, RelativeDeadline, Unit
from eventplanner.domain.errors import ValidationError
from eventplanner.domain.model import Contact
from eventplanner.domain.tasks import TITLE_LIMIT, AnchorKind, Task, TaskDraft, TaskRule
from eventplanner.services.tasks.glance import EventChoice
from eventplanner.services.tasks.service import NOTES_LIMIT
from eventplanner.ui.dialogs.save_cancel import save_cancel_buttons
from eventplanner.ui.qt_dates import day_of, qdate_of, time_of
from eventplanner.ui.tasks.task_texts import short_day
from eventplanner.ui.widgets.day_edit import DayEdit
from eventplanner.ui.widgets.notices import problems_label
from eventplanner.ui.wording import filled


class TaskDialog(QDialog):
    """One task's fields; ``submitted`` with a checked draft."""

    submitted = Signal(object)  # TaskDraft

    def __init__(
        self,
        events: Sequence[EventChoice],
        contacts: Sequence[Contact],
        task: Task | None = None,
        *,
        today: date,
        event_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("TaskDialog")
        self.task = task
        self.setWindowTitle(
            self.tr("New task") if task is None else filled(self.tr("Edit “%1”"), task.title)
        )
        self.title_edit = QLineEdit(self)
        self.title_edit.setMaxLength(TITLE_LIMIT + 50)  # longer is said, not cut off unseen
        self.title_edit.setPlaceholderText(self.tr("What is to be done"))
        self.event_combo = choice_combo(self)
        self.event_combo.addItem(self.tr("(no event)"), None)
        for event in events:
            self.event_combo.addItem(f"{event.title} – {short_day(event.starts)}", event.id)
        self.owner_combo = choice_combo(self)
        self.owner_combo.addItem(self.tr("(no one)"), None)
        for contact in contacts:
            self.owner_combo.addItem(contact.name, contact.id)

        self.on_date = QRadioButton(self.tr("On a &date"), self)
        self.counted = QRadioButton(self.tr("Counted from the &event"), self)
        group = QButtonGroup(self)
        group.addButton(self.on_date)
        group.addButton(self.counted)
        self.date_edit = DayEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd yyyy-MM-dd")
        self.date_edit.setDate(qdate_of(today))
        self.has_time = QCheckBox(self.tr("at"), self)
        self.time_edit = QTimeEdit(self)
        self.time_edit.setTime(QTime(12, 0))
        self.time_edit.setEnabled(False)
        self.has_time.toggled.connect(self.time_edit.setEnabled)
        dated = QHBoxLayout()
        dated.setContentsMargins(0, 0, 0, 0)
        dated.addWidget(self.on_date)
        dated.addWidget(self.date_edit)
        dated.addWidget(self.has_time)
        dated.addWidget(self.time_edit)
        dated.addStretch(1)

        self.amount = QSpinBox(self)
        self.amount.setRange(0, 9999)
        self.amount.setValue(10)
        self.unit_combo = QComboBox(self)
        self.unit_combo.addItem(self.tr("working days"), Unit.WORKING_DAYS)
        self.unit_combo.addItem(self.tr("days"), Unit.DAYS)
        self.unit_combo.addItem(self.tr("weeks"), Unit.WEEKS)
        self.direction_combo = QComboBox(self)
        self.direction_combo.addItem(self.tr("before"), Direction.BEFORE)
        self.direction_combo.addItem(self.tr("after"), Direction.AFTER)
        self.anchor_combo = QComboBox(self)
        self.anchor_combo.addItem(self.tr("the event's start"), AnchorKind.EVENT_START)
        self.anchor_combo.addItem(self.tr("the event's end"), AnchorKind.EVENT_END)
        self.day_off_combo = QComboBox(self)
        self.day_off_combo.addItem(self.tr("on a day off: the working day before"), DayOff.EARLIER)
        self.day_off_combo.addItem(self.tr("on a day off: the working day after"), DayOff.LATER)
        self.day_off_combo.addItem(self.tr("on a day off: keep it"), DayOff.KEEP)
        rule = QHBoxLayout()
        rule.setContentsMargins(0, 0, 0, 0)
        rule.addWidget(self.counted)
        for widget in (self.amount, self.unit_combo, self.direction_combo, self.anchor_combo):
            rule.addWidget(widget)
        rule.addStretch(1)
        day_off = QHBoxLayout()
        day_off.setContentsMargins(self.fontMetrics().averageCharWidth() * 4, 0, 0, 0)
        day_off.addWidget(self.day_off_combo)
        day_off.addStretch(1)
        due = QVBoxLayout()
        due.setContentsMargins(0, 0, 0, 0)
        due.addLayout(dated)
        due.addLayout(rule)
        due.addLayout(day_off)
        self.on_date.toggled.connect(self._due_kind_changed)

        self.pinned = QCheckBox(self.tr("&Pinned: stays where it is when its event moves"), self)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(self.fontMetrics().height() * 4)
        self.problems = problems_label(self)

        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("E&vent:"), self.event_combo)
        form.addRow(self.tr("&Owner:"), self.owner_combo)
        form.addRow(self.tr("Due:"), due)
        form.addRow("", self.pinned)
        form.addRow(self.tr("&Notes:"), self.notes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        self.buttons = save_cancel_buttons(self, self._save)
        layout.addWidget(self.buttons)
        self._fill(task, event_id)
        self.resize(self.fontMetrics().averageCharWidth() * 100, self.sizeHint().height())

    def _fill(self, task: Task | None, event_id: int | None) -> None:
        if task is None:
            self._choose(self.event_combo, event_id)
            self.on_date.setChecked(True)
            self._due_kind_changed()
            return
        self.title_edit.setText(task.title)
        self._choose(self.event_combo, task.event_id)
        self._choose(self.owner_combo, task.owner_contact_id)
        self.date_edit.setDate(qdate_of(task.due_date))
        if task.due_time is not None:
            self.has_time.setChecked(True)
            self.time_edit.setTime(QTime(task.due_time.hour, task.due_time.minute))
        rule = task.rule
        if rule is not None and rule.anchor in (AnchorKind.EVENT_START, AnchorKind.EVENT_END):
            self.counted.setChecked(True)
            self.amount.setValue(rule.deadline.amount)
            self._choose(self.unit_combo, rule.deadline.unit)
            self._choose(self.direction_combo, rule.deadline.direction)
            self._choose(self.anchor_combo, rule.anchor)
            self._choose(self.day_off_combo, rule.deadline.day_off)
        else:
            # A rule the dialog cannot show (from a phase, another task): kept unless the
            # date is changed to one of its own (``_kept_rule``).
            self.on_date.setChecked(True)
        self._due_kind_changed()
        self.pinned.setChecked(task.pinned)
        self.notes.setPlainText(task.notes)

    @staticmethod
    def _choose(combo: QComboBox, value: object) -> None:
        found = combo.findData(value)
        combo.setCurrentIndex(max(found, 0))

    def _due_kind_changed(self) -> None:
        dated = self.on_date.isChecked()
        self.date_edit.setEnabled(dated)
        self.has_time.setEnabled(dated)
        self.time_edit.setEnabled(dated and self.has_time.isChecked())
        for widget in (self.amount, self.unit_combo, self.direction_combo, self.anchor_combo,
                       self.day_off_combo):  # fmt: skip
            widget.setEnabled(not dated)

    # -- reading what was entered -----------------------------------------------------------

    def draft(self) -> TaskDraft:
        """The task as entered; ValidationError (its message in the window's language)
        naming what is wrong."""
        title = " ".join(self.title_edit.text().split())
        if not title:
            raise ValidationError("title", self.tr("A task needs a title."))
        if len(title) > TITLE_LIMIT:
            raise ValidationError("title", filled(
                self.tr("The title may have at most %1 characters; it has %2."),
                TITLE_LIMIT, len(title)))  # fmt: skip
        notes = self.notes.toPlainText().strip()
        if len(notes) > NOTES_LIMIT:
            raise ValidationError("notes", filled(
                self.tr("The notes may have at most %1 characters; they have %2."),
                NOTES_LIMIT, len(notes)))  # fmt: skip
        event_id = self.event_combo.currentData()
        if self.event_combo.isEditable() and self.event_combo.currentText() != (
            self.event_combo.itemText(self.event_combo.currentIndex())
        ):
            raise ValidationError(
                "event", self.tr("Choose the event from the list, or (no event).")
            )
        owner = self.owner_combo.currentData()
        if self.owner_combo.currentText() != self.owner_combo.itemText(
            self.owner_combo.currentIndex()
        ):
            raise ValidationError("owner", self.tr("Choose the owner from the list, or (no one)."))
        common = {"title": title, "event_id": event_id, "notes": notes,
                  "owner_contact_id": owner, "pinned": self.pinned.isChecked()}  # fmt: skip
        if self.task is not None:
            common.update(owner_role=self.task.owner_role, template_key=self.task.template_key)
        if self.on_date.isChecked():
            due_time = time_of(self.time_edit.time()) if self.has_time.isChecked() else None
            day = day_of(self.date_edit.date())
            kept = self._kept_rule(day, event_id)
            if kept is not None:
                return TaskDraft(rule=kept, due_time=due_time, **common)
            return TaskDraft(due_date=day, due_time=due_time, **common)
        if event_id is None:
            raise ValidationError("event", self.tr(
                "A date counted from the event needs the task's event: choose one, or give a "
                "date."))  # fmt: skip
        # A combo box hands its data back as plain text: the enums are made again.
        unit = Unit(self.unit_combo.currentData())
        amount = self.amount.value()
        if amount > MAX_AMOUNT[unit]:
            raise ValidationError("deadline", filled(
                self.tr("%1 %2 is too far; at most %3 (about ten years)."),
                amount, self.unit_combo.currentText(), MAX_AMOUNT[unit]))  # fmt: skip
        deadline = RelativeDeadline(amount, unit, Direction(self.direction_combo.currentData()),
                                    DayOff(self.day_off_combo.currentData()))  # fmt: skip
        rule = TaskRule(AnchorKind(self.anchor_combo.currentData()), deadline)
        return TaskDraft(rule=rule, **common)

    def _kept_rule(self, day: date, event_id: int | None) -> TaskRule | None:
        """A rule the dialog does not show (from a phase or another task), kept while the
        date and event are as they were."""
        task = self.task
        if task is None or task.rule is None:
            return None
        if task.rule.anchor in (AnchorKind.EVENT_START, AnchorKind.EVENT_END):
            return None
        if day != task.due_date or event_id != task.event_id:
            return None
        return task.rule

    def _save(self) -> None:
        try:
            draft = self.draft()
        except ValidationError as error:
            self.show_error(error.field, error.message)
            return
        self.problems.hide()
        self.buttons.setEnabled(False)  # until the save is answered
        self.submitted.emit(draft)

    def show_error(self, field: str | None, message: str) -> None:
        """Say what is wrong (the field it concerns gets the focus); nothing is saved."""
        self.buttons.setEnabled(True)
        self.problems.setText(message)
        self.problems.show()
        widget = {
            "title": self.title_edit,
            "notes": self.notes,
            "event": self.event_combo,
            "owner": self.owner_combo,
            "deadline": self.amount,
            "due": self.date_edit if self.on_date.isChecked() else self.amount,
        }.get(field or "")
        if widget is not None:
            widget.setFocus()

    def mark_saved(self) -> None:
        self.accept()


def choice_combo(parent: QWidget) -> QComboBox:
    """A list to pick from that also finds by any words typed (hundreds of events)."""
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = combo.completer()
    assert completer is not None
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    return combo
