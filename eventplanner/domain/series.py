"""Where the occurrences of a series fall, what a change to one of them keeps, and how a
series is cut in two at one of its occurrences ("this and following")."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.model import Event, EventDraft, OccurrenceChange
from eventplanner.domain.moves import SHORTEST, real_length
from eventplanner.domain.recurrence import (
    UNLIMITED,
    Recurrence,
    RecurrenceId,
    bound_of,
    is_occurrence,
    occurrence_start,
    recurrence_id_text,
    recurrence_ids,
    rule_ending_before,
    rule_from,
    until_shifted,
)
from eventplanner.domain.rules import Frequency, WeekdayNum, parse
from eventplanner.domain.timezones import localize, to_utc, zone
from eventplanner.domain.timing import AllDaySpan, TimedSpan, Timing


def first_of(timing: Timing) -> date | datetime:
    """The series' DTSTART: an aware start, or the first day."""
    return timing.start if isinstance(timing, TimedSpan) else timing.first_day


def first_day_of(timing: Timing) -> date:
    return timing.start.date() if isinstance(timing, TimedSpan) else timing.first_day


def occurrence_timing(timing: Timing, recurrence_id: RecurrenceId) -> Timing:
    """The timing of the occurrence ``recurrence_id`` of a series with this first timing."""
    start = occurrence_start(recurrence_id, timing.time_zone)
    if isinstance(timing, TimedSpan):
        assert isinstance(start, datetime)
        # Every occurrence lasts as long as the first, in real time even across a clock change.
        end = (start.astimezone(UTC) + timing.duration).astimezone(start.tzinfo)
        return TimedSpan.trusted(start, end, timing.time_zone)
    assert isinstance(start, date)
    return AllDaySpan.trusted(start, start + (timing.last_day - timing.first_day), timing.time_zone)


def occurrence_change(event: Event, key: RecurrenceId, edited: EventDraft) -> OccurrenceChange:
    """One occurrence edited as ``edited``: only what differs from the series is kept, so
    later edits of the whole series still reach the fields this occurrence did not change."""
    return OccurrenceChange(
        recurrence_id=key,
        title=edited.title if edited.title != event.title else None,
        timing=edited.timing if edited.timing != occurrence_timing(event.timing, key) else None,
        status=edited.status if edited.status != event.status else None,
    )


def occurrence_moved(event: Event, key: RecurrenceId, timing: Timing) -> OccurrenceChange:
    """Occurrence ``key`` dragged to ``timing``; whatever else was changed about it stays."""
    previous = next((c for c in event.changes if c.recurrence_id == key), None)
    kept = previous if previous is not None else OccurrenceChange(recurrence_id=key)
    moved = timing if timing != occurrence_timing(event.timing, key) else None
    return replace(kept, timing=moved)


