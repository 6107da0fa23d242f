"""Undoable changes to an event's stages and phases (the Stages… and Phases… dialogs), on
the event commands as the sessions' are (``programme_undo``): undo puts a changed one back
as it was, deletes an added one, and makes a deleted one again (a new id, its fields and
place kept). Each step reads the record's current version before it writes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from eventplanner.domain.programme import Phase, Stage
from eventplanner.ui.events.undo import EventCommand
from eventplanner.ui.planner import Planner
from eventplanner.ui.programme.programme_texts import phase_kind_label
from eventplanner.ui.wording import filled

if TYPE_CHECKING:
    from eventplanner.services.workspace import Workspace

translate = QCoreApplication.translate

Setting = Stage | Phase
Submit = Callable[["SettingChange", Callable[[object], None], Callable[[str], None]], None]
"""Save a change, then (done) with what it saved, or (refused) with why not."""


def _texts() -> dict[tuple[bool, str], str]:
    """The undo history's words, by (a stage?, what was done)."""
    return {
        (True, "add"): translate("programme", "Add the stage “%1”"),
        (True, "change"): translate("programme", "Change the stage “%1”"),
        (True, "delete"): translate("programme", "Delete the stage “%1”"),
        (False, "add"): translate("programme", "Add the phase “%1”"),
        (False, "change"): translate("programme", "Change the phase “%1”"),
        (False, "delete"): translate("programme", "Delete the phase “%1”"),
    }


def _name(record: Setting) -> str:
    return (
        record.name if isinstance(record, Stage) else record.name or phase_kind_label(record.kind)
    )


class SettingChange(EventCommand):
    """A stage or phase added (``before`` None), changed, or deleted (``after`` None)."""

    def __init__(self, planner: Planner, before: Setting | None, after: Setting | None) -> None:
        shown = after if after is not None else before
        assert shown is not None
        action = "add" if before is None else "delete" if after is None else "change"
        text = _texts()[(isinstance(shown, Stage), action)]
        super().__init__(planner, filled(text, _name(shown)), self.forward, self.backward)
        self._before = before
        self._after = after
        self.ident = before.id if before is not None else None
        """The record's id now (an added or re-made one gets a new one)."""

    def forward(self, workspace: Workspace) -> Setting | None:
        return self._put(workspace, self._after)

    def backward(self, workspace: Workspace) -> Setting | None:
        return self._put(workspace, self._before)

    def _put(self, workspace: Workspace, wanted: Setting | None) -> Setting | None:
        """Make the record as ``wanted`` has it (None: gone), from whatever it is now."""
        service = workspace.programme
        if wanted is None:
            if self.ident is not None:
                if isinstance(self._before or self._after, Stage):
                    service.delete_stage(self.ident)
                else:
                    service.delete_phase(self.ident)
            self.ident = None
            return None
        if self.ident is None:
            made: Setting
            if isinstance(wanted, Stage):
                made = service.add_stage(replace(wanted, id=None, version=0)).record
            else:
                made = service.add_phase(replace(wanted, id=None, version=0)).record
            self.ident = made.id
            return made
        if isinstance(wanted, Stage):
            now = service.stage(self.ident)
            return service.edit_stage(replace(wanted, id=self.ident, version=now.version)).record
        phases = service.programme(wanted.event_id).phases
        version = next(p.version for p in phases if p.id == self.ident)
        return service.edit_phase(replace(wanted, id=self.ident, version=version)).record
