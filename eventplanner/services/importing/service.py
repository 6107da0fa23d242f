"""Importing iCalendar files: a preview of what would change, then all of it or nothing.

``plan`` reads a file (``ical.reader``), maps each event onto a draft, checks it as any
saved event is checked, and matches it by UID with what the database holds: **new**;
**updated** when the file's SEQUENCE is higher (or equal with a newer LAST-MODIFIED);
**unchanged** otherwise (an older or the same version changes nothing, so importing a file
twice never duplicates); **skipped** when it cannot be imported and bad events are skipped.
``apply`` writes a plan in one transaction (``import_writing``): a cancel, an error, or an
event someone else changed since the preview rolls all of it back. Imported events keep the
file's UID and SEQUENCE, and LAST-MODIFIED as their time of change. ``plan_all`` and
``apply_all`` do the same for several files at once, and ``undo`` takes an import back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.model import EventDraft
from eventplanner.domain.timezones import zone
from eventplanner.domain.timing import TimedSpan
from eventplanner.ical.reader import read_calendar
from eventplanner.ical.reader_errors import ICalendarError, Where
from eventplanner.ical.reader_records import ImportRecord
from eventplanner.persistence.database import Database
from eventplanner.persistence.schema import EventRow, ProjectRow, VenueRow
from eventplanner.services.change_journal import reported
from eventplanner.services.changes import ChangeSet
from eventplanner.services.events.service import EventService
from eventplanner.services.importing.import_mapping import MappedEvent, map_record
from eventplanner.services.importing.import_plan import (
    ImportAction,
    ImportCancelled,
    ImportOptions,
    ImportPlan,
    ImportRefused,
    ImportResult,
    PlannedEvent,
    one_version_per_uid,
)
from eventplanner.services.importing.import_undo import put_back
from eventplanner.services.importing.import_venues import place_of, venue_key
from eventplanner.services.importing.import_writing import CHUNK, write_plans
from eventplanner.services.progress import Progress

__all__ = [
    "CHUNK",
    "ImportAction",
    "ImportCancelled",
    "ImportOptions",
    "ImportPlan",
    "ImportRefused",
    "ImportResult",
    "ImportService",
    "PlannedEvent",
]

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
            venue_names = {
                int(ident): str(name)
                for name, ident in session.execute(select(VenueRow.name, VenueRow.id))
            }
            existing = self._existing(session, [r.uid for r in read.records])
        venues = {venue_key(name): ident for ident, name in venue_names.items()}
        chosen = _chosen_venues(options, venue_names)
        venues.update({key: ident for key, (_location, ident) in chosen.items()})
        spellings: dict[str, str] = {}  # one venue per place, as first spelt
        new_venues: dict[str, str] = {}
        used: dict[str, tuple[str, str]] = {}
        for record in read.records:
            entry = self._planned(record, options, venues, existing)
            if entry.new_venue:
                key = venue_key(entry.new_venue)
                spelt = spellings.setdefault(key, entry.new_venue)
                if entry.action.writes:
                    new_venues.setdefault(key, spelt)
                entry = replace(entry, new_venue=spelt, venue=spelt)
            if entry.draft is not None and entry.draft.venue_id is not None:
                entry = replace(entry, venue=venue_names.get(entry.draft.venue_id))
                key = venue_key(place_of(record.location).venue)
                if key in chosen and entry.action.writes:
                    used[key] = (chosen[key][0], venue_names[chosen[key][1]])
            planned.append(entry)
        planned.sort(key=lambda e: (e.line is None, e.line or 0))
        return ImportPlan(
            tuple(planned),
            options,
            project_name,
            read.name,
            read.warnings,
            tuple(new_venues.values()),
            tuple(used.values()),
        )

    def plan_all(
        self, files: Sequence[tuple[str, bytes]], *, options: ImportOptions | None = None
    ) -> tuple[ImportPlan, ...]:
        """What importing several files together (``apply_all``) would do, one plan each.

        Every file is read before anything is written. An event that more than one file
        carries is written once, in its newest version (``one_version_per_uid``). Raises
        ImportRefused naming the file, its line and event, for a file that cannot be read.
        """
        plans: list[ImportPlan] = []
        for name, data in files:
            try:
                plans.append(self.plan(data, options=options))
            except ICalendarError as exc:
                raise ImportRefused(name, str(exc)) from exc
        return one_version_per_uid([name for name, _ in files], plans)

    def apply(
        self,
        plan: ImportPlan,
        *,
        progress: Progress | None = None,
    ) -> ImportResult:
        """Write ``plan``: all of it in one transaction, or nothing.

        ``progress`` is told the events written between chunks of them, and asked there
        whether the import was cancelled; if so everything is rolled back and
        ImportCancelled raised. Raises ConflictError when the database changed under the
        plan since it was made.
        """
        (result,) = self.apply_all((plan,), progress=progress)
        return result

    @reported
    def apply_all(
        self,
        plans: Sequence[ImportPlan],
        *,
        progress: Progress | None = None,
    ) -> tuple[ImportResult, ...]:
        """Write the plans of several files (``plan_all``) in one transaction, or nothing:
        a cancel or a conflict in the last file leaves the first ones unwritten too.

        ``progress`` counts the events of all the files; otherwise as ``apply``.
        """
        with self._db.transaction() as session:
            return write_plans(session, plans, progress=progress)

    @reported
    def undo(self, results: Sequence[ImportResult]) -> ChangeSet:
        """Take back what ``apply_all`` wrote (undo), in one transaction: see ``put_back``.
        What it changed."""
        with self._db.transaction() as session:
            return put_back(session, results)

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
                EventRow.organiser_id, EventRow.capacity, EventRow.notes, EventRow.public,
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
                public=found.public,
                organiser_id=found.organiser_id,
                project_id=draft.project_id if options.project_id is not None else found.project_id,
                venue_id=draft.venue_id if mapped.draft.venue_id or new_venue else found.venue_id,
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
    public: bool


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


def _chosen_venues(
    options: ImportOptions, venue_names: dict[int, str]
) -> dict[str, tuple[str, int]]:
    """``options.venue_choices`` by the ``venue_key`` of the place each LOCATION names."""
    chosen: dict[str, tuple[str, int]] = {}
    for location, ident in options.venue_choices:
        if ident not in venue_names:
            raise ValidationError("venue", f"there is no venue with id {ident}")
        place = place_of(location).venue or location
        chosen[venue_key(place)] = (location, ident)
    return chosen


def _shown(draft: EventDraft, display_zone: str) -> tuple[datetime | date, datetime | date]:
    timing = draft.timing
    if isinstance(timing, TimedSpan):
        tz = zone(display_zone)
        return timing.start.astimezone(tz), timing.end.astimezone(tz)
    return timing.first_day, timing.last_day
