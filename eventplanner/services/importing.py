"""Importing iCalendar files: a preview of what would change, then all of it or nothing.

``plan`` reads a file (``ical.reader``), maps each event onto a draft, checks it as any
saved event is checked, and matches it by UID with what the database holds: **new**;
**updated** when the file's SEQUENCE is higher (or equal with a newer LAST-MODIFIED);
**unchanged** otherwise (an older or the same version changes nothing, so importing a file
twice never duplicates); **skipped** when it cannot be imported and bad events are skipped.
``apply`` writes a plan in one transaction: a cancel, an error, or an event someone else
changed since the preview rolls all of it back. Imported events keep the file's UID and
SEQUENCE, and LAST-MODIFIED as their time of change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime
from typing import NamedTuple

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from eventplanner.domain.errors import ConflictError, ValidationError
from eventplanner.domain.model import EventDraft
from eventplanner.domain.timezones import DEFAULT_TIME_ZONE, zone
from eventplanner.domain.timing import TimedSpan
from eventplanner.ical.reader import read_calendar
from eventplanner.ical.reader_errors import ICalendarError, Where
from eventplanner.ical.reader_records import ImportRecord
from eventplanner.persistence.database import Database
from eventplanner.persistence.schema import EventRow, ProjectRow, VenueRow
from eventplanner.services import rows
from eventplanner.services.event_bulk import NewEvent, insert_events, replace_events
from eventplanner.services.events import EventService
from eventplanner.services.import_mapping import MappedEvent, map_record
from eventplanner.services.import_plan import (
    ImportAction,
    ImportCancelled,
    ImportOptions,
    ImportPlan,
    ImportResult,
    PlannedEvent,
)

__all__ = [
    "ImportAction",
    "ImportCancelled",
    "ImportOptions",
    "ImportPlan",
    "ImportResult",
    "ImportService",
    "PlannedEvent",
]

CHUNK = 500
"""Events written between two progress reports (and chances to cancel)."""
MAX_UID = 255


class ImportService:
    """iCalendar import: ``plan`` (reads, writes nothing) and ``apply`` (one transaction)."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def plan(self, data: bytes, *, options: ImportOptions | None = None) -> ImportPlan:
        """What importing ``data`` (an .ics file's bytes) would do.

        Raises ICalendarError naming the line and event for a file or event that cannot be
        imported (unless ``options.skip_bad``), ValidationError for bad options.
        """
        options = options or ImportOptions()
        zone(options.floating_zone)
        zone(options.display_zone)
        read = read_calendar(data, floating_zone=options.floating_zone, skip_bad=options.skip_bad)
        planned: list[PlannedEvent] = [
            PlannedEvent(ImportAction.SKIPPED, problem.where.uid or "", problem.where.summary
                         or "", problem.where.line, None, None, False, None, (), (),
                         reason=problem.message)
            for problem in read.skipped
        ]  # fmt: skip
        with self._db.reading() as session:
            project_name = self._project_name(session, options.project_id)
            venues = {
                str(name).casefold(): int(ident)
                for name, ident in session.execute(select(VenueRow.name, VenueRow.id))
            }
            venue_names = {ident: str(name) for name, ident in venues.items()}
            existing = self._existing(session, [r.uid for r in read.records])
        new_venues: dict[str, str] = {}
        for record in read.records:
            entry = self._planned(record, options, venues, existing)
            if entry.new_venue:
                new_venues.setdefault(entry.new_venue.casefold(), entry.new_venue)
            if entry.draft is not None and entry.draft.venue_id is not None:
                entry = replace(entry, venue=venue_names.get(entry.draft.venue_id))
            planned.append(entry)
        planned.sort(key=lambda e: (e.line is None, e.line or 0))
        return ImportPlan(
            tuple(planned),
            options,
            project_name,
            read.name,
            read.warnings,
            tuple(new_venues.values()),
        )

    def apply(
        self,
        plan: ImportPlan,
        *,
        cancel: Callable[[], bool] | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> ImportResult:
        """Write ``plan``: all of it in one transaction, or nothing.

        ``progress(done, total)`` is called between chunks of events, ``cancel()`` asked
        there; when it says True everything is rolled back and ImportCancelled raised.
        Raises ConflictError when the database changed under the plan since it was made.
        """
        writes = [e for e in plan.events if e.action in (ImportAction.NEW, ImportAction.UPDATED)]
        total = len(writes)
        created: list[int] = []
        updated: list[int] = []
        with self._db.transaction() as session:
            if plan.options.project_id is not None:
                self._project_name(session, plan.options.project_id)
            venue_ids = self._make_venues(session, plan)
            self._check_still_new(session, [e.uid for e in writes if e.existing_id is None])
            now = rows.now_utc()
            done = 0
            if progress is not None:
                progress(0, total)
            for start in range(0, total, CHUNK):
                if cancel is not None and cancel():
                    raise ImportCancelled("The import was cancelled; nothing was imported.")
                chunk = writes[start : start + CHUNK]
                new = [e for e in chunk if e.action is ImportAction.NEW]
                changed = [e for e in chunk if e.action is ImportAction.UPDATED]
                created += insert_events(session, [_new_event(e, venue_ids, now) for e in new])
                replace_events(
                    session,
                    [(_id(e), _version(e), _new_event(e, venue_ids, now)) for e in changed],
                )
                updated += [_id(e) for e in changed]
                done += len(chunk)
                if progress is not None:
                    progress(done, total)
            if cancel is not None and cancel():
                raise ImportCancelled("The import was cancelled; nothing was imported.")
        return ImportResult(
            tuple(created),
            tuple(updated),
            plan.count(ImportAction.UNCHANGED),
            plan.count(ImportAction.SKIPPED),
            tuple(venue_ids),
        )

    # -- helpers ---------------------------------------------------------------------------

    @staticmethod
    def _project_name(session: Session, project_id: int | None) -> str | None:
        if project_id is None:
            return None
        project = session.get(ProjectRow, project_id)
        if project is None:
            raise ValidationError("project", f"there is no project with id {project_id}")
        return project.name

    @staticmethod
    def _existing(session: Session, uids: Sequence[str]) -> dict[str, _Stored]:
        found: dict[str, _Stored] = {}
        wanted = [u for u in dict.fromkeys(uids) if len(u) <= MAX_UID]
        for start in range(0, len(wanted), CHUNK):
            chunk = wanted[start : start + CHUNK]
            query = select(
                EventRow.uid, EventRow.id, EventRow.version, EventRow.sequence,
                EventRow.modified_at, EventRow.venue_id, EventRow.project_id,
                EventRow.organiser_id, EventRow.capacity, EventRow.notes,
            ).where(EventRow.uid.in_(chunk))  # fmt: skip
            for uid, *rest in session.execute(query):
                found[uid] = _Stored._make(rest)
        return found

    def _planned(
        self,
        record: ImportRecord,
        options: ImportOptions,
        venues: dict[str, int],
        existing: dict[str, _Stored],
    ) -> PlannedEvent:
        where = Where(record.line, record.uid, record.title)
        mapped: MappedEvent | None = None
        problem = ""
        if len(record.uid) > MAX_UID:
            problem = f"the UID is {len(record.uid)} characters long; at most {MAX_UID}"
        else:
            mapped = map_record(
                record, default_kind=options.kind, project_id=options.project_id, venues=venues
            )
            try:
                # The checks any saved event passes (EventService.create makes the same).
                checked = EventService._checked(mapped.draft)
                mapped = replace(mapped, draft=checked)
            except ValidationError as exc:
                problem = f"{exc.field}: {exc.message}"
        if mapped is None or problem:
            if not options.skip_bad:
                raise ICalendarError(problem, where)
            return PlannedEvent(ImportAction.SKIPPED, record.uid, record.title, record.line,
                                None, None, False, None, (), record.warnings,
                                reason=problem)  # fmt: skip
        draft = mapped.draft
        start, end = _shown(draft, options.display_zone)
        action, reason = ImportAction.NEW, ""
        found = existing.get(record.uid)
        new_venue = mapped.new_venue
        if found is not None:
            action, reason = _compare(record, found)
            # What a calendar file does not carry stays as the planner has it.
            draft = replace(
                draft,
                notes=found.notes,
                capacity=found.capacity,
                organiser_id=found.organiser_id,
                project_id=draft.project_id if options.project_id is not None else found.project_id,
                venue_id=draft.venue_id if record.location.strip() else found.venue_id,
            )
        return PlannedEvent(
            action=action,
            uid=record.uid,
            title=draft.title,
            line=record.line,
            start=start,
            end=end,
            recurring=draft.recurrence is not None,
            kind=draft.kind,
            tags=draft.tags,
            warnings=mapped.warnings,
            reason=reason,
            venue=mapped.new_venue,
            existing_id=found.id if found else None,
            existing_version=found.version if found else None,
            draft=draft,
            changes=mapped.changes,
            new_venue=new_venue,
            sequence=record.sequence,
            modified_at=record.last_modified,
            created_at=record.created,
        )

    @staticmethod
    def _make_venues(session: Session, plan: ImportPlan) -> dict[str, int]:
        """Ids of the venues the plan names, made where none has the name yet."""
        if not plan.new_venues:
            return {}
        known = {
            str(name).casefold(): int(ident)
            for name, ident in session.execute(select(VenueRow.name, VenueRow.id))
        }
        zones = {
            e.new_venue.casefold(): e.draft.timing.time_zone
            for e in plan.events
            if e.new_venue and e.draft is not None
        }
        for name in plan.new_venues:
            key = name.casefold()
            if key not in known:
                known[key] = int(
                    session.execute(
                        insert(VenueRow).returning(VenueRow.id),
                        {"name": name, "address": "", "city": "", "country": "",
                         "time_zone": zones.get(key, DEFAULT_TIME_ZONE), "capacity": None,
                         "notes": "", "version": 1},
                    ).scalar_one()
                )  # fmt: skip
        return {name: known[name.casefold()] for name in plan.new_venues}

    @staticmethod
    def _check_still_new(session: Session, uids: Sequence[str]) -> None:
        for start in range(0, len(uids), CHUNK):
            chunk = list(uids[start : start + CHUNK])
            taken = session.scalars(select(EventRow.uid).where(EventRow.uid.in_(chunk))).first()
            if taken is not None:
                raise ConflictError(
                    f"An event with the UID {taken} was saved since the preview; nothing was "
                    "imported. Make the preview again."
                )


class _Stored(NamedTuple):
    """What the database holds of an event the file has too."""

    id: int
    version: int
    sequence: int
    modified_at: datetime
    venue_id: int | None
    project_id: int | None
    organiser_id: int | None
    capacity: int | None
    notes: str


def _compare(record: ImportRecord, found: _Stored) -> tuple[ImportAction, str]:
    sequence, modified = found.sequence, found.modified_at
    if record.sequence > sequence:
        return ImportAction.UPDATED, ""
    if (
        record.sequence == sequence
        and record.last_modified is not None
        and (record.last_modified > modified)
    ):
        return ImportAction.UPDATED, ""
    return (
        ImportAction.UNCHANGED,
        "the planner has this version of the event already, or a newer one",
    )


def _shown(draft: EventDraft, display_zone: str) -> tuple[datetime | date, datetime | date]:
    timing = draft.timing
    if isinstance(timing, TimedSpan):
        tz = zone(display_zone)
        return timing.start.astimezone(tz), timing.end.astimezone(tz)
    return timing.first_day, timing.last_day


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
        draft = replace(draft, venue_id=venue_ids[entry.new_venue])
    modified = entry.modified_at or now
    created = entry.created_at or min(modified, now)
    return NewEvent(draft, entry.uid, entry.sequence, created, modified, entry.changes)
