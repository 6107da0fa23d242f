"""The Tasks view's rows after a write (issue 15), without a window: only what the change
set names is read again and amended into the rows (``TaskService.rows_reread``), and the
rows equal a fresh read of every task after a tick done and its undo, edits (date, time,
owner, event, title; a task counted from another following it), a delete and its undo, a
contact renamed, an event renamed and one deleted, a new owner; everything is read when the
change's extent is unknown, the day has turned, or the change names too much. The
amendment itself (``amended``) against a fresh making of the same tasks over random changes.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest

from eventplanner.domain.deadlines import parse_relative
from eventplanner.domain.enums import EventKind
from eventplanner.domain.model import Contact, EventDraft
from eventplanner.domain.tasks import AnchorKind, Task, TaskDraft, TaskRule
from eventplanner.domain.timing import AllDaySpan
from eventplanner.services.change_journal import recording, written_changes
from eventplanner.services.changes import Action, ChangeSet, Kind
from eventplanner.services.tasks import rows_reread
from eventplanner.services.tasks.service import TaskService
from eventplanner.services.tasks.task_list import Grouping, TaskLister, words_of
from eventplanner.services.tasks.task_rows import Section, TaskRows, amended, task_rows
from eventplanner.services.workspace import Workspace

TODAY = date(2027, 3, 10)  # a Wednesday


def shape(rows: TaskRows) -> dict[str, Any]:
    """The rows as the view sees them, by task rather than by slot: two readings of the
    same tasks have the same shape whatever slots they hold them in."""

    def sections(found: tuple[Section, ...]) -> list[tuple[str, str, list[int], list[int]]]:
        return [(s.key, s.title, [rows.task(at).id for at in s.rows],
                 [rows.task(at).id for at in s.open_rows]) for s in found]  # fmt: skip

    assert all(rows.task(at).id == ident for ident, at in rows.positions.items())
    assert sum(task is not None for task in rows.tasks) == len(rows.positions)
    lister = TaskLister(rows)
    listings = {
        (by.value, words, done): [
            at if at < 0 else rows.task(at).id for at in lister.listed(by, words, done).rows
        ]
        for by in Grouping
        for words in ((), words_of("a"), words_of("an el"))
        for done in (False, True)
    }
    return {
        "today": rows.today,
        "tasks": rows.listed(),
        "keys": {ident: rows.keys[at] for ident, at in rows.positions.items()},
        "due": sections(rows.by_due),
        "owner": sections(rows.by_owner),
        "event": sections(rows.by_event),
        "counts": rows.counts,
        "listings": listings,
    }


def _event(workspace: Workspace, title: str) -> int:
    timing = AllDaySpan(date(2027, 6, 28), date(2027, 6, 30), "Europe/Stockholm")
    return workspace.events.create(EventDraft(title, timing, kind=EventKind.SEMINAR)).event.id


class Reader:
    """Amends the rows after each write and checks them against a fresh read; counts the
    full reads the amending made (none, unless it had to)."""

    def __init__(self, workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
        self.workspace = workspace
        self.full_reads = 0
        self._fresh = TaskService.rows

        def counted(service: TaskService, today: date) -> TaskRows:
            self.full_reads += 1
            return self._fresh(service, today)

        monkeypatch.setattr(TaskService, "rows", counted)
        self.rows = self.fresh()
        self.full_reads = 0

    def fresh(self, today: date = TODAY) -> TaskRows:
        return self._fresh(self.workspace.tasks, today)

    def after(self, write: Callable[[], object], today: date = TODAY) -> TaskRows:
        with recording() as journal:
            result = write()
        changes = written_changes(result, journal.changes)
        before = self.rows
        self.rows = self.workspace.tasks.rows_reread(before, changes, today)
        assert shape(self.rows) == shape(self.fresh(today))
        return before


def test_the_rows_after_each_write_equal_a_fresh_read(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    contacts = workspace.contacts
    anna = contacts.create(Contact(None, "Anna Berg")).id
    bo = contacts.create(Contact(None, "Bo Ek")).id
    almedalen = _event(workspace, "Almedalen")
    elmia = _event(workspace, "Elmia")
    tasks = workspace.tasks

    def add(title: str, due: date | None, **more: Any) -> int:
        return tasks.add(TaskDraft(title, due, **more)).task.id

    late = add("Sen", date(2027, 3, 1), event_id=almedalen, owner_contact_id=anna)
    nine = add("Ring mässan", TODAY, owner_contact_id=bo, due_time=time(9, 0))
    add("Idag", TODAY)
    week = add("Veckan", date(2027, 3, 12), event_id=elmia)
    later = add("Senare", date(2027, 4, 1), event_id=almedalen, owner_contact_id=anna)
    rule = TaskRule(AnchorKind.TASK, parse_relative("1w after"), anchor_id=later)
    follower = add("Följ upp", None, event_id=almedalen, rule=rule)
    add("Monterbygge", date(2027, 3, 20), event_id=elmia, owner_contact_id=bo)
    tasks.mark_done(add("Klar", date(2027, 2, 1), owner_contact_id=anna))
    reader = Reader(workspace, monkeypatch)

    before = reader.after(lambda: tasks.mark_done(late))
    untouched = [i for i in before.positions if i != late]
    assert all(reader.rows.task(reader.rows.positions[i]) is before.task(before.positions[i])
               for i in untouched)  # fmt: skip  # amended, not read anew
    reader.after(lambda: tasks.undo_done(late))

    def edited(ident: int, **changes: Any) -> Callable[[], object]:
        task = tasks.get(ident)
        draft = TaskDraft(task.title, task.due_date if task.rule is None else None,
                          task.event_id, task.notes, task.owner_contact_id, task.owner_role,
                          task.due_time, task.pinned, task.rule, task.template_key)  # fmt: skip
        return lambda: tasks.edit(ident, replace(draft, **changes), expected_version=task.version)

    reader.after(edited(later, due_date=TODAY))  # to today; its follower follows
    assert tasks.get(follower).due_date == TODAY + timedelta(weeks=1)
    reader.after(edited(nine, due_time=None, title="Ring mässan igen"))  # after "Idag"
    reader.after(edited(week, event_id=None, owner_contact_id=anna, title="Annas vecka"))
    reader.after(lambda: tasks.delete(nine))
    assert None in reader.rows.tasks  # its slot left empty, the others where they were
    reader.after(lambda: tasks.add(TaskDraft("Ring mässan", TODAY, owner_contact_id=bo)))
    reader.after(lambda: contacts.update(replace(contacts.get(bo), name="Åke Bo")))
    assert [s.title for s in reader.rows.by_owner] == ["Anna Berg", "Åke Bo", ""]
    almedalen_now = workspace.events.get(almedalen)
    reader.after(lambda: workspace.events.update(
        almedalen, replace(almedalen_now.draft(), title="Öppet hus"),
        expected_version=almedalen_now.version))  # fmt: skip
    assert [s.title for s in reader.rows.by_event] == ["Elmia", "Öppet hus", ""]
    reader.after(lambda: workspace.events.delete(elmia))  # its tasks go with it
    assert "Monterbygge" not in [t.title for t in reader.rows.listed()]
    cilla = contacts.create(Contact(None, "Cilla")).id
    reader.after(lambda: tasks.add(TaskDraft("Cillas", TODAY, owner_contact_id=cilla)))
    reader.after(lambda: contacts.delete(cilla))  # her task stays, with no owner
    assert reader.full_reads == 0


def test_everything_is_read_when_the_change_is_unknown_or_large_or_the_day_turned(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    tasks = workspace.tasks
    first = tasks.add(TaskDraft("Sen", date(2027, 3, 1))).task.id
    tasks.add(TaskDraft("Idag", TODAY))
    reader = Reader(workspace, monkeypatch)
    reader.after(lambda: ChangeSet.all())
    assert reader.full_reads == 1
    reader.after(lambda: tasks.mark_done(first), today=TODAY + timedelta(days=1))
    assert reader.full_reads == 2 and reader.rows.today == TODAY + timedelta(days=1)
    monkeypatch.setattr(rows_reread, "REREAD_LIMIT", 1)
    second = tasks.add(TaskDraft("Veckan", date(2027, 3, 12))).task.id
    reader.after(lambda: tasks.delete(first) | tasks.delete(second), TODAY + timedelta(days=1))
    assert reader.full_reads == 3
    reader.after(lambda: ChangeSet.of(Kind.TAG, Action.CHANGED, [1]),
                 TODAY + timedelta(days=1))  # fmt: skip  # names no task: nothing read
    assert reader.full_reads == 3


# -- the amendment itself, over random changes ------------------------------------------------

OWNERS = {1: "Anna", 2: "Björn", 3: "Åsa", None: ""}
EVENTS = {7: "Elmia", 8: "Almedalen", 9: "Elmia", None: ""}  # two events of the same name


def _random_task(draw: random.Random, ident: int, owners: dict[int | None, str]) -> Task:
    owner = draw.choice(list(owners))
    event = draw.choice(list(EVENTS))
    return Task(
        id=ident, uid=f"{ident}@t", title=draw.choice(["Beställ el", "Badgar", "Katalog"]),
        due_date=TODAY + timedelta(days=draw.randint(-9, 12)),
        due_time=draw.choice([None, None, time(9), time(13, 30)]),
        owner_contact_id=owner, owner_name=owners[owner],
        event_id=event, event_title=EVENTS[event],
        done_at=datetime(2027, 3, 1, tzinfo=UTC) if draw.random() < 0.25 else None,
    )  # fmt: skip


@pytest.mark.parametrize("seed", range(6))
def test_amended_rows_equal_rows_made_afresh(seed: int) -> None:
    draw = random.Random(seed)
    owners = dict(OWNERS)
    current = {i: _random_task(draw, i, owners) for i in range(1, 13)}  # headings come and go
    rows = task_rows(current.values(), TODAY)
    for step in range(120):
        changed: list[Task] = []
        gone: list[int] = []
        for _ in range(draw.choice([1, 1, 1, 2, 5, 40])):
            what = draw.random()
            if what < 0.2 and current:
                gone.append(draw.choice(list(current)))
            elif what < 0.35:
                changed.append(_random_task(draw, 100 + step * 100 + len(changed), owners))
            elif current:  # a change of some of a task's values
                old = current[draw.choice(list(current))]
                new = _random_task(draw, old.id, owners)
                changed.append(replace(old, **{name: getattr(new, name) for name in draw.sample(
                    ["due_date", "due_time", "done_at", "title", "event_id"], 2)}))  # fmt: skip
        if draw.random() < 0.1:  # an owner renamed: every task of theirs changes with them
            owners[1] = owners[1] + "x"
            changed += [replace(t, owner_name=owners[1]) for t in current.values()
                        if t.owner_contact_id == 1]  # fmt: skip
        changed = [replace(t, owner_name=owners[t.owner_contact_id],
                           event_title=EVENTS[t.event_id]) for t in changed]  # fmt: skip
        gone = [ident for ident in dict.fromkeys(gone) if ident not in {t.id for t in changed}]
        for ident in gone:
            current.pop(ident, None)
        current.update((t.id, t) for t in changed)
        rows = amended(rows, changed, gone)
        assert shape(rows) == shape(task_rows(current.values(), TODAY)), step


def test_an_amendment_that_changes_nothing_is_the_same_rows() -> None:
    tasks = [Task(1, "1@t", "Sen", date(2027, 3, 1)), Task(2, "2@t", "Idag", TODAY)]
    rows = task_rows(tasks, TODAY)
    assert amended(rows, [tasks[0]], [99]) is rows
    changed = amended(rows, [replace(tasks[0], title="Senare")])
    assert changed.by_due[0] is rows.by_due[0]  # no task left it or joined it
    assert changed.positions == rows.positions and changed.keys[0] == "senare\n\n"
