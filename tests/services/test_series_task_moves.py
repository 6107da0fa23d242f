"""A series' tasks count from its first occurrence as held (``domain.task_anchors``), and
every save of a series that may move them says beforehand which move, from → to
(``TaskService.planned_moves``), exactly as the save then moves them: the whole series
(edited or dragged), one occurrence, this and following; the undo of each takes them back."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from eventplanner.domain.deadlines import parse_relative
from eventplanner.domain.enums import EventKind
from eventplanner.domain.model import Event, EventDraft, OccurrenceChange
from eventplanner.domain.moves import moved_by_days
from eventplanner.domain.recurrence import Recurrence
from eventplanner.domain.series import (
    Drop,
    following_moved,
    occurrence_timing,
    series_moved,
    split_draft,
    start_key,
)
from eventplanner.domain.task_anchors import (
    EventEdit,
    FollowingEdit,
    OccurrenceEdit,
    WholeEdit,
)
from eventplanner.domain.task_moves import TaskMove
from eventplanner.domain.tasks import AnchorKind, Task, TaskDraft, TaskRule
from eventplanner.domain.timing import TimedSpan
from eventplanner.services.changes import Action, ChangeSet, Kind
from eventplanner.services.tasks.service import TaskFilter
from eventplanner.services.workspace import Workspace

STOCKHOLM = "Europe/Stockholm"
STO = ZoneInfo(STOCKHOLM)
FIRST = datetime(2027, 3, 1, 18)
"""The course's first Monday evening (a recurrence id: wall-clock time)."""


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=STO)  # type: ignore[misc]


def _course(workspace: Workspace) -> tuple[Event, dict[str, Task]]:
    """Eight Monday evenings from 1 March 2027, with the tasks of a course."""
    start = at(2027, 3, 1, 18)
    course = workspace.events.create(
        EventDraft(
            "Intraprenörskap",
            TimedSpan(start, start.replace(hour=20), STOCKHOLM),
            kind=EventKind.COURSE,
            recurrence=Recurrence("FREQ=WEEKLY;COUNT=8"),
        )
    ).event
    tasks = workspace.tasks

    def rule(text: str, anchor: AnchorKind = AnchorKind.EVENT_START) -> TaskRule:
        return TaskRule(anchor, parse_relative(text))

    made = {
        "invite": tasks.add(TaskDraft("Kursinbjudan", event_id=course.id,
                                      rule=rule("3wd before"))).task,
        "feedback": tasks.add(TaskDraft("Utvärdering", event_id=course.id,
                                        rule=rule("2wd after", AnchorKind.EVENT_END))).task,
        "room": tasks.add(TaskDraft("Boka lokal", date(2027, 2, 15), event_id=course.id)).task,
        "pinned": tasks.add(TaskDraft("Fast", event_id=course.id, rule=rule("1w before"),
                                      pinned=True)).task,
    }  # fmt: skip
    assert made["invite"].due_date == date(2027, 2, 24)
    assert made["feedback"].due_date == date(2027, 3, 3)
    return course, made


def _saved_as_planned(
    workspace: Workspace, event: Event, edit: EventEdit, save: Callable[[], ChangeSet]
) -> list[TaskMove]:
    """The moves the preview says ``edit`` makes, checked against what ``save`` did."""
    before = {t.id: t for t in workspace.tasks.list(TaskFilter(event_id=event.id))}
    planned = workspace.tasks.planned_moves(event.id, edit)
    changes = save()
    assert changes.ids(Kind.TASK, Action.CHANGED) == {m.id for m in planned}
    after = {t.id: t for t in workspace.tasks.list(TaskFilter(event_id=event.id))}
    for move in planned:
        assert (move.before, move.after) == (before[move.id].due_date, after[move.id].due_date)
        assert after[move.id].moved_reason == move.reason
    for ident in before.keys() - {m.id for m in planned}:
        assert after[ident].due_date == before[ident].due_date
    return planned


def _dates(workspace: Workspace, tasks: dict[str, Task]) -> dict[str, date]:
    return {name: workspace.tasks.get(t.id).due_date for name, t in tasks.items()}


def test_moving_the_first_occurrence_moves_the_tasks_and_undo_takes_them_back(
    workspace: Workspace,
) -> None:
    course, tasks = _course(workspace)
    was = _dates(workspace, tasks)
    moved = occurrence_timing(course.timing, FIRST)
    change = OccurrenceChange(FIRST, timing=moved_by_days(moved, 2))  # to Wednesday 3 March
    planned = _saved_as_planned(
        workspace, course, OccurrenceEdit(change),
        lambda: workspace.events.change_occurrence(course.id, change).changes,
    )  # fmt: skip
    assert {m.title for m in planned} == {"Kursinbjudan", "Utvärdering", "Boka lokal"}
    assert _dates(workspace, tasks) == {
        "invite": date(2027, 2, 26), "feedback": date(2027, 3, 5),
        "room": date(2027, 2, 17), "pinned": was["pinned"],
    }  # fmt: skip
    # Undo: the occurrence follows its series again, and the tasks go back.
    restored = workspace.events.restore_occurrence(course.id, FIRST)
    assert restored.changes.ids(Kind.TASK, Action.CHANGED) == {m.id for m in planned}
    assert _dates(workspace, tasks) == was


