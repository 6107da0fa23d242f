"""Tasks (issue 15): add, edit, tick done and undo it, delete; lists with filters, the Tasks
view's groups and counts; bad input refused with a clear message, changing nothing."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, time

import pytest

from eventplanner.domain.deadlines import parse_relative
from eventplanner.domain.enums import EventKind
from eventplanner.domain.errors import ConflictError, NotFoundError, ValidationError
from eventplanner.domain.model import Contact, EventDraft
from eventplanner.domain.tasks import (
    AnchorKind,
    DueGroup,
    OwnerRole,
    TaskDraft,
    TaskRule,
    due_group,
)
from eventplanner.domain.timing import AllDaySpan
from eventplanner.services.change_journal import recording
from eventplanner.services.changes import Action, Kind
from eventplanner.services.tasks.counts import TaskCounts
from eventplanner.services.tasks.service import TaskFilter
from eventplanner.services.tasks.task_rows import Section
from eventplanner.services.workspace import Workspace

TODAY = date(2027, 3, 10)  # a Wednesday


def _event(workspace: Workspace, title: str = "Almedalen") -> int:
    return workspace.events.create(
        EventDraft(
            title,
            AllDaySpan(date(2027, 6, 28), date(2027, 6, 30), "Europe/Stockholm"),
            kind=EventKind.SEMINAR,
        )
    ).event.id


def test_add_edit_done_undo_and_delete(workspace: Workspace) -> None:
    anna = workspace.contacts.create(Contact(None, "Anna Berg")).id
    event = _event(workspace)
    tasks = workspace.tasks
    with recording() as journal:
        added = tasks.add(
            TaskDraft(
                "  Beställ   el  ",
                date(2027, 5, 3),
                event_id=event,
                owner_contact_id=anna,
                owner_role=OwnerRole.STAND_LEAD,
                due_time=time(12, 0),
                notes=" 16 A ",
            )
        )
    task = added.task
    assert (task.title, task.notes, task.owner_name, task.event_title) == (
        "Beställ el", "16 A", "Anna Berg", "Almedalen"
    )  # fmt: skip
    assert task.owner_role is OwnerRole.STAND_LEAD and task.due_time == time(12, 0)
    assert added.changes.ids(Kind.TASK, Action.CREATED) == {task.id}
    assert not added.changes.ids(Kind.EVENT)
    assert journal.changes.ids(Kind.TASK) == {task.id}

    edited = tasks.edit(
        task.id,
        TaskDraft("Beställ el och vatten", date(2027, 5, 4), event_id=event, owner_contact_id=anna),
        expected_version=task.version,
    ).task
    assert (edited.title, edited.due_date, edited.sequence) == (
        "Beställ el och vatten", date(2027, 5, 4), task.sequence + 1
    )  # fmt: skip
    with pytest.raises(ConflictError, match="Beställ el och vatten"):
        tasks.edit(task.id, TaskDraft("X", date(2027, 5, 4)), expected_version=task.version)

    done = tasks.mark_done(task.id, by="Anna", at=datetime(2027, 3, 9, 15, tzinfo=UTC)).task
    assert done.done and done.done_by == "Anna"
    assert done.done_at == datetime(2027, 3, 9, 15, tzinfo=UTC)
    reopened = tasks.undo_done(task.id).task
    assert not reopened.done and reopened.done_by == ""

    deleted = tasks.delete(task.id)
    assert deleted.ids(Kind.TASK, Action.DELETED) == {task.id}
    with pytest.raises(NotFoundError, match=f"no task {task.id}"):
        tasks.get(task.id)


def test_lists_groups_and_counts(workspace: Workspace) -> None:
    anna = workspace.contacts.create(Contact(None, "Anna Berg")).id
    bo = workspace.contacts.create(Contact(None, "Bo Ek")).id
    event = _event(workspace)
    other = _event(workspace, "Elmia")
    tasks = workspace.tasks
    late = tasks.add(TaskDraft("Sen", date(2027, 3, 1), event_id=event, owner_contact_id=anna))
    today = tasks.add(TaskDraft("Idag", TODAY, owner_contact_id=bo))
    week = tasks.add(TaskDraft("Veckan", date(2027, 3, 14), event_id=other))
    later = tasks.add(TaskDraft("Senare", date(2027, 4, 1), event_id=event, owner_contact_id=anna))
    finished = tasks.add(TaskDraft("Klar", date(2027, 2, 1), owner_contact_id=anna))
    tasks.mark_done(finished.task.id)
    ids = {t.title: t.id for t in (x.task for x in (late, today, week, later, finished))}

    def titles(where: TaskFilter) -> list[str]:
        return [t.title for t in tasks.list(where)]

    assert titles(TaskFilter()) == ["Klar", "Sen", "Idag", "Veckan", "Senare"]
    assert titles(TaskFilter(owner_contact_id=anna)) == ["Klar", "Sen", "Senare"]
    assert titles(TaskFilter(event_id=event)) == ["Sen", "Senare"]
    assert titles(TaskFilter(without_event=True)) == ["Klar", "Idag"]
    assert titles(TaskFilter(overdue_on=TODAY)) == ["Sen"]
    assert titles(TaskFilter(done=True)) == ["Klar"]
    assert titles(TaskFilter(done=False, due_by=date(2027, 3, 17))) == ["Sen", "Idag", "Veckan"]

    rows = tasks.rows(TODAY)

    def grouped(sections: tuple[Section, ...]) -> list[tuple[str, str, list[str]]]:
        return [(s.key, s.title, [rows.tasks[at].title for at in s.rows]) for s in sections]

    assert [(key, shown) for key, _title, shown in grouped(rows.by_due)] == [
        ("overdue", ["Sen"]), ("today", ["Idag"]), ("this week", ["Veckan"]),
        ("later", ["Senare"]), ("done", ["Klar"]),
    ]  # fmt: skip
    assert [(title, len(shown)) for _key, title, shown in grouped(rows.by_owner)] == [
        ("Anna Berg", 3), ("Bo Ek", 1), ("", 1)
    ]  # fmt: skip
    assert [(key, title) for key, title, _shown in grouped(rows.by_event)] == [
        (str(event), "Almedalen"), (str(other), "Elmia"), ("", "")
    ]  # fmt: skip
    assert [rows.tasks[at].title for at in rows.by_owner[0].open_rows] == ["Sen", "Senare"]
    assert rows.keys[rows.positions[ids["Sen"]]] == "sen\nanna berg\nalmedalen"
    counts = tasks.counts(TODAY)
    assert (counts.open, counts.overdue, counts.today, counts.this_week, counts.done) == (
        4, 1, 1, 1, 1
    )  # fmt: skip
    assert rows.counts == counts  # counted by the database as from the tasks read


@pytest.mark.parametrize("today", [date(2027, 3, 8), TODAY, date(2027, 3, 14), date(2027, 2, 1)])
def test_the_database_counts_as_the_tasks_are_grouped(workspace: Workspace, today: date) -> None:
    """The aggregate query against ``due_group`` of each task, on every day of a week's
    edges (a Monday, a Wednesday, a Sunday) and before every task."""
    tasks = workspace.tasks
    assert tasks.counts(today) == TaskCounts()  # no tasks: zeros, not None
    for day in range(1, 31, 2):
        added = tasks.add(TaskDraft(f"Uppgift {day}", date(2027, 3, day))).task
        if day % 5 == 0:
            tasks.mark_done(added.id)
    groups = Counter(due_group(t, today) for t in tasks.list())
    assert tasks.counts(today) == TaskCounts(
        open=15 - groups[DueGroup.DONE],
        overdue=groups[DueGroup.OVERDUE],
        today=groups[DueGroup.TODAY],
        this_week=groups[DueGroup.THIS_WEEK],
        done=groups[DueGroup.DONE],
    )


def test_an_edited_date_replaces_the_rule_and_its_followers_follow(workspace: Workspace) -> None:
    event = _event(workspace)
    tasks = workspace.tasks
    first = tasks.add(
        TaskDraft(
            "Inbjudan",
            event_id=event,
            rule=TaskRule(AnchorKind.EVENT_START, parse_relative("6w before")),
        )
    ).task
    follows = tasks.add(
        TaskDraft(
            "Påminnelse",
            event_id=event,
            rule=TaskRule(AnchorKind.TASK, parse_relative("2w after"), first.id),
        )
    ).task
    assert (first.due_date, follows.due_date) == (date(2027, 5, 17), date(2027, 5, 31))
    written = tasks.edit(
        first.id, TaskDraft("Inbjudan", date(2027, 5, 10), event_id=event),
        expected_version=first.version,
    )  # fmt: skip
    assert written.task.rule is None
    assert tasks.get(follows.id).due_date == date(2027, 5, 24)
    assert written.changes.ids(Kind.TASK, Action.CHANGED) == {first.id, follows.id}
    # Deleted, the task counted from keeps its date as one of its own.
    tasks.delete(first.id)
    kept = tasks.get(follows.id)
    assert (kept.due_date, kept.rule) == (date(2027, 5, 24), None)


@pytest.mark.parametrize(
    ("draft", "message"),
    [
        (TaskDraft("   ", date(2027, 1, 1)), "title: a task needs a title"),
        (TaskDraft("x" * 201, date(2027, 1, 1)), "at most 200 characters, not 201"),
        (TaskDraft("X"), "a task needs a due date"),
        (
            TaskDraft(
                "X",
                date(2027, 1, 1),
                rule=TaskRule(AnchorKind.EVENT_START, parse_relative("1d before")),
            ),
            "not both",
        ),
        (
            TaskDraft("X", rule=TaskRule(AnchorKind.EVENT_START, parse_relative("1d before"))),
            "needs the task's event",
        ),
        (TaskDraft("X", date(2027, 1, 1), event_id=999), "there is no event with id 999"),
        (TaskDraft("X", date(2027, 1, 1), owner_contact_id=999), "no contact with id 999"),
        (
            TaskDraft("X", rule=TaskRule(AnchorKind.TASK, parse_relative("1d after"), 999)),
            "there is no task 999",
        ),
    ],
)
def test_bad_tasks_are_refused_and_nothing_is_saved(
    workspace: Workspace, draft: TaskDraft, message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        workspace.tasks.add(draft)
    assert workspace.tasks.list() == []


def test_a_task_cannot_follow_itself(workspace: Workspace) -> None:
    event = _event(workspace)
    tasks = workspace.tasks
    first = tasks.add(TaskDraft("A", date(2027, 5, 1), event_id=event)).task
    second = tasks.add(
        TaskDraft(
            "B",
            event_id=event,
            rule=TaskRule(AnchorKind.TASK, parse_relative("1d after"), first.id),
        )
    ).task
    with pytest.raises(ValidationError, match="cannot follow itself"):
        tasks.edit(
            first.id,
            TaskDraft(
                "A",
                event_id=event,
                rule=TaskRule(AnchorKind.TASK, parse_relative("1d after"), second.id),
            ),
            expected_version=first.version,
        )
    assert tasks.get(first.id).due_date == date(2027, 5, 1)
