"""The window's task commands: View → Tasks… (one window, raised when asked again), the
task dialog (new or opened), whose save goes onto the undo stack, and Manage → Working
days… (one dialog, raised when asked again)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from eventplanner.domain.tasks import Task, TaskDraft
from eventplanner.ui.events import undo
from eventplanner.ui.planner import Planner
from eventplanner.ui.tasks import task_undo

if TYPE_CHECKING:
    from eventplanner.domain.model import Contact
    from eventplanner.services.tasks.glance import EventChoice
    from eventplanner.ui.tasks.playbook_dialog import PlaybookDialog
    from eventplanner.ui.tasks.task_dialog import TaskDialog
    from eventplanner.ui.tasks.tasks_window import TasksWindow
    from eventplanner.ui.tasks.working_days_dialog import WorkingDaysDialog


class TasksMenu(QObject):
    """Opens the Tasks window and the task dialog."""

    def __init__(
        self,
        planner: Planner,
        stack: QUndoStack,
        window: QWidget,
        *,
        today: Callable[[], date],
    ) -> None:
        super().__init__(window)
        self._planner = planner
        self._stack = stack
        self._window = window
        self._today = today
        self.tasks: TasksWindow | None = None
        self.dialog: TaskDialog | None = None
        self.playbook_dialog: PlaybookDialog | None = None
        self.working_days: WorkingDaysDialog | None = None
        self.playbook_action: Callable[[], None] | None = lambda: self.apply_playbook(None)
        """What Apply playbook… in the Tasks window does (None: the button is not shown)."""
        self.edit_playbooks: Callable[[], object] | None = None
        """What Edit playbooks… in the Tasks window does (None: the button is not shown); the
        window that made this menu wires it to the playbook editor."""

    def show_tasks(self) -> TasksWindow | None:
        """Open the Tasks window (once; raised when asked again)."""
        if self._planner.workspace is None:
            return None
        made = self.tasks
        if made is None or not shiboken6.isValid(made):
            from eventplanner.ui.tasks.tasks_window import TasksWindow

            made = TasksWindow(self._planner, self._stack, self._today, self._window)
            made.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            made.edit_requested.connect(self.edit_task)
            made.working_days_requested.connect(self.show_working_days)
            if self.playbook_action is not None:
                made.offer_playbooks()
                made.playbook_requested.connect(self.playbook_action)
            if self.edit_playbooks is not None:
                made.offer_playbook_editor()
                made.playbooks_requested.connect(self.edit_playbooks)
            self.tasks = made
        made.show()
        made.raise_()
        made.activateWindow()
        return made

    def show_working_days(self) -> WorkingDaysDialog | None:
        """The database's working days (once; raised when asked again)."""
        if self._planner.workspace is None:
            return None
        made = self.working_days
        if made is None or not shiboken6.isValid(made):
            from eventplanner.ui.tasks.working_days_dialog import WorkingDaysDialog

            tasks = self.tasks if self.tasks is not None and shiboken6.isValid(self.tasks) else None
            made = WorkingDaysDialog(self._planner, self._stack, self._today(),
                                     tasks or self._window)  # fmt: skip
            made.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.working_days = made
        made.show()
        made.raise_()
        made.activateWindow()
        return made

    def edit_task(self, task: Task | None, event_id: int | None = None) -> None:
        """The task dialog on ``task`` (None: a new task, on ``event_id`` if given), once
        the events and contacts to choose from are read."""

        def read(workspace):  # type: ignore[no-untyped-def]
            from eventplanner.services.tasks.glance import event_choices

            return event_choices(workspace.database), workspace.contacts.list()

        self._planner.read(read, lambda found: self._open(task, event_id, *found),
                           after_changes=True)  # fmt: skip

    def _open(
        self,
        task: Task | None,
        event_id: int | None,
        events: list[EventChoice],
        contacts: list[Contact],
    ) -> None:
        from eventplanner.ui.tasks.task_dialog import TaskDialog

        parent = self.tasks if self.tasks is not None and shiboken6.isValid(self.tasks) else None
        dialog = TaskDialog(events, contacts, task, today=self._today(), event_id=event_id,
                            parent=parent or self._window)  # fmt: skip

        def submitted(draft: TaskDraft) -> None:
            command = (
                task_undo.add_task(self._planner, draft)
                if task is None
                else task_undo.edit_task(self._planner, task, draft)
            )
            undo.save_then_push(
                self._planner,
                self._stack,
                command,
                on_saved=dialog.mark_saved,
                on_refused=lambda message: dialog.show_error(None, message),
            )

        dialog.submitted.connect(submitted)
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _closed(self, dialog: TaskDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def apply_playbook(self, event_id: int | None) -> None:
        """Apply playbook… on ``event_id`` (None: the first event; the dialog chooses),
        once the events and playbooks to choose from are read."""

        def read(workspace):  # type: ignore[no-untyped-def]
            from eventplanner.services.tasks.glance import event_choices

            books = [(s.name, s.playbook.language) for s in workspace.playbooks.list()]
            return event_choices(workspace.database), books

        self._planner.read(read, lambda found: self._open_playbooks(event_id, *found),
                           after_changes=True)  # fmt: skip

    def _open_playbooks(
        self, event_id: int | None, events: list[EventChoice], books: list[tuple[str, str]]
    ) -> None:
        from eventplanner.ui.tasks.playbook_dialog import PlaybookDialog

        parent = self.tasks if self.tasks is not None and shiboken6.isValid(self.tasks) else None
        dialog = PlaybookDialog(self._planner, events, books, event_id=event_id,
                                parent=parent or self._window)  # fmt: skip
        titles = {e.id: e.title for e in events}

        def chosen(name: str, ident: int) -> None:
            command = task_undo.apply_playbook(self._planner, name, ident, titles.get(ident, ""))
            undo.save_then_push(
                self._planner,
                self._stack,
                command,
                on_saved=dialog.mark_saved,
                on_refused=dialog.show_error,
            )

        dialog.chosen.connect(chosen)
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        self.playbook_dialog = dialog
        dialog.open()