def series_moved(event: Event, key: RecurrenceId, before: Timing, after: Timing) -> EventDraft:
    """The whole series moved as its occurrence ``key`` was dragged from ``before`` (where it
    was shown) to ``after``: every occurrence moves by the same days and clock time in the
    series' zone and grows or shrinks by as much as the dragged one did; the end date, the
    weekdays it repeats on and the struck-out dates follow. Whether the result is a valid
    series is for validation to say.

    The step is measured from where the series puts occurrence ``key``, not from where a
    change of its own had moved it: a Monday session moved on its own to Tuesday and dropped
    on Wednesday takes the series to Wednesdays, so it lands where it was dropped (its own
    timing goes: ``carried_changes`` with a ``Drop``). A drag that leaves the start where it
    was (a new end) moves no occurrence, only their length."""
    assert event.recurrence is not None
    first = event.timing
    exdates = event.recurrence.exdates
    slot = occurrence_timing(first, key)
    timing: Timing
    if isinstance(first, AllDaySpan):
        if not isinstance(before, AllDaySpan) or not isinstance(after, AllDaySpan):
            raise ValidationError("timing", "an occurrence keeps its series' all-day setting")
        assert isinstance(slot, AllDaySpan)
        origin = before.first_day if after.first_day == before.first_day else slot.first_day
        step = timedelta(days=(after.first_day - origin).days)
        last = max(first.last_day + step + timedelta(days=after.days - before.days),
                   first.first_day + step)  # fmt: skip
        timing = AllDaySpan(first.first_day + step, last, first.time_zone)
        moved_ids: tuple[RecurrenceId, ...] = tuple(d + step for d in exdates)
    else:
        if not isinstance(before, TimedSpan) or not isinstance(after, TimedSpan):
            raise ValidationError("timing", "an occurrence keeps its series' all-day setting")
        assert isinstance(slot, TimedSpan)
        tz = zone(first.time_zone)
        start_from = before.start if after.start == before.start else slot.start
        old = start_from.astimezone(tz).replace(tzinfo=None, fold=0)
        new = after.start.astimezone(tz).replace(tzinfo=None, fold=0)
        step = new - old
        start = localize(first.start.replace(tzinfo=None, fold=0) + step, first.time_zone)
        longer = real_length(after) - real_length(before)
        length = max(real_length(first) + longer, SHORTEST)
        timing = TimedSpan(start, to_utc(start) + length, first.time_zone)
        moved_ids = tuple(d + step for d in exdates)
    rule = moved_rule(
        event.recurrence.rule, first_day_of(first), first_day_of(timing), step, first.time_zone
    )
    return replace(event.draft(), timing=timing, recurrence=Recurrence(rule, moved_ids))


def following_moved(event: Event, key: RecurrenceId, before: Timing, after: Timing) -> EventDraft:
    """The series from its occurrence ``key`` on (``split_draft``), moved as that occurrence
    was dragged from ``before`` to ``after``: what ``series_moved`` does to a whole series,
    done to the rest of it. The occurrences before ``key`` are not touched."""
    rest = split_draft(event, key)
    return series_moved(
        replace(event, timing=rest.timing, recurrence=rest.recurrence), key, before, after
    )


@dataclass(frozen=True, slots=True)
class Drop:
    """An occurrence dragged in a view and let go: which one, and where it landed."""

    recurrence_id: RecurrenceId
    timing: Timing


def moved_rule(rule: str, old_first: date, new_first: date, step: timedelta, time_zone: str) -> str:
    """A canonical rule for a series whose start moved from ``old_first`` to ``new_first``
    (``step`` in wall-clock time in the series' ``time_zone``): UNTIL moves as far on that
    clock (``until_shifted``, so no occurrence is lost or gained across a clock change),
    weekdays by as many days, and a "second Tuesday" or "the 9th" follows the new start."""
    days = (new_first - old_first).days
    value = parse(rule)
    monthly = value.frequency in (Frequency.MONTHLY, Frequency.YEARLY)
    if isinstance(value.until, datetime):
        value = replace(value, until=until_shifted(value.until, step, time_zone))
    elif value.until is not None:
        value = replace(value, until=value.until + timedelta(days=days))
    items = value.by_day
    if days and items:
        shifted = []
        for item in items:
            nth, weekday = item.nth, new_first.weekday()
            if len(items) > 1 or nth is None:
                weekday = (item.weekday + days) % 7
            if nth is not None and monthly and len(items) == 1 and not value.by_set_pos:
                nth = _weekday_number(new_first, last=nth == -1)
            shifted.append(WeekdayNum(weekday, nth))
        value = replace(value, by_day=tuple(shifted))
        if value.frequency is Frequency.WEEKLY and len(items) > 1 and value.step != 1:
            # Every other week on Mon and Thu moved back a day is Sun and Wed in weeks that
            # start on Sunday: otherwise the Sunday falls in the week before.
            start = ((value.week_start or 0) + days) % 7
            value = replace(value, week_start=start or None)
    if days and monthly and value.by_month_day == (old_first.day,):
        value = replace(value, by_month_day=(new_first.day,))
    if days and value.frequency is Frequency.YEARLY and value.by_month == (old_first.month,):
        value = replace(value, by_month=(new_first.month,))
    return str(value)


