"""An import record as an event draft: kind and tags from CATEGORIES, the venue from
LOCATION, the online link from URL, and the limits the planner holds text to."""

from __future__ import annotations

from dataclasses import dataclass

from eventplanner.domain.enums import BusyStatus, EventKind, EventStatus, default_busy_status
from eventplanner.domain.model import EventDraft, OccurrenceChange
from eventplanner.domain.series import occurrence_timing
from eventplanner.domain.validation import (
    MAX_REMINDER_MINUTES,
    MAX_TEXT,
    MAX_TITLE,
    occurrence_change_problems,
)
from eventplanner.ical import ExportOptions
from eventplanner.ical.reader_records import ImportRecord
from eventplanner.services.importing.import_venues import place_of, venue_key

MAX_TAG = 60
MAX_TAGS = 20
"""Tags an imported event gets from its CATEGORIES at most; a file's 50,000 categories on
one event would otherwise become 50,000 tags in the planner."""
_CANCELLED_PREFIX = ExportOptions().cancelled_prefix
UNTITLED = "(untitled)"

# What coordinators and calendars call each kind, in English and Swedish.
_KIND_NAMES: dict[EventKind, tuple[str, ...]] = {
    EventKind.TRADE_FAIR: ("trade fair", "trade fairs", "fair", "trade show", "exhibition",
                           "mässa", "mässor", "handelsmässa", "fackmässa", "utställning"),
    EventKind.LAUNCH: ("launch", "report launch", "lansering", "rapportlansering"),
    EventKind.INNOVATION_DAY: ("innovation day", "innovation days", "innovationsdag",
                               "innovationsdagar", "innovationsdagarna"),
    EventKind.COURSE: ("course", "courses", "training", "kurs", "kurser", "utbildning"),
    EventKind.SEMINAR: ("seminar", "seminars", "seminarium", "seminarier"),
    EventKind.WORKSHOP: ("workshop", "workshops"),
    EventKind.WEBINAR: ("webinar", "webinars", "webbinarium", "webbinarier", "webinarium"),
    EventKind.NETWORK_MEETING: ("network meeting", "network meetings", "networking",
                                "nätverksträff", "nätverksträffar", "nätverksmöte"),
    EventKind.OTHER: ("other", "övrigt", "annat"),
}  # fmt: skip
_KINDS_BY_NAME = {name: kind for kind, names in _KIND_NAMES.items() for name in names}


def kind_named(category: str) -> EventKind | None:
    """The kind a category names ("Seminarium", "Trade fair", "network_meeting"), if any."""
    key = " ".join(category.replace("_", " ").replace("-", " ").casefold().split())
    return _KINDS_BY_NAME.get(key)


@dataclass(frozen=True, slots=True)
class MappedEvent:
    """What an import record becomes, with what had to give."""

    draft: EventDraft
    changes: tuple[OccurrenceChange, ...]
    new_venue: str | None
    """A LOCATION no venue has: a venue of that name is made when the import is applied
    (one per ``venue_key``)."""
    warnings: tuple[str, ...]


def _without_prefix(title: str, status: EventStatus) -> str:
    """A cancelled event's title without the prefix our export gives it ("Cancelled: "):
    the status says so, and a title kept with it would gain another prefix each export."""
    if status is EventStatus.CANCELLED and title.startswith(_CANCELLED_PREFIX):
        return title[len(_CANCELLED_PREFIX) :]
    return title


def _one_line(text: str, limit: int, what: str, warnings: list[str]) -> str:
    line = " ".join(text.split())
    if len(line) > limit:
        warnings.append(f"the {what} is {len(line)} characters long; cut to {limit}")
        line = line[: limit - 1].rstrip() + "…"
    return line


def _text(text: str, limit: int, what: str, warnings: list[str]) -> str:
    if len(text) > limit:
        warnings.append(f"the {what} is {len(text):,} characters long; cut to {limit:,}")
        return text[:limit]
    return text


def _link(record: ImportRecord, description: str) -> tuple[str, str, str]:
    """(description, online link, web page): the writer puts an online meeting's link in
    URL and again at the end of DESCRIPTION (OUTLOOK.md 8); read back, it is the link."""
    url = record.url
    if not url.lower().startswith(("http://", "https://")) or any(c.isspace() for c in url):
        return description, "", ""
    trimmed = description.rstrip()
    if trimmed.endswith(url):
        return trimmed[: -len(url)].rstrip(), url, ""
    return description, "", url


