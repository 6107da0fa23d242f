"""The playbook file: round trip, clear errors for malformed files, newer versions refused,
and every shipped playbook loads and plans."""

from __future__ import annotations

import json
from datetime import date
from importlib import resources
from typing import Any

import pytest

from eventplanner.domain.deadlines import DayOff, Direction, RelativeDeadline, Unit
from eventplanner.domain.enums import EventKind
from eventplanner.domain.playbook_files import (
    FORMAT,
    PlaybookFileError,
    dumps,
    from_document,
    loads,
    to_document,
)
from eventplanner.domain.playbooks import (
    Anchor,
    EventFacts,
    PhaseFact,
    Playbook,
    TaskTemplate,
    plan,
)
from eventplanner.domain.tasks import AnchorKind, OwnerRole
from eventplanner.domain.working_days import WorkingCalendar

PLAYBOOK = Playbook(
    "Seminarium för lokala aktörer",
    (
        TaskTemplate(
            "invitations",
            "Invite local actors",
            "Bjud in lokala aktörer",
            RelativeDeadline(5, Unit.WEEKS, Direction.BEFORE, DayOff.EARLIER),
            owner_role=OwnerRole.COMMUNICATIONS,
            description_sv="Kommun, skolor, fack",
        ),
        TaskTemplate(
            "reminder",
            "",
            "Påminn de inbjudna",
            RelativeDeadline(10, Unit.WORKING_DAYS, Direction.AFTER, DayOff.LATER),
            anchor=Anchor(AnchorKind.TASK, "invitations"),
        ),
        TaskTemplate(
            "badges",
            "Order badges",
            "Beställ utställarkort",
            RelativeDeadline(2, Unit.DAYS, Direction.BEFORE, DayOff.KEEP),
            anchor=Anchor(AnchorKind.FAIR_DEADLINE, "badges"),
            owner_role=OwnerRole.STAND_LEAD,
            fallback=RelativeDeadline(3, Unit.WEEKS, Direction.BEFORE, DayOff.EARLIER),
        ),
    ),
    event_kind=EventKind.SEMINAR,
    description_en="For the funder's dissemination",
    language="sv",
)


def document() -> dict[str, Any]:
    return to_document(PLAYBOOK)


def test_a_playbook_goes_through_its_file_unchanged() -> None:
    text = dumps(PLAYBOOK)
    assert "Påminn" in text  # UTF-8 as it is
    assert loads(text) == PLAYBOOK
    data = json.loads(text)
    assert data["format"] == FORMAT and data["version"] == 1
    assert data["tasks"][1] == {
        "key": "reminder",
        "title": {"sv": "Påminn de inbjudna"},
        "owner": "coordinator",
        "anchor": {"kind": "task", "ref": "invitations"},
        "due": {"amount": 10, "unit": "working_days", "direction": "after", "day_off": "later"},
    }


def test_defaults_and_a_plain_text_title() -> None:
    data = {
        "format": FORMAT,
        "version": 1,
        "name": "Short",
        "tasks": [
            {
                "key": "a",
                "title": "Do it",
                "due": {"amount": 1, "unit": "weeks", "direction": "before"},
            }
        ],
    }
    playbook = from_document(data)
    only = playbook.templates[0]
    assert (playbook.language, playbook.event_kind) == ("en", None)
    assert only.title_en == "Do it" and only.anchor.kind is AnchorKind.EVENT_START
    assert only.rule.day_off is DayOff.EARLIER and only.owner_role is OwnerRole.COORDINATOR


