"""Where the occurrences of a series fall, and what a change to one of them keeps."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.model import Event, EventDraft, OccurrenceChange
from eventplanner.domain.moves import SHORTEST, real_length
from eventplanner.domain.recurrence import Recurrence, RecurrenceId, occurrence_start
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


def series_moved(event: Event, before: Timing, after: Timing) -> EventDraft:
    """The whole series moved as one of its occurrences was dragged from ``before`` to
    ``after``: every occurrence moves by the same days and clock time in the series' zone and
    grows or shrinks by as much; the end date, the weekdays it repeats on and the struck-out
    dates follow. Whether the result is a valid series is for validation to say."""
    assert event.recurrence is not None
    first = event.timing
    exdates = event.recurrence.exdates
    timing: Timing
    if isinstance(first, AllDaySpan):
        if not isinstance(before, AllDaySpan) or not isinstance(after, AllDaySpan):
            raise ValidationError("timing", "an occurrence keeps its series' all-day setting")
        step = timedelta(days=(after.first_day - before.first_day).days)
        last = max(first.last_day + step + timedelta(days=after.days - before.days),
                   first.first_day + step)  # fmt: skip
        timing = AllDaySpan(first.first_day + step, last, first.time_zone)
        moved_ids: tuple[RecurrenceId, ...] = tuple(d + step for d in exdates)
    else:
        if not isinstance(before, TimedSpan) or not isinstance(after, TimedSpan):
            raise ValidationError("timing", "an occurrence keeps its series' all-day setting")
        tz = zone(first.time_zone)
        old = before.start.astimezone(tz).replace(tzinfo=None, fold=0)
        new = after.start.astimezone(tz).replace(tzinfo=None, fold=0)
        step = new - old
        start = localize(first.start.replace(tzinfo=None, fold=0) + step, first.time_zone)
        longer = real_length(after) - real_length(before)
        length = max(real_length(first) + longer, SHORTEST)
        timing = TimedSpan(start, to_utc(start) + length, first.time_zone)
        moved_ids = tuple(d + step for d in exdates)
    rule = moved_rule(event.recurrence.rule, first_day_of(first), first_day_of(timing), step)
    return replace(event.draft(), timing=timing, recurrence=Recurrence(rule, moved_ids))


def moved_rule(rule: str, old_first: date, new_first: date, step: timedelta) -> str:
    """A canonical rule for a series whose start moved from ``old_first`` to ``new_first``
    (``step`` in wall-clock time): UNTIL moves as far, weekdays by as many days, and a
    "second Tuesday" or "the 9th" follows the new start."""
    days = (new_first - old_first).days
    parts = dict(p.split("=", 1) for p in rule.split(";"))
    monthly = parts["FREQ"] in ("MONTHLY", "YEARLY")
    if "UNTIL" in parts:
        value = parts["UNTIL"]
        shape = "%Y%m%dT%H%M%SZ" if "T" in value else "%Y%m%d"
        until = datetime.strptime(value, shape)  # noqa: DTZ007 - the rule's own text
        parts["UNTIL"] = (until + (step if "T" in value else timedelta(days=days))).strftime(shape)
    if days and "BYDAY" in parts:
        items = [_WEEKDAY_ITEM.fullmatch(i) for i in parts["BYDAY"].split(",")]
        if all(items):
            shifted = []
            for item in items:
                assert item is not None
                number, code = item.group(1), _WEEKDAYS[new_first.weekday()]
                if len(items) > 1 or not number:
                    code = _WEEKDAYS[(_WEEKDAYS.index(item.group(2)) + days) % 7]
                if number and monthly and len(items) == 1 and "BYSETPOS" not in parts:
                    number = _weekday_number(new_first, last=number == "-1")
                shifted.append(f"{number}{code}")
            parts["BYDAY"] = ",".join(shifted)
    if days and monthly and parts.get("BYMONTHDAY") == str(old_first.day):
        parts["BYMONTHDAY"] = str(new_first.day)
    if days and parts["FREQ"] == "YEARLY" and parts.get("BYMONTH") == str(old_first.month):
        parts["BYMONTH"] = str(new_first.month)
    return ";".join(f"{name}={value}" for name, value in parts.items())


_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_WEEKDAY_ITEM = re.compile(r"([+-]?\d{0,2})(MO|TU|WE|TH|FR|SA|SU)")


def _weekday_number(day: date, *, last: bool) -> str:
    """Which of its weekday ``day`` is in its month: "2" for the second, "-1" for the last."""
    position = (day.day - 1) // 7 + 1
    is_last = (day + timedelta(days=7)).month != day.month
    return "-1" if (last and is_last) or position > 4 else str(position)
