"""One VEVENT read into an import record (or an override of one), with what was assumed.

Outlook's own properties are read here: X-MICROSOFT-CDO-BUSYSTATUS (and INTENDEDSTATUS),
TRANSP, X-MICROSOFT-CDO-ALLDAYEVENT; STATUS maps onto the planner's statuses the way the
writer maps them out (TENTATIVE planned, CONFIRMED confirmed, CANCELLED cancelled).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from eventplanner.domain.enums import BusyStatus, EventStatus
from eventplanner.domain.errors import ValidationError
from eventplanner.domain.recurrence import (
    Recurrence,
    RecurrenceId,
    is_occurrence,
    normalize_rule,
    occurrences_among,
    recurrence_id_text,
    recurrence_ids,
)
from eventplanner.domain.series import first_of, occurrence_timing
from eventplanner.domain.timezones import zone
from eventplanner.domain.timing import AllDaySpan, TimedSpan, Timing
from eventplanner.ical.reader_errors import Where
from eventplanner.ical.reader_lines import Component, Line
from eventplanner.ical.reader_records import ImportOverride, ImportRecord
from eventplanner.ical.reader_timing import Placer, TimingProblem
from eventplanner.ical.reader_values import (
    ValueProblem,
    parse_duration,
    parse_moment,
    split_list,
    unescape_text,
)
from eventplanner.ical.values import DAY_ZONE

_BUSY = {
    "FREE": BusyStatus.FREE,
    "TENTATIVE": BusyStatus.TENTATIVE,
    "BUSY": BusyStatus.BUSY,
    "OOF": BusyStatus.OUT_OF_OFFICE,
    "WORKINGELSEWHERE": BusyStatus.BUSY,
}
_STATUS = {
    "CANCELLED": EventStatus.CANCELLED,
    "CONFIRMED": EventStatus.CONFIRMED,
    "TENTATIVE": EventStatus.PLANNED,
}
READ = frozenset(
    [
        "UID",
        "SUMMARY",
        "DESCRIPTION",
        "LOCATION",
        "URL",
        "CATEGORIES",
        "STATUS",
        "TRANSP",
        "SEQUENCE",
        "LAST-MODIFIED",
        "CREATED",
        "DTSTART",
        "DTEND",
        "DURATION",
        "RRULE",
        "EXDATE",
        "RDATE",
        "RECURRENCE-ID",
        "TRIGGER",
        "X-MICROSOFT-CDO-BUSYSTATUS",
        "X-MICROSOFT-CDO-INTENDEDSTATUS",
        "X-MICROSOFT-CDO-ALLDAYEVENT",
        DAY_ZONE,
    ]
)
"""The properties the reader uses: a broken line after one of them breaks the event."""


class EventProblem(ValueError):
    """This event cannot be imported; the message says why (with the line)."""


def text_of(event: Component, name: str) -> str:
    line = event.first(name)
    return unescape_text(line.value) if line is not None else ""


def where_of(event: Component) -> Where:
    uid = event.first("UID")
    summary = event.first("SUMMARY")
    return Where(
        event.line,
        uid.value.strip() if uid is not None and uid.value.strip() else None,
        unescape_text(summary.value).strip() if summary is not None else None,
    )


@dataclass(frozen=True, slots=True)
class ReadEvent:
    """A VEVENT read: a record, and for an override the occurrence it replaces."""

    record: ImportRecord
    recurrence_id: Line | None
    event: Component | None = None
    """The VEVENT it was read from, for an override that may have to be read again as
    the series it describes (``as_series``)."""


def _checked_lines(event: Component, warnings: list[str]) -> None:
    if event.cut_short:
        raise EventProblem(f"the file ends inside this event (begun at line {event.line})")
    for broken in event.broken:
        shown = broken.text[:40] + ("…" if len(broken.text) > 40 else "")
        if broken.after in READ or broken.after is None:
            raise EventProblem(
                f"line {broken.number} is not an iCalendar line (NAME:value): {shown!r}"
            )
        warnings.append(
            f"line {broken.number} is not an iCalendar line; it was taken for part of the "
            f"{broken.after} before it, which is not imported"
        )
    for child in event.children:
        _checked_lines(child, warnings)


def read_event(event: Component, placer: Placer, *, as_series: bool = False) -> ReadEvent:
    """The record of one VEVENT; raises EventProblem for an event that cannot be read.

    ``as_series``: its RECURRENCE-ID is passed over, and its RRULE read (an override whose
    series is not in the file, carrying a rule of its own, is that series)."""
    warnings: list[str] = []
    _checked_lines(event, warnings)
    recurrence_id = None if as_series else event.first("RECURRENCE-ID")
    marker = text_of(event, "X-MICROSOFT-CDO-ALLDAYEVENT").strip().upper() == "TRUE"
    rrule = event.first("RRULE")
    try:
        timing, notes = placer.timing(
            event, all_day_marker=marker, recurring=rrule is not None or bool(event.all("RDATE"))
        )
    except TimingProblem as exc:
        raise EventProblem(str(exc)) from None
    except ValidationError as exc:
        raise EventProblem(exc.message) from None
    warnings += notes
    recurrence = None
    if rrule is not None and recurrence_id is None:
        recurrence, timing = _recurrence(event, rrule, timing, placer, warnings)
    elif rrule is None and event.all("RDATE") and recurrence_id is None:
        warnings.append(_rdates_left_out(event, None, timing, placer))
    uid_line = event.first("UID")
    uid = uid_line.value.strip() if uid_line is not None else ""
    made = not uid
    if made:
        start = event.first("DTSTART")
        seed = f"{start.value if start else ''}\n{text_of(event, 'SUMMARY')}"
        uid = hashlib.sha1(seed.encode("utf-8")).hexdigest() + "@import.eventplanner"
        warnings.append("the event has no UID; one was made from its start and title")
    record = ImportRecord(
        uid=uid,
        line=event.line,
        title=text_of(event, "SUMMARY"),
        description=text_of(event, "DESCRIPTION"),
        location=text_of(event, "LOCATION"),
        url=text_of(event, "URL").strip(),
        categories=_categories(event),
        status=_STATUS.get(text_of(event, "STATUS").strip().upper(), EventStatus.PLANNED),
        busy_status=_busy(event),
        transparent=_transparent(event),
        alarm_minutes=_alarm(event, timing, warnings),
        sequence=_sequence(event, warnings),
        last_modified=_utc_of(event, "LAST-MODIFIED", placer, warnings),
        created=_utc_of(event, "CREATED", placer, warnings),
        timing=timing,
        recurrence=recurrence,
        warnings=tuple(warnings),
        uid_made=made,
    )
    return ReadEvent(record, recurrence_id, event)


def _categories(event: Component) -> tuple[str, ...]:
    found: dict[str, str] = {}
    for line in event.all("CATEGORIES"):
        for item in split_list(line.value):
            name = " ".join(unescape_text(item).split())
            if name:
                found.setdefault(name.casefold(), name)
    return tuple(found.values())


def _busy(event: Component) -> BusyStatus | None:
    for name in ("X-MICROSOFT-CDO-BUSYSTATUS", "X-MICROSOFT-CDO-INTENDEDSTATUS"):
        value = text_of(event, name).strip().upper()
        if value in _BUSY:
            return _BUSY[value]
    return BusyStatus.FREE if _transparent(event) else None


def _transparent(event: Component) -> bool | None:
    value = text_of(event, "TRANSP").strip().upper()
    return {"TRANSPARENT": True, "OPAQUE": False}.get(value)


def _sequence(event: Component, warnings: list[str]) -> int:
    line = event.first("SEQUENCE")
    if line is None:
        return 0
    text = line.value.strip()
    if text.isdigit() and len(text) < 10:
        return int(text)
    warnings.append(f"SEQUENCE (line {line.number}) {text[:20]!r} is not a number; read as 0")
    return 0


def _utc_of(event: Component, name: str, placer: Placer, warnings: list[str]) -> datetime | None:
    line = event.first(name)
    if line is None:
        return None
    try:
        placed = placer.place(line)
    except TimingProblem as exc:
        warnings.append(f"{exc}; left out")
        return None
    value = placed.value
    if not isinstance(value, datetime):
        value = datetime(value.year, value.month, value.day, tzinfo=UTC)
    return value.astimezone(UTC)


def _alarm(event: Component, timing: Timing, warnings: list[str]) -> int | None:
    start, end = timing.utc_bounds()
    for alarm in event.children:
        if alarm.name != "VALARM" or alarm.first("TRIGGER") is None:
            continue
        trigger = alarm.first("TRIGGER")
        assert trigger is not None
        try:
            if (trigger.param("VALUE") or "").upper() == "DATE-TIME":
                moment = parse_moment(trigger.value).value
                if not isinstance(moment, datetime):
                    raise ValueProblem(f"{trigger.value!r} is not a date-time")
                before = start - moment.replace(tzinfo=UTC)
            else:
                offset = parse_duration(trigger.value)
                related = end if (trigger.param("RELATED") or "").upper() == "END" else start
                before = start - (related + offset)
        except ValueProblem as exc:
            warnings.append(f"TRIGGER (line {trigger.number}): {exc}; the reminder was left out")
            return None
        if before < timedelta(0):
            warnings.append(f"the reminder at line {trigger.number} is after the start; left out")
            return None
        return int(before.total_seconds() // 60)
    return None


def recurrence_key(line: Line, series: Timing, placer: Placer) -> RecurrenceId:
    """A RECURRENCE-ID, EXDATE or RDATE value in the series' own terms: its wall-clock
    time in the series' zone, or for an all-day series its day (a date-time on an all-day
    series, as Exchange writes, names the day it is written on)."""
    placed = placer.place(line)
    value = placed.value
    if isinstance(series, AllDaySpan):
        return value.date() if isinstance(value, datetime) else value
    if not isinstance(value, datetime):
        assert isinstance(series, TimedSpan)
        return datetime.combine(value, series.start.time().replace(tzinfo=None))
    if not line.param("TZID") and placed.zone is not None:
        return value.replace(tzinfo=None)  # floating: the series' own wall-clock time
    return value.astimezone(zone(series.time_zone)).replace(tzinfo=None)


def _keys(
    lines: list[Line], series: Timing, placer: Placer
) -> tuple[list[RecurrenceId], list[str]]:
    keys: list[RecurrenceId] = []
    bad: list[str] = []
    for line in lines:
        for item in split_list(line.value):
            if "/" in item:  # RDATE;VALUE=PERIOD: its start names the occurrence
                item = item.split("/", 1)[0]
            one = Line(line.number, line.name, line.params, item)
            try:
                keys.append(recurrence_key(one, series, placer))
            except TimingProblem as exc:
                bad.append(str(exc))
    return keys, bad


def _recurrence(
    event: Component, rrule: Line, timing: Timing, placer: Placer, warnings: list[str]
) -> tuple[Recurrence | None, Timing]:
    if len(event.all("RRULE")) > 1:
        warnings.append("the event has more than one RRULE; only the first was kept")
    text = rrule.value.upper().replace(" ", "").strip(";")
    try:
        rule = normalize_rule(text, all_day=timing.all_day, time_zone=timing.time_zone)
    except ValidationError as exc:
        raise EventProblem(f"RRULE (line {rrule.number}): {exc.message}") from None
    first = first_of(timing)
    opening = next(recurrence_ids(rule, first, timing.time_zone, limit=1), None)
    if opening is None:
        warnings.append("the RRULE gives no occurrence; imported as a single event")
        return None, timing
    start_key = first.replace(tzinfo=None) if isinstance(first, datetime) else first
    if opening != start_key:
        warnings.append(
            f"DTSTART ({recurrence_id_text(start_key)}) is not one of the days the RRULE "
            f"repeats on; the series starts on its first one ({recurrence_id_text(opening)})"
        )
        timing = occurrence_timing(timing, opening)
        first = first_of(timing)
    exdates, bad = _keys(event.all("EXDATE"), timing, placer)
    warnings += [f"{b}; that skipped date was left out" for b in bad]
    kept: list[RecurrenceId] = []
    occurring = occurrences_among(rule, first, timing.time_zone, exdates)
    for key in dict.fromkeys(exdates):
        if key in occurring:
            kept.append(key)
        else:
            warnings.append(
                f"EXDATE {recurrence_id_text(key)} is not an occurrence of the series; "
                "left out (Outlook drops it too)"
            )
    recurrence = Recurrence(rule, tuple(kept))
    if event.all("RDATE"):
        note = _rdates_left_out(event, recurrence, timing, placer)
        if note:
            warnings.append(note)
    return recurrence, timing


def _rdates_left_out(
    event: Component, recurrence: Recurrence | None, timing: Timing, placer: Placer
) -> str:
    """What the planner cannot hold of RDATE: a series is one rule and its skipped dates.
    Dates the rule gives anyway are no loss."""
    keys, bad = _keys(event.all("RDATE"), timing, placer)
    extra = []
    occurring = (
        occurrences_among(recurrence.rule, first_of(timing), timing.time_zone, keys)
        if recurrence is not None
        else set()
    )
    for key in keys:
        if key in occurring:
            continue
        if recurrence is None and key == _start_key(timing):
            continue
        extra.append(recurrence_id_text(key))
    line = event.all("RDATE")[0].number
    parts = []
    if extra:
        shown = ", ".join(extra[:5]) + (f" and {len(extra) - 5} more" if len(extra) > 5 else "")
        parts.append(f"the extra dates of RDATE (line {line}) were left out: {shown}")
    parts += [f"{b}; left out" for b in bad]
    return "; ".join(parts)


def _start_key(timing: Timing) -> RecurrenceId:
    first = first_of(timing)
    return first.replace(tzinfo=None) if isinstance(first, datetime) else first


def read_override(read: ReadEvent, series: ImportRecord, placer: Placer) -> ImportOverride | str:
    """The override ``read`` of ``series``, or why it cannot be one."""
    assert read.recurrence_id is not None and series.recurrence is not None
    try:
        key = recurrence_key(read.recurrence_id, series.timing, placer)
    except TimingProblem as exc:
        return str(exc)
    recurrence = series.recurrence
    if not is_occurrence(recurrence.rule, first_of(series.timing), series.timing.time_zone, key):
        return f"RECURRENCE-ID {recurrence_id_text(key)} is not an occurrence of its series"
    record = read.record
    timing: Timing = record.timing
    if timing.all_day != series.timing.all_day:
        timing = occurrence_timing(series.timing, key)
    elif isinstance(timing, TimedSpan):
        timing = TimedSpan(timing.start, timing.end, series.timing.time_zone)
    else:
        timing = AllDaySpan(timing.first_day, timing.last_day, series.timing.time_zone)
    return ImportOverride(
        recurrence_id=key,
        line=record.line,
        title=record.title,
        description=record.description,
        timing=timing,
        status=record.status,
        sequence=record.sequence,
    )