def map_record(
    record: ImportRecord,
    *,
    default_kind: EventKind,
    project_id: int | None,
    venues: dict[str, int],
) -> MappedEvent:
    """The draft and changed occurrences of ``record``. ``venues``: venue ids by
    ``venue_key``. Not yet validated: the service checks the draft as it checks any other."""
    warnings = list(record.warnings)
    title = _one_line(_without_prefix(record.title, record.status), MAX_TITLE, "title", warnings)
    if not title:
        title = UNTITLED
        warnings.append(f"the event has no title (SUMMARY); it is called {UNTITLED}")
    kind: EventKind | None = None
    tags: list[str] = []
    for category in record.categories:
        named = kind_named(category)
        if named is not None and kind is None:
            kind = named  # the category that names the kind is the kind, not also a tag
            continue
        if len(tags) < MAX_TAGS:
            tags.append(_one_line(category, MAX_TAG, f"category {category[:20]!r}", warnings))
    if len(record.categories) - (kind is not None) > MAX_TAGS:
        warnings.append(
            f"the event has {len(record.categories):,} categories; the first {MAX_TAGS} "
            "became tags, the rest were left out"
        )
    kind = kind or default_kind
    description, online_url, web_page = _link(record, record.description)
    if record.url and not (online_url or web_page):
        warnings.append(f"URL {record.url[:60]!r} is not a web address; left out")
    description = _text(description, MAX_TEXT, "description", warnings)
    busy = record.busy_status
    if record.status is EventStatus.CANCELLED and busy is BusyStatus.FREE:
        busy = None  # every cancelled event is written free (OUTLOOK.md 5): it says nothing
    if busy is not None and busy == default_busy_status(kind):
        busy = None  # the kind's own: it follows the kind if that is changed later
    reminder = record.alarm_minutes
    if reminder is not None and reminder > MAX_REMINDER_MINUTES:
        warnings.append("the reminder is more than four weeks before the start; left out")
        reminder = None
    place = place_of(record.location)
    if place.note:
        warnings.append(place.note)
    location = _one_line(place.venue, MAX_TITLE, "location", warnings)
    venue_id = venues.get(venue_key(location)) if location else None
    if place.online_url and not online_url:
        online_url = place.online_url  # an online meeting's link in LOCATION: no venue
    draft = EventDraft(
        title=title,
        timing=record.timing,
        kind=kind,
        status=record.status,
        description=description,
        venue_id=venue_id,
        online_url=online_url,
        project_id=project_id,
        tags=tuple(tags),
        web_page=web_page,
        busy_status=busy,
        reminder_minutes=reminder,
        recurrence=record.recurrence,
    )
    changes = _changes(record, draft, warnings)
    new_venue = location if location and venue_id is None else None
    return MappedEvent(draft, changes, new_venue, tuple(warnings))


def _changes(
    record: ImportRecord, draft: EventDraft, warnings: list[str]
) -> tuple[OccurrenceChange, ...]:
    found: list[OccurrenceChange] = []
    for override in record.overrides:
        title = " ".join(_without_prefix(override.title, override.status).split()) or draft.title
        timing = override.timing
        cancelled = override.status is EventStatus.CANCELLED and draft.status is not (
            EventStatus.CANCELLED
        )
        change = OccurrenceChange(
            recurrence_id=override.recurrence_id,
            cancelled=cancelled,
            title=title[:MAX_TITLE] if title != draft.title else None,
            timing=timing
            if timing != occurrence_timing(draft.timing, override.recurrence_id)
            else None,
            description=override.description
            if override.description != record.description
            else None,
            status=override.status
            if override.status not in (draft.status, EventStatus.CANCELLED)
            else None,
        )
        problems = occurrence_change_problems(change)
        if problems:
            warnings.append(
                f"the changed occurrence at line {override.line} cannot be kept "
                f"({problems[0].field}: {problems[0].message}); the series' own is used"
            )
            continue
        if change != OccurrenceChange(recurrence_id=override.recurrence_id):
            found.append(change)
    return tuple(found)
