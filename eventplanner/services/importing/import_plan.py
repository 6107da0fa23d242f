"""What an import would do and what it did: the records ``ImportService`` hands out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum

from eventplanner.domain.enums import EventKind
from eventplanner.domain.errors import EventplannerError
from eventplanner.domain.model import EventDraft, OccurrenceChange
from eventplanner.domain.timezones import DEFAULT_TIME_ZONE
from eventplanner.services.changes import ChangeSet
from eventplanner.services.events.snapshots import EventSnapshot
from eventplanner.services.importing.import_venues import venue_key
from eventplanner.services.progress import Cancelled


class ImportAction(StrEnum):
    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    SKIPPED = "skipped"

    @property
    def writes(self) -> bool:
        """Whether importing writes the event (new or updated)."""
        return self in (ImportAction.NEW, ImportAction.UPDATED)


class ImportCancelled(Cancelled):
    """The import was cancelled part-way; nothing of it was saved."""


class ImportRefused(EventplannerError):
    """One file of several cannot be imported; names the file, then the line and event."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


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
    venue_choices: tuple[tuple[str, int], ...] = ()
    """(LOCATION, venue id): events at that LOCATION go to that existing venue instead of
    a new one (the LOCATION compared as ``venue_key`` compares names)."""


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
    """Venues the import makes, one per place (``venue_key``), each as first spelt."""
    chosen_venues: tuple[tuple[str, str], ...] = ()
    """(LOCATION, venue name) for each ``ImportOptions.venue_choices`` an event uses."""

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
    """What an applied plan wrote, and what ``ImportService.undo`` needs to take it back."""

    created: tuple[int, ...]
    updated: tuple[int, ...]
    unchanged: int
    skipped: int
    venues_created: tuple[str, ...] = ()
    created_uids: tuple[str, ...] = ()
    """The new events, by UID (an undone delete brings an event back under a new id)."""
    replaced: tuple[EventSnapshot, ...] = field(default=(), repr=False)
    """The updated events, whole, as they were before the import overwrote them."""
    made_venue_ids: tuple[int, ...] = ()
    """Venues the import made (for LOCATIONs no venue had)."""
    made_tag_ids: tuple[int, ...] = ()
    """Tags the import made (for CATEGORIES no tag had)."""
    changes: ChangeSet = field(default_factory=ChangeSet, repr=False)
    """The events created and changed (where they lay before and lie now), venues and
    tags made."""


def one_version_per_uid(
    names: Sequence[str], plans: Sequence[ImportPlan]
) -> tuple[ImportPlan, ...]:
    """The plans of several files imported together, each event written once.

    An event (a UID) that more than one file would write is written from the file with its
    newest version (higher SEQUENCE, then newer LAST-MODIFIED; of equals the first file's),
    as importing the files one after the other would leave it. Elsewhere it is unchanged,
    saying which file and line carry the one imported. ``names`` name the files, in order.
    """
    kept: dict[str, tuple[int, PlannedEvent]] = {}
    for index, plan in enumerate(plans):
        for event in plan.events:
            if not event.action.writes:
                continue
            best = kept.get(event.uid)
            if best is None or _rank(event) > _rank(best[1]):
                kept[event.uid] = (index, event)
    changed: list[ImportPlan] = []
    for plan in plans:
        events: list[PlannedEvent] = []
        touched = False
        for event in plan.events:
            winner = kept.get(event.uid)
            if event.action.writes and winner is not None and winner[1] is not event:
                touched = True
                where = names[winner[0]]
                if winner[1].line is not None:
                    where += f", line {winner[1].line}"
                event = replace(
                    event,
                    action=ImportAction.UNCHANGED,
                    reason=f"{where} has this event too, in a newer or the same version: "
                    "that one is imported",
                )
            events.append(event)
        if not touched:
            changed.append(plan)
            continue
        venues = {venue_key(e.new_venue) for e in events if e.action.writes and e.new_venue}
        changed.append(
            replace(
                plan,
                events=tuple(events),
                new_venues=tuple(v for v in plan.new_venues if venue_key(v) in venues),
            )
        )
    return tuple(changed)


def _rank(event: PlannedEvent) -> tuple[int, float]:
    modified = event.modified_at
    return event.sequence, modified.timestamp() if modified else 0.0
