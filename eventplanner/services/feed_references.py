"""A feed's filter checked against the database: it may name only what exists."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.filters import EventFilter
from eventplanner.persistence.schema import OrganisationRow, ProjectRow, TagRow, VenueRow
from eventplanner.services.facets import NOT_SET


def checked_filter(session: Session, where: EventFilter) -> EventFilter:
    """``where`` with its tags as stored; a ValidationError naming the first unknown
    project, venue, organiser or tag (the sidebar's "none" choice is allowed)."""
    checks: list[tuple[str, str, type[Any], frozenset[int], bool]] = [
        ("projects", "project", ProjectRow, where.project_ids, True),
        ("venues", "venue", VenueRow, where.venue_ids, True),
        ("organisers", "organisation", OrganisationRow, where.organiser_ids, False),
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
    stored = {str(name).casefold(): str(name) for name in session.scalars(select(TagRow.name))}
    tags: set[str] = set()
    for tag in sorted(where.tags):
        name = stored.get(tag.strip().casefold())
        if name is None:
            raise ValidationError("tags", f"there is no tag called {tag.strip()!r}")
        tags.add(name)
    return replace(where, tags=frozenset(tags))
