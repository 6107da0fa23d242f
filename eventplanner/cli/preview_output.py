"""The export preview as text: how Outlook will read each event, in the reader's zone."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

from eventplanner.cli.output import terminal_text
from eventplanner.ical import PreviewRow


def as_table(rows: Sequence[PreviewRow], reader_zone: str) -> str:
    """Two lines an event: when and what, then busy status, reminder, recurrence, warnings."""
    if not rows:
        return f"Outlook in {reader_zone} will show nothing: no events were exported."
    lines = [f"How Outlook will show {len(rows)} item(s) to a reader in {reader_zone}:"]
    for row in rows:
        lines.append(f"{_when(row):<44}  {row.title}")
        details = [row.busy_status.label, _reminder(row.reminder), row.status.lower()]
        if row.recurrence:
            details.append(row.recurrence)
        if row.recurrence_id is not None:
            details.append(f"replaces the occurrence of {_moment(row.recurrence_id)}")
        if row.time_zone and not row.all_day:
            details.append(f"written in {row.time_zone}")
        if row.location:
            details.append(row.location)
        lines.append("    " + "; ".join(details))
        lines.extend(f"    warning: {warning}" for warning in row.warnings)
    return terminal_text("\n".join(lines))


def _when(row: PreviewRow) -> str:
    if row.all_day:
        first, last = row.start, row.end
        if first == last:
            return f"{_moment(first)}, all day"
        return f"{_moment(first)} – {_moment(last)}, all day"
    start, end = row.start, row.end
    if isinstance(start, datetime) and isinstance(end, datetime) and start.date() == end.date():
        return f"{_moment(start)}–{end:%H:%M}"
    return f"{_moment(start)} – {_moment(end)}"


def _moment(value: date | datetime) -> str:
    if isinstance(value, datetime):
        return f"{value:%a %Y-%m-%d %H:%M}"
    return f"{value:%a %Y-%m-%d}"


def _reminder(reminder: timedelta | None) -> str:
    if reminder is None:
        return "no reminder"
    minutes = int(reminder.total_seconds() // 60)
    if minutes % 1440 == 0 and minutes:
        return f"reminder {minutes // 1440} d before"
    if minutes % 60 == 0 and minutes:
        return f"reminder {minutes // 60} h before"
    return f"reminder {minutes} min before"
