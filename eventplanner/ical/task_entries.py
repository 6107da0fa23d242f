"""Tasks as deadlines in a calendar (issue 15): each an all-day VEVENT on its due date,
"Deadline: …", free time. Not VTODO: Outlook ignores VTODO in the calendars it imports or
subscribes to, so a deadline feed would show nothing there.

UID stays the task's for ever; SEQUENCE is the task's, which rises when its date, time or
title changes (OUTLOOK.md 7); done tasks are left out by whoever picks the tasks. A time of
day is said in DESCRIPTION (the entry stays all-day: a deadline is a day in a calendar, not
an appointment that makes its owner busy). No ATTENDEE: the owner is named in DESCRIPTION
(OUTLOOK.md 8).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from eventplanner.ical.lines import escape_text, fold
from eventplanner.ical.values import DTSTAMP_MARK, EventText
from eventplanner.ical.vevent import date_text, utc_text

_WORDS = {
    "en": {"deadline": "Deadline", "event": "Event", "owner": "Owner", "at": "Due at",
           "why": "Moved"},
    "sv": {"deadline": "Deadline", "event": "Evenemang", "owner": "Ansvarig",
           "at": "Klockan", "why": "Flyttad"},
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class TaskEntry:
    """A task as a calendar entry."""

    uid: str
    title: str
    day: date
    sequence: int
    created: datetime
    modified: datetime
    due_time: time | None = None
    notes: str = ""
    event_title: str = ""
    event_uid: str = ""
    owner: str = ""
    moved_reason: str = ""


def task_description(entry: TaskEntry, language: str = "en") -> str:
    words = _WORDS.get(language, _WORDS["en"])
    parts = []
    if entry.due_time is not None:
        parts.append(f"{words['at']} {entry.due_time:%H:%M}")
    if entry.event_title:
        parts.append(f"{words['event']}: {entry.event_title}")
    if entry.owner:
        parts.append(f"{words['owner']}: {entry.owner}")
    if entry.moved_reason:
        parts.append(f"{words['why']}: {entry.moved_reason}")
    if entry.notes.strip():
        parts.append(entry.notes.strip())
    return "\n".join(parts)


def task_text(entry: TaskEntry, *, language: str = "en") -> EventText:
    """One all-day VEVENT for the task; DTSTAMP holds the mark ``calendar_text`` replaces."""
    words = _WORDS.get(language, _WORDS["en"])
    lines = [
        "BEGIN:VEVENT",
        f"UID:{escape_text(entry.uid)}",
        f"DTSTAMP:{DTSTAMP_MARK}",
        f"CREATED:{utc_text(entry.created)}",
        f"LAST-MODIFIED:{utc_text(entry.modified)}",
        f"SEQUENCE:{entry.sequence}",
        f"DTSTART;VALUE=DATE:{date_text(entry.day)}",
        # Exclusive: the day after (OUTLOOK.md 4).
        f"DTEND;VALUE=DATE:{date_text(entry.day + timedelta(days=1))}",
        "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE",
        f"SUMMARY:{escape_text(words['deadline'] + ': ' + entry.title)}",
    ]
    if entry.event_uid:
        lines.append(f"RELATED-TO:{escape_text(entry.event_uid)}")
    description = task_description(entry, language)
    if description:
        lines.append(f"DESCRIPTION:{escape_text(description)}")
    lines += [
        "STATUS:CONFIRMED",
        "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
    ]
    return EventText("".join(fold(line) for line in lines), frozenset())
