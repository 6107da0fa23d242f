"""Undoable changes to an event's stand (QUndoCommand), written by the stand's service on
the planner's writing thread, as the programme's are (``ui/programme/setting_undo``).

Each step reads the record's current version before it writes, so an undo after another
change still finds it; the first save checks the version the window loaded. A record
taken away and made again by undo gets a new id: the command keeps the one it has now.
A co-exhibitor taken off the stand takes its own deadlines and people with it; undo
brings them back with it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from eventplanner.domain.errors import NotFoundError
from eventplanner.domain.stand import (
    CoExhibitor,
    ExhibitorStaff,
    Stand,
    StandDeadline,
    StandMaterial,
)
from eventplanner.ui.events.undo import EventCommand
from eventplanner.ui.planner import Planner
from eventplanner.ui.wording import filled

if TYPE_CHECKING:
    from eventplanner.services.stand.reading import StandView
    from eventplanner.services.workspace import Workspace

translate = QCoreApplication.translate

Listed = CoExhibitor | StandDeadline | ExhibitorStaff | StandMaterial


class EditStand(EventCommand):
    """The stand's own fields changed (or the stand made: ``before`` has no id); undo
    puts the old fields back (a stand once made stays, emptied)."""

    def __init__(self, planner: Planner, before: Stand, after: Stand) -> None:
        super().__init__(planner, translate("stand", "Change the stand"), self.forward,
                         self.backward)  # fmt: skip
        self._before = before
        self._after = after
        self._first = True

    def _save(self, workspace: Workspace, wanted: Stand) -> Stand:
        service = workspace.stand
        current = service.stand(wanted.event_id).stand
        if current is None:
            return service.save_stand(replace(wanted, id=None, version=0)).record
        version = self._after.version if self._first and self._after.id else current.version
        self._first = False
        return service.save_stand(replace(wanted, id=current.id, version=version)).record

    def forward(self, workspace: Workspace) -> Stand:
        return self._save(workspace, self._after)

    def backward(self, workspace: Workspace) -> Stand:
        return self._save(workspace, self._before)


def _name(record: Listed) -> str:
    if isinstance(record, CoExhibitor):
        return record.organisation_name
    if isinstance(record, StandDeadline):
        return record.name
    if isinstance(record, ExhibitorStaff):
        return record.name
    return record.item


def _text(before: Listed | None, after: Listed | None) -> str:
    shown = after if after is not None else before
    assert shown is not None
    texts = {
        (CoExhibitor, "add"): translate("stand", "Add the co-exhibitor “%1”"),
        (CoExhibitor, "change"): translate("stand", "Change the co-exhibitor “%1”"),
        (CoExhibitor, "remove"): translate("stand", "Remove the co-exhibitor “%1”"),
        (StandDeadline, "add"): translate("stand", "Add the deadline “%1”"),
        (StandDeadline, "change"): translate("stand", "Change the deadline “%1”"),
        (StandDeadline, "remove"): translate("stand", "Remove the deadline “%1”"),
        (ExhibitorStaff, "add"): translate("stand", "Add “%1” to the badges"),
        (ExhibitorStaff, "change"): translate("stand", "Change “%1” on the badges"),
        (ExhibitorStaff, "remove"): translate("stand", "Remove “%1” from the badges"),
        (StandMaterial, "add"): translate("stand", "Add the item “%1”"),
        (StandMaterial, "change"): translate("stand", "Change the item “%1”"),
        (StandMaterial, "remove"): translate("stand", "Remove the item “%1”"),
    }
    action = "add" if before is None else "remove" if after is None else "change"
    return filled(texts[(type(shown), action)], _name(shown))


def done_text(deadline: StandDeadline) -> str:
    if deadline.done:
        return filled(translate("stand", "Tick “%1” done"), deadline.name)
    return filled(translate("stand", "Open “%1” again"), deadline.name)


class ListChange(EventCommand):
    """A co-exhibitor, deadline, person or item added (``before`` None), changed, or
    removed (``after`` None); ``owned``: what a removed co-exhibitor takes with it (its
    deadlines and people), made again with it by undo."""

    def __init__(
        self,
        planner: Planner,
        event_id: int,
        before: Listed | None,
        after: Listed | None,
        owned: tuple[Listed, ...] = (),
        text: str = "",
    ) -> None:
        super().__init__(planner, text or _text(before, after), self.forward, self.backward)
        self._event_id = event_id
        self._before = before
        self._after = after
        self._owned = owned
        self._first = True
        self.ident = before.id if before is not None else None
        """The record's id now (an added or re-made one gets a new one)."""

    def forward(self, workspace: Workspace) -> Listed | None:
        return self._put(workspace, self._after)

    def backward(self, workspace: Workspace) -> Listed | None:
        return self._put(workspace, self._before)

    def _put(self, workspace: Workspace, wanted: Listed | None) -> Listed | None:
        """Make the record as ``wanted`` has it (None: gone), from whatever it is now."""
        service = workspace.stand
        shown = self._before if self._before is not None else self._after
        if wanted is None:
            if self.ident is not None:
                _remove(workspace, shown, self.ident)
            self.ident = None
            return None
        if self.ident is None:
            made = _add(workspace, self._event_id, wanted)
            self.ident = made.id
            if isinstance(made, CoExhibitor) and self._owned:
                for owned in self._owned:
                    if isinstance(owned, StandDeadline | ExhibitorStaff):
                        theirs: Listed = replace(owned, co_exhibitor_id=made.id)
                        _add(workspace, self._event_id, theirs)
            return made
        view = service.stand(self._event_id)
        current = _current(view, wanted, self.ident)
        version = wanted.version if self._first else current.version
        self._first = False
        changed = replace(wanted, id=self.ident, version=version)
        if isinstance(changed, CoExhibitor):
            return service.edit_co_exhibitor(changed).record
        if isinstance(changed, StandDeadline):
            return service.edit_deadline(changed).record
        if isinstance(changed, StandMaterial):
            return service.edit_material(changed).record
        raise NotFoundError("a person on the badge list is not changed, only added or removed")


