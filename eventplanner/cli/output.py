"""Showing events on the terminal: table, JSON and CSV, and one event in full."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import re
import shutil
import sys
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from typing import Any, TextIO

from eventplanner.domain.clock import clock_text
from eventplanner.domain.formulas import neutralised
from eventplanner.domain.model import Event
from eventplanner.domain.occurrence import Occurrence
from eventplanner.domain.recurrence import recurrence_id_text
from eventplanner.domain.timezones import zone
from eventplanner.domain.timing import AllDaySpan, TimedSpan, Timing

# Control characters (C0 but newline and tab, DEL, C1) and the marks that reorder text: from
# data they could move the cursor, recolour or clear the screen, retitle the window, or make
# a line read as something else.
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def terminal_text(text: str) -> str:
    """``text`` with its control characters written out (ESC as ``\\x1b``): safe to print."""
    return _UNSAFE.sub(_escaped, text)


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def spreadsheet_cell(value: Any) -> Any:
    """A text cell a spreadsheet would take for a formula, quoted so that it shows as text."""
    return neutralised(value) if isinstance(value, str) else value


class TerminalStream(io.TextIOBase):
    """A text stream writing to a terminal with control characters from data written out."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(terminal_text(text))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:
        return True

    def __getattr__(self, name: str) -> Any:  # encoding, buffer, fileno...
        return getattr(self._stream, name)


@contextlib.contextmanager
def terminal_guard() -> Iterator[None]:
    """While the block runs, what goes to a terminal on stdout or stderr is made safe.

    Output into a pipe or file is left exact (CSV and JSON are data there); the table and
    text formats below escape what they show whatever the stream.
    """
    saved = sys.stdout, sys.stderr
    if _is_terminal(sys.stdout):
        sys.stdout = TerminalStream(sys.stdout)
    if _is_terminal(sys.stderr):
        sys.stderr = TerminalStream(sys.stderr)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


def _is_terminal(stream: TextIO | None) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (OSError, ValueError):  # closed
        return False


def _iso(value: date | datetime) -> str:
    """Full ISO 8601, seconds and all (``2027-03-12T09:15:45+01:00``); a day as a date."""
    return value.isoformat(timespec="seconds") if isinstance(value, datetime) else value.isoformat()


def occurrence_record(occurrence: Occurrence) -> dict[str, Any]:
    """One occurrence as JSON: instants with their offset, all-day events as dates.

    For all-day events ``end`` is the last day (inclusive), as a person reads "12-14 March".
    """
    timing = occurrence.timing
    if isinstance(timing, AllDaySpan):
        start: str = timing.first_day.isoformat()
        end: str = timing.last_day.isoformat()
    else:
        start, end = _iso(timing.start), _iso(timing.end)
    return {
        "uid": occurrence.uid,
        "event_id": occurrence.event_id,
        "title": occurrence.title,
        "kind": occurrence.kind.value,
        "status": occurrence.status.value,
        "all_day": timing.all_day,
        "start": start,
        "end": end,
        "time_zone": timing.time_zone,
        "recurrence_id": (
            recurrence_id_text(occurrence.recurrence_id) if occurrence.recurrence_id else None
        ),
        "venue": occurrence.venue_name,
        "project": occurrence.project_name,
        "tags": list(occurrence.tags),
        "busy_status": occurrence.busy_status.value,
    }


def as_json(occurrences: Sequence[Occurrence]) -> str:
    return json.dumps([occurrence_record(o) for o in occurrences], ensure_ascii=False, indent=2)


