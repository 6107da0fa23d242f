"""The programme as the schedule file conference apps read: frab's schedule.xml (in the
shape c3voc's schedule.xml.xsd allows) and pretalx's schedule.json, for the sample's
January innovation days."""

from __future__ import annotations

import json
import re
import uuid
import xml.etree.ElementTree as ElementTree
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from eventplanner.domain.enums import EventKind
from eventplanner.domain.filters import EventFilter, TimeWindow
from eventplanner.domain.model import Event
from eventplanner.domain.programme import PersonRole, Target
from eventplanner.services.programme.frab import schedule, schedule_json, schedule_xml
from eventplanner.services.programme.records import Programme
from eventplanner.services.sample import SampleSummary
from eventplanner.services.workspace import Workspace

TODAY = date(2026, 11, 18)
pytestmark = pytest.mark.database_copy("sample_year", TODAY)  # built once a run: tests/copies.py

# The frab schema's elements (c3voc's schedule.xml.xsd): what each element may hold, and
# which of those it must.
_CONFERENCE = {"title", "acronym", "start", "end", "days", "timeslot_duration"}
_EVENT = {"room", "title", "type", "date", "start", "duration", "persons", "language",
          "abstract", "description", "slug", "recording", "subtitle", "track", "links"}  # fmt: skip
_EVENT_REQUIRED = {"room", "title", "type", "date", "start", "duration", "abstract", "slug",
                   "subtitle", "track"}  # fmt: skip
_DURATION = re.compile(r"^[0-9]{1,2}:[0-9]{2}$")
_START = re.compile(r"^[0-2][0-9]:[0-5][0-9]$")


@pytest.fixture
def innovation_days(workspace: Workspace, made: object) -> tuple[Programme, Event]:
    summary = made
    assert isinstance(summary, SampleSummary)
    window = TimeWindow.days(summary.first_day, summary.last_day)
    kinds = EventFilter(kinds=frozenset({EventKind.INNOVATION_DAY}))
    ids = dict.fromkeys(o.event_id for o in workspace.queries.occurrences(window, kinds))
    programme = next(p for p in map(workspace.programme.programme, ids) if p.sessions)
    return programme, workspace.events.get(programme.event.id)


def _children(element: ElementTree.Element) -> list[str]:
    return [child.tag for child in element]


def test_the_xml_has_the_frab_shape(innovation_days: tuple[Programme, Event]) -> None:
    programme, event = innovation_days
    text = schedule_xml(programme, event)
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<schedule>')
    root = ElementTree.fromstring(text)
    assert root.tag == "schedule"
    assert _children(root)[:2] == ["version", "conference"]
    assert set(_children(root)[2:]) == {"day"}
    conference = root.find("conference")
    assert conference is not None and set(_children(conference)) == _CONFERENCE
    assert conference.findtext("title") == event.title
    assert conference.findtext("days") == "3"
    ids, guids, slugs = [], [], []
    for index, day in enumerate(root.iter("day"), start=1):
        assert day.get("index") == str(index)
        date.fromisoformat(day.get("date") or "")
        assert datetime.fromisoformat(day.get("start") or "").hour == 4
        assert set(_children(day)) <= {"room"}
        for room in day:
            assert room.get("name")
            for item in room:
                assert item.tag == "event"
                tags = _children(item)
                assert len(tags) == len(set(tags)) and _EVENT_REQUIRED <= set(tags) <= _EVENT
                assert item.findtext("room") == room.get("name")
                assert _START.match(item.findtext("start") or "")
                assert _DURATION.match(item.findtext("duration") or "")
                datetime.fromisoformat(item.findtext("date") or "")
                assert int(item.get("id") or "0") > 0
                uuid.UUID(item.get("guid") or "")
                persons = item.find("persons")
                assert persons is not None and set(_children(persons)) <= {"person"}
                ids.append(item.get("id"))
                guids.append(item.get("guid"))
                slugs.append(item.findtext("slug"))
    # The schema's unique keys: event id, guid and slug.
    assert len(ids) == len(set(ids)) == len(set(guids)) == len(set(slugs))
    assert len(ids) == sum(not s.kind.is_pause for s in programme.sessions)


def test_the_json_as_pretalx_writes_it(innovation_days: tuple[Programme, Event]) -> None:
    programme, event = innovation_days
    data = json.loads(schedule_json(programme, event))
    assert data["$schema"] == "https://c3voc.de/schedule/schema.json"
    conference = data["schedule"]["conference"]
    assert {"acronym", "title", "start", "end", "daysCount", "timeslot_duration", "days",
            "rooms", "time_zone_name"} <= set(conference)  # fmt: skip
    assert re.match(r"^[a-z0-9_-][a-z0-9_]{3,}$", conference["acronym"])
    assert conference["time_zone_name"] == "Europe/Stockholm"
    assert conference["start"] == programme.event.first_day.isoformat()
    assert conference["daysCount"] == 3 == len(conference["days"])
    assert [r["name"] for r in conference["rooms"]] == [s.name for s in programme.stages]
    by_guid = {
        item["guid"]: item
        for day in conference["days"]
        for items in day["rooms"].values()
        for item in items
    }
    for session in programme.sessions:
        guid = str(uuid.uuid5(uuid.NAMESPACE_URL, f"urn:eventplanner:{session.uid}"))
        if session.kind.is_pause:
            assert guid not in by_guid
            continue
        item = by_guid[guid]
        stage = programme.stage(session.stage_id)
        assert item["id"] == session.id and item["title"] == session.title
        assert item["room"] == (stage.name if stage else event.venue_name or event.title)
        assert datetime.fromisoformat(item["date"]) == session.start
        assert item["start"] == session.start.strftime("%H:%M")
        minutes = int(session.duration.total_seconds() // 60)
        assert item["duration"] == f"{minutes // 60:02d}:{minutes % 60:02d}"
        assert re.match(r"^[a-z0-9_-]+[a-z0-9]$", item["slug"])
        listed = (PersonRole.SPEAKER, PersonRole.MODERATOR, PersonRole.PANELLIST)
        people = programme.people_on(Target.SESSION, session.id or 0)
        on_stage = {p.contact_name for p in people if p.role in listed}
        assert on_stage <= {p["name"] for p in item["persons"]}
        for person in item["persons"]:
            assert re.match(r"^[A-Z0-9]+$", person["code"]) and "public_name" not in person
        if stage and stage.stream_url:
            assert {"url": stage.stream_url, "title": "Stream"} in item["links"]
    # The guest's evening session is on Stockholm's clock, with its offset.
    (evening,) = [i for i in by_guid.values() if "Silicon Valley" in i["title"]]
    assert evening["date"].endswith("+01:00") and evening["start"] == "17:30"  # 08:30 in Palo Alto


def test_a_moved_session_keeps_its_guid(
    workspace: Workspace, innovation_days: tuple[Programme, Event]
) -> None:
    programme, event = innovation_days
    session = next(s for s in programme.sessions if not s.kind.is_pause)
    before = schedule(programme, event)
    workspace.programme.edit_session(
        replace(session, start=session.start + timedelta(hours=1),
                end=session.end + timedelta(hours=1))
    )  # fmt: skip
    after = schedule(workspace.programme.programme(programme.event.id), event)

    def find(data: dict[str, object]) -> dict[str, str]:
        days = data["schedule"]["conference"]["days"]  # type: ignore[index]
        return next(i for d in days for items in d["rooms"].values() for i in items
                    if i["id"] == session.id)  # fmt: skip

    assert find(after)["guid"] == find(before)["guid"]
    assert find(after)["start"] != find(before)["start"]
