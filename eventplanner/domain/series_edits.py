"""A whole series edited at once (a new start, end, zone or rule): what it keeps of its
exceptions, and what it would lose.

The rule, the same for the editor's "whole series", the command line's ``edit`` and a drag
of the whole series in a view:

* The series moves by the wall-clock step from its old first start to its new one, in its
  own zone, so 10:00 stays 10:00 local across a clock change.
* Every exception moves by the same step: the skipped dates (the caller's draft already
  has them moved, as the editor and ``moved_recurrence_id`` do), each changed occurrence's
  RECURRENCE-ID, and an override's own time when it was the time the series gave it.
  An override moved to a time of its own keeps that time.
* An UNTIL the person did not change moves by the same step too (``moved_rule`` when the
  rule is unchanged, else only the UNTIL), so the number of occurrences stays the same;
  a series moved to another zone keeps its UNTIL at the same clock time there.
* An exception whose date the new series no longer has (a new weekday pattern, a
  shorter end, a series that stops repeating) cannot be carried: it is listed in
  ``SeriesEdit.lost_skipped`` and ``lost_changes``, for the caller to ask about.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.model import Event, EventDraft, OccurrenceChange
from eventplanner.domain.recurrence import (
    Recurrence,
    RecurrenceId,
    is_occurrence,
    normalize_rule,
    until_moved,
)
from eventplanner.domain.rules import Until, parse
from eventplanner.domain.series import (
    Drop,
    carried_changes,
    first_day_of,
    first_of,
    moved_recurrence_id,
    moved_rule,
    start_key,
)
from eventplanner.domain.timezones import zone
from eventplanner.domain.timing import Timing


@dataclass(frozen=True, slots=True)
class SeriesEdit:
    """What saving a whole-series edit keeps and what it loses (``whole_series_edit``)."""

    draft: EventDraft
    """The series as it is saved: its UNTIL moved with it, the skipped dates it can keep."""
    changes: tuple[OccurrenceChange, ...]
    """The changed occurrences, re-keyed to the moved series."""
    lost_skipped: tuple[RecurrenceId, ...] = ()
    """Skipped dates (as the draft gave them) the new series does not have."""
    lost_changes: tuple[OccurrenceChange, ...] = ()
    """Changed occurrences (as they were) the new series does not have."""

    @property
    def loses_exceptions(self) -> bool:
        return bool(self.lost_skipped or self.lost_changes)


class ExceptionsLostError(ValidationError):
    """A whole-series edit that would drop exceptions, refused until the person agrees
    (``drop_exceptions``); ``edit`` says what would be kept and what lost."""

    def __init__(self, edit: SeriesEdit) -> None:
        super().__init__("recurrence", "the changed series would lose " + lost_text(edit))
        self.edit = edit


def lost_text(edit: SeriesEdit) -> str:
    """What ``edit`` loses, in words: "the skipped 2027-03-09 10:00 and the cancelled
    2027-03-16 10:00"."""
    items = [f"the skipped {moment_text(x)}" for x in edit.lost_skipped]
    items += [f"the {change_kind(c)} {moment_text(c.recurrence_id)}" for c in edit.lost_changes]
    return ", ".join(items[:-1]) + (" and " if len(items) > 1 else "") + items[-1]


def moment_text(key: RecurrenceId) -> str:
    """An occurrence as a person reads it: ``2027-03-09 10:00`` or ``2027-03-09``."""
    return f"{key:%Y-%m-%d %H:%M}" if isinstance(key, datetime) else key.isoformat()


def change_kind(change: OccurrenceChange) -> str:
    """What was changed about an occurrence: "cancelled", "moved" or "changed"."""
    if change.cancelled:
        return "cancelled"
    return "moved" if change.timing is not None else "changed"


