"""A deadline feed's tasks (issue 15): the open tasks of its owner or its event, in date
order, as calendar entries (``ical.task_entries``); done tasks leave the feed."""

from __future__ import annotations

import hashlib
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from eventplanner.domain.feeds import FeedTasks
from eventplanner.ical.layout import CalendarLayout
from eventplanner.ical.task_entries import TaskEntry, task_text
from eventplanner.persistence.schema import ContactRow, EventRow, TaskRow
from eventplanner.services.exporting.export import Rendered


def task_entries(session: Session, chosen: FeedTasks) -> list[TaskEntry]:
    """The open tasks ``chosen`` picks, by due date, then id."""
    query = (
        select(TaskRow, ContactRow.name, EventRow.title, EventRow.uid)
        .outerjoin(ContactRow, ContactRow.id == TaskRow.owner_contact_id)
        .outerjoin(EventRow, EventRow.id == TaskRow.event_id)
        .where(TaskRow.done_at.is_(None))
        .order_by(TaskRow.due_date, TaskRow.id)
    )
    if chosen.owner_id is not None:
        query = query.where(TaskRow.owner_contact_id == chosen.owner_id)
    if chosen.event_id is not None:
        query = query.where(TaskRow.event_id == chosen.event_id)
    return [
        TaskEntry(
            uid=row.uid,
            title=row.title,
            day=row.due_date,
            sequence=row.sequence,
            created=row.created_at,
            modified=row.modified_at,
            due_time=row.due_time,
            notes=row.notes,
            event_title=event_title or "",
            event_uid=event_uid or "",
            owner=owner or "",
            moved_reason=row.moved_reason or "",
        )
        for row, owner, event_title, event_uid in session.execute(query)
    ]


def rendered_tasks(session: Session, chosen: FeedTasks, language: str) -> Rendered:
    """The feed's tasks rendered, as a feed's events are (``FeedService.rendered``)."""
    texts = tuple(task_text(e, language=language) for e in task_entries(session, chosen))
    digest = hashlib.blake2b(b"tasks", digest_size=16)
    for text in texts:
        digest.update(text.text.encode())
    return Rendered(texts, len(texts), digest.hexdigest(), (), CalendarLayout(texts))


def task_mark(session: Session) -> tuple[Any, ...]:
    """A cheap summary of the tasks that changes whenever any of them does (every write
    raises a row's version; a new one the count or highest id)."""
    return tuple(
        session.execute(
            select(
                func.count(TaskRow.id),
                func.coalesce(func.max(TaskRow.id), 0),
                func.coalesce(func.sum(TaskRow.version), 0),
            )
        ).one()
    )
