"""The Tasks view's rows after a write, from the rows it showed and the write's change set:
only the tasks the changes name are read again (by id, with those on the events and of the
owners they name: a moved event takes its tasks along, a renamed contact renames their
owner), and ``amended`` into the rows; those no longer there are taken out (an event
deleted takes its tasks along). Reading every task again costs about a second at 50,000
tasks on SQLite; these few, milliseconds.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, or_
from sqlalchemy.orm import Session

from eventplanner.persistence.schema import TaskRow
from eventplanner.services.changes import ChangeSet, Kind
from eventplanner.services.tasks.records import task_select, tasks_of
from eventplanner.services.tasks.task_rows import Section, TaskRows, amended

REREAD_LIMIT = 5_000
"""The most tasks, events and contacts a change may name to be read again by id; beyond it
(an import, a recount of every task) the whole read is as quick and the query stays small."""


def rows_reread(session: Session, rows: TaskRows, changes: ChangeSet) -> TaskRows | None:
    """``rows`` with what ``changes`` name read again; None when everything is to be read
    (a change of unknown extent, or one naming more than ``REREAD_LIMIT``)."""
    if changes.everything:
        return None
    events = changes.ids(Kind.EVENT)
    contacts = changes.ids(Kind.CONTACT)
    asked = set(changes.ids(Kind.TASK))
    asked.update(_ids_under(rows, rows.by_event, events))
    asked.update(_ids_under(rows, rows.by_owner, contacts))
    if len(asked) + len(events) + len(contacts) > REREAD_LIMIT:
        return None
    where: list[ColumnElement[bool]] = []
    if asked:
        where.append(TaskRow.id.in_(sorted(asked)))
    if events:
        where.append(TaskRow.event_id.in_(sorted(events)))
    if contacts:
        where.append(TaskRow.owner_contact_id.in_(sorted(contacts)))
    if not where:
        return rows
    found = tasks_of(session.connection().execute(task_select().where(or_(*where))).all())
    return amended(rows, found, asked - {task.id for task in found})


def _ids_under(rows: TaskRows, sections: tuple[Section, ...], named: frozenset[int]) -> set[int]:
    """The tasks of ``rows`` under the sections of the ids ``named`` (an event's, an
    owner's), as they were read."""
    if not named:
        return set()
    keys = {str(ident) for ident in named}
    return {rows.task(slot).id for s in sections if s.key in keys for slot in s.rows}
