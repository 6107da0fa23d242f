"""Taking an import back (undo): the events it made go, the events it updated are put
back as they were, and the venues and tags it made go when nothing uses them any more.

Events are found by UID, as the window's undo commands find them: an event deleted and
brought back since has a new id. What was changed since the import (a later edit) is
overwritten, as undoing any change overwrites what followed it; the window's undo stack
takes those later changes back first.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, exists, select
from sqlalchemy.orm import Session

from eventplanner.domain.model import Event
from eventplanner.persistence.database import note_deleted_events
from eventplanner.persistence.schema import EventRow, TagRow, VenueRow, event_tags
from eventplanner.services.events.event_bulk import NewEvent, replace_events
from eventplanner.services.feeds.feed_references import ids_chosen
from eventplanner.services.importing.import_plan import ImportResult

CHUNK = 500


def put_back(session: Session, results: Sequence[ImportResult]) -> None:
    """Undo the imports that gave ``results``, inside the caller's transaction.

    An updated event gets back every field, tag and changed occurrence it had, with its
    SEQUENCE and time of change as they were, so that importing the file again finds it
    older than the file, as it did the first time. A venue or tag the import made is
    deleted when no event uses it and no one has changed it since.
    """
    for result in reversed(results):
        uids = list(result.created_uids)
        for start in range(0, len(uids), CHUNK):
            chunk = uids[start : start + CHUNK]
            gone = session.scalars(select(EventRow.id).where(EventRow.uid.in_(chunk)))
            note_deleted_events(session, gone)
            session.execute(delete(EventRow).where(EventRow.uid.in_(chunk)))
        _restore(session, result)
        # A feed may have chosen one since: deleted, it would leave that feed empty.
        if made := set(result.made_venue_ids) - ids_chosen(session, "venue"):
            used = exists().where(EventRow.venue_id == VenueRow.id)
            session.execute(
                delete(VenueRow).where(VenueRow.id.in_(made), VenueRow.version == 1, ~used)
            )
        if made := set(result.made_tag_ids) - ids_chosen(session, "tag"):
            used = exists().where(event_tags.c.tag_id == TagRow.id)
            session.execute(delete(TagRow).where(TagRow.id.in_(made), TagRow.version == 1, ~used))


def _restore(session: Session, result: ImportResult) -> None:
    """Overwrite the updated events with their earlier records (those still there)."""
    earlier = {event.uid: event for event in result.replaced}
    uids = list(earlier)
    current: dict[str, tuple[int, int]] = {}
    for start in range(0, len(uids), CHUNK):
        chunk = uids[start : start + CHUNK]
        query = select(EventRow.uid, EventRow.id, EventRow.version).where(EventRow.uid.in_(chunk))
        current.update((uid, (ident, version)) for uid, ident, version in session.execute(query))
    replace_events(
        session,
        [(ident, version, _as_new(earlier[uid])) for uid, (ident, version) in current.items()],
    )


def _as_new(event: Event) -> NewEvent:
    return NewEvent(
        event.draft(), event.uid, event.sequence, event.created_at, event.modified_at,
        event.changes,
    )  # fmt: skip
