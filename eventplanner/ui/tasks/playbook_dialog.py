"""Apply playbook…: choose an event and a playbook, see the tasks it would make with their
dates (and why a date moved off a day off), and apply it: one undoable step.

The plan is the playbooks' service's (``PlaybookService.plan``), read in the background
each time the choice changes; the dialog only shows it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from eventplanner.services.tasks.glance import EventChoice
from eventplanner.ui.planner import Planner
from eventplanner.ui.tasks.task_dialog import choice_combo
from eventplanner.ui.tasks.task_texts import moved_text, short_day
from eventplanner.ui.widgets.notices import problems_label
from eventplanner.ui.wording import filled

if TYPE_CHECKING:
    from eventplanner.services.playbooks.records import EventPlan


class PlaybookDialog(QDialog):
    """``chosen`` (playbook name, event id) when Apply is clicked on a plan with new tasks."""

    chosen = Signal(str, int)
    planned = Signal()  # a plan is shown (tests wait for it)

    def __init__(
        self,
        planner: Planner,
        events: Sequence[EventChoice],
        playbooks: Sequence[tuple[str, str]],
        *,
        event_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("PlaybookDialog")
        self.setWindowTitle(self.tr("Apply playbook"))
        self._planner = planner
        self._languages = dict(playbooks)
        """Each playbook's language, which its tasks are made in."""
        self._key = f"playbook-plan:{id(self)}"
        self._plan: EventPlan | None = None
        self.event_combo = choice_combo(self)
        for event in events:
            self.event_combo.addItem(f"{event.title} – {short_day(event.starts)}", event.id)
        found = self.event_combo.findData(event_id)
        self.event_combo.setCurrentIndex(max(found, 0))
        self.playbook_combo = QComboBox(self)
        self.playbook_combo.addItems([name for name, _language in playbooks])
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setMinimumHeight(self.fontMetrics().height() * 12)
        self.problems = problems_label(self)
        self.problems.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.apply_button = self.buttons.addButton(
            self.tr("&Apply"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self._apply)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Event:"), self.event_combo)
        form.addRow(self.tr("&Playbook:"), self.playbook_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 100, self.sizeHint().height())
        self.event_combo.currentIndexChanged.connect(lambda _i: self._replan())
        self.playbook_combo.currentIndexChanged.connect(lambda _i: self._replan())
        self._replan()

    def _replan(self) -> None:
        self._plan = None
        self.apply_button.setEnabled(False)
        event_id = self.event_combo.currentData()
        name = self.playbook_combo.currentText()
        if event_id is None or not name:
            self.preview.setPlainText("")
            return
        self._planner.read(
            lambda ws: ws.playbooks.plan(name, event_id),
            self._planned,
            key=self._key,
            on_error=self.show_error,
        )

    def _planned(self, plan: EventPlan) -> None:
        if not shiboken6.isValid(self):
            return
        self._plan = plan
        self.problems.hide()
        lines = []
        language = self._languages.get(plan.playbook, "sv")
        for task in plan.tasks:
            line = f"{short_day(task.due.day)}  {task.template.title(language)}"
            if task.template.key in plan.existing:
                line += "  " + self.tr("(the event has it already)")
            elif task.due.reason:
                line += f"  ({moved_text(task.due.reason)})"
            lines.append(line)
        new = len(plan.new_tasks)
        summary = (
            filled(self.tr("%1 new tasks for “%2”:"), new, plan.event_title)
            if new
            else filled(self.tr("“%1” has every task of this playbook already."),
                        plan.event_title)
        )  # fmt: skip
        self.preview.setPlainText("\n".join([summary, "", *lines]))
        self.apply_button.setEnabled(new > 0)
        self.planned.emit()

    def _apply(self) -> None:
        if self._plan is None or not self._plan.new_tasks:
            return
        self.apply_button.setEnabled(False)
        self.chosen.emit(self._plan.playbook, self._plan.event_id)

    def show_error(self, message: str) -> None:
        """Say why (a refused plan or apply); nothing was made."""
        if not shiboken6.isValid(self):
            return
        self.problems.setText(message)
        self.problems.show()
        self.apply_button.setEnabled(self._plan is not None and bool(self._plan.new_tasks))

    def mark_saved(self) -> None:
        self.accept()