def _weekday_number(day: date, *, last: bool) -> int:
    """Which of its weekday ``day`` is in its month: 2 for the second, -1 for the last."""
    position = (day.day - 1) // 7 + 1
    is_last = (day + timedelta(days=7)).month != day.month
    return -1 if (last and is_last) or position > 4 else position


def start_key(timing: Timing) -> RecurrenceId:
    """The recurrence id of a series' first occurrence: its wall-clock start, or its day."""
    return timing.start.replace(tzinfo=None) if isinstance(timing, TimedSpan) else timing.first_day


def moved_recurrence_id(
    key: RecurrenceId, old_first: RecurrenceId, new_first: RecurrenceId
) -> RecurrenceId:
    """Where occurrence ``key`` goes when its series' start moves from ``old_first`` to
    ``new_first`` (recurrence ids both): by the same wall-clock time, or the same number of
    days; into the new start's time of day when a series becomes timed."""
    if isinstance(new_first, datetime):
        if isinstance(old_first, datetime) and isinstance(key, datetime):
            return key + (new_first - old_first)
        return datetime.combine(_day(key) + (new_first.date() - _day(old_first)), new_first.time())
    return _day(key) + (new_first - _day(old_first))


def _day(value: RecurrenceId) -> date:
    return value.date() if isinstance(value, datetime) else value


@dataclass(frozen=True, slots=True)
class SeriesSplit:
    """A series cut at one of its occurrences: what each part becomes (``split_series``)."""

    earlier: EventDraft | None
    """The series as it was, ending just before the split; None when nothing is left
    before it (the split is at the first occurrence): then the whole series is edited."""
    earlier_changes: tuple[OccurrenceChange, ...]
    later: EventDraft
    """The series from the split on, with the edit."""
    later_changes: tuple[OccurrenceChange, ...]


def _checked_occurrence(event: Event, key: RecurrenceId) -> Recurrence:
    recurrence = event.recurrence
    if recurrence is None:
        raise ValidationError("recurrence_id", f"{event.title!r} is not a series")
    timing = event.timing
    if key in recurrence.exdates or not is_occurrence(
        recurrence.rule, first_of(timing), timing.time_zone, key
    ):
        raise ValidationError(
            "recurrence_id",
            f"{recurrence_id_text(key)} is not an occurrence of {event.title!r}",
        )
    return recurrence


def split_draft(event: Event, key: RecurrenceId) -> EventDraft:
    """The series from its occurrence ``key`` on, as an editor first shows it: the series'
    fields, the original time of that occurrence (not where a change moved it), what is left
    of the rule (a COUNT counts only the occurrences left) and the skipped dates from ``key``
    on. Raises ValidationError on ``recurrence_id`` when ``key`` is not an occurrence."""
    recurrence = _checked_occurrence(event, key)
    timing = event.timing
    rule = rule_from(recurrence.rule, first_of(timing), timing.time_zone, key)
    skipped = tuple(x for x in recurrence.exdates if x >= key)
    return replace(
        event.draft(),
        timing=occurrence_timing(timing, key),
        recurrence=Recurrence(rule, skipped),
    )


def split_series(
    event: Event, key: RecurrenceId, later: EventDraft, dropped: Drop | None = None
) -> SeriesSplit:
    """Cut ``event`` (a series) at its occurrence ``key``: the occurrences before it stay in
    the series as they were, and ``later`` (usually ``split_draft`` as a person edited it)
    takes over from ``key`` on.

    The earlier part keeps its rule cut to end before ``key`` (``rule_ending_before``), the
    skipped dates and changes before ``key``. When no occurrence before ``key`` is left (it
    is the first, or every earlier one was skipped) there is no earlier part: ``later``
    replaces the whole series. ``key`` may be the series' start even when that occurrence
    was struck out: the whole series is edited (a drag of the whole series does this).

    Changed occurrences from ``key`` on go with ``later`` (``carried_changes``; ``dropped``
    is the occurrence a drag moved, which lands where it was dropped).
    """
    if event.recurrence is not None and key == start_key(event.timing):
        recurrence = event.recurrence
    else:
        recurrence = _checked_occurrence(event, key)
    timing = event.timing
    first = first_of(timing)
    cut = rule_ending_before(recurrence.rule, first, timing.time_zone, key)
    earlier_skipped = tuple(x for x in recurrence.exdates if x < key)
    earlier: EventDraft | None = None
    if cut is not None and _any_left(
        recurrence.rule, first, timing.time_zone, key, earlier_skipped
    ):
        earlier = replace(event.draft(), recurrence=Recurrence(cut, earlier_skipped))
    earlier_changes = (
        tuple(c for c in event.changes if c.recurrence_id < key) if earlier is not None else ()
    )
    carried = carried_changes(event, key, later, dropped)
    return SeriesSplit(earlier, earlier_changes, later, carried)


