"""Undoable changes to a project's targets (QUndoCommand), written by the targets' service
on the planner's writing thread: a target added (``before`` None), changed, or removed
(``after`` None). Undoing a removal adds the target again (a new id, which the command
follows); each step reads the target's current version before it writes, the first save
checks the version the window showed."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from eventplanner.domain.reports import ProjectTarget
from eventplanner.ui.events.undo import EventCommand
from eventplanner.ui.planner import Planner
from eventplanner.ui.wording import filled

if TYPE_CHECKING:
    from eventplanner.services.workspace import Workspace

translate = QCoreApplication.translate


def _text(before: ProjectTarget | None, after: ProjectTarget | None) -> str:
    if before is None:
        assert after is not None
        return filled(translate("Reports", "Add the target “%1”"), after.name.strip())
    if after is None:
        return filled(translate("Reports", "Remove the target “%1”"), before.name)
    return filled(translate("Reports", "Change the target “%1”"), before.name)


class TargetChange(EventCommand):
    """One target added, changed or removed; undo takes it back."""

    def __init__(
        self, planner: Planner, before: ProjectTarget | None, after: ProjectTarget | None
    ) -> None:
        super().__init__(planner, _text(before, after), self.forward, self.backward)
        self._before = before
        self._after = after
        self._ident = None if before is None else before.id
        self._first = True

    def forward(self, workspace: Workspace) -> ProjectTarget | None:
        return self._put(workspace, self._after)

    def backward(self, workspace: Workspace) -> ProjectTarget | None:
        return self._put(workspace, self._before)

    def _put(self, workspace: Workspace, wanted: ProjectTarget | None) -> ProjectTarget | None:
        """Make the target as ``wanted`` has it (None: gone), from whatever it is now."""
        from eventplanner.domain.errors import NotFoundError

        service = workspace.targets
        first, self._first = self._first, False
        if wanted is None:
            if self._ident is not None:
                service.remove(self._ident)
            return None
        current = None
        if self._ident is not None:
            try:
                current = service.get(self._ident)
            except NotFoundError:
                current = None
        if current is None:
            made = service.add(wanted).record
            self._ident = made.id
            return made
        version = wanted.version if first else current.version
        return service.edit(replace(wanted, id=self._ident, version=version)).record
