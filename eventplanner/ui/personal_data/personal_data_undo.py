"""Undoable forgetting (QUndoCommand), written by PersonalDataService on the planner's
writing thread: a person anonymised or erased, or a retention run. Undo puts back exactly
what the write changed (``PersonalDataService.undo``); redo forgets again. The undo stack
lives as long as the app: once it is closed an erasure is final."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from eventplanner.services.changes import ChangeSet
from eventplanner.services.personal_data.records import Forgotten, RetentionPreview
from eventplanner.ui.events.undo import EventCommand
from eventplanner.ui.planner import Planner
from eventplanner.ui.wording import filled

if TYPE_CHECKING:
    from eventplanner.services.workspace import Workspace

translate = QCoreApplication.translate


class ForgetPerson(EventCommand):
    """A person anonymised, or erased with ``erase``."""

    def __init__(self, planner: Planner, contact_id: int, name: str, *, erase: bool) -> None:
        text = (translate("personal_data", "Erase %1") if erase
                else translate("personal_data", "Anonymise %1"))  # fmt: skip
        super().__init__(planner, filled(text, name), self.forward, self.backward)
        self._person = contact_id
        self._erase = erase
        self.written: Forgotten | None = None

    def forward(self, workspace: Workspace) -> Forgotten:
        service = workspace.personal_data
        self.written = (service.erase if self._erase else service.anonymise)([self._person])
        return self.written

    def backward(self, workspace: Workspace) -> ChangeSet:
        assert self.written is not None
        return workspace.personal_data.undo(self.written)


class RunRetention(EventCommand):
    """The people a retention preview named anonymised: those and no others, on the first
    run and every redo (the service refuses when the preview no longer holds)."""

    def __init__(self, planner: Planner, preview: RetentionPreview) -> None:
        super().__init__(planner, translate("personal_data", "Anonymise past participants"),
                         self.forward, self.backward)  # fmt: skip
        self._preview = preview
        self.written: Forgotten | None = None

    def forward(self, workspace: Workspace) -> Forgotten:
        self.written = workspace.personal_data.run_retention(previewed=self._preview)
        return self.written

    def backward(self, workspace: Workspace) -> ChangeSet:
        assert self.written is not None
        return workspace.personal_data.undo(self.written)
