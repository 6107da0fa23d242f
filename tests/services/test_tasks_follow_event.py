"""An event's open, unpinned tasks move with it (issue 15): counted again from the moved
anchor, in working days where counted so (midsummer is no working day), inside the move's
transaction; the move's undo (the old event written back) takes them back; done and pinned
tasks stay; a duplicate's tasks are open and counted from the copy; a delete's undo brings
them back."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from eventplanner.domain.deadlines import DayOff, parse_relative
from eventplanner.domain.enums import EventKind
from eventplanner.domain.model import Event, EventDraft
from eventplanner.domain.programme import Phase, PhaseKind
from eventplanner.domain.recurrence import Recurrence
from eventplanner.domain.series import split_draft
from eventplanner.domain.tasks import AnchorKind, TaskDraft, TaskRule
from eventplanner.domain.timing import AllDaySpan, TimedSpan
from eventplanner.services.changes import Action, Kind
from eventplanner.services.tasks.service import TaskFilter
from eventplanner.services.workspace import Workspace
from tests.icsfiles import calendar, event

STO = ZoneInfo("Europe/Stockholm")


def _fair(workspace: Workspace, first: date, last: date) -> Event:
    return workspace.events.create(
        EventDraft(
            "Elmia Subcontractor",
            AllDaySpan(first, last, "Europe/Stockholm"),
            kind=EventKind.TRADE_FAIR,
        )
    ).event


def _moved(workspace: Workspace, event: Event, first: date, last: date) -> Event:
    current = workspace.events.get(event.id)
    draft = replace(current.draft(), timing=AllDaySpan(first, last, "Europe/Stockholm"))
    return workspace.events.update(event.id, draft, expected_version=current.version).event


def _relative(text: str, anchor: AnchorKind = AnchorKind.EVENT_START, **more: object) -> TaskRule:
    day_off = more.pop("day_off", DayOff.EARLIER)
    assert isinstance(day_off, DayOff)
    anchor_id = more.pop("anchor_id", None)
    assert anchor_id is None or isinstance(anchor_id, int)
    return TaskRule(anchor, parse_relative(text, day_off), anchor_id)


def test_moving_an_event_moves_its_tasks_and_undo_takes_them_back(workspace: Workspace) -> None:
    fair = _fair(workspace, date(2027, 7, 5), date(2027, 7, 7))
    tasks = workspace.tasks
    counted = tasks.add(TaskDraft("Monterritning", event_id=fair.id, rule=_relative("3wd before")))
    assert counted.task.due_date == date(2027, 6, 30)
    fixed = tasks.add(TaskDraft("Boka hotell", date(2027, 6, 1), event_id=fair.id)).task
    pinned = tasks.add(
        TaskDraft("Katalogtext", event_id=fair.id, rule=_relative("2w before"), pinned=True)
    ).task
    done = tasks.add(TaskDraft("Anmälan", event_id=fair.id, rule=_relative("20wd before"))).task
    tasks.mark_done(done.id, by="Anna")
    alone = tasks.add(TaskDraft("Årsplan", date(2027, 6, 2))).task

    plan = tasks.planned_moves(
        fair.id, AllDaySpan(date(2027, 6, 28), date(2027, 6, 30), "Europe/Stockholm")
    )
    assert [(m.id, m.before, m.after) for m in plan] == [
        (fixed.id, date(2027, 6, 1), date(2027, 5, 25)),
        (counted.task.id, date(2027, 6, 30), date(2027, 6, 22)),  # midsummer eve is off
    ]

    current = workspace.events.get(fair.id)
    draft = replace(
        current.draft(), timing=AllDaySpan(date(2027, 6, 28), date(2027, 6, 30), "Europe/Stockholm")
    )
    saved = workspace.events.update(fair.id, draft, expected_version=current.version)

    assert saved.changes.ids(Kind.TASK, Action.CHANGED) == {counted.task.id, fixed.id}
    assert tasks.get(counted.task.id).due_date == date(2027, 6, 22)
    assert tasks.get(counted.task.id).sequence == counted.task.sequence + 1
    assert tasks.get(fixed.id).due_date == date(2027, 5, 25)
    assert tasks.get(pinned.id).due_date == pinned.due_date
    assert tasks.get(done.id).due_date == done.due_date
    assert tasks.get(alone.id).due_date == date(2027, 6, 2)

    # The undo of a move writes the old event back: its tasks go back with it.
    before = workspace.events.get(fair.id)
    workspace.events.update(fair.id, current.draft(), expected_version=before.version)
    assert tasks.get(counted.task.id).due_date == date(2027, 6, 30)
    assert tasks.get(fixed.id).due_date == date(2027, 6, 1)
    assert tasks.get(pinned.id).due_date == pinned.due_date


def test_a_date_moved_off_midsummer_says_why(workspace: Workspace) -> None:
    fair = _fair(workspace, date(2027, 7, 5), date(2027, 7, 6))
    task = workspace.tasks.add(
        TaskDraft("Tryckfiler", event_id=fair.id, rule=_relative("10d before"))
    ).task
    # 10 days before 5 July is 25 June, midsummer eve: moved to the working day before.
    assert task.due_date == date(2027, 6, 24)
    assert task.moved_reason is not None and "Midsommarafton" in task.moved_reason

    _moved(workspace, fair, date(2027, 7, 12), date(2027, 7, 13))
    again = workspace.tasks.get(task.id)
    assert (again.due_date, again.moved_reason) == (date(2027, 7, 2), None)


def test_tasks_counted_from_the_end_from_a_phase_and_from_another_task(
    workspace: Workspace,
) -> None:
    fair = _fair(workspace, date(2027, 9, 7), date(2027, 9, 9))
    build = workspace.programme.add_phase(
        Phase(
            None,
            fair.id,
            PhaseKind.BUILD_UP,
            datetime(2027, 9, 6, 8, tzinfo=STO),
            datetime(2027, 9, 6, 17, tzinfo=STO),
            "Bygg",
        )
    ).record
    assert build.id is not None
    tasks = workspace.tasks
    report = tasks.add(
        TaskDraft(
            "Slutrapport", event_id=fair.id, rule=_relative("10wd after", AnchorKind.EVENT_END)
        )
    ).task
    freight = tasks.add(
        TaskDraft(
            "Frakt",
            event_id=fair.id,
            rule=_relative("1w before", AnchorKind.PHASE, anchor_id=build.id),
        )
    ).task
    reminder = tasks.add(
        TaskDraft(
            "Påminn om frakt",
            event_id=fair.id,
            rule=_relative("2wd before", AnchorKind.TASK, anchor_id=freight.id),
        )
    ).task
    assert (report.due_date, freight.due_date, reminder.due_date) == (
        date(2027, 9, 23), date(2027, 8, 30), date(2027, 8, 26)
    )  # fmt: skip

    _moved(workspace, fair, date(2027, 9, 14), date(2027, 9, 16))

    assert tasks.get(report.id).due_date == date(2027, 9, 30)
    assert tasks.get(freight.id).due_date == date(2027, 9, 6)
    assert tasks.get(reminder.id).due_date == date(2027, 9, 2)


def test_a_longer_event_moves_the_tasks_counted_from_its_end(workspace: Workspace) -> None:
    fair = _fair(workspace, date(2027, 9, 7), date(2027, 9, 9))
    report = workspace.tasks.add(
        TaskDraft("Slutrapport", event_id=fair.id, rule=_relative("1w after", AnchorKind.EVENT_END))
    ).task
    start = workspace.tasks.add(TaskDraft("Start", event_id=fair.id, rule=_relative("1w before")))
    _moved(workspace, fair, date(2027, 9, 7), date(2027, 9, 10))
    assert workspace.tasks.get(report.id).due_date == date(2027, 9, 17)
    assert workspace.tasks.get(start.task.id).due_date == start.task.due_date


def test_a_duplicate_copies_the_tasks_open_and_counted_from_the_copy(workspace: Workspace) -> None:
    fair = _fair(workspace, date(2027, 7, 5), date(2027, 7, 7))
    tasks = workspace.tasks
    counted = tasks.add(TaskDraft("Monterritning", event_id=fair.id, rule=_relative("3wd before")))
    first = tasks.add(TaskDraft("Första", event_id=fair.id, rule=_relative("5wd before"))).task
    follows = tasks.add(
        TaskDraft(
            "Följer",
            event_id=fair.id,
            rule=_relative("1d after", AnchorKind.TASK, anchor_id=first.id),
        )
    ).task
    fixed = tasks.add(TaskDraft("Hotell", date(2027, 6, 1), event_id=fair.id, pinned=True)).task
    tasks.mark_done(fixed.id)

    copy = workspace.events.duplicate(fair.id, to_day=date(2028, 7, 3)).event  # 364 days on

    copied = tasks.list(TaskFilter(event_id=copy.id))
    assert len(copied) == 4
    assert all(not t.done and not t.pinned for t in copied)
    assert {t.uid for t in copied}.isdisjoint({counted.task.uid, first.uid, follows.uid, fixed.uid})
    by_title = {t.title: t for t in copied}
    assert by_title["Monterritning"].due_date == date(2028, 6, 28)
    assert by_title["Hotell"].due_date == date(2028, 5, 30)
    copied_rule = by_title["Följer"].rule
    assert copied_rule is not None and copied_rule.anchor_id == by_title["Första"].id
    assert by_title["Följer"].due_date == date(2028, 6, 27)
    # The original's tasks are as they were.
    assert tasks.get(fixed.id).done and tasks.get(counted.task.id).due_date == date(2027, 6, 30)


def test_a_deleted_event_comes_back_with_its_tasks(workspace: Workspace) -> None:
    fair = _fair(workspace, date(2027, 7, 5), date(2027, 7, 7))
    first = workspace.tasks.add(TaskDraft("Första", event_id=fair.id, rule=_relative("5wd before")))
    follows = workspace.tasks.add(
        TaskDraft(
            "Följer",
            event_id=fair.id,
            rule=_relative("1d after", AnchorKind.TASK, anchor_id=first.task.id),
        )
    ).task
    deleted = workspace.events.delete(fair.id)
    assert workspace.tasks.list() == []
    workspace.events.restore(deleted.snapshots[0])
    back = workspace.tasks.get(follows.id)
    assert back.rule is not None and back.rule.anchor_id == first.task.id
    assert back.due_date == follows.due_date


@pytest.mark.parametrize("text", ["0wd before", "4w after"])
def test_a_move_that_changes_nothing_writes_nothing(workspace: Workspace, text: str) -> None:
    fair = _fair(workspace, date(2027, 7, 5), date(2027, 7, 7))
    task = workspace.tasks.add(TaskDraft("X", event_id=fair.id, rule=_relative(text))).task
    current = workspace.events.get(fair.id)
    saved = workspace.events.update(
        fair.id, replace(current.draft(), title="Elmia"), expected_version=current.version
    )
    assert not saved.changes.ids(Kind.TASK)
    assert workspace.tasks.get(task.id).version == task.version


def test_an_imports_update_keeps_the_tasks_and_moves_them_with_the_event(
    workspace: Workspace,
) -> None:
    workspace.imports.apply(workspace.imports.plan(calendar(event("SEQUENCE:1"))))
    made = workspace.events.get_by_uid("a@test")
    task = workspace.tasks.add(
        TaskDraft("Inbjudan", event_id=made.id, rule=_relative("2w before"))
    ).task
    assert task.due_date == date(2027, 2, 26)
    two_weeks_later = calendar(
        event(
            "SEQUENCE:5",
            "DTSTART;TZID=Europe/Stockholm:20270326T090000",
            "DTEND;TZID=Europe/Stockholm:20270326T100000",
        )
    )
    workspace.imports.apply(workspace.imports.plan(two_weeks_later))
    kept = workspace.tasks.get(task.id)
    assert (kept.uid, kept.due_date) == (task.uid, date(2027, 3, 12))


def test_a_split_series_keeps_its_tasks_on_the_earlier_part(workspace: Workspace) -> None:
    first = datetime(2027, 10, 4, 18, tzinfo=STO)
    course = workspace.events.create(
        EventDraft(
            "Intraprenörskap",
            TimedSpan(first, first.replace(hour=20), "Europe/Stockholm"),
            kind=EventKind.COURSE,
            recurrence=Recurrence("FREQ=WEEKLY;COUNT=8"),
        )
    ).event
    task = workspace.tasks.add(
        TaskDraft("Kursinbjudan", event_id=course.id, rule=_relative("3wd before"))
    ).task
    key = datetime(2027, 11, 1, 18)
    result = workspace.events.split_series(course.id, key, split_draft(course, key))
    assert workspace.tasks.list(TaskFilter(event_id=result.later.id)) == []
    kept = workspace.tasks.get(task.id)
    assert (kept.event_id, kept.due_date) == (course.id, task.due_date)
