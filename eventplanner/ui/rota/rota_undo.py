"""Undoable changes to a rota (QUndoCommand), written by RotaService on the planner's
writing thread, as the programme's are (``ui/programme/programme_undo``).

A shift made again (a delete undone, a template's shifts redone) has a new id. Commands
therefore hold a ``ShiftRef`` for each shift, shared by every command of the window on that
shift (``ShiftRefs``): the step that makes the shift again gives the reference its new id,
and an older command in the history still finds its shift."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from eventplanner.domain.rota import RotaTemplate, Scope, Shift, ShiftEdit, ShiftPerson
from eventplanner.services.rota.records import DeletedShift
from eventplanner.ui.events.undo import EventCommand
from eventplanner.ui.planner import Planner
from eventplanner.ui.rota.rota_texts import shift_title
from eventplanner.ui.wording import filled

if TYPE_CHECKING:
    from eventplanner.services.workspace import Workspace

translate = QCoreApplication.translate


@dataclass(slots=True)
class ShiftRef:
    """A shift as the history knows it: its id now (a new one once it is made again)."""

    id: int


class ShiftRefs:
    """The references of a window's commands, one a live shift: a new command on a shift
    takes the reference the older ones hold. A deleted shift's leaves until it is made
    again (SQLite may give its id to another shift meanwhile)."""

    def __init__(self) -> None:
        self._live: dict[int, ShiftRef] = {}

    def of(self, ident: int) -> ShiftRef:
        return self._live.setdefault(ident, ShiftRef(ident))

    def gone(self, ref: ShiftRef) -> None:
        if self._live.get(ref.id) is ref:
            del self._live[ref.id]

    def made(self, ref: ShiftRef, ident: int) -> None:
        ref.id = ident
        self._live[ident] = ref


class MakeRota(EventCommand):
    """The shifts of a template added to an event; undo deletes them, redo makes them again
    (the same shifts in the same order, under the same references)."""

    def __init__(self, planner: Planner, refs: ShiftRefs, event_id: int,
                 template: RotaTemplate) -> None:  # fmt: skip
        super().__init__(planner, translate("rota", "Make the rota from a template"),
                         self.forward, self.backward)  # fmt: skip
        self._refs = refs
        self._event = event_id
        self._template = template
        self.made: list[ShiftRef] = []

    def forward(self, workspace: Workspace) -> tuple[Shift, ...]:
        made = workspace.rota.add_from_template(self._event, self._template).record
        ids = [s.id for s in made if s.id is not None]
        if self.made:
            for ref, ident in zip(self.made, ids, strict=True):
                self._refs.made(ref, ident)
        else:
            self.made = [self._refs.of(ident) for ident in ids]
        return made

    def backward(self, workspace: Workspace) -> None:
        for ref in self.made:
            workspace.rota.delete_shift(ref.id)
            self._refs.gone(ref)


def _edit_back(shift: Shift) -> ShiftEdit:
    """The edit that puts ``shift`` back as it was."""
    return ShiftEdit(kind=shift.kind, title=shift.title, needed=shift.needed,
                     skills=shift.skills, notes=shift.notes, starts=shift.start.time(),
                     ends=shift.end.astimezone(shift.start.tzinfo).time())  # fmt: skip


class EditShifts(EventCommand):
    """A shift changed, or with it the following or all of its slot; undo puts each back."""

    def __init__(self, planner: Planner, refs: ShiftRefs, chosen: Shift, edit: ShiftEdit,
                 scope: Scope, before: Sequence[Shift]) -> None:  # fmt: skip
        if len(before) == 1:
            text = filled(translate("rota", "Change the shift “%1”"), shift_title(chosen))
        else:
            text = filled(translate("rota", "Change %1 shifts"), len(before))
        super().__init__(planner, text, self.forward, self.backward)
        assert chosen.id is not None
        self._chosen = refs.of(chosen.id)
        self._edit = edit
        self._scope = scope
        self._before = [(refs.of(s.id), s) for s in before if s.id is not None]
        self._first = chosen.version

    def forward(self, workspace: Workspace) -> tuple[Shift, ...]:
        version, self._first = self._first, 0
        return workspace.rota.edit_shifts(self._chosen.id, self._edit, self._scope,
                                          expected_version=version).record  # fmt: skip

    def backward(self, workspace: Workspace) -> list[Shift]:
        back: list[Shift] = []
        for ref, shift in self._before:
            back += workspace.rota.edit_shifts(ref.id, _edit_back(shift)).record
        return back


class DeleteShift(EventCommand):
    """A shift deleted with its people; undo makes it again with them (and their reasons)
    under the same UID, so a rota feed in Outlook shows the same shift back, a newer
    revision of it (``RotaService.restore_shift``)."""

    def __init__(self, planner: Planner, refs: ShiftRefs, shift: Shift,
                 people: Sequence[ShiftPerson]) -> None:  # fmt: skip
        text = filled(translate("rota", "Delete the shift “%1”"), shift_title(shift))
        super().__init__(planner, text, self.forward, self.backward)
        assert shift.id is not None
        self._refs = refs
        self._deleted = DeletedShift(shift, tuple(people))
        self.ref = refs.of(shift.id)

    def forward(self, workspace: Workspace) -> object:
        deleted = workspace.rota.delete_shift(self.ref.id)
        self._deleted = deleted.record  # as it was deleted: its SEQUENCE, its people now
        self._refs.gone(self.ref)
        return deleted

    def backward(self, workspace: Workspace) -> Shift:
        made = workspace.rota.restore_shift(self._deleted).record
        assert made.id is not None
        self._refs.made(self.ref, made.id)
        return made


class Assign(EventCommand):
    """A person put on a shift (with a reason beyond its need); undo takes them off."""

    def __init__(self, planner: Planner, refs: ShiftRefs, shift: Shift, contact_id: int,
                 name: str, reason: str = "") -> None:  # fmt: skip
        text = filled(translate("rota", "Put %1 on “%2”"), name, shift_title(shift))
        super().__init__(planner, text, self.forward, self.backward)
        assert shift.id is not None
        self._shift = refs.of(shift.id)
        self._contact = contact_id
        self._reason = reason

    def forward(self, workspace: Workspace) -> ShiftPerson:
        return workspace.rota.assign(self._shift.id, self._contact, self._reason).record

    def backward(self, workspace: Workspace) -> object:
        return workspace.rota.unassign(self._shift.id, self._contact)


class Unassign(EventCommand):
    """A person taken off a shift; undo puts them back (with their reason)."""

    def __init__(self, planner: Planner, refs: ShiftRefs, shift: Shift,
                 person: ShiftPerson) -> None:  # fmt: skip
        text = filled(translate("rota", "Take %1 off “%2”"), person.contact_name,
                      shift_title(shift))  # fmt: skip
        super().__init__(planner, text, self.forward, self.backward)
        assert shift.id is not None
        self._shift = refs.of(shift.id)
        self._person = person

    def forward(self, workspace: Workspace) -> object:
        return workspace.rota.unassign(self._shift.id, self._person.contact_id)

    def backward(self, workspace: Workspace) -> ShiftPerson:
        person = self._person
        return workspace.rota.assign(self._shift.id, person.contact_id, person.reason).record
