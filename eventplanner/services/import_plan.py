"""What an import would do and what it did: the records ``ImportService`` hands out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from eventplanner.domain.enums import EventKind
from eventplanner.domain.errors import EventplannerError
from eventplanner.domain.model import EventDraft, OccurrenceChange
from eventplanner.domain.timezones import DEFAULT_TIME_ZONE


class ImportAction(StrEnum):
    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    SKIPPED = "skipped"


class ImportCancelled(EventplannerError):
    """The import was cancelled part-way; nothing of it was saved."""


@dataclass(frozen=True, slots=True)
class ImportOptions:
    """How to import: where the events go and how times without a zone are read."""

    project_id: int | None = None
    """Every imported event goes into this project (None: none)."""
    kind: EventKind = EventKind.OTHER
    """The kind of events whose categories name none."""
    floating_zone: str = DEFAULT_TIME_ZONE
    """The zone of times written without one, when the file names none (X-WR-TIMEZONE)."""
    display_zone: str = DEFAULT_TIME_ZONE
    """The zone the plan shows times in."""
    skip_bad: bool = False
    """List and leave out events that cannot be imported, instead of refusing the file."""


@dataclass(frozen=True, slots=True)
class PlannedEvent:
    """One event of the file and what importing it would do."""

    action: ImportAction
    uid: str
    title: str
    line: int | None
    start: datetime | date | None
    """In the display zone (a date for all-day events); None for a skipped event."""
    end: datetime | date | None
    """The end in the display zone, or the last day (inclusive) of an all-day event."""
    recurring: bool
    kind: EventKind | None
    tags: tuple[str, ...]
    warnings: tuple[str, ...]
    reason: str = ""
    """Why it is unchanged or skipped."""
    venue: str | None = None
    existing_id: int | None = None
    existing_version: int | None = None
    draft: EventDraft | None = field(default=None, repr=False)
    changes: tuple[OccurrenceChange, ...] = field(default=(), repr=False)
    new_venue: str | None = None
    sequence: int = 0
    modified_at: datetime | None = None
    created_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """What an import would do, event by event; ``apply`` it or drop it."""

    events: tuple[PlannedEvent, ...]
    options: ImportOptions
    project_name: str | None
    calendar_name: str | None = None
    warnings: tuple[str, ...] = ()
    new_venues: tuple[str, ...] = ()

    def count(self, action: ImportAction) -> int:
        return sum(1 for e in self.events if e.action is action)

    @property
    def counts(self) -> dict[ImportAction, int]:
        return {action: self.count(action) for action in ImportAction}

    @property
    def writes(self) -> int:
        return self.count(ImportAction.NEW) + self.count(ImportAction.UPDATED)


@dataclass(frozen=True, slots=True)
class ImportResult:
    created: tuple[int, ...]
    updated: tuple[int, ...]
    unchanged: int
    skipped: int
    venues_created: tuple[str, ...] = ()
