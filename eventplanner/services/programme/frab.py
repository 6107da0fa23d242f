"""An event's programme as the schedule file conference apps read (issue 14): frab's
schedule.xml and the schedule.json pretalx exports (the c3voc schema), made from one
structure so that both say the same.

Stages are rooms, sessions are events (breaks and lunches are left out, as pretalx leaves
them out); each day runs from 04:00 to 03:59 the next morning in the event's zone, as
pretalx counts it. Identifiers are stable: a session's id is its id and its guid derives
from its UID, which stays when it moves, so apps update rather than duplicate it. The XML
keeps to the elements the frab schema (c3voc's schedule.xml.xsd) allows.
"""

from __future__ import annotations

import json
import re
import unicodedata
import uuid
import xml.etree.ElementTree as ElementTree
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from eventplanner import __version__
from eventplanner.domain.errors import ValidationError
from eventplanner.domain.model import Event
from eventplanner.domain.programme import PersonRole, Session, SessionKind, Target
from eventplanner.domain.timezones import zone
from eventplanner.services.files import write_atomically
from eventplanner.services.programme.records import Programme

JSON_SCHEMA = "https://c3voc.de/schedule/schema.json"
DAY_CHANGE = time(4, 0)
"""When one day of the schedule becomes the next (pretalx's and frab's habit)."""
_ON_STAGE = (PersonRole.SPEAKER, PersonRole.MODERATOR, PersonRole.PANELLIST, PersonRole.HOST,
             PersonRole.GUEST_OF_HONOUR)  # fmt: skip
"""Who a conference app lists with a session (not its technicians or staff)."""


def _ascii_words(text: str) -> list[str]:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.findall(r"[a-z0-9]+", plain)


def acronym_of(title: str, ident: int) -> str:
    """A lower-case acronym of the event's title ("innovationsdagarna_vasteras_2027")."""
    words = _ascii_words(title)
    text = "_".join(words)[:60].strip("_")
    return text if len(text) >= 4 else f"event_{ident}"


def _hours(length: timedelta) -> str:
    minutes = int(length.total_seconds()) // 60
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _guid(*parts: object) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "urn:eventplanner:" + "/".join(map(str, parts))))


def _schedule_day(moment: datetime, time_zone: str) -> date:
    local = moment.astimezone(zone(time_zone))
    return (local - timedelta(hours=DAY_CHANGE.hour, minutes=DAY_CHANGE.minute)).date()


def schedule(programme: Programme, event: Event) -> dict[str, Any]:
    """The schedule as pretalx's schedule.json has it (c3voc's schema)."""
    info = programme.event
    tz_name = info.time_zone
    tz = zone(tz_name)
    acronym = acronym_of(event.title, info.id)
    base_url = event.web_page or event.online_url or f"urn:uuid:{_guid(programme.event_uid)}"
    fallback_room = event.venue_name or event.title
    rooms: dict[str, dict[str, Any]] = {}
    for stage in programme.stages:
        rooms[stage.name] = {
            "name": stage.name,
            "guid": _guid(programme.event_uid, "stage", stage.id),
            "description": "digital stage" if stage.digital else "",
            "capacity": None,
        }
    shown = [s for s in programme.sessions if not s.kind.is_pause]
    if any(s.stage_id is None for s in shown) and fallback_room not in rooms:
        rooms[fallback_room] = {
            "name": fallback_room,
            "guid": _guid(programme.event_uid, "room"),
            "description": "",
            "capacity": None,
        }
    days: list[dict[str, Any]] = []
    first = min([info.first_day, *(_schedule_day(s.start, tz_name) for s in shown)])
    last = max([info.last_day, *(_schedule_day(s.start, tz_name) for s in shown)])
    day = first
    while day <= last:
        start = datetime.combine(day, DAY_CHANGE, tz)
        end = datetime.combine(day + timedelta(days=1), DAY_CHANGE, tz) - timedelta(minutes=1)
        on_day: dict[str, list[dict[str, Any]]] = {name: [] for name in rooms}
        for session in shown:
            if _schedule_day(session.start, tz_name) != day:
                continue
            on_stage = programme.stage(session.stage_id)
            room = on_stage.name if on_stage is not None else fallback_room
            on_day[room].append(_session(programme, session, room, acronym, base_url))
        days.append(
            {
                "index": (day - first).days + 1,
                "date": day.isoformat(),
                "day_start": start.isoformat(),
                "day_end": end.isoformat(),
                "rooms": on_day,
            }
        )
        day += timedelta(days=1)
    conference: dict[str, Any] = {
        "acronym": acronym,
        "title": event.title,
        "start": first.isoformat(),
        "end": last.isoformat(),
        "daysCount": len(days),
        "timeslot_duration": "00:05",
        "time_zone_name": tz_name,
        "rooms": list(rooms.values()),
        "tracks": [],
        "days": days,
    }
    if event.description.strip():
        conference["description"] = event.description.strip()
    if event.web_page:
        conference["url"] = event.web_page
    return {
        "$schema": JSON_SCHEMA,
        "generator": {"name": "Eventplanner", "version": __version__},
        "schedule": {
            "version": str(event.sequence),
            "base_url": base_url,
            "conference": conference,
        },
    }


