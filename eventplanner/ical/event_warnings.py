"""What Outlook will show differently from what was planned, said before export: a series
outside its patterns (OUTLOOK.md 6), a zone a yearly pair cannot describe (3), categories
past 255 characters (8), changed occurrences out of order (6)."""

from __future__ import annotations

from datetime import UTC, datetime

from eventplanner.domain.model import Event
from eventplanner.domain.recurrence import UNLIMITED, RecurrenceId, bound_of, recurrence_ids
from eventplanner.domain.rules import parse
from eventplanner.domain.series import first_day_of, first_of, occurrence_timing, start_key
from eventplanner.domain.timing import TimedSpan, Timing
from eventplanner.ical.outlook_rules import OutlookWarning, categories, is_cancelled
from eventplanner.ical.outlook_series import outlook_shape
from eventplanner.ical.vtimezone import zone_definition


def outlook_warnings(event: Event) -> tuple[OutlookWarning, ...]:
    """What Outlook cannot represent in this event, each naming it and saying what Outlook
    will show instead: a recurrence pattern outside its templates (OUTLOOK.md 6), a time
    zone whose rules a yearly pair cannot describe (3), categories past 255 characters (8),
    a changed occurrence overlapping or passing its neighbours (6)."""
    found: list[str] = []
    timing = event.timing
    first_day = first_day_of(timing)
    if event.recurrence is not None:
        note = series_note(event)
        if note is not None:
            found.append(note)
        found += _crowded_changes(event)
    if isinstance(timing, TimedSpan):
        year = max(datetime.now(UTC).year, first_day.year)
        approximate = zone_definition(timing.time_zone, year).approximate
        if approximate is not None:
            found.append(f"“{event.title}”: {approximate}.")
    _, dropped = categories(event.kind, event.tags)
    if dropped:
        found.append(
            f"“{event.title}” has more categories than Outlook keeps (255 characters); "
            f"Outlook will not show {', '.join(dropped)}."
        )
    return tuple(OutlookWarning(event.uid, event.title, message) for message in found)


def series_note(event: Event) -> str | None:
    """What Outlook makes of a series it has no pattern for, in the shape it is written
    (``outlook_shape``); None when Outlook shows the series as planned."""
    assert event.recurrence is not None
    timing = event.timing
    shape = outlook_shape(event.recurrence.rule, first_of(timing), timing.time_zone)
    if shape.unshown is not None:
        first = _shown(start_key(timing))
        if shape.rule is not None and parse(shape.rule).bounded:  # too many to list one by one
            return (
                f"“{event.title}” is a series Outlook cannot show: {shape.unshown}, and it has "
                f"more occurrences than are written one by one. Outlook will show only its "
                f"first occurrence, {first}, and none of the others."
            )
        return (
            f"“{event.title}” is a series without end that Outlook cannot show: "
            f"{shape.unshown}. Outlook will show only its first occurrence, {first}, and none "
            "of the others; give it an end and it is written in a pattern Outlook shows."
        )
    if shape.rule is None:
        # Skipped and cancelled occurrences are not written (cancelled ones only with a prefix,
        # when asked for): the count is of those Outlook will show.
        gone = set(event.recurrence.exdates) | {
            change.recurrence_id for change in event.changes if is_cancelled(change)
        }
        written = sum(1 for key in shape.occurrences if key not in gone)
        return (
            f"“{event.title}” is a series no Outlook pattern comes near; it is written as "
            f"{written} separate events, which Outlook shows (and lets you "
            "change) one by one, not as a series."
        )
    return None


def _crowded_changes(event: Event) -> list[str]:
    """Changed occurrences that overlap or pass the occurrences beside them: Outlook keeps a
    series' occurrences in order and apart ([MS-OXCICAL] 2.1.3.1.1.20.20)."""
    assert event.recurrence is not None
    rule, timing = event.recurrence.rule, event.timing
    first, zone_name = first_of(timing), timing.time_zone
    gone = set(event.recurrence.exdates) | {c.recurrence_id for c in event.changes if c.cancelled}
    moved = {c.recurrence_id: c.timing for c in event.changes if c.timing and not c.cancelled}
    found: list[str] = []

    def span(key: RecurrenceId) -> Timing:
        return moved.get(key) or occurrence_timing(timing, key)

    for key, now in moved.items():
        if key in gone:
            continue
        before = [
            k
            for k in recurrence_ids(
                rule, first, zone_name, before=bound_of(key, zone_name), limit=UNLIMITED
            )
            if k not in gone
        ]
        after = (
            k
            for k in recurrence_ids(rule, first, zone_name, after=bound_of(key, zone_name))
            if k != key and k not in gone
        )
        neighbours = [*before[-1:], *[k for k, _ in zip(after, range(1), strict=False)]]
        start, end = now.utc_bounds()
        for other in neighbours:
            other_start, other_end = span(other).utc_bounds()
            if (start < other_end and other_start < end) or (other < key) != (other_start < start):
                found.append(
                    f"“{event.title}”: the occurrence of {_shown(key)} is moved onto or past the "
                    f"one of {_shown(other)}; Outlook keeps occurrences in order and apart, "
                    "and may refuse the change or show the occurrence where it was."
                )
                break
    return found


def _shown(key: RecurrenceId) -> str:
    return f"{key:%Y-%m-%d %H:%M}" if isinstance(key, datetime) else f"{key:%Y-%m-%d}"