def as_csv(occurrences: Sequence[Occurrence]) -> str:
    buffer = io.StringIO()
    fields = ["uid", "event_id", "title", "kind", "status", "all_day", "start", "end",
              "time_zone", "recurrence_id", "venue", "project", "tags", "busy_status"]  # fmt: skip
    writer = csv.DictWriter(buffer, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    for occurrence in occurrences:
        record = occurrence_record(occurrence)
        record["tags"] = ", ".join(record["tags"])
        writer.writerow({key: spreadsheet_cell(value) for key, value in record.items()})
    return buffer.getvalue()


def when(timing: Timing, display_zone: str) -> tuple[str, str, str]:
    """(date, time, ISO week) as a Swedish planner reads them, in ``display_zone``."""
    if isinstance(timing, AllDaySpan):
        first, last = timing.first_day, timing.last_day
        day = f"{first:%a %Y-%m-%d}" + (f" – {last:%a %m-%d}" if last != first else "")
        return day, "all day", f"v{first.isocalendar().week}"
    start = timing.start.astimezone(zone(display_zone))
    end = timing.end.astimezone(zone(display_zone))
    day = f"{start:%a %Y-%m-%d}"
    hours = f"{clock_text(start)}–{clock_text(end)}"
    if end.date() != start.date():
        hours = f"{clock_text(start)}–{end:%m-%d} {clock_text(end)}"
    if timing.time_zone != display_zone:
        local = timing.start
        hours += f" ({clock_text(local)} {_zone_label(timing.time_zone)})"
    return day, hours, f"v{start.isocalendar().week}"


def _zone_label(name: str) -> str:
    return name.rsplit("/", 1)[-1].replace("_", " ")


def as_table(occurrences: Sequence[Occurrence], display_zone: str) -> str:
    if not occurrences:
        return "No events."
    rows = []
    for o in occurrences:
        day, hours, week = when(o.timing, display_zone)
        title = o.title + (" (changed)" if o.changed and o.status.value != "cancelled" else "")
        venue = terminal_text(o.venue_name or "")
        rows.append([day, hours, week, o.kind.label, terminal_text(title), venue, o.status.value])
    header = ["Date", "Time", "Week", "Kind", "Title", "Venue", "Status"]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    # On a terminal, shorten the title and venue to fit; into a pipe or file, keep them whole.
    total = shutil.get_terminal_size((120, 20)).columns if sys.stdout.isatty() else 10_000
    fixed = sum(widths) - widths[4] - widths[5] + 2 * (len(header) - 1)
    room = max(20, total - fixed)
    widths[4] = min(widths[4], max(20, room * 2 // 3))
    widths[5] = min(widths[5], max(10, room - widths[4]))
    lines = ["  ".join(_fit(h, w) for h, w in zip(header, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    for row in rows:
        lines.append("  ".join(_fit(c, w) for c, w in zip(row, widths, strict=True)).rstrip())
    count = len(occurrences)
    lines.append(f"{count} occurrence{'s' if count != 1 else ''}; times in {display_zone}")
    return "\n".join(lines)


def _fit(text: str, width: int) -> str:
    return text.ljust(width) if len(text) <= width else text[: width - 1] + "…"


def event_record(event: Event) -> dict[str, Any]:
    timing = event.timing
    record: dict[str, Any] = {
        "id": event.id,
        "uid": event.uid,
        "title": event.title,
        "kind": event.kind.value,
        "status": event.status.value,
        "all_day": timing.all_day,
        "time_zone": timing.time_zone,
    }
    if isinstance(timing, TimedSpan):
        record.update(start=_iso(timing.start), end=_iso(timing.end))
    else:
        record.update(start=timing.first_day.isoformat(), end=timing.last_day.isoformat())
    record.update(
        description=event.description,
        venue=event.venue_name,
        online_url=event.online_url,
        project=event.project_name,
        organiser=event.organiser_name,
        tags=list(event.tags),
        capacity=event.capacity,
        public=event.public,
        web_page=event.web_page,
        busy_status=event.busy_status.value,
        reminder_minutes=event.reminder_minutes,
        recurrence=event.recurrence.rule if event.recurrence else None,
        exdates=[recurrence_id_text(x) for x in event.recurrence.exdates]
        if event.recurrence
        else [],
        changed_occurrences=[
            {
                "recurrence_id": recurrence_id_text(c.recurrence_id),
                "cancelled": c.cancelled,
                "title": c.title,
                "start": _change_start(c.timing),
            }
            for c in event.changes
        ],
        notes=event.notes,
        sequence=event.sequence,
        version=event.version,
        created=event.created_at.isoformat(timespec="seconds"),
        modified=event.modified_at.isoformat(timespec="seconds"),
    )
    return record


def _change_start(timing: Timing | None) -> str | None:
    if timing is None:
        return None
    return _iso(timing.start) if isinstance(timing, TimedSpan) else timing.first_day.isoformat()


def reminder_text(minutes: int) -> str:
    """ "1 week before", "2 days before", "90 minutes before": the largest whole unit, as
    the window's reminder choices read (never "10080 min")."""
    if minutes == 0:
        return "at the start"
    for size, unit in ((10080, "week"), (1440, "day"), (60, "hour"), (1, "minute")):
        if minutes % size == 0:
            count = minutes // size
            return f"{count} {unit}{'' if count == 1 else 's'} before"
    raise AssertionError("every number of minutes is a whole number of minutes")


def event_text(event: Event, display_zone: str) -> str:
    record = event_record(event)
    day, hours, week = when(event.timing, display_zone)
    lines = [
        event.title,
        "=" * min(len(event.title), 80),
        f"When:        {day}, {hours} ({week})",
        f"Time zone:   {event.timing.time_zone}",
        f"Kind:        {event.kind.label}",
        f"Status:      {event.status.value}",
    ]
    optional = [
        ("Repeats", record["recurrence"]),
        ("Except", ", ".join(record["exdates"])),
        ("Venue", event.venue_name),
        ("Online", event.online_url),
        ("Project", event.project_name),
        ("Organiser", event.organiser_name),
        ("Tags", ", ".join(event.tags)),
        ("Capacity", str(event.capacity) if event.capacity is not None else ""),
        ("Visibility", "public" if event.public else "closed"),
        ("Web page", event.web_page),
        (
            "Busy as",
            event.busy_status.label + (" (default)" if event.busy_status_is_default else ""),
        ),
        (
            "Reminder",
            "" if event.reminder_minutes is None else reminder_text(event.reminder_minutes),
        ),
    ]
    lines += [f"{(label + ':').ljust(12)} {value}" for label, value in optional if value]
    for change in record["changed_occurrences"]:
        what = "cancelled" if change["cancelled"] else "changed"
        detail = ", ".join(x for x in (change["title"], change["start"]) if x)
        lines.append(
            f"Occurrence:  {change['recurrence_id']} {what}{': ' + detail if detail else ''}"
        )
    if event.description:
        lines += ["", event.description]
    if event.notes:
        lines += ["", "Notes (private):", event.notes]
    lines += ["", f"UID {event.uid} · id {event.id} · revision {event.sequence}"]
    return terminal_text("\n".join(lines))
