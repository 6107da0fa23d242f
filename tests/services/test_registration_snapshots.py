"""Registrations travel with their event: delete → undo brings them back whole, a duplicate
is a new occasion and copies none, a split series keeps them on its earlier part, an
import's update leaves them; and no participant ever reaches a feed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from eventplanner.domain.feeds import Feed
from eventplanner.domain.model import EventDraft
from eventplanner.domain.recurrence import Recurrence
from eventplanner.domain.series import split_draft
from eventplanner.domain.timing import TimedSpan
from eventplanner.services.registrations.records import EventRegistrations
from eventplanner.services.workspace import Workspace
from tests.services.registration_world import PEOPLE, STO, make_seminar


def _held(listed: EventRegistrations) -> list[tuple[object, ...]]:
    return [
        (line.name, line.registration.status, line.registration.needs, line.waitlist_position)
        for line in listed.lines
    ]


def _registered(workspace: Workspace) -> tuple[int, EventRegistrations]:
    seminar = make_seminar(workspace, capacity=2)
    for n, person in enumerate(seminar.people[:3]):
        workspace.registrations.register(seminar.event_id, person, needs=f"needs {n}")
    return seminar.event_id, workspace.registrations.registrations(seminar.event_id)


def test_delete_then_undo_brings_the_registrations_back(workspace: Workspace) -> None:
    event_id, before = _registered(workspace)
    deleted = workspace.events.delete(event_id)
    assert workspace.registrations.counts([event_id]) == {}
    back = workspace.events.restore(deleted.snapshot).event
    assert back.id == event_id
    after = workspace.registrations.registrations(event_id)
    assert after.lines == before.lines  # ids, times, needs and versions as they were
    assert after.counts.text == "2 / 2, 1 waiting"


def test_a_duplicate_is_a_new_occasion_without_registrations(workspace: Workspace) -> None:
    event_id, before = _registered(workspace)
    for copy in (
        workspace.events.duplicate(event_id).event,
        workspace.events.duplicate(event_id, to_day=date(2028, 4, 18)).event,
    ):
        assert workspace.registrations.registrations(copy.id).lines == ()
        assert workspace.registrations.counts([copy.id])[copy.id].text == "0 / 2"
    assert _held(workspace.registrations.registrations(event_id)) == _held(before)


def test_a_split_series_keeps_them_on_its_earlier_part(workspace: Workspace) -> None:
    start = datetime(2027, 3, 1, 9, tzinfo=STO)
    series = workspace.events.create(
        EventDraft("Frukostmöten", TimedSpan(start, start + timedelta(hours=2)), capacity=10,
                   recurrence=Recurrence("FREQ=WEEKLY;COUNT=4"))
    ).event  # fmt: skip
    seminar = make_seminar(workspace)
    workspace.registrations.register(series.id, seminar.people[0])
    before = workspace.registrations.registrations(series.id)
    key = datetime(2027, 3, 15, 9)
    result = workspace.events.split_series(
        series.id, key, split_draft(series, key), expected_version=series.version
    )
    assert workspace.registrations.registrations(series.id).lines == before.lines
    assert workspace.registrations.registrations(result.later.id).lines == ()


ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Test//EN
BEGIN:VEVENT
UID:seminar@test
DTSTAMP:20270101T000000Z
SEQUENCE:{sequence}
DTSTART:20270420T110000Z
DTEND:20270420T140000Z
SUMMARY:{title}
END:VEVENT
END:VCALENDAR
"""


def test_an_imported_update_keeps_the_registrations(workspace: Workspace) -> None:
    seminar = make_seminar(workspace)
    first = ICS.format(sequence=0, title="AI-seminarium").encode()
    (result,) = workspace.imports.apply_all((workspace.imports.plan(first),))
    (ident,) = result.created
    workspace.registrations.register(ident, seminar.people[1], needs="Glutenfri")
    event = workspace.events.get(ident)
    closed = replace(event.draft(), public=False)
    workspace.events.update(ident, closed, expected_version=event.version)
    before = workspace.registrations.registrations(ident)
    newer = ICS.format(sequence=3, title="AI-seminarium (ny sal)").encode()
    (update,) = workspace.imports.apply_all((workspace.imports.plan(newer),))
    assert update.updated == (ident,)
    after = workspace.registrations.registrations(ident)
    assert after.event_title == "AI-seminarium (ny sal)"
    assert after.lines == before.lines
    assert workspace.events.get(ident).public is False  # a file does not carry it


def test_no_participant_reaches_a_feed(workspace: Workspace) -> None:
    event_id, _ = _registered(workspace)
    feed = workspace.feeds.create(Feed(id=None, name="Allt", include_notes=True))
    body = workspace.feeds.render(feed.id or 0).body.decode()
    assert "AI i verkstaden" in body  # the event is there
    for name, email in PEOPLE:
        assert name not in body and email not in body
        assert email.split("@")[1] not in body
    assert "needs 0" not in body
    assert workspace.registrations.counts([event_id])[event_id].seated == 2
