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

from eventplanner.persistence.schema import EventRow, TagRow, VenueRow, event_tags
from eventplanner.services.changes import Action, ChangeSet, EventTouch, Kind
from eventplanner.services.events import snapshot_writes
from eventplanner.services.events.owned import import_undo_tables
from eventplanner.services.events.snapshot_overwrite import Revision, overwrite
from eventplanner.services.events.touches import touches
from eventplanner.services.events.write_results import event_changes
from eventplanner.services.feeds.feed_references import ids_chosen
from eventplanner.services.importing.import_plan import ImportResult

CHUNK = 500


def put_back(session: Session, results: Sequence[ImportResult]) -> ChangeSet:
    """Undo the imports that gave ``results``, inside the caller's transaction; what it
    changed.

    The events the import made are deleted with everything they own. An updated event is
    put back from its snapshot (``snapshot_overwrite.overwrite``): every field, tag and changed
    occurrence (what the import replaced; records added since, such as registrations and
    budget lines, stay), with its SEQUENCE and time of change as they were, so
    that importing the file again finds it older than the file, as it did the first time.
    A venue or tag the import made is deleted when no event uses it and no one has changed
    it since.
    """
    changes = ChangeSet()
    for result in reversed(results):
        uids = list(result.created_uids)
        gone: list[EventTouch] = []
        for start in range(0, len(uids), CHUNK):
            chunk = uids[start : start + CHUNK]
            ids = list(session.scalars(select(EventRow.id).where(EventRow.uid.in_(chunk))))
            gone += touches(session, ids)
            snapshot_writes.remove(session, ids)
        changes |= event_changes(deleted=gone)
        changes |= _restore(session, result)
        # A feed may have chosen one since: deleted, it would leave that feed empty.
        if made := set(result.made_venue_ids) - ids_chosen(session, "venue"):
            used = exists().where(EventRow.venue_id == VenueRow.id)
            venues = session.scalars(
                delete(VenueRow)
                .where(VenueRow.id.in_(made), VenueRow.version == 1, ~used)
                .returning(VenueRow.id)
            )
            changes |= ChangeSet.of(Kind.VENUE, Action.DELETED, list(venues))
        if made := set(result.made_tag_ids) - ids_chosen(session, "tag"):
            used = exists().where(event_tags.c.tag_id == TagRow.id)
            tags = session.scalars(
                delete(TagRow)
                .where(TagRow.id.in_(made), TagRow.version == 1, ~used)
                .returning(TagRow.id)
            )
            changes |= ChangeSet.of(Kind.TAG, Action.DELETED, list(tags))
    return changes


def _restore(session: Session, result: ImportResult) -> ChangeSet:
    """Put the updated events (those still there) back as their snapshots hold them."""
    earlier = {snapshot.uid: snapshot for snapshot in result.replaced}
    uids = list(earlier)
    current: dict[str, int] = {}
    for start in range(0, len(uids), CHUNK):
        chunk = uids[start : start + CHUNK]
        query = select(EventRow.uid, EventRow.id).where(EventRow.uid.in_(chunk))
        current.update((uid, ident) for uid, ident in session.execute(query))
    ids = list(current.values())
    before = touches(session, ids)
    # What the import may have written; the budget lines added since stay (owned.py).
    overwrite(
        session,
        [(ident, earlier[uid]) for uid, ident in current.items()],
        Revision.AS_WAS,
        import_undo_tables(),
    )
    return event_changes(changed=[*before, *touches(session, ids)])