def test_a_later_occurrence_moves_no_task_unless_it_goes_before_the_first(
    workspace: Workspace,
) -> None:
    course, tasks = _course(workspace)
    was = _dates(workspace, tasks)
    third = datetime(2027, 3, 15, 18)
    change = OccurrenceChange(
        third, timing=moved_by_days(occurrence_timing(course.timing, third), 1)
    )
    planned = _saved_as_planned(
        workspace, course, OccurrenceEdit(change),
        lambda: workspace.events.change_occurrence(course.id, change).changes,
    )  # fmt: skip
    assert planned == [] and _dates(workspace, tasks) == was

    course = workspace.events.get(course.id)
    second = datetime(2027, 3, 8, 18)
    early = OccurrenceChange(second, timing=moved_by_days(course.timing, -3))  # Fri 26 Feb
    planned = _saved_as_planned(
        workspace, course, OccurrenceEdit(early),
        lambda: workspace.events.change_occurrence(course.id, early).changes,
    )  # fmt: skip
    assert workspace.tasks.get(tasks["invite"].id).due_date == date(2027, 2, 23)
    assert len(planned) == 3


@pytest.mark.parametrize("how", ["edited", "dragged"])
def test_the_whole_series_moved_moves_its_tasks_as_planned(workspace: Workspace, how: str) -> None:
    course, tasks = _course(workspace)
    was = _dates(workspace, tasks)
    snapshot = workspace.events.snapshot(course.id)
    edit: EventEdit
    if how == "edited":  # the editor, "the whole series": a week later
        draft = replace(course.draft(), timing=moved_by_days(course.timing, 7))
        edit = WholeEdit(draft)

        def save() -> ChangeSet:
            return workspace.events.update(
                course.id, draft, expected_version=course.version
            ).changes
    else:  # the third Monday dragged a week on, "the whole series"
        key = datetime(2027, 3, 15, 18)
        shown = occurrence_timing(course.timing, key)
        draft = series_moved(course, key, shown, moved_by_days(shown, 7))
        dropped = Drop(key, moved_by_days(shown, 7))
        edit = FollowingEdit(start_key(course.timing), draft, dropped)

        def save() -> ChangeSet:
            return workspace.events.split_series(
                course.id, start_key(course.timing), draft, dropped=dropped
            ).changes

    planned = _saved_as_planned(workspace, course, edit, save)
    assert len(planned) == 3
    assert _dates(workspace, tasks)["room"] == date(2027, 2, 22)
    assert _dates(workspace, tasks)["invite"] == date(2027, 3, 3)
    # Undo writes the series back as it was (its snapshot), its tasks with it.
    workspace.events.unsplit(snapshot, None)
    assert _dates(workspace, tasks) == was


def test_this_and_following_keeps_the_tasks_where_the_earlier_part_puts_them(
    workspace: Workspace,
) -> None:
    course, tasks = _course(workspace)
    was = _dates(workspace, tasks)
    key = datetime(2027, 3, 22, 18)
    shown = occurrence_timing(course.timing, key)
    draft = following_moved(course, key, shown, moved_by_days(shown, 1))
    planned = _saved_as_planned(
        workspace, course, FollowingEdit(key, draft, Drop(key, moved_by_days(shown, 1))),
        lambda: workspace.events.split_series(
            course.id, key, draft, dropped=Drop(key, moved_by_days(shown, 1))
        ).changes,
    )  # fmt: skip
    assert planned == [] and _dates(workspace, tasks) == was

    # From the first occurrence on, "this and following" is the whole series.
    course = workspace.events.get(course.id)
    whole = split_draft(course, FIRST)
    later = replace(whole, timing=moved_by_days(whole.timing, 1))
    planned = _saved_as_planned(
        workspace, course, FollowingEdit(FIRST, later),
        lambda: workspace.events.split_series(course.id, FIRST, later).changes,
    )  # fmt: skip
    assert workspace.tasks.get(tasks["invite"].id).due_date == date(2027, 2, 25)
    assert len(planned) == 3


def test_striking_out_the_first_occurrence_moves_the_start(workspace: Workspace) -> None:
    course, tasks = _course(workspace)
    assert course.recurrence is not None
    struck = replace(
        course.draft(), recurrence=Recurrence(course.recurrence.rule, (FIRST,))
    )  # fmt: skip
    planned = _saved_as_planned(
        workspace, course, WholeEdit(struck),
        lambda: workspace.events.update(course.id, struck, expected_version=course.version).changes,
    )  # fmt: skip
    assert workspace.tasks.get(tasks["invite"].id).due_date == date(2027, 3, 3)  # from 8 March
    assert {m.title for m in planned} == {"Kursinbjudan", "Utvärdering", "Boka lokal"}
    assert workspace.tasks.get(tasks["room"].id).due_date == date(2027, 2, 15) + timedelta(days=7)


def test_a_playbook_on_a_series_counts_from_its_first_occurrence_as_held(
    workspace: Workspace,
) -> None:
    course, _tasks = _course(workspace)
    moved = OccurrenceChange(
        FIRST, timing=moved_by_days(occurrence_timing(course.timing, FIRST), 2)
    )
    workspace.events.change_occurrence(course.id, moved)
    plan = workspace.playbooks.plan("Funded research seminar", course.id)
    made = workspace.tasks.add(
        TaskDraft("Start", event_id=course.id,
                  rule=TaskRule(AnchorKind.EVENT_START, parse_relative("0d before")))
    ).task  # fmt: skip
    assert made.due_date == date(2027, 3, 3)
    # What the playbook plans is where the course's saves count its tasks to: saved as it
    # is, none moves.
    applied = workspace.playbooks.apply("Funded research seminar", course.id)
    assert [t.due for t in applied.plan.tasks] == [t.due for t in plan.tasks]
    again = workspace.events.get(course.id)
    assert workspace.tasks.planned_moves(course.id, WholeEdit(again.draft())) == []
