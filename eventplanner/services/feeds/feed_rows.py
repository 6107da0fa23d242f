"""Feeds as rows: the filter as JSON text, and the row turned into a Feed and back."""

from __future__ import annotations

import json
from typing import Any

from eventplanner.domain.enums import EventKind, EventStatus
from eventplanner.domain.errors import DatabaseError
from eventplanner.domain.feeds import Feed, FeedProgramme, FeedTasks, PhaseChoice
from eventplanner.domain.filters import EventFilter
from eventplanner.persistence.schema import FeedRow


def filter_json(where: EventFilter) -> str:
    """The stored form of a feed's filter: sorted, so equal filters give equal text."""
    value = {
        "kinds": sorted(k.value for k in where.kinds),
        "statuses": sorted(s.value for s in where.statuses),
        "project_ids": sorted(where.project_ids),
        "venue_ids": sorted(where.venue_ids),
        "organiser_ids": sorted(where.organiser_ids),
        "tags": sorted(where.tags),
        "tag_ids": sorted(where.tag_ids),
        "text": where.text,
        "include_cancelled": where.include_cancelled,
    }
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def parse_filter_json(text: str, feed_name: str) -> EventFilter:
    """The filter stored as ``text``; a DatabaseError naming the feed if it is damaged."""

    def damaged(what: str) -> DatabaseError:
        return DatabaseError(
            f"the stored filter of the feed {feed_name!r} is damaged ({what}); edit the feed "
            "and save its filter again"
        )

    try:
        value = json.loads(text or "{}")
    except json.JSONDecodeError as exc:
        raise damaged(f"not JSON: {exc.msg}") from None
    if not isinstance(value, dict):
        raise damaged("not a JSON object")

    def items(key: str, kind: type[Any]) -> list[Any]:
        found = value.get(key, [])
        if not isinstance(found, list) or not all(
            isinstance(x, kind) and not isinstance(x, bool) for x in found
        ):
            raise damaged(f"{key} is not a list of {kind.__name__}")
        return found

    try:
        kinds = frozenset(EventKind(k) for k in items("kinds", str))
        statuses = frozenset(EventStatus(s) for s in items("statuses", str))
    except ValueError as exc:
        raise damaged(str(exc)) from None
    text_value = value.get("text", "")
    include = value.get("include_cancelled", True)
    if not isinstance(text_value, str):
        raise damaged("text is not a string")
    if not isinstance(include, bool):
        raise damaged("include_cancelled is not true or false")
    return EventFilter(
        text=text_value,
        kinds=kinds,
        statuses=statuses,
        project_ids=frozenset(items("project_ids", int)),
        venue_ids=frozenset(items("venue_ids", int)),
        organiser_ids=frozenset(items("organiser_ids", int)),
        tags=frozenset(items("tags", str)),
        tag_ids=frozenset(items("tag_ids", int)),
        include_cancelled=include,
    )


def feed_of(row: FeedRow) -> Feed:
    return Feed(
        id=row.id,
        name=row.name,
        calendar_name=row.calendar_name,
        description=row.description,
        where=parse_filter_json(row.filter_json, row.name),
        first_day=row.first_day,
        last_day=row.last_day,
        include_cancelled=row.include_cancelled,
        cancelled_prefix=row.cancelled_prefix,
        include_notes=row.include_notes,
        folder=row.folder,
        language=row.language,
        programme=parse_programme_json(row.programme_json, row.name),
        tasks=parse_tasks_json(row.tasks_json, row.name),
        token=row.token,
        published_at=row.published_at,
        version=row.version,
    )


def feed_columns(feed: Feed) -> dict[str, Any]:
    """The columns a person edits (not identity, token, publication or bookkeeping)."""
    return {
        "name": feed.name.strip(),
        "calendar_name": feed.calendar_name.strip(),
        "description": feed.description,
        "filter_json": filter_json(feed.where),
        "first_day": feed.first_day,
        "last_day": feed.last_day,
        "include_cancelled": feed.include_cancelled,
        "cancelled_prefix": feed.cancelled_prefix,
        "include_notes": feed.include_notes,
        "folder": feed.folder.strip(),
        "language": feed.language,
        "programme_json": programme_json(feed.programme),
        "tasks_json": tasks_json(feed.tasks),
    }


def tasks_json(tasks: FeedTasks) -> str:
    """The stored form of a deadline feed's choice ("{}" for a feed of events)."""
    if not tasks.wanted:
        return "{}"
    return json.dumps({"owner_id": tasks.owner_id, "event_id": tasks.event_id}, sort_keys=True)


def parse_tasks_json(text: str, feed_name: str) -> FeedTasks:
    """What ``tasks_json`` stored; a DatabaseError naming the feed if it is damaged."""
    try:
        value = json.loads(text or "{}")
    except json.JSONDecodeError:
        value = None

    def an_id(found: object) -> bool:
        return found is None or (isinstance(found, int) and not isinstance(found, bool))

    if not isinstance(value, dict) or not all(
        an_id(value.get(k)) for k in ("owner_id", "event_id")
    ):
        raise DatabaseError(
            f"the stored choice of tasks of the feed {feed_name!r} is damaged; edit the feed "
            "and save it again"
        )
    return FeedTasks(value.get("owner_id"), value.get("event_id"))


def programme_json(programme: FeedProgramme) -> str:
    """The stored form of what of the programme a feed publishes ("{}" for nothing)."""
    if programme == FeedProgramme():
        return "{}"
    value = {
        "sessions": programme.sessions,
        "stage": programme.stage,
        "breaks": programme.breaks,
        "phases": programme.phases.value,
        "person_id": programme.person_id,
    }
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def parse_programme_json(text: str, feed_name: str) -> FeedProgramme:
    """What ``programme_json`` stored; a DatabaseError naming the feed if it is damaged."""
    try:
        value = json.loads(text or "{}")
    except json.JSONDecodeError:
        value = None
    if not isinstance(value, dict):
        raise DatabaseError(
            f"the stored programme choice of the feed {feed_name!r} is damaged; edit the feed "
            "and save it again"
        )
    sessions, stage = value.get("sessions", False), value.get("stage", "")
    breaks, phases = value.get("breaks", False), value.get("phases", "none")
    person = value.get("person_id")
    if not (
        isinstance(sessions, bool)
        and isinstance(breaks, bool)
        and isinstance(stage, str)
        and phases in {p.value for p in PhaseChoice}
        and (person is None or (isinstance(person, int) and not isinstance(person, bool)))
    ):
        raise DatabaseError(
            f"the stored programme choice of the feed {feed_name!r} is damaged; edit the feed "
            "and save it again"
        )
    return FeedProgramme(sessions, stage, breaks, PhaseChoice(phases), person)
