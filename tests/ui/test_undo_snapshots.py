"""The window's undo commands put events back whole, from snapshots: a deleted series with
its changed occurrences and tags, a duplicate with its copies of them."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtGui import QUndoStack

from eventplanner.domain.model import EventDraft, OccurrenceChange
from eventplanner.domain.recurrence import Recurrence
from eventplanner.domain.timing import TimedSpan
from eventplanner.services.workspace import Workspace
from eventplanner.ui.events import undo
from eventplanner.ui.planner import Planner

STO = ZoneInfo("Europe/Stockholm")


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=STO)  # type: ignore[misc]


COURSE = EventDraft(
    "Intraprenörskap", TimedSpan(at(2027, 3, 1, 18), at(2027, 3, 1, 20)), tags=("Kurs",),
    recurrence=Recurrence("FREQ=WEEKLY;COUNT=6", (datetime(2027, 3, 15, 18),)),
)  # fmt: skip


def settle(qtbot, planner: Planner) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not planner.busy, timeout=20_000)


def course_with_a_guest(workspace: Workspace) -> int:
    event = workspace.events.create(COURSE).event
    change = OccurrenceChange(datetime(2027, 3, 8, 18), title="Gästföreläsning")
    return workspace.events.change_occurrence(event.id, change).event.id


def test_undo_of_a_delete_brings_the_series_back_whole(qtbot, planner: Planner) -> None:  # type: ignore[no-untyped-def]
    workspace = planner.workspace
    assert workspace is not None
    ident = course_with_a_guest(workspace)
    before = workspace.events.snapshot(ident)
    stack = QUndoStack()
    stack.push(undo.DeleteEvent(planner, before.event))
    settle(qtbot, planner)
    assert workspace.queries.count() == 0
    stack.undo()
    settle(qtbot, planner)
    after = workspace.events.snapshot_by_uid(before.uid)
    assert after.content() == before.content()
    assert after.sequence == before.sequence + 1
    stack.redo()
    settle(qtbot, planner)
    assert workspace.queries.count() == 0


def test_a_duplicate_copies_the_series_and_undo_redo_keep_its_uid(qtbot, planner: Planner) -> None:  # type: ignore[no-untyped-def]
    workspace = planner.workspace
    assert workspace is not None
    original = workspace.events.get(course_with_a_guest(workspace))
    stack = QUndoStack()
    made: list[object] = []
    undo.save_then_push(
        planner, stack, undo.DuplicateEvent(planner, original, date(2027, 3, 1)),
        on_result=made.append,
    )  # fmt: skip
    settle(qtbot, planner)
    [copy] = made
    assert stack.undoText() == "Create “Intraprenörskap”"
    copied = workspace.events.get_by_uid(copy.event.uid)  # type: ignore[attr-defined]
    assert copied.uid != original.uid
    assert (copied.recurrence, copied.changes, copied.tags) == (
        original.recurrence, original.changes, original.tags
    )  # fmt: skip
    stack.undo()
    settle(qtbot, planner)
    assert workspace.queries.count() == 1
    stack.redo()
    settle(qtbot, planner)
    again = workspace.events.get_by_uid(copied.uid)
    assert again.changes == original.changes and again.sequence == copied.sequence + 1