def broken(change: str) -> dict[str, Any]:
    data = document()
    exec(change, {"d": data})
    return data


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        (
            "d['tasks'][1]['due']['unit'] = 'fortnights'",
            "tasks[1] ('reminder').due.unit",
            "'fortnights' is not one of days, weeks, working_days",
        ),
        (
            "d['tasks'][0]['due']['amount'] = -5",
            "tasks[0] ('invitations').due.amount",
            "negative",
        ),
        (
            "d['tasks'][0]['due']['amount'] = '5'",
            "tasks[0] ('invitations').due.amount",
            "whole number",
        ),
        ("del d['tasks'][0]['due']", "tasks[0] ('invitations').due", "an object"),
        (
            "d['tasks'][2]['anchor']['kind'] = 'moon'",
            "tasks[2] ('badges').anchor.kind",
            "not one of",
        ),
        (
            "d['tasks'][1]['anchor']['ref'] = 'nothing'",
            "task 'reminder': anchor",
            "no task has the key 'nothing'",
        ),
        ("d['tasks'][0]['titel'] = 'x'", "tasks[0] ('invitations')", "no field 'titel'"),
        ("d['tasks'][0]['title'] = {}", "tasks[0] ('invitations').title", "English (en) or"),
        ("d['tasks'][0]['title'] = {'de': 'x'}", "tasks[0] ('invitations').title", "no field 'de'"),
        ("d['tasks'][0]['owner'] = 'boss'", "tasks[0] ('invitations').owner", "'boss'"),
        ("d['tasks'] = {}", "tasks", "a list"),
        ("d['tasks'].append(3)", "tasks[3]", "a task is an object"),
        ("d['name'] = 4", "name", "a text"),
        ("del d['name']", "name", "missing"),
        ("d['event_kind'] = 'party'", "event_kind", "not one of"),
        ("d['colour'] = 'red'", "colour", "no field 'colour'"),
        ("d['version'] = 0", "version", "a whole number"),
        ("d['tasks'].append(dict(d['tasks'][0]))", "task 'invitations': key", "both have the key"),
    ],
)
def test_a_malformed_file_says_what_is_wrong_and_where(change: str, field: str, words: str) -> None:
    with pytest.raises(PlaybookFileError) as caught:
        from_document(broken(change))
    assert caught.value.field == field
    assert words in caught.value.message


def test_a_newer_version_is_refused_asking_for_a_newer_eventplanner() -> None:
    with pytest.raises(PlaybookFileError) as caught:
        loads(json.dumps({**document(), "version": 2}), source="shared.json")
    assert caught.value.field == "version"
    assert "shared.json is a playbook of version 2" in caught.value.message
    assert "update Eventplanner" in caught.value.message


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("{", "not JSON: Expecting property name"),
        ("[]", "not an Eventplanner playbook"),
        ('{"format": "other"}', "not an Eventplanner playbook"),
    ],
)
def test_what_is_no_playbook_file_says_so(text: str, words: str) -> None:
    with pytest.raises(PlaybookFileError) as caught:
        loads(text, source="notes.json")
    assert caught.value.field == "notes.json"
    assert words in caught.value.message


SHIPPED = sorted(
    entry.name
    for entry in (resources.files("eventplanner") / "resources" / "playbooks").iterdir()
    if entry.name.endswith(".json")
)


def test_five_playbooks_are_shipped() -> None:
    assert SHIPPED == [
        "course_series.json",
        "innovation_days.json",
        "report_launch.json",
        "research_seminar.json",
        "trade_fair.json",
    ]


@pytest.mark.parametrize("name", SHIPPED)
def test_a_shipped_playbook_loads_and_plans_a_sample_event(name: str) -> None:
    text = (resources.files("eventplanner") / "resources" / "playbooks" / name).read_text("utf-8")
    playbook = loads(text, source=name)
    assert 10 <= len(playbook.templates) <= 40
    assert playbook.event_kind is not None
    assert all(t.title_en and t.title_sv for t in playbook.templates)
    assert loads(dumps(playbook)) == playbook
    facts = EventFacts(
        date(2027, 1, 19),
        date(2027, 1, 21),
        phases=(
            PhaseFact("Build-up", "build_up", date(2027, 1, 18)),
            PhaseFact("Tear-down", "tear_down", date(2027, 1, 22)),
        ),
    )
    planned = plan(playbook, facts, WorkingCalendar())
    assert len(planned) == len(playbook.templates)
    calendar = WorkingCalendar()
    for task in planned:
        rule = (
            task.template.fallback if task.note and task.template.fallback else task.template.rule
        )
        if rule.day_off is not DayOff.KEEP:
            assert calendar.is_working_day(task.due.day), task.template.key
    assert planned[0].due.day < facts.first_day
