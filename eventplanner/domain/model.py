"""The records that services take and return: plain frozen dataclasses, never ORM rows (an
event's occurrences on the calendar are in ``domain.occurrence``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from eventplanner.domain.enums import (
    ActorType,
    BusyStatus,
    CompanySize,
    EventKind,
    EventStatus,
    OrganisationType,
)
from eventplanner.domain.timing import Timing

if TYPE_CHECKING:  # names for the fields' types: the window paints before dateutil loads
    from eventplanner.domain.recurrence import Recurrence, RecurrenceId


@dataclass(frozen=True, slots=True)
class EventDraft:
    """What a coordinator fills in for an event; the input of create and update."""

    title: str
    timing: Timing
    kind: EventKind = EventKind.OTHER
    status: EventStatus = EventStatus.PLANNED
    description: str = ""
    venue_id: int | None = None
    online_url: str = ""
    project_id: int | None = None
    organiser_id: int | None = None
    tags: tuple[str, ...] = ()
    capacity: int | None = None
    web_page: str = ""
    busy_status: BusyStatus | None = None
    """None means: the default for the event's kind."""
    reminder_minutes: int | None = None
    recurrence: Recurrence | None = None
    notes: str = ""
    """Private notes for the team; never published."""
    public: bool = True
    """Openly advertised (True) or a closed event by invitation: funders count them apart."""


@dataclass(frozen=True, slots=True)
class OccurrenceChange:
    """One occurrence of a series made different: moved, retitled or cancelled."""

    recurrence_id: RecurrenceId
    cancelled: bool = False
    title: str | None = None
    timing: Timing | None = None
    description: str | None = None
    status: EventStatus | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """A stored event as the services return it."""

    id: int
    uid: str
    title: str
    timing: Timing
    kind: EventKind
    status: EventStatus
    description: str
    venue_id: int | None
    venue_name: str | None
    online_url: str
    project_id: int | None
    project_name: str | None
    organiser_id: int | None
    organiser_name: str | None
    tags: tuple[str, ...]
    capacity: int | None
    web_page: str
    busy_status: BusyStatus
    busy_status_is_default: bool
    reminder_minutes: int | None
    recurrence: Recurrence | None
    notes: str
    sequence: int
    """iCalendar SEQUENCE: rises with every change that matters to a calendar."""
    version: int
    """Row version for optimistic concurrency: rises with every change."""
    created_at: datetime
    modified_at: datetime
    changes: tuple[OccurrenceChange, ...] = ()
    public: bool = True
    """Openly advertised, or closed (by invitation)."""

    def draft(self) -> EventDraft:
        """The editable fields, ready to change and pass back to update."""
        return EventDraft(
            title=self.title,
            timing=self.timing,
            kind=self.kind,
            status=self.status,
            description=self.description,
            venue_id=self.venue_id,
            online_url=self.online_url,
            project_id=self.project_id,
            organiser_id=self.organiser_id,
            tags=self.tags,
            capacity=self.capacity,
            web_page=self.web_page,
            busy_status=None if self.busy_status_is_default else self.busy_status,
            reminder_minutes=self.reminder_minutes,
            recurrence=self.recurrence,
            notes=self.notes,
            public=self.public,
        )

    @property
    def is_recurring(self) -> bool:
        return self.recurrence is not None


@dataclass(frozen=True, slots=True)
class Warning:
    """Something worth a second look that does not stop a save."""

    field: str
    message: str


@dataclass(frozen=True, slots=True)
class SaveResult:
    event: Event
    warnings: tuple[Warning, ...] = ()


@dataclass(frozen=True, slots=True)
class SplitResult:
    """A series edited from one of its occurrences on (``EventService.split_series``)."""

    earlier: Event | None
    """The series as it was (its UID), now ending just before the split; None when the
    split was at its first occurrence, and so the whole series was edited."""
    later: Event
    """The series from the split on: a new event with a UID of its own, or the original
    series edited whole when there is no ``earlier``."""
    warnings: tuple[Warning, ...] = ()


@dataclass(frozen=True, slots=True)
class Venue:
    id: int | None
    name: str
    address: str = ""
    city: str = ""
    country: str = ""
    time_zone: str = "Europe/Stockholm"
    capacity: int | None = None
    notes: str = ""
    version: int = 0


@dataclass(frozen=True, slots=True)
class Organisation:
    id: int | None
    name: str
    type: OrganisationType = OrganisationType.OTHER
    web_page: str = ""
    notes: str = ""
    version: int = 0
    org_number: str = ""
    """Swedish organisationsnummer as NNNNNN-NNNN (``domain.organisation_numbers``), or ""."""
    country: str = "SE"
    """ISO 3166-1 alpha-2 code."""
    size: CompanySize | None = None
    actor_type: ActorType | None = None


@dataclass(frozen=True, slots=True)
class Contact:
    id: int | None
    name: str
    email: str = ""
    phone: str = ""
    organisation_id: int | None = None
    title: str = ""
    version: int = 0


@dataclass(frozen=True, slots=True)
class Project:
    id: int | None
    name: str
    funder_id: int | None = None
    start: date | None = None
    end: date | None = None
    description: str = ""
    version: int = 0


@dataclass(frozen=True, slots=True)
class Tag:
    id: int | None
    name: str
    version: int = 0
