"""Many events read in full at once: a few Core queries, not one ORM get per event.

An export or a feed needs every field of thousands of events; ``EventService.get`` reads one
with its venue, project and organiser looked up one by one, which for 10,000 events is
40,000 round trips. Here the events come in chunks of ids, the names from one read of each
small table, and the changed occurrences of the series in one query per chunk.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from eventplanner.domain.enums import EventKind, EventStatus
from eventplanner.domain.model import Event
from eventplanner.domain.recurrence import Recurrence, recurrence_id_text
from eventplanner.persistence.schema import (
    EventRow,
    OccurrenceChangeRow,
    OrganisationRow,
    ProjectRow,
    VenueRow,
)
from eventplanner.services.events import rows

CHUNK = 2000
"""Ids per IN (...) list: under SQLite's and PostgreSQL's parameter limits, and large."""

_EVENT_COLUMNS = tuple(EventRow.__table__.columns)


def load_events(
    session: Session, ids: Sequence[int], *, names: dict[str, dict[int, str]] | None = None
) -> dict[int, Event]:
    """The events with these ids (those that still exist), by id. ``names``: the venues',
    projects' and organisations' names by id (under their table names), when already read
    in this transaction."""
    if not ids:
        return {}
    names = names or _names(session)
    found: dict[int, Event] = {}
    connection = session.connection()
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        statement = select(*_EVENT_COLUMNS).where(EventRow.id.in_(chunk))
        records = connection.execute(statement).mappings().all()
        series = [r["id"] for r in records if r["rrule"]]
        changes = _changes(session, series) if series else {}
        for record in records:
            event = _event(record, names, changes.get(record["id"], ()))
            found[event.id] = event
    return found


def _names(session: Session) -> dict[str, dict[int, str]]:
    """The names of every venue, project and organisation (small tables, read whole)."""
    connection = session.connection()
    return {
        table.__tablename__: dict(connection.execute(select(table.id, table.name)).all())
        for table in (VenueRow, ProjectRow, OrganisationRow)
    }


def _changes(session: Session, ids: list[int]) -> dict[int, list[OccurrenceChangeRow]]:
    found: dict[int, list[OccurrenceChangeRow]] = defaultdict(list)
    statement = select(OccurrenceChangeRow).where(OccurrenceChangeRow.event_id.in_(ids))
    for change in session.scalars(statement):
        found[change.event_id].append(change)
    return found


def _event(
    record: Any, names: dict[str, dict[int, str]], changes: Sequence[OccurrenceChangeRow]
) -> Event:
    all_day, time_zone = record["all_day"], record["time_zone"]
    timing = rows.timing_of(
        all_day, time_zone, record["starts_at"], record["ends_at"],
        record["first_day"], record["last_day"],
    )  # fmt: skip
    kept = sorted(
        (rows.change_of(c, all_day, time_zone) for c in changes),
        key=lambda c: recurrence_id_text(c.recurrence_id),
    )
    venue_id, project_id, organiser_id = (
        record["venue_id"], record["project_id"], record["organiser_id"]
    )  # fmt: skip
    return Event(
        id=record["id"],
        uid=record["uid"],
        title=record["title"],
        timing=timing,
        kind=EventKind(record["kind"]),
        status=EventStatus(record["status"]),
        description=record["description"],
        venue_id=venue_id,
        venue_name=names["venues"].get(venue_id) if venue_id else None,
        online_url=record["online_url"],
        project_id=project_id,
        project_name=names["projects"].get(project_id) if project_id else None,
        organiser_id=organiser_id,
        organiser_name=names["organisations"].get(organiser_id) if organiser_id else None,
        tags=rows.parse_tag_names(record["tag_names"]),
        capacity=record["capacity"],
        web_page=record["web_page"],
        busy_status=rows.busy_of(record["kind"], record["busy_status"]),
        busy_status_is_default=record["busy_status"] is None,
        reminder_minutes=record["reminder_minutes"],
        recurrence=Recurrence(record["rrule"], rows.parse_exdates(record["exdates"]))
        if record["rrule"]
        else None,
        notes=record["notes"],
        sequence=record["sequence"],
        version=record["version"],
        created_at=record["created_at"],
        modified_at=record["modified_at"],
        changes=tuple(kept),
        public=record["public"],
    )
