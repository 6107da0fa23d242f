"""A series edited "this and following": cut in two at one occurrence, and joined back.

The rules (where the first part ends, what is left of a COUNT, which changed occurrences go
along) are the domain's (``eventplanner.domain.series``); here they are saved, each call in
one transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from eventplanner.domain.errors import NotFoundError, ValidationError
from eventplanner.domain.model import Event, EventDraft, OccurrenceChange
from eventplanner.domain.recurrence import RecurrenceId
from eventplanner.domain.series import Drop, first_day_of, split_series, start_key
from eventplanner.domain.series_edits import ExceptionsLostError, whole_series_edit
from eventplanner.persistence.database import Database
from eventplanner.persistence.schema import EventRow, SeriesOccurrenceRow
from eventplanner.services.change_journal import reported
from eventplanner.services.changes import ChangeSet
from eventplanner.services.events import rows, snapshot_writes, snapshots
from eventplanner.services.events.clashes import venue_clashes
from eventplanner.services.events.owned import series_edit_tables
from eventplanner.services.events.owned_moves import move_with_event
from eventplanner.services.events.owned_table import Shift
from eventplanner.services.events.snapshot_overwrite import Revision, overwrite
from eventplanner.services.events.snapshots import EventSnapshot
from eventplanner.services.events.task_moves import (
    TasksFrom,
    tasks_followed_since,
    tasks_start,
)
from eventplanner.services.events.touches import touches
from eventplanner.services.events.write_results import EventWritten, SplitWritten, event_changes


class _EventHelpers(Protocol):
    """What ``SeriesSplitting`` uses of the ``EventService`` it is part of."""

    _db: Database

    def _checked(self, draft: EventDraft) -> EventDraft: ...
    def _locked_row(self, session: Session, event_id: int, expected: int | None) -> EventRow: ...
    def _to_event(self, session: Session, row: EventRow) -> Event: ...
    def _row(self, session: Session, event_id: int, *, lock: bool = False) -> EventRow: ...
    def _check_references(self, session: Session, draft: EventDraft) -> None: ...
    def _rule(self, draft: EventDraft) -> str | None: ...
    def _set_tags(self, session: Session, row: EventRow, names: Sequence[str]) -> None: ...
    def _store_occurrences(self, session: Session, event_id: int, draft: EventDraft) -> None: ...
    def _rewrite(
        self,
        session: Session,
        row: EventRow,
        draft: EventDraft,
        changes: Sequence[OccurrenceChange],
        *,
        revised: bool = True,
    ) -> None: ...


class SeriesSplitting:
    """The part of ``EventService`` that splits series (it supplies the helpers used)."""

    @reported
    def split_series(
        self: _EventHelpers,
        event_id: int,
        recurrence_id: RecurrenceId,
        draft: EventDraft,
        *,
        expected_version: int | None = None,
        redo_of: EventSnapshot | None = None,
        dropped: Drop | None = None,
        drop_exceptions: bool = False,
    ) -> SplitWritten:
        """Edit a series from its occurrence ``recurrence_id`` on, as ``draft`` says.

        The series keeps its UID and the occurrences before ``recurrence_id``: its rule ends
        just before it (a COUNT becomes an UNTIL), with its skipped dates and changes from
        before then. A new series with a UID and a revision of its own (SEQUENCE 0) starts
        at ``recurrence_id`` as ``draft``, usually ``split_draft`` as a person edited it (a
        COUNT there counts the occurrences left). Changed occurrences from the split on go
        to the new series, re-keyed to its occurrences or dropped by the rule of
        ``domain.series.carried_changes``. At the first occurrence this is editing the
        whole series: no new series, and ``SplitResult.earlier`` is None (so is a split at
        the series' start, which is how a drag of the whole series keeps its changes).

        From the series' start the whole series is edited by the rule of ``update`` (its
        exceptions move with it; ExceptionsLostError unless ``drop_exceptions`` when some
        cannot).

        ``dropped`` is the occurrence a drag moved: it lands where it was dropped, whatever
        change of its own had moved it before (``domain.series.carried_changes``).

        ``redo_of`` is the new series as an undone split (``unsplit``) left it: it comes
        back under its UID with a higher SEQUENCE, so calendars take it as the newest, and
        with what it owned beyond its tags and changed occurrences (``snapshots``). Without
        it the new series gets what each owned table's split rule gives it.

        Raises ConflictError, naming the event, when someone else saved it after
        ``expected_version``; ValidationError when ``recurrence_id`` is not one of its
        occurrences or ``draft`` cannot be saved. All of it happens or none.
        """
        with self._db.transaction() as session:
            row = self._locked_row(session, event_id, expected_version)
            before = self._to_event(session, row)
            source = snapshots.take_one(session, event_id)
            tasks_from = tasks_start(session, event_id)
            if before.recurrence is not None and recurrence_id == start_key(before.timing):
                # From its start: the whole series, edited by the same rule as ``update``.
                edit = whole_series_edit(before, draft, dropped)
                if edit.loses_exceptions and not drop_exceptions:
                    raise ExceptionsLostError(edit)
                whole_draft = self._checked(edit.draft)
                self._check_references(session, whole_draft)
                self._rewrite(session, row, whole_draft, edit.changes)
                moved = _moved_whole(session, row.id, before, whole_draft, tasks_from)
                whole = self._to_event(session, row)
                return _written(session, source, None, whole, moved)
            later = self._checked(draft)
            plan = split_series(before, recurrence_id, later, dropped)
            self._check_references(session, later)
            if plan.earlier is None:
                self._rewrite(session, row, later, plan.later_changes)
                moved = _moved_whole(session, row.id, before, later, tasks_from)
                whole = self._to_event(session, row)
                return _written(session, source, None, whole, moved)
            if redo_of is not None and _row_by_uid(session, redo_of.uid) is not None:
                raise ValidationError("uid", f"{redo_of.title!r} exists already")
            self._rewrite(session, row, self._checked(plan.earlier), plan.earlier_changes)
            now = rows.now_utc()
            added = EventRow(
                uid=redo_of.uid if redo_of else rows.new_uid(),
                sequence=redo_of.sequence + 1 if redo_of else 0,
                created_at=redo_of.event.created_at if redo_of else now,
                modified_at=now,
                **rows.event_columns(later, self._rule(later)),
            )
            self._rewrite(session, added, later, plan.later_changes, revised=False)
            earlier, split_off = self._to_event(session, row), self._to_event(session, added)
            snapshot_writes.carry_to_split(session, source, split_off, redo_of)
            # Its tasks stay with the earlier part, counted from its first occurrence as held.
            moved = tasks_followed_since(session, row.id, tasks_from)
            return _written(session, source, earlier, split_off, moved)

    @reported
    def unsplit(
        self: _EventHelpers, original: EventSnapshot, split_off_uid: str | None
    ) -> EventWritten:
        """Undo ``split_series``: the series comes back exactly as ``original`` holds it
        (its UID, fields, tags, rule, skipped dates, changed occurrences and tasks: what
        the split wrote; its registrations and budget lines as they are now) and the
        series split off from it (``split_off_uid``, None when the whole series was
        edited) is deleted with what it owns, in one transaction. SEQUENCE
        rises, so calendars take it as the newest. With None it also undoes an ``update``
        of the whole series exactly: the changed occurrences that edit dropped come back.
        """
        with self._db.transaction() as session:
            row = _row_by_uid(session, original.uid)
            if row is None:
                raise NotFoundError(f"{original.title!r} no longer exists (it was deleted)")
            ident = row.id
            before = touches(session, [ident])
            deleted = []
            if split_off_uid is not None and split_off_uid != original.uid:
                split_off = _row_by_uid(session, split_off_uid)
                if split_off is not None:
                    deleted = touches(session, [split_off.id])
                    snapshot_writes.remove(session, [split_off.id])
            self._check_references(session, original.event.draft())
            # Only what the split wrote: records added since (registrations, budget
            # lines) stay.
            overwrite(session, [(ident, original)], Revision.NEWER, series_edit_tables())
            event = self._to_event(session, self._row(session, ident))
            after = touches(session, [ident])
            changes = event_changes(changed=before + after, deleted=deleted)
            return EventWritten(event, changes)

    def _rewrite(
        self: _EventHelpers,
        session: Session,
        row: EventRow,
        draft: EventDraft,
        changes: Sequence[OccurrenceChange],
        *,
        revised: bool = True,
    ) -> None:
        """Make ``row`` (stored, or new and not yet added) the checked ``draft`` with exactly
        these changed occurrences, its stored occurrences worked out again; ``revised``
        raises its SEQUENCE."""
        rule = self._rule(draft)
        for name, value in rows.event_columns(draft, rule).items():
            setattr(row, name, value)
        self._set_tags(session, row, draft.tags)
        if row.changes:
            row.changes = []
            session.flush()  # the old changes go before new ones of the same occurrence come
        row.changes = [rows.change_to_row(c) for c in changes]
        if rule is not None:
            row.series_ends_at = rows.series_end(draft.timing, rule, changes)
        if revised:
            row.sequence += 1
            row.modified_at = rows.now_utc()
        session.add(row)  # a new row joins the session whole: one INSERT, its first version
        session.flush()
        session.execute(delete(SeriesOccurrenceRow).where(SeriesOccurrenceRow.event_id == row.id))
        self._store_occurrences(session, row.id, draft)


def _moved_whole(
    session: Session, event_id: int, before: Event, draft: EventDraft, tasks_from: TasksFrom
) -> ChangeSet:
    """What moves with a series saved whole as ``draft``, as ``update`` moves it: what it
    owns with times of its own, its tasks counted again (``owned_moves.move_with_event``)."""
    days = (first_day_of(draft.timing) - first_day_of(before.timing)).days
    return move_with_event(session, event_id, Shift(days, draft.timing.time_zone),
                           tasks_before=tasks_from)  # fmt: skip


def _written(
    session: Session,
    source: EventSnapshot,
    earlier: Event | None,
    later: Event,
    moved: ChangeSet,
) -> SplitWritten:
    """The split's result: the series changed (where it lay, where it lies) and the part
    split off, if any, created; with what moved along (its tasks)."""
    if earlier is None:
        changed = [source.touch(), *touches(session, [later.id])]
        changes = event_changes(changed=changed)
    else:
        changed = [source.touch(), *touches(session, [earlier.id])]
        created = touches(session, [later.id])
        changes = event_changes(created=created, changed=changed)
    return SplitWritten(earlier, later, venue_clashes(session, later), changes | moved)


def _row_by_uid(session: Session, uid: str) -> EventRow | None:
    statement = select(EventRow).where(EventRow.uid == uid).with_for_update()
    return session.scalars(statement).one_or_none()
