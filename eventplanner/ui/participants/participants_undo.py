"""Undoable registrations (QUndoCommand), written by RegistrationService on the planner's
writing thread: a person registered (a new one matched by e-mail or made in the same
write), a registration cancelled (with whoever it moved up from the waitlist) or marked
attended. Undo takes the write back whole (``RegistrationService.undo``, which returns whom
a seat it freed moved up); redo writes it again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from eventplanner.domain.model import Contact
from eventplanner.domain.sheet_columns import SheetField
from eventplanner.services.registrations.records import RegistrationUndo, RegistrationWrite
from eventplanner.services.registrations.sheet_files import Sheet
from eventplanner.services.registrations.sheet_records import ImportWrite
from eventplanner.ui.events.undo import EventCommand
from eventplanner.ui.planner import Planner
from eventplanner.ui.wording import filled

if TYPE_CHECKING:
    from eventplanner.services.workspace import Workspace

translate = QCoreApplication.translate


class RegisterPerson(EventCommand):
    """A person registered for an event; ``new`` a person typed in, whom the service
    matches by e-mail or makes in the registration's own transaction (undo takes a person
    it made away again in one transaction too; redo brings them back under the same id)."""

    def __init__(
        self, planner: Planner, event_id: int, person: int | None, new: Contact | None, name: str
    ) -> None:
        super().__init__(planner, filled(translate("participants", "Register %1"), name),
                         self.forward, self.backward)  # fmt: skip
        self._event = event_id
        self._person = person
        self._new = new
        self.written: RegistrationWrite | None = None

    def forward(self, workspace: Workspace) -> RegistrationWrite:
        service = workspace.registrations
        if self._new is not None:
            self.written = service.register_new(self._event, self._new)
            if self.written.made_person is not None:
                self._new = self.written.made_person
            return self.written
        assert self._person is not None
        self.written = service.register(self._event, self._person)
        return self.written

    def backward(self, workspace: Workspace) -> RegistrationUndo:
        assert self.written is not None
        return workspace.registrations.undo(self.written)


class ChangeRegistration(EventCommand):
    """A registration cancelled (moving the first waiting up) or marked attended."""

    def __init__(self, planner: Planner, event_id: int, person: int, name: str,
                 *, cancel: bool) -> None:  # fmt: skip
        text = (translate("participants", "Cancel %1") if cancel
                else translate("participants", "Mark %1 as attended"))  # fmt: skip
        super().__init__(planner, filled(text, name), self.forward, self.backward)
        self._event = event_id
        self._person = person
        self._cancel = cancel
        self.written: RegistrationWrite | None = None

    def forward(self, workspace: Workspace) -> RegistrationWrite:
        service = workspace.registrations
        step = service.cancel if self._cancel else service.attend
        self.written = step(self._event, self._person)
        return self.written

    def backward(self, workspace: Workspace) -> RegistrationUndo:
        assert self.written is not None
        return workspace.registrations.undo(self.written)


class FillSeats(EventCommand):
    """The waiting moved up into the seats free now (the capacity was raised)."""

    def __init__(self, planner: Planner, event_id: int) -> None:
        super().__init__(planner, translate("participants", "Fill free seats from the waitlist"),
                         self.forward, self.backward)  # fmt: skip
        self._event = event_id
        self.written: RegistrationWrite | None = None

    def forward(self, workspace: Workspace) -> RegistrationWrite:
        self.written = workspace.registrations.fill_free_seats(self._event)
        return self.written

    def backward(self, workspace: Workspace) -> RegistrationUndo:
        assert self.written is not None
        return workspace.registrations.undo(self.written)


class ImportList(EventCommand):
    """A list of registrations imported from a file (one step: all its people, the people
    and organisations it made); undo takes it back whole, redo imports it again, bringing
    those it made back under their ids."""

    def __init__(self, planner: Planner, event_id: int, sheet: Sheet,
                 mapping: tuple[SheetField, ...]) -> None:  # fmt: skip
        super().__init__(planner, filled(translate("participants", "Import %1"), sheet.name),
                         self.forward, self.backward)  # fmt: skip
        self._event = event_id
        self._sheet = sheet
        self._mapping = mapping
        self.written: ImportWrite | None = None

    def forward(self, workspace: Workspace) -> ImportWrite:
        self.written = workspace.registration_imports.import_sheet(
            self._event, self._sheet, self._mapping, again=self.written
        )
        return self.written

    def backward(self, workspace: Workspace) -> RegistrationUndo:
        assert self.written is not None
        return workspace.registration_imports.undo(self.written)
