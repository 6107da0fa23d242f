"""Edit shift…: a shift's title, kind, times of day, need, skills and notes, changed for it
alone, for it and the following shifts of its slot, or for all of them; the dialog says how
many shifts each choice changes before it changes any. Only the fields changed here are
changed in the other shifts (their own titles and days stay)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from eventplanner.domain.rota import MAX_NEEDED, Scope, Shift, ShiftEdit, ShiftKind, clean_skills
from eventplanner.ui.rota.rota_texts import scope_label, shift_kind_label, shift_title
from eventplanner.ui.widgets.alive import while_alive
from eventplanner.ui.widgets.notices import FieldError
from eventplanner.ui.wording import filled

Submit = Callable[[ShiftEdit, Scope, Callable[[], None], Callable[[str], None]], None]
"""(edit, scope, saved, refused)"""


class ShiftDialog(QDialog):
    """``set_counts`` tells it how many shifts each scope changes (read in the background)."""

    def __init__(self, shift: Shift, submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shift = shift
        self._submit = submit
        self._counts: dict[Scope, int] = {}
        self.setWindowTitle(filled(self.tr("Edit shift: %1"), shift_title(shift)))
        self.title = QLineEdit(shift.title)
        self.title.setPlaceholderText(shift_kind_label(shift.kind))
        self.kind = QComboBox()
        for kind in ShiftKind:
            self.kind.addItem(shift_kind_label(kind), kind)
        self.kind.setCurrentIndex(list(ShiftKind).index(shift.kind))
        end = shift.end.astimezone(shift.start.tzinfo)
        self.starts = QTimeEdit(QTime(shift.start.hour, shift.start.minute))
        self.ends = QTimeEdit(QTime(end.hour, end.minute))
        for edit in (self.starts, self.ends):
            edit.setDisplayFormat("HH:mm")
        self.needed = QSpinBox()
        self.needed.setRange(1, MAX_NEEDED)
        self.needed.setValue(shift.needed)
        self.skills = QLineEdit(", ".join(shift.skills))
        self.skills.setPlaceholderText(self.tr("German, demo operator"))
        self.notes = QLineEdit(shift.notes)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Starts:"), self.starts)
        form.addRow(self.tr("&Ends:"), self.ends)
        form.addRow(self.tr("&People needed:"), self.needed)
        form.addRow(self.tr("Required s&kills:"), self.skills)
        form.addRow(self.tr("&Notes:"), self.notes)
        scopes = QGroupBox(self.tr("Change"))
        scopes_box = QVBoxLayout(scopes)
        self.scope_group = QButtonGroup(self)
        self.scope_buttons: dict[Scope, QRadioButton] = {}
        for n, scope in enumerate(Scope):
            button = QRadioButton(scope_label(scope))
            self.scope_group.addButton(button, n)
            self.scope_buttons[scope] = button
            scopes_box.addWidget(button)
        self.scope_buttons[Scope.THIS].setChecked(True)
        self.scope_group.idToggled.connect(lambda _i, _on: self._update())
        self.effect = QLabel()
        self.effect.setWordWrap(True)
        self.problem = FieldError()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(scopes)
        box.addWidget(self.effect)
        box.addWidget(self.problem)
        box.addWidget(self.buttons)
        for line in (self.title, self.skills, self.notes):
            line.textChanged.connect(lambda _t: self._update())
        for time_edit in (self.starts, self.ends):
            time_edit.timeChanged.connect(lambda _t: self._update())
        self.needed.valueChanged.connect(lambda _v: self._update())
        self.kind.currentIndexChanged.connect(lambda _i: self._update())
        self._update()

    def set_counts(self, counts: Mapping[Scope, int]) -> None:
        self._counts = dict(counts)
        for scope, button in self.scope_buttons.items():
            count = self._counts.get(scope)
            label = scope_label(scope)
            button.setText(label if count is None else filled(self.tr("%1 (%2)"), label, count))
        self._update()

    def scope(self) -> Scope:
        return next(s for s, b in self.scope_buttons.items() if b.isChecked())

    def edit(self) -> ShiftEdit:
        """What is changed here, and only that."""
        shift = self.shift
        end = shift.end.astimezone(shift.start.tzinfo)
        starts = _time(self.starts.time())
        ends = _time(self.ends.time())
        skills = clean_skills(self.skills.text().split(","))
        kind = ShiftKind(self.kind.currentData())  # (a StrEnum comes back from Qt a str)
        return ShiftEdit(
            kind=kind if kind != shift.kind else None,
            title=self.title.text() if self.title.text().strip() != shift.title else None,
            needed=self.needed.value() if self.needed.value() != shift.needed else None,
            skills=skills if skills != shift.skills else None,
            notes=self.notes.text() if self.notes.text() != shift.notes else None,
            starts=starts if starts != shift.start.time().replace(second=0) else None,
            ends=ends if ends != end.time().replace(second=0) else None,
        )  # fmt: skip

    def _update(self) -> None:
        count = self._counts.get(self.scope())
        if self.edit().empty:
            self.effect.setText(self.tr("Nothing changed yet."))
            self.save_button.setText(self.tr("Change"))
            self.save_button.setEnabled(False)
            return
        if count is None:
            self.effect.setText(self.tr("Counting the shifts this changes…"))
            self.save_button.setEnabled(False)
            return
        if count == 1:
            self.effect.setText(self.tr("This changes this shift only."))
            self.save_button.setText(self.tr("Change 1 shift"))
        else:
            self.effect.setText(self.tr("This changes %n shifts.", "", count))
            self.save_button.setText(self.tr("Change %n shifts", "", count))
        self.save_button.setEnabled(True)

    def save(self) -> None:
        edit = self.edit()
        if edit.empty:
            return
        self.save_button.setEnabled(False)

        def refused(message: str) -> None:
            self._update()
            self.problem.show_message(message)

        self._submit(edit, self.scope(), while_alive(self, self.accept),
                     while_alive(self, refused))  # fmt: skip


def _time(shown: QTime) -> time:
    return time(shown.hour(), shown.minute())