def _slug(acronym: str, session: Session) -> str:
    words = "-".join(_ascii_words(session.title))[:50].strip("-")
    return f"{acronym.replace('_', '-')}-{session.id}-{words}".strip("-_")


def _session(
    programme: Programme, session: Session, room: str, acronym: str, base_url: str
) -> dict[str, Any]:
    assert session.id is not None
    stage = programme.stage(session.stage_id)
    block = programme.block(session.block_id)
    people = list(programme.people_on(Target.SESSION, session.id))
    if block is not None and block.id is not None:
        people = list(programme.people_on(Target.BLOCK, block.id)) + people
    persons: list[dict[str, Any]] = []
    seen: set[int] = set()
    for link in people:
        if link.role not in _ON_STAGE or link.contact_id in seen:
            continue
        seen.add(link.contact_id)
        persons.append(
            {
                "guid": _guid("contact", link.contact_id),
                "code": f"P{link.contact_id}",
                "name": link.contact_name,
                "biography": "",
            }
        )
    links: list[dict[str, str]] = []
    if stage is not None and stage.stream_url:
        links.append({"url": stage.stream_url, "title": "Stream"})
    if stage is not None and stage.recording_url:
        links.append({"url": stage.recording_url, "title": "Recording"})
    slug = _slug(acronym, session)
    url = f"{base_url}#{slug}" if base_url.startswith(("http://", "https://")) else base_url
    return {
        "guid": _guid(session.uid),
        "id": session.id,
        "date": session.start.isoformat(),
        "start": session.start.strftime("%H:%M"),
        "duration": _hours(session.duration),
        "room": room,
        "slug": slug,
        "url": url,
        "title": session.title,
        "subtitle": "",
        "track": block.title if block is not None else None,
        "type": _TYPES.get(session.kind, session.kind.value),
        "language": session.language,
        "abstract": "",
        "description": session.description,
        "recording_license": "",
        "do_not_record": False,
        "persons": persons,
        "links": links,
        "attachments": [],
    }


_TYPES = {SessionKind.KEYNOTE: "keynote", SessionKind.TALK: "talk", SessionKind.PANEL: "panel",
          SessionKind.WORKSHOP: "workshop"}  # fmt: skip


def schedule_json(programme: Programme, event: Event) -> str:
    """schedule.json, as pretalx writes it."""
    return json.dumps(schedule(programme, event), ensure_ascii=False, indent=2) + "\n"


def _sub(parent: ElementTree.Element, tag: str, text: str | None = None,
         **attributes: str) -> ElementTree.Element:  # fmt: skip
    element = ElementTree.SubElement(parent, tag, attributes)
    if text is not None:
        element.text = text
    return element


def schedule_xml(programme: Programme, event: Event) -> str:
    """frab's schedule.xml: version, conference, and each day's rooms with their events."""
    data = schedule(programme, event)["schedule"]
    conference = data["conference"]
    root = ElementTree.Element("schedule")
    _sub(root, "version", data["version"])
    head = _sub(root, "conference")
    for name in ("acronym", "title", "start", "end"):
        _sub(head, name, conference[name])
    _sub(head, "days", str(conference["daysCount"]))
    _sub(head, "timeslot_duration", conference["timeslot_duration"])
    for day in conference["days"]:
        day_element = _sub(
            root, "day", index=str(day["index"]), date=day["date"], start=day["day_start"],
            end=day["day_end"],
        )  # fmt: skip
        for room_name, sessions in day["rooms"].items():
            room = _sub(day_element, "room", name=room_name)
            for item in sessions:
                _xml_event(room, item)
    ElementTree.indent(root)
    body = ElementTree.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{body}\n'


def _xml_event(room: ElementTree.Element, item: dict[str, Any]) -> None:
    element = _sub(room, "event", guid=item["guid"], id=str(item["id"]))
    for name in ("date", "start", "duration", "room", "slug", "title", "subtitle"):
        _sub(element, name, item[name])
    _sub(element, "track", item["track"] or "")
    _sub(element, "type", item["type"])
    _sub(element, "language", item["language"])
    _sub(element, "abstract", item["abstract"])
    _sub(element, "description", item["description"])
    recording = _sub(element, "recording")
    _sub(recording, "license", item["recording_license"])
    _sub(recording, "optout", "true" if item["do_not_record"] else "false")
    persons = _sub(element, "persons")
    for person in item["persons"]:
        _sub(persons, "person", person["name"], id=person["code"][1:])
    links = _sub(element, "links")
    for link in item["links"]:
        _sub(links, "link", link["title"], href=link["url"])


def write_schedule(programme: Programme, event: Event, path: Path) -> int:
    """Write the schedule to ``path`` (frab XML for .xml, pretalx JSON for .json) in one
    step; returns the sessions written. ValidationError for another suffix, PublishError
    when the file cannot be written."""
    suffix = path.suffix.lower()
    if suffix not in (".xml", ".json"):
        raise ValidationError("file", f"{path.name!r} must end in .xml or .json")
    text = (schedule_json if suffix == ".json" else schedule_xml)(programme, event)
    write_atomically(path, text.encode(), what=f"The schedule {path.name!r}", done="written")
    return sum(not s.kind.is_pause for s in programme.sessions)
