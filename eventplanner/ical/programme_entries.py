"""An event's sessions and phases as VEVENTs of their own (issue 14), by Outlook's rules.

Each entry keeps its own UID (a session's stays when it moves), takes its event's SEQUENCE
(raised with every change of the programme, so with every change of a session: OUTLOOK.md
7), names its event in RELATED-TO, says "stage, venue" in LOCATION and puts the stream link
in URL and DESCRIPTION (OUTLOOK.md 8). Speakers and their organisations are named in
DESCRIPTION, never as ATTENDEE: in a PUBLISH feed Outlook would make them meeting
recipients (OUTLOOK.md 8, [MS-OXCICAL] 2.1.3.1.1.20.16).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from eventplanner.domain.enums import BusyStatus
from eventplanner.domain.timing import TimedSpan
from eventplanner.ical.lines import escape_text, fold, uri_value
from eventplanner.ical.outlook_rules import BUSY
from eventplanner.ical.values import DTSTAMP_MARK, EventText, Place
from eventplanner.ical.vevent import _timing_lines, utc_text

_ROLES_SV = {
    "speaker": "Talare",
    "moderator or chair": "Moderator",
    "panellist": "Paneldeltagare",
    "host": "Värd",
    "technician": "Tekniker",
    "stream operator": "Streamingtekniker",
    "staff": "Personal",
    "guest of honour": "Hedersgäst",
}
_WORDS = {
    "en": {"stream": "Stream", "part": "Part of", "you": "Your role"},
    "sv": {"stream": "Sändning", "part": "Del av", "you": "Din roll"},
}


@dataclass(frozen=True, slots=True)
class EntryPerson:
    """Someone named in an entry's description: name, role (its label), organisation."""

    name: str
    role: str
    organisation: str = ""


@dataclass(frozen=True, slots=True)
class ProgrammeEntry:
    """A session or a phase of an event, as a calendar entry of its own."""

    uid: str
    related_uid: str
    """The event's UID (RELATED-TO)."""
    title: str
    start: datetime
    end: datetime
    time_zone: str
    sequence: int
    created: datetime
    modified: datetime
    event_title: str = ""
    stage: str = ""
    place: Place | None = None
    stream_url: str = ""
    description: str = ""
    people: tuple[EntryPerson, ...] = ()
    own_role: str = ""
    """A person's feed: the role of the person whose feed it is ("speaker")."""
    busy: BusyStatus = BusyStatus.BUSY
    cancelled: bool = False
    """Its event is cancelled (kept in a feed that shows cancelled events, prefixed)."""

    @property
    def location(self) -> str:
        """ "stage, venue" on one line (OUTLOOK.md 8)."""
        parts = [self.stage.strip(), self.place.line if self.place is not None else ""]
        return ", ".join(p for p in parts if p)


def _role(label: str, language: str) -> str:
    return _ROLES_SV.get(label, label) if language == "sv" else label.capitalize()


def entry_description(entry: ProgrammeEntry, language: str = "en") -> str:
    """What the entry says: its description, its people with their organisations, the
    stream link, and the event it is part of."""
    words = _WORDS.get(language, _WORDS["en"])
    parts = [entry.description.strip()]
    if entry.own_role:
        parts.append(f"{words['you']}: {_role(entry.own_role, language).lower()}")
    people = []
    for person in entry.people:
        name = f"{person.name} ({person.organisation})" if person.organisation else person.name
        people.append(f"{_role(person.role, language)}: {name}")
    parts.append("\n".join(people))
    if entry.stream_url:
        parts.append(f"{words['stream']}: {entry.stream_url}")
    if entry.event_title:
        parts.append(f"{words['part']}: {entry.event_title}")
    return "\n\n".join(p for p in parts if p)


def entry_text(
    entry: ProgrammeEntry, *, language: str = "en", cancelled_prefix: str = "Cancelled: "
) -> EventText:
    """One VEVENT for the entry; DTSTAMP holds the mark ``calendar_text`` replaces."""
    zones: set[str] = set()
    timing = TimedSpan(entry.start, entry.end, entry.time_zone)
    title = cancelled_prefix + entry.title if entry.cancelled else entry.title
    lines = [
        "BEGIN:VEVENT",
        f"UID:{escape_text(entry.uid)}",
        f"DTSTAMP:{DTSTAMP_MARK}",
        f"CREATED:{utc_text(entry.created)}",
        f"LAST-MODIFIED:{utc_text(entry.modified)}",
        f"SEQUENCE:{entry.sequence}",
        f"RELATED-TO:{escape_text(entry.related_uid)}",
        *_timing_lines(timing, zones),
        f"SUMMARY:{escape_text(title)}",
    ]
    description = entry_description(entry, language)
    if description:
        lines.append(f"DESCRIPTION:{escape_text(description)}")
    lines.append("STATUS:CANCELLED" if entry.cancelled else "STATUS:CONFIRMED")
    if entry.location:
        lines.append(f"LOCATION:{escape_text(entry.location)}")
    if entry.stream_url:
        lines.append(f"URL:{uri_value(entry.stream_url)}")
    busy, transp = BUSY[BusyStatus.FREE if entry.cancelled else entry.busy]
    lines.append(f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}")
    lines.append(f"TRANSP:{transp}")
    lines.append("END:VEVENT")
    return EventText("".join(fold(line) for line in lines), frozenset(zones))
