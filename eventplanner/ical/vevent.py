"""One event as the VEVENTs Outlook reads exactly right (OUTLOOK.md 3-8): the event or the
series master, and one VEVENT per changed occurrence, with the same UID and RECURRENCE-ID."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from eventplanner.domain.enums import BusyStatus, EventStatus
from eventplanner.domain.model import Event, OccurrenceChange
from eventplanner.domain.recurrence import (
    Recurrence,
    RecurrenceId,
    normalize_rule,
    recurrence_id_text,
    recurrence_ids,
)
from eventplanner.domain.rules import parse
from eventplanner.domain.series import first_of, occurrence_timing, start_key
from eventplanner.domain.timezones import zone
from eventplanner.domain.timing import AllDaySpan, TimedSpan, Timing
from eventplanner.ical.clock_changes import clock_change_keys, unclear
from eventplanner.ical.lines import escape_text, fold, param_value, uri_value
from eventplanner.ical.outlook_rules import BUSY, STATUS, categories, is_cancelled
from eventplanner.ical.outlook_series import outlook_shape
from eventplanner.ical.values import DAY_ZONE, DTSTAMP_MARK, EventText, ExportOptions, Place

_DEFAULT_OPTIONS = ExportOptions()
_SECOND = timedelta(seconds=1)


def utc_text(moment: datetime) -> str:
    """``20270312T080000Z``."""
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def date_text(day: date) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def local_text(moment: datetime) -> str:
    return (
        f"{moment.year:04d}{moment.month:02d}{moment.day:02d}"
        f"T{moment.hour:02d}{moment.minute:02d}{moment.second:02d}"
    )


def duration_text(value: timedelta) -> str:
    """An RFC 5545 DURATION: ``PT1H``, ``P1D``, ``-PT15M`` (whole seconds)."""
    seconds = int(value.total_seconds())
    sign = "-" if seconds < 0 else ""
    seconds = abs(seconds)
    days, within_day = divmod(seconds, 86400)
    hours, within_hour = divmod(within_day, 3600)
    minutes, secs = divmod(within_hour, 60)
    if seconds == 0:
        return "PT0S"
    if days and not within_day and days % 7 == 0:
        return f"{sign}P{days // 7}W"
    text = f"{sign}P{days}D" if days else f"{sign}P"
    if within_day:
        text += "T" + "".join(
            f"{n}{unit}" for n, unit in ((hours, "H"), (minutes, "M"), (secs, "S")) if n
        )
    return text


def _time_property(
    name: str, moment: datetime, tzid: str, zones: set[str], *, series_start: bool = False
) -> str:
    """``NAME;TZID=zone:local`` when the wall-clock time names this instant and no other;
    else (02:30 on an autumn night, which happens twice) the UTC form, which is never
    ambiguous: readers disagree on which of the two a local 02:30 means (ical.js takes the
    later). A series' DTSTART stays local even then (OUTLOOK.md 3); its first occurrence is
    also written as a changed occurrence with the unambiguous time (``clock_change_keys``)."""
    local = moment.astimezone(zone(tzid))
    wall = local.replace(tzinfo=None)
    names_it = wall.replace(tzinfo=zone(tzid)).astimezone(UTC) == moment.astimezone(UTC)
    if local.fold == 0 and names_it and (series_start or not unclear(wall, tzid)):
        zones.add(tzid)
        return f"{name};TZID={param_value(tzid)}:{local_text(wall)}"
    return f"{name}:{utc_text(moment)}"


def _timing_lines(
    timing: Timing, zones: set[str], *, series: bool = False, exact: bool = False
) -> list[str]:
    """DTSTART and DTEND (``exact``: DURATION, the length in real time, which every reader
    adds to a UTC start alike)."""
    if exact and isinstance(timing, TimedSpan):
        start, end = timing.utc_bounds()
        return [
            _time_property("DTSTART", timing.start, timing.time_zone, zones),
            f"DURATION:{duration_text(end - start)}",
            "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        ]
    if isinstance(timing, AllDaySpan):
        return [
            f"DTSTART;VALUE=DATE:{date_text(timing.first_day)}",
            # Exclusive: a fair 12-14 March ends on the 15th (OUTLOOK.md 4).
            f"DTEND;VALUE=DATE:{date_text(timing.last_day + timedelta(days=1))}",
            "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE",
            f"{DAY_ZONE}:{escape_text(timing.time_zone)}",
        ]
    return [
        _time_property("DTSTART", timing.start, timing.time_zone, zones, series_start=series),
        _time_property("DTEND", timing.end, timing.time_zone, zones),
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
    ]


def _recurrence_id_line(name: str, key: RecurrenceId, timing: Timing, zones: set[str]) -> str:
    """A RECURRENCE-ID or EXDATE value in DTSTART's own form: its zone and wall-clock time,
    or a date (Outlook drops EXDATEs that match no instance, OUTLOOK.md 6)."""
    if isinstance(key, datetime):
        zones.add(timing.time_zone)
        return f"{name};TZID={param_value(timing.time_zone)}:{local_text(key)}"
    return f"{name};VALUE=DATE:{date_text(key)}"


def _exdate_line(keys: list[RecurrenceId], timing: Timing, zones: set[str]) -> str:
    if isinstance(timing, TimedSpan):
        zones.add(timing.time_zone)
        values = ",".join(local_text(k) for k in keys if isinstance(k, datetime))
        return f"EXDATE;TZID={param_value(timing.time_zone)}:{values}"
    values = ",".join(date_text(k) for k in keys if not isinstance(k, datetime))
    return f"EXDATE;VALUE=DATE:{values}"


def _description(event: Event, description: str, options: ExportOptions) -> str:
    parts = [description.strip()]
    if event.online_url:
        parts.append(event.online_url)
    if options.include_notes:
        parts.append(event.notes.strip())
    return "\n\n".join(p for p in parts if p)


def _shared_lines(
    event: Event, place: Place | None, cancelled: bool, options: ExportOptions
) -> list[str]:
    """What the master and its changed occurrences say alike."""
    lines: list[str] = []
    where = place.line if place is not None else (event.venue_name or "")
    if where:
        lines.append(f"LOCATION:{escape_text(where)}")
    url = event.online_url or event.web_page
    if url:
        lines.append(f"URL:{uri_value(url)}")
    kept, _ = categories(event.kind, event.tags, options.language)
    if kept:
        lines.append("CATEGORIES:" + ",".join(escape_text(name) for name in kept))
    # A cancelled event blocks no one's time: Outlook makes it free anyway (OUTLOOK.md 5).
    busy, transp = BUSY[BusyStatus.FREE if cancelled else event.busy_status]
    lines.append(f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}")
    lines.append(f"TRANSP:{transp}")
    return lines


def _alarm_lines(event: Event, title: str) -> list[str]:
    if event.reminder_minutes is None:
        return []
    trigger = duration_text(-timedelta(minutes=event.reminder_minutes))
    return [
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        f"DESCRIPTION:{escape_text(title)}",
        f"TRIGGER:{trigger}",
        "END:VALARM",
    ]


def _component(
    event: Event,
    lines_before: list[str],
    title: str,
    description: str,
    status: EventStatus,
    shared: list[str],
    *,
    uid: str | None = None,
) -> str:
    cancelled = status is EventStatus.CANCELLED
    lines = [
        "BEGIN:VEVENT",
        f"UID:{escape_text(uid or event.uid)}",
        f"DTSTAMP:{DTSTAMP_MARK}",
        f"CREATED:{utc_text(event.created_at)}",
        f"LAST-MODIFIED:{utc_text(event.modified_at)}",
        f"SEQUENCE:{event.sequence}",
        *lines_before,
        f"SUMMARY:{escape_text(title)}",
    ]
    if description:
        lines.append(f"DESCRIPTION:{escape_text(description)}")
    lines.append(f"STATUS:{STATUS[status]}")
    lines += shared
    if not cancelled:  # no reminder for something that will not happen
        lines += _alarm_lines(event, title)
    lines.append("END:VEVENT")
    return "".join(fold(line) for line in lines)


def event_text(
    event: Event, place: Place | None, options: ExportOptions = _DEFAULT_OPTIONS
) -> EventText | None:
    """One event's VEVENTs: the event (series master) plus one VEVENT per overridden occurrence.

    None when ``options`` leave it out (a cancelled event without ``include_cancelled``).
    Depends only on its arguments, so a caller may cache it by (event.id, event.version,
    place, options); the DTSTAMP value is a fixed mark that calendar_text replaces with the
    export time.
    """
    cancelled = event.status is EventStatus.CANCELLED
    if cancelled and not options.include_cancelled:
        return None
    zones: set[str] = set()
    timing = event.timing
    head = _timing_lines(timing, zones, series=event.recurrence is not None)
    changes: list[OccurrenceChange] = []
    if event.recurrence is not None:
        rule = normalize_rule(
            event.recurrence.rule, all_day=timing.all_day, time_zone=timing.time_zone
        )
        shape = outlook_shape(rule, first_of(timing), timing.time_zone)
        if shape.rule is None:
            return _one_by_one(event, shape.occurrences, place, options)
        rule = shape.rule
        if isinstance(timing, TimedSpan) and _starts_unclear(timing):
            return _first_apart(event, rule, shape.added, place, options)
        head.append(f"RRULE:{rule}")
        struck = set(event.recurrence.exdates) | set(shape.added)
        for change in event.changes:
            if change.recurrence_id in struck:
                continue  # struck out of the rule: the change has nothing left to show
            if is_cancelled(change) and not (options.include_cancelled and not cancelled):
                struck.add(change.recurrence_id)
            else:
                changes.append(change)
        if isinstance(timing, TimedSpan):
            shown = struck | {change.recurrence_id for change in changes}
            changes += [
                OccurrenceChange(recurrence_id=key)
                for key in clock_change_keys(rule, timing.start, timing.time_zone)
                if key not in shown
            ]
        if struck:
            keys = sorted(struck, key=recurrence_id_text)
            head.append(_exdate_line(keys, timing, zones))
    title = options.cancelled_prefix + event.title if cancelled else event.title
    shared = _shared_lines(event, place, cancelled, options)
    text = _component(
        event, head, title, _description(event, event.description, options), event.status, shared
    )
    for change in sorted(changes, key=lambda c: recurrence_id_text(c.recurrence_id)):
        text += _override(event, change, place, options, zones, shared)
    return EventText(text, frozenset(zones))


def _override(
    event: Event,
    change: OccurrenceChange,
    place: Place | None,
    options: ExportOptions,
    zones: set[str],
    shared: list[str],
) -> str:
    """A changed occurrence: its own VEVENT, same UID, RECURRENCE-ID naming the original."""
    timing = change.timing or occurrence_timing(event.timing, change.recurrence_id)
    lines = [
        _recurrence_id_line("RECURRENCE-ID", change.recurrence_id, event.timing, zones),
        *_timing_lines(timing, zones),
    ]
    # An occurrence of a cancelled series is cancelled too, whatever was changed about it.
    cancelled = is_cancelled(change) or event.status is EventStatus.CANCELLED
    status = EventStatus.CANCELLED if cancelled else (change.status or event.status)
    title = change.title if change.title is not None else event.title
    if cancelled:
        title = options.cancelled_prefix + title
        shared = _shared_lines(event, place, True, options)
    description = change.description if change.description is not None else event.description
    return _component(
        event, lines, title, _description(event, description, options), status, shared
    )


def occurrence_uid(uid: str, key: RecurrenceId) -> str:
    """The UID of one occurrence of a series written one by one: the series' UID and the
    occurrence's original start, so it stays the same from one export to the next."""
    return f"{uid}-{local_text(key) if isinstance(key, datetime) else date_text(key)}"


