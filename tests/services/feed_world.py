"""A small planning world for the export and feed tests: a venue, a project, tags, and events
of every shape (timed, all-day fair, weekly series with a changed occurrence, cancelled)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from eventplanner.domain.enums import EventKind, EventStatus
from eventplanner.domain.model import EventDraft, OccurrenceChange, Project, Venue
from eventplanner.domain.recurrence import Recurrence
from eventplanner.domain.timing import AllDaySpan, TimedSpan
from eventplanner.services.workspace import Workspace

STO = ZoneInfo("Europe/Stockholm")


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=STO)  # type: ignore[misc]


@dataclass(frozen=True)
class World:
    venue_id: int
    project_id: int
    fair_id: int
    seminar_id: int
    course_id: int
    cancelled_id: int
    other_project_event_id: int


def build_world(workspace: Workspace) -> World:
    venue = workspace.venues.create(
        Venue(None, "Västerås Kongress", address="Kopparbergsvägen 10", city="Västerås",
              country="Sverige")
    )  # fmt: skip
    project = workspace.projects.create(Project(None, "Stålindustrins digitalisering"))
    other = workspace.projects.create(Project(None, "Mikrofabriker"))
    assert venue.id and project.id and other.id
    events = workspace.events
    fair = events.create(
        EventDraft(
            title="Automationsmässan",
            timing=AllDaySpan(date(2027, 3, 16), date(2027, 3, 18)),
            kind=EventKind.TRADE_FAIR,
            status=EventStatus.CONFIRMED,
            venue_id=venue.id,
            tags=("mässa", "monter"),
            notes="Montern delas med Robotcell Väst.",
        )
    ).event
    seminar = events.create(
        EventDraft(
            title="Spridningsseminarium: stål och digitalisering",
            timing=TimedSpan(at(2027, 4, 14, 13), at(2027, 4, 14, 16)),
            kind=EventKind.SEMINAR,
            project_id=project.id,
            venue_id=venue.id,
            tags=("forskning",),
            reminder_minutes=30,
        )
    ).event
    course = events.create(
        EventDraft(
            title="Intraprenörskap",
            timing=TimedSpan(at(2027, 2, 1, 13), at(2027, 2, 1, 16)),
            kind=EventKind.COURSE,
            recurrence=Recurrence("FREQ=WEEKLY;COUNT=8"),
            tags=("kurs",),
        )
    ).event
    events.change_occurrence(
        course.id,
        OccurrenceChange(
            datetime(2027, 2, 15, 13, 0),
            timing=TimedSpan(at(2027, 2, 16, 13), at(2027, 2, 16, 16)),
        ),
    )
    cancelled = events.create(
        EventDraft(
            title="Nätverksträff i Eskilstuna",
            timing=TimedSpan(at(2027, 5, 5, 15), at(2027, 5, 5, 17)),
            kind=EventKind.NETWORK_MEETING,
            status=EventStatus.CANCELLED,
        )
    ).event
    elsewhere = events.create(
        EventDraft(
            title="Mikrofabrik: workshop",
            timing=TimedSpan(at(2027, 6, 2, 9), at(2027, 6, 2, 12)),
            kind=EventKind.WORKSHOP,
            project_id=other.id,
        )
    ).event
    return World(venue.id, project.id, fair.id, seminar.id, course.id, cancelled.id, elsewhere.id)
