"""Undoable changes to a budget (QUndoCommand), written by the budget's service on the
planner's writing thread.

A line added (``before`` None), changed, or removed (``after`` None). Undoing a removal
puts the line back with its id (``BudgetService.put_back``, a new id only if the old one
was taken meanwhile), so older steps in the history still find it; each step reads the
line's current version before it writes, the first save checks the version the window
loaded.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from eventplanner.domain.budget import BudgetLine
from eventplanner.ui.budget.budget_texts import line_title
from eventplanner.ui.events.undo import EventCommand
from eventplanner.ui.planner import Planner
from eventplanner.ui.wording import filled

if TYPE_CHECKING:
    from eventplanner.services.workspace import Workspace

translate = QCoreApplication.translate


def _text(before: BudgetLine | None, after: BudgetLine | None) -> str:
    if before is None:
        assert after is not None
        return filled(translate("budget", "Add the budget line “%1”"), line_title(after))
    if after is None:
        return filled(translate("budget", "Remove the budget line “%1”"), line_title(before))
    return filled(translate("budget", "Change the budget line “%1”"), line_title(before))


class LineChange(EventCommand):
    """One budget line added, changed or removed; undo takes it back."""

    def __init__(
        self, planner: Planner, before: BudgetLine | None, after: BudgetLine | None
    ) -> None:
        super().__init__(planner, _text(before, after), self.forward, self.backward)
        self._before = before
        self._after = after
        self._ident = None if before is None else before.id
        """The line's id now (None while it is not stored)."""
        self._first = True

    @property
    def ident(self) -> int | None:
        return self._ident

    def forward(self, workspace: Workspace) -> BudgetLine | None:
        return self._put(workspace, self._after)

    def backward(self, workspace: Workspace) -> BudgetLine | None:
        return self._put(workspace, self._before)

    def _put(self, workspace: Workspace, wanted: BudgetLine | None) -> BudgetLine | None:
        """Make the line as ``wanted`` has it (None: gone), from whatever it is now."""
        service = workspace.budget
        if wanted is None:
            if self._ident is not None:
                service.remove(self._ident)
            self._first = False
            return None
        if self._ident is None or self._gone(workspace):
            if self._ident is None and self._first:
                made = service.add(wanted).record
            else:
                made = service.put_back(replace(wanted, id=self._ident)).record
            self._ident = made.id
            self._first = False
            return made
        current = service.line(self._ident)
        version = wanted.version if self._first else current.version
        self._first = False
        return service.edit(replace(wanted, id=self._ident, version=version)).record

    def _gone(self, workspace: Workspace) -> bool:
        from eventplanner.domain.errors import NotFoundError

        assert self._ident is not None
        try:
            workspace.budget.line(self._ident)
        except NotFoundError:
            return True
        return False
