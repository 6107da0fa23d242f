"""An occurrence: one appearance of an event on the calendar, as every view shows it.

Apart from the other records (``domain.model``): the window shows occurrences before it
needs any of those, and each dataclass costs its first import a fraction of a millisecond.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import TYPE_CHECKING

from eventplanner.domain.enums import BusyStatus, EventKind, EventStatus
from eventplanner.domain.timing import Timing

if TYPE_CHECKING:
    from eventplanner.domain.recurrence import RecurrenceId


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One appearance of an event on the calendar (a series yields many)."""

    event_id: int
    uid: str
    title: str
    kind: EventKind
    status: EventStatus
    timing: Timing
    venue_id: int | None
    venue_name: str | None
    project_name: str | None
    busy_status: BusyStatus
    recurrence_id: RecurrenceId | None = None
    """Set for occurrences of a series: which one this is."""
    changed: bool = False
    """True when this occurrence differs from its series (moved or retitled)."""
    tags: tuple[str, ...] = field(default=())
    project_id: int | None = None

    @property
    def sort_key(self) -> tuple[datetime, str]:
        return (self.timing.utc_start, self.title)

    @classmethod
    def trusted(
        cls,
        event_id: int,
        uid: str,
        title: str,
        kind: EventKind,
        status: EventStatus,
        timing: Timing,
        venue_id: int | None,
        venue_name: str | None,
        project_name: str | None,
        busy_status: BusyStatus,
        recurrence_id: RecurrenceId | None,
        changed: bool,
        tags: tuple[str, ...],
        project_id: int | None,
    ) -> Occurrence:
        """An occurrence built from values read back from the database.

        The same record as the constructor gives, in a third of the time: a frozen
        dataclass's ``__init__`` sets each of its fourteen fields through
        ``object.__setattr__``, and a month of events builds thousands of occurrences.
        """
        made = object.__new__(cls)
        put = _OCCURRENCE_SLOTS
        put["event_id"](made, event_id)
        put["uid"](made, uid)
        put["title"](made, title)
        put["kind"](made, kind)
        put["status"](made, status)
        put["timing"](made, timing)
        put["venue_id"](made, venue_id)
        put["venue_name"](made, venue_name)
        put["project_name"](made, project_name)
        put["busy_status"](made, busy_status)
        put["recurrence_id"](made, recurrence_id)
        put["changed"](made, changed)
        put["tags"](made, tags)
        put["project_id"](made, project_id)
        return made


# Each slot's own setter, which a frozen dataclass's __setattr__ does not stand in front of.
_OCCURRENCE_SLOTS: dict[str, Callable[[Occurrence, object], None]] = {
    f.name: vars(Occurrence)[f.name].__set__ for f in fields(Occurrence)
}
