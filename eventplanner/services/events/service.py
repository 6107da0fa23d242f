"""Planning events: create, change, duplicate, cancel and delete them, and their series."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from eventplanner.domain.enums import EventKind, EventStatus
from eventplanner.domain.errors import ConflictError, NotFoundError, ValidationError
from eventplanner.domain.model import Event, EventDraft, OccurrenceChange, Warning
from eventplanner.domain.recurrence import (
    Recurrence,
    RecurrenceId,
    is_occurrence,
    normalize_rule,
    recurrence_id_text,
    shift_until,
)
from eventplanner.domain.series import first_day_of, first_of
from eventplanner.domain.series_edits import ExceptionsLostError, whole_series_edit
from eventplanner.domain.timing import Timing
from eventplanner.domain.validation import event_problems, occurrence_change_problems, raise_first
from eventplanner.persistence.database import Database
from eventplanner.persistence.schema import (
    EventRow,
    OrganisationRow,
    ProjectRow,
    SeriesOccurrenceRow,
    TagRow,
    VenueRow,
)
from eventplanner.services.change_journal import committed, reported
from eventplanner.services.changes import Action, ChangeSet
from eventplanner.services.events import rows, snapshot_writes, snapshots
from eventplanner.services.events.clashes import draft_clashes, venue_clashes
from eventplanner.services.events.event_bulk import (
    NewEvent,
    first_spellings,
    insert_events,
    tags_by_name,
)
from eventplanner.services.events.owned_moves import move_with_event
from eventplanner.services.events.owned_table import Shift
from eventplanner.services.events.rows import new_uid
from eventplanner.services.events.saved import Saved
from eventplanner.services.events.series_split import SeriesSplitting
from eventplanner.services.events.snapshots import EventSnapshot
from eventplanner.services.events.task_moves import (
    tasks_followed,
    tasks_followed_since,
    tasks_start,
)
from eventplanner.services.events.touches import touch_of, touches
from eventplanner.services.events.write_results import Deleted, EventWritten, event_changes

# Fields whose change a subscribed calendar must see (they raise iCalendar SEQUENCE).
_CALENDAR_FIELDS = (
    "title", "timing", "kind", "status", "description", "venue_id", "online_url", "tags",
    "web_page", "busy_status", "reminder_minutes", "recurrence",
)  # fmt: skip


class EventService(SeriesSplitting):
    """Use cases on events. Every method is one transaction: all of it happens or none.

    Splitting a series ("this and following") lives in ``series_split``.
    """

    def __init__(self, database: Database) -> None:
        self._db = database

    # -- reading ---------------------------------------------------------------------------

    def get(self, event_id: int) -> Event:
        with self._db.reading() as session:
            return self._to_event(session, self._row(session, event_id))

    def get_by_uid(self, uid: str) -> Event:
        with self._db.reading() as session:
            row = session.scalars(select(EventRow).where(EventRow.uid == uid)).one_or_none()
            if row is None:
                raise NotFoundError(f"no event has the UID {uid!r}")
            return self._to_event(session, row)

    def version_by_uid(self, uid: str) -> tuple[int, int]:
        """The id and row version of the event with ``uid`` (one small query: a save that
        checks for conflicts asks this before it loads the event whole)."""
        with self._db.reading() as session:
            found = session.execute(
                select(EventRow.id, EventRow.version).where(EventRow.uid == uid)
            ).one_or_none()
            if found is None:
                raise NotFoundError(f"no event has the UID {uid!r}")
            return found.id, found.version

    # -- writing ---------------------------------------------------------------------------

    def create(self, draft: EventDraft) -> Saved:
        """Save a new event; warnings (a double-booked venue) do not stop the save."""
        draft = self._checked(draft)
        with self._db.transaction() as session:
            self._check_references(session, draft)
            now = rows.now_utc()
            row = EventRow(
                uid=new_uid(),
                sequence=0,
                created_at=now,
                modified_at=now,
                **rows.event_columns(draft, self._rule(draft)),
            )
            self._set_tags(session, row, draft.tags)
            session.add(row)
            session.flush()
            self._store_occurrences(session, row.id, draft)
            event = self._to_event(session, row)
            changes = ChangeSet.for_events(Action.CREATED, [touch_of(row)])
            saved = Saved(event, venue_clashes(session, event), changes)
        committed(saved.changes)
        return saved

    def create_many(self, drafts: Sequence[EventDraft]) -> list[int]:
        """Save many new events in one transaction (sample data, imports); returns their
        ids (the change set goes to the journal: ``change_journal.recording``)."""
        checked = [self._checked(d) for d in drafts]
        if not checked:
            return []
        with self._db.transaction() as session:
            for draft in checked:
                self._check_references(session, draft, cache=True)
            now = rows.now_utc()
            ids = insert_events(
                session,
                [NewEvent(d, new_uid(), 0, now, now) for d in checked],
            )
            changes = ChangeSet.for_events(Action.CREATED, touches(session, ids))
        committed(changes)
        return ids

    def update(
        self,
        event_id: int,
        draft: EventDraft,
        *,
        expected_version: int,
        drop_exceptions: bool = False,
    ) -> Saved:
        """Save changes to an event loaded at ``expected_version``.

        A series keeps its exceptions by the rule of ``domain.series_edits``: moved, its
        skipped dates (as ``draft`` has them, moved with its start), changed occurrences
        and an unchanged UNTIL move with it. One that the new series no longer has raises
        ExceptionsLostError, naming them, unless ``drop_exceptions``: then it is dropped.

        Raises ConflictError, naming the event, when someone else saved it in between.
        """
        with self._db.transaction() as session:
            row = self._locked_row(session, event_id, expected_version)
            before = self._to_event(session, row)
            was = touch_of(row)
            tasks_from = tasks_start(session, row.id)
            edit = whole_series_edit(before, draft)
            if edit.loses_exceptions and not drop_exceptions:
                raise ExceptionsLostError(edit)
            draft = self._checked(edit.draft)
            self._check_references(session, draft)
            rule = self._rule(draft)
            for name, value in rows.event_columns(draft, rule).items():
                setattr(row, name, value)
            if draft.tags != before.tags:  # a move, say, leaves them: no query for them
                self._set_tags(session, row, draft.tags)
            changes = tuple(sorted(edit.changes, key=lambda c: recurrence_id_text(c.recurrence_id)))
            if changes != before.changes:
                row.changes = []
                session.flush()  # the old changes go before re-keyed ones of the same key come
                row.changes = [rows.change_to_row(c) for c in changes]
            self._touch(session, row, before, draft)
            if before.timing != draft.timing or before.recurrence != draft.recurrence:
                session.execute(
                    delete(SeriesOccurrenceRow).where(SeriesOccurrenceRow.event_id == row.id)
                )
                self._store_occurrences(session, row.id, draft)
            # Its programme (sessions, phases) goes along to the event's new days.
            days = (first_day_of(draft.timing) - first_day_of(before.timing)).days
            programme = move_with_event(
                session, row.id, Shift(days, draft.timing.time_zone), tasks_before=tasks_from
            )
            event = self._to_event(session, row)
            touched = ChangeSet.for_events(Action.CHANGED, [touch_of(row, was)]) | programme
            saved = Saved(event, venue_clashes(session, event), touched)
        committed(saved.changes)
        return saved

    @reported
    def duplicate(self, event_id: int, *, to_day: date | None = None) -> EventWritten:
        """A copy with a new UID (SEQUENCE 0) and a copy of everything the event owns
        (``snapshots``), optionally moved to ``to_day`` at the same local time; a series
        moved to other days leaves its exceptions behind (``_copied_draft``)."""
        with self._db.transaction() as session:
            source = snapshots.take_one(session, event_id)
            draft = self._checked(_copied_draft(source.event.draft(), to_day))
            self._check_references(session, draft)
            days = (first_day_of(draft.timing) - first_day_of(source.event.timing)).days
            now = rows.now_utc()
            columns = rows.event_columns(draft, self._rule(draft))
            columns.update(uid=new_uid(), sequence=0, version=1, created_at=now, modified_at=now)
            ident = snapshot_writes.copy(
                session, source, columns, Shift(days, draft.timing.time_zone)
            )
            # Its tasks, copied open and shifted, counted again from the copy's own days.
            tasks_followed(session, ident, 0)
            event = self._to_event(session, self._row(session, ident))
            changes = event_changes(created=touches(session, [ident]))
            return EventWritten(event, changes, venue_clashes(session, event))

    def clashes(self, draft: EventDraft, *, event_id: int | None = None) -> tuple[Warning, ...]:
        """The venue double-bookings saving ``draft`` would make (shown before saving)."""
        if draft.venue_id is None:
            return ()
        with self._db.reading() as session:
            venue = session.get(VenueRow, draft.venue_id)
            if venue is None:
                return ()
            return draft_clashes(session, draft, venue.name, event_id)

    def cancel(self, event_id: int, *, expected_version: int | None = None) -> Saved:
        """Mark an event cancelled (it stays in the database, and feeds can drop it)."""
        with self._db.transaction() as session:
            row = self._locked_row(session, event_id, expected_version)
            if row.status == EventStatus.CANCELLED.value:
                return Saved(self._to_event(session, row))
            row.status = EventStatus.CANCELLED.value
            row.sequence += 1
            row.modified_at = rows.now_utc()
            session.flush()
            changes = ChangeSet.for_events(Action.CHANGED, [touch_of(row)])
            saved = Saved(self._to_event(session, row), changes=changes)
        committed(saved.changes)
        return saved

    @reported
    def delete(self, event_id: int, *, expected_version: int | None = None) -> Deleted:
        """Delete the event and everything it owns; the snapshot taken first (for undo,
        ``restore``) comes back with the change set."""
        with self._db.transaction() as session:
            self._locked_row(session, event_id, expected_version)
            taken = snapshots.take_one(session, event_id)
            snapshot_writes.remove(session, [event_id])
            return Deleted((taken,), event_changes(deleted=[taken.touch()]))

    @reported
    def restore(self, snapshot: EventSnapshot) -> EventWritten:
        """Bring back a deleted event (undo) exactly as ``snapshot`` holds it: its id when
        free, UID, fields, tags, skipped dates, changed occurrences and every record it
        owned, as a newer revision (``EventSnapshot``: SEQUENCE one higher, so calendars
        take it as the newest version). ValidationError when its UID is taken again, or a
        venue, project or organiser it names is gone."""
        with self._db.transaction() as session:
            self._check_references(session, snapshot.event.draft())
            (ident,) = snapshot_writes.restore(session, [snapshot])
            event = self._to_event(session, self._row(session, ident))
            changes = event_changes(created=touches(session, [ident]))
            return EventWritten(event, changes)

    def snapshot(self, event_id: int) -> EventSnapshot:
        """The event with everything it owns, as stored now."""
        with self._db.reading() as session:
            return snapshots.take_one(session, event_id)

    def snapshot_by_uid(self, uid: str) -> EventSnapshot:
        with self._db.reading() as session:
            ident = session.scalar(select(EventRow.id).where(EventRow.uid == uid))
            if ident is None:
                raise NotFoundError(f"no event has the UID {uid!r}")
            return snapshots.take_one(session, ident)

    def change_occurrence(
        self, event_id: int, change: OccurrenceChange, *, expected_version: int | None = None
    ) -> Saved:
        """Make one occurrence of a series different: move, retitle or cancel it."""
        raise_first(occurrence_change_problems(change))
        with self._db.transaction() as session:
            row = self._locked_row(session, event_id, expected_version)
            before = self._to_event(session, row)
            was = touch_of(row)
            tasks_from = tasks_start(session, row.id)
            if before.recurrence is None:
                raise ValidationError("recurrence_id", f"{before.title!r} is not a series")
            timing = before.timing
            if change.timing is not None and change.timing.all_day != timing.all_day:
                raise ValidationError("timing", "an occurrence keeps its series' all-day setting")
            if change.timing is not None:
                change = replace(change, timing=_in_zone(change.timing, timing.time_zone))
            if not is_occurrence(
                before.recurrence.rule, first_of(timing), timing.time_zone,
                change.recurrence_id,
            ) or change.recurrence_id in before.recurrence.exdates:  # fmt: skip
                raise ValidationError(
                    "recurrence_id",
                    f"{recurrence_id_text(change.recurrence_id)} is not an occurrence of "
                    f"{before.title!r}",
                )
            key = recurrence_id_text(change.recurrence_id)
            row.changes = [c for c in row.changes if c.recurrence_id != key]
            session.flush()
            row.changes.append(rows.change_to_row(change))
            changes = [c for c in before.changes if c.recurrence_id != change.recurrence_id]
            row.series_ends_at = rows.series_end(timing, before.recurrence.rule, [*changes, change])
            row.sequence += 1
            row.modified_at = rows.now_utc()
            session.flush()
            # Its tasks count from its first occurrence as held: moving that one moves them.
            moved = tasks_followed_since(session, row.id, tasks_from)
            event = self._to_event(session, row)
            touched = ChangeSet.for_events(Action.CHANGED, [touch_of(row, was)]) | moved
            saved = Saved(event, venue_clashes(session, event), touched)
        committed(saved.changes)
        return saved

    def restore_occurrence(
        self, event_id: int, recurrence_id: RecurrenceId, *, expected_version: int | None = None
    ) -> Saved:
        """Undo a change to one occurrence: it follows its series again."""
        key = recurrence_id_text(recurrence_id)
        changes = ChangeSet()
        with self._db.transaction() as session:
            row = self._locked_row(session, event_id, expected_version)
            kept = [c for c in row.changes if c.recurrence_id != key]
            if len(kept) != len(row.changes):
                tasks_from = tasks_start(session, row.id)
                was = touch_of(row)
                row.changes = kept
                row.sequence += 1
                row.modified_at = rows.now_utc()
                session.flush()
                event = self._to_event(session, row)
                if event.recurrence is not None:
                    row.series_ends_at = rows.series_end(
                        event.timing, event.recurrence.rule, event.changes
                    )
                session.flush()
                moved = tasks_followed_since(session, row.id, tasks_from)
                changes = ChangeSet.for_events(Action.CHANGED, [touch_of(row, was)]) | moved
            saved = Saved(self._to_event(session, row), changes=changes)
        committed(saved.changes)
        return saved

    # -- helpers ---------------------------------------------------------------------------

    @staticmethod
    def _checked(draft: EventDraft) -> EventDraft:
        raise_first(event_problems(draft))
        tags = tuple(_first_spellings(t.strip() for t in draft.tags if t.strip()))
        if draft.recurrence is not None:
            rule = normalize_rule(
                draft.recurrence.rule,
                all_day=draft.timing.all_day,
                time_zone=draft.timing.time_zone,
            )
            exdates = tuple(sorted(set(draft.recurrence.exdates), key=recurrence_id_text))
            draft = replace(draft, recurrence=Recurrence(rule, exdates))
        return replace(draft, title=draft.title.strip(), tags=tags)

    @staticmethod
    def _store_occurrences(session: Session, event_id: int, draft: EventDraft) -> None:
        if draft.recurrence is None:
            return
        stored = rows.stored_occurrences(
            event_id, draft.timing, draft.recurrence.rule, draft.recurrence.exdates
        )
        if stored:
            session.execute(insert(SeriesOccurrenceRow), stored)

    @staticmethod
    def _rule(draft: EventDraft) -> str | None:
        return draft.recurrence.rule if draft.recurrence else None

    def _row(self, session: Session, event_id: int, *, lock: bool = False) -> EventRow:
        # Writers lock the row (PostgreSQL; SQLite writers already hold the file's write
        # lock), so no one can save it between our version check and our UPDATE.
        row = session.get(EventRow, event_id, with_for_update=lock or None)
        if row is None:
            raise NotFoundError(f"event {event_id} does not exist (it may have been deleted)")
        return row

    def _locked_row(self, session: Session, event_id: int, expected: int | None) -> EventRow:
        row = self._row(session, event_id, lock=True)
        if expected is not None and row.version != expected:
            raise ConflictError(
                f"{row.title!r} was changed by someone else since you opened it; nothing was "
                "saved. Reload the event and make your change again."
            )
        return row

    def _touch(self, session: Session, row: EventRow, before: Event, draft: EventDraft) -> None:
        after = {name: getattr(draft, name) for name in _CALENDAR_FIELDS}
        old = {name: getattr(before.draft(), name) for name in _CALENDAR_FIELDS}
        if after != old or len(row.changes) != len(before.changes):
            row.sequence = before.sequence + 1
        row.modified_at = rows.now_utc()
        if draft.recurrence is not None:
            changes = [rows.change_of(c, draft.timing.all_day, draft.timing.time_zone)
                       for c in row.changes]  # fmt: skip
            row.series_ends_at = rows.series_end(draft.timing, draft.recurrence.rule, changes)
        else:
            row.series_ends_at = None
        session.flush()

    def _check_references(self, session: Session, draft: EventDraft, cache: bool = False) -> None:
        checks: list[tuple[str, type[Any], int | None, str]] = [
            ("venue", VenueRow, draft.venue_id, "venue"),
            ("project", ProjectRow, draft.project_id, "project"),
            ("organiser", OrganisationRow, draft.organiser_id, "organisation"),
        ]
        seen: dict[tuple[type[Any], int], bool] = session.info.setdefault("refs", {})
        for field, model, ident, noun in checks:
            if ident is None:
                continue
            key = (model, ident)
            if not (cache and key in seen):
                seen[key] = session.get(model, ident) is not None
            if not seen[key]:
                raise ValidationError(field, f"there is no {noun} with id {ident}")

    def _tags_by_name(self, session: Session, names: Iterable[str]) -> dict[str, tuple[int, str]]:
        return tags_by_name(session, names)

    def _set_tags(self, session: Session, row: EventRow, names: Sequence[str]) -> None:
        found = self._tags_by_name(session, names)
        ids = [found[n][0] for n in names]
        by_id = {t.id: t for t in session.scalars(select(TagRow).where(TagRow.id.in_(ids)))}
        row.tags = [by_id[i] for i in ids]
        row.tag_names = rows.tag_names_text(t.name for t in row.tags)

    def _to_event(self, session: Session, row: EventRow) -> Event:
        session.flush()
        venue = session.get(VenueRow, row.venue_id) if row.venue_id else None
        project = session.get(ProjectRow, row.project_id) if row.project_id else None
        organiser = session.get(OrganisationRow, row.organiser_id) if row.organiser_id else None
        timing = rows.timing_of(
            row.all_day, row.time_zone, row.starts_at, row.ends_at, row.first_day, row.last_day
        )
        changes = tuple(
            sorted(
                (rows.change_of(c, row.all_day, row.time_zone) for c in row.changes),
                key=lambda c: recurrence_id_text(c.recurrence_id),
            )
        )
        return Event(
            id=row.id,
            uid=row.uid,
            title=row.title,
            timing=timing,
            kind=EventKind(row.kind),
            status=EventStatus(row.status),
            description=row.description,
            venue_id=row.venue_id,
            venue_name=venue.name if venue else None,
            online_url=row.online_url,
            project_id=row.project_id,
            project_name=project.name if project else None,
            organiser_id=row.organiser_id,
            organiser_name=organiser.name if organiser else None,
            tags=rows.parse_tag_names(row.tag_names),
            capacity=row.capacity,
            web_page=row.web_page,
            busy_status=rows.busy_of(row.kind, row.busy_status),
            busy_status_is_default=row.busy_status is None,
            reminder_minutes=row.reminder_minutes,
            recurrence=rows.recurrence_of(row),
            notes=row.notes,
            sequence=row.sequence,
            version=row.version,
            created_at=row.created_at,
            modified_at=row.modified_at,
            changes=changes,
            public=row.public,
        )


def _copied_draft(draft: EventDraft, to_day: date | None) -> EventDraft:
    """A copy's draft, moved to ``to_day`` at the same local time: a series moved to other
    days starts afresh, its skipped dates belonged to the old one."""
    if to_day is None:
        return draft
    timing = draft.timing.moved_to(to_day)
    recurrence = draft.recurrence
    days = (first_day_of(timing) - first_day_of(draft.timing)).days
    if recurrence is not None and days:
        recurrence = Recurrence(shift_until(recurrence.rule, days, timing.time_zone))
    return replace(draft, timing=timing, recurrence=recurrence)


def _in_zone(timing: Timing, time_zone: str) -> Timing:
    return timing if timing.time_zone == time_zone else replace(timing, time_zone=time_zone)


_first_spellings = first_spellings
