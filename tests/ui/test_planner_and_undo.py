"""The planner runs work off the GUI thread; undo commands change the database in order."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtGui import QUndoStack

from eventplanner.domain.enums import EventKind, EventStatus
from eventplanner.domain.model import EventDraft, OccurrenceChange
from eventplanner.domain.recurrence import Recurrence
from eventplanner.domain.series import split_draft
from eventplanner.domain.timing import TimedSpan
from eventplanner.services.workspace import Workspace
from eventplanner.ui.events import undo
from eventplanner.ui.jobs import JobRunner
from eventplanner.ui.planner import Planner

STO = ZoneInfo("Europe/Stockholm")


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=STO)  # type: ignore[misc]


SEMINAR = EventDraft(
    "Stål och digitalisering", TimedSpan(at(2027, 4, 14, 13), at(2027, 4, 14, 16)),
    kind=EventKind.SEMINAR, tags=("Stål",),
)  # fmt: skip


def settle(qtbot, planner: Planner) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not planner.busy, timeout=20_000)


def titles(planner: Planner) -> list[str]:
    workspace = planner.workspace
    assert workspace is not None
    return sorted(o.title for o in workspace.queries.search("e", limit=1000))


def test_work_runs_off_the_gui_thread_and_answers_on_it(qtbot, planner: Planner) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, object] = {}

    def work(workspace: Workspace) -> int:
        seen["worker"] = threading.current_thread() is not threading.main_thread()
        return workspace.queries.count()

    planner.read(work, lambda count: seen.update(count=count, gui=threading.current_thread()
                                                  is threading.main_thread()))  # fmt: skip
    qtbot.waitUntil(lambda: "count" in seen, timeout=20_000)
    assert seen == {"worker": True, "count": 0, "gui": True}


def test_a_newer_request_of_the_same_kind_wins(qtbot, planner: Planner) -> None:  # type: ignore[no-untyped-def]
    answers: list[str] = []
    gate = threading.Event()
    planner.read(lambda _ws: gate.wait(10) and "old", answers.append, key="search")
    planner.read(lambda _ws: "new", answers.append, key="search")
    gate.set()
    settle(qtbot, planner)
    assert answers == ["new"]


def test_a_failing_open_says_why(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    junk = tmp_path / "notes.sqlite"
    junk.write_bytes(b"not a database at all" * 50)
    made = Planner(JobRunner(), JobRunner(workers=1))
    with qtbot.waitSignal(made.open_failed, timeout=20_000) as blocker:
        made.open(str(junk))
    assert "not an Eventplanner database" in blocker.args[1]
    assert made.workspace is None


def test_create_undo_redo_keeps_the_uid(qtbot, planner: Planner) -> None:  # type: ignore[no-untyped-def]
    stack = QUndoStack()
    stack.push(undo.CreateEvent(planner, SEMINAR))
    settle(qtbot, planner)
    workspace = planner.workspace
    assert workspace is not None
    [created] = workspace.queries.search("Stål")
    assert stack.undoText() == "Create “Stål och digitalisering”"
    stack.undo()
    settle(qtbot, planner)
    assert workspace.queries.search("Stål") == []
    stack.redo()
    settle(qtbot, planner)
    [back] = workspace.queries.search("Stål")
    assert back.uid == created.uid and back.tags == ("Stål",)


def test_edit_and_delete_undo_in_order(qtbot, planner: Planner) -> None:  # type: ignore[no-untyped-def]
    workspace = planner.workspace
    assert workspace is not None
    event = workspace.events.create(SEMINAR).event
    stack = QUndoStack()
    moved = replace(event.draft(), title="Flyttat seminarium",
                    timing=TimedSpan(at(2027, 4, 15, 9), at(2027, 4, 15, 12)))  # fmt: skip
    stack.push(undo.EditEvent(planner, event, moved))
    settle(qtbot, planner)  # the window reads the event again, after the edit, to delete it
    stack.push(undo.DeleteEvent(planner, workspace.events.get(event.id)))
    settle(qtbot, planner)
    assert workspace.queries.count() == 0
    stack.undo()  # the delete
    stack.undo()  # the edit
    settle(qtbot, planner)
    restored = workspace.events.get_by_uid(event.uid)
    assert restored.title == "Stål och digitalisering"
    assert restored.timing == event.timing
    stack.redo()
    settle(qtbot, planner)
    assert workspace.events.get_by_uid(event.uid).title == "Flyttat seminarium"


def test_a_conflicting_edit_is_refused_with_the_events_name(qtbot, planner: Planner) -> None:  # type: ignore[no-untyped-def]
    workspace = planner.workspace
    assert workspace is not None
    event = workspace.events.create(SEMINAR).event
    # Someone else saves the event after this window loaded it.
    workspace.events.update(event.id, replace(event.draft(), capacity=80),
                            expected_version=event.version)  # fmt: skip
    stack = QUndoStack()
    with qtbot.waitSignal(planner.failed, timeout=20_000) as blocker:
        stack.push(undo.EditEvent(planner, event, replace(event.draft(), title="Mitt namn")))
    assert "Stål och digitalisering" in blocker.args[0]
    assert "changed by someone else" in blocker.args[0]
    assert workspace.events.get(event.id).capacity == 80


def test_cancelling_one_occurrence_and_undoing_it(qtbot, planner: Planner) -> None:  # type: ignore[no-untyped-def]
    workspace = planner.workspace
    assert workspace is not None
    series = workspace.events.create(
        replace(SEMINAR, recurrence=Recurrence("FREQ=WEEKLY;COUNT=4"))
    ).event
    stack = QUndoStack()
    change = OccurrenceChange(datetime(2027, 4, 21, 13), cancelled=True)
    stack.push(undo.ChangeOccurrence(planner, series, change, "Cancel one"))
    settle(qtbot, planner)
    assert workspace.events.get(series.id).changes == (change,)
    stack.undo()
    settle(qtbot, planner)
    assert workspace.events.get(series.id).changes == ()
    stack.push(undo.cancel_event(planner, workspace.events.get(series.id)))
    settle(qtbot, planner)
    assert workspace.events.get(series.id).status is EventStatus.CANCELLED


def test_quitting_finishes_every_queued_save(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "planner.sqlite"
    made = Planner(JobRunner(workers=2), JobRunner(workers=1))
    with qtbot.waitSignal(made.opened, timeout=20_000):
        made.open(str(path))
    for number in range(5):
        made.change(lambda ws, n=number: ws.events.create(replace(SEMINAR, title=f"Möte {n}")))
    made.shutdown()  # at once, without waiting for the GUI thread to hear back
    check = Workspace.open(path)
    assert check.queries.count() == 5
    check.close()


def test_a_failing_read_answers_its_own_error_handler_when_given(qtbot, planner: Planner) -> None:  # type: ignore[no-untyped-def]
    errors: list[str] = []
    with qtbot.assertNotEmitted(planner.failed):
        planner.read(lambda ws: ws.events.get(404), errors.append, on_error=errors.append)
        settle(qtbot, planner)
    assert errors and "event 404 does not exist" in errors[0]


def test_a_split_series_is_joined_by_undo_and_split_again_by_redo(qtbot, planner: Planner) -> None:  # type: ignore[no-untyped-def]
    workspace = planner.workspace
    assert workspace is not None
    series = workspace.events.create(
        replace(SEMINAR, recurrence=Recurrence("FREQ=WEEKLY;COUNT=4"))
    ).event
    key = datetime(2027, 4, 28, 13)
    draft = replace(split_draft(series, key), title="Stål, del två")
    stack = QUndoStack()
    stack.push(undo.SplitSeries(planner, series, key, draft, "Change from 28 Apr"))
    settle(qtbot, planner)
    [split_off] = workspace.queries.search("två")
    assert workspace.events.get(series.id).recurrence == Recurrence(
        "FREQ=WEEKLY;UNTIL=20270421T110000Z"
    )
    stack.undo()
    settle(qtbot, planner)
    assert workspace.queries.count() == 1
    assert workspace.events.get(series.id).draft() == series.draft()
    stack.redo()
    settle(qtbot, planner)
    [again] = workspace.queries.search("två")
    assert again.uid == split_off.uid  # the same event for calendars that saw it


def test_a_split_of_a_series_changed_meanwhile_is_refused(qtbot, planner: Planner) -> None:  # type: ignore[no-untyped-def]
    workspace = planner.workspace
    assert workspace is not None
    series = workspace.events.create(
        replace(SEMINAR, recurrence=Recurrence("FREQ=WEEKLY;COUNT=4"))
    ).event
    workspace.events.update(series.id, replace(series.draft(), capacity=80),
                            expected_version=series.version)  # fmt: skip
    key = datetime(2027, 4, 28, 13)
    command = undo.SplitSeries(planner, series, key, split_draft(series, key), "Change")
    stack = QUndoStack()
    with qtbot.waitSignal(planner.failed, timeout=20_000) as blocker:
        undo.save_then_push(planner, stack, command)
    assert "Stål och digitalisering" in blocker.args[0]
    assert stack.count() == 0 and workspace.queries.count() == 1
