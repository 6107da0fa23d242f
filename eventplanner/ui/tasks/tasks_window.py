"""View → Tasks…: the coordinator's tasks, overdue, today, this week, later (and done, when
asked), or by owner, or by event; a filter box over title, owner and event.

Read through the Planner off the GUI thread (``TaskService.rows``: the tasks with their
search keys and groupings made there). A change set that touches tasks, events (a move
takes tasks along; a delete takes them away) or contacts (an owner's name) has only what it
names read again there and amended into the rows (``TaskService.rows_reread``), not every
task. A tick shows at once, before its write comes back (``KeptRows``). Each change (tick
done, edit, delete) goes onto the window's undo stack.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from eventplanner.domain.tasks import Task
from eventplanner.services.changes import ChangeSet, Kind
from eventplanner.services.tasks.kept_rows import KeptRows
from eventplanner.ui.events import undo
from eventplanner.ui.planner import Planner
from eventplanner.ui.tasks import task_undo
from eventplanner.ui.tasks.task_model import Grouping, TaskColumn, TaskListModel
from eventplanner.ui.tasks.task_table import TaskTable
from eventplanner.ui.widgets.notices import quiet
from eventplanner.ui.wording import filled

if TYPE_CHECKING:
    from eventplanner.services.tasks.task_rows import TaskRows

RELOAD_ON = (Kind.TASK, Kind.EVENT, Kind.CONTACT)
"""What a change set touches that the Tasks view shows."""


class TasksWindow(QDialog):
    """Every task, grouped; the chosen one ticked, opened or deleted (with undo)."""

    loaded = Signal()
    """The tasks are shown (after each read)."""
    edit_requested = Signal(object)
    """A task to open in the task dialog (None: a new one)."""
    playbook_requested = Signal()
    """Apply playbook… was clicked (the window that made this one wires it)."""
    playbooks_requested = Signal()
    """Edit playbooks… was clicked (the window that made this one wires it)."""
    working_days_requested = Signal()
    """Working days… was clicked."""

    def __init__(
        self,
        planner: Planner,
        stack: QUndoStack,
        today: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._planner = planner
        self._stack = stack
        self._today = today
        self._key = f"tasks:{id(self)}"
        self._kept = KeptRows()
        self.setWindowTitle(self.tr("Tasks"))
        self.setObjectName("TasksWindow")
        self.setWindowFlag(Qt.WindowType.WindowMinMaxButtonsHint, True)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter by title, owner or event"))
        self.filter_edit.setClearButtonEnabled(True)
        self.group_combo = QComboBox(self)
        for grouping, text in ((Grouping.DUE, self.tr("Due date")),
                               (Grouping.OWNER, self.tr("Owner")),
                               (Grouping.EVENT, self.tr("Event"))):  # fmt: skip
            self.group_combo.addItem(text, grouping)
        group_label = QLabel(self.tr("&Group by:"), self)
        group_label.setBuddy(self.group_combo)
        self.show_done = QCheckBox(self.tr("Show &done"), self)
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(group_label)
        top.addWidget(self.group_combo)
        top.addWidget(self.show_done)

        self.model = TaskListModel(self)
        self.table = TaskTable(self)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TaskColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        average = self.fontMetrics().averageCharWidth()
        self.table.setColumnWidth(TaskColumn.DUE, average * 21)
        self.table.setColumnWidth(TaskColumn.OWNER, average * 22)
        self.table.setColumnWidth(TaskColumn.EVENT, average * 42)

        self.summary = QLabel(self)
        quiet(self.summary)
        self.new_button = QPushButton(self.tr("&New task…"), self)
        self.edit_button = QPushButton(self.tr("&Open…"), self)
        self.done_button = QPushButton(self.tr("&Tick done"), self)
        self.delete_button = QPushButton(self.tr("De&lete"), self)
        self.playbook_button = QPushButton(self.tr("Apply &playbook…"), self)
        self.playbook_button.setToolTip(self.tr("Make an event's tasks from a playbook"))
        self.playbook_button.hide()  # shown once something is wired to it (``offer_playbooks``)
        self.working_days_button = QPushButton(self.tr("&Working days…"), self)
        self.working_days_button.setToolTip(
            self.tr("The days deadlines count as working days: bridge days, own days off")
        )
        self.playbooks_button = QPushButton(self.tr("Edit play&books…"), self)
        self.playbooks_button.setToolTip(
            self.tr("The playbooks' tasks and deadlines: your team's own, and copies of the "
                    "shipped ones")
        )  # fmt: skip
        self.playbooks_button.hide()  # shown once wired (``offer_playbook_editor``)
        commands = QHBoxLayout()
        commands.addWidget(self.summary, 1)
        for button in (self.working_days_button, self.playbooks_button, self.playbook_button,
                       self.new_button, self.edit_button, self.done_button,
                       self.delete_button):  # fmt: skip
            button.setAutoDefault(False)  # Enter belongs to the list: it opens the task
            commands.addWidget(button)
        hint = QLabel(self.tr("Space ticks the chosen task done, Enter opens it, Delete deletes "
                              "it; Ctrl+Z undoes."), self)  # fmt: skip
        quiet(hint)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(commands)
        layout.addWidget(hint)
        self.resize(average * 150, self.fontMetrics().height() * 34)

        self._selected_id: int | None = None
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.filter_edit.returnPressed.connect(self._to_list)
        self.group_combo.currentIndexChanged.connect(lambda _i: self._group_changed())
        self.show_done.toggled.connect(
            lambda on: self._reshown(lambda: self.model.set_show_done(on))
        )
        self.table.toggle_requested.connect(self.toggle_done)
        self.table.open_requested.connect(self.edit_requested.emit)
        self.table.delete_requested.connect(self.delete)
        self.new_button.clicked.connect(lambda: self.edit_requested.emit(None))
        self.edit_button.clicked.connect(lambda: self._with_current(self.edit_requested.emit))
        self.done_button.clicked.connect(lambda: self._with_current(self.toggle_done))
        self.delete_button.clicked.connect(lambda: self._with_current(self.delete))
        self.playbook_button.clicked.connect(self.playbook_requested.emit)
        self.playbooks_button.clicked.connect(self.playbooks_requested.emit)
        self.working_days_button.clicked.connect(self.working_days_requested.emit)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._chosen_changed())
        for keys in (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(
                stack.undo if keys == QKeySequence.StandardKey.Undo else stack.redo
            )
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self.filter_edit.setFocus)
        planner.changed.connect(self._changed)
        self._chosen_changed()
        self.reload()

    def offer_playbooks(self) -> None:
        """Show Apply playbook… (the window that made this one has wired it)."""
        self.playbook_button.show()

    def offer_playbook_editor(self) -> None:
        """Show Edit playbooks… (the window that made this one has wired it)."""
        self.playbooks_button.show()

    # -- reading ---------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read every task."""
        today = self._today()
        self._planner.read(
            lambda ws: ws.tasks.rows(today),
            self._loaded,
            key=self._key,
        )

    def _changed(self, changes: ChangeSet) -> None:
        if not shiboken6.isValid(self) or not changes.touches(*RELOAD_ON):
            return
        heard = self._kept.heard(changes)
        read = self._kept.read
        if read is None:
            self.reload()
            return
        today = self._today()
        self._planner.read(
            lambda ws: ws.tasks.rows_reread(read, heard, today),
            self._loaded,
            key=self._key,
        )

    def _loaded(self, rows: TaskRows) -> None:
        if not shiboken6.isValid(self):
            return
        self._show(self._kept.answered(rows))
        self.loaded.emit()

    def _show(self, rows: TaskRows) -> None:
        self._reshown(lambda: self.model.set_rows(rows))
        counts = rows.counts
        self.summary.setText(filled(self.tr("%1 open · %2 overdue · %3 due today · %4 done"),
                                    counts.open, counts.overdue, counts.today,
                                    counts.done))  # fmt: skip

    def _to_list(self) -> None:
        """Enter in the filter box: on to the list, its first task chosen if none is."""
        first = self.model.first_task_row()
        if self.table.current_task() is None and first >= 0:
            self.table.setCurrentIndex(self.model.index(first, 0))
        self.table.setFocus()

    def _group_changed(self) -> None:
        by = self.group_combo.currentData()
        self._reshown(lambda: self.model.set_group_by(by))

    def _filter_changed(self, text: str) -> None:
        self._reshown(lambda: self.model.set_filter(text))

    def _reshown(self, change: Callable[[], None]) -> None:
        """Change what the model shows, keeping the chosen task chosen (by its id)."""
        change()
        if self._selected_id is not None:
            index = self.model.index_of(self._selected_id)
            if index.isValid():
                self.table.setCurrentIndex(index)
        self._chosen_changed()

    def _chosen_changed(self) -> None:
        task = self.table.current_task()
        if task is not None:
            self._selected_id = task.id
        for button in (self.edit_button, self.done_button, self.delete_button):
            button.setEnabled(task is not None)
        self.done_button.setText(
            self.tr("Open a&gain") if task is not None and task.done else self.tr("&Tick done")
        )

    def _with_current(self, act: Callable[[Task], None]) -> None:
        task = self.table.current_task()
        if task is not None:
            act(task)

    # -- changing --------------------------------------------------------------------------------

    def toggle_done(self, task: Task) -> None:
        """Tick it done (or open it again) at once; the write follows. A task ticked while
        Show done is off leaves the list: the one below it is chosen, as after a delete."""
        if not task.done and not self.show_done.isChecked():
            self._move_off(task)
        shown = self._kept.ticked_here(task)
        if shown is not None:
            self._show(shown)
        undo.save_then_push(self._planner, self._stack, task_undo.toggle_done(self._planner, task))

    def delete(self, task: Task) -> None:
        """Delete at once: Ctrl+Z brings it back (the hint under the list says so)."""
        self._move_off(task)
        undo.save_then_push(self._planner, self._stack, task_undo.delete_task(self._planner, task))

    def _move_off(self, task: Task) -> None:
        """Choose the task below (or else above) the one going, as a list does after a
        delete, across headings."""
        shown = self.model.shown_ids()
        if task.id not in shown:
            return
        at = shown.index(task.id)
        near = shown[at + 1] if at + 1 < len(shown) else shown[at - 1] if at > 0 else None
        self._selected_id = near