def _timing_of(event: Event, key: RecurrenceId) -> Timing:
    """An occurrence's timing; the first is the event's own (its real length even when the
    clocks change during it, which ``occurrence_timing`` reads as wall-clock time)."""
    return event.timing if key == start_key(event.timing) else occurrence_timing(event.timing, key)


def _starts_unclear(timing: TimedSpan) -> bool:
    wall = timing.start.astimezone(zone(timing.time_zone)).replace(tzinfo=None)
    return unclear(wall, timing.time_zone)


def _first_apart(
    event: Event,
    rule: str,
    added: tuple[RecurrenceId, ...],
    place: Place | None,
    options: ExportOptions,
) -> EventText:
    """A series whose first start happens twice (the autumn night's 02:30) or never: readers
    disagree on which instant a local DTSTART then names, and so on the first occurrence's
    length too. The first occurrence is written apart, in UTC with its exact DURATION, and
    the series from its second occurrence, whose start names one instant."""
    assert event.recurrence is not None
    timing = event.timing
    first = start_key(timing)
    apart = _one_by_one(event, (first,), place, options, exact=True)
    assert isinstance(timing, TimedSpan)
    following = next(
        recurrence_ids(rule, timing.start, timing.time_zone, after=timing.start + _SECOND), None
    )
    if following is None:
        return apart
    value = parse(rule)
    if value.count is not None:
        value = replace(value, count=value.count - 1)
    rest_rule = str(value)
    rest = replace(
        event,
        timing=occurrence_timing(timing, following),
        recurrence=Recurrence(rest_rule, (*event.recurrence.exdates, *added)),
        changes=tuple(c for c in event.changes if c.recurrence_id != first),
    )
    text = event_text(rest, place, options)
    if text is None:
        return apart
    return EventText(apart.text + text.text, apart.zones | text.zones)


