"""Undoable changes to the team's playbooks (QUndoCommand) on the window's undo stack, written
by the playbooks' service on the planner's writing thread, as the other windows' are.

A step names a playbook by its name and what it expects to find: before it writes, it reads
the playbook and checks it is as this window left it (every step, undo and redo too), so a
change someone else made meanwhile is never written over; the step is refused, saying so,
and the window shows the playbook as it is now. A playbook deleted and made again by undo
gets a new id but the same name, by which the tasks made from it know it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from eventplanner.domain.errors import ConflictError, NotFoundError
from eventplanner.domain.playbook_checks import checked
from eventplanner.domain.playbooks import Playbook
from eventplanner.ui.events.undo import EventCommand
from eventplanner.ui.planner import Planner
from eventplanner.ui.wording import filled

if TYPE_CHECKING:
    from eventplanner.services.playbooks.records import PlaybookWritten, StoredPlaybook
    from eventplanner.services.workspace import Workspace

translate = QCoreApplication.translate


def _current(workspace: Workspace, expected: Playbook) -> StoredPlaybook:
    """The team's playbook ``expected`` names, if it is still as expected; else refused."""
    try:
        stored = workspace.playbooks.get(expected.name)
    except NotFoundError as exc:
        raise NotFoundError(filled(translate("PlaybookUndo", "There is no playbook “%1” any "
                                                             "more: someone else deleted or "
                                                             "renamed it."),
                                   expected.name)) from exc  # fmt: skip
    if stored.built_in or checked(stored.playbook) != checked(expected):
        raise ConflictError(filled(translate("PlaybookUndo", "“%1” was changed elsewhere "
                                                             "meanwhile; it is shown as it is "
                                                             "now: make the change again."),
                                   expected.name))  # fmt: skip
    return stored


class EditPlaybook(EventCommand):
    """The team's playbook as ``before`` changed to ``after`` (its name too); undo writes
    ``before`` back."""

    def __init__(self, planner: Planner, text: str, before: Playbook, after: Playbook) -> None:
        super().__init__(planner, text, self.forward, self.backward)
        self.before = before
        self.after = after

    @staticmethod
    def _save(workspace: Workspace, expected: Playbook, new: Playbook) -> PlaybookWritten:
        current = _current(workspace, expected)
        return workspace.playbooks.edit(expected.name, new, version=current.version)

    def forward(self, workspace: Workspace) -> PlaybookWritten:
        return self._save(workspace, self.before, self.after)

    def backward(self, workspace: Workspace) -> PlaybookWritten:
        return self._save(workspace, self.after, self.before)


class MakePlaybook(EventCommand):
    """A playbook made by ``make`` (a new one, a copy, an import); undo deletes it, redo
    makes it again as it was made."""

    def __init__(
        self, planner: Planner, text: str, make: Callable[[Workspace], PlaybookWritten]
    ) -> None:
        super().__init__(planner, text, self.forward, self.backward)
        self._make = make
        self.made: Playbook | None = None

    def forward(self, workspace: Workspace) -> PlaybookWritten:
        if self.made is None:
            written = self._make(workspace)
            self.made = written.stored.playbook
            return written
        return workspace.playbooks.create(self.made)

    def backward(self, workspace: Workspace) -> object:
        assert self.made is not None
        _current(workspace, self.made)
        return workspace.playbooks.delete(self.made.name)


class DeletePlaybook(EventCommand):
    """The team's playbook ``playbook`` deleted (the tasks made from it stay); undo makes
    it again under its name."""

    def __init__(self, planner: Planner, playbook: Playbook) -> None:
        text = filled(translate("PlaybookUndo", "Delete the playbook “%1”"), playbook.name)
        super().__init__(planner, text, self.forward, self.backward)
        self.playbook = playbook

    def forward(self, workspace: Workspace) -> object:
        _current(workspace, self.playbook)
        return workspace.playbooks.delete(self.playbook.name)

    def backward(self, workspace: Workspace) -> PlaybookWritten:
        return workspace.playbooks.create(self.playbook)


def new_playbook(planner: Planner, playbook: Playbook) -> MakePlaybook:
    text = filled(translate("PlaybookUndo", "New playbook “%1”"), playbook.name)
    return MakePlaybook(planner, text, lambda ws: ws.playbooks.create(playbook))


def copy_playbook(planner: Planner, name: str, new_name: str) -> MakePlaybook:
    text = filled(translate("PlaybookUndo", "Copy “%1” as “%2”"), name, new_name)
    return MakePlaybook(planner, text, lambda ws: ws.playbooks.copy(name, new_name))