def _any_left(
    rule: str,
    first: date | datetime,
    time_zone: str,
    key: RecurrenceId,
    skipped: tuple[RecurrenceId, ...],
) -> bool:
    bound = bound_of(key, time_zone)
    gone = set(skipped)
    ids = recurrence_ids(rule, first, time_zone, before=bound, limit=UNLIMITED)
    return any(k not in gone for k in ids)


def carried_changes(
    event: Event, key: RecurrenceId, later: EventDraft, dropped: Drop | None = None
) -> tuple[OccurrenceChange, ...]:
    """The changed occurrences of ``event`` from ``key`` on, as they belong to ``later``.

    The rule: each change is re-keyed the way the editor moves skipped dates when a start
    moves, by the shift from occurrence ``key`` to ``later``'s first start (the same
    wall-clock time, or the same number of days). So "from here on at 17:00, not 18:00"
    keeps a cancelled or retitled session cancelled or retitled. A change is dropped when
    its re-keyed occurrence is not one of ``later``'s (the rule changed under it), is one of
    ``later``'s skipped dates, or when ``later`` does not repeat; a change that moved its
    occurrence is also dropped when ``later`` switched between all-day and timed. A moved
    occurrence keeps the time it was moved to (shown in ``later``'s zone), unless that was
    the time the series gave it: then it moves with the series. The exception is the one a
    drag moved (``dropped``): it lands where it was dropped, with no timing of its own when
    that is where ``later`` puts it, and keeps its other changes (a title, a cancellation).
    """
    if later.recurrence is None:
        return ()
    new_timing = later.timing
    new_first = start_key(new_timing)
    flipped = new_timing.all_day != event.timing.all_day
    skipped = set(later.recurrence.exdates)
    carried: list[OccurrenceChange] = []
    for change in event.changes:
        if change.recurrence_id < key:
            continue
        if flipped and change.timing is not None:
            continue
        moved = moved_recurrence_id(change.recurrence_id, key, new_first)
        if moved in skipped or not is_occurrence(
            later.recurrence.rule, first_of(new_timing), new_timing.time_zone, moved
        ):
            continue
        timing = change.timing
        if timing is not None and _same_span(
            timing, occurrence_timing(event.timing, change.recurrence_id)
        ):
            timing = occurrence_timing(new_timing, moved)  # it was where the series put it
        if dropped is not None and change.recurrence_id == dropped.recurrence_id:
            timing = dropped.timing
            if _same_span(timing, occurrence_timing(new_timing, moved)):
                timing = None
                if replace(change, timing=None) == OccurrenceChange(change.recurrence_id):
                    continue  # it was only moved: now the series puts it where it was dropped
        if timing is not None and timing.time_zone != new_timing.time_zone:
            timing = replace(timing, time_zone=new_timing.time_zone)
        carried.append(replace(change, recurrence_id=moved, timing=timing))
    return tuple(carried)


def _same_span(a: Timing, b: Timing) -> bool:
    """The same days, or the same instants (whatever zone each is shown in)."""
    if isinstance(a, AllDaySpan) and isinstance(b, AllDaySpan):
        return (a.first_day, a.last_day) == (b.first_day, b.last_day)
    return (
        isinstance(a, TimedSpan) and isinstance(b, TimedSpan) and a.utc_bounds() == b.utc_bounds()
    )
