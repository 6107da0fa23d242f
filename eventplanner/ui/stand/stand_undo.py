"""Undoable changes to an event's stand (QUndoCommand), written by the stand's service on
the planner's writing thread, as the programme's are (``ui/programme/setting_undo``).

Each step reads the record's current version before it writes, so an undo after another
change still finds it; the first save checks the version the window loaded. A record
taken away and made again by undo gets a new id: the commands on one record share a
``Handle`` that follows it, so an older command in the history still finds it. A
co-exhibitor taken off the stand takes its own deadlines and people with it; undo brings
them back with it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

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
    from eventplanner.domain.task_moves import TaskMove
    from eventplanner.services.stand.reading import StandView
    from eventplanner.services.workspace import Workspace

translate = QCoreApplication.translate

Listed = CoExhibitor | StandDeadline | ExhibitorStaff | StandMaterial


@dataclass
class Handle:
    """One record as the undo history knows it, whatever id it has now: every command on
    the record shares it, and an undo that makes the record again gives it the new id (a
    database may give a new record the id of one deleted before)."""

    ident: int | None


_handles: WeakKeyDictionary[Workspace, dict[tuple[type, int], Handle]] = WeakKeyDictionary()
"""Per open database: the handle of the record that has each id now."""


def handle_of(planner: Planner, record: Listed | None) -> Handle:
    """The handle of ``record`` (as the window read it), shared with the commands before."""
    workspace = planner.workspace
    if record is None or record.id is None or workspace is None:
        return Handle(None if record is None else record.id)
    known = _handles.setdefault(workspace, {})
    key = (type(record), record.id)
    found = known.get(key)
    if found is None or found.ident != record.id:
        found = known[key] = Handle(record.id)
    return found


def _renew(workspace: Workspace, kind: type, handle: Handle, ident: int | None) -> None:
    handle.ident = ident
    if ident is not None:
        _handles.setdefault(workspace, {})[(kind, ident)] = handle


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
        self.handle = handle_of(planner, before)
        """The record, whatever id it has now (an added or re-made one gets a new one)."""
        self._owned_handles = [handle_of(planner, o) for o in owned]
        self.moved: tuple[TaskMove, ...] = ()
        """The tasks the last write of a deadline moved (planned before it), from → to."""

    def forward(self, workspace: Workspace) -> Listed | None:
        return self._put(workspace, self._after, undoing=False)

    def backward(self, workspace: Workspace) -> Listed | None:
        return self._put(workspace, self._before, undoing=True)

    def _put(self, workspace: Workspace, wanted: Listed | None, *, undoing: bool) -> Listed | None:
        """Make the record as ``wanted`` has it (None: gone), from whatever it is now. A
        deadline's write moves the tasks counted from it (``moved``, planned just before
        it by the rule it follows); its undo puts them back first."""
        service = workspace.stand
        shown = self._before if self._before is not None else self._after
        ident = self.handle.ident
        back: tuple[TaskMove, ...] = ()
        if isinstance(shown, StandDeadline):
            if undoing:
                back = self.moved
            else:
                self.moved = self._planned(workspace, shown, ident, wanted)
        if wanted is None:
            if ident is not None:
                _remove(workspace, shown, ident, back)
            self.handle.ident = None
            for handle in self._owned_handles:  # removed with their co-exhibitor
                handle.ident = None
            return None
        if ident is None:
            made = _add(workspace, self._event_id, wanted, back)
            _renew(workspace, type(made), self.handle, made.id)
            if isinstance(made, CoExhibitor):
                for owned, handle in zip(self._owned, self._owned_handles, strict=True):
                    if isinstance(owned, StandDeadline | ExhibitorStaff):
                        theirs: Listed = replace(owned, co_exhibitor_id=made.id)
                        again = _add(workspace, self._event_id, theirs)
                        _renew(workspace, type(again), handle, again.id)
            return made
        view = service.stand(self._event_id)
        current = _current(view, wanted, ident)
        version = wanted.version if self._first else current.version
        self._first = False
        changed = replace(wanted, id=ident, version=version)
        if isinstance(changed, CoExhibitor):
            return service.edit_co_exhibitor(changed).record
        if isinstance(changed, StandDeadline):
            return service.edit_deadline(changed, tasks_back=back).record
        if isinstance(changed, StandMaterial):
            return service.edit_material(changed).record
        raise NotFoundError("a person on the badge list is not changed, only added or removed")

    def _planned(
        self, workspace: Workspace, shown: StandDeadline, ident: int | None, wanted: Listed | None
    ) -> tuple[TaskMove, ...]:
        """The tasks the write of ``wanted`` (over the deadline ``ident`` is now) moves."""
        before: StandDeadline | None = None
        if ident is not None:
            before = replace(shown, id=ident)
            if wanted is not None:  # changed: from what it is now
                current = _current(workspace.stand.stand(self._event_id), wanted, ident)
                before = current if isinstance(current, StandDeadline) else before
        after = wanted if isinstance(wanted, StandDeadline) else None
        return tuple(workspace.stand.planned_deadline_moves(self._event_id, [(before, after)]))


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


def _add(
    workspace: Workspace, event_id: int, record: Listed, back: tuple[TaskMove, ...] = ()
) -> Listed:
    service = workspace.stand
    fresh = replace(record, id=None, version=0)
    if isinstance(fresh, CoExhibitor):
        return service.add_co_exhibitor(event_id, fresh).record
    if isinstance(fresh, StandDeadline):
        return service.add_deadline(event_id, fresh, tasks_back=back).record
    if isinstance(fresh, ExhibitorStaff):
        return service.add_staff(event_id, fresh).record
    return service.add_material(event_id, fresh).record


def _remove(
    workspace: Workspace, record: Listed | None, ident: int, back: tuple[TaskMove, ...] = ()
) -> None:
    service = workspace.stand
    if isinstance(record, CoExhibitor):
        service.remove_co_exhibitor(ident)
    elif isinstance(record, StandDeadline):
        service.remove_deadline(ident, tasks_back=back)
    elif isinstance(record, ExhibitorStaff):
        service.remove_staff(ident)
    else:
        service.remove_material(ident)


def owned_by(view: StandView, exhibitor: CoExhibitor) -> tuple[Listed, ...]:
    """What taking ``exhibitor`` off the stand takes with it: its deadlines and people."""
    deadlines = tuple(d for d in view.deadlines if d.co_exhibitor_id == exhibitor.id)
    staff = tuple(s for s in view.staff if s.co_exhibitor_id == exhibitor.id)
    return deadlines + staff


class ListChanges(EventCommand):
    """Several of the stand's records changed in one step (removed together, ticked done
    together): undo takes them all back, the last first."""

    def __init__(self, planner: Planner, text: str, steps: list[ListChange]) -> None:
        super().__init__(planner, text, self.forward, self.backward)
        self._steps = steps

    @property
    def moved(self) -> tuple[TaskMove, ...]:
        """The tasks the steps' writes of deadlines moved, each step's in turn."""
        return tuple(m for each in self._steps for m in each.moved)

    def forward(self, workspace: Workspace) -> None:
        for each in self._steps:
            each.forward(workspace)

    def backward(self, workspace: Workspace) -> None:
        for each in reversed(self._steps):
            each.backward(workspace)


def several_text(kind: str, count: int) -> str:
    """The undo history's words for ``count`` records removed or ticked at once."""
    texts = {
        "remove": translate("stand", "Remove %1 rows from the stand"),
        "tick": translate("stand", "Tick %1 deadlines done or open"),
    }
    return filled(texts[kind], str(count))
