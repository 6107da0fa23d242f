"""Tasks: add, change, tick done (and undo it), delete and list them (issue 15).

Every write is one transaction and returns its change set (``TaskWritten.changes``, or the
``ChangeSet`` itself for a delete), told to the change journal, so the deadline feeds that
show the task are published again (``feeds.feed_changes``). A write of a task leaves its
event as it is. Moving an event moves its tasks in the move's own transaction
(``services.events.task_moves``); ``planned_moves`` says beforehand which, from → to.
"""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from eventplanner.domain.deadlines import due_date
from eventplanner.domain.errors import ConflictError, NotFoundError, ValidationError
from eventplanner.domain.task_anchors import EventEdit
from eventplanner.domain.task_moves import TaskMove
from eventplanner.domain.tasks import (
    AnchorKind,
    Task,
    TaskDraft,
    TaskRule,
    checked_rule,
    checked_title,
)
from eventplanner.domain.working_days import WorkingCalendar
from eventplanner.persistence.database import Database
from eventplanner.persistence.schema import ContactRow, EventRow, TaskRow
from eventplanner.services.change_journal import committed
from eventplanner.services.changes import Action, ChangeSet, Kind
from eventplanner.services.events import rows
from eventplanner.services.events.task_moves import (
    event_days,
    phase_day,
    planned_task_moves,
    tasks_followed,
    write_moves,
)
from eventplanner.services.tasks.counts import TaskCounts, counted
from eventplanner.services.tasks.fair_deadlines import fair_deadline_dates
from eventplanner.services.tasks.records import in_date_order, rule_columns, task_select, tasks_of
from eventplanner.services.tasks.recount import planned_recount, put_back
from eventplanner.services.tasks.rows_reread import rows_reread
from eventplanner.services.tasks.task_rows import TaskRows, task_rows
from eventplanner.services.working_days.stored import stored_calendar

NOTES_LIMIT = 10_000


@dataclass(frozen=True, slots=True)
class TaskWritten:
    """A task as written, and what the write changed."""

    task: Task
    changes: ChangeSet


@dataclass(frozen=True, slots=True)
class TasksRecounted:
    """The tasks a recount (or its undo) moved, from → to, and the change set."""

    moves: tuple[TaskMove, ...]
    changes: ChangeSet


@dataclass(frozen=True, slots=True)
class TaskFilter:
    """Which tasks a list shows; every part narrows it (None: any)."""

    owner_contact_id: int | None = None
    event_id: int | None = None
    without_event: bool = False
    """Only the tasks on no event."""
    done: bool | None = None
    """True the done ones, False the open ones, None both."""
    overdue_on: date | None = None
    """Only open tasks due before this day."""
    due_by: date | None = None
    """Only tasks due on or before this day ("due within N days": today + N)."""