def _current(view: StandView, wanted: Listed, ident: int) -> Listed:
    lists: tuple[tuple[Listed, ...], ...] = (
        view.co_exhibitors, view.deadlines, view.staff, view.materials,
    )  # fmt: skip
    for records in lists:
        for record in records:
            if type(record) is type(wanted) and record.id == ident:
                return record
    raise NotFoundError(
        filled(translate("stand", "“%1” is no longer on the stand."), _name(wanted))
    )


def _add(workspace: Workspace, event_id: int, record: Listed) -> Listed:
    service = workspace.stand
    fresh = replace(record, id=None, version=0)
    if isinstance(fresh, CoExhibitor):
        return service.add_co_exhibitor(event_id, fresh).record
    if isinstance(fresh, StandDeadline):
        return service.add_deadline(event_id, fresh).record
    if isinstance(fresh, ExhibitorStaff):
        return service.add_staff(event_id, fresh).record
    return service.add_material(event_id, fresh).record


def _remove(workspace: Workspace, record: Listed | None, ident: int) -> None:
    service = workspace.stand
    if isinstance(record, CoExhibitor):
        service.remove_co_exhibitor(ident)
    elif isinstance(record, StandDeadline):
        service.remove_deadline(ident)
    elif isinstance(record, ExhibitorStaff):
        service.remove_staff(ident)
    else:
        service.remove_material(ident)


def owned_by(view: StandView, exhibitor: CoExhibitor) -> tuple[Listed, ...]:
    """What taking ``exhibitor`` off the stand takes with it: its deadlines and people."""
    deadlines = tuple(d for d in view.deadlines if d.co_exhibitor_id == exhibitor.id)
    staff = tuple(s for s in view.staff if s.co_exhibitor_id == exhibitor.id)
    return deadlines + staff
