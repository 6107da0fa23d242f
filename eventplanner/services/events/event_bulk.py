"""Writing many events inside one transaction with Core statements: the bulk path that
``EventService.create_many`` and the import share.

Callers check their drafts first (``EventService._checked``); these functions only write.
An event may come with its own UID, SEQUENCE, times and changed occurrences (an import
keeps the file's); a replaced event is matched on its row version, so a change someone
else saved in between is refused rather than overwritten.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from eventplanner.domain.errors import ConflictError
from eventplanner.domain.model import EventDraft, OccurrenceChange
from eventplanner.domain.recurrence import recurrence_id_text
from eventplanner.domain.series import first_day_of
from eventplanner.domain.text import name_key
from eventplanner.domain.timezones import zone
from eventplanner.persistence.names import insert_missing
from eventplanner.persistence.schema import (
    EventRow,
    OccurrenceChangeRow,
    SeriesOccurrenceRow,
    TagRow,
    event_tags,
)
from eventplanner.services.changes import ChangeSet
from eventplanner.services.events import owned, rows
from eventplanner.services.events.owned import clear
from eventplanner.services.events.owned_moves import move_with_event
from eventplanner.services.events.owned_table import Ownership, Shift
from eventplanner.services.events.task_moves import tasks_start


@dataclass(frozen=True, slots=True)
class NewEvent:
    """A checked draft with the identity and bookkeeping it is to be stored with."""

    draft: EventDraft
    uid: str
    sequence: int
    created_at: datetime
    modified_at: datetime
    changes: tuple[OccurrenceChange, ...] = ()


def first_spellings(names: Iterable[str]) -> list[str]:
    """Names without case-insensitive repeats, each as first written, in order."""
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(name.casefold(), name)
    return list(seen.values())


def tags_by_name(session: Session, names: Iterable[str]) -> dict[str, tuple[int, str]]:
    """(id, name as stored) of each tag asked for, creating the missing ones.

    Tags match whatever their case ("Mässa" is the tag "mässa"), as a person reads them.
    """
    wanted = list(dict.fromkeys(names))
    if not wanted:
        return {}
    # Made if missing, in one upsert: another writer making the same tag meanwhile is no error.
    spellings: dict[str, str] = {}
    for name in wanted:
        spellings.setdefault(name_key(name), name.strip())
    made, _ = insert_missing(
        session, TagRow, [{"name": n, "version": 1} for n in spellings.values()]
    )
    return {n: made[name_key(n)] for n in wanted}


def _columns(event: NewEvent, tags: dict[str, tuple[int, str]]) -> dict[str, Any]:
    draft = event.draft
    rule = draft.recurrence.rule if draft.recurrence else None
    columns = rows.event_columns(draft, rule)
    columns["tag_names"] = rows.tag_names_text(tags[n][1] for n in draft.tags)
    if rule is not None and event.changes:
        columns["series_ends_at"] = rows.series_end(draft.timing, rule, event.changes)
    return columns


def _change_values(event_id: int, change: OccurrenceChange) -> dict[str, Any]:
    values: dict[str, Any] = {
        "event_id": event_id,
        "recurrence_id": recurrence_id_text(change.recurrence_id),
        "cancelled": change.cancelled,
        "title": change.title,
        "description": change.description,
        "status": change.status.value if change.status else None,
        "starts_at": None,
        "ends_at": None,
        "first_day": None,
        "last_day": None,
    }
    if change.timing is not None:
        values.update(rows.timing_columns(change.timing))
    return values


def _write_dependents(
    session: Session,
    ids: Sequence[int],
    events: Sequence[NewEvent],
    tags: dict[str, tuple[int, str]],
) -> None:
    """Tag links, changed occurrences and the stored occurrences of series."""
    links = [
        {"event_id": event_id, "tag_id": tags[name][0]}
        for event_id, event in zip(ids, events, strict=True)
        for name in event.draft.tags
    ]
    if links:
        session.execute(insert(event_tags), links)
    changes = [
        _change_values(event_id, change)
        for event_id, event in zip(ids, events, strict=True)
        for change in event.changes
    ]
    if changes:
        session.execute(insert(OccurrenceChangeRow), changes)
    stored = [
        occurrence
        for event_id, event in zip(ids, events, strict=True)
        if event.draft.recurrence is not None
        for occurrence in rows.stored_occurrences(
            event_id,
            event.draft.timing,
            event.draft.recurrence.rule,
            event.draft.recurrence.exdates,
        )
    ]
    if stored:
        session.execute(insert(SeriesOccurrenceRow), stored)


def insert_events(session: Session, events: Sequence[NewEvent]) -> list[int]:
    """Store new events (checked drafts, UIDs not yet taken); their ids, in order."""
    if not events:
        return []
    # In first-seen order, so the same drafts always give the same tag ids.
    tags = tags_by_name(session, dict.fromkeys(t for e in events for t in e.draft.tags))
    values = [
        dict(_columns(event, tags), uid=event.uid, sequence=event.sequence, version=1,
             created_at=event.created_at, modified_at=event.modified_at)
        for event in events
    ]  # fmt: skip
    # Every row names the same columns and render_nulls sends None as NULL instead of
    # leaving the column out, so the ORM sends batched multi-row INSERTs rather than one
    # per run of rows with the same missing columns. The ids come back matched by UID:
    # asking for them in parameter order makes SQLite insert one row at a time.
    returned = session.execute(
        insert(EventRow).returning(EventRow.uid, EventRow.id),
        values,
        execution_options={"render_nulls": True},
    )
    id_of: dict[str, int] = dict(returned.all())
    ids = [id_of[v["uid"]] for v in values]
    _write_dependents(session, ids, events, tags)
    return ids


def replace_events(session: Session, replaced: Sequence[tuple[int, int, NewEvent]]) -> ChangeSet:
    """Overwrite events ``(id, expected row version, new state)``: fields, tags, changed
    occurrences; UID, creation time and what else they own stay, a programme moved along
    with an event moved to other days. Raises ConflictError (and the caller's transaction
    rolls back) when any of them was saved by someone else in between. What moved with the
    events (sessions, phases, the releases made moved: ``owned_moves.move_with_event``), as a
    change set."""
    moved = ChangeSet()
    if not replaced:
        return moved
    events = [event for _, _, event in replaced]
    ids = [event_id for event_id, _, _ in replaced]
    first_days = _first_days(session, ids)
    tasks_from = {event_id: tasks_start(session, event_id) for event_id in ids}
    tags = tags_by_name(session, dict.fromkeys(t for e in events for t in e.draft.tags))
    values = []
    for event_id, version, event in replaced:
        columns = _columns(event, tags)
        columns.update(sequence=event.sequence, modified_at=event.modified_at,
                       version=version + 1)  # fmt: skip
        values.append({"b_id": event_id, "b_version": version, **columns})
    names = list(values[0].keys() - {"b_id", "b_version"})
    statement = (
        update(EventRow.__table__)  # type: ignore[arg-type]
        .where(EventRow.id == bindparam("b_id"), EventRow.version == bindparam("b_version"))
        .values({name: bindparam(name) for name in names})
    )
    result = session.connection().execute(statement, values)
    if result.rowcount != len(values):
        raise ConflictError(
            "Some of these events were changed by someone else since the preview; nothing was "
            "saved. Make the preview again."
        )
    # What the file carries of an event (tags, changed occurrences) and what is worked out
    # from it are written anew; what else the event owns (owned.OWNED_TABLES) stays.
    written = [t for t in owned.OWNED_TABLES if t.in_calendar or t.ownership is Ownership.DERIVED]
    for chunk_start in range(0, len(ids), 500):
        clear(session, ids[chunk_start : chunk_start + 500], written)
    _write_dependents(session, ids, events, tags)
    # A programme (sessions, phases) goes along to its event's new days.
    for event_id, _, event in replaced:
        days = (first_day_of(event.draft.timing) - first_days[event_id]).days
        shift = Shift(days, event.draft.timing.time_zone)
        moved = moved | move_with_event(session, event_id, shift,
                                        tasks_before=tasks_from[event_id])  # fmt: skip
    return moved


def _first_days(session: Session, ids: Sequence[int]) -> dict[int, date]:
    """Each event's first day as stored: its own for all-day events, else its start's in
    its zone."""
    found: dict[int, date] = {}
    for chunk_start in range(0, len(ids), 500):
        chunk = ids[chunk_start : chunk_start + 500]
        statement = select(
            EventRow.id, EventRow.all_day, EventRow.first_day, EventRow.starts_at,
            EventRow.time_zone,
        ).where(EventRow.id.in_(chunk))  # fmt: skip
        for ident, all_day, first_day, starts_at, time_zone in session.execute(statement):
            if all_day and first_day is not None:
                found[ident] = first_day
            else:
                found[ident] = starts_at.astimezone(zone(time_zone)).date()
    return found