def whole_series_edit(event: Event, edited: EventDraft, dropped: Drop | None = None) -> SeriesEdit:
    """``event`` (stored) saved as ``edited``, the whole series: its exceptions carried by the
    rule of this module. ``edited``'s skipped dates are taken as already moved with its start
    (as the editor and ``moved_series_draft`` give them); ``dropped`` is the occurrence a drag
    moved (``carried_changes``). Raises ValidationError for a rule that cannot be read."""
    if event.recurrence is None:
        return SeriesEdit(edited, ())
    if edited.recurrence is None:
        # A series that stops repeating has no occurrences left to carry exceptions to.
        return SeriesEdit(edited, (), event.recurrence.exdates, event.changes)
    timing = edited.timing
    rule = normalize_rule(
        edited.recurrence.rule, all_day=timing.all_day, time_zone=timing.time_zone
    )
    rule = _rule_moved_with_start(event, edited, rule)
    first = first_of(timing)
    kept = tuple(x for x in edited.recurrence.exdates
                 if is_occurrence(rule, first, timing.time_zone, x))  # fmt: skip
    lost_skipped = tuple(x for x in edited.recurrence.exdates if x not in kept)
    draft = replace(edited, recurrence=Recurrence(rule, kept))
    carried = carried_changes(event, start_key(event.timing), draft, dropped)
    was, now = start_key(event.timing), start_key(timing)
    flipped = timing.all_day != event.timing.all_day

    def lost(change: OccurrenceChange) -> bool:
        moved = moved_recurrence_id(change.recurrence_id, was, now)
        return (
            (flipped and change.timing is not None)
            or moved in kept
            or not is_occurrence(rule, first, timing.time_zone, moved)
        )

    lost_changes = tuple(c for c in event.changes if lost(c))
    return SeriesEdit(draft, carried, lost_skipped, lost_changes)


def _rule_moved_with_start(event: Event, edited: EventDraft, rule: str) -> str:
    """``rule`` (canonical) with what the person did not change moved with the start: the
    whole rule when it is the old one, else only an UNTIL that is the old one."""
    assert event.recurrence is not None
    old, new = event.timing, edited.timing
    if old.all_day != new.all_day:
        return rule
    old_rule = event.recurrence.rule
    if old.time_zone != new.time_zone:
        # Occurrences are wall-clock times in the series' zone, UNTIL an instant: read in
        # the new zone, the old UNTIL would cut or add a session (10:00 London is 09:00 UTC
        # where 10:00 Stockholm was 08:00). Re-read it at the same clock time there first.
        old_rule, rule = _rezoned(old_rule, rule, old.time_zone, new.time_zone)
    was, now = start_key(old), start_key(new)
    if was == now:
        return rule
    if isinstance(was, datetime) and isinstance(now, datetime):
        step = now - was
    else:
        step = timedelta(days=(first_day_of(new) - first_day_of(old)).days)
    if rule == old_rule:
        return moved_rule(rule, first_day_of(old), first_day_of(new), step, new.time_zone)
    old_until, new_until = _until(old_rule), _until(rule)
    if old_until is None or old_until != new_until:
        return rule
    return str(replace(parse(rule), until=until_moved(old_until, step, new.time_zone)))


def _rezoned(old_rule: str, rule: str, old_zone: str, new_zone: str) -> tuple[str, str]:
    """``old_rule`` with its UTC UNTIL at the same clock time in ``new_zone``, and ``rule``
    likewise where its UNTIL is the old one (one the person typed is kept as given)."""
    old_until = _until(old_rule)
    if not isinstance(old_until, datetime):
        return old_rule, rule
    wall = old_until.astimezone(zone(old_zone)).replace(tzinfo=None)
    # Attached as the rule's own occurrences are (dateutil), as ``until_shifted`` does.
    there = wall.replace(tzinfo=zone(new_zone)).astimezone(UTC)
    moved_old = str(replace(parse(old_rule), until=there))
    if rule == old_rule:
        return moved_old, moved_old
    if _until(rule) == old_until:
        rule = str(replace(parse(rule), until=there))
    return moved_old, rule


def _until(rule: str) -> Until | None:
    return parse(rule).until


def moved_series_draft(series: EventDraft, timing: Timing) -> EventDraft:
    """``series`` starting as ``timing`` instead, its skipped dates moved with the start (as
    the editor moves them); the rest (UNTIL, the changed occurrences) is ``whole_series_edit``'s."""
    if series.recurrence is None:
        return replace(series, timing=timing)
    was, now = start_key(series.timing), start_key(timing)
    skipped = tuple(moved_recurrence_id(x, was, now) for x in series.recurrence.exdates)
    return replace(series, timing=timing, recurrence=replace(series.recurrence, exdates=skipped))
