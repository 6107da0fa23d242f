"""Writing import plans inside a transaction: venues for new LOCATIONs, new events in bulk,
updated events over their stored rows; with progress, a chance to cancel between chunks,
and a record of what was written, for undo (``import_undo``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from eventplanner.domain.errors import ConflictError, ValidationError
from eventplanner.domain.text import name_key
from eventplanner.domain.timezones import DEFAULT_TIME_ZONE
from eventplanner.persistence.names import insert_missing
from eventplanner.persistence.schema import EventRow, ProjectRow, TagRow, VenueRow
from eventplanner.services.changes import Action, ChangeSet, Kind
from eventplanner.services.events import rows, snapshots
from eventplanner.services.events.event_bulk import NewEvent, insert_events, replace_events
from eventplanner.services.events.touches import touches
from eventplanner.services.events.write_results import event_changes
from eventplanner.services.importing.import_plan import (
    ImportAction,
    ImportCancelled,
    ImportPlan,
    ImportResult,
    PlannedEvent,
)
from eventplanner.services.importing.import_venues import venue_key
from eventplanner.services.progress import Progress

CHUNK = 500
"""Events written between two progress reports (and chances to cancel)."""


def write_plans(
    session: Session,
    plans: Sequence[ImportPlan],
    *,
    progress: Progress | None = None,
) -> tuple[ImportResult, ...]:
    """Write ``plans`` in the caller's transaction, which rolls back on any error.

    ``progress.report(done, total)`` counts the events of all the plans, before the first
    chunk and after each; ``progress.cancelled()`` is asked before each chunk and at the
    end, and True raises ImportCancelled. Raises ConflictError when the database changed
    under a plan.
    """
    writes = [[e for e in plan.events if e.action.writes] for plan in plans]
    total = sum(len(w) for w in writes)
    done = 0

    def cancelled() -> None:
        if progress is not None and progress.cancelled():
            raise ImportCancelled("The import was cancelled; nothing was imported.")

    results: list[ImportResult] = []
    if progress is not None:
        progress.report(0, total)
    for plan, planned in zip(plans, writes, strict=True):
        if plan.options.project_id is not None and not session.get(
            ProjectRow, plan.options.project_id
        ):
            raise ValidationError(
                "project", f"there is no project with id {plan.options.project_id}"
            )
        tags_before = set(session.scalars(select(TagRow.id)))
        venue_ids, made_venues = _make_venues(session, plan)
        _check_still_new(session, [e.uid for e in planned if e.existing_id is None])
        # Whole as they are now, for undo; the plan's versions are checked as they are written.
        before = snapshots.take(session, [_id(e) for e in planned if e.existing_id is not None])
        now = rows.now_utc()
        created: list[int] = []
        updated: list[int] = []
        moved = ChangeSet()  # programmes that went along with their events to other days
        for start in range(0, len(planned), CHUNK):
            cancelled()
            chunk = planned[start : start + CHUNK]
            new = [e for e in chunk if e.action is ImportAction.NEW]
            changed = [e for e in chunk if e.action is ImportAction.UPDATED]
            created += insert_events(session, [_new_event(e, venue_ids, now) for e in new])
            moved = moved | replace_events(
                session,
                [(_id(e), _version(e), _new_event(e, venue_ids, now)) for e in changed],
            )
            updated += [_id(e) for e in changed]
            done += len(chunk)
            if progress is not None:
                progress.report(done, total)
        made_tags = set(session.scalars(select(TagRow.id))) - tags_before
        replaced = tuple(before[i] for i in updated if i in before)
        changes = (
            event_changes(
                created=touches(session, created),
                changed=[*(s.touch() for s in replaced), *touches(session, updated)],
            )
            | ChangeSet.of(Kind.VENUE, Action.CREATED, made_venues)
            | ChangeSet.of(Kind.TAG, Action.CREATED, made_tags)
            | moved
        )
        results.append(
            ImportResult(
                tuple(created),
                tuple(updated),
                plan.count(ImportAction.UNCHANGED),
                plan.count(ImportAction.SKIPPED),
                tuple(n for n in plan.new_venues if venue_ids[venue_key(n)] in made_venues),
                created_uids=tuple(e.uid for e in planned if e.action is ImportAction.NEW),
                replaced=replaced,
                made_venue_ids=made_venues,
                made_tag_ids=tuple(sorted(made_tags)),
                changes=changes,
            )
        )
    cancelled()
    return tuple(results)


def _make_venues(session: Session, plan: ImportPlan) -> tuple[dict[str, int], tuple[int, ...]]:
    """Ids of the venues the plan names (by ``venue_key``), made where none has the name
    yet; and the ids of those made."""
    if not plan.new_venues:
        return {}, ()
    zones = {
        venue_key(e.new_venue): e.draft.timing.time_zone
        for e in plan.events
        if e.new_venue and e.draft is not None
    }
    # One upsert: a venue another writer made meanwhile (in any case) is taken, not doubled.
    known, made = insert_missing(
        session,
        VenueRow,
        [
            {"name": name.strip(), "address": "", "city": "", "country": "",
             "time_zone": zones.get(venue_key(name), DEFAULT_TIME_ZONE), "capacity": None,
             "notes": "", "version": 1}
            for name in plan.new_venues
        ],
    )  # fmt: skip
    ids = {venue_key(name): known[name_key(name)][0] for name in plan.new_venues}
    return ids, tuple(sorted(made))


def _check_still_new(session: Session, uids: Sequence[str]) -> None:
    for start in range(0, len(uids), CHUNK):
        chunk = list(uids[start : start + CHUNK])
        taken = session.scalars(select(EventRow.uid).where(EventRow.uid.in_(chunk))).first()
        if taken is not None:
            raise ConflictError(
                f"An event with the UID {taken} was saved since the preview; nothing was "
                "imported. Make the preview again."
            )


def _id(entry: PlannedEvent) -> int:
    assert entry.existing_id is not None
    return entry.existing_id


def _version(entry: PlannedEvent) -> int:
    assert entry.existing_version is not None
    return entry.existing_version


def _new_event(entry: PlannedEvent, venue_ids: dict[str, int], now: datetime) -> NewEvent:
    draft = entry.draft
    assert draft is not None
    if entry.new_venue is not None:
        # Two events may spell a new venue differently ("Elmia", "ELMIA;"): one venue.
        draft = replace(draft, venue_id=venue_ids[venue_key(entry.new_venue)])
    modified = entry.modified_at or now
    created = entry.created_at or min(modified, now)
    return NewEvent(draft, entry.uid, entry.sequence, created, modified, entry.changes)