def _one_by_one(
    event: Event,
    keys: tuple[RecurrenceId, ...],
    place: Place | None,
    options: ExportOptions,
    *,
    exact: bool = False,
) -> EventText:
    """A series no Outlook pattern comes near, as separate events (OUTLOOK.md 6): each its
    own UID, RELATED-TO the series' UID (the preview explains them by it), its changes in."""
    zones: set[str] = set()
    series_cancelled = event.status is EventStatus.CANCELLED
    struck = set(event.recurrence.exdates) if event.recurrence is not None else set()
    changed = {change.recurrence_id: change for change in event.changes}
    text = ""
    for key in keys:
        if key in struck:
            continue
        change = changed.get(key, OccurrenceChange(recurrence_id=key))
        cancelled = is_cancelled(change) or series_cancelled
        if cancelled and not options.include_cancelled:
            continue
        timing = change.timing or _timing_of(event, key)
        status = EventStatus.CANCELLED if cancelled else (change.status or event.status)
        title = change.title if change.title is not None else event.title
        if cancelled:
            title = options.cancelled_prefix + title
        description = change.description if change.description is not None else event.description
        head = [f"RELATED-TO:{escape_text(event.uid)}", *_timing_lines(timing, zones, exact=exact)]
        text += _component(
            event,
            head,
            title,
            _description(event, description, options),
            status,
            _shared_lines(event, place, cancelled, options),
            uid=occurrence_uid(event.uid, key),
        )
    return EventText(text, frozenset(zones))
