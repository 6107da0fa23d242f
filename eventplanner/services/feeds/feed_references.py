"""A feed's filter checked against the database, and the feeds that choose a record.

A saved feed refers to tags, venues, projects and organisers by id, so renaming one keeps
every feed choosing it; deleting one a feed chooses is refused (``feeds_choosing``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.filters import EventFilter
from eventplanner.domain.text import swedish_sort_key
from eventplanner.persistence.schema import FeedRow, OrganisationRow, ProjectRow, TagRow, VenueRow
from eventplanner.services.events.facets import NOT_SET
from eventplanner.services.feeds.feed_rows import parse_filter_json, parse_programme_json


def checked_filter(session: Session, where: EventFilter) -> EventFilter:
    """``where`` with its tags named turned into their ids; a ValidationError naming the
    first unknown project, venue, organiser or tag (the sidebar's "none" choice is allowed)."""
    checks: list[tuple[str, str, type[Any], frozenset[int], bool]] = [
        ("projects", "project", ProjectRow, where.project_ids, True),
        ("venues", "venue", VenueRow, where.venue_ids, True),
        ("organisers", "organisation", OrganisationRow, where.organiser_ids, False),
        ("tags", "tag", TagRow, where.tag_ids, False),
    ]
    for field, noun, table, ids, none_allowed in checks:
        wanted = ids - {NOT_SET} if none_allowed else ids
        if not wanted:
            continue
        known = set(session.scalars(select(table.id).where(table.id.in_(wanted))))
        for ident in sorted(wanted - known):
            raise ValidationError(field, f"there is no {noun} with id {ident}")
    if not where.tags:
        return where
    stored = {
        str(name).casefold(): int(ident)
        for ident, name in session.execute(select(TagRow.id, TagRow.name))
    }
    tag_ids = set(where.tag_ids)
    for tag in sorted(where.tags):
        found = stored.get(tag.strip().casefold())
        if found is None:
            raise ValidationError("tags", f"there is no tag called {tag.strip()!r}")
        tag_ids.add(found)
    return replace(where, tags=frozenset(), tag_ids=frozenset(tag_ids))


FILTER_FIELDS = {
    "venue": "venue_ids",
    "project": "project_ids",
    "organisation": "organiser_ids",
    "tag": "tag_ids",
}
"""Which field of a feed's filter holds each kind of record it may choose."""


def ids_chosen(session: Session, noun: str) -> set[int]:
    """The ids of the ``noun`` records (a key of FILTER_FIELDS) any feed chooses."""
    field = FILTER_FIELDS[noun]
    chosen: set[int] = set()
    for name, text in session.execute(select(FeedRow.name, FeedRow.filter_json)):
        chosen |= getattr(parse_filter_json(text, name), field)
    return chosen


def feeds_choosing(session: Session, noun: str, ident: int) -> tuple[str, ...]:
    """The names of the feeds whose filter chooses the ``noun`` (a key of FILTER_FIELDS)
    with id ``ident``, in Swedish alphabetical order; for a "contact", the person's feeds
    (and rota feeds) that follow it."""
    if noun == "contact":
        people = [
            name
            for name, text in session.execute(select(FeedRow.name, FeedRow.programme_json))
            if ident
            in (
                parse_programme_json(text, name).person_id,
                parse_programme_json(text, name).rota_person_id,
            )
        ]
        return tuple(sorted(people, key=swedish_sort_key))
    field = FILTER_FIELDS[noun]
    names = [
        name
        for name, text in session.execute(select(FeedRow.name, FeedRow.filter_json))
        if ident in getattr(parse_filter_json(text, name), field)
    ]
    return tuple(sorted(names, key=swedish_sort_key))
