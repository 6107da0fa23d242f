"""Reading an .ics file into import records: the entry point of iCalendar import.

``read_calendar(data, floating_zone=..., skip_bad=...)`` takes the file's bytes and gives
every event as an ``ImportRecord``: series with their changed occurrences attached, times
as the domain's spans in IANA zones. A file that is not iCalendar, is cut short, has a
broken line or an impossible date raises ``ICalendarError`` naming the line and the event;
with ``skip_bad`` the bad events are listed in ``CalendarRead.skipped`` and the rest read.
Nothing else is raised for bad input.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from eventplanner.domain.errors import ValidationError
from eventplanner.domain.timezones import zone
from eventplanner.ical.reader_errors import ICalendarError, Problem, Where
from eventplanner.ical.reader_events import (
    READ,
    EventProblem,
    ReadEvent,
    read_event,
    read_override,
    where_of,
)
from eventplanner.ical.reader_lines import Component, components, decode
from eventplanner.ical.reader_records import CalendarRead, ImportOverride, ImportRecord
from eventplanner.ical.reader_timing import Placer
from eventplanner.ical.reader_values import unescape_text
from eventplanner.ical.reader_zones import ZoneBook, iana_name

__all__ = ["CalendarRead", "ICalendarError", "ImportOverride", "ImportRecord", "read_calendar"]


def read_calendar(data: bytes, *, floating_zone: str, skip_bad: bool = False) -> CalendarRead:
    """Every event in ``data`` (the bytes of an .ics file).

    ``floating_zone`` (an IANA name) places times written without a zone when the file
    names none (X-WR-TIMEZONE), and is the zone all-day events and UTC times are shown in.
    """
    zone(floating_zone)
    calendars = components(decode(data))
    warnings: list[str] = []
    skipped: list[Problem] = []

    def refuse(message: str, where: Where) -> None:
        if not skip_bad:
            raise ICalendarError(message, where)
        skipped.append(Problem(where, message))

    name = None
    calendar_zone = floating_zone
    for calendar in calendars:
        _check_frame(calendar, skip_bad, warnings)
        wr_zone = calendar.first("X-WR-TIMEZONE")
        if wr_zone is not None and wr_zone.value.strip():
            named = iana_name(unescape_text(wr_zone.value))
            if named is None:
                warnings.append(
                    f"X-WR-TIMEZONE (line {wr_zone.number}) {wr_zone.value.strip()!r} is no "
                    f"known time zone; times without a zone were read in {floating_zone}"
                )
            else:
                calendar_zone = named
        wr_name = calendar.first("X-WR-CALNAME")
        if wr_name is not None and name is None:
            name = unescape_text(wr_name.value).strip() or None
    placer = Placer(ZoneBook(calendars, fallback=calendar_zone), calendar_zone)
    masters: dict[str, ReadEvent] = {}
    overrides: dict[str, list[ReadEvent]] = {}
    for calendar in calendars:
        for event in calendar.children:
            if event.name != "VEVENT":
                continue
            where = where_of(event)
            try:
                read = read_event(event, placer)
            except EventProblem as exc:
                refuse(str(exc), where)
                continue
            except ValidationError as exc:
                refuse(exc.message, where)
                continue
            uid = read.record.uid
            if read.recurrence_id is not None:
                overrides.setdefault(uid, []).append(read)
            elif uid in masters:
                kept, dropped = _newer(masters[uid], read)
                masters[uid] = kept
                warnings.append(
                    f"line {dropped.record.line}: another VEVENT with the UID {uid} "
                    f"(line {kept.record.line}) is the same event in a newer or equal "
                    "version; this one was left out"
                )
            else:
                masters[uid] = read
    _series_of_their_own(masters, overrides, placer, refuse)
    records = [r.record for r in masters.values()]
    by_uid = {record.uid: index for index, record in enumerate(records)}
    for uid, reads in overrides.items():
        index = by_uid.get(uid)
        series = records[index] if index is not None else None
        attached: dict[object, ImportOverride] = {}
        for read in reads:
            reason = "its series (the VEVENT without RECURRENCE-ID) is not in the file"
            if series is not None and series.recurrence is None:
                reason = "its series in the file does not repeat"
            elif series is not None:
                found = read_override(read, series, placer)
                if isinstance(found, ImportOverride):
                    same = attached.get(found.recurrence_id)
                    if same is None or same.sequence <= found.sequence:
                        attached[found.recurrence_id] = found
                    continue
                reason = found
            records.append(_single(read, reason))
        if series is not None and attached and index is not None and series.recurrence:
            changed = tuple(sorted(attached.values(), key=lambda o: str(o.recurrence_id)))
            exdates = tuple(x for x in series.recurrence.exdates if x not in attached)
            records[index] = replace(
                series,
                overrides=changed,
                recurrence=replace(series.recurrence, exdates=exdates),
            )
    # Said once for the file too: a zone met only in an EXDATE or RECURRENCE-ID, or in an
    # event left out, would otherwise move times without a word.
    warnings += placer.zones.unmatched.values()
    return CalendarRead(_each_uid_once(records, warnings), tuple(skipped), tuple(warnings), name)


def _series_of_their_own(
    masters: dict[str, ReadEvent],
    overrides: dict[str, list[ReadEvent]],
    placer: Placer,
    refuse: Callable[[str, Where], None],
) -> None:
    """Overrides whose series is not in the file but which carry an RRULE of their own
    (Exchange writes a series split at "this and following" so): the newest is the series
    itself, under its own UID and with its rule; the others of that UID attach to it."""
    for uid, reads in overrides.items():
        if uid in masters:
            continue
        ruled = [r for r in reads if r.event is not None and r.event.first("RRULE") is not None]
        if not ruled:
            continue
        newest = max(ruled, key=lambda r: _rank(r.record))
        assert newest.event is not None and newest.recurrence_id is not None
        try:
            series = read_event(newest.event, placer, as_series=True)
        except EventProblem as exc:
            refuse(str(exc), where_of(newest.event))
            reads.remove(newest)
            continue
        except ValidationError as exc:
            refuse(exc.message, where_of(newest.event))
            reads.remove(newest)
            continue
        if series.record.recurrence is None:
            continue  # its rule gives nothing: a single event, said as such below
        note = (
            f"RECURRENCE-ID (line {newest.recurrence_id.number}) names an occurrence of a "
            "series that is not in the file, but the event repeats by its own RRULE: it was "
            "imported as that series"
        )
        masters[uid] = replace(
            series, record=replace(series.record, warnings=(*series.record.warnings, note))
        )
        reads.remove(newest)


def _each_uid_once(records: list[ImportRecord], warnings: list[str]) -> tuple[ImportRecord, ...]:
    """One record per UID (an override without its series, twice, would be two): the
    newest, by SEQUENCE and LAST-MODIFIED."""
    kept: dict[str, ImportRecord] = {}
    for record in records:
        same = kept.get(record.uid)
        if same is not None:
            newer, older = (record, same) if _rank(record) > _rank(same) else (same, record)
            warnings.append(
                f"line {older.line}: another VEVENT with the UID {record.uid} (line "
                f"{newer.line}) is the same event in a newer or equal version; this one was "
                "left out"
            )
            record = newer
        kept[record.uid] = record
    return tuple(kept.values())


def _rank(record: ImportRecord) -> tuple[int, float]:
    modified = record.last_modified
    return record.sequence, modified.timestamp() if modified else 0.0


def _newer(a: ReadEvent, b: ReadEvent) -> tuple[ReadEvent, ReadEvent]:
    return (b, a) if _rank(b.record) > _rank(a.record) else (a, b)


def _single(read: ReadEvent, reason: str) -> ImportRecord:
    """An override without a series to go in: a single event of its own, under a UID made
    from its series' UID and the occurrence, so it never stands in for the series itself
    and the same file imported again finds it."""
    assert read.recurrence_id is not None
    record = read.record
    key = read.recurrence_id.value.strip()
    return replace(
        record,
        uid=f"{record.uid}#{key}",
        warnings=(
            *record.warnings,
            f"RECURRENCE-ID (line {read.recurrence_id.number}) names an occurrence, but "
            f"{reason}; imported as a single event",
        ),
    )


def _check_frame(calendar: Component, skip_bad: bool, warnings: list[str]) -> None:
    """Broken lines and a missing END outside the events: the file is damaged."""
    problems: list[tuple[str, Where]] = []
    for part in (calendar, *(c for c in calendar.children if c.name != "VEVENT")):
        for broken in part.broken:
            if part is calendar and broken.after not in READ and broken.after is not None:
                warnings.append(
                    f"line {broken.number} is not an iCalendar line; taken for part of the "
                    f"{broken.after} before it, which is not imported"
                )
                continue
            shown = broken.text[:40] + ("…" if len(broken.text) > 40 else "")
            problems.append(
                (f"this is not an iCalendar line (NAME:value): {shown!r}", Where(broken.number))
            )
    open_events = any(c.cut_short for c in calendar.children if c.name == "VEVENT")
    if calendar.cut_short and not open_events:
        problems.append(
            (
                f"the file ends without END:VCALENDAR (the calendar begun at line "
                f"{calendar.line}): it was cut short",
                Where(calendar.line),
            )
        )
    for message, where in problems:
        if not skip_bad:
            raise ICalendarError(message, where)
        warnings.append(f"{where.text()}: {message}")
