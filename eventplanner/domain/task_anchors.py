"""The days an event's tasks are counted from, and what a save of the event makes of them
(issue 15): one rule for the move itself and for its preview ("which tasks will move").

A single event's tasks count from its first and last day, in its own zone (an end at
midnight ends the day before). A series' count from its first occurrence as it will be
held: the first one not struck out, where a change of its own has moved it (or a later
one moved before it, if one was). A cancelled occurrence is still one of the series
(cancelling is no move); its first and last day are the "start" and "end" of the series,
as playbooks plan them.

A save of an event is one of the ``EventEdit`` kinds: a new timing (a single event dragged),
the event saved whole (``WholeEdit``: a series' whole-series edit, its exceptions carried by
``domain.series_edits``), one occurrence changed (``OccurrenceEdit``), or a series edited
from one occurrence on (``FollowingEdit``: its tasks stay with the earlier part, as
``split_series`` leaves them). ``shape_after`` says what the event that keeps the tasks is
once it is saved, by the same domain rules the save follows.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, time, timedelta

from eventplanner.domain.model import Event, EventDraft, OccurrenceChange
from eventplanner.domain.recurrence import (
    Recurrence,
    RecurrenceId,
    normalize_rule,
    recurrence_id_text,
    recurrence_ids,
)
from eventplanner.domain.series import (
    Drop,
    first_of,
    occurrence_timing,
    split_series,
    start_key,
)
from eventplanner.domain.series_edits import whole_series_edit
from eventplanner.domain.timezones import zone
from eventplanner.domain.timing import AllDaySpan, Timing


@dataclass(frozen=True, slots=True)
class EventShape:
    """What of an event its tasks count from: its timing and, for a series, its rule with
    the dates struck out and its changed occurrences."""

    timing: Timing
    recurrence: Recurrence | None = None
    changes: tuple[OccurrenceChange, ...] = ()

    @classmethod
    def of(cls, event: Event) -> EventShape:
        return cls(event.timing, event.recurrence, tuple(event.changes))


def days_of(timing: Timing, time_zone: str | None = None) -> tuple[date, date]:
    """The first and last day of ``timing`` in ``time_zone`` (the timing's own when None);
    an end at midnight ends the day before."""
    if isinstance(timing, AllDaySpan):
        return timing.first_day, timing.last_day
    where = zone(time_zone or timing.time_zone)
    start, end = timing.start.astimezone(where), timing.end.astimezone(where)
    last = end.date() if end.time() != time(0) else end.date() - timedelta(days=1)
    return start.date(), max(last, start.date())


def anchor_days(shape: EventShape) -> tuple[date, date]:
    """The event's start and end day as its tasks count them (see the module's rule)."""
    timing = shape.timing
    own_zone = timing.time_zone
    recurrence = shape.recurrence
    if recurrence is None:
        return days_of(timing, own_zone)
    struck = set(recurrence.exdates)
    held: list[Timing] = []
    # Among the first len(struck) + 1 occurrences one is not struck out, if the series
    # has that many: the walk stops there.
    keys = recurrence_ids(recurrence.rule, first_of(timing), own_zone, limit=len(struck) + 1)
    first = next((k for k in keys if k not in struck), None)
    moved = {c.recurrence_id: c.timing for c in shape.changes if c.timing is not None}
    if first is not None:
        held.append(moved.get(first) or occurrence_timing(timing, first))
    held += [t for key, t in moved.items() if key not in struck]
    if not held:  # every occurrence struck out: the series' own start
        return days_of(timing, own_zone)
    return min(days_of(t, own_zone) for t in held)


@dataclass(frozen=True, slots=True)
class WholeEdit:
    """The event saved as ``draft``; a series, the whole of it (``dropped``: the occurrence
    a drag of the whole series moved)."""

    draft: EventDraft
    dropped: Drop | None = None


@dataclass(frozen=True, slots=True)
class OccurrenceEdit:
    """One occurrence of a series changed (moved, retitled, cancelled)."""

    change: OccurrenceChange


@dataclass(frozen=True, slots=True)
class FollowingEdit:
    """A series edited from its occurrence ``recurrence_id`` on, as ``draft`` ("this and
    following"; from its start, the whole series)."""

    recurrence_id: RecurrenceId
    draft: EventDraft
    dropped: Drop | None = None


EventEdit = Timing | WholeEdit | OccurrenceEdit | FollowingEdit
"""A save of an event that may move its tasks; a ``Timing`` alone is the event saved with
that timing and nothing else changed."""


def shape_after(before: Event, edit: EventEdit) -> EventShape:
    """What the event that keeps the tasks of ``before`` is once ``edit`` is saved: the
    event itself, or for a series split in two the earlier part (which keeps its id and its
    tasks). Raises ValidationError where the save itself would (a rule it cannot read, an
    occurrence the series does not have)."""
    if isinstance(edit, OccurrenceEdit):
        key = edit.change.recurrence_id
        changes = tuple(c for c in before.changes if c.recurrence_id != key)
        return EventShape(before.timing, before.recurrence, (*changes, edit.change))
    if isinstance(edit, FollowingEdit):
        if before.recurrence is None or edit.recurrence_id != start_key(before.timing):
            plan = split_series(before, edit.recurrence_id, _normalised(edit.draft), edit.dropped)
            if plan.earlier is None:
                later = plan.later
                return EventShape(later.timing, later.recurrence, plan.later_changes)
            earlier = plan.earlier
            return EventShape(earlier.timing, earlier.recurrence, plan.earlier_changes)
        edit = WholeEdit(edit.draft, edit.dropped)
    if isinstance(edit, WholeEdit):
        draft, dropped = edit.draft, edit.dropped
    else:
        draft, dropped = replace(before.draft(), timing=edit), None
    series = whole_series_edit(before, draft, dropped)
    return EventShape(series.draft.timing, series.draft.recurrence, series.changes)


def _normalised(draft: EventDraft) -> EventDraft:
    """The draft's rule as the service saves it (``EventService._checked``)."""
    recurrence = draft.recurrence
    if recurrence is None:
        return draft
    timing = draft.timing
    rule = normalize_rule(recurrence.rule, all_day=timing.all_day, time_zone=timing.time_zone)
    exdates = tuple(sorted(set(recurrence.exdates), key=recurrence_id_text))
    return replace(draft, recurrence=Recurrence(rule, exdates))
