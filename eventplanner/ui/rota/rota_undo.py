"""Undoable changes to a rota (QUndoCommand), written by RotaService on the planner's
writing thread, as the programme's are (``ui/programme/programme_undo``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from eventplanner.domain.rota import RotaTemplate, Scope, Shift, ShiftEdit, ShiftPerson
from eventplanner.ui.events.undo import EventCommand
from eventplanner.ui.planner import Planner
from eventplanner.ui.rota.rota_texts import shift_title
from eventplanner.ui.wording import filled

if TYPE_CHECKING:
    from eventplanner.services.workspace import Workspace

translate = QCoreApplication.translate


class MakeRota(EventCommand):
    """The shifts of a template added to an event; undo deletes them, redo makes them again."""

    def __init__(self, planner: Planner, event_id: int, template: RotaTemplate) -> None:
        super().__init__(planner, translate("rota", "Make the rota from a template"),
                         self.forward, self.backward)  # fmt: skip
        self._event = event_id
        self._template = template
        self.made: list[int] = []

    def forward(self, workspace: Workspace) -> tuple[Shift, ...]:
        made = workspace.rota.add_from_template(self._event, self._template).record
        self.made = [s.id for s in made if s.id is not None]
        return made

    def backward(self, workspace: Workspace) -> None:
        for ident in self.made:
            workspace.rota.delete_shift(ident)


def _edit_back(shift: Shift) -> ShiftEdit:
    """The edit that puts ``shift`` back as it was."""
    return ShiftEdit(kind=shift.kind, title=shift.title, needed=shift.needed,
                     skills=shift.skills, notes=shift.notes, starts=shift.start.time(),
                     ends=shift.end.astimezone(shift.start.tzinfo).time())  # fmt: skip


class EditShifts(EventCommand):
    """A shift changed, or with it the following or all of its slot; undo puts each back."""

    def __init__(self, planner: Planner, chosen: Shift, edit: ShiftEdit, scope: Scope,
                 before: Sequence[Shift]) -> None:  # fmt: skip
        if len(before) == 1:
            text = filled(translate("rota", "Change the shift “%1”"), shift_title(chosen))
        else:
            text = filled(translate("rota", "Change %1 shifts"), len(before))
        super().__init__(planner, text, self.forward, self.backward)
        assert chosen.id is not None
        self._chosen = chosen.id
        self._edit = edit
        self._scope = scope
        self._before = list(before)
        self._first = chosen.version

    def forward(self, workspace: Workspace) -> tuple[Shift, ...]:
        version, self._first = self._first, 0
        return workspace.rota.edit_shifts(self._chosen, self._edit, self._scope,
                                          expected_version=version).record  # fmt: skip

    def backward(self, workspace: Workspace) -> list[Shift]:
        back: list[Shift] = []
        for shift in self._before:
            if shift.id is not None:
                back += workspace.rota.edit_shifts(shift.id, _edit_back(shift)).record
        return back


class DeleteShift(EventCommand):
    """A shift deleted with its people; undo makes it again with them (and their reasons)."""

    def __init__(self, planner: Planner, shift: Shift, people: Sequence[ShiftPerson]) -> None:
        text = filled(translate("rota", "Delete the shift “%1”"), shift_title(shift))
        super().__init__(planner, text, self.forward, self.backward)
        assert shift.id is not None
        self._shift = shift
        self._people = sorted(people, key=lambda p: bool(p.reason))
        self.ident = shift.id
        """The shift's id as it is now (a new one after each undo)."""

    def forward(self, workspace: Workspace) -> object:
        return workspace.rota.delete_shift(self.ident)

    def backward(self, workspace: Workspace) -> Shift:
        made = workspace.rota.add_shift(replace(self._shift, id=None, uid="", version=0)).record
        assert made.id is not None
        self.ident = made.id
        for person in self._people:
            workspace.rota.assign(made.id, person.contact_id, person.reason)
        return made


class Assign(EventCommand):
    """A person put on a shift (with a reason beyond its need); undo takes them off."""

    def __init__(self, planner: Planner, shift: Shift, contact_id: int, name: str,
                 reason: str = "") -> None:  # fmt: skip
        text = filled(translate("rota", "Put %1 on “%2”"), name, shift_title(shift))
        super().__init__(planner, text, self.forward, self.backward)
        assert shift.id is not None
        self._shift = shift.id
        self._contact = contact_id
        self._reason = reason

    def forward(self, workspace: Workspace) -> ShiftPerson:
        return workspace.rota.assign(self._shift, self._contact, self._reason).record

    def backward(self, workspace: Workspace) -> object:
        return workspace.rota.unassign(self._shift, self._contact)


class Unassign(EventCommand):
    """A person taken off a shift; undo puts them back (with their reason)."""

    def __init__(self, planner: Planner, shift: Shift, person: ShiftPerson) -> None:
        super().__init__(planner, filled(translate("rota", "Take %1 off “%2”"),
                                         person.contact_name, shift_title(shift)),
                         self.forward, self.backward)  # fmt: skip
        assert shift.id is not None
        self._shift = shift.id
        self._person = person

    def forward(self, workspace: Workspace) -> object:
        return workspace.rota.unassign(self._shift, self._person.contact_id)

    def backward(self, workspace: Workspace) -> ShiftPerson:
        person = self._person
        return workspace.rota.assign(self._shift, person.contact_id, person.reason).record