class TaskService:
    """Use cases on tasks; each call is one transaction."""

    def __init__(self, database: Database, calendar: WorkingCalendar | None = None) -> None:
        """``calendar``: the working days to count in; None (the app's) counts in the
        database's own (``services.working_days``), read in each transaction."""
        self._db = database
        self._given = calendar

    def _calendar(self, session: Session) -> WorkingCalendar:
        return self._given if self._given is not None else stored_calendar(session)

    # -- reading ---------------------------------------------------------------------------

    def get(self, task_id: int) -> Task:
        with self._db.reading() as session:
            return _read(session, task_id)

    def list(self, where: TaskFilter | None = None) -> list[Task]:
        """The tasks ``where`` picks, by due date (and time), then id."""
        where = where or TaskFilter()
        query = task_select()
        if where.owner_contact_id is not None:
            query = query.where(TaskRow.owner_contact_id == where.owner_contact_id)
        if where.event_id is not None:
            query = query.where(TaskRow.event_id == where.event_id)
        if where.without_event:
            query = query.where(TaskRow.event_id.is_(None))
        if where.done is not None:
            query = query.where(
                TaskRow.done_at.is_not(None) if where.done else TaskRow.done_at.is_(None)
            )
        if where.overdue_on is not None:
            query = query.where(TaskRow.done_at.is_(None), TaskRow.due_date < where.overdue_on)
        if where.due_by is not None:
            query = query.where(TaskRow.due_date <= where.due_by)
        with self._db.reading() as session:
            return tasks_of(session.connection().execute(in_date_order(query)).all())

    def rows(self, today: date) -> TaskRows:
        """Every task as the Tasks view reads it, seen from ``today``: in date order, with
        each one's search key and its place under the headings of each grouping
        (``task_rows``), made here, on the reading thread."""
        return task_rows(self.list(), today, in_date_order=True)

    def rows_reread(self, rows: TaskRows, changes: ChangeSet, today: date) -> TaskRows:
        """``rows`` (as the Tasks view shows them) after the writes of ``changes``: only
        the tasks they name read again, and those of the events and contacts they name
        (``rows_reread``); every task read again when the changes' extent is unknown or
        large, or ``today`` is not the day the rows were seen from."""
        if today == rows.today:
            with self._db.reading() as session:
                found = rows_reread(session, rows, changes)
            if found is not None:
                return found
        return self.rows(today)

    def counts(self, today: date) -> TaskCounts:
        """Every task counted, seen from ``today`` (one aggregate query)."""
        with self._db.reading() as session:
            return counted(session, today)

    def planned_moves(self, event_id: int, edit: EventEdit) -> builtins.list[TaskMove]:
        """Which of the event's tasks will move, from → to, when ``edit`` of it is saved
        (the move's confirmation): a new timing, the event (a whole series) saved as a
        draft, one occurrence changed, a series edited from one occurrence on
        (``domain.task_anchors``); none when the event has none that follow."""
        with self._db.reading() as session:
            if session.get(EventRow, event_id) is None:
                raise NotFoundError(f"event {event_id} does not exist (it may have been deleted)")
            return planned_task_moves(session, event_id, edit, self._calendar(session))

    def planned_recount(self) -> builtins.list[TaskMove]:
        """Which open tasks move, from → to, when counted again in the database's working
        days (``recount``): the preview after its working-days setting changed."""
        with self._db.reading() as session:
            return planned_recount(session, self._calendar(session))

    # -- writing ---------------------------------------------------------------------------

    def recount(self) -> TasksRecounted:
        """Count every open, unpinned task with a rule again in the database's working days
        (``recount``'s rule), in one transaction; the moves made."""
        with self._db.transaction() as session:
            moves = planned_recount(session, self._calendar(session))
            done = TasksRecounted(tuple(moves), write_moves(session, moves))
        committed(done.changes)
        return done

    def put_back(self, moves: Sequence[TaskMove]) -> TasksRecounted:
        """Undo a ``recount``: the tasks it moved go back to their dates and reasons, those
        nothing has moved since."""
        with self._db.transaction() as session:
            back, changes = put_back(session, moves)
            done = TasksRecounted(tuple(back), changes)
        committed(done.changes)
        return done

    def add(self, draft: TaskDraft) -> TaskWritten:
        """Save a new task: its date as given, or worked out from its rule (moved off a
        day off as the rule says, and why kept)."""
        with self._db.transaction() as session:
            columns = self._columns(session, draft, None)
            now = rows.now_utc()
            row = TaskRow(uid=rows.new_uid(), created_at=now, modified_at=now, sequence=0,
                          done_by="", **columns)  # fmt: skip
            session.add(row)
            session.flush()
            written = TaskWritten(_read(session, row.id), _changes(Action.CREATED, [row.id]))
        committed(written.changes)
        return written

    def edit(self, task_id: int, draft: TaskDraft, *, expected_version: int) -> TaskWritten:
        """Save changes to a task loaded at ``expected_version``: a date given replaces its
        rule (it has a date of its own then); a rule given is counted again. The tasks
        counted from it follow it. ConflictError when someone saved it in between."""
        with self._db.transaction() as session:
            row = _locked(session, task_id, expected_version)
            columns = self._columns(session, draft, row)
            calendar_before = (row.title, row.due_date, row.due_time)
            for name, value in columns.items():
                setattr(row, name, value)
            if (row.title, row.due_date, row.due_time) != calendar_before:
                row.sequence += 1
            row.modified_at = rows.now_utc()
            session.flush()
            changes = _changes(Action.CHANGED, [row.id])
            if row.due_date != calendar_before[1]:
                changes |= self._followers(session, row)
            written = TaskWritten(_read(session, task_id), changes)
        committed(written.changes)
        return written

    def mark_done(
        self,
        task_id: int,
        *,
        by: str = "",
        at: datetime | None = None,
        expected_version: int | None = None,
    ) -> TaskWritten:
        """Tick a task done (``by`` whom, ``at`` when: now if None); it stays where it is
        when its event moves and leaves the deadline feeds. Done already: as it was."""
        with self._db.transaction() as session:
            row = _locked(session, task_id, expected_version)
            if row.done_at is None:
                row.done_at = at or rows.now_utc()
                row.done_by = " ".join(by.split())[:200]
                row.modified_at = rows.now_utc()
                session.flush()
            written = TaskWritten(_read(session, task_id), _changes(Action.CHANGED, [task_id]))
        committed(written.changes)
        return written

    def undo_done(self, task_id: int, *, expected_version: int | None = None) -> TaskWritten:
        """Open a task ticked done again (it follows its event again from now on)."""
        with self._db.transaction() as session:
            row = _locked(session, task_id, expected_version)
            if row.done_at is not None:
                row.done_at = None
                row.done_by = ""
                row.sequence += 1  # back in the deadline feeds: a calendar takes it anew
                row.modified_at = rows.now_utc()
                session.flush()
            written = TaskWritten(_read(session, task_id), _changes(Action.CHANGED, [task_id]))
        committed(written.changes)
        return written

    def delete(self, task_id: int, *, expected_version: int | None = None) -> ChangeSet:
        """Delete a task; those counted from it keep the date they have, as dates of their
        own."""
        with self._db.transaction() as session:
            row = _locked(session, task_id, expected_version)
            followers = list(
                session.scalars(select(TaskRow).where(TaskRow.anchor_task_id == row.id))
            )
            for follower in followers:
                for name, value in rule_columns(None).items():
                    setattr(follower, name, value)
                follower.modified_at = rows.now_utc()
            session.delete(row)
            session.flush()
            changes = _changes(Action.DELETED, [task_id]) | _changes(
                Action.CHANGED, [f.id for f in followers]
            )
        return committed(changes)

    # -- helpers ---------------------------------------------------------------------------

    def _columns(
        self, session: Session, draft: TaskDraft, row: TaskRow | None
    ) -> dict[str, object]:
        """The columns of ``draft``, checked, its date worked out from its rule."""
        title = checked_title(draft.title)
        notes = draft.notes.strip()
        if len(notes) > NOTES_LIMIT:
            raise ValidationError("notes", f"at most {NOTES_LIMIT} characters, not {len(notes)}")
        if draft.event_id is not None and session.get(EventRow, draft.event_id) is None:
            raise ValidationError("event", f"there is no event with id {draft.event_id}")
        owner = draft.owner_contact_id
        if owner is not None and session.get(ContactRow, owner) is None:
            raise ValidationError("owner", f"there is no contact with id {owner}")
        if draft.due_date is not None and draft.rule is not None:
            raise ValidationError("due", "give a date or a rule to count it from, not both")
        if draft.due_date is None and draft.rule is None:
            raise ValidationError("due", "a task needs a due date, or a rule to count it from")
        columns: dict[str, object] = {
            "title": title,
            "notes": notes,
            "event_id": draft.event_id,
            "owner_contact_id": owner,
            "owner_role": draft.owner_role.value if draft.owner_role is not None else None,
            "due_time": draft.due_time,
            "pinned": draft.pinned,
            "template_key": draft.template_key,
            **rule_columns(draft.rule),
        }
        if draft.rule is None:
            assert draft.due_date is not None
            columns.update(due_date=draft.due_date, moved_reason=None)
            return columns
        rule = checked_rule(draft.rule, draft.event_id)
        anchor = self._anchor_day(session, rule, draft.event_id, row)
        due = due_date(anchor, rule.deadline, self._calendar(session))
        columns.update(due_date=due.day, moved_reason=due.reason)
        return columns

    def _anchor_day(
        self,
        session: Session,
        rule: TaskRule,
        event_id: int | None,
        row: TaskRow | None,
    ) -> date:
        anchor, anchor_id = rule.anchor, rule.anchor_id
        if anchor is AnchorKind.FAIR_DEADLINE:
            assert event_id is not None
            day = fair_deadline_dates(session, event_id).get(rule.anchor_ref or "")
            if day is None:
                raise ValidationError(
                    "due", f"the event's stand has no deadline of the kind {rule.anchor_ref!r}"
                )
            return day
        if anchor in (AnchorKind.EVENT_START, AnchorKind.EVENT_END):
            assert event_id is not None
            first, last, _zone = event_days(session, event_id)
            return first if anchor is AnchorKind.EVENT_START else last
        assert anchor_id is not None
        if anchor is AnchorKind.PHASE:
            assert event_id is not None
            day = phase_day(session, anchor_id, event_id)
            if day is None:
                raise ValidationError("due", f"the event has no phase with id {anchor_id}")
            return day
        other = session.get(TaskRow, anchor_id)
        if other is None or other.event_id != event_id:
            where = "the same event" if event_id is not None else "no event either"
            raise ValidationError("due", f"there is no task {anchor_id} on {where} to count from")
        if row is not None and _counts_from(session, other, row.id):
            raise ValidationError(
                "due", f"task {anchor_id} is counted from this one; a task cannot follow itself"
            )
        return other.due_date

    def _followers(self, session: Session, row: TaskRow) -> ChangeSet:
        """The tasks counted from ``row`` (and from them) counted again; the event's others
        stay as they are."""
        if row.event_id is None:
            return ChangeSet()
        ident = row.id

        def counted_from_it(rule: TaskRule) -> bool:
            return rule.anchor is AnchorKind.TASK and rule.anchor_id == ident

        return tasks_followed(session, row.event_id, 0, self._calendar(session),
                              recount=counted_from_it)  # fmt: skip


