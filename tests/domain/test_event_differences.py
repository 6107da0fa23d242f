"""What an editor names when its event was saved elsewhere: the fields that differ, in the
editor's order, and nothing that is only bookkeeping (revision, SEQUENCE, stamps)."""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from eventplanner.domain.enums import BusyStatus, EventKind, EventStatus
from eventplanner.domain.event_differences import FIELDS, changed_fields
from eventplanner.domain.model import Event, EventDraft
from eventplanner.domain.recurrence import Recurrence
from eventplanner.domain.timing import TimedSpan

STO = ZoneInfo("Europe/Stockholm")
START = datetime(2027, 4, 14, 13, tzinfo=STO)


def stored() -> Event:
    return Event(
        id=4, uid="styrelse@example.se", title="Styrelsemöte",
        timing=TimedSpan(START, START.replace(hour=15)), kind=EventKind.SEMINAR,
        status=EventStatus.PLANNED, description="", venue_id=2, venue_name="Aulan",
        online_url="", project_id=None, project_name=None, organiser_id=None,
        organiser_name=None, tags=("Styrelse",), capacity=20, web_page="",
        busy_status=BusyStatus.BUSY, busy_status_is_default=True, reminder_minutes=15,
        recurrence=None, notes="", sequence=0, version=1,
        created_at=datetime(2027, 1, 1, tzinfo=UTC), modified_at=datetime(2027, 1, 1, tzinfo=UTC),
    )  # fmt: skip


def test_only_the_fields_that_differ_are_named_in_the_editors_order() -> None:
    before = stored()
    after = replace(before, capacity=40, title="Styrelsemöte i Aulan", version=2, sequence=1,
                    modified_at=datetime(2027, 2, 1, tzinfo=UTC))  # fmt: skip
    assert changed_fields(before, after) == ("title", "capacity")
    assert changed_fields(before, replace(before, version=5)) == ()


def test_every_field_a_person_edits_is_compared() -> None:
    """A field added to the draft (what the editor edits) must be compared too."""
    draft_fields = {f.name for f in fields(EventDraft)}
    named = {"venue_id": "venue", "project_id": "project", "organiser_id": "organiser"}
    assert {named.get(n, n) for n in draft_fields} <= set(FIELDS)


def test_a_venue_renamed_or_a_series_made_count_as_changes() -> None:
    before = stored()
    assert changed_fields(before, replace(before, venue_name="Aula Magna")) == ("venue",)
    series = replace(before, recurrence=Recurrence("FREQ=WEEKLY;COUNT=4"))
    assert changed_fields(before, series) == ("recurrence",)
