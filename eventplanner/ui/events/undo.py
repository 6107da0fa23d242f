"""Undoable changes to events (QUndoCommand), carried out by the services in the
background, in order, on the planner's writing thread.

A change made from a dialog is saved first (``save_then_push``); only once it succeeded is
its command pushed, so a refused save leaves the dialog open and the undo history clean.
Commands name events by UID, never by row id: undoing a delete brings the event back with
its UID, but not always its id, and older commands in the stack must still find it. What
an undo puts back it puts back whole, from an ``EventSnapshot`` (the event with everything
it owns) taken when the change was made.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from eventplanner.domain.enums import EventStatus
from eventplanner.domain.errors import EventplannerError, NotFoundError, ValidationError
from eventplanner.domain.event_differences import changed_fields
from eventplanner.domain.model import (
    Event,
    EventDraft,
    OccurrenceChange,
    Organisation,
    Project,
    SplitResult,
    Venue,
)
from eventplanner.domain.recurrence import RecurrenceId
from eventplanner.domain.series import Drop
from eventplanner.ui.planner import Planner
from eventplanner.ui.wording import filled

if TYPE_CHECKING:  # the database layer loads when a database opens, not at start-up
    from datetime import date

    from eventplanner.services.catalog.service import CatalogService
    from eventplanner.services.events.snapshots import EventSnapshot
    from eventplanner.services.events.write_results import Deleted, EventWritten
    from eventplanner.services.workspace import Workspace


# Every text is spelled out in a translate("undo", "…") call: lupdate
# (tools/translations.py) collects only literal texts in calls named tr or translate.
translate = QCoreApplication.translate


Step = Callable[["Workspace"], object]
"""A write on the planner's writing thread. The planner reads what it saved from the change
sets its writes told the journal, or the one it returns (``change_journal.written_changes``)."""


Made = TypeVar("Made", Venue, Project, Organisation)


class EventCommand(QUndoCommand):
    """``forward`` and ``backward`` run on the writing thread; they hold no widget."""

    def __init__(self, planner: Planner, text: str, forward: Step, backward: Step) -> None:
        super().__init__(text)
        self._planner = planner
        self._forward = forward
        self._backward = backward
        self._saved_already = False
        self.skip_next = False
        """The next undo or redo only moves the history (a refused write is put back)."""
        self.on_written: Callable[[str | None], None] | None = None
        """Told when an undo or redo was written: None, or why it was refused."""
        self.on_result: Callable[[object], None] | None = None
        """Given what an undo or redo step returned, once written (whom it moved up, say)."""

    def apply(self, workspace: Workspace) -> object:
        """The first forward step, run before the command is pushed."""
        result = self._forward(workspace)
        self._saved_already = True
        return result

    def redo(self) -> None:
        if self._saved_already:  # QUndoStack.push calls redo: the save has happened
            self._saved_already = False
            return
        self._write(self._forward)

    def undo(self) -> None:
        self._write(self._backward)

    def _write(self, step: Step) -> None:
        if self.skip_next:
            self.skip_next = False
            return
        written, told = self.on_written, self.on_result
        if written is None and told is None:
            self._planner.change(step)
            return

        def done(result: object) -> None:
            if told is not None:
                told(result)
            if written is not None:
                written(None)

        self._planner.change(step, done, written)


def save_then_push(
    planner: Planner,
    stack: QUndoStack,
    command: EventCommand,
    on_saved: Callable[[], None] | None = None,
    on_refused: Callable[[str], None] | None = None,
    on_result: Callable[[object], None] | None = None,
) -> None:
    """Save in the background; push onto the undo stack only if the save succeeded.
    ``on_result`` is given what the first step returned (the event saved, say)."""

    def saved(result: object) -> None:
        stack.push(command)
        if on_saved is not None:
            on_saved()
        if on_result is not None:
            on_result(result)

    planner.change(command.apply, saved, on_refused)


class _MadeEvent(EventCommand):
    """A new event, made by ``make`` (which answers with the event and the result to pass
    on); undo deletes it with everything it owns, redo brings the same event (same UID)
    back from the snapshot the undo took."""

    def __init__(
        self,
        planner: Planner,
        text: str,
        make: Callable[[Workspace], tuple[Event, Event | EventWritten]],
    ) -> None:
        super().__init__(planner, text, self.forward, self.backward)
        self._make = make
        self._uid: str | None = None
        self._deleted: EventSnapshot | None = None

    def forward(self, workspace: Workspace) -> Event | EventWritten:
        if self._deleted is None:
            event, answer = self._make(workspace)
            self._uid = event.uid
            return answer
        return workspace.events.restore(self._deleted)

    def backward(self, workspace: Workspace) -> Deleted:
        assert self._uid is not None
        current = workspace.events.get_by_uid(self._uid)
        deleted = workspace.events.delete(current.id, expected_version=current.version)
        self._deleted = deleted.snapshot
        return deleted


class CreateEvent(_MadeEvent):
    """A new event; undo deletes it, redo brings the same event (same UID) back."""

    def __init__(self, planner: Planner, draft: EventDraft) -> None:
        def create(workspace: Workspace) -> tuple[Event, Event]:
            event = workspace.events.create(draft).event
            return event, event

        super().__init__(planner, filled(translate("undo", "Create “%1”"), draft.title), create)


class DuplicateEvent(_MadeEvent):
    """A copy of an event with everything it owns, under a new UID, on ``to_day``; undo
    deletes the copy, redo brings the same copy (same UID) back."""

    def __init__(self, planner: Planner, event: Event, to_day: date) -> None:
        def duplicate(workspace: Workspace) -> tuple[Event, EventWritten]:
            copied = workspace.events.duplicate(event.id, to_day=to_day)
            return copied.event, copied

        super().__init__(planner, filled(translate("undo", "Create “%1”"), event.title), duplicate)


class EditEvent(EventCommand):
    """Changed fields (also moves and cancellations); undo puts the old ones back."""

    def __init__(
        self,
        planner: Planner,
        before: Event,
        after: EventDraft,
        text: str = "",
        *,
        drop_exceptions: bool = False,
    ) -> None:
        text = text or filled(translate("undo", "Edit “%1”"), after.title)
        super().__init__(planner, text, self.forward, self.backward)
        self._drop_exceptions = drop_exceptions  # the person agreed to lose them
        self._uid = before.uid
        self._original = before
        self._before = before.draft()
        self._after = after
        self._expected: int | None = before.version  # the first save checks for conflicts
        self._whole: EventSnapshot | None = None  # a series as it was, taken at the first save

    def _save(self, workspace: Workspace, draft: EventDraft, drop: bool = False) -> Event:
        if self._original.recurrence is not None and self._whole is None:
            self._whole = workspace.events.snapshot_by_uid(self._uid)
        event_id, version = workspace.events.version_by_uid(self._uid)  # the event whole
        expected = version if self._expected is None else self._expected  # only if needed
        if expected != version and not changed_fields(
            self._original, workspace.events.get_by_uid(self._uid)
        ):
            # Saved since it was opened, but none of its fields changed (its programme was
            # edited, which raises its revision): nothing of another's would be lost. A save
            # of a field from here on still meets the revision check.
            expected = version
        saved = workspace.events.update(
            event_id, draft, expected_version=expected, drop_exceptions=drop
        ).event
        self._expected = None  # later steps follow whatever this window saved
        return saved

    def forward(self, workspace: Workspace) -> Event:
        return self._save(workspace, self._after, self._drop_exceptions)

    def backward(self, workspace: Workspace) -> Event | EventWritten:
        if self._whole is not None:
            # A new time or rule for the whole series drops the changed occurrences it no
            # longer has; saving the old fields would not bring them back.
            return workspace.events.unsplit(self._whole, None)
        return self._save(workspace, self._before)


def cancel_event(planner: Planner, event: Event) -> EditEvent:
    cancelled = replace(event.draft(), status=EventStatus.CANCELLED)
    return EditEvent(
        planner, event, cancelled, filled(translate("undo", "Cancel “%1”"), event.title)
    )


class DeleteEvent(EventCommand):
    """An event deleted; undo restores it whole, with its UID."""

    def __init__(self, planner: Planner, event: Event) -> None:
        text = filled(translate("undo", "Delete “%1”"), event.title)
        super().__init__(planner, text, self.forward, self.backward)
        self._uid = event.uid
        self._expected: int | None = event.version
        self._deleted: EventSnapshot | None = None

    def forward(self, workspace: Workspace) -> Deleted:
        current = workspace.events.get_by_uid(self._uid)
        expected = current.version if self._expected is None else self._expected
        deleted = workspace.events.delete(current.id, expected_version=expected)
        self._expected = None
        self._deleted = deleted.snapshot
        return deleted

    def backward(self, workspace: Workspace) -> EventWritten:
        assert self._deleted is not None
        return workspace.events.restore(self._deleted)


class ChangeOccurrence(EventCommand):
    """One occurrence of a series moved, retitled or cancelled; undo puts it back."""

    def __init__(self, planner: Planner, event: Event, change: OccurrenceChange, text: str) -> None:
        super().__init__(planner, text, self.forward, self.backward)
        self._uid = event.uid
        self._change = change
        self._previous = next(
            (c for c in event.changes if c.recurrence_id == change.recurrence_id), None
        )

    def forward(self, workspace: Workspace) -> Event:
        current = workspace.events.get_by_uid(self._uid)
        return workspace.events.change_occurrence(current.id, self._change).event

    def backward(self, workspace: Workspace) -> Event:
        current = workspace.events.get_by_uid(self._uid)
        if self._previous is None:
            return workspace.events.restore_occurrence(current.id, self._change.recurrence_id).event
        return workspace.events.change_occurrence(current.id, self._previous).event


class SplitSeries(EventCommand):
    """A series changed from one occurrence on ("this and following"): it ends before that
    occurrence and a new series (a UID of its own) carries on as ``draft``. Undo joins them
    back exactly as the series was; redo splits again, and the new series keeps its UID.
    At the series' start it is the whole series, changed occurrences carried along."""

    def __init__(
        self,
        planner: Planner,
        event: Event,
        key: RecurrenceId,
        draft: EventDraft,
        text: str,
        dropped: Drop | None = None,
        *,
        drop_exceptions: bool = False,
    ) -> None:
        super().__init__(planner, text, self.forward, self.backward)
        self._drop_exceptions = drop_exceptions  # the person agreed to lose them
        self._before = event
        self._key = key
        self._draft = draft
        self._dropped = dropped  # the occurrence a drag moved, which lands where dropped
        self._expected: int | None = event.version  # the first split checks for conflicts
        self._split_off_uid: str | None = None
        self._split_off: EventSnapshot | None = None  # the new series as undo left it
        self._whole: EventSnapshot | None = None  # the series as it was, for undo

    def forward(self, workspace: Workspace) -> SplitResult:
        if self._whole is None:
            self._whole = workspace.events.snapshot_by_uid(self._before.uid)
        current = workspace.events.get_by_uid(self._before.uid)
        expected = current.version if self._expected is None else self._expected
        result = workspace.events.split_series(
            current.id,
            self._key,
            self._draft,
            expected_version=expected,
            redo_of=self._split_off,
            dropped=self._dropped,
            drop_exceptions=self._drop_exceptions,
        )
        self._expected = None
        self._split_off_uid = result.later.uid if result.earlier is not None else None
        return result

    def backward(self, workspace: Workspace) -> EventWritten:
        assert self._whole is not None
        if self._split_off_uid is not None:
            try:
                self._split_off = workspace.events.snapshot_by_uid(self._split_off_uid)
            except NotFoundError:  # deleted from another computer meanwhile
                self._split_off = None
        return workspace.events.unsplit(self._whole, self._split_off_uid)


class CreateRecord(EventCommand, Generic[Made]):
    """A venue, project or organisation made from the event dialog; undo deletes it (while
    no event uses it), redo brings it back under the same id, which events refer to."""

    def __init__(
        self,
        planner: Planner,
        text: str,
        catalog: Callable[[Workspace], CatalogService[Made]],
        record: Made,
    ) -> None:
        super().__init__(planner, text, self.forward, self.backward)
        self._catalog: Callable[[Workspace], CatalogService[Made]] = catalog
        self._record: Made = record
        self.made: Made | None = None

    def forward(self, workspace: Workspace) -> Made:
        catalog = self._catalog(workspace)
        try:
            made = catalog.create(self._record) if self.made is None else catalog.restore(self.made)
        except ValidationError as error:  # said beside the picker: no field name before it
            raise EventplannerError(error.message) from error
        self.made = made
        return made

    def backward(self, workspace: Workspace) -> object:
        assert self.made is not None and self.made.id is not None
        return self._catalog(workspace).delete(self.made.id)
