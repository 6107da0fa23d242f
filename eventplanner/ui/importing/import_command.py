"""An import as one step of the undo history: undo takes it back, redo imports again.

Loaded with the import dialog, never before the window's first paint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventplanner.ui.events.undo import EventCommand
from eventplanner.ui.importing.import_request import ImportPreview
from eventplanner.ui.jobs import JobProgress
from eventplanner.ui.planner import Planner

if TYPE_CHECKING:
    from eventplanner.services.changes import ChangeSet
    from eventplanner.services.importing.import_plan import ImportPlan, ImportResult
    from eventplanner.services.workspace import Workspace


class ImportEvents(EventCommand):
    """The files of a preview imported: the first step writes the previewed plans with
    progress and Cancel; undo deletes the events it made and puts the updated ones back
    (``ImportService.undo``); redo plans the same files again and writes them."""

    def __init__(
        self,
        planner: Planner,
        preview: ImportPreview,
        text: str,
        progress: JobProgress | None = None,
    ) -> None:
        super().__init__(planner, text, self.forward, self.backward)
        self._files = [(f.name, f.data or b"") for f in preview.files]
        self._options = preview.options
        self._plans: tuple[ImportPlan, ...] | None = preview.plans
        self._progress = progress
        self._results: tuple[ImportResult, ...] = ()

    def forward(self, workspace: Workspace) -> tuple[ImportResult, ...]:
        # The previewed plans hold the row versions they were made against: they serve the
        # first step only; after an undo the same files are planned afresh.
        plans, self._plans = self._plans, None
        progress, self._progress = self._progress, None
        if plans is None:
            plans = workspace.imports.plan_all(self._files, options=self._options)
        self._results = workspace.imports.apply_all(plans, progress=progress)
        return self._results

    def backward(self, workspace: Workspace) -> ChangeSet:
        return workspace.imports.undo(self._results)
