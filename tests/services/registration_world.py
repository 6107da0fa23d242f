"""A seminar with a few seats and the people who want them, for the registrations' tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from eventplanner.domain.model import Contact, EventDraft, Organisation
from eventplanner.domain.timing import TimedSpan
from eventplanner.services.workspace import Workspace

STO = ZoneInfo("Europe/Stockholm")
START = datetime(2027, 4, 20, 13, 0, tzinfo=STO)
PEOPLE = (
    ("Anna Berg", "anna.berg@abb.se"),
    ("Bo Ek", "bo.ek@mdu.se"),
    ("Cecilia Lind", "cecilia@ri.se"),
    ("David Holm", "david@vasteras.se"),
    ("Eva Strand", "eva@robotdalen.se"),
)


@dataclass(frozen=True)
class Seminar:
    event_id: int
    people: tuple[int, ...]


def make_seminar(workspace: Workspace, capacity: int | None = 2) -> Seminar:
    abb = workspace.organisations.create(
        Organisation(None, "ABB Robotics", org_number="5560297813")
    )
    event = workspace.events.create(
        EventDraft(
            "AI i verkstaden", TimedSpan(START, START + timedelta(hours=3)), capacity=capacity
        )
    ).event
    people = tuple(
        workspace.contacts.create(Contact(None, name, email, organisation_id=abb.id)).id or 0
        for name, email in PEOPLE
    )
    return Seminar(event.id, people)
