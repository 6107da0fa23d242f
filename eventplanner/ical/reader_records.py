"""What a calendar file says about each event, in the planner's terms: plain records.

The reader fills them; the import service maps them onto events (kinds, tags, the
project) and decides what is new.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from eventplanner.domain.enums import BusyStatus, EventStatus
from eventplanner.domain.recurrence import Recurrence, RecurrenceId
from eventplanner.domain.timing import Timing
from eventplanner.ical.reader_errors import Problem


@dataclass(frozen=True, slots=True)
class ImportOverride:
    """One occurrence of a series the file changes (a VEVENT with RECURRENCE-ID)."""

    recurrence_id: RecurrenceId
    """In the series' own terms: its wall-clock start in the series' zone, or its day."""
    line: int
    title: str
    description: str
    timing: Timing
    """Where the occurrence is now (the override's DTSTART/DTEND), in the series' zone."""
    status: EventStatus
    sequence: int


@dataclass(frozen=True, slots=True)
class ImportRecord:
    """One event of the file: a single event or a series with its changed occurrences."""

    uid: str
    line: int
    """Where its VEVENT begins."""
    title: str
    description: str
    location: str
    url: str
    categories: tuple[str, ...]
    status: EventStatus
    busy_status: BusyStatus | None
    """From X-MICROSOFT-CDO-BUSYSTATUS, else TRANSP:TRANSPARENT (free); None: not said."""
    transparent: bool | None
    alarm_minutes: int | None
    """Minutes before the start of its first alarm; None without a usable one."""
    sequence: int
    last_modified: datetime | None
    """UTC; None when the file does not say."""
    created: datetime | None
    """CREATED, in UTC; None when the file does not say."""
    timing: Timing
    recurrence: Recurrence | None
    overrides: tuple[ImportOverride, ...] = ()
    warnings: tuple[str, ...] = ()
    uid_made: bool = False
    """The file gave no UID; this one is made from the event's start and title, so the
    same file imported again finds the same event."""


@dataclass(frozen=True, slots=True)
class CalendarRead:
    """Everything read from one file."""

    records: tuple[ImportRecord, ...]
    skipped: tuple[Problem, ...] = ()
    """Events left out (only when bad events are skipped), each with why."""
    warnings: tuple[str, ...] = ()
    """About the file as a whole."""
    name: str | None = None
    """X-WR-CALNAME, when the file has one."""