def _counts_from(session: Session, other: TaskRow, task_id: int) -> bool:
    """Whether ``other`` is counted, through any chain, from task ``task_id``."""
    seen: set[int] = set()
    current: TaskRow | None = other
    while current is not None and current.anchor_task_id is not None:
        if current.anchor_task_id == task_id or current.id in seen:
            return True
        seen.add(current.id)
        current = session.get(TaskRow, current.anchor_task_id)
    return other.id == task_id


def _changes(action: Action, ids: list[int]) -> ChangeSet:
    return ChangeSet.of(Kind.TASK, action, ids)


def _read(session: Session, task_id: int) -> Task:
    found = tasks_of(session.connection().execute(task_select().where(TaskRow.id == task_id)).all())
    if not found:
        raise NotFoundError(f"there is no task {task_id} (it may have been deleted)")
    return found[0]


def _locked(session: Session, task_id: int, expected: int | None) -> TaskRow:
    row = session.get(TaskRow, task_id, with_for_update=True)
    if row is None:
        raise NotFoundError(f"there is no task {task_id} (it may have been deleted)")
    if expected is not None and row.version != expected:
        raise ConflictError(
            f"the task {row.title!r} was changed by someone else since you opened it; nothing "
            "was saved. Reload it and make your change again."
        )
    return row
