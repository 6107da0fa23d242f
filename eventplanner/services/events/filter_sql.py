"""An ``EventFilter`` as SQL: the WHERE conditions on ``events`` its fields ask for."""

from __future__ import annotations

from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from eventplanner.domain.filters import EventFilter
from eventplanner.persistence import search
from eventplanner.persistence.schema import EventRow, TagRow, event_tags
from eventplanner.services.events import facets


def filter_conditions(where: EventFilter, dialect: str, *, text_index: bool = True) -> list[Any]:
    """The WHERE conditions on ``events`` for the filter's fields, each on the event's own
    row (tags as stored: see ``stored_tag_names``; the text through the search index)."""
    conditions: list[Any] = []
    if where.kinds:
        conditions.append(EventRow.kind.in_([k.value for k in where.kinds]))
    if where.statuses:
        conditions.append(EventRow.status.in_([s.value for s in where.statuses]))
    for column, ids in (
        (EventRow.project_id, where.project_ids),
        (EventRow.venue_id, where.venue_ids),
    ):
        if ids:
            known = column.in_(ids - {facets.NOT_SET})
            conditions.append(or_(known, column.is_(None)) if facets.NOT_SET in ids else known)
    if where.organiser_ids:
        conditions.append(EventRow.organiser_id.in_(where.organiser_ids))
    if where.exclude_event_ids:
        conditions.append(EventRow.id.not_in(where.exclude_event_ids))
    if where.tags or where.tag_ids:
        tagged = select(event_tags.c.event_id)
        if where.tags:
            tagged = tagged.join(TagRow, TagRow.id == event_tags.c.tag_id).where(
                or_(TagRow.name.in_(where.tags), TagRow.id.in_(where.tag_ids))
            )
        else:
            tagged = tagged.where(event_tags.c.tag_id.in_(where.tag_ids))
        conditions.append(EventRow.id.in_(tagged))
    matching = search.matching_ids(dialect, where.text) if where.text and text_index else None
    if matching is not None:
        conditions.append(EventRow.id.in_(matching))
    return conditions


def stored_tag_names(session: Session, wanted: frozenset[str]) -> frozenset[str]:
    """The tags as stored that match the names asked for, whatever their case."""
    folded = {name.casefold() for name in wanted}
    stored = session.scalars(select(TagRow.name))
    return frozenset(name for name in stored if name.casefold() in folded) or wanted
