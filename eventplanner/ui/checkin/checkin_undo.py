"""Undoable steps at the door, written by RegistrationService on the planner's writing
thread: a walk-in registered as attended (a person matched by e-mail or made in the same
write), many marked attended at once, the rest marked no-shows. Each is one write, undone
whole by ``RegistrationService.undo``. One person marked attended is the participants'
``ChangeRegistration``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from eventplanner.domain.model import Contact
from eventplanner.domain.registrations import RegistrationStatus
from eventplanner.services.registrations.attendance import AttendanceWrite
from eventplanner.services.registrations.records import RegistrationUndo, RegistrationWrite
from eventplanner.ui.events.undo import EventCommand
from eventplanner.ui.planner import Planner
from eventplanner.ui.wording import filled

if TYPE_CHECKING:
    from eventplanner.services.workspace import Workspace

translate = QCoreApplication.translate


class WalkIn(EventCommand):
    """A person typed in at the door, registered as attended."""

    def __init__(self, planner: Planner, event_id: int, person: Contact) -> None:
        super().__init__(planner, filled(translate("checkin", "Walk-in %1"), person.name),
                         self.forward, self.backward)  # fmt: skip
        self._event = event_id
        self._person = person
        self.written: RegistrationWrite | None = None

    def forward(self, workspace: Workspace) -> RegistrationWrite:
        self.written = workspace.registrations.register_new(
            self._event, self._person, status=RegistrationStatus.ATTENDED
        )
        if self.written.made_person is not None:  # a redo brings them back under their id
            self._person = self.written.made_person
        return self.written

    def backward(self, workspace: Workspace) -> RegistrationUndo:
        assert self.written is not None
        return workspace.registrations.undo(self.written)


class MarkMany(EventCommand):
    """Many marked attended at once (``people``), or the rest marked no-shows (None)."""

    def __init__(self, planner: Planner, event_id: int, people: Sequence[int] | None) -> None:
        text = translate("checkin", "Mark the rest as no-shows")
        if people is not None:
            text = filled(translate("checkin", "Mark %1 people as attended"), len(people))
        super().__init__(planner, text, self.forward, self.backward)
        self._event = event_id
        self._people = tuple(people) if people is not None else None
        self.written: AttendanceWrite | None = None

    def forward(self, workspace: Workspace) -> AttendanceWrite:
        service = workspace.registrations
        if self._people is None:
            self.written = service.mark_no_shows(self._event)
        else:
            self.written = service.attend_many(self._event, self._people)
        return self.written

    def backward(self, workspace: Workspace) -> RegistrationUndo:
        assert self.written is not None
        return workspace.registrations.undo(self.written.write)
